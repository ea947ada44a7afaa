package service

import (
	"context"
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// casePage is how many cases a reminder pass reads at a time.
const casePage = 200

// caseReminderLookback is how far back a pass looks for deadlines passed:
// a pass fires a case's overdue reminder on the first day it runs after
// the deadline, so only a scheduler stopped longer than this misses one,
// and a pass does not retry every old overdue case.
const caseReminderLookback = 14

// runCaseReminders fires the reminders of assigned cases the way tasks'
// are fired (RunReminders calls it): RuleCaseDueSoon when the deadline is
// today or the next working day, RuleCaseOverdue once past it. Each is one
// reminders row unique per rule, unit and period ("case:<id>:<due>", so a
// new deadline reminds again), written with its notifications, mails and
// webhook deliveries in one transaction: exactly once across instances.
func (s *Service) runCaseReminders(ctx context.Context, today vn.Date, cal *vn.Calendar, tr *tiendo.OrgTree) (int, error) {
	horizon := cal.NextWorkingDay(today)
	fired := 0
	for page := 1; ; page++ {
		list, _, err := s.store.FindCases(ctx, tiendo.CaseFilter{Unscoped: true, AsOf: today,
			Statuses: []tiendo.CaseStatus{tiendo.CaseAssigned, tiendo.CaseHandling}, Sort: tiendo.CaseSortDue,
			Due:  tiendo.DateRange{From: today.AddDays(-caseReminderLookback), To: horizon},
			Page: tiendo.Page{Page: page, PerPage: casePage}})
		if err != nil {
			return fired, err
		}
		for _, c := range list {
			if c.Due.IsZero() || c.Due.After(horizon) {
				return fired, nil
			}
			ok, err := s.fireCaseReminder(ctx, tr, c, today)
			if err != nil {
				return fired, err
			}
			if ok {
				fired++
			}
		}
		if len(list) < casePage {
			return fired, nil
		}
	}
}

func (s *Service) fireCaseReminder(ctx context.Context, tr *tiendo.OrgTree, c *tiendo.Case, today vn.Date) (bool, error) {
	rule, title := tiendo.RuleCaseDueSoon, fmt.Sprintf("Vụ việc %d đến hạn xử lý ngày %s", c.ID, c.Due.Format())
	if c.Due.Before(today) {
		rule, title = tiendo.RuleCaseOverdue, fmt.Sprintf("Vụ việc %d quá hạn xử lý từ ngày %s", c.ID, c.Due.AddDays(1).Format())
	}
	org := c.WardID
	if c.AssignedOrgID != nil {
		org = *c.AssignedOrgID
	}
	fired := false
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		rem := &tiendo.Reminder{Rule: rule, OrgID: org, Period: fmt.Sprintf("case:%d:%s", c.ID, c.Due),
			FiredOn: today, Title: title, Body: caseBody(c)}
		ok, err := st.FireReminder(ctx, rem)
		if err != nil || !ok {
			return err
		}
		fired = true
		var a audience
		if c.AssignedOrgID != nil {
			a.Groups = append(a.Groups, audienceGroup{Org: *c.AssignedOrgID, Roles: unitRoles, Home: true})
		}
		if c.AssigneeID != nil {
			a.Persons = append(a.Persons, *c.AssigneeID)
		}
		if rule == tiendo.RuleCaseOverdue {
			a.Groups = append(a.Groups, audienceGroup{Org: c.WardID, Roles: []tiendo.Role{tiendo.RoleOffice}})
		}
		accounts, err := resolve(ctx, st, tr, a, nil, 0)
		if err != nil {
			return err
		}
		if err := s.notifyAccounts(ctx, st, rem, accounts); err != nil {
			return err
		}
		return s.enqueueWebhooks(ctx, st, rem, tr.Ancestors(org))
	})
	return fired, err
}

// RunCaseReminders fires the case reminders due today (RunReminders runs
// them with the tasks'); it returns how many it fired.
func (s *Service) RunCaseReminders(ctx context.Context) (int, error) {
	cal, err := s.Calendar(ctx)
	if err != nil {
		return 0, err
	}
	tr, err := s.store.OrgTree(ctx)
	if err != nil {
		return 0, err
	}
	return s.runCaseReminders(ctx, s.today(), cal, tr)
}
