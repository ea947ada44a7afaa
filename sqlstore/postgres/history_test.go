package postgres_test

import (
	"context"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore/postgres"
	"tiendo/storetest"
)

// TestTaskHistoryBackfill: the task history is filled from the audit log
// (jsonb before and after) once.
func TestTaskHistoryBackfill(t *testing.T) {
	admin, dsn := adminDB(t)
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: time.Now()}
	st, err := postgres.Open(ctx, freshDatabase(t, admin, dsn), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	storetest.Backfill(t, st, clock, st.DB(), st.Migrate)
}
