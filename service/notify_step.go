package service

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"tiendo"
)

// A workflow step (assignment, report, return, confirmation, extension,
// postponement, explanation, mention) tells the accounts concerned the way
// a reminder does: an in-app notification each, a mail through the outbox
// for accounts that chose instant mail (digest accounts get it in their
// digest), and a webhook delivery per active webhook of the units. All is
// written in the transaction of the step, so it exists iff the step
// committed, and the outbox dedup keys send each message once.

// step is one workflow event to notify.
type step struct {
	Kind   string
	Task   *tiendo.Task
	Key    string  // unique per event: the webhook dedup key's middle
	Reason string  // return reason, confirmation note, decision note…
	People []int64 // accounts named by the step: report author, requester, mentioned
	Units  []int64 // organisations named by the step (mentioned units)
}

// audienceGroup is the accounts holding one of Roles on Org; Home first
// moves Org to the unit's home (see unitHome).
type audienceGroup struct {
	Org   int64
	Roles []tiendo.Role
	Home  bool
}

// audience is who a step concerns, before it is resolved to accounts.
type audience struct {
	Groups   []audienceGroup
	Persons  []int64 // people whose accounts hear of it (assigner, assignee)
	Accounts []int64
}

// stepAudience is the one rule of who hears of a workflow step:
//   - assigned, delegated, postponed, resumed, withdrawn: the lead unit's
//     and the cooperating units' people, and the person it was passed to;
//   - completion reported: the assigning organisation's office (else the
//     assigning leader);
//   - returned, confirmed: the lead unit's people and the report's author;
//   - extension requested: the assigning organisation's leaders and the
//     assigning leader;
//   - extension approved or declined: the requester and the lead unit;
//   - explanation answered: the assigning organisation's office;
//   - mention: the accounts and units named.
//
// The actor is removed when it is resolved.
func stepAudience(s step) audience {
	t := s.Task
	var a audience
	unit := func(org int64) { a.Groups = append(a.Groups, audienceGroup{Org: org, Roles: unitRoles, Home: true}) }
	assigning := func(roles ...tiendo.Role) {
		if t.AssignedByOrg != nil {
			a.Groups = append(a.Groups, audienceGroup{Org: *t.AssignedByOrg, Roles: roles})
		}
	}
	switch s.Kind {
	case tiendo.NotifyAssigned, tiendo.NotifyDelegated, tiendo.NotifyPostponed, tiendo.NotifyResumed, tiendo.NotifyWithdrawn:
		unit(t.LeadOrgID)
		for _, c := range t.CoopOrgIDs {
			unit(c)
		}
		if t.AssigneeID != nil {
			a.Persons = append(a.Persons, *t.AssigneeID)
		}
	case tiendo.NotifyReported, tiendo.NotifyExplained:
		assigning(tiendo.RoleOffice)
		if t.AssignedByOrg == nil && t.AssignerID != nil {
			a.Persons = append(a.Persons, *t.AssignerID)
		}
	case tiendo.NotifyReturned, tiendo.NotifyConfirmed, tiendo.NotifyExtensionApproved, tiendo.NotifyExtensionDeclined:
		unit(t.LeadOrgID)
		a.Accounts = append(a.Accounts, s.People...)
	case tiendo.NotifyExtensionAsked:
		assigning(tiendo.RoleLeader)
		if t.AssignerID != nil {
			a.Persons = append(a.Persons, *t.AssignerID)
		}
	case tiendo.NotifyMentioned:
		a.Accounts = append(a.Accounts, s.People...)
		for _, u := range s.Units {
			unit(u)
		}
	}
	return a
}

// resolve turns an audience into accounts, each once, in order, without
// the actor.
func resolve(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, a audience, assignedBy *int64, actor int64) ([]int64, error) {
	seen := map[int64]bool{actor: true}
	var out []int64
	add := func(ids []int64) {
		for _, id := range ids {
			if id != 0 && !seen[id] {
				seen[id] = true
				out = append(out, id)
			}
		}
	}
	for _, g := range a.Groups {
		org := g.Org
		if g.Home {
			home, ids, err := unitHomeAccounts(ctx, st, tr, org, assignedBy)
			if err != nil {
				return nil, err
			}
			if slices.Equal(g.Roles, unitRoles) {
				add(ids) // the accounts unitHome found the home by
				continue
			}
			org = home
		}
		ids, err := st.AccountIDsWithGrant(ctx, org, g.Roles...)
		if err != nil {
			return nil, err
		}
		add(ids)
	}
	for _, p := range a.Persons {
		ids, err := st.AccountIDsOfPerson(ctx, p)
		if err != nil {
			return nil, err
		}
		add(ids)
	}
	add(a.Accounts)
	return out, nil
}

// unitHome is the organisation whose accounts act for org: org itself, else
// its nearest ancestor below the assigning organisation where an account
// holds a unit role. A body such as "UBND phường Phố Huế" often has no
// accounts of its own; the ward's officers, granted on the ward, act for
// it (their scope covers it). It is org when there is none.
func unitHome(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, org int64, assignedBy *int64) (int64, error) {
	home, _, err := unitHomeAccounts(ctx, st, tr, org, assignedBy)
	return home, err
}

// unitHomeAccounts is unitHome with the enabled accounts holding a unit
// role on the home, which the search for it has read already: a step's
// audience asks for them next (issue 18: one query less per unit notified).
//
// The organisations up to the assigning one are asked in one query
// (issue 18: one round trip per level before, four for a create on the
// benchmark's province), then searched in order.
func unitHomeAccounts(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, org int64, assignedBy *int64) (int64, []int64, error) {
	var up []int64
	for _, id := range tr.Ancestors(org) {
		if assignedBy != nil && id == *assignedBy {
			break
		}
		up = append(up, id)
	}
	ask := up
	if !slices.Contains(up, org) {
		ask = append(slices.Clip(up), org)
	}
	m, err := st.AccountIDsWithGrantOn(ctx, ask, unitRoles...)
	if err != nil {
		return 0, nil, err
	}
	for _, id := range up {
		if ids := m[id]; len(ids) > 0 {
			return id, ids, nil
		}
	}
	return org, m[org], nil
}

// notifyStep writes a step's notifications, mails and webhook deliveries
// inside the caller's transaction.
func (s *Service) notifyStep(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, ev step) error {
	accounts, err := resolve(ctx, st, tr, stepAudience(ev), ev.Task.AssignedByOrg, actorID(ctx))
	if err != nil {
		return err
	}
	if ev.Kind == tiendo.NotifyMentioned {
		if accounts, err = seeingTask(ctx, st, tr, ev.Task, accounts); err != nil {
			return err
		}
	}
	title, body := stepText(ev)
	for _, id := range accounts {
		n := &tiendo.Notification{AccountID: id, TaskID: &ev.Task.ID, Kind: ev.Kind, Title: title, Body: body}
		if err := st.CreateNotification(ctx, n); err != nil {
			return err
		}
		if err := s.enqueueMail(ctx, st, n); err != nil {
			return err
		}
	}
	orgs := tr.Ancestors(ev.Task.LeadOrgID)
	if ev.Task.AssignedByOrg != nil {
		// The assigning organisation's ancestors are mostly the lead's
		// already: ask for each once.
		for _, id := range tr.Ancestors(*ev.Task.AssignedByOrg) {
			if !slices.Contains(orgs, id) {
				orgs = append(orgs, id)
			}
		}
	}
	return s.enqueueStepWebhooks(ctx, st, ev, title, body, orgs)
}

// enqueueMail queues n's mail when its account chose instant mail.
func (s *Service) enqueueMail(ctx context.Context, st tiendo.Store, n *tiendo.Notification) error {
	p, err := st.GetNotifyPrefs(ctx, n.AccountID)
	if err != nil {
		return err
	}
	if p.Mode != tiendo.EmailInstant || p.Email == "" {
		return nil
	}
	d := &tiendo.Delivery{Dedup: "n:" + strconv.FormatInt(n.ID, 10), Channel: tiendo.ChannelEmail,
		Target: p.Email, Subject: "[Tiến Độ] " + n.Title, Payload: mailBody([]*tiendo.Notification{n})}
	_, err = st.EnqueueDelivery(ctx, d)
	return err
}

// enqueueStepWebhooks posts the step to the active webhooks of orgs; the
// event is "workflow", its kind in "rule".
func (s *Service) enqueueStepWebhooks(ctx context.Context, st tiendo.Store, ev step, title, body string, orgs []int64) error {
	return postWebhooks(ctx, st, orgs, fmt.Sprintf("e:%s:%s", ev.Kind, ev.Key), WebhookEvent{Event: "workflow",
		Rule: ev.Kind, TaskID: &ev.Task.ID, OrgID: ev.Task.LeadOrgID, FiredOn: s.today(), Title: title, Body: body,
		TaskPath: "/viec/" + strconv.FormatInt(ev.Task.ID, 10)})
}

// assignTask creates an assigned task (createTask) and tells its units.
func (s *Service) assignTask(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, t *tiendo.Task) error {
	if err := s.createTask(ctx, st, t); err != nil {
		return err
	}
	return s.notifyStep(ctx, st, tr, step{Kind: tiendo.NotifyAssigned, Task: t, Key: taskKey(t)})
}

// taskKey names a task step uniquely: the task's version after the step.
func taskKey(t *tiendo.Task) string { return fmt.Sprintf("t%dv%d", t.ID, t.Version) }

// actionKinds maps the lifecycle steps that notify to their kind; a
// progress report (start) does not: the office reads those on the task.
var actionKinds = map[tiendo.Action]string{
	tiendo.ActReportDone: tiendo.NotifyReported, tiendo.ActConfirm: tiendo.NotifyConfirmed,
	tiendo.ActReturn: tiendo.NotifyReturned, tiendo.ActRequestExtension: tiendo.NotifyExtensionAsked,
	tiendo.ActApproveExtension: tiendo.NotifyExtensionApproved, tiendo.ActDeclineExtension: tiendo.NotifyExtensionDeclined,
	tiendo.ActPostpone: tiendo.NotifyPostponed, tiendo.ActResume: tiendo.NotifyResumed, tiendo.ActWithdraw: tiendo.NotifyWithdrawn,
}

// notifyAction notifies a lifecycle step, naming the report's author on a
// return or confirmation and the requester on an extension decision.
func (s *Service) notifyAction(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, a tiendo.Action, t *tiendo.Task) error {
	kind, ok := actionKinds[a]
	if !ok {
		return nil
	}
	ev := step{Kind: kind, Task: t, Key: taskKey(t), Reason: t.StatusReason}
	switch a {
	case tiendo.ActReturn, tiendo.ActConfirm:
		ups, err := st.FindUpdates(ctx, t.ID)
		if err != nil {
			return err
		}
		for i := len(ups) - 1; i >= 0; i-- {
			if ups[i].Done {
				ev.People = []int64{ups[i].ReporterID}
				break
			}
		}
	case tiendo.ActApproveExtension, tiendo.ActDeclineExtension, tiendo.ActRequestExtension:
		exts, err := st.FindExtensions(ctx, t.ID)
		if err != nil {
			return err
		}
		if len(exts) > 0 {
			e := exts[len(exts)-1]
			ev.People, ev.Reason = []int64{e.RequestedBy}, e.DecisionNote
			if a == tiendo.ActRequestExtension {
				ev.Reason = e.Reason
			}
		}
	case tiendo.ActReportDone:
		ev.Reason = ""
	}
	return s.notifyStep(ctx, st, tr, ev)
}

// seeingTask keeps the accounts that may see t: a mention never tells an
// account of a task out of its scope (the other steps' audiences see it
// by their grants).
func seeingTask(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, t *tiendo.Task, ids []int64) ([]int64, error) {
	var out []int64
	for _, id := range ids {
		a, err := st.FindAccountByID(ctx, id)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		if !a.Disabled && (&scope{actor: actorOf(a), tree: tr}).canSeeTask(t) {
			out = append(out, id)
		}
	}
	return out, nil
}
