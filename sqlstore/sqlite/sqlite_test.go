package sqlite_test

import (
	"context"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/storetest"
)

// open returns a fresh, migrated store on a new file in a temp directory.
func open(t *testing.T) tiendo.Store { return openStore(t) }

// openStore is open with the store's own type.
func openStore(t *testing.T) *sqlstore.Store {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tiendo.db"), tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

// TestTaskHistoryBackfill: the task history is filled from the audit log once.
func TestTaskHistoryBackfill(t *testing.T) {
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: time.Now()}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "tiendo.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	storetest.Backfill(t, st, clock, st.DB(), st.Migrate)
}

func TestMigrateIsIdempotent(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tiendo.db")
	for range 2 {
		st, err := sqlite.Open(ctx, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		status, err := st.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(status) == 0 || !status[len(status)-1].Applied || status[0].Name != "00001_core.sql" {
			t.Fatalf("status %+v", status)
		}
		st.Close()
	}
}

func TestWriterPragmas(t *testing.T) {
	db := open(t).(*sqlstore.Store).DB()
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2", "busy_timeout": "10000",
		"wal_autocheckpoint": strconv.Itoa(sqlite.CheckpointPages),
	} {
		var got string
		if err := db.QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}
