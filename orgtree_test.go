package tiendo_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

func id(v int64) *int64 { return &v }

func day(y int, m time.Month, d int) vn.Date { return vn.NewDate(y, m, d) }

// testTree: a city with two wards, a department under the first, a second
// top-level body, and a reform chain: 6 ended 30/06/2025 into 7, which
// ended 31/12/2025 into 8.
func testTree() *tiendo.OrgTree {
	return tiendo.NewOrgTree([]*tiendo.Org{
		{ID: 1},
		{ID: 2, ParentID: id(1)},
		{ID: 3, ParentID: id(1)},
		{ID: 4, ParentID: id(2)},
		{ID: 5},
		{ID: 6, ParentID: id(1), ValidTo: day(2025, 6, 30), SuccessorID: id(7)},
		{ID: 7, ParentID: id(1), ValidFrom: day(2025, 7, 1), ValidTo: day(2025, 12, 31), SuccessorID: id(8)},
		{ID: 8, ParentID: id(1), ValidFrom: day(2026, 1, 1)},
		{ID: 9, ParentID: id(5), ValidTo: day(2025, 6, 30)},
	})
}

func sorted(ids []int64) []int64 { return slices.Sorted(slices.Values(ids)) }

func TestOrgTreeWalks(t *testing.T) {
	tr := testTree()
	subtrees := []struct {
		root int64
		want []int64
	}{
		{1, []int64{1, 2, 3, 4, 6, 7, 8}},
		{2, []int64{2, 4}},
		{4, []int64{4}},
		{5, []int64{5, 9}},
		{99, []int64{99}}, // unknown: only itself, so a filter on it matches nothing else
	}
	for _, c := range subtrees {
		got := tr.Subtree(c.root)
		if got[0] != c.root || !slices.Equal(sorted(got), c.want) {
			t.Errorf("Subtree(%d) = %v, want %v with the root first", c.root, got, c.want)
		}
	}
	if got := tr.Subtrees([]int64{4, 2, 5}); !slices.Equal(got, []int64{2, 4, 5, 9}) {
		t.Errorf("Subtrees = %v, want sorted union without repeats", got)
	}
	if got := tr.Subtrees(nil); got == nil || len(got) != 0 {
		t.Errorf("Subtrees(nil) = %#v, want an empty non-nil list", got)
	}
	ancestors := []struct {
		org  int64
		want []int64
	}{
		{4, []int64{4, 2, 1}}, {1, []int64{1}}, {9, []int64{9, 5}}, {99, nil},
	}
	for _, c := range ancestors {
		if got := tr.Ancestors(c.org); !slices.Equal(got, c.want) {
			t.Errorf("Ancestors(%d) = %v, want %v", c.org, got, c.want)
		}
	}
	under := []struct {
		id, root int64
		want     bool
	}{
		{4, 1, true}, {4, 2, true}, {4, 4, true}, {1, 4, false}, {4, 3, false}, {4, 5, false},
		{99, 99, true}, {99, 1, false},
	}
	for _, c := range under {
		if got := tr.Under(c.id, c.root); got != c.want {
			t.Errorf("Under(%d, %d) = %v, want %v", c.id, c.root, got, c.want)
		}
	}
	if got := tr.Roots(); !slices.Equal(got, []int64{1, 5}) {
		t.Errorf("Roots = %v", got)
	}
	if got := tr.IDs(); !slices.Equal(got, []int64{1, 2, 3, 4, 5, 6, 7, 8, 9}) {
		t.Errorf("IDs = %v", got)
	}
	if got := tr.Children(1); !slices.Equal(got, []int64{2, 3, 6, 7, 8}) {
		t.Errorf("Children(1) = %v, want input order", got)
	}
	if tr.Org(4) == nil || tr.Org(99) != nil {
		t.Error("Org finds known ids only")
	}
}

func TestOrgTreeInForce(t *testing.T) {
	tr := testTree()
	cases := []struct {
		org  int64
		on   vn.Date
		want int64
	}{
		{6, day(2025, 1, 1), 6}, // still in force
		{6, day(2025, 9, 1), 7}, // one step
		{6, day(2026, 3, 1), 8}, // the whole chain
		{7, day(2026, 3, 1), 8},
		{8, day(2026, 3, 1), 8},
		{9, day(2026, 3, 1), 9},   // ended without a successor
		{4, day(2026, 3, 1), 4},   // never ended
		{99, day(2026, 3, 1), 99}, // unknown
		{6, day(2024, 1, 1), 6},
	}
	for _, c := range cases {
		if got := tr.InForce(c.org, c.on); got != c.want {
			t.Errorf("InForce(%d, %s) = %d, want %d", c.org, c.on.Format(), got, c.want)
		}
	}
}

// TestOrgTreeBadData: a parent cycle or a successor cycle in the data ends
// the walks instead of looping.
func TestOrgTreeBadData(t *testing.T) {
	tr := tiendo.NewOrgTree([]*tiendo.Org{
		{ID: 1, ParentID: id(2)}, {ID: 2, ParentID: id(1)},
		{ID: 3, ValidTo: day(2020, 1, 1), SuccessorID: id(4)}, {ID: 4, ValidTo: day(2020, 1, 1), SuccessorID: id(3)},
	})
	if got := sorted(tr.Subtree(1)); !slices.Equal(got, []int64{1, 2}) {
		t.Errorf("Subtree in a cycle = %v", got)
	}
	if got := len(tr.Ancestors(1)); got != 64 {
		t.Errorf("Ancestors in a cycle: %d ids, want the bound 64", got)
	}
	if tr.Under(1, 5) {
		t.Error("Under in a cycle found an organisation outside it")
	}
	if got := tr.InForce(3, day(2026, 1, 1)); got != 3 && got != 4 {
		t.Errorf("InForce in a cycle = %d", got)
	}
}

// randomTree builds n organisations, each below an earlier one or at the
// top, in a shuffled order (the store's order is by code, not by depth).
func randomTree(seed uint64, n int) ([]*tiendo.Org, map[int64]*int64) {
	rng := rand.New(rand.NewPCG(seed, seed>>7|1))
	parent := map[int64]*int64{}
	orgs := make([]*tiendo.Org, n)
	for i := range orgs {
		o := &tiendo.Org{ID: int64(i + 1)}
		if i > 0 && rng.IntN(5) > 0 {
			o.ParentID = id(int64(rng.IntN(i) + 1))
		}
		parent[o.ID] = o.ParentID
		orgs[i] = o
	}
	rng.Shuffle(n, func(i, j int) { orgs[i], orgs[j] = orgs[j], orgs[i] })
	return orgs, parent
}

// FuzzOrgTree checks on random trees that the walks agree: the subtrees of
// the roots partition the tree, x is Under y exactly when x is in y's
// subtree and y among x's ancestors, and each ancestor chain climbs parent
// by parent to a root.
func FuzzOrgTree(f *testing.F) {
	for _, s := range []uint64{0, 1, 7, 42, 1 << 40} {
		f.Add(s, uint8(30))
	}
	f.Fuzz(func(t *testing.T, seed uint64, size uint8) {
		n := int(size)%60 + 1
		orgs, parent := randomTree(seed, n)
		tr := tiendo.NewOrgTree(orgs)
		var all []int64
		for _, r := range tr.Roots() {
			all = append(all, tr.Subtree(r)...)
		}
		if !slices.Equal(sorted(all), tr.IDs()) || !slices.Equal(tr.Subtrees(tr.Roots()), tr.IDs()) {
			t.Fatalf("the roots' subtrees %v are not the tree %v", sorted(all), tr.IDs())
		}
		for x := int64(1); x <= int64(n); x++ {
			anc := tr.Ancestors(x)
			if anc[0] != x || parent[anc[len(anc)-1]] != nil {
				t.Fatalf("Ancestors(%d) = %v: must start at it and end at a root", x, anc)
			}
			for i := 1; i < len(anc); i++ {
				if p := parent[anc[i-1]]; p == nil || *p != anc[i] {
					t.Fatalf("Ancestors(%d) = %v skips a level", x, anc)
				}
			}
			for y := int64(1); y <= int64(n); y++ {
				in := slices.Contains(tr.Subtree(y), x)
				if tr.Under(x, y) != in || slices.Contains(anc, y) != in {
					t.Fatalf("Under(%d, %d) = %v, in subtree %v, among ancestors %v", x, y, tr.Under(x, y), in, anc)
				}
			}
		}
	})
}

// A tree is shared between requests: nothing a caller does to what it
// was given or built it from may change it.
func TestOrgTreeIsImmutable(t *testing.T) {
	root := &tiendo.Org{ID: 1, Name: "Tỉnh"}
	unit := &tiendo.Org{ID: 2, Name: "Sở", ParentID: id(1), SuccessorID: id(3), MemberIDs: []int64{3}}
	next := &tiendo.Org{ID: 3, Name: "Sở mới", ParentID: id(1)}
	orgs := []*tiendo.Org{root, unit, next}
	tr := tiendo.NewOrgTree(orgs)

	unit.Name, *unit.ParentID, unit.MemberIDs[0] = "input changed", 3, 9 // the caller's own orgs
	orgs[0] = &tiendo.Org{ID: 7}
	o := tr.Org(2) // a copy handed out
	o.Name, *o.ParentID, *o.SuccessorID, o.MemberIDs[0] = "copy changed", 3, 1, 9
	for _, x := range tr.Orgs() {
		x.Name = "list changed"
	}
	tr.Children(1)[0] = 9
	tr.Roots()[0] = 9
	tr.SuccessorInForce(2, vn.NewDate(2025, 1, 1)).Name = "successor changed"

	got := tr.Org(2)
	if got.Name != "Sở" || *got.ParentID != 1 || *got.SuccessorID != 3 || !slices.Equal(got.MemberIDs, []int64{3}) {
		t.Errorf("org 2 changed through a caller: %+v", got)
	}
	if n := tr.Org(3).Name; n != "Sở mới" {
		t.Errorf("org 3 is %q", n)
	}
	if !slices.Equal(tr.Children(1), []int64{2, 3}) || !slices.Equal(tr.Roots(), []int64{1}) {
		t.Errorf("children %v, roots %v", tr.Children(1), tr.Roots())
	}
	if !tr.Under(2, 1) || tr.Under(2, 3) || tr.Has(7) {
		t.Error("the hierarchy changed through a caller")
	}
}

// TestOrgTreeIsWard: a ward or commune is a commune-level unit not inside
// another one, whether under a city, a former district or at a root; the
// bodies inside it and units of other levels are not.
func TestOrgTreeIsWard(t *testing.T) {
	tr := tiendo.NewOrgTree([]*tiendo.Org{
		{ID: 1, Level: tiendo.LevelProvince},
		{ID: 2, ParentID: id(1), Level: tiendo.LevelCommune},  // a ward under the city
		{ID: 3, ParentID: id(2), Level: tiendo.LevelCommune},  // its People's Committee
		{ID: 4, ParentID: id(3), Level: tiendo.LevelCommune},  // an office of it
		{ID: 5, ParentID: id(1), Level: tiendo.LevelDistrict}, // a former district
		{ID: 6, ParentID: id(5), Level: tiendo.LevelCommune},  // a ward under it
		{ID: 7, ParentID: id(1), Level: tiendo.LevelProvince}, // a department
		{ID: 8, Level: tiendo.LevelCommune},                   // a commune at a root
	})
	for _, c := range []struct {
		id   int64
		want bool
	}{{1, false}, {2, true}, {3, false}, {4, false}, {5, false}, {6, true}, {7, false}, {8, true}, {99, false}} {
		if got := tr.IsWard(c.id); got != c.want {
			t.Errorf("IsWard(%d) = %v, want %v", c.id, got, c.want)
		}
	}
}
