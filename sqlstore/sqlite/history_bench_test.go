package sqlite_test

import (
	"context"
	"os"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// BenchmarkHistoryAsOf measures the as-of answers that read the task
// history (issue 15): each view at today (the plans without history), and
// at a past as-of date with no task changed since, then with a third of
// the tasks changed after it (rows written in bulk into task_history, as
// if each had been completed or extended on 01/09 of the data's last
// year). A generated database only: it writes history rows.
func BenchmarkHistoryAsOf(b *testing.B) {
	if os.Getenv("TIENDO_BENCH_DB") != "" {
		b.Skip("writes task_history: runs on a generated database only")
	}
	st, orgs := benchStore(b)
	st.IndexStats() // StatsIndex below; the lists stay on SQL (no IndexLists)
	ctx := context.Background()
	today := tiendo.Today(tiendo.SystemClock{})
	var last vn.Date
	if err := st.DB().QueryRowContext(ctx, "SELECT MAX(assigned_on) FROM tasks").Scan(&last); err != nil {
		b.Fatal(err)
	}
	past := last.AddDays(-60)
	quarter := tiendo.DateRange{From: past.AddDays(-90), To: past}
	sqlOnly := sqlstore.New(st.DB(), st.DB(), sqlite.Dialect{}, nil)
	views := []struct {
		name string
		run  func(asOf vn.Date) error
	}{
		{"OrgOverdue", func(asOf vn.Date) error {
			_, _, err := st.FindTasks(ctx, tiendo.TaskFilter{OrgIDs: []int64{orgs[len(orgs)/2]}, AsOf: asOf,
				Timeliness: []tiendo.Timeliness{tiendo.Overdue}, Sort: tiendo.SortOverdue})
			return err
		}},
		{"AllOverdue", func(asOf vn.Date) error {
			_, _, err := st.FindTasks(ctx, tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}, AsOf: asOf,
				Sort: tiendo.SortDue, Unscoped: true})
			return err
		}},
		{"PeriodByDue", func(asOf vn.Date) error {
			_, _, err := st.FindTasks(ctx, tiendo.TaskFilter{Period: quarter, AsOf: asOf, Sort: tiendo.SortDue, Unscoped: true})
			return err
		}},
		{"StatsSQL", func(asOf vn.Date) error {
			_, err := sqlOnly.TaskStats(ctx, tiendo.StatsQuery{Period: quarter, AsOf: asOf, Group: tiendo.GroupOrg})
			return err
		}},
		{"StatsIndex", func(asOf vn.Date) error {
			_, err := st.TaskStats(ctx, tiendo.StatsQuery{Period: quarter, AsOf: asOf, Group: tiendo.GroupOrg})
			return err
		}},
	}
	run := func(label string, asOf vn.Date) {
		for _, v := range views {
			b.Run(v.name+"/"+label, func(b *testing.B) { timed(b, func() error { return v.run(asOf) }) })
		}
	}
	if err := st.WarmStats(ctx); err != nil {
		b.Fatal(err)
	}
	run("Today", today)
	run("PastNoChange", past)
	if _, err := st.DB().ExecContext(ctx, `INSERT OR IGNORE INTO task_history (task_id, until_on, from_on, due, status, completed_on, assigned_on)
		SELECT id, $1, NULL, due, 'in_progress', NULL, assigned_on FROM tasks WHERE id % 3 = 0 AND (assigned_on IS NULL OR assigned_on <= $2)`,
		vn.NewDate(last.Year, 9, 1), past); err != nil {
		b.Fatal(err)
	}
	run("PastThirdChanged", past)
}
