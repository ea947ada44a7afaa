package service

import (
	"context"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// TaskPermissions says which steps the actor may take on a task now: the
// same rules the use cases enforce, asked in advance so an interface offers
// only the forms that can succeed. The use cases still check on submit.
type TaskPermissions struct {
	Report           bool `json:"report"`      // progress report
	ReportDone       bool `json:"report_done"` // report completion
	RequestExtension bool `json:"request_extension"`
	DecideExtension  bool `json:"decide_extension"`
	Confirm          bool `json:"confirm"`
	Return           bool `json:"return"`
	Delegate         bool `json:"delegate"`
	Edit             bool `json:"edit"`
	Postpone         bool `json:"postpone"`
	Resume           bool `json:"resume"`
	Withdraw         bool `json:"withdraw"`
}

// TaskPermissions returns what the actor may do to the task with id; a task
// out of scope is ENOTFOUND as everywhere.
func (s *Service) TaskPermissions(ctx context.Context, id int64) (TaskPermissions, error) {
	t, sc, err := s.visibleTask(ctx, s.store, id)
	if err != nil {
		return TaskPermissions{}, err
	}
	// can: the step is open from the task's status and the rule allows it.
	rules, err := s.versionAt(ctx, s.store, s.today())
	if err != nil {
		return TaskPermissions{}, err
	}
	can := func(a tiendo.Action, rule func(*tiendo.Actor, *tiendo.OrgTree, *tiendo.Task) bool) bool {
		_, err := t.Status.Next(a)
		return err == nil && rule(sc.actor, sc.tree, t)
	}
	return TaskPermissions{
		Report:           can(tiendo.ActStart, tiendo.CanReport),
		ReportDone:       can(tiendo.ActReportDone, tiendo.CanReportDone),
		RequestExtension: can(tiendo.ActRequestExtension, tiendo.CanRequestExtension) && !t.Due.IsZero() && t.Extensions < s.maxExtensions(rules),
		DecideExtension:  can(tiendo.ActApproveExtension, tiendo.CanDecideExtension),
		Confirm:          can(tiendo.ActConfirm, tiendo.CanConfirm),
		Return:           can(tiendo.ActReturn, tiendo.CanConfirm),
		Delegate:         t.Status.Open() && tiendo.CanDelegate(sc.actor, sc.tree, t),
		Edit:             tiendo.CanManageTask(sc.actor, sc.tree, t),
		Postpone:         can(tiendo.ActPostpone, tiendo.CanManageTask),
		Resume:           can(tiendo.ActResume, tiendo.CanManageTask),
		Withdraw:         can(tiendo.ActWithdraw, tiendo.CanManageTask),
	}, nil
}

// AssignableOrgs lists the organisations the actor may assign tasks to
// (office or admin over them) that are in force today, in code order: an
// ended body takes no new work (DOMAIN §3).
func (s *Service) AssignableOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	return s.AssignableOrgsOn(ctx, vn.Date{})
}

// AssignableOrgsOn is AssignableOrgs for work assigned on a given day (a
// document's or a meeting's date; zero is today): a body ended by then is
// left out, one ended since is not.
func (s *Service) AssignableOrgsOn(ctx context.Context, on vn.Date) ([]*tiendo.Org, error) {
	orgs, err := s.orgsWhere(ctx, tiendo.CanAssignTo)
	if err != nil {
		return nil, err
	}
	if on.IsZero() {
		on = s.today()
	}
	return slices.DeleteFunc(orgs, func(o *tiendo.Org) bool { return o.EndedBy(on) }), nil
}

// OwnOrgIDs lists the organisations any of the actor's grants covers
// (every organisation for an unrestricted actor): "my organisation's
// tasks" are the tasks these organisations lead or cooperate on.
func (s *Service) OwnOrgIDs(ctx context.Context) ([]int64, error) {
	orgs, err := s.orgsWhere(ctx, tiendo.CanSeeOrg)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	return ids, nil
}

// orgsWhere lists the organisations for which rule holds for the actor.
func (s *Service) orgsWhere(ctx context.Context, rule func(*tiendo.Actor, *tiendo.OrgTree, int64) bool) ([]*tiendo.Org, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.store.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	out := []*tiendo.Org{}
	for _, o := range all {
		if rule(sc.actor, sc.tree, o.ID) {
			out = append(out, o)
		}
	}
	return out, nil
}

// IsWholeTreeAdmin tells whether the actor administers the whole tree
// (tiendo.IsWholeTreeAdmin): pages offer it top-level organisations, the
// calendar and whole-tree grants. False without an actor.
func (s *Service) IsWholeTreeAdmin(ctx context.Context) bool {
	a := tiendo.ActorFromContext(ctx)
	return a != nil && tiendo.IsWholeTreeAdmin(a)
}

// DelegationTargets lists the organisations the task with id may be
// delegated to (tiendo.DelegationTargets: every unit below its lead, depth
// first); empty when the actor may not delegate it now. A task out of
// scope is ENOTFOUND.
func (s *Service) DelegationTargets(ctx context.Context, id int64) ([]*tiendo.Org, error) {
	t, sc, err := s.visibleTask(ctx, s.store, id)
	if err != nil {
		return nil, err
	}
	out := []*tiendo.Org{}
	if !t.Status.Open() || !tiendo.CanDelegate(sc.actor, sc.tree, t) {
		return out, nil
	}
	today := s.today()
	for _, org := range tiendo.DelegationTargets(sc.tree, t) {
		// An ended sub-unit takes no new work (checkInForce).
		if o := sc.tree.Org(org); !o.EndedBy(today) {
			out = append(out, o)
		}
	}
	return out, nil
}
