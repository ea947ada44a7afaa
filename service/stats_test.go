package service_test

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// statsFixture assigns tasks on 2 January 2020 and plays them to 14
// January: one done on time, one done late, one overdue, one in progress,
// one continuous, spread over the district.
func statsFixture(t *testing.T) *fixture { return playStats(t, newFixture(t)) }

// playStats plays statsFixture's tasks on f (either engine).
func playStats(t *testing.T, f *fixture) *fixture {
	onTime := f.task("PH-UBND", "trước ngày 06/01/2020")
	late := f.task("PH-CA", "trước ngày 06/01/2020")
	f.task("TD", "trước ngày 10/01/2020")  // overdue at 14/01
	f.task("HBT-QLDT", "trong quý I/2020") // in progress
	f.task("HBT-UBND", "thường xuyên")     // continuous
	for _, c := range []struct {
		task  *tiendo.Task
		login string
		day   int
	}{{onTime, "phohue", 5}, {late, "phohue", 8}} {
		f.clock.T = time.Date(2020, 1, c.day, 9, 0, 0, 0, vn.Location)
		got, _, err := f.svc.ReportProgress(f.as(c.login), c.task.ID, service.UpdateInput{Version: f.ver(c.task.ID), Narrative: "Xong", Done: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Confirm(f.as("office"), c.task.ID, service.ActionInput{Version: got.Version}); err != nil {
			t.Fatal(err)
		}
	}
	f.clock.T = time.Date(2020, 1, 20, 9, 0, 0, 0, vn.Location)
	return f
}

func TestStatsRollsUpTheTree(t *testing.T) {
	f := statsFixture(t)
	jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
	tests := []struct {
		login string
		org   string
		want  map[string][5]int // code → on time, late, in progress, overdue, continuous
	}{
		{"office", "", map[string][5]int{"HBT": {}, "HBT-QLDT": {0, 0, 1, 0, 0}, "HBT-UBND": {0, 0, 0, 0, 1},
			"PH": {1, 1, 0, 0, 0}, "TD": {0, 0, 0, 1, 0}}},
		{"admin", "", map[string][5]int{"HBT": {}, "HBT-QLDT": {0, 0, 1, 0, 0}, "HBT-UBND": {0, 0, 0, 0, 1},
			"PH": {1, 1, 0, 0, 0}, "TD": {0, 0, 0, 1, 0}}},
		{"phohue", "", map[string][5]int{"PH": {}, "PH-UBND": {1, 0, 0, 0, 0}, "PH-CA": {0, 1, 0, 0, 0}}},
		{"office", "PH", map[string][5]int{"PH": {}, "PH-UBND": {1, 0, 0, 0, 0}, "PH-CA": {0, 1, 0, 0, 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.login+"/"+tt.org, func(t *testing.T) {
			req := service.StatsRequest{Period: jan}
			if tt.org != "" {
				id := f.orgs[tt.org]
				req.OrgID = &id
			}
			rep, err := f.svc.Stats(f.as(tt.login), req)
			if err != nil {
				t.Fatal(err)
			}
			if rep.From != date(2019, 12, 15) || rep.To != date(2020, 1, 14) || rep.AsOf != date(2020, 1, 14) {
				t.Fatalf("period %v..%v as of %v", rep.From, rep.To, rep.AsOf)
			}
			if len(rep.Rows) != len(tt.want) {
				t.Fatalf("%d rows, want %d", len(rep.Rows), len(tt.want))
			}
			for _, r := range rep.Rows {
				w, ok := tt.want[r.Key.Code]
				got := [5]int{r.DoneOnTime, r.DoneLate, r.InProgress, r.Overdue, r.Continuous}
				if !ok || got != w {
					t.Errorf("%s: got %v, want %v", r.Key.Code, got, w)
				}
				checkDrillDown(t, f, tt.login, r)
			}
			checkDrillDown(t, f, tt.login, rep.Total)
		})
	}
}

// checkDrillDown lists the tasks behind every cell of a line as the actor
// and compares the totals with the counts.
func checkDrillDown(t *testing.T, f *fixture, login string, l service.StatsLine) {
	t.Helper()
	for _, cell := range tiendo.StatsCells {
		flt, err := l.CellFilter(cell)
		if err != nil {
			t.Fatal(err)
		}
		_, total, err := f.svc.ListTasks(f.as(login), flt)
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := l.Cell(cell); n != total {
			t.Errorf("%s %s: count %d, task list %d", l.Key.Code, cell, n, total)
		}
	}
}

func TestStatsRates(t *testing.T) {
	f := statsFixture(t)
	rep, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}})
	if err != nil {
		t.Fatal(err)
	}
	c := rep.Total.Counts
	// 5 assigned; due by 14/01: the three dated tasks; 2 done, both due.
	if c.Assigned != 5 || c.Due != 3 || c.DoneDue != 2 || c.OverdueAge.UpTo30 != 1 {
		t.Fatalf("total %+v", c)
	}
	for name, got := range map[string]*float64{"completion": c.CompletionRate(), "completion due": c.CompletionRateDue(),
		"on time": c.OnTimeRate()} {
		want := map[string]float64{"completion": 0.4, "completion due": 2.0 / 3, "on time": 0.5}[name]
		if got == nil || *got != want {
			t.Errorf("%s rate %v, want %v", name, got, want)
		}
	}
}

func TestStatsErrors(t *testing.T) {
	f := statsFixture(t)
	jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
	_, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: jan, AsOf: date(2019, 12, 1)})
	wantCode(t, err, tiendo.EINVALID)
	td := f.orgs["TD"]
	_, err = f.svc.Stats(f.as("phohue"), service.StatsRequest{Period: jan, OrgID: &td})
	wantCode(t, err, tiendo.ENOTFOUND)
	_, err = f.svc.Stats(f.as("office"), service.StatsRequest{Period: jan, Group: "colour"})
	wantCode(t, err, tiendo.EINVALID)
}

func TestStatsBreakdowns(t *testing.T) {
	f := statsFixture(t)
	jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
	for _, g := range []tiendo.StatsGroup{tiendo.GroupCategory, tiendo.GroupLeader, tiendo.GroupDocument} {
		rep, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: jan, Group: g})
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for _, r := range rep.Rows {
			sum += r.Assigned
			checkDrillDown(t, f, "office", r)
		}
		if sum != 5 {
			t.Errorf("%s: rows sum to %d, want 5", g, sum)
		}
	}
}

func TestRankingBands(t *testing.T) {
	f := statsFixture(t)
	_, bands, err := f.svc.Ranking(f.as("office"), service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}}, []int{1})
	if err != nil {
		t.Fatal(err)
	}
	if len(bands) != 2 || bands[0].Label != "Trên 1 nhiệm vụ" || len(bands[1].Rows) != 5 {
		t.Fatalf("bands %+v", bands)
	}
	// Done on time first, then done late, then the rest by on-time rate and overdue.
	if got := bands[1].Rows[0].Key.Code; got != "PH-UBND" {
		t.Errorf("first %s, want PH-UBND", got)
	}
	if got := bands[1].Rows[4].Key.Code; got != "TD" {
		t.Errorf("last %s, want TD (overdue)", got)
	}
}

func TestTrend(t *testing.T) {
	f := statsFixture(t)
	f.clock.T = time.Date(2020, 3, 20, 9, 0, 0, 0, vn.Location)
	pts, err := f.svc.Trend(f.as("office"), service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 3}}, 12)
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 12 || pts[11].Label != "Tháng 3/2020" || pts[9].Assigned != 5 || pts[10].Assigned != 3 || pts[0].Assigned != 0 {
		t.Fatalf("trend %+v", pts)
	}
}

// TestStatsCacheFollowsWrites: statistics are cached under the data
// version, so a write shows at once at an as-of date on or after its day,
// and the past keeps the state in force then (issue 15).
func TestStatsCacheFollowsWrites(t *testing.T) {
	f := statsFixture(t)
	jan := service.StatsRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}, AsOf: date(2020, 1, 14)}
	now := jan
	now.AsOf = tiendo.Today(f.clock)
	past, err := f.svc.Stats(f.as("office"), jan)
	if err != nil {
		t.Fatal(err)
	}
	before, err := f.svc.Stats(f.as("office"), now)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := f.svc.Stats(f.as("office"), now)
	if again.Total.Counts != before.Total.Counts {
		t.Fatalf("same data, different counts: %+v %+v", before.Total.Counts, again.Total.Counts)
	}
	tasks, _, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{OrgIDs: []int64{f.orgs["TD"]}})
	if _, err := f.svc.Withdraw(f.as("office"), tasks[0].ID, service.ActionInput{Version: tasks[0].Version, Reason: "Trùng"}); err != nil {
		t.Fatal(err)
	}
	after, err := f.svc.Stats(f.as("office"), now)
	if err != nil {
		t.Fatal(err)
	}
	if after.Total.Assigned != before.Total.Assigned-1 {
		t.Fatalf("after a withdrawal: %+v, before %+v", after.Total.Counts, before.Total.Counts)
	}
	pastAfter, err := f.svc.Stats(f.as("office"), jan)
	if err != nil {
		t.Fatal(err)
	}
	if pastAfter.Total.Counts != past.Total.Counts {
		t.Fatalf("14/01/2020 after a withdrawal today: %+v, before %+v", pastAfter.Total.Counts, past.Total.Counts)
	}
}
