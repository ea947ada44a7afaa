package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/storetest"
)

// The organisation tree is cached per store and checked against the
// database on each read: a second instance on the same file must see every
// change the first one commits, at once, and never a rolled-back one.
func TestOrgTreeSeesOtherInstancesWrites(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tiendo.db")
	a, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	storetest.OrgTreeAcrossInstances(t, a, b)
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
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tiendo.db")
	a, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	b, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	storetest.ReadCachesAcrossInstances(t, a, b)
}
