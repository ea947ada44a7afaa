package gen_test

import (
	"bytes"
	"context"
	"testing"

	"tiendo/gen"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
)

// TestGenerateVacuumsPostgres: a generated PostgreSQL database ends
// vacuumed and analysed, so index-only scans skip the heap and the planner
// knows the tables' sizes from the first query.
func TestGenerateVacuumsPostgres(t *testing.T) {
	ctx := context.Background()
	st, err := postgres.Open(ctx, pgtest.FreshDSN(t), clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := gen.Generate(ctx, st, clock(), gen.Options{Orgs: 20, Tasks: 300, Seed: 1, Years: 1}, &out); err != nil {
		t.Fatalf("Generate: %v\n%s", err, out.String())
	}
	db := st.DB()
	for _, table := range []string{"tasks", "task_orgs", "task_scopes"} {
		var vacuumed, analysed bool
		err := db.QueryRowContext(ctx, `SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL
			FROM pg_stat_user_tables WHERE relname = $1`, table).Scan(&vacuumed, &analysed)
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		if !vacuumed || !analysed {
			t.Errorf("%s: vacuumed %v, analysed %v after gen", table, vacuumed, analysed)
		}
	}
}
