package service

import (
	"context"
	"fmt"

	"tiendo"
	"tiendo/vn"
)

// casePage is how many cases a reminder pass reads at a time.
const casePage = tiendo.MaxPerPage

// caseReminderLookback is how far back a pass looks for deadlines passed:
// a pass fires a case's overdue reminder on the first day it runs after
// the deadline, so only a scheduler stopped longer than this misses one,
// and a pass does not retry every old overdue case.
const caseReminderLookback = 14

// caseBatch is how many case reminders one write transaction fires.
const caseBatch = 100

// caseFiredSlack widens the read of fired reminders: a due-soon reminder
// fires up to a working day (a long holiday) before its deadline, so
// before the lookback. A key the read misses costs one write attempt only.
const caseFiredSlack = 30

// caseRules are the reminder rules of cases.
var caseRules = []string{tiendo.RuleCaseDueSoon, tiendo.RuleCaseOverdue}

// runCaseReminders fires the reminders of assigned cases the way tasks'
// are fired (RunReminders calls it): RuleCaseDueSoon when the deadline is
// today or the next working day, RuleCaseOverdue once past it. Each is one
// reminders row unique per rule, unit and period ("case:<id>:<due>", so a
// new deadline reminds again), written with its notifications, mails and
// webhook deliveries in one transaction: exactly once across instances.
// The keys already fired are read once, so a pass writes only what is due,
// caseBatch reminders per transaction.
func (s *Service) runCaseReminders(ctx context.Context, today vn.Date, cal *vn.Calendar, tr *tiendo.OrgTree) (int, error) {
	done, err := s.store.FiredReminders(ctx, caseRules, today.AddDays(-caseReminderLookback-caseFiredSlack))
	if err != nil {
		return 0, err
	}
	horizon := cal.NextWorkingDay(today)
	fired := 0
	var due []*tiendo.Reminder
	var cases []*tiendo.Case
	flush := func() error {
		n, err := s.fireCaseReminders(ctx, tr, due, cases)
		fired += n
		due, cases = due[:0], cases[:0]
		return err
	}
	for page := 1; ; page++ {
		list, _, err := s.store.FindCases(ctx, tiendo.CaseFilter{Unscoped: true, AsOf: today,
			Statuses: []tiendo.CaseStatus{tiendo.CaseAssigned, tiendo.CaseHandling}, Sort: tiendo.CaseSortDue,
			Due:  tiendo.DateRange{From: today.AddDays(-caseReminderLookback), To: horizon},
			Page: tiendo.Page{Page: page, PerPage: casePage}})
		if err != nil {
			return fired, err
		}
		end := len(list) < casePage
		for _, c := range list {
			if c.Due.IsZero() || c.Due.After(horizon) {
				end = true
				break
			}
			rem := caseReminder(c, today)
			if done[tiendo.ReminderKey{Rule: rem.Rule, OrgID: rem.OrgID, Period: rem.Period}] {
				continue // fired by an earlier pass: no write
			}
			due, cases = append(due, rem), append(cases, c)
			if len(due) == caseBatch {
				if err := flush(); err != nil {
					return fired, err
				}
			}
		}
		if end {
			return fired, flush()
		}
	}
}

// caseReminder is the reminder a case due by tomorrow's working day gets.
func caseReminder(c *tiendo.Case, today vn.Date) *tiendo.Reminder {
	rule, title := tiendo.RuleCaseDueSoon, fmt.Sprintf("Vụ việc %d đến hạn xử lý ngày %s", c.ID, c.Due.Format())
	if c.Due.Before(today) {
		rule, title = tiendo.RuleCaseOverdue, fmt.Sprintf("Vụ việc %d quá hạn xử lý từ ngày %s", c.ID, c.Due.AddDays(1).Format())
	}
	org := c.WardID
	if c.AssignedOrgID != nil {
		org = *c.AssignedOrgID
	}
	return &tiendo.Reminder{Rule: rule, CaseID: &c.ID, OrgID: org, Period: fmt.Sprintf("case:%d:%s", c.ID, c.Due),
		FiredOn: today, Title: title, Body: caseBody(c)}
}

// fireCaseReminders fires rems (rems[i] about cases[i]) in one
// transaction and returns how many were new: another instance may have
// fired some since the read, and the unique key refuses those. Every
// instance inserts in the same order (due, then id), so on PostgreSQL one
// waits for the other's batch and never deadlocks with it.
func (s *Service) fireCaseReminders(ctx context.Context, tr *tiendo.OrgTree, rems []*tiendo.Reminder, cases []*tiendo.Case) (int, error) {
	if len(rems) == 0 {
		return 0, nil
	}
	fired := 0
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		fired = 0
		for i, rem := range rems {
			ok, err := st.FireReminder(ctx, rem)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			fired++
			if err := s.notifyCaseReminder(ctx, st, tr, rem, cases[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return fired, err
}

// notifyCaseReminder tells the assigned unit and person, and the ward's
// office once overdue, and posts to the webhooks above the unit.
func (s *Service) notifyCaseReminder(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, rem *tiendo.Reminder, c *tiendo.Case) error {
	var a audience
	if c.AssignedOrgID != nil {
		a.Groups = append(a.Groups, audienceGroup{Org: *c.AssignedOrgID, Roles: unitRoles, Home: true})
	}
	if c.AssigneeID != nil {
		a.Persons = append(a.Persons, *c.AssigneeID)
	}
	if rem.Rule == tiendo.RuleCaseOverdue {
		a.Groups = append(a.Groups, audienceGroup{Org: c.WardID, Roles: []tiendo.Role{tiendo.RoleOffice}})
	}
	accounts, err := resolve(ctx, st, tr, a, nil, 0)
	if err != nil {
		return err
	}
	if err := s.notifyAccounts(ctx, st, rem, accounts); err != nil {
		return err
	}
	return s.enqueueWebhooks(ctx, st, rem, tr.Ancestors(rem.OrgID))
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
