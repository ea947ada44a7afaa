package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/storetest"
)

// The organisation tree is cached per store and checked against the
// database on each read: a second instance on the same file must see every
// change the first one commits, at once, and never a rolled-back one.
func TestOrgTreeSeesOtherInstancesWrites(t *testing.T) {
	a, b := twoInstances(t)
	storetest.OrgTreeAcrossInstances(t, a, b)
}

// twoInstances opens two stores on one new, migrated file.
func twoInstances(t *testing.T) (tiendo.Store, tiendo.Store) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tiendo.db")
	first, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { first.Close() })
	if err := first.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	second, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { second.Close() })
	return first, second
}

// The memory bound is set on every connection of both pools.
func TestSoftHeapLimit(t *testing.T) {
	st := open(t).(*sqlstore.Store)
	var got int64
	if err := st.DB().QueryRow("PRAGMA soft_heap_limit").Scan(&got); err != nil {
		t.Fatal(err)
	}
	if got != sqlite.SoftHeapLimit {
		t.Errorf("soft_heap_limit = %d, want %d", got, sqlite.SoftHeapLimit)
	}
}

// The rules versions and the closings in force are cached like the tree
// (migration 00080): a second instance sees every committed change.
func TestReadCachesSeeOtherInstancesWrites(t *testing.T) {
	a, b := twoInstances(t)
	storetest.ReadCachesAcrossInstances(t, a, b)
}
