package gen_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/gen"
	"tiendo/sqlstore"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/sqlstore/sqlite"
)

// sameRowsQueries read what a generated province is made of, each row as
// text, in an order that does not depend on how the rows were written.
var sameRowsQueries = []string{
	`SELECT * FROM tasks ORDER BY id`,
	`SELECT * FROM task_orgs ORDER BY task_id, org_id`,
	`SELECT * FROM task_scopes ORDER BY task_id, org_id`,
	`SELECT * FROM updates ORDER BY id`,
	`SELECT * FROM extensions ORDER BY id`,
	`SELECT action, entity_type, entity_id, after_json FROM audit_log ORDER BY id`,
}

// TestBulkMatchesPerTask: the bulk load (sqlstore.Bulk) writes the same
// database as the server's path, task by task, on both engines: every row
// of the tables a task fills, what a search finds and what the statistics
// count.
func TestBulkMatchesPerTask(t *testing.T) {
	opts := gen.Options{Orgs: 60, Tasks: 2000, Seed: 7}
	for _, engine := range []string{"sqlite", "postgres"} {
		t.Run(engine, func(t *testing.T) {
			open := func(t *testing.T) *sqlstore.Store {
				ctx := context.Background()
				var st *sqlstore.Store
				var err error
				if engine == "sqlite" {
					st, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "gen.db"), clock())
				} else {
					st, err = postgres.Open(ctx, pgtest.FreshDSN(t), clock())
				}
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { st.Close() })
				if err := st.Migrate(ctx); err != nil {
					t.Fatal(err)
				}
				return st
			}
			perTask, bulk := open(t), open(t)
			o := opts
			o.PerTask = true
			run(t, perTask, o)
			run(t, bulk, opts)
			for _, q := range sameRowsQueries {
				want, got := dump(t, perTask.DB(), q), dump(t, bulk.DB(), q)
				if len(want) == 0 {
					t.Fatalf("%s: only %d rows", q, len(want))
				}
				if i := firstDiff(want, got); i >= 0 {
					t.Errorf("%s: %d rows per task, %d in bulk; first difference at row %d:\nper task %s\nbulk     %s",
						q, len(want), len(got), i, at(want, i), at(got, i))
				}
			}
			sameReads(t, perTask, bulk)
			if engine == "postgres" { // the next task's id
				q := "SELECT pg_sequence_last_value(pg_get_serial_sequence('tasks', 'id')::regclass)"
				if a, b := dump(t, perTask.DB(), q), dump(t, bulk.DB(), q); !slices.Equal(a, b) {
					t.Errorf("tasks' identity sequence: %v per task, %v in bulk", a, b)
				}
			}
		})
	}
}

func run(t *testing.T, st tiendo.Store, opts gen.Options) {
	t.Helper()
	var out bytes.Buffer
	if _, err := gen.Generate(context.Background(), st, clock(), opts, &out); err != nil {
		t.Fatalf("Generate: %v\n%s", err, out.String())
	}
}

// sameReads compares searches and statistics through the store.
func sameReads(t *testing.T, a, b tiendo.Store) {
	ctx := context.Background()
	for _, q := range []string{"pho hue", "PHỐ HUẾ", "kiem tra", "ubnd", "quy II"} {
		f := tiendo.TaskFilter{Unscoped: true, Query: q, Sort: tiendo.SortID, Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}}
		ta, na, err := a.FindTasks(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		tb, nb, err := b.FindTasks(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if na != nb || !slices.Equal(ids(ta), ids(tb)) {
			t.Errorf("search %q: %d found per task, %d in bulk", q, na, nb)
		}
	}
	for _, g := range []tiendo.StatsGroup{tiendo.GroupOrg, tiendo.GroupCategory, tiendo.GroupDocument} {
		q := tiendo.StatsQuery{Period: tiendo.DateRange{From: today.AddDays(-365), To: today}, AsOf: today, Group: g}
		sa, err := a.TaskStats(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		sb, err := b.TaskStats(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(sa) == 0 || fmt.Sprint(sa) != fmt.Sprint(sb) {
			t.Errorf("statistics by %s differ:\nper task %v\nbulk     %v", g, sa, sb)
		}
	}
}

func ids(tasks []*tiendo.Task) []int64 {
	out := make([]int64, len(tasks))
	for i, k := range tasks {
		out[i] = k.ID
	}
	return out
}

// dump reads every row of q as text.
func dump(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var sb strings.Builder
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			fmt.Fprintf(&sb, "%s=%v ", cols[i], v)
		}
		out = append(out, sb.String())
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			return i
		}
	}
	return -1
}

func at(rows []string, i int) string {
	if i < len(rows) {
		return rows[i]
	}
	return "(none)"
}
