package bench

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/sqlite"
)

// benchDB is the generated database, or "" to skip.
func benchDB(b *testing.B) string {
	b.Helper()
	path := os.Getenv("TIENDO_BENCH_DB")
	if path == "" {
		b.Skip("TIENDO_BENCH_DB names no generated database (tiendo gen --db PATH --orgs 600 --tasks 1000000)")
	}
	if isPostgres(path) {
		return path
	}
	if _, err := os.Stat(path); err != nil {
		b.Skipf("TIENDO_BENCH_DB: %v", err)
	}
	return path
}

// isPostgres tells whether TIENDO_BENCH_DB names a PostgreSQL database
// (generated with tiendo gen --db postgres://…): the store benchmarks
// (StoreList, Scope) then run on it, and the HTTP ones run the server on
// it without a copy, so their writes stay in it.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// province is the organisation tree of a generated database with the
// scopes real actors hold: a ward's officer, a district's office, a
// province-wide viewer.
type province struct {
	root      int64
	wards     []int64 // commune-level localities
	districts []int64 // district-level localities
	leads     []int64 // organisations that lead tasks
	children  map[int64][]int64
	byID      map[int64]*tiendo.Org
}

func loadProvince(b *testing.B, st tiendo.Store) *province {
	b.Helper()
	orgs, err := st.FindOrgs(context.Background(), tiendo.OrgFilter{})
	if err != nil {
		b.Fatal(err)
	}
	p := &province{children: map[int64][]int64{}, byID: map[int64]*tiendo.Org{}}
	for _, o := range orgs {
		p.byID[o.ID] = o
		switch {
		case o.ParentID == nil:
			p.root = o.ID
		case o.Kind == tiendo.KindAdministrative && o.Level == tiendo.LevelCommune:
			p.wards = append(p.wards, o.ID)
		case o.Kind == tiendo.KindAdministrative && o.Level == tiendo.LevelDistrict:
			p.districts = append(p.districts, o.ID)
		}
		if o.Kind != tiendo.KindAdministrative {
			p.leads = append(p.leads, o.ID)
		}
		if o.ParentID != nil {
			p.children[*o.ParentID] = append(p.children[*o.ParentID], o.ID)
		}
	}
	if p.root == 0 || len(p.wards) == 0 || len(p.districts) == 0 {
		b.Fatalf("not a generated province: %d organisations, %d districts, %d wards", len(orgs), len(p.districts), len(p.wards))
	}
	return p
}

// subtree is what the service puts in TaskFilter.ScopeOrgIDs for a grant
// on root: root and every organisation below it, sorted.
func (p *province) subtree(root int64) []int64 {
	out := []int64{root}
	for i := 0; i < len(out); i++ {
		out = append(out, p.children[out[i]]...)
	}
	slices.Sort(out)
	return out
}

func (p *province) randomWard(rng *rand.Rand) []int64 {
	return p.subtree(p.wards[rng.IntN(len(p.wards))])
}

func (p *province) randomDistrict(rng *rand.Rand) []int64 {
	return p.subtree(p.districts[rng.IntN(len(p.districts))])
}

// openBenchStore opens the generated database as it is: scripts/bench
// migrates it first (`tiendo migrate`), since index changes are part of
// what is measured.
func openBenchStore(b *testing.B, path string) *sqlstore.Store {
	b.Helper()
	st, err := openQuiet(path)
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// openQuiet opens a SQLite store (or a PostgreSQL one, see isPostgres)
// without migrating it.
func openQuiet(path string) (*sqlstore.Store, error) {
	if isPostgres(path) {
		return postgres.Open(context.Background(), path, tiendo.SystemClock{})
	}
	return sqlite.Open(context.Background(), path, tiendo.SystemClock{})
}
