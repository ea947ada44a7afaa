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
