package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tiendo"
)

// TestPlannerStatsPinned: a migrated database holds exactly the planner
// statistics of plannerStats; after a real ANALYZE has replaced them (and
// written samples), opening the database puts them back, and the planner
// uses them again: the province's open tasks by due come from the
// partial index.
func TestPlannerStatsPinned(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "stats.db")
	st, err := Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	db := st.DB()
	check := func(when string) {
		t.Helper()
		rows, samples, err := currentPlannerStats(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if samples != 0 || !slices.Equal(rows, plannerStats) {
			t.Fatalf("%s: %d samples, sqlite_stat1 %v, want %v", when, samples, rows, plannerStats)
		}
	}
	check("migrated")
	for _, code := range []string{"A", "B", "C"} {
		o := &tiendo.Org{Code: code, Name: code, Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
		if err := st.CreateOrg(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	if rows, _, _ := currentPlannerStats(ctx, db); slices.Equal(rows, plannerStats) {
		t.Fatal("ANALYZE left the statistics as they were: the test proves nothing")
	}
	st.Close()
	st, err = Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	db = st.DB()
	check("reopened")
	var plan string
	rows, err := db.QueryContext(ctx, `EXPLAIN QUERY PLAN SELECT id FROM tasks
		WHERE +completed_on IS NULL AND status NOT IN ('withdrawn', 'postponed') AND due < '2026-01-01' ORDER BY due LIMIT 50`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		plan += detail + "; "
	}
	rows.Close()
	if !strings.Contains(plan, "tasks_open_due") {
		t.Fatalf("plan after pinning: %s", plan)
	}
}
