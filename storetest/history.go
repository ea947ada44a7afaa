package storetest

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// The history of task states (Task.At, sqlstore stateAt): a past as-of
// date is answered with the state in force on it, on lists, overdue lists,
// statistics and their cells.
var historyCases = []testCase{
	{"PastUnchangedByLaterSteps", testHistoryTimeliness},
	{"GridMatchesAt", testHistoryGrid},
	{"OneRowPerDay", testHistoryOneRowPerDay},
}

// changeOn writes t as a change made on day.
func (f *fixture) changeOn(day vn.Date, t *tiendo.Task, edit func(*tiendo.Task)) {
	f.Helper()
	edit(t)
	must(f, f.st.UpdateTask(tiendo.NewContextWithChangeDay(f.ctx, day), t))
}

// timelinessSeen is what every as-of answer of the store says of task id
// at asOf: the category whose filter lists it, the one derived from the
// task it returns, and the organisation matrix's cell that counts it.
func (f *fixture) timelinessSeen(id, org int64, asOf vn.Date) (byFilter, byTask tiendo.Timeliness, cells map[string]int) {
	f.Helper()
	byFilter = "none"
	for _, k := range append(slices.Clone(tiendo.Timelinesses), tiendo.Excluded) {
		ts, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{IDs: []int64{id}, Timeliness: []tiendo.Timeliness{k}, AsOf: asOf})
		must(f, err)
		if len(ts) == 1 {
			byFilter = k
			byTask = ts[0].TimelinessAt(asOf)
		}
	}
	rows, err := f.st.TaskStats(f.ctx, tiendo.StatsQuery{Group: tiendo.GroupOrg, AsOf: asOf,
		Period: tiendo.DateRange{From: d(2023, 1, 1), To: asOf}})
	must(f, err)
	cells = map[string]int{}
	for _, r := range rows {
		if r.Key == fmt.Sprint(org) {
			for _, c := range tiendo.StatsCells {
				cells[c], _ = r.Counts.Cell(c)
			}
		}
	}
	return byFilter, byTask, cells
}

// testHistoryTimeliness is issue 15's case: a task overdue on 01/01/2024
// stays overdue at that date after a later extension, postponement and
// completion report, and each past date keeps its own answer.
func testHistoryTimeliness(f *fixture) {
	o := f.org("Phường Hoàn Kiếm")
	k := f.task(o.ID, func(t *tiendo.Task) {
		t.AssignedOn, t.Due, t.OriginalDue, t.Status = d(2023, 3, 1), d(2023, 4, 17), d(2023, 4, 17), tiendo.StatusInProgress
	})
	dates := []vn.Date{d(2023, 3, 10), d(2023, 4, 17), d(2023, 5, 1), d(2024, 1, 1), d(2025, 6, 30)}
	type seen struct {
		filter, task tiendo.Timeliness
		cells        map[string]int
	}
	before := map[vn.Date]seen{}
	for _, at := range dates {
		a, b, c := f.timelinessSeen(k.ID, o.ID, at)
		before[at] = seen{a, b, c}
	}
	if before[d(2024, 1, 1)].filter != tiendo.Overdue || before[d(2023, 3, 10)].filter != tiendo.InProgress {
		f.Fatalf("before the changes: %+v", before)
	}
	// Later steps: an extension, a postponement, a resumption and a
	// confirmed completion report, each on its own day.
	f.changeOn(d(2025, 7, 1), k, func(t *tiendo.Task) { t.Due, t.Extensions = d(2026, 12, 31), 1 })
	f.changeOn(d(2025, 8, 1), k, func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed })
	f.changeOn(d(2025, 9, 1), k, func(t *tiendo.Task) { t.Status = tiendo.StatusInProgress })
	f.changeOn(d(2025, 9, 20), k, func(t *tiendo.Task) {
		t.Status, t.ReportedOn, t.CompletedOn = tiendo.StatusCompleted, d(2023, 4, 10), d(2023, 4, 10)
	})
	for _, at := range dates {
		a, b, c := f.timelinessSeen(k.ID, o.ID, at)
		if got, want := (seen{a, b, c}), before[at]; got.filter != want.filter || got.task != want.task || fmt.Sprint(got.cells) != fmt.Sprint(want.cells) {
			f.Errorf("at %s after later changes: %+v, before them %+v", at, got, want)
		}
	}
	// Between the changes, each state in force.
	for _, x := range []struct {
		at   vn.Date
		want tiendo.Timeliness
	}{
		{d(2025, 7, 15), tiendo.InProgress},  // extended
		{d(2025, 8, 15), tiendo.InProgress},  // postponed
		{d(2025, 9, 10), tiendo.InProgress},  // resumed, within the new deadline
		{d(2025, 9, 20), tiendo.DoneOnTime},  // confirmed: counts from the reported date
		{d(2026, 12, 1), tiendo.DoneOnTime},  // today's state
		{d(2023, 5, 1), tiendo.Overdue},      // the deadline then
		{d(2023, 4, 12), tiendo.InProgress},  // reported 10/04 but not confirmed then
		{d(2024, 12, 31), tiendo.Overdue},    // still the first deadline
		{d(2025, 6, 30), tiendo.Overdue},     // the day before the extension
		{d(2025, 7, 1), tiendo.InProgress},   // the extension's day counts at its end
		{d(2025, 8, 1), tiendo.InProgress},   // postponed at the end of the day
		{d(2025, 9, 19), tiendo.InProgress},  // the day before the confirmation
		{d(2023, 2, 28), tiendo.Excluded},    // before the assignment
		{d(2025, 9, 1), tiendo.InProgress},   // resumed
		{d(2025, 10, 1), tiendo.DoneOnTime},  // after all
		{d(2026, 1, 1), tiendo.DoneOnTime},   // after all
		{d(2025, 6, 1), tiendo.Overdue},      // before all
		{d(2023, 4, 17), tiendo.InProgress},  // the deadline's own day
		{d(2023, 4, 18), tiendo.Overdue},     // the day after
		{d(2024, 1, 1), tiendo.Overdue},      // issue 15's date
		{d(2023, 3, 10), tiendo.InProgress},  // early
		{d(2025, 8, 31), tiendo.InProgress},  // still postponed
		{d(2025, 7, 31), tiendo.InProgress},  // extended, not yet postponed
		{d(2025, 9, 21), tiendo.DoneOnTime},  // after the confirmation
		{d(2023, 4, 10), tiendo.InProgress},  // the reported day itself, before confirmation
		{d(2023, 12, 31), tiendo.Overdue},    // a year's end
		{d(2025, 1, 1), tiendo.Overdue},      // another
		{d(2025, 12, 31), tiendo.DoneOnTime}, // and the last
	} {
		if a, b, _ := f.timelinessSeen(k.ID, o.ID, x.at); a != x.want || (a != tiendo.Excluded && b != x.want) {
			f.Errorf("at %s: filter %s, task %s; want %s", x.at, a, b, x.want)
		}
	}
	hist, err := f.st.FindTaskHistory(f.ctx, k.ID)
	must(f, err)
	if len(hist) != 4 || !hist[0].From.IsZero() || hist[0].Until != d(2025, 7, 1) || hist[0].Due != d(2023, 4, 17) ||
		hist[3].From != d(2025, 9, 1) || hist[3].Until != d(2025, 9, 20) || !hist[3].CompletedOn.IsZero() {
		f.Errorf("history %+v", hist)
	}
}

// testHistoryOneRowPerDay: several changes on one day keep the state the
// day began with; a change that timeliness does not read keeps nothing
// (so a row's status is the last of its class: in progress, not assigned).
func testHistoryOneRowPerDay(f *fixture) {
	o := f.org("A")
	k := f.task(o.ID, func(t *tiendo.Task) { t.AssignedOn, t.Due = d(2025, 1, 2), d(2025, 2, 1) })
	f.changeOn(d(2025, 1, 10), k, func(t *tiendo.Task) { t.Status, t.Percent = tiendo.StatusInProgress, 40 })
	f.changeOn(d(2025, 3, 1), k, func(t *tiendo.Task) { t.Due = d(2025, 4, 1) })
	f.changeOn(d(2025, 3, 1), k, func(t *tiendo.Task) { t.Due = d(2025, 5, 1) })
	f.changeOn(d(2025, 2, 20), k, func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed }) // dated before the last: counts on it
	hist, err := f.st.FindTaskHistory(f.ctx, k.ID)
	must(f, err)
	if len(hist) != 1 || hist[0].Due != d(2025, 2, 1) || hist[0].Until != d(2025, 3, 1) || hist[0].Status != tiendo.StatusInProgress {
		f.Fatalf("history %+v", hist)
	}
	if got := f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}, AsOf: d(2025, 2, 28)}); len(got) != 1 {
		f.Errorf("overdue at 28/02/2025: %v", got)
	}
}

// testHistoryGrid gives random tasks random later histories and checks,
// at many as-of dates, that the lists (every category, the overdue list's
// branches), the statistics of every breakdown and their cells agree with
// Task.At and TimelinessAt over the store's own history rows.
func testHistoryGrid(f *fixture) {
	sd := f.statsData(120)
	rng := rand.New(rand.NewPCG(15, 1))
	for _, t := range sd.tasks {
		day := t.AssignedOn
		for range rng.IntN(4) {
			day = day.AddDays(1 + rng.IntN(120))
			f.changeOn(day, t, func(t *tiendo.Task) {
				switch rng.IntN(5) {
				case 0:
					if !t.Due.IsZero() {
						t.Due = t.Due.AddDays(30 + rng.IntN(200))
					}
				case 1:
					t.Status = tiendo.StatusPostponed
				case 2:
					t.Status = tiendo.StatusInProgress
				case 3:
					t.Status, t.ReportedOn = tiendo.StatusCompleted, day.AddDays(-rng.IntN(20))
					if t.ReportedOn.Before(t.AssignedOn) {
						t.ReportedOn = t.AssignedOn
					}
					t.CompletedOn = t.ReportedOn
				default:
					t.Status = tiendo.StatusWithdrawn
				}
			})
		}
	}
	states := f.histories(sd.tasks)
	if len(states) < 60 {
		f.Fatalf("only %d history rows", len(states))
	}
	at := func(asOf vn.Date) []*tiendo.Task { return tasksAt(sd.tasks, states, asOf) }
	for _, asOf := range []vn.Date{d(2025, 2, 1), d(2025, 6, 14), d(2025, 9, 30), d(2026, 1, 15), d(2026, 6, 1)} {
		tasks := at(asOf)
		for _, k := range append(slices.Clone(tiendo.Timelinesses), tiendo.Excluded) {
			got := f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{k}, AsOf: asOf, Sort: tiendo.SortID, Page: tiendo.Page{PerPage: 500}})
			wantIDs(f, fmt.Sprintf("%s at %s", k, asOf), got, idsIn(tasks, asOf, k, 0))
			// The overdue list of one organisation reads its branches.
			if k == tiendo.Overdue {
				mine := idsIn(tasks, asOf, k, sd.orgs[1].ID)
				got := f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{k}, AsOf: asOf, OrgIDs: []int64{sd.orgs[1].ID},
					Role: tiendo.AsLead, Page: tiendo.Page{PerPage: 500}})
				slices.Sort(got)
				wantIDs(f, fmt.Sprintf("overdue of one unit at %s", asOf), got, mine)
			}
		}
		// Returned tasks are as they stood.
		ts, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{AsOf: asOf, Sort: tiendo.SortID, Page: tiendo.Page{PerPage: 500}})
		must(f, err)
		for i, t := range ts {
			if w := tasks[i]; t.ID != w.ID || t.Due != w.Due || t.Status != w.Status || t.CompletedOn != w.CompletedOn {
				f.Fatalf("task %d at %s: %+v, want %+v", t.ID, asOf, t.State(vn.Date{}), w.State(vn.Date{}))
			}
		}
	}
	for _, base := range statsQueries() {
		tasks := at(base.AsOf)
		for _, g := range tiendo.StatsGroups {
			q := base
			q.Group = g
			f.checkStats(fmt.Sprintf("history %s..%s@%s by %s", q.Period.From, q.Period.To, q.AsOf, g), q, tasks)
		}
		q := base
		q.Group, q.Weighted = tiendo.GroupOrg, true
		rows, err := f.st.TaskStats(f.ctx, q)
		must(f, err)
		for _, r := range rows {
			var c tiendo.Counts
			for _, t := range tasks {
				if fmt.Sprint(t.LeadOrgID) == r.Key && t.InPeriod(q.Period, q.AsOf) {
					c.Count(t, q.AsOf)
				}
			}
			if r.Counts != c {
				f.Fatalf("weighted %s@%s key %s:\n got %+v\nwant %+v", q.Period.From, q.AsOf, r.Key, r.Counts, c)
			}
		}
	}
}

// histories reads the past states of tasks.
func (f *fixture) histories(tasks []*tiendo.Task) []tiendo.TaskState {
	f.Helper()
	var states []tiendo.TaskState
	for _, t := range tasks {
		h, err := f.st.FindTaskHistory(f.ctx, t.ID)
		must(f, err)
		states = append(states, h...)
	}
	return states
}

// tasksAt is each task as it stood at asOf (Task.At).
func tasksAt(tasks []*tiendo.Task, states []tiendo.TaskState, asOf vn.Date) []*tiendo.Task {
	out := make([]*tiendo.Task, len(tasks))
	for i, t := range tasks {
		out[i] = t.At(asOf, states)
	}
	return out
}

// idsIn lists the ids of tasks in category k at asOf, led by lead (0: any).
func idsIn(tasks []*tiendo.Task, asOf vn.Date, k tiendo.Timeliness, lead int64) []int64 {
	var out []int64
	for _, t := range tasks {
		if t.TimelinessAt(asOf) == k && (lead == 0 || t.LeadOrgID == lead) {
			out = append(out, t.ID)
		}
	}
	return out
}
