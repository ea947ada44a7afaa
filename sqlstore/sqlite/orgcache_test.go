package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
)

// The organisation list is cached per store and checked against the
// database on each read: a second instance on the same file must see every
// change the first one commits, at once, and never a rolled-back one.
func TestOrgListSeesOtherInstancesWrites(t *testing.T) {
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
	parent := &tiendo.Org{Code: "P", Name: "Tỉnh", Kind: tiendo.KindAdministrative, Level: tiendo.LevelProvince}
	unit := &tiendo.Org{Code: "U", Name: "Sở Nội vụ", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince}
	for _, o := range []*tiendo.Org{parent, unit} {
		if err := a.CreateOrg(ctx, o); err != nil {
			t.Fatal(err)
		}
	}
	names := func() map[string]string {
		t.Helper()
		orgs, err := b.FindOrgs(ctx, tiendo.OrgFilter{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, o := range orgs {
			out[o.Code] = o.Name
		}
		return out
	}
	steps := []struct {
		name  string
		write func() error
		want  map[string]string
	}{
		{"first read fills the cache", func() error { return nil }, map[string]string{"P": "Tỉnh", "U": "Sở Nội vụ"}},
		{"a rename by the other instance", func() error {
			unit.Name = "Sở Nội vụ tỉnh"
			return a.UpdateOrg(ctx, unit)
		}, map[string]string{"P": "Tỉnh", "U": "Sở Nội vụ tỉnh"}},
		{"a new organisation", func() error {
			return a.CreateOrg(ctx, &tiendo.Org{Code: "V", Name: "Sở Y tế", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince})
		}, map[string]string{"P": "Tỉnh", "U": "Sở Nội vụ tỉnh", "V": "Sở Y tế"}},
		{"a move under a parent", func() error {
			unit.ParentID = &parent.ID
			return a.UpdateOrg(ctx, unit)
		}, map[string]string{"P": "Tỉnh", "U": "Sở Nội vụ tỉnh", "V": "Sở Y tế"}},
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
				if orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{}); err != nil || orgs[0].Name != "never" {
					t.Errorf("inside the transaction: %v, %v", orgs, err)
				}
				return errors.New("roll back")
			})
			if err == nil {
				t.Error("the transaction committed")
			}
			return nil
		}, map[string]string{"P": "Tỉnh", "U": "Sở Nội vụ tỉnh", "V": "Sở Y tế"}},
	}
	for _, s := range steps {
		if err := s.write(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		got := names()
		if len(got) != len(s.want) {
			t.Errorf("%s: %v, want %v", s.name, got, s.want)
		}
		for code, name := range s.want {
			if got[code] != name {
				t.Errorf("%s: %s is %q, want %q", s.name, code, got[code], name)
			}
		}
	}
	orgs, err := b.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs {
		if o.Code == "U" && (o.ParentID == nil || *o.ParentID != parent.ID) {
			t.Errorf("U's parent is %v, want %d", o.ParentID, parent.ID)
		}
		o.Name, o.MemberIDs = "changed by a caller", append(o.MemberIDs, 99)
		if o.ParentID != nil {
			*o.ParentID = -1
		}
	}
	if got := names(); got["U"] != "Sở Nội vụ tỉnh" {
		t.Errorf("a caller's change reached the cache: %v", got)
	}
	again, _ := b.FindOrgs(ctx, tiendo.OrgFilter{})
	for _, o := range again {
		if len(o.MemberIDs) != 0 || (o.ParentID != nil && *o.ParentID == -1) {
			t.Errorf("a caller's change reached the cache: %+v", o)
		}
	}
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
