package sqlite_test

import (
	"context"
	"testing"

	"tiendo"
	"tiendo/sqlstore/sqlite"
)

// Pages come from the process-wide page-cache region, not one heap
// allocation each: the slots are in use after a store has read its schema
// and some rows.
func TestPageCacheRegion(t *testing.T) {
	st := open(t)
	if _, _, err := st.FindTasks(context.Background(), tiendo.TaskFilter{Unscoped: true}); err != nil {
		t.Fatal(err)
	}
	m := sqlite.Memory()
	if m.PageCachePk == 0 {
		t.Fatalf("no page-cache slot ever used (%+v): SQLITE_CONFIG_PAGECACHE not in effect", m)
	}
	if m.Used <= 0 || m.Peak < m.Used {
		t.Errorf("heap used %d, peak %d", m.Used, m.Peak)
	}
}

// A transaction whose statement journal outgrows StmtJournalSpill moves it
// to a temporary file. SQLite copies the in-memory journal there one chunk
// at a time, a chunk being StmtJournalSpill bytes, and its unix layer
// writes at most 128 KiB at once (it masks the length with 0x1ffff): at
// 4 MiB the copy wrote nothing and the statement failed with SQLITE_FULL,
// "database or disk is full". This is how a bulk load's index builds
// failed at the end of `tiendo gen`.
func TestStatementJournalSpills(t *testing.T) {
	if sqlite.StmtJournalSpill >= 128<<10 {
		t.Fatalf("StmtJournalSpill = %d: SQLite's unix layer cannot write a chunk of 128 KiB or more", sqlite.StmtJournalSpill)
	}
	ctx := context.Background()
	st := openStore(t)
	tx, err := st.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	// 8 MiB of pages written in the transaction, then changed again under a
	// savepoint, which journals each of them: twice StmtJournalSpill and
	// more, whatever its value.
	for _, q := range []string{
		"CREATE TABLE spill (v BLOB)",
		"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2800) INSERT INTO spill SELECT zeroblob(3000) FROM n",
		"SAVEPOINT s",
		"UPDATE spill SET v = zeroblob(3001)",
		"RELEASE s",
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := st.DB().QueryRowContext(ctx, "SELECT count(*) FROM spill WHERE length(v) = 3001").Scan(&n); err != nil || n != 2800 {
		t.Fatalf("%d rows changed, %v", n, err)
	}
}
