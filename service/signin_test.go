package service_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

// from is a context of an anonymous client at addr.
func from(addr string) context.Context {
	return tiendo.NewContextWithClientAddr(context.Background(), addr)
}

// events returns the kinds and details of the security log, oldest first.
func (f *fixture) events(flt tiendo.SecurityEventFilter) []string {
	f.t.Helper()
	list, _, err := f.svc.SecurityEvents(f.as("admin"), flt)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for i := len(list) - 1; i >= 0; i-- {
		out = append(out, list[i].Kind+":"+list[i].Detail)
	}
	return out
}

// failTimes makes n wrong sign-ins, waiting out each back-off.
func (f *fixture) failTimes(ctx context.Context, login string, n int) {
	f.t.Helper()
	for range n {
		_, err := f.svc.SignIn(ctx, login, "sai")
		if tiendo.ErrorCode(err) == tiendo.ETOOMANY {
			f.clock.T = f.clock.T.Add(tiendo.ErrorRetryAfter(err))
			_, err = f.svc.SignIn(ctx, login, "sai")
		}
		wantCode(f.t, err, tiendo.EUNAUTHENTICATED)
	}
}

// TestSignInBackoffAndLockout walks a login through its failures: free
// attempts, back-off that doubles, lockout at LockoutFailures that refuses
// even the right password, and an administrator lifting it. An unknown
// login gets exactly the same answers.
func TestSignInBackoffAndLockout(t *testing.T) {
	f := newFixture(t)
	for _, login := range []string{"phohue", "khong-co"} {
		t.Run(login, func(t *testing.T) {
			ctx := from("203.0.113.5")
			start := f.clock.T
			for n := 1; n <= service.LockoutFailures; n++ {
				_, err := f.svc.SignIn(ctx, login, "sai")
				wantCode(t, err, tiendo.EUNAUTHENTICATED)
				if n < service.LoginBackoffAfter {
					continue
				}
				// Past the free failures even the right password waits,
				// and costs no hashing.
				_, err = f.svc.SignIn(ctx, login, "mat-khau-1")
				wantCode(t, err, tiendo.ETOOMANY)
				want := time.Second << (n - service.LoginBackoffAfter)
				if n == service.LockoutFailures {
					want = service.LockoutPeriod
				}
				if got := tiendo.ErrorRetryAfter(err); got != want {
					t.Fatalf("after %d failures: retry after %s, want %s", n, got, want)
				}
				if n < service.LockoutFailures {
					f.clock.T = f.clock.T.Add(want)
				}
			}
			f.clock.T = f.clock.T.Add(service.LockoutPeriod - time.Second)
			_, err := f.svc.SignIn(ctx, login, "mat-khau-1")
			wantCode(t, err, tiendo.ETOOMANY)
			f.clock.T = start.Add(3 * time.Hour) // the lock and the count are over
		})
	}
	got := f.events(tiendo.SecurityEventFilter{Login: "khong-co", Kinds: []string{tiendo.EventSigninLocked}})
	if len(got) != 1 {
		t.Fatalf("unknown login's lockout logged %v", got)
	}
	// A success resets the login's count.
	ctx := from("203.0.113.6")
	f.failTimes(ctx, "phohue", service.LoginBackoffAfter-1)
	if _, err := f.svc.SignIn(ctx, "phohue", "mat-khau-1"); err != nil {
		t.Fatal(err)
	}
	f.failTimes(ctx, "phohue", service.LoginBackoffAfter-1)
	if _, err := f.svc.SignIn(ctx, "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("count not reset by the success: %v", err)
	}
}

func TestUnlockAccount(t *testing.T) {
	f := newFixture(t)
	ctx := from("198.51.100.9")
	f.failTimes(ctx, "phohue", service.LockoutFailures)
	id := f.accountID("phohue")
	st, err := f.svc.AccountSigninState(f.as("admin"), id)
	if err != nil || !st.Locked || st.Failures != service.LockoutFailures {
		t.Fatalf("state %+v, %v", st, err)
	}
	// Only an administrator over the account may lift it.
	_, err = f.svc.UnlockAccount(f.as("office"), id)
	wantCode(t, err, tiendo.ENOTFOUND)
	if _, err := f.svc.UnlockAccount(f.as("admin"), id); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SignIn(ctx, "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("after unlock: %v", err)
	}
	got := f.events(tiendo.SecurityEventFilter{AccountID: &id})
	want := []string{"account.created:officer@4"}
	for range service.LockoutFailures {
		want = append(want, "signin.failed:wrong")
	}
	want = append(want, "signin.locked:10 lần sai", "signin.unlocked:10 lần sai", "signin.ok:")
	if !slices.Equal(got, want) {
		t.Fatalf("events\n got %v\nwant %v", got, want)
	}
}

// TestSignInAddressBackoff: many failures from one address, over many
// logins, slow that address down and no other.
func TestSignInAddressBackoff(t *testing.T) {
	f := newFixture(t)
	bad := from("192.0.2.66")
	for i := range service.AddressBackoffAfter {
		_, err := f.svc.SignIn(bad, string(rune('a'+i%26))+"-khong-co", "sai")
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
	}
	_, err := f.svc.SignIn(bad, "phohue", "mat-khau-1")
	wantCode(t, err, tiendo.ETOOMANY)
	if _, err := f.svc.SignIn(from("192.0.2.67"), "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("another address: %v", err)
	}
}

// TestSignInFailuresLogged: the reason of each failure is logged with the
// login tried and the address; the caller hears the same for all.
func TestSignInFailuresLogged(t *testing.T) {
	f := newFixture(t)
	id := f.accountID("viewer")
	acc, err := f.svc.GetAccount(f.as("admin"), id)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), id, acc.Version, true); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ login, password, reason string }{
		{"khong-co", "mat-khau-1", tiendo.SigninUnknown},
		{"viewer", "mat-khau-1", tiendo.SigninDisabled},
		{" PhoHue ", "sai", tiendo.SigninWrong},
	}
	var msgs []string
	for _, c := range cases {
		_, err := f.svc.SignIn(from("203.0.113.1"), c.login, c.password)
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
		msgs = append(msgs, tiendo.ErrorMessage(err))
		list, _, err := f.svc.SecurityEvents(f.as("admin"), tiendo.SecurityEventFilter{Page: tiendo.Page{PerPage: 1}})
		if err != nil {
			t.Fatal(err)
		}
		e := list[0]
		if e.Kind != tiendo.EventSigninFailed || e.Detail != c.reason || e.Address != "203.0.113.1" || e.Login != loginOf(c.login) {
			t.Errorf("%s: logged %+v", c.login, e)
		}
	}
	if msgs[0] != msgs[1] || msgs[1] != msgs[2] {
		t.Errorf("messages differ: %q", msgs)
	}
}

func loginOf(s string) string {
	if s == " PhoHue " {
		return "phohue"
	}
	return s
}

// TestSecurityEventsScope: the whole-tree admin sees every event, an admin
// of a subtree those of its accounts only, others nothing.
func TestSecurityEventsScope(t *testing.T) {
	f := newFixture(t)
	sys := f.as("system")
	ph := f.orgs["PH"]
	if _, err := f.svc.CreateAccount(sys, service.AccountInput{Login: "qtph", Password: "mat-khau-1",
		Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin, OrgID: &ph}}}); err != nil {
		t.Fatal(err)
	}
	a, err := f.svc.SignIn(sys, "qtph", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	subAdmin := tiendo.NewContextWithActor(context.Background(), a)
	_, _ = f.svc.SignIn(from("x"), "truongdinh", "sai")
	_, _ = f.svc.SignIn(from("x"), "phohue", "sai")
	_, _ = f.svc.SignIn(from("x"), "khong-co", "sai")
	logins := func(ctx context.Context) map[string]bool {
		list, _, err := f.svc.SecurityEvents(ctx, tiendo.SecurityEventFilter{Kinds: []string{tiendo.EventSigninFailed}})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, e := range list {
			out[e.Login] = true
		}
		return out
	}
	if got := logins(f.as("admin")); len(got) != 3 {
		t.Errorf("whole-tree admin sees %v", got)
	}
	if got := logins(subAdmin); len(got) != 1 || !got["phohue"] {
		t.Errorf("subtree admin sees %v", got)
	}
	_, _, err = f.svc.SecurityEvents(f.as("office"), tiendo.SecurityEventFilter{})
	wantCode(t, err, tiendo.EFORBIDDEN)
	_, _, err = f.svc.SecurityEvents(f.as("admin"), tiendo.SecurityEventFilter{Kinds: []string{"khac"}})
	wantCode(t, err, tiendo.EINVALID)
}

// TestAccountChangesLogged: the administrator's changes to an account each
// leave one security event naming the administrator.
func TestAccountChangesLogged(t *testing.T) {
	f := newFixture(t)
	admin := f.as("admin")
	id := f.accountID("phohue")
	ver := func() int {
		acc, err := f.svc.GetAccount(admin, id)
		if err != nil {
			t.Fatal(err)
		}
		return acc.Version
	}
	steps := []struct {
		kind string
		do   func() error
	}{
		{tiendo.EventPasswordReset, func() error { return f.svc.ResetPassword(admin, id, "mat-khau-2") }},
		{tiendo.EventAccountDisable, func() error { _, err := f.svc.SetAccountDisabled(admin, id, ver(), true); return err }},
		{tiendo.EventAccountEnable, func() error { _, err := f.svc.SetAccountDisabled(admin, id, ver(), false); return err }},
		{tiendo.EventGrantsChanged, func() error {
			_, err := f.svc.EditAccount(admin, id, service.AccountEdit{Version: ver(), Locale: "vi",
				Grants: []tiendo.Grant{{Role: tiendo.RoleViewer, OrgID: ptr(f.orgs["PH"])}}})
			return err
		}},
		{tiendo.EventTokenCreated, func() error { _, err := f.svc.CreateToken(admin, "phohue", "cli"); return err }},
		{tiendo.EventTokenRevoked, func() error {
			toks, err := f.svc.AccountTokens(admin, id)
			if err != nil {
				return err
			}
			return f.svc.RevokeToken(admin, id, toks[0].ID)
		}},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.kind, err)
		}
		list, _, err := f.svc.SecurityEvents(admin, tiendo.SecurityEventFilter{AccountID: &id, Page: tiendo.Page{PerPage: 1}})
		if err != nil {
			t.Fatal(err)
		}
		if e := list[0]; e.Kind != s.kind || e.Actor != "admin" || e.ActorID == nil {
			t.Errorf("%s: logged %+v", s.kind, e)
		}
	}
}

// accountID is the id of a fixture login's account.
func (f *fixture) accountID(login string) int64 {
	return tiendo.ActorFromContext(f.as(login)).AccountID
}
