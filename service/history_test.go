package service_test

import (
	"fmt"
	"testing"
	"time"

	"tiendo/service"
	"tiendo/vn"
)

// TestStatsAtPastAsOfIgnoreLaterExtension: January's statistics at
// 14/01/2020, their overdue drill-down and the grade sheet's inputs are the
// same after an extension granted in February (issue 15: a task overdue
// then must not turn "in progress" at the same as-of date).
func TestStatsAtPastAsOfIgnoreLaterExtension(t *testing.T) {
	f := statsFixture(t)
	jan := service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}, AsOf: date(2020, 1, 14)}
	before, err := f.svc.Stats(f.as("office"), jan)
	if err != nil {
		t.Fatal(err)
	}
	overdue, err := before.Total.CellFilter("overdue")
	if err != nil {
		t.Fatal(err)
	}
	listed, n, err := f.svc.ListTasks(f.as("office"), overdue)
	if err != nil || n != 1 {
		t.Fatalf("overdue at 14/01: %d %v", n, err)
	}
	td := listed[0]
	f.clock.T = time.Date(2020, 2, 3, 9, 0, 0, 0, time.UTC)
	if _, _, err := f.svc.RequestExtension(f.as("truongdinh"), td.ID, service.ExtensionInput{Version: f.ver(td.ID),
		ProposedDue: date(2020, 3, 31), Reason: "Chờ kinh phí"}); err != nil {
		t.Fatal(err)
	}
	f.clock.T = time.Date(2020, 2, 5, 9, 0, 0, 0, time.UTC)
	if _, _, err := f.svc.DecideExtension(f.as("leader"), td.ID, service.DecisionInput{Version: f.ver(td.ID), Approve: true}); err != nil {
		t.Fatal(err)
	}
	after, err := f.svc.Stats(f.as("office"), jan)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(after.Rows) != fmt.Sprint(before.Rows) || after.Total.Counts != before.Total.Counts {
		t.Fatalf("14/01/2020 after a February extension:\n%+v\nbefore:\n%+v", after.Total.Counts, before.Total.Counts)
	}
	listed, n, err = f.svc.ListTasks(f.as("office"), overdue)
	if err != nil || n != 1 || listed[0].ID != td.ID || listed[0].Due != date(2020, 1, 10) || listed[0].OverdueDays(date(2020, 1, 14)) != 4 {
		t.Fatalf("overdue drill-down at 14/01 after the extension: %d %+v %v", n, listed, err)
	}
	// Today (05/02) the task is within its new deadline.
	now, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}, AsOf: date(2020, 2, 5)})
	if err != nil {
		t.Fatal(err)
	}
	if now.Total.Overdue != before.Total.Overdue-1 {
		t.Fatalf("at 05/02 the extended task is still overdue: %+v", now.Total.Counts)
	}
}

// TestMeetingPackAtItsDate: the pack of a past meeting is computed at the
// meeting's date and stays so after later reports, an extension, a
// completion, new tasks and a meeting scheduled later (issue 15).
func TestMeetingPackAtItsDate(t *testing.T) {
	f, s := meetingFixture(t)
	f.clock.T = time.Date(2020, 1, 2, 9, 0, 0, 0, time.UTC)
	overdue := f.task("PH", "trước ngày 08/01/2020")
	f.task("TD", "trước ngày 15/01/2020")
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, time.UTC)
	if _, _, err := f.svc.ReportProgress(f.as("phohue"), overdue.ID, service.UpdateInput{Version: f.ver(overdue.ID),
		AsOf: date(2020, 1, 6), Narrative: "Đã rà soát 3/5 điểm"}); err != nil {
		t.Fatal(err)
	}
	f.clock.T = time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)
	m := f.meeting(s, time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC), f.orgs["PH"])
	then, err := f.svc.MeetingPack(f.as("office"), m.ID, 3)
	if err != nil {
		t.Fatal(err)
	}

	// Months later.
	f.clock.T = time.Date(2020, 6, 1, 9, 0, 0, 0, time.UTC)
	if _, _, err := f.svc.ReportProgress(f.as("phohue"), overdue.ID, service.UpdateInput{Version: f.ver(overdue.ID),
		AsOf: date(2020, 6, 1), Narrative: "Xong", Done: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Confirm(f.as("office"), overdue.ID, service.ActionInput{Version: f.ver(overdue.ID)}); err != nil {
		t.Fatal(err)
	}
	f.task("PH", "trước ngày 12/06/2020")
	f.meeting(s, time.Date(2020, 6, 5, 0, 0, 0, 0, time.UTC))
	now, err := f.svc.MeetingPack(f.as("office"), m.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if now.AsOf != date(2020, 1, 10) || now.Next != date(2020, 1, 17) {
		t.Fatalf("as of %s, next %s: want 10/01/2020 and 17/01/2020 (the next meeting was scheduled in June)", now.AsOf, now.Next)
	}
	view := func(p *service.Pack) string {
		ids := func(ts []service.PackTask) []string {
			var out []string
			for _, x := range ts {
				out = append(out, fmt.Sprintf("%d:%s:%d:%s", x.ID, x.Timeliness, x.OverdueDays, x.Due))
			}
			return out
		}
		var units []string
		for _, u := range p.Overdue {
			units = append(units, fmt.Sprint(u.OrgID, ids(u.Tasks)))
		}
		return fmt.Sprint("completed ", ids(p.Completed), " overdue ", units, " soon ", ids(p.DueSoon),
			" silent ", p.Silent, " reporting ", p.Reporting, " next ", p.Next)
	}
	if a, b := view(now), view(then); a != b {
		t.Fatalf("the pack of 10/01/2020 changed:\nnow  %s\nthen %s", a, b)
	}
	for _, u := range now.Silent {
		if u.Days < -1 || u.LastUpdate.After(now.AsOf) {
			t.Errorf("silent unit %+v: a report after the meeting", u)
		}
	}
	if len(now.Overdue) != 1 || now.Overdue[0].Tasks[0].OverdueDays != 2 {
		t.Fatalf("overdue at 10/01: %+v", now.Overdue)
	}
}
