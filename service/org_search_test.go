package service_test

import (
	"testing"

	"tiendo"
	"tiendo/service"
)

// pickerFixture adds a second district whose ward bears the same name as
// one of Hai Bà Trưng's, and a ward with đ in its name that has ended.
func pickerFixture(t *testing.T) *fixture {
	f := newFixture(t)
	sys := f.as("system")
	for _, o := range []struct{ code, name, parent string }{
		{"DD", "Quận Đống Đa", ""},
		{"DD-PH", "Phường Phố Huế", "DD"},
		{"HBT-DC", "Phường Đồng Nhân", "HBT"},
	} {
		org := &tiendo.Org{Code: o.code, Name: o.name, Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune}
		if o.code == "DD" {
			org.Level = tiendo.LevelDistrict
		}
		if o.parent != "" {
			org.ParentID = ptr(f.orgs[o.parent])
		}
		if err := f.svc.CreateOrg(sys, org); err != nil {
			t.Fatal(err)
		}
		f.orgs[o.code] = org.ID
	}
	dc, err := f.svc.GetOrg(sys, f.orgs["HBT-DC"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.DissolveOrg(f.as("admin"), dc.ID, f.orgs["PH"], date(2020, 1, 1), dc.Version); err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSearchOrgs(t *testing.T) {
	f := pickerFixture(t)
	codes := func(hits []service.OrgHit) []string {
		var out []string
		for _, h := range hits {
			out = append(out, f.codeOf(h.ID))
		}
		return out
	}
	for _, tc := range []struct {
		name, login string
		in          service.OrgSearch
		want        []string
	}{
		{"folded, district before commune", "office", service.OrgSearch{Query: "hai ba"}, []string{"HBT", "HBT-UBND"}},
		{"đ folds to d, ended after current, successor offered", "office", service.OrgSearch{Query: "dong"}, []string{"DD", "PH", "HBT-DC"}},
		{"upper case and marks", "office", service.OrgSearch{Query: "PHỐ HUẾ"}, []string{"PH-CA", "DD-PH", "PH", "PH-UBND"}},
		{"last word is a prefix, earlier words whole", "office", service.OrgSearch{Query: "pho h"}, []string{"PH-CA", "DD-PH", "PH", "PH-UBND"}},
		{"assignable only", "office", service.OrgSearch{Query: "pho hue", Assignable: true}, []string{"PH-CA", "PH", "PH-UBND"}},
		{"by ids", "phohue", service.OrgSearch{IDs: []int64{f.orgs["TD"], f.orgs["HBT"]}}, []string{"HBT", "TD"}},
		{"limit", "office", service.OrgSearch{Query: "phuong", Limit: 2}, []string{"PH-CA", "DD-PH"}},
		{"blank query finds nothing", "office", service.OrgSearch{Query: " ,. "}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hits, err := f.svc.SearchOrgs(f.as(tc.login), tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := codes(hits); !equalStrings(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}

	hits, err := f.svc.SearchOrgs(f.as("office"), service.OrgSearch{Query: "phuong pho hue"})
	if err != nil || len(hits) != 4 {
		t.Fatalf("%v %+v", err, hits)
	}
	hits = hits[1:] // after Công an phường Phố Huế, by name
	for _, h := range hits[:2] {
		if !h.SameName || h.ParentName == "" {
			t.Errorf("%s: same name %v, parent %q: two Phố Huế wards must be told apart by parent", h.Code, h.SameName, h.ParentName)
		}
	}
	if hits[2].SameName {
		t.Errorf("UBND phường Phố Huế has no namesake")
	}
	if hits[0].ParentName != "Quận Đống Đa" || hits[1].ParentName != "Quận Hai Bà Trưng" {
		t.Errorf("parents %q, %q", hits[0].ParentName, hits[1].ParentName)
	}

	ended, err := f.svc.SearchOrgs(f.as("office"), service.OrgSearch{Query: "dong nhan"})
	if err != nil || len(ended) != 2 || ended[0].ID != f.orgs["PH"] {
		t.Fatalf("the successor must be offered first, in force: %v %+v", err, ended)
	}
	ended = ended[1:]
	if e := ended[0]; !e.Ended || e.SuccessorID == nil || *e.SuccessorID != f.orgs["PH"] || e.SuccessorName != "Phường Phố Huế" {
		t.Errorf("ended ward: %+v", e)
	}
	before, err := f.svc.SearchOrgs(f.as("office"), service.OrgSearch{Query: "dong nhan", On: date(2019, 12, 31)})
	if err != nil || len(before) != 1 || before[0].Ended {
		t.Errorf("on a day it was in force: %v %+v", err, before)
	}

	_, err = f.svc.SearchOrgs(t.Context(), service.OrgSearch{Query: "pho"})
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}

func (f *fixture) codeOf(id int64) string {
	for c, v := range f.orgs {
		if v == id {
			return c
		}
	}
	return "?"
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
