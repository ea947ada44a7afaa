package service_test

import (
	"context"
	"testing"

	"tiendo"
	"tiendo/service"
)

// A verified token is served from the cache, yet every change this
// process makes to the account or its tokens takes effect at the next
// request; a change behind the service's back (another instance, the
// command line) takes effect within TokenCacheTTL.
func TestTokenCacheFollowsChanges(t *testing.T) {
	bothEngines(t, testTokenCacheFollowsChanges)
}

func testTokenCacheFollowsChanges(t *testing.T, f *fixture) {
	ctx := context.Background()
	acc := f.account("phohue")
	token, err := f.svc.CreateToken(f.as("admin"), "phohue", "máy văn phòng")
	if err != nil {
		t.Fatal(err)
	}
	use := func() (*tiendo.Actor, error) { return f.svc.ActorForToken(ctx, token) }
	a, err := use()
	if err != nil {
		t.Fatal(err)
	}
	// What the caller does with its actor does not reach the cache.
	a.Grants[0].Role, a.Login = tiendo.RoleAdmin, "ai-do"
	if a, err := use(); err != nil || a.Login != "phohue" || a.Grants[0].Role == tiendo.RoleAdmin || a.Via != tiendo.ViaToken {
		t.Fatalf("cached actor: %+v, %v", a, err)
	}

	// Grants edited here: the next request carries the new ones.
	edit := service.AccountEdit{Version: acc.Version, Locale: "vi", Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, f.orgs["PH-UBND"])}}
	if _, err := f.svc.EditAccount(f.as("admin"), acc.ID, edit); err != nil {
		t.Fatal(err)
	}
	if a, err := use(); err != nil || len(a.Grants) != 1 || *a.Grants[0].OrgID != f.orgs["PH-UBND"] {
		t.Fatalf("after the edit: %+v, %v", a, err)
	}

	// Revoked behind the service's back: still accepted until the TTL
	// passes, refused after.
	if _, err := f.st.DeleteAccountTokens(ctx, acc.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := use(); err != nil {
		t.Fatalf("within the TTL: %v", err)
	}
	f.clock.T = f.clock.T.Add(service.TokenCacheTTL)
	_, err = use()
	wantCode(t, err, tiendo.EUNAUTHENTICATED)

	// Disabled here: refused at once.
	token, err = f.svc.CreateToken(f.as("admin"), "phohue", "máy mới")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := use(); err != nil {
		t.Fatal(err)
	}
	acc = f.account("phohue")
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), acc.ID, acc.Version, true); err != nil {
		t.Fatal(err)
	}
	_, err = use()
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}
