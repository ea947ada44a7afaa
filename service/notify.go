package service

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"tiendo"
	"tiendo/vn"
)

// dueSoonHorizon bounds the tasks the scan reads: a deadline further away
// than this cannot be "due soon" under any valid rule (60 working days).
const dueSoonHorizon = 100

// RunReminders applies every organisation's reminder rules at the clock's
// current time and returns how many reminders it fired. It is safe to run
// on any number of instances at once: each reminder is one row unique per
// (rule, step, task, organisation, period), inserted in the transaction
// that writes its notifications, outbox rows and explanation request, so
// exactly one instance fires it. Nothing is kept in memory between runs.
func (s *Service) RunReminders(ctx context.Context) (int, error) {
	today := s.today()
	cal, err := s.Calendar(ctx)
	if err != nil {
		return 0, err
	}
	tr, err := s.store.OrgTree(ctx)
	if err != nil {
		return 0, err
	}
	settings, err := s.store.ReminderSettings(ctx)
	if err != nil {
		return 0, err
	}
	run := &reminderRun{s: s, today: today, cal: cal, tree: tr, settings: settings}
	tally := newOverdueTally()
	fired := 0
	for after := int64(0); ; {
		tasks, err := s.store.ReminderTasks(ctx, today.AddDays(dueSoonHorizon), after, reminderPage)
		if err != nil {
			return fired, err
		}
		var fired0 map[tiendo.ReminderKey]bool
		if len(tasks) > 0 {
			if fired0, err = s.store.FiredTaskReminders(ctx, after, tasks[len(tasks)-1].ID); err != nil {
				return fired, err
			}
		}
		for _, t := range tasks {
			tally.add(t, today)
			rules := run.rulesFor(t.AssignedByOrg, t.LeadOrgID)
			for _, due := range rules.DueReminders(t, today, cal) {
				if fired0[tiendo.ReminderKey{Rule: due.Rule, Step: due.Step, TaskID: t.ID, OrgID: t.LeadOrgID, Period: due.Period}] {
					continue // fired by an earlier pass: no write attempt
				}
				ok, err := run.fireTask(ctx, t, due, rules)
				if err != nil {
					return fired, err
				}
				if ok {
					fired++
				}
			}
		}
		if len(tasks) < reminderPage {
			break
		}
		after = tasks[len(tasks)-1].ID
	}
	n, err := run.fireMonthly(ctx, tally)
	if err != nil {
		return fired + n, err
	}
	c, err := run.fireConclusions(ctx)
	if err != nil {
		return fired + n + c, err
	}
	k, err := s.runCaseReminders(ctx, today, cal, tr) // urban-order cases (case_remind.go)
	return fired + n + c + k, err
}

// reminderRun is the state of one scan, read once at its start.
type reminderRun struct {
	s        *Service
	today    vn.Date
	cal      *vn.Calendar
	tree     *tiendo.OrgTree
	settings map[int64]tiendo.ReminderRules
}

// rulesFor returns the rules of the nearest organisation with its own,
// looking up from the assigning organisation (the office that follows the
// task up), else from the lead unit; DefaultReminderRules otherwise.
func (r *reminderRun) rulesFor(assignedBy *int64, lead int64) tiendo.ReminderRules {
	start := lead
	if assignedBy != nil {
		start = *assignedBy
	}
	for _, id := range r.tree.Ancestors(start) {
		if rules, ok := r.settings[id]; ok {
			return rules
		}
	}
	return tiendo.DefaultReminderRules()
}

// fireTask fires one task reminder with everything it causes, in one
// transaction; false when another run fired it first.
func (r *reminderRun) fireTask(ctx context.Context, t tiendo.ReminderTask, due tiendo.DueReminder, rules tiendo.ReminderRules) (bool, error) {
	title, body := reminderText(t, due, r.cal, r.today, rules)
	rem := &tiendo.Reminder{Rule: due.Rule, Step: due.Step, TaskID: &t.ID, OrgID: t.LeadOrgID,
		Period: due.Period, FiredOn: due.FiredOn, Title: title, Body: body}
	fired := false
	err := r.s.store.Tx(ctx, func(st tiendo.Store) error {
		ok, err := st.FireReminder(ctx, rem)
		if err != nil || !ok {
			return err
		}
		fired = true
		if due.Action == tiendo.ActionExplanation {
			e := &tiendo.ExplanationRequest{TaskID: t.ID, ReminderID: &rem.ID, OrgID: t.LeadOrgID,
				RequestedOn: r.today, DueOn: r.cal.AddWorkingDays(r.today, rules.ExplanationWorkingDays), Question: body}
			if err := st.CreateExplanationRequest(ctx, e); err != nil {
				return err
			}
		}
		home, err := r.unitHome(ctx, st, t.LeadOrgID, t.AssignedByOrg)
		if err != nil {
			return err
		}
		accounts, err := recipients(ctx, st, t, due.Action, home)
		if err != nil {
			return err
		}
		if err := r.s.notifyAccounts(ctx, st, rem, accounts); err != nil {
			return err
		}
		orgs := r.tree.Ancestors(t.LeadOrgID)
		if t.AssignedByOrg != nil {
			orgs = append(orgs, r.tree.Ancestors(*t.AssignedByOrg)...)
		}
		if err := r.s.enqueueWebhooks(ctx, st, rem, orgs); err != nil {
			return err
		}
		return r.s.audit(ctx, st, "reminder.fire", "reminder", rem.ID, &t.ID, &t.LeadOrgID, nil, rem)
	})
	return fired, err
}

// unitRoles are the roles of a unit's own people, who hear of its tasks.
var unitRoles = []tiendo.Role{tiendo.RoleOfficer, tiendo.RoleOffice, tiendo.RoleLeader}

func (r *reminderRun) unitHome(ctx context.Context, st tiendo.Store, org int64, assignedBy *int64) (int64, error) {
	return unitHome(ctx, st, r.tree, org, assignedBy)
}

// recipients are the accounts a reminder goes to: the lead unit's
// accounts (those of its home, see unitHome); for an explanation request
// its head (and leaders); for a notice to the assigning leader that
// leader's accounts and the leaders of the assigning organisation. The
// tracking office is copied on escalations.
func recipients(ctx context.Context, st tiendo.Store, t tiendo.ReminderTask, action string, home int64) ([]int64, error) {
	set := map[int64]bool{}
	var order []int64
	add := func(ids []int64, err error) error {
		for _, id := range ids {
			if !set[id] {
				set[id] = true
				order = append(order, id)
			}
		}
		return err
	}
	unit := unitRoles
	switch action {
	case tiendo.ActionExplanation:
		if err := add(st.AccountIDsOfHeads(ctx, t.LeadOrgID)); err != nil {
			return nil, err
		}
		if err := add(st.AccountIDsWithGrant(ctx, home, tiendo.RoleLeader, tiendo.RoleOffice)); err != nil {
			return nil, err
		}
		if len(order) == 0 {
			// No head or leader has an account: the unit's officers must
			// still learn of it, they answer it (the office copy below
			// would otherwise hide the fallback at the end).
			if err := add(st.AccountIDsWithGrant(ctx, home, unit...)); err != nil {
				return nil, err
			}
		}
	case tiendo.ActionLeaderNotice:
		if t.AssignerID != nil {
			if err := add(st.AccountIDsOfPerson(ctx, *t.AssignerID)); err != nil {
				return nil, err
			}
		}
		if t.AssignedByOrg != nil {
			if err := add(st.AccountIDsWithGrant(ctx, *t.AssignedByOrg, tiendo.RoleLeader)); err != nil {
				return nil, err
			}
		}
	default:
		if err := add(st.AccountIDsWithGrant(ctx, home, unit...)); err != nil {
			return nil, err
		}
	}
	if action != "" && t.AssignedByOrg != nil {
		if err := add(st.AccountIDsWithGrant(ctx, *t.AssignedByOrg, tiendo.RoleOffice)); err != nil {
			return nil, err
		}
	}
	if len(order) == 0 && action != "" {
		// Nobody holds that position: the lead unit hears of it anyway.
		return recipients(ctx, st, t, "", home)
	}
	return order, nil
}

// notifyAccounts writes one in-app notification per account and, for
// accounts that chose instant mail, an outbox row.
func (s *Service) notifyAccounts(ctx context.Context, st tiendo.Store, rem *tiendo.Reminder, accounts []int64) error {
	for _, id := range accounts {
		n := &tiendo.Notification{AccountID: id, ReminderID: &rem.ID, TaskID: rem.TaskID, CaseID: rem.CaseID, Kind: rem.Rule,
			Title: rem.Title, Body: rem.Body}
		if err := st.CreateNotification(ctx, n); err != nil {
			return err
		}
		if err := s.enqueueMail(ctx, st, n); err != nil {
			return err
		}
	}
	return nil
}

// WebhookEvent is the JSON body posted to webhooks.
type WebhookEvent struct {
	Event    string  `json:"event"` // "reminder", or "workflow" for a step (its kind in Rule)
	ID       string  `json:"id"`    // unique per reminder and webhook: receivers deduplicate on it
	Rule     string  `json:"rule"`
	Step     int     `json:"step"`
	TaskID   *int64  `json:"task_id"`
	OrgID    int64   `json:"org_id"`
	Period   string  `json:"period"`
	FiredOn  vn.Date `json:"fired_on"`
	Title    string  `json:"title"`
	Body     string  `json:"body"`
	TaskPath string  `json:"task_path,omitempty"`
	CasePath string  `json:"case_path,omitempty"` // a case's page, for case events
}

// enqueueWebhooks queues the reminder for the active webhooks of orgs.
func (s *Service) enqueueWebhooks(ctx context.Context, st tiendo.Store, rem *tiendo.Reminder, orgs []int64) error {
	ev := WebhookEvent{Event: "reminder", Rule: rem.Rule, Step: rem.Step, TaskID: rem.TaskID,
		OrgID: rem.OrgID, Period: rem.Period, FiredOn: rem.FiredOn, Title: rem.Title, Body: rem.Body}
	if rem.TaskID != nil {
		ev.TaskPath = fmt.Sprintf("/viec/%d", *rem.TaskID) // the task page
	}
	if rem.CaseID != nil {
		ev.CasePath = fmt.Sprintf("/vu-viec/%d", *rem.CaseID)
	}
	return postWebhooks(ctx, st, orgs, fmt.Sprintf("r:%d", rem.ID), ev)
}

// postWebhooks queues ev for every active webhook of orgs, exactly once
// each: the delivery's dedup key, also the event's ID, is key and the
// webhook's id. Reminders and workflow steps both go out through it.
func postWebhooks(ctx context.Context, st tiendo.Store, orgs []int64, key string, ev WebhookEvent) error {
	hooks, err := st.ListWebhooks(ctx, orgs)
	if err != nil {
		return err
	}
	for _, w := range hooks {
		if !w.Active {
			continue
		}
		ev.ID = fmt.Sprintf("%s:w:%d", key, w.ID)
		raw, err := json.Marshal(ev)
		if err != nil {
			return tiendo.Errorf(tiendo.EINTERNAL, "Không tạo được nội dung webhook")
		}
		wid := w.ID
		d := &tiendo.Delivery{Dedup: ev.ID, Channel: tiendo.ChannelWebhook, Target: w.URL, WebhookID: &wid,
			Subject: ev.Title, Payload: string(raw)}
		if _, err := st.EnqueueDelivery(ctx, d); err != nil {
			return err
		}
	}
	return nil
}

// reminderPage is how many tasks one read of the reminder scan holds.
const reminderPage = 2000

// overdueTally counts each lead unit's overdue tasks as the scan pages
// through them, for the monthly notice.
type overdueTally struct {
	overdue  map[int64]int
	assigner map[int64]*int64 // of the unit's first overdue task, to find its home
	orgs     []int64          // in the order first seen
}

func newOverdueTally() *overdueTally {
	return &overdueTally{overdue: map[int64]int{}, assigner: map[int64]*int64{}}
}

func (o *overdueTally) add(t tiendo.ReminderTask, today vn.Date) {
	if t.Due.IsZero() || !t.Due.Before(today) || t.Status == tiendo.StatusExtensionRequested {
		return
	}
	if o.overdue[t.LeadOrgID] == 0 {
		o.orgs = append(o.orgs, t.LeadOrgID)
		o.assigner[t.LeadOrgID] = t.AssignedByOrg
	}
	o.overdue[t.LeadOrgID]++
}

// fireMonthly sends, in each month's notice window, the reminder to send
// the overdue report with proposed fixes to every unit leading overdue
// tasks. One per unit and month.
func (r *reminderRun) fireMonthly(ctx context.Context, tally *overdueTally) (int, error) {
	overdue, assigner, orgs := tally.overdue, tally.assigner, tally.orgs
	fired := 0
	for _, org := range orgs {
		rules := r.rulesFor(nil, org)
		notice, ok := rules.MonthlyNoticeDay(r.today.Year, int(r.today.Month), r.cal)
		deadline := vn.NewDate(r.today.Year, r.today.Month, rules.MonthlyReportDay)
		if !ok || r.today.Before(notice) || r.today.After(deadline) {
			continue
		}
		rem := &tiendo.Reminder{Rule: tiendo.RuleMonthly, OrgID: org, Period: fmt.Sprintf("%04d-%02d", r.today.Year, int(r.today.Month)),
			FiredOn: notice, Title: fmt.Sprintf("Báo cáo nhiệm vụ quá hạn tháng %d/%d", int(r.today.Month), r.today.Year),
			Body: fmt.Sprintf("Đơn vị đang có %d nhiệm vụ quá hạn. Đề nghị gửi báo cáo tình hình thực hiện, nguyên nhân và đề xuất giải pháp trước ngày %s.",
				overdue[org], deadline.Format())}
		err := r.s.store.Tx(ctx, func(st tiendo.Store) error {
			ok, err := st.FireReminder(ctx, rem)
			if err != nil || !ok {
				return err
			}
			fired++
			home, err := r.unitHome(ctx, st, org, assigner[org])
			if err != nil {
				return err
			}
			accounts, err := st.AccountIDsWithGrant(ctx, home, unitRoles...)
			if err != nil {
				return err
			}
			if err := r.s.notifyAccounts(ctx, st, rem, accounts); err != nil {
				return err
			}
			if err := r.s.enqueueWebhooks(ctx, st, rem, r.tree.Ancestors(org)); err != nil {
				return err
			}
			return r.s.audit(ctx, st, "reminder.fire", "reminder", rem.ID, nil, &org, nil, rem)
		})
		if err != nil {
			return fired, err
		}
	}
	return fired, nil
}

// QueueDigests queues each digest-mode account's daily mail once its hour
// has come: the notifications of the 24 hours before that hour. The dedup
// key (account, day) makes it once per day on any number of instances.
func (s *Service) QueueDigests(ctx context.Context) (int, error) {
	prefs, err := s.store.ListDigestPrefs(ctx)
	if err != nil {
		return 0, err
	}
	now := s.clock.Now()
	queued := 0
	for _, p := range prefs {
		at := digestTime(now, p.DigestHour)
		list, err := s.store.NotificationsBetween(ctx, p.AccountID, at.Add(-24*time.Hour), at)
		if err != nil {
			return queued, err
		}
		if len(list) == 0 {
			continue
		}
		day := vn.DateOf(at)
		d := &tiendo.Delivery{Dedup: fmt.Sprintf("digest:%d:%s", p.AccountID, day), Channel: tiendo.ChannelEmail,
			Target: p.Email, Subject: fmt.Sprintf("[Tiến Độ] %d thông báo ngày %s", len(list), day.Format()),
			Payload: mailBody(list)}
		ok, err := s.store.EnqueueDelivery(ctx, d)
		if err != nil {
			return queued, err
		}
		if ok {
			queued++
		}
	}
	return queued, nil
}

// digestTime is the latest digest moment at or before now: hour o'clock in
// Vietnam today, or yesterday when that is still ahead.
func digestTime(now time.Time, hour int) time.Time {
	l := now.In(vn.Location)
	at := time.Date(l.Year(), l.Month(), l.Day(), hour, 0, 0, 0, vn.Location)
	if at.After(now) {
		at = at.AddDate(0, 0, -1)
	}
	return at
}

// BaseURLPlaceholder stands in mail bodies for the server's address, which
// the mailer knows and the service does not.
const BaseURLPlaceholder = "{{base}}"

// mailBody renders notifications as the plain-text body of a mail.
func mailBody(list []*tiendo.Notification) string {
	b := "Kính gửi đồng chí,\n\nHệ thống Tiến Độ xin thông báo:\n"
	for i, n := range list {
		b += fmt.Sprintf("\n%d. %s\n   %s\n", i+1, n.Title, n.Body)
		if n.TaskID != nil {
			b += fmt.Sprintf("   Xem nhiệm vụ: %s/viec/%d\n", BaseURLPlaceholder, *n.TaskID)
		}
		if n.CaseID != nil {
			b += fmt.Sprintf("   Xem vụ việc: %s/vu-viec/%d\n", BaseURLPlaceholder, *n.CaseID)
		}
	}
	return b + "\nĐây là thư tự động, xin không trả lời thư này.\n"
}
