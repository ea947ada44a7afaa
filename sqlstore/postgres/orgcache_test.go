package postgres_test

import (
	"context"
	"testing"

	"tiendo"
	"tiendo/sqlstore/postgres"
	"tiendo/storetest"
)

// Two servers on one database: each caches the organisation tree and
// checks the org_stamp counter per read, so either sees the other's
// committed organisation writes at once, and never a rolled-back one.
func TestOrgTreeSeesOtherInstancesWrites(t *testing.T) {
	a, b := twoInstances(t)
	storetest.OrgTreeAcrossInstances(t, a, b)
}

// The rules versions and the closings in force are cached like the tree
// (migration 00080): a second instance sees every committed change.
func TestReadCachesSeeOtherInstancesWrites(t *testing.T) {
	a, b := twoInstances(t)
	storetest.ReadCachesAcrossInstances(t, a, b)
}

// twoInstances opens two stores on one new, migrated database.
func twoInstances(t *testing.T) (tiendo.Store, tiendo.Store) {
	admin, dsn := adminDB(t)
	db := freshDatabase(t, admin, dsn)
	ctx := context.Background()
	var stores []tiendo.Store
	for range 2 {
		st, err := postgres.Open(ctx, db, tiendo.SystemClock{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		stores = append(stores, st)
	}
	return stores[0], stores[1]
}
