package storetest

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

var statsCases = []testCase{
	{"CellsMatchFindTasks", testStatsCellsMatchFind},
	{"Weighted", testStatsWeighted},
	{"FollowsAuditedWrites", testStatsFollowsWrites},
	{"OrgActivity", testStatsOrgActivity},
	{"ErrNoPeriod", func(f *fixture) {
		_, err := f.st.TaskStats(f.ctx, tiendo.StatsQuery{Group: tiendo.GroupOrg})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"ErrBadGroup", func(f *fixture) {
		_, err := f.st.TaskStats(f.ctx, tiendo.StatsQuery{Group: "colour",
			Period: tiendo.DateRange{From: d(2026, 1, 1), To: d(2026, 1, 31)}, AsOf: d(2026, 1, 31)})
		wantCode(f, err, tiendo.EINVALID)
	}},
}

// statsData is a generated set of tasks spread over 2025–2026 with every
// status, deadline kind, leader, document and category, and the tasks as
// stored, to compute the expected counts in Go.
type statsData struct {
	orgs  []*tiendo.Org
	tasks []*tiendo.Task
}

func (f *fixture) statsData(n int) statsData {
	f.Helper()
	rng := rand.New(rand.NewPCG(4, 2026))
	var sd statsData
	for i := range 4 {
		sd.orgs = append(sd.orgs, f.org(fmt.Sprintf("Đơn vị %d", i)))
	}
	var people []int64
	for i := range 2 {
		p := &tiendo.Person{FullName: fmt.Sprintf("Lãnh đạo %d", i)}
		must(f, f.st.CreatePerson(f.ctx, p))
		people = append(people, p.ID)
	}
	docs := []int64{f.document("245/KH-UBND", d(2024, 12, 20), "").ID, f.document("12/CT-UBND", d(2025, 3, 1), "").ID}
	pick := func(ids []int64) *int64 {
		if i := rng.IntN(len(ids) + 1); i < len(ids) {
			return &ids[i]
		}
		return nil
	}
	places := []int64{f.place("Phố Huế", sd.orgs[0].ID).ID, f.place("Chung cư Bồ Đề", sd.orgs[1].ID).ID}
	start := d(2025, 1, 1)
	for range n {
		lead := sd.orgs[rng.IntN(len(sd.orgs))]
		sd.tasks = append(sd.tasks, f.task(lead.ID, func(t *tiendo.Task) {
			t.AssignerID, t.AssigneeID, t.DocumentID = pick(people), pick(people), pick(docs)
			t.Category = tiendo.Categories[rng.IntN(len(tiendo.Categories))]
			t.Weight = float64(1 + rng.IntN(3))
			t.AssignedOn = start.AddDays(rng.IntN(540))
			t.Due = t.AssignedOn.AddDays(rng.IntN(200))
			t.OriginalDue = t.Due
			t.Status = tiendo.Statuses[rng.IntN(len(tiendo.Statuses))]
			if rng.IntN(8) == 0 {
				t.DeadlineKind, t.Due, t.OriginalDue = vn.DeadlineContinuous, vn.Date{}, vn.Date{}
			}
			if t.Status == tiendo.StatusCompleted {
				t.ReportedOn = t.AssignedOn.AddDays(rng.IntN(300))
				t.CompletedOn = t.ReportedOn
			}
			if rng.IntN(10) == 0 {
				t.CoopOrgIDs = []int64{sd.orgs[(rng.IntN(3)+1+indexOf(sd.orgs, lead))%len(sd.orgs)].ID}
			}
			t.PlaceID = pick(places)
		}))
	}
	return sd
}

func indexOf(orgs []*tiendo.Org, o *tiendo.Org) int {
	for i, x := range orgs {
		if x.ID == o.ID {
			return i
		}
	}
	return -1
}

// statsQueries are the periods and as-of dates checked: a month, a
// quarter and a year with the default cut-offs, a custom range, each at
// its end, in its middle and after it.
func statsQueries() []tiendo.StatsQuery {
	var out []tiendo.StatsQuery
	for _, ps := range []string{"2025-06", "2025-Q3", "2025", "2026-01-01..2026-02-10"} {
		p, err := vn.ParsePeriod(ps)
		if err != nil {
			panic(err)
		}
		from, to := p.Range(vn.DefaultCutoffs())
		for _, asOf := range []vn.Date{to, from.AddDays(to.Sub(from) / 2), to.AddDays(45)} {
			out = append(out, tiendo.StatsQuery{Period: tiendo.DateRange{From: from, To: to}, AsOf: asOf})
		}
	}
	return out
}

// testStatsCellsMatchFind checks every cell of every breakdown three ways:
// the store's count, the count computed in Go from Task.InPeriod and
// Counts.Count, and the total of FindTasks with the cell's filter.
func testStatsCellsMatchFind(f *fixture) {
	sd := f.statsData(160)
	for _, base := range statsQueries() {
		for _, g := range tiendo.StatsGroups {
			for _, leads := range [][]int64{nil, {sd.orgs[0].ID, sd.orgs[2].ID}} {
				q := base
				q.Group, q.LeadOrgIDs = g, leads
				f.checkStats(fmt.Sprintf("%s..%s@%s by %s leads %v", q.Period.From, q.Period.To, q.AsOf, g, leads), q, sd.tasks)
			}
		}
	}
}

// checkStats compares the store's statistics for q with the counts in Go
// over tasks (as they stood at q.AsOf), then each cell with FindTasks.
func (f *fixture) checkStats(name string, q tiendo.StatsQuery, tasks []*tiendo.Task) {
	f.Helper()
	rows, err := f.st.TaskStats(f.ctx, q)
	must(f, err)
	want := expectedStats(tasks, q)
	if len(rows) != len(want) {
		f.Fatalf("%s: %d rows, want %d (%v)", name, len(rows), len(want), want)
	}
	for _, r := range rows {
		if r.Counts != want[r.Key] {
			f.Fatalf("%s key %q:\n got %+v\nwant %+v", name, r.Key, r.Counts, want[r.Key])
		}
		f.checkCells(name, q, r)
	}
}

// checkCells compares each cell of r with FindTasks' total for its filter.
func (f *fixture) checkCells(name string, q tiendo.StatsQuery, r tiendo.StatsRow) {
	f.Helper()
	for _, cell := range tiendo.StatsCells {
		flt, err := q.CellFilter(r.Key, cell)
		must(f, err)
		flt.Page = tiendo.Page{PerPage: 1}
		_, total, err := f.st.FindTasks(f.ctx, flt)
		must(f, err)
		if n, _ := r.Counts.Cell(cell); n != total {
			f.Fatalf("%s key %q cell %s: stats %d, FindTasks %d", name, r.Key, cell, n, total)
		}
	}
}

// expectedStats counts in Go, by the domain's own definitions.
func expectedStats(tasks []*tiendo.Task, q tiendo.StatsQuery) map[string]tiendo.Counts {
	out := map[string]tiendo.Counts{}
	for _, t := range tasks {
		if !t.InPeriod(q.Period, q.AsOf) || (q.LeadOrgIDs != nil && !containsID(q.LeadOrgIDs, t.LeadOrgID)) {
			continue
		}
		key := groupKey(t, q.Group)
		c := out[key]
		c.Count(t, q.AsOf)
		c.WeightAssigned, c.WeightDoneOnTime, c.WeightDoneLate = 0, 0, 0
		out[key] = c
	}
	return out
}

func groupKey(t *tiendo.Task, g tiendo.StatsGroup) string {
	id := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	switch g {
	case tiendo.GroupOrg:
		return strconv.FormatInt(t.LeadOrgID, 10)
	case tiendo.GroupLeader:
		return id(t.AssignerID)
	case tiendo.GroupDocument:
		return id(t.DocumentID)
	case tiendo.GroupAssignee:
		return id(t.AssigneeID)
	case tiendo.GroupPlace:
		return id(t.PlaceID)
	}
	return string(t.Category)
}

func containsID(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// testStatsWeighted checks the weighted sums grading uses.
func testStatsWeighted(f *fixture) {
	sd := f.statsData(60)
	q := statsQueries()[3]
	q.Group, q.Weighted = tiendo.GroupOrg, true
	rows, err := f.st.TaskStats(f.ctx, q)
	must(f, err)
	want := map[string]tiendo.Counts{}
	for _, t := range sd.tasks {
		if t.InPeriod(q.Period, q.AsOf) {
			key := strconv.FormatInt(t.LeadOrgID, 10)
			c := want[key]
			c.Count(t, q.AsOf)
			want[key] = c
		}
	}
	if len(rows) != len(want) {
		f.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for _, r := range rows {
		if r.Counts != want[r.Key] {
			f.Fatalf("key %s:\n got %+v\nwant %+v", r.Key, r.Counts, want[r.Key])
		}
	}
}

// testStatsOrgActivity: open tasks per lead and the latest report on them;
// reports on completed tasks do not count.
func testStatsOrgActivity(f *fixture) {
	a, b, c := f.org("A"), f.org("B"), f.org("C")
	open := f.task(a.ID)
	done := f.task(a.ID, func(t *tiendo.Task) { t.Status, t.CompletedOn = tiendo.StatusCompleted, d(2026, 2, 1) })
	f.task(b.ID)
	f.task(b.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed })
	f.task(c.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusWithdrawn })
	// Postponed on 10/02: it awaited reports before.
	later := f.task(c.ID)
	f.changeOn(d(2026, 2, 10), later, func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed })
	at := func(task *tiendo.Task, day int) {
		u := &tiendo.Update{TaskID: task.ID, AsOf: d(2026, 2, day), Narrative: "Tiến độ"}
		must(f, f.st.CreateUpdate(f.ctx, u))
	}
	at(open, 3)
	at(done, 5)
	at(open, 20)
	today := tiendo.Today(tiendo.SystemClock{})
	tasks := []*tiendo.Task{open, done, later}
	states := f.histories(tasks)
	for _, x := range []struct {
		asOf vn.Date
		want string // org:open:last report day
	}{
		{today, "A:1:20 B:1:0"},
		{d(2026, 2, 4), "A:1:3 B:1:0 C:1:0"},
		{d(2026, 1, 20), "A:2:0 B:1:0 C:1:0"}, // done was open then; nothing reported yet
		{d(2026, 2, 12), "A:1:3 B:1:0"},
		{d(2026, 1, 4), ""}, // before the assignments
	} {
		got, err := f.st.OrgActivity(f.ctx, nil, x.asOf)
		must(f, err)
		name := map[int64]string{a.ID: "A", b.ID: "B", c.ID: "C"}
		var parts []string
		for _, r := range got {
			day := 0
			if !r.LastReport.IsZero() {
				day = r.LastReport.Day
			}
			parts = append(parts, fmt.Sprintf("%s:%d:%d", name[r.OrgID], r.OpenTasks, day))
		}
		if s := strings.Join(parts, " "); s != x.want {
			f.Errorf("activity at %s: %s, want %s", x.asOf, s, x.want)
		}
		// The rule in Go agrees on A's tasks and C's.
		for _, t := range tasksAt(tasks, states, x.asOf) {
			if t.ID == later.ID && t.AwaitsReport(x.asOf) != strings.Contains(x.want, "C:") {
				f.Errorf("at %s: AwaitsReport of the later-postponed task is %v", x.asOf, t.AwaitsReport(x.asOf))
			}
		}
	}
	only, err := f.st.OrgActivity(f.ctx, []int64{b.ID}, today)
	must(f, err)
	if len(only) != 1 || only[0].OrgID != b.ID {
		f.Fatalf("restricted activity %+v", only)
	}
}
