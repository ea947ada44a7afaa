package storetest

import (
	"reflect"
	"strings"

	"tiendo"
)

var orgCases = []testCase{
	{"Create/OK", func(f *fixture) {
		parent := f.org("Quận Hai Bà Trưng", func(o *tiendo.Org) { o.Level = tiendo.LevelDistrict })
		member := f.org("Công an phường Phố Huế", func(o *tiendo.Org) { o.Kind = tiendo.KindPolice })
		succ := f.org("Phường Hai Bà Trưng")
		o := &tiendo.Org{Code: "BCD-197", Abbrev: "BCĐ", Name: "Ban Chỉ đạo 197", Kind: tiendo.KindSteeringCommittee,
			Level: tiendo.LevelDistrict, ParentID: &parent.ID, ValidFrom: d(2019, 1, 1), ValidTo: d(2025, 6, 30),
			SuccessorID: &succ.ID, MemberIDs: []int64{member.ID, parent.ID}}
		must(f, f.st.CreateOrg(f.ctx, o))
		if o.ID == 0 || o.Version != 1 {
			f.Fatalf("after create: id %d version %d", o.ID, o.Version)
		}
		got, err := f.st.FindOrgByID(f.ctx, o.ID)
		must(f, err)
		want := *o
		want.MemberIDs = []int64{parent.ID, member.ID} // ordered by id
		if !reflect.DeepEqual(got, &want) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, &want)
		}
	}},
	{"Create/ErrDuplicateCode", func(f *fixture) {
		o := f.org("Phòng Tài chính – Kế hoạch")
		err := f.st.CreateOrg(f.ctx, &tiendo.Org{Code: o.Code, Name: "Khác", Kind: tiendo.KindDepartment, Level: tiendo.LevelDistrict})
		wantCode(f, err, tiendo.ECONFLICT)
	}},
	{"Create/ErrUnknownParent", func(f *fixture) {
		err := f.st.CreateOrg(f.ctx, &tiendo.Org{Code: "X", Name: "X", Kind: tiendo.KindOther,
			Level: tiendo.LevelCommune, ParentID: ptr(int64(4242))})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"Create/ErrUnknownMember", func(f *fixture) {
		err := f.st.CreateOrg(f.ctx, &tiendo.Org{Code: "X", Name: "X", Kind: tiendo.KindOther,
			Level: tiendo.LevelCommune, MemberIDs: []int64{4242}})
		wantCode(f, err, tiendo.EINVALID)
		_, err = f.st.FindOrgByCode(f.ctx, "X")
		wantCode(f, err, tiendo.ENOTFOUND) // the failed create left nothing behind
	}},
	{"Create/ErrInvalidKind", func(f *fixture) {
		err := f.st.CreateOrg(f.ctx, &tiendo.Org{Code: "X", Name: "X", Kind: "club", Level: tiendo.LevelCommune})
		wantCode(f, err, tiendo.EINVALID)
		err = f.st.CreateOrg(f.ctx, &tiendo.Org{Code: "Y", Name: "Y", Kind: tiendo.KindOther, Level: "galaxy"})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindOrgByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
		if !strings.Contains(tiendo.ErrorMessage(err), "4242") {
			f.Fatalf("message %q does not name the id", tiendo.ErrorMessage(err))
		}
	}},
	{"FindByCode/OK", func(f *fixture) {
		o := f.org("UBND phường Phố Huế")
		got, err := f.st.FindOrgByCode(f.ctx, o.Code)
		must(f, err)
		if got.ID != o.ID || got.MemberIDs == nil {
			f.Fatalf("got %+v", got)
		}
	}},
	{"FindByCode/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindOrgByCode(f.ctx, "NOPE")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Find/Filters", func(f *fixture) {
		root := f.org("Quận Hai Bà Trưng")
		a := f.org("UBND phường Phố Huế", func(o *tiendo.Org) { o.ParentID = &root.ID; o.Code = "B-PH" })
		b := f.org("UBND phường Trương Định", func(o *tiendo.Org) { o.ParentID = &root.ID; o.Code = "A-TD" })
		c := f.org("Phòng Quản lý đô thị", func(o *tiendo.Org) { o.Code = "C-QLDT" })
		ids := func(flt tiendo.OrgFilter) []int64 {
			f.Helper()
			orgs, err := f.st.FindOrgs(f.ctx, flt)
			must(f, err)
			out := []int64{}
			for _, o := range orgs {
				out = append(out, o.ID)
			}
			return out
		}
		wantIDs(f, "all, by code", ids(tiendo.OrgFilter{}), []int64{b.ID, a.ID, c.ID, root.ID})
		wantIDs(f, "IDs", ids(tiendo.OrgFilter{IDs: []int64{c.ID, a.ID}}), []int64{a.ID, c.ID})
		wantIDs(f, "empty IDs", ids(tiendo.OrgFilter{IDs: []int64{}}), nil)
		wantIDs(f, "ParentID", ids(tiendo.OrgFilter{ParentID: &root.ID}), []int64{b.ID, a.ID})
		wantIDs(f, "Code", ids(tiendo.OrgFilter{Code: ptr("C-QLDT")}), []int64{c.ID})
		wantIDs(f, "Query folded", ids(tiendo.OrgFilter{Query: "pho hue"}), []int64{a.ID})
		wantIDs(f, "Query accented", ids(tiendo.OrgFilter{Query: "TRƯƠNG ĐỊNH"}), []int64{b.ID})
		wantIDs(f, "Query prefix", ids(tiendo.OrgFilter{Query: "ph"}), []int64{b.ID, a.ID, c.ID})
		wantIDs(f, "Query đ", ids(tiendo.OrgFilter{Query: "do thi"}), []int64{c.ID})
		wantIDs(f, "Query and ParentID", ids(tiendo.OrgFilter{Query: "ubnd", ParentID: &root.ID, IDs: []int64{a.ID}}), []int64{a.ID})
	}},
	{"Update/OK", func(f *fixture) {
		m1, m2 := f.org("Công an quận"), f.org("Phòng Văn hóa và Thông tin")
		o := f.org("Ban Chỉ đạo 197", func(o *tiendo.Org) { o.MemberIDs = []int64{m1.ID} })
		o.Name, o.MemberIDs, o.ValidTo = "Ban Chỉ đạo 197 quận", []int64{m2.ID}, d(2025, 6, 30)
		must(f, f.st.UpdateOrg(f.ctx, o))
		if o.Version != 2 {
			f.Fatalf("version %d, want 2", o.Version)
		}
		got, err := f.st.FindOrgByID(f.ctx, o.ID)
		must(f, err)
		if !reflect.DeepEqual(got, o) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, o)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		o := f.org("Phòng Nội vụ")
		first, second := *o, *o
		first.Name = "Phòng Nội vụ quận"
		must(f, f.st.UpdateOrg(f.ctx, &first))
		second.Name = "Ghi đè"
		wantCode(f, f.st.UpdateOrg(f.ctx, &second), tiendo.ECONFLICT)
		got, err := f.st.FindOrgByID(f.ctx, o.ID)
		must(f, err)
		if got.Name != first.Name || got.Version != 2 {
			f.Fatalf("stale write overwrote: %+v", got)
		}
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		err := f.st.UpdateOrg(f.ctx, &tiendo.Org{ID: 4242, Code: "X", Name: "X", Kind: tiendo.KindOther,
			Level: tiendo.LevelCommune, Version: 1})
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Update/ErrDuplicateCode", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		b.Code = a.Code
		wantCode(f, f.st.UpdateOrg(f.ctx, b), tiendo.ECONFLICT)
	}},
	{"Update/RenameRefreshesTaskSearch", func(f *fixture) {
		o := f.org("UBND phường Lê Đại Hành")
		t := f.task(o.ID, func(t *tiendo.Task) { t.Title = "Kiểm tra vỉa hè" })
		wantIDs(f, "old name", f.findIDs(tiendo.TaskFilter{Query: "le dai hanh"}), []int64{t.ID})
		o.Name = "UBND phường Hai Bà Trưng"
		must(f, f.st.UpdateOrg(f.ctx, o))
		wantIDs(f, "old name after rename", f.findIDs(tiendo.TaskFilter{Query: "le dai hanh"}), nil)
		wantIDs(f, "new name", f.findIDs(tiendo.TaskFilter{Query: "hai ba trung"}), []int64{t.ID})
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if got.Version != t.Version {
			f.Fatalf("refreshing the search text changed the task's version")
		}
	}},
}
