package demo_test

import (
	"testing"

	"tiendo"
	"tiendo/demo"
	"tiendo/service"
	"tiendo/vn"
)

// TestLiveMonthAnyDay loads the demo on days that stress the live work's
// offsets: the first days of the reporting month (the 15th under the
// default cut-offs) and of the calendar month, month ends of every length,
// a leap day, the year's start and Tết. Whatever the day, the current
// month's dashboard of the whole city, of the new ward's leader and of the
// city department must show tasks assigned, completed on time and
// overdue, and the ward's grade sheet must have something to grade.
func TestLiveMonthAnyDay(t *testing.T) {
	days := []vn.Date{
		vn.NewDate(2026, 12, 15), vn.NewDate(2026, 12, 16), vn.NewDate(2026, 12, 14), // reporting month's first, second and last day
		vn.NewDate(2027, 1, 1), vn.NewDate(2027, 1, 2), // the year's start
		vn.NewDate(2027, 2, 6), vn.NewDate(2027, 2, 8), // Tết Đinh Mùi
		vn.NewDate(2027, 2, 28), vn.NewDate(2028, 2, 29), vn.NewDate(2027, 3, 1),
		vn.NewDate(2027, 4, 30), vn.NewDate(2027, 5, 31), vn.NewDate(2026, 12, 31),
	}
	if testing.Short() {
		days = days[:2]
	}
	for _, today := range days {
		t.Run(today.String(), func(t *testing.T) {
			e := load(t, today)
			for _, login := range []string{"admin", "hbt.lanhdao", "soxaydung"} {
				d, err := e.svc.Dashboard(e.as(t, login), service.DashboardRequest{})
				if err != nil {
					t.Fatal(err)
				}
				c := d.Current.Total.Counts
				if c.Assigned == 0 || c.DoneOnTime == 0 || c.Overdue == 0 {
					t.Errorf("%s's dashboard for %s: assigned %d, on time %d, overdue %d; want all non-zero",
						login, d.Current.Label, c.Assigned, c.DoneOnTime, c.Overdue)
				}
				for _, k := range d.Overdue {
					if days := k.OverdueDays(today); login != "admin" && days > 60 {
						t.Errorf("%s: task %q overdue %d days", login, k.Title, days)
					}
				}
			}
			if n := assignedThisMonth(t, e, today); n == 0 {
				t.Error("no task assigned in the current reporting month")
			}
			ward := e.res.OrgIDs["HN-HAIBATRUNG"]
			cut := e.svc.Rules().Cutoffs
			month := vn.PeriodContaining(vn.PeriodMonth, today, cut)
			g, err := e.svc.Grades(e.as(t, "hbt.lanhdao"), service.GradeRequest{Period: month, OrgID: &ward})
			if err != nil {
				t.Fatal(err)
			}
			graded := 0
			for _, s := range g.Subjects {
				graded += s.Counts.Assigned
			}
			if graded == 0 {
				t.Errorf("the ward's grade sheet for %s grades no task", g.Label)
			}
		})
	}
}

// assignedThisMonth counts the tasks assigned from the reporting month's
// first day to today.
func assignedThisMonth(t *testing.T, e *env, today vn.Date) int {
	t.Helper()
	cut := e.svc.Rules().Cutoffs
	from, _ := vn.PeriodContaining(vn.PeriodMonth, today, cut).Range(cut)
	tasks, _, err := e.svc.ListTasks(e.sys, tiendo.TaskFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, k := range tasks {
		if !k.AssignedOn.Before(from) && !k.AssignedOn.After(today) {
			n++
		}
	}
	return n
}

// TestLiveWork checks what the new ward's and the department's accounts
// find on the day the demo is loaded.
func TestLiveWork(t *testing.T) {
	today := vn.NewDate(2026, 12, 6)
	e := load(t, today)
	t.Run("officer's work", func(t *testing.T) {
		tasks, _, err := e.svc.ListTasks(e.as(t, "hbt.canbo"), tiendo.TaskFilter{Page: tiendo.Page{PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var dueThisWeek, overdue, waiting, returned int
		for _, k := range tasks {
			switch {
			case k.Status == tiendo.StatusReportedDone:
				waiting++
			case k.TimelinessAt(today) == tiendo.Overdue:
				overdue++
				if d := k.OverdueDays(today); d > 30 {
					t.Errorf("task %q overdue %d days", k.Title, d)
				}
			}
			if k.CompletedOn.IsZero() && !k.Due.Before(today) && k.Due.Before(today.AddDays(7)) {
				dueThisWeek++
			}
			if k.Status == tiendo.StatusReturned && k.StatusReason != "" {
				returned++
			}
		}
		if dueThisWeek == 0 || overdue == 0 || waiting == 0 || returned == 0 {
			t.Errorf("hbt.canbo: %d due this week, %d overdue, %d waiting, %d returned; want each", dueThisWeek, overdue, waiting, returned)
		}
	})
	t.Run("extension waiting for the ward's leader", func(t *testing.T) {
		tasks, _, err := e.svc.ListTasks(e.as(t, "hbt.lanhdao"), tiendo.TaskFilter{Page: tiendo.Page{PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		pending := 0
		for _, k := range tasks {
			if k.Status == tiendo.StatusExtensionRequested && k.AssignedByOrg != nil && *k.AssignedByOrg == e.res.OrgIDs["HN-HAIBATRUNG-UBND"] {
				pending++
			}
		}
		if pending == 0 {
			t.Error("no extension waiting for hbt.lanhdao")
		}
	})
	t.Run("giao ban next week", func(t *testing.T) {
		ms, err := e.svc.ListMeetings(e.as(t, "hbt.vanphong"), tiendo.MeetingFilter{From: today, To: today.AddDays(7)})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 || len(ms[0].Agenda) == 0 || ms[0].Date.Weekday() != 1 {
			t.Fatalf("meetings in the coming week: %+v; want one Monday giao ban with an agenda", ms)
		}
		p, err := e.svc.MeetingPack(e.as(t, "hbt.vanphong"), ms[0].ID, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.DueSoon)+len(p.Overdue) == 0 || len(p.Targets) == 0 {
			t.Errorf("pack: %d due soon, %d overdue units, %d targets; want work and targets", len(p.DueSoon), len(p.Overdue), len(p.Targets))
		}
	})
	t.Run("reminders fire", func(t *testing.T) {
		n, err := e.svc.RunReminders(e.sys)
		if err != nil || n == 0 {
			t.Errorf("RunReminders on the load date: %d, %v; want reminders for the live work", n, err)
		}
	})
	t.Run("accounts in force", func(t *testing.T) {
		for _, a := range demo.Accounts {
			if a.OrgCode == "" {
				continue
			}
			o, err := e.svc.GetOrg(e.sys, e.res.OrgIDs[a.OrgCode])
			if err != nil {
				t.Fatal(err)
			}
			if o.ActiveOn(today) == a.Past {
				t.Errorf("%s: organisation %s in force %v, Past %v", a.Login, a.OrgCode, o.ActiveOn(today), a.Past)
			}
		}
	})
}
