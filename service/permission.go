package service

import (
	"context"
	"slices"

	"tiendo"
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
	can := func(a tiendo.Action, allowed func(*scope, *tiendo.Task) bool) bool {
		_, err := t.Status.Next(a)
		return err == nil && allowed(sc, t)
	}
	return TaskPermissions{
		Report:           can(tiendo.ActStart, func(sc *scope, t *tiendo.Task) bool { return leadSide(sc, t) || coopSide(sc, t) }),
		ReportDone:       can(tiendo.ActReportDone, leadSide),
		RequestExtension: can(tiendo.ActRequestExtension, leadSide) && !t.Due.IsZero() && t.Extensions < s.rules.MaxExtensions,
		DecideExtension:  can(tiendo.ActApproveExtension, leaderOf),
		Confirm:          can(tiendo.ActConfirm, officeOf),
		Return:           can(tiendo.ActReturn, officeOf),
		Delegate:         t.Status.Open() && leadSide(sc, t),
		Edit:             managerOf(sc, t),
		Postpone:         can(tiendo.ActPostpone, managerOf),
		Resume:           can(tiendo.ActResume, managerOf),
		Withdraw:         can(tiendo.ActWithdraw, managerOf),
	}, nil
}

// AssignableOrgs lists the organisations the actor may assign tasks to
// (office or admin over them) that are in force today, in code order: an
// ended body takes no new work (DOMAIN §3).
func (s *Service) AssignableOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	orgs, err := s.orgsWhere(ctx, tiendo.RoleAdmin, tiendo.RoleOffice)
	if err != nil {
		return nil, err
	}
	today := s.today()
	return slices.DeleteFunc(orgs, func(o *tiendo.Org) bool { return o.EndedBy(today) }), nil
}

// OwnOrgIDs lists the organisations any of the actor's grants covers
// (every organisation for an unrestricted actor): "my organisation's
// tasks" are the tasks these organisations lead or cooperate on.
func (s *Service) OwnOrgIDs(ctx context.Context) ([]int64, error) {
	orgs, err := s.orgsWhere(ctx, tiendo.Roles...)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	return ids, nil
}

func (s *Service) orgsWhere(ctx context.Context, roles ...tiendo.Role) ([]*tiendo.Org, error) {
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
		if sc.has(o.ID, roles...) {
			out = append(out, o)
		}
	}
	return out, nil
}
