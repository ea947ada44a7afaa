package service_test

import (
	"testing"

	"tiendo"
	"tiendo/vn"
)

// Editing an organisation keeps it where the actor administers, and its
// end and successor change only by dissolving it.
func TestEditOrgRules(t *testing.T) {
	f := newFixture(t)
	f.adminOf("admin.ph", "PH")
	read := func(code string) *tiendo.Org {
		o, err := f.svc.GetOrg(f.as("admin"), f.orgs[code])
		if err != nil {
			t.Fatal(err)
		}
		return o
	}
	cases := []struct {
		name   string
		as     string
		org    string
		change func(o *tiendo.Org)
		code   string
		field  string
	}{
		{"ward admin renames its unit", "admin.ph", "PH-CA", func(o *tiendo.Org) { o.Name = "Công an phường Phố Huế (mới)" }, "", ""},
		{"ward admin moves its unit under another ward", "admin.ph", "PH-CA", func(o *tiendo.Org) { o.ParentID = ptr(f.orgs["TD"]) }, tiendo.EFORBIDDEN, ""},
		{"ward admin makes its unit a root", "admin.ph", "PH-CA", func(o *tiendo.Org) { o.ParentID = nil }, tiendo.EFORBIDDEN, ""},
		{"ward admin edits another ward", "admin.ph", "TD", func(o *tiendo.Org) { o.Name = "X" }, tiendo.EFORBIDDEN, ""},
		{"a unit under its own child", "admin", "PH", func(o *tiendo.Org) { o.ParentID = ptr(f.orgs["PH-CA"]) }, tiendo.EINVALID, "parent_id"},
		{"an unknown parent", "admin", "PH-CA", func(o *tiendo.Org) { o.ParentID = ptr(int64(4242)) }, tiendo.EINVALID, "parent_id"},
		{"members of a police unit", "admin", "PH-CA", func(o *tiendo.Org) { o.MemberIDs = []int64{f.orgs["PH-UBND"]} }, tiendo.EINVALID, "member_ids"},
		{"an end date without dissolving", "admin", "PH-CA", func(o *tiendo.Org) { o.ValidTo = vn.NewDate(2025, 6, 30) }, tiendo.EINVALID, "valid_to"},
		{"a successor without dissolving", "admin", "PH-CA", func(o *tiendo.Org) { o.SuccessorID = ptr(f.orgs["TD"]) }, tiendo.EINVALID, "successor"},
		{"admin moves a unit across wards", "admin", "PH-CA", func(o *tiendo.Org) { o.ParentID = ptr(f.orgs["TD"]) }, "", ""},
	}
	for _, c := range cases {
		o := read(c.org)
		c.change(o)
		err := f.svc.UpdateOrg(f.as(c.as), o)
		if tiendo.ErrorCode(err) != c.code {
			t.Errorf("%s: got %v, want code %q", c.name, err, c.code)
			continue
		}
		if c.field != "" && tiendo.ErrorFields(err)[c.field] == "" {
			t.Errorf("%s: no error on %s: %v", c.name, c.field, tiendo.ErrorFields(err))
		}
	}
	if got := read("PH-CA"); got.Name != "Công an phường Phố Huế (mới)" || *got.ParentID != f.orgs["TD"] {
		t.Fatalf("after the edits: %+v", got)
	}
	// A steering committee takes members that exist.
	bcd := &tiendo.Org{Code: "BCD197", Name: "Ban Chỉ đạo 197", Kind: tiendo.KindSteeringCommittee, Level: tiendo.LevelDistrict,
		ParentID: ptr(f.orgs["HBT"]), MemberIDs: []int64{f.orgs["PH-UBND"], 4242}}
	err := f.svc.CreateOrg(f.as("admin"), bcd)
	if tiendo.ErrorFields(err)["member_ids"] == "" {
		t.Fatalf("unknown member: %v", err)
	}
	bcd.MemberIDs = []int64{f.orgs["PH-UBND"], f.orgs["HBT-QLDT"]}
	if err := f.svc.CreateOrg(f.as("admin"), bcd); err != nil {
		t.Fatal(err)
	}
}

// AdminOrgs is the subtree of the actor's admin grants.
func TestAdminOrgs(t *testing.T) {
	f := newFixture(t)
	orgs, err := f.svc.AdminOrgs(f.adminOf("admin.ph", "PH"))
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, o := range orgs {
		codes = append(codes, o.Code)
	}
	if len(codes) != 3 || codes[0] != "PH" || codes[1] != "PH-CA" || codes[2] != "PH-UBND" {
		t.Fatalf("admin.ph administers %v", codes)
	}
	if orgs, _ := f.svc.AdminOrgs(f.as("office")); len(orgs) != 0 {
		t.Fatalf("office administers %d organisations", len(orgs))
	}
}
