package service_test

import (
	"context"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
)

// adminOf adds an admin account over one organisation of the fixture and
// returns its context.
func (f *fixture) adminOf(login, org string) context.Context {
	f.t.Helper()
	id := f.orgs[org]
	acc, err := f.svc.CreateAccount(f.as("system"), service.AccountInput{Login: login, Password: "mat-khau-1",
		Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin, OrgID: &id}}})
	if err != nil {
		f.t.Fatalf("admin %s: %v", login, err)
	}
	a, err := f.svc.ActorForAccount(context.Background(), acc.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	f.ctx[login] = tiendo.NewContextWithActor(context.Background(), a)
	return f.ctx[login]
}

// account reads an account as the system.
func (f *fixture) account(login string) *tiendo.Account {
	f.t.Helper()
	for _, a := range f.mustAccounts() {
		if a.Login == login {
			return a
		}
	}
	f.t.Fatalf("no account %s", login)
	return nil
}

func (f *fixture) mustAccounts() []*tiendo.Account {
	f.t.Helper()
	accs, err := f.svc.ListAccounts(f.as("system"))
	if err != nil {
		f.t.Fatal(err)
	}
	return accs
}

func grant(role tiendo.Role, org int64) tiendo.Grant { return tiendo.Grant{Role: role, OrgID: &org} }

// An admin manages exactly the accounts whose every grant lies within its
// own admin grants; everything else is not found, or forbidden when it
// would grant beyond them.
func TestEditAccountScope(t *testing.T) {
	f := newFixture(t)
	ph := f.adminOf("admin.ph", "PH")
	phohue, truongdinh := f.account("phohue"), f.account("truongdinh")
	cases := []struct {
		name string
		ctx  context.Context
		id   int64
		edit service.AccountEdit
		code string
	}{
		{"ward admin edits its ward's account", ph, phohue.ID,
			service.AccountEdit{Version: 1, Locale: "en", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH-UBND"])}}, ""},
		{"ward admin cannot see another ward's account", ph, truongdinh.ID,
			service.AccountEdit{Version: 1, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH"])}}, tiendo.ENOTFOUND},
		{"ward admin cannot grant beyond its ward", ph, phohue.ID,
			service.AccountEdit{Version: 2, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["TD"])}}, tiendo.EFORBIDDEN},
		{"ward admin cannot grant the whole tree", ph, phohue.ID,
			service.AccountEdit{Version: 2, Locale: "vi", Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin}}}, tiendo.EINVALID},
		{"office manages no account", f.as("office"), phohue.ID,
			service.AccountEdit{Version: 2, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH"])}}, tiendo.ENOTFOUND},
		{"stale version", f.as("admin"), phohue.ID,
			service.AccountEdit{Version: 1, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH"])}}, tiendo.ECONFLICT},
		{"no grant", f.as("admin"), phohue.ID, service.AccountEdit{Version: 2, Locale: "vi"}, tiendo.EINVALID},
		{"unknown person", f.as("admin"), phohue.ID, service.AccountEdit{Version: 2, Locale: "vi", PersonID: ptr(int64(4242)),
			Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH"])}}, tiendo.EINVALID},
		{"an admin keeps its own admin grant", ph, f.account("admin.ph").ID,
			service.AccountEdit{Version: 1, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH"])}}, tiendo.EINVALID},
		{"unknown account", f.as("admin"), 4242, service.AccountEdit{Version: 1}, tiendo.ENOTFOUND},
	}
	for _, c := range cases {
		_, err := f.svc.EditAccount(c.ctx, c.id, c.edit)
		if tiendo.ErrorCode(err) != c.code {
			t.Errorf("%s: got %v, want code %q", c.name, err, c.code)
		}
	}
	got := f.account("phohue")
	if got.Version != 2 || got.Locale != "en" || len(got.Grants) != 1 || *got.Grants[0].OrgID != f.orgs["PH-UBND"] {
		t.Fatalf("after the edits: %+v", got)
	}
	// The ward admin's list shows its ward's accounts and not the others.
	list, err := f.svc.ListAccounts(ph)
	if err != nil {
		t.Fatal(err)
	}
	var logins []string
	for _, a := range list {
		logins = append(logins, a.Login)
	}
	if strings.Join(logins, ",") != "admin.ph,phohue" {
		t.Fatalf("ward admin lists %v", logins)
	}
	// The edit is audited with who did it.
	entries, _, err := f.svc.OrgAudit(f.as("admin"), f.orgs["PH"], tiendo.Page{PerPage: 50})
	if err != nil {
		t.Fatal(err)
	}
	if !hasAudit(entries, "account.update", "admin.ph", got.ID) {
		t.Fatalf("no account.update by admin.ph in %d entries", len(entries))
	}
}

func hasAudit(entries []*tiendo.AuditEntry, action, actor string, id int64) bool {
	for _, e := range entries {
		if e.Action == action && e.Actor == actor && e.EntityID == id {
			return true
		}
	}
	return false
}

// A disabled account cannot sign in, and its sessions and API tokens stop
// at once; enabled again, the password works, the old sessions stay ended
// and the old tokens stay revoked.
func TestDisableAccount(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	acc := f.account("phohue")
	token, err := f.svc.CreateToken(f.as("admin"), "phohue", "máy văn phòng")
	if err != nil {
		t.Fatal(err)
	}
	secret, _, err := f.svc.StartSession(ctx, "phohue", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SetAccountDisabled(f.adminOf("admin.td", "TD"), acc.ID, acc.Version, true); tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		t.Fatalf("another ward's admin disables: %v", err)
	}
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), acc.ID, acc.Version+5, true); tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		t.Fatalf("stale disable: %v", err)
	}
	got, err := f.svc.SetAccountDisabled(f.as("admin"), acc.ID, acc.Version, true)
	if err != nil || !got.Disabled {
		t.Fatalf("disable: %+v, %v", got, err)
	}
	refused := map[string]error{}
	_, refused["password"] = f.svc.Login(ctx, "phohue", "mat-khau-1")
	_, refused["session"] = f.svc.ActorForSession(ctx, secret, 0)
	_, refused["token"] = f.svc.ActorForToken(ctx, token)
	for what, err := range refused {
		if tiendo.ErrorCode(err) != tiendo.EUNAUTHENTICATED {
			t.Errorf("%s of a disabled account: %v", what, err)
		}
	}
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), acc.ID, got.Version, true); tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		t.Fatalf("disable twice: %v", err)
	}
	got, err = f.svc.SetAccountDisabled(f.as("admin"), acc.ID, got.Version, false)
	if err != nil || got.Disabled {
		t.Fatalf("enable: %+v, %v", got, err)
	}
	if _, err := f.svc.Login(ctx, "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("sign in after enable: %v", err)
	}
	_, err = f.svc.ActorForToken(ctx, token)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	if list, err := f.svc.AccountTokens(f.as("admin"), acc.ID); err != nil || len(list) != 0 {
		t.Fatalf("tokens after disable and enable: %+v, %v", list, err)
	}
	_, err = f.svc.ActorForSession(ctx, secret, 0)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	// No one locks themselves out.
	_, err = f.svc.SetAccountDisabled(f.as("admin"), f.account("admin").ID, 1, true)
	wantCode(t, err, tiendo.EINVALID)
	entries, _, err := f.svc.OrgAudit(f.as("admin"), f.orgs["PH"], tiendo.Page{PerPage: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"account.disable", "account.enable"} {
		if !hasAudit(entries, a, "admin", acc.ID) {
			t.Errorf("no %s in the audit", a)
		}
	}
}

func TestResetPassword(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	acc := f.account("phohue")
	secret, _, err := f.svc.StartSession(ctx, "phohue", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	token, err := f.svc.CreateToken(f.as("admin"), "phohue", "máy văn phòng")
	if err != nil {
		t.Fatal(err)
	}
	other, err := f.svc.CreateToken(f.as("admin"), "truongdinh", "khác")
	if err != nil {
		t.Fatal(err)
	}
	wantCode(t, f.svc.ResetPassword(f.as("admin"), acc.ID, "ngan"), tiendo.EINVALID)
	wantCode(t, f.svc.ResetPassword(f.adminOf("admin.td", "TD"), acc.ID, "mat-khau-moi"), tiendo.ENOTFOUND)
	wantCode(t, f.svc.ResetPassword(f.as("phohue"), acc.ID, "mat-khau-moi"), tiendo.ENOTFOUND)
	if err := f.svc.ResetPassword(f.adminOf("admin.ph", "PH"), acc.ID, "mat-khau-moi"); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Login(ctx, "phohue", "mat-khau-1")
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	if _, err := f.svc.Login(ctx, "phohue", "mat-khau-moi"); err != nil {
		t.Fatalf("new password: %v", err)
	}
	_, err = f.svc.ActorForSession(ctx, secret, 0)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	_, err = f.svc.ActorForToken(ctx, token)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	if _, err := f.svc.ActorForToken(ctx, other); err != nil {
		t.Fatalf("another account's token after the reset: %v", err)
	}
	entries, _, err := f.svc.OrgAudit(f.as("admin"), f.orgs["PH"], tiendo.Page{PerPage: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Action == "account.password" && !strings.Contains(string(e.After), `"tokens_revoked":1`) {
			t.Errorf("the audit does not count the revoked token: %s", e.After)
		}
		if e.Action == "account.password" && (strings.Contains(string(e.After), "argon2") || strings.Contains(string(e.Before), "argon2")) {
			t.Fatalf("the audit carries the hash: %s", e.After)
		}
	}
	if !hasAudit(entries, "account.password", "admin.ph", acc.ID) {
		t.Fatal("no account.password in the audit")
	}
}

func TestRevokeToken(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	phohue, truongdinh := f.account("phohue"), f.account("truongdinh")
	token, err := f.svc.CreateToken(f.as("admin"), "phohue", "máy văn phòng")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.CreateToken(f.as("admin"), "truongdinh", "khác"); err != nil {
		t.Fatal(err)
	}
	ph := f.adminOf("admin.ph", "PH")
	list, err := f.svc.AccountTokens(ph, phohue.ID)
	if err != nil || len(list) != 1 || list[0].Name != "máy văn phòng" {
		t.Fatalf("tokens: %+v, %v", list, err)
	}
	_, err = f.svc.AccountTokens(ph, truongdinh.ID)
	wantCode(t, err, tiendo.ENOTFOUND)
	// A token id of another account, named under this one, is not found.
	other, _ := f.svc.AccountTokens(f.as("admin"), truongdinh.ID)
	wantCode(t, f.svc.RevokeToken(ph, phohue.ID, other[0].ID), tiendo.ENOTFOUND)
	wantCode(t, f.svc.RevokeToken(ph, truongdinh.ID, other[0].ID), tiendo.ENOTFOUND)
	if err := f.svc.RevokeToken(ph, phohue.ID, list[0].ID); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.ActorForToken(ctx, token)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
	if list, _ := f.svc.AccountTokens(ph, phohue.ID); len(list) != 0 {
		t.Fatalf("tokens after revoke: %+v", list)
	}
	if other, _ := f.svc.AccountTokens(f.as("admin"), truongdinh.ID); len(other) != 1 {
		t.Fatal("the other account's token went too")
	}
}
