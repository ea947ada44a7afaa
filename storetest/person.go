package storetest

import (
	"fmt"
	"reflect"

	"tiendo"
)

var personCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o1, o2 := f.org("UBND phường Phố Huế"), f.org("Văn phòng UBND phường")
		p := &tiendo.Person{FullName: "Nguyễn Thị Hà", Email: "ha@example.vn", Phone: "0912",
			Positions: []tiendo.Position{
				{OrgID: o1.ID, Title: "Phó Chủ tịch UBND phường", IsHead: false, ValidFrom: d(2021, 7, 1)},
				{OrgID: o2.ID, Title: "Chánh Văn phòng", IsHead: true},
			}}
		must(f, f.st.CreatePerson(f.ctx, p))
		if p.ID == 0 || p.Version != 1 || p.Positions[0].ID == 0 || p.Positions[1].PersonID != p.ID {
			f.Fatalf("after create: %+v", p)
		}
		got, err := f.st.FindPersonByID(f.ctx, p.ID)
		must(f, err)
		if !reflect.DeepEqual(got, p) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, p)
		}
	}},
	{"Create/ErrUnknownOrg", func(f *fixture) {
		p := &tiendo.Person{FullName: "Trần Văn B", Positions: []tiendo.Position{{OrgID: 4242, Title: "Cán bộ"}}}
		wantCode(f, f.st.CreatePerson(f.ctx, p), tiendo.EINVALID)
		_, total, err := f.st.FindPeople(f.ctx, tiendo.PersonFilter{})
		must(f, err)
		if total != 0 {
			f.Fatalf("a failed create left %d people", total)
		}
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindPersonByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Find/Filters", func(f *fixture) {
		o1, o2 := f.org("A"), f.org("B")
		mk := func(name string, org int64) int64 {
			p := &tiendo.Person{FullName: name, Positions: []tiendo.Position{{OrgID: org, Title: "Cán bộ"}}}
			must(f, f.st.CreatePerson(f.ctx, p))
			return p.ID
		}
		ha := mk("Đặng Thu Hà", o1.ID)
		an := mk("Lê Văn An", o2.ID)
		binh := mk("Đỗ Bình", o1.ID)
		find := func(flt tiendo.PersonFilter) ([]int64, int) {
			f.Helper()
			people, total, err := f.st.FindPeople(f.ctx, flt)
			must(f, err)
			ids := []int64{}
			for _, p := range people {
				ids = append(ids, p.ID)
			}
			return ids, total
		}
		ids, total := find(tiendo.PersonFilter{})
		wantIDs(f, "all by folded name", ids, []int64{ha, binh, an}) // dang, do, le
		if total != 3 {
			f.Fatalf("total %d", total)
		}
		ids, _ = find(tiendo.PersonFilter{OrgIDs: []int64{o1.ID}})
		wantIDs(f, "OrgIDs", ids, []int64{ha, binh})
		ids, _ = find(tiendo.PersonFilter{OrgIDs: []int64{}})
		wantIDs(f, "empty OrgIDs", ids, nil)
		ids, _ = find(tiendo.PersonFilter{Query: "dang"})
		wantIDs(f, "Query đ", ids, []int64{ha})
		ids, _ = find(tiendo.PersonFilter{Query: "ĐỖ"})
		wantIDs(f, "Query accented", ids, []int64{binh})
		ids, total = find(tiendo.PersonFilter{Page: tiendo.Page{Page: 2, PerPage: 2}})
		wantIDs(f, "page 2", ids, []int64{an})
		if total != 3 {
			f.Fatalf("paged total %d, want 3", total)
		}
	}},
}

var accountCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("UBND quận")
		p := &tiendo.Person{FullName: "Phạm Văn C"}
		must(f, f.st.CreatePerson(f.ctx, p))
		a := &tiendo.Account{Login: "pvc", PersonID: &p.ID, PasswordHash: "$argon2id$x", Locale: "en",
			Grants: []tiendo.Grant{{Role: tiendo.RoleOffice, OrgID: &o.ID}, {Role: tiendo.RoleAdmin}}}
		must(f, f.st.CreateAccount(f.ctx, a))
		if a.ID == 0 || a.Version != 1 || a.CreatedAt.IsZero() {
			f.Fatalf("after create: %+v", a)
		}
		for _, get := range []func() (*tiendo.Account, error){
			func() (*tiendo.Account, error) { return f.st.FindAccountByID(f.ctx, a.ID) },
			func() (*tiendo.Account, error) { return f.st.FindAccountByLogin(f.ctx, "pvc") },
		} {
			got, err := get()
			must(f, err)
			if !reflect.DeepEqual(got, a) {
				f.Fatalf("read back\n got %+v\nwant %+v", got, a)
			}
		}
	}},
	{"Create/ErrDuplicateLogin", func(f *fixture) {
		f.account("hanh", tiendo.RoleAdmin, nil)
		a := &tiendo.Account{Login: "hanh", Locale: "vi", Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin}}}
		wantCode(f, f.st.CreateAccount(f.ctx, a), tiendo.ECONFLICT)
	}},
	{"Create/ErrGrantWithoutOrg", func(f *fixture) {
		a := &tiendo.Account{Login: "x", Locale: "vi", Grants: []tiendo.Grant{{Role: tiendo.RoleOfficer}}}
		wantCode(f, f.st.CreateAccount(f.ctx, a), tiendo.EINVALID)
		_, err := f.st.FindAccountByLogin(f.ctx, "x")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Create/ErrUnknownGrantOrg", func(f *fixture) {
		a := &tiendo.Account{Login: "x", Locale: "vi", Grants: []tiendo.Grant{{Role: tiendo.RoleOfficer, OrgID: ptr(int64(4242))}}}
		wantCode(f, f.st.CreateAccount(f.ctx, a), tiendo.EINVALID)
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindAccountByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
		_, err = f.st.FindAccountByLogin(f.ctx, "nobody")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Find/OrderedByLogin", func(f *fixture) {
		for _, l := range []string{"vien", "an", "minh"} {
			f.account(l, tiendo.RoleAdmin, nil)
		}
		list, err := f.st.FindAccounts(f.ctx)
		must(f, err)
		var got []string
		for _, a := range list {
			got = append(got, a.Login)
			if len(a.Grants) != 1 {
				f.Fatalf("%s has grants %v", a.Login, a.Grants)
			}
		}
		if fmt.Sprint(got) != "[an minh vien]" {
			f.Fatalf("got %v", got)
		}
	}},
	{"Update/OK", func(f *fixture) {
		o := f.org("UBND phường")
		a := f.account("lan", tiendo.RoleViewer, &o.ID)
		created := a.CreatedAt
		a.Disabled, a.Locale, a.PasswordHash = true, "en", "new"
		a.Grants = []tiendo.Grant{{Role: tiendo.RoleLeader, OrgID: &o.ID}, {Role: tiendo.RoleOfficer, OrgID: &o.ID}}
		must(f, f.st.UpdateAccount(f.ctx, a))
		if a.Version != 2 {
			f.Fatalf("version %d", a.Version)
		}
		got, err := f.st.FindAccountByID(f.ctx, a.ID)
		must(f, err)
		if !reflect.DeepEqual(got, a) || !got.CreatedAt.Equal(created) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, a)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		a := f.account("lan", tiendo.RoleAdmin, nil)
		stale := *a
		a.Disabled = true
		must(f, f.st.UpdateAccount(f.ctx, a))
		stale.PasswordHash = "overwrite"
		wantCode(f, f.st.UpdateAccount(f.ctx, &stale), tiendo.ECONFLICT)
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		a := &tiendo.Account{ID: 4242, Login: "ghost", Locale: "vi", Version: 1}
		wantCode(f, f.st.UpdateAccount(f.ctx, a), tiendo.ENOTFOUND)
	}},
	{"Update/ErrDuplicateLogin", func(f *fixture) {
		f.account("one", tiendo.RoleAdmin, nil)
		b := f.account("two", tiendo.RoleAdmin, nil)
		b.Login = "one"
		wantCode(f, f.st.UpdateAccount(f.ctx, b), tiendo.ECONFLICT)
	}},
	{"Token/OK", func(f *fixture) {
		a := f.account("api", tiendo.RoleAdmin, nil)
		tok := &tiendo.Token{AccountID: a.ID, Hash: "3f2a", Name: "báo cáo tự động"}
		must(f, f.st.CreateToken(f.ctx, tok))
		if tok.ID == 0 || tok.CreatedAt.IsZero() {
			f.Fatalf("after create: %+v", tok)
		}
		got, err := f.st.FindAccountByTokenHash(f.ctx, "3f2a")
		must(f, err)
		if got.ID != a.ID || len(got.Grants) != 1 {
			f.Fatalf("got %+v", got)
		}
	}},
	{"Token/ErrUnknownHash", func(f *fixture) {
		_, err := f.st.FindAccountByTokenHash(f.ctx, "nope")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Token/ErrDuplicateHash", func(f *fixture) {
		a := f.account("api", tiendo.RoleAdmin, nil)
		must(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: a.ID, Hash: "h1"}))
		wantCode(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: a.ID, Hash: "h1"}), tiendo.ECONFLICT)
	}},
	{"Token/ErrUnknownAccount", func(f *fixture) {
		wantCode(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: 4242, Hash: "h"}), tiendo.EINVALID)
	}},
}
