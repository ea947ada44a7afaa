package service_test

import (
	"context"
	"slices"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

func TestDelegate(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	child, err := f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["PH-CA"]), Title: "Kiểm tra PCCC"})
	if err != nil {
		t.Fatal(err)
	}
	if child.ParentID == nil || *child.ParentID != task.ID || child.LeadOrgID != f.orgs["PH-CA"] || child.Due != task.Due {
		t.Fatalf("child: %+v", child)
	}
	if *child.AssignedByOrg != f.orgs["PH"] {
		t.Fatalf("child assigned by %d, want the parent's lead unit", *child.AssignedByOrg)
	}
	// The ward office confirms what it delegated: here the ward officer has no
	// office role, so only the district office (whose scope covers it) can.
	_, err = f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["TD"])})
	wantCode(t, err, tiendo.EINVALID) // not a sub-unit
	_, err = f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["PH-CA"]), Due: date(2020, 2, 1)})
	wantCode(t, err, tiendo.EINVALID) // later than the parent
	_, err = f.svc.Delegate(f.as("viewer"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["PH-CA"])})
	wantCode(t, err, tiendo.EFORBIDDEN)

	kids, _, err := f.svc.ListTasks(f.as("phohue"), tiendo.TaskFilter{ParentID: &task.ID})
	if err != nil || len(kids) != 1 {
		t.Fatalf("children: %v %d", err, len(kids))
	}
}

// TestDelegationTargets: the units offered for delegation are those below
// the lead unit, for whoever may delegate, and none for anyone else.
func TestDelegationTargets(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	cases := []struct {
		login string
		want  []string
	}{
		{"phohue", []string{"PH-CA", "PH-UBND"}}, // the lead's officer
		{"office", []string{"PH-CA", "PH-UBND"}}, // the district office above it
		{"viewer", nil},                          // sees it, may not delegate
		{"leader", nil},
	}
	for _, c := range cases {
		orgs, err := f.svc.DelegationTargets(f.as(c.login), task.ID)
		if err != nil {
			t.Fatalf("%s: %v", c.login, err)
		}
		var got []string
		for _, o := range orgs {
			got = append(got, o.Code)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: targets %v, want %v", c.login, got, c.want)
		}
	}
	_, err := f.svc.DelegationTargets(f.as("truongdinh"), task.ID)
	wantCode(t, err, tiendo.ENOTFOUND) // out of scope
}

// TestIsWholeTreeAdmin: only a whole-tree admin (or an internal job) may
// create top-level organisations; the pages ask the service.
func TestIsWholeTreeAdmin(t *testing.T) {
	f := newFixture(t)
	for login, want := range map[string]bool{"admin": true, "system": true, "office": false, "phohue": false} {
		if got := f.svc.IsWholeTreeAdmin(f.as(login)); got != want {
			t.Errorf("%s: IsWholeTreeAdmin = %v, want %v", login, got, want)
		}
		if got := f.svc.CanEditCalendar(f.as(login)); got != want {
			t.Errorf("%s: CanEditCalendar = %v, want %v", login, got, want)
		}
	}
	if f.svc.IsWholeTreeAdmin(context.Background()) {
		t.Error("no actor is no admin")
	}
}

func TestDissolveMovesOpenTasks(t *testing.T) {
	f := newFixture(t)
	open := f.task("PH", "trước ngày 06/01/2020")
	closed := f.task("PH", "trước ngày 06/01/2020")
	if _, err := f.svc.Withdraw(f.as("office"), closed.ID, service.ActionInput{Version: f.ver(closed.ID), Reason: "r"}); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.DissolveOrg(f.as("office"), f.orgs["PH"], f.orgs["TD"], date(2020, 1, 2), 1)
	wantCode(t, err, tiendo.EFORBIDDEN)
	ph, err := f.svc.GetOrg(f.as("admin"), f.orgs["PH"])
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct {
		on      vn.Date
		version int
		code    string
	}{
		{date(2020, 1, 2), 0, tiendo.EINVALID},
		{date(2020, 1, 2), ph.Version + 1, tiendo.ECONFLICT},
		{date(1, 1, 1), ph.Version, tiendo.EINVALID},
	} {
		_, err := f.svc.DissolveOrg(f.as("admin"), f.orgs["PH"], f.orgs["TD"], bad.on, bad.version)
		wantCode(t, err, bad.code)
	}
	res, err := f.svc.DissolveOrg(f.as("admin"), f.orgs["PH"], f.orgs["TD"], date(2020, 1, 2), ph.Version)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.MovedTasks) != 1 || res.MovedTasks[0] != open.ID || res.Org.SuccessorID == nil || res.Org.ValidTo != date(2020, 1, 2) {
		t.Fatalf("dissolve: %+v", res)
	}
	moved, _ := f.svc.GetTask(f.as("truongdinh"), open.ID)
	if moved == nil || moved.LeadOrgID != f.orgs["TD"] {
		t.Fatal("open task not moved to the successor")
	}
	kept, _ := f.svc.GetTask(f.as("admin"), closed.ID)
	if kept.LeadOrgID != f.orgs["PH"] {
		t.Fatal("closed task moved")
	}
	audit, _, _ := f.svc.TaskAudit(f.as("admin"), open.ID, tiendo.Page{})
	if audit[len(audit)-1].Action != "task.move_to_successor" {
		t.Fatalf("move not audited: %s", audit[len(audit)-1].Action)
	}
	_, err = f.svc.DissolveOrg(f.as("admin"), f.orgs["PH"], f.orgs["TD"], date(2020, 1, 2), res.Org.Version)
	wantCode(t, err, tiendo.ECONFLICT)
}

func TestAccountsAndLogin(t *testing.T) {
	f := newFixture(t)
	if _, err := f.svc.Login(f.as("system"), "phohue", "mat-khau-1"); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.Login(f.as("system"), "phohue", "sai")
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	_, err = f.svc.Login(f.as("system"), "khong-co", "mat-khau-1")
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	_, err = f.svc.CreateAccount(f.as("system"), service.AccountInput{Login: "phohue", Password: "mat-khau-1",
		Grants: []tiendo.Grant{{Role: tiendo.RoleViewer, OrgID: ptr(f.orgs["PH"])}}})
	wantCode(t, err, tiendo.ECONFLICT)
	_, err = f.svc.CreateAccount(f.as("system"), service.AccountInput{Login: "x1", Password: "short",
		Grants: []tiendo.Grant{{Role: tiendo.RoleOfficer}}})
	wantCode(t, err, tiendo.EINVALID)
	_, err = f.svc.CreateAccount(f.as("office"), service.AccountInput{Login: "x2", Password: "mat-khau-1",
		Grants: []tiendo.Grant{{Role: tiendo.RoleOfficer, OrgID: ptr(f.orgs["PH"])}}})
	wantCode(t, err, tiendo.EFORBIDDEN) // only admins grant roles

	token, err := f.svc.CreateToken(f.as("phohue"), "phohue", "cli")
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.svc.ActorForToken(f.as("system"), token)
	if err != nil || a.Login != "phohue" {
		t.Fatalf("token: %v", err)
	}
	_, err = f.svc.ActorForToken(f.as("system"), token+"x")
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	// Another account's login and an unknown one answer alike.
	_, err = f.svc.CreateToken(f.as("phohue"), "truongdinh", "steal")
	wantCode(t, err, tiendo.ENOTFOUND)
	_, errUnknown := f.svc.CreateToken(f.as("phohue"), "khong-co", "steal")
	wantCode(t, errUnknown, tiendo.ENOTFOUND)
}

func TestPasswordHash(t *testing.T) {
	h, err := service.HashPassword("Mật khẩu dài")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := service.HashPassword("Mật khẩu dài")
	if h == h2 {
		t.Fatal("hashes must be salted")
	}
	for _, tt := range []struct {
		hash, pw string
		ok       bool
	}{{h, "Mật khẩu dài", true}, {h, "mật khẩu dài", false}, {"", "x", false}, {"$argon2id$v=19$m=1,t=1,p=1$$", "", false}} {
		if got := service.VerifyPassword(tt.hash, tt.pw); got != tt.ok {
			t.Errorf("VerifyPassword(%q, %q) = %v", tt.hash, tt.pw, got)
		}
	}
}
