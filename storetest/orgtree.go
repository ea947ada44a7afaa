package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"tiendo"
	"tiendo/vn"
)

// OrgTreeAcrossInstances checks the shared organisation tree of two stores
// a and b open on the same, migrated, empty database (two instances of a
// deployment): b keeps handing out one tree while nothing changes, sees
// every organisation write a commits at once (rename, new body, move,
// members, dissolution, successor), never one a rolled back, and no change
// a caller makes to what it was given reaches the shared tree.
func OrgTreeAcrossInstances(t *testing.T, a, b tiendo.Store) {
	ctx := context.Background()
	prov := &tiendo.Org{Code: "P", Name: "Tỉnh", Kind: tiendo.KindAdministrative, Level: tiendo.LevelProvince}
	unit := &tiendo.Org{Code: "U", Name: "Sở Nội vụ", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince}
	ward := &tiendo.Org{Code: "W", Name: "Phường Phố Huế", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune}
	for _, o := range []*tiendo.Org{prov, unit, ward} {
		if err := a.CreateOrg(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	tree := func() *tiendo.OrgTree {
		t.Helper()
		tr, err := b.OrgTree(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	var newWard *tiendo.Org
	steps := []struct {
		name  string
		write func() error
		check func(*tiendo.OrgTree) bool
	}{
		{"first read fills the cache", func() error { return nil },
			func(tr *tiendo.OrgTree) bool { return tr.Org(unit.ID).Name == "Sở Nội vụ" }},
		{"a rename", func() error {
			unit.Name = "Sở Nội vụ tỉnh"
			return a.UpdateOrg(ctx, unit)
		}, func(tr *tiendo.OrgTree) bool { return tr.Org(unit.ID).Name == "Sở Nội vụ tỉnh" }},
		{"a new organisation", func() error {
			newWard = &tiendo.Org{Code: "W2", Name: "Phường Hai Bà Trưng", Kind: tiendo.KindAdministrative,
				Level: tiendo.LevelCommune, ParentID: &prov.ID}
			return a.CreateOrg(ctx, newWard)
		}, func(tr *tiendo.OrgTree) bool { return tr.Has(newWard.ID) && tr.Under(newWard.ID, prov.ID) }},
		{"a move under a parent", func() error {
			unit.ParentID = &prov.ID
			return a.UpdateOrg(ctx, unit)
		}, func(tr *tiendo.OrgTree) bool { return slices.Contains(tr.Children(prov.ID), unit.ID) }},
		{"members", func() error {
			unit.MemberIDs = []int64{ward.ID}
			return a.UpdateOrg(ctx, unit)
		}, func(tr *tiendo.OrgTree) bool { return slices.Equal(tr.Org(unit.ID).MemberIDs, []int64{ward.ID}) }},
		{"a dissolution", func() error {
			ward.ValidTo = vn.NewDate(2025, 6, 30)
			return a.UpdateOrg(ctx, ward)
		}, func(tr *tiendo.OrgTree) bool { return tr.Org(ward.ID).EndedBy(vn.NewDate(2025, 7, 1)) }},
		{"a successor", func() error {
			ward.SuccessorID = &newWard.ID
			return a.UpdateOrg(ctx, ward)
		}, func(tr *tiendo.OrgTree) bool { return tr.InForce(ward.ID, vn.NewDate(2025, 7, 1)) == newWard.ID }},
		{"a rolled-back rename", func() error {
			err := a.Tx(ctx, func(st tiendo.Store) error {
				o, err := st.FindOrgByCode(ctx, "P")
				if err != nil {
					return err
				}
				o.Name = "never"
				if err := st.UpdateOrg(ctx, o); err != nil {
					return err
				}
				if tr, err := st.OrgTree(ctx); err != nil || tr.Org(o.ID).Name != "never" {
					t.Errorf("inside the transaction the tree misses its own write: %v", err)
				}
				return errors.New("roll back")
			})
			if err == nil {
				t.Error("the transaction committed")
			}
			return nil
		}, func(tr *tiendo.OrgTree) bool { return tr.Org(prov.ID).Name == "Tỉnh" }},
	}
	for _, s := range steps {
		tree() // cached before the write
		if err := s.write(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := tree()
		if !s.check(got) {
			t.Errorf("%s: the other instance's tree does not show it", s.name)
		}
		if again := tree(); again != got {
			t.Errorf("%s: a second read built a new tree though nothing changed", s.name)
		}
	}

	// What callers get are copies: changing them changes neither the
	// shared tree nor the list.
	tr := tree()
	o := tr.Org(unit.ID)
	o.Name, o.MemberIDs[0] = "changed by a caller", -1
	*o.ParentID = -1
	kids := tr.Children(prov.ID)
	kids[0] = -1
	roots := tr.Roots()
	roots[0] = -1
	orgs, err := b.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs {
		o.Name = "changed by a caller"
		if o.ParentID != nil {
			*o.ParentID = -1
		}
	}
	if tree() != tr {
		t.Fatal("the tree was rebuilt though nothing was written")
	}
	got := tr.Org(unit.ID)
	if got.Name != "Sở Nội vụ tỉnh" || *got.ParentID != prov.ID || got.MemberIDs[0] != ward.ID ||
		slices.Contains(tr.Children(prov.ID), -1) || slices.Contains(tr.Roots(), -1) ||
		!tr.Under(unit.ID, prov.ID) {
		t.Errorf("a caller's change reached the shared tree: %+v", got)
	}
	again, err := b.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range again {
		if o.Name == "changed by a caller" || (o.ParentID != nil && *o.ParentID == -1) {
			t.Errorf("a caller's change reached the list: %+v", o)
		}
	}
}
