package tiendo

import (
	"fmt"
	"time"

	"tiendo/vn"
)

// Reminder rule names, stored in reminders.rule.
const (
	RuleDueSoon     = "due_soon"     // N working days before the deadline
	RuleOverdue     = "overdue"      // first working day after the deadline
	RuleEscalation  = "escalation"   // the ladder for tasks still overdue
	RuleStale       = "stale"        // in progress with no update for N days
	RuleMonthly     = "monthly"      // the monthly overdue report with proposed fixes
	RuleExplainLate = "explain_late" // an explanation request past its answer date
	RuleConclusion  = "conclusion"   // a meeting's conclusion notice not issued in time
)

// Escalation actions, one per step of the ladder.
const (
	ActionReminder     = "reminder"      // a firmer reminder to the lead unit
	ActionExplanation  = "explanation"   // request an explanation from the lead unit's head
	ActionLeaderNotice = "leader_notice" // tell the assigning leader
)

// EscalationStep is one rung of the ladder: what to do once a task has been
// overdue for AfterWorkingDays working days.
type EscalationStep struct {
	Action           string `json:"action"`
	AfterWorkingDays int    `json:"after_working_days"`
}

// ReminderRules are one organisation's follow-up rules (đôn đốc). Zero
// disables a number rule. They are data: an administrator or the office
// changes them per organisation, and an organisation without its own rules
// uses its nearest ancestor's, then DefaultReminderRules.
type ReminderRules struct {
	// DueSoonWorkingDays: notice this many working days before a deadline.
	DueSoonWorkingDays int `json:"due_soon_working_days"`
	// Overdue: notice on the first working day after the deadline.
	Overdue bool `json:"overdue"`
	// Escalation: the ladder for tasks still overdue, in increasing order.
	Escalation []EscalationStep `json:"escalation"`
	// StaleDays: remind a task in progress with no update for this many days.
	StaleDays int `json:"stale_days"`
	// MonthlyReportDay: units with overdue tasks send the overdue report
	// with proposed fixes before this day of each month (default the 25th).
	MonthlyReportDay int `json:"monthly_report_day"`
	// MonthlyNoticeWorkingDays: the monthly notice goes out this many
	// working days before MonthlyReportDay.
	MonthlyNoticeWorkingDays int `json:"monthly_notice_working_days"`
	// ExplanationWorkingDays: time a unit has to answer an explanation request.
	ExplanationWorkingDays int `json:"explanation_working_days"`
	// ConclusionWorkingDays: a meeting's conclusion notice is due this many
	// working days after the meeting (QĐ 45/2018/QĐ-TTg: 5); 0 turns the
	// due date and its reminder off.
	ConclusionWorkingDays int `json:"conclusion_working_days"`
}

// DefaultReminderRules are the defaults documented in docs/REMINDERS.md.
func DefaultReminderRules() ReminderRules {
	return ReminderRules{
		DueSoonWorkingDays: 3,
		Overdue:            true,
		Escalation: []EscalationStep{
			{Action: ActionReminder, AfterWorkingDays: 5},
			{Action: ActionExplanation, AfterWorkingDays: 10},
			{Action: ActionLeaderNotice, AfterWorkingDays: 20},
		},
		StaleDays:                30,
		MonthlyReportDay:         25,
		MonthlyNoticeWorkingDays: 3,
		ExplanationWorkingDays:   5,
		ConclusionWorkingDays:    NoticeWorkingDays,
	}
}

// Validate checks the ranges, so a typo cannot silence every reminder.
func (r ReminderRules) Validate() error {
	var v Validator
	v.Check(r.DueSoonWorkingDays >= 0 && r.DueSoonWorkingDays <= 60, "due_soon_working_days", "Số ngày làm việc báo trước phải từ 0 đến 60")
	v.Check(r.StaleDays >= 0 && r.StaleDays <= 365, "stale_days", "Số ngày không cập nhật phải từ 0 đến 365")
	v.Check(r.MonthlyReportDay >= 0 && r.MonthlyReportDay <= 28, "monthly_report_day", "Ngày báo cáo hằng tháng phải từ 0 đến 28")
	v.Check(r.MonthlyNoticeWorkingDays >= 0 && r.MonthlyNoticeWorkingDays <= 20, "monthly_notice_working_days", "Số ngày nhắc trước phải từ 0 đến 20")
	v.Check(r.ExplanationWorkingDays >= 1 && r.ExplanationWorkingDays <= 60, "explanation_working_days", "Thời hạn giải trình phải từ 1 đến 60 ngày làm việc")
	v.Check(r.ConclusionWorkingDays >= 0 && r.ConclusionWorkingDays <= 60, "conclusion_working_days", "Thời hạn thông báo kết luận phải từ 0 đến 60 ngày làm việc")
	v.Check(len(r.Escalation) <= 10, "escalation", "Tối đa 10 bậc đôn đốc")
	prev := 0
	for i, s := range r.Escalation {
		field := fmt.Sprintf("escalation.%d", i)
		v.Check(s.Action == ActionReminder || s.Action == ActionExplanation || s.Action == ActionLeaderNotice,
			field+".action", "Bậc đôn đốc phải là reminder, explanation hoặc leader_notice")
		v.Check(s.AfterWorkingDays > prev && s.AfterWorkingDays <= 250, field+".after_working_days",
			"Số ngày quá hạn của các bậc phải tăng dần, từ 1 đến 250")
		prev = s.AfterWorkingDays
	}
	return v.Err()
}

// ReminderTask is what the rules need to know about one open task.
type ReminderTask struct {
	ID            int64   `json:"id"`
	Title         string  `json:"title"`
	LeadOrgID     int64   `json:"lead_org_id"`
	AssignedByOrg *int64  `json:"assigned_by_org_id"`
	AssignerID    *int64  `json:"assigner_id"`
	Status        Status  `json:"status"`
	Due           vn.Date `json:"due"`
	AssignedOn    vn.Date `json:"assigned_on"`
	LastUpdate    vn.Date `json:"last_update"` // as-of date of the latest progress report, if any
}

// DueReminder is a reminder the rules say is due: Period makes a new
// deadline or a new update start the count again, and FiredOn is the day
// the rule fired (the day a late scan catches up still names it).
type DueReminder struct {
	Rule    string
	Step    int
	Action  string // the escalation action, for RuleEscalation
	Period  string
	FiredOn vn.Date
}

// chased reports whether reminders apply to a task in status s: not once
// it is reported done, completed, withdrawn or postponed.
func chased(s Status) bool {
	switch s {
	case StatusAssigned, StatusInProgress, StatusReturned, StatusExtensionRequested:
		return true
	}
	return false
}

// CatchUpDays bounds how far back a scan catches up: a reminder whose day
// is older than this is history, not news. Without it the first scan of an
// imported archive would send every step of every long-overdue task at once
// (about 700,000 reminders on a million generated tasks); the monthly
// overdue report still lists those tasks.
const CatchUpDays = 60

// DueReminders lists the reminders due for t on today. It is pure: the
// exactly-once bookkeeping is the store's unique (rule, step, task, period).
// Every reminder whose day has come within CatchUpDays is listed, so a scan
// that missed days (the server was down) catches up instead of skipping a
// step.
func (r ReminderRules) DueReminders(t ReminderTask, today vn.Date, cal *vn.Calendar) []DueReminder {
	if !chased(t.Status) {
		return nil
	}
	var out []DueReminder
	if !t.Due.IsZero() {
		period := t.Due.String()
		if r.DueSoonWorkingDays > 0 {
			on := cal.AddWorkingDays(t.Due, -r.DueSoonWorkingDays)
			if !today.Before(on) && !today.After(t.Due) && on.After(t.AssignedOn) {
				out = append(out, DueReminder{Rule: RuleDueSoon, Period: period, FiredOn: on})
			}
		}
		if r.Overdue {
			if on := cal.NextWorkingDay(t.Due); !today.Before(on) {
				out = append(out, DueReminder{Rule: RuleOverdue, Period: period, FiredOn: on})
			}
		}
		for i, s := range r.Escalation {
			if on := cal.AddWorkingDays(t.Due, s.AfterWorkingDays); !today.Before(on) {
				out = append(out, DueReminder{Rule: RuleEscalation, Step: i + 1, Action: s.Action, Period: period, FiredOn: on})
			}
		}
	}
	if r.StaleDays > 0 && t.Status == StatusInProgress {
		since := t.LastUpdate
		if since.IsZero() {
			since = t.AssignedOn
		}
		if on := since.AddDays(r.StaleDays); !since.IsZero() && !today.Before(on) {
			out = append(out, DueReminder{Rule: RuleStale, Period: since.String(), FiredOn: on})
		}
	}
	recent := out[:0]
	for _, d := range out {
		if !d.FiredOn.Before(today.AddDays(-CatchUpDays)) {
			recent = append(recent, d)
		}
	}
	return recent
}

// MonthlyNoticeDay returns the day of month m's overdue-report notice, and
// false when the rule is off.
func (r ReminderRules) MonthlyNoticeDay(y int, m int, cal *vn.Calendar) (vn.Date, bool) {
	if r.MonthlyReportDay == 0 {
		return vn.Date{}, false
	}
	deadline := vn.NewDate(y, time.Month(m), r.MonthlyReportDay)
	return cal.AddWorkingDays(deadline, -r.MonthlyNoticeWorkingDays), true
}
