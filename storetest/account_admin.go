package storetest

import (
	"fmt"
	"time"

	"tiendo"
)

// accountAdminCases cover tokens and sessions as administering accounts
// needs them: listing and revoking an account's tokens, and ending all of
// an account's sessions at once.
var accountAdminCases = []testCase{
	{"Tokens/ListOwnOnly", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		b := f.account("truongdinh", tiendo.RoleAdmin, nil)
		for i, owner := range []*tiendo.Account{a, b, a} {
			must(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: owner.ID, Hash: fmt.Sprintf("h%d", i), Name: fmt.Sprintf("máy %d", i)}))
		}
		got, err := f.st.FindTokens(f.ctx, a.ID)
		must(f, err)
		if len(got) != 2 || got[0].Name != "máy 0" || got[1].Name != "máy 2" || got[0].AccountID != a.ID || got[0].CreatedAt.IsZero() {
			f.Fatalf("tokens of a: %+v", got)
		}
		if got[0].Hash != "" {
			f.Fatalf("a listed token carries its hash")
		}
		none, err := f.st.FindTokens(f.ctx, 4242)
		must(f, err)
		if none == nil || len(none) != 0 {
			f.Fatalf("tokens of nobody: %#v, want an empty list", none)
		}
	}},
	{"Tokens/DeleteEndsTheToken", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		t := &tiendo.Token{AccountID: a.ID, Hash: "h1", Name: "máy"}
		must(f, f.st.CreateToken(f.ctx, t))
		must(f, f.st.DeleteToken(f.ctx, a.ID, t.ID))
		_, err := f.st.FindAccountByTokenHash(f.ctx, "h1")
		wantCode(f, err, tiendo.ENOTFOUND)
		wantCode(f, f.st.DeleteToken(f.ctx, a.ID, t.ID), tiendo.ENOTFOUND)
	}},
	{"Tokens/ErrDeleteOtherAccountsToken", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		b := f.account("truongdinh", tiendo.RoleAdmin, nil)
		t := &tiendo.Token{AccountID: b.ID, Hash: "h1"}
		must(f, f.st.CreateToken(f.ctx, t))
		wantCode(f, f.st.DeleteToken(f.ctx, a.ID, t.ID), tiendo.ENOTFOUND)
		got, err := f.st.FindAccountByTokenHash(f.ctx, "h1")
		must(f, err)
		if got.ID != b.ID {
			f.Fatalf("token now belongs to %d", got.ID)
		}
	}},
	{"Tokens/Expiry", func(f *fixture) {
		// Dates far either side of any clock a store may be given.
		past, future := time.Date(2000, 1, 2, 3, 4, 5, 0, time.UTC), time.Date(2100, 1, 2, 3, 4, 5, 0, time.UTC)
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		for _, c := range []struct {
			hash    string
			expires *time.Time
			works   bool
		}{{"never", nil, true}, {"later", &future, true}, {"ended", &past, false}} {
			must(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: a.ID, Hash: c.hash, ExpiresAt: c.expires}))
			got, err := f.st.FindAccountByTokenHash(f.ctx, c.hash)
			if !c.works {
				wantCode(f, err, tiendo.ENOTFOUND)
				continue
			}
			must(f, err)
			if got.ID != a.ID {
				f.Fatalf("token %s resolves to %d", c.hash, got.ID)
			}
		}
		got, err := f.st.FindTokens(f.ctx, a.ID)
		must(f, err)
		if len(got) != 3 || got[0].ExpiresAt != nil || got[1].ExpiresAt == nil || !got[1].ExpiresAt.Equal(future) ||
			got[2].ExpiresAt == nil || !got[2].ExpiresAt.Equal(past) {
			f.Fatalf("listed tokens: %+v %+v %+v", got[0], got[1], got[2])
		}
	}},
	{"Tokens/DeleteAccountTokensOnly", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		b := f.account("truongdinh", tiendo.RoleAdmin, nil)
		for i, owner := range []*tiendo.Account{a, b, a} {
			must(f, f.st.CreateToken(f.ctx, &tiendo.Token{AccountID: owner.ID, Hash: fmt.Sprintf("h%d", i)}))
		}
		n, err := f.st.DeleteAccountTokens(f.ctx, a.ID)
		must(f, err)
		if n != 2 {
			f.Fatalf("revoked %d tokens, want 2", n)
		}
		for hash, works := range map[string]bool{"h0": false, "h1": true, "h2": false} {
			if _, err := f.st.FindAccountByTokenHash(f.ctx, hash); works {
				must(f, err)
			} else {
				wantCode(f, err, tiendo.ENOTFOUND)
			}
		}
		if n, err := f.st.DeleteAccountTokens(f.ctx, a.ID); err != nil || n != 0 {
			f.Fatalf("second revocation: %d, %v", n, err)
		}
	}},
	{"Sessions/DeleteAccountSessionsOnly", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		b := f.account("truongdinh", tiendo.RoleAdmin, nil)
		f.sessionAt("a1", a, sessionStart)
		f.sessionAt("a2", a, sessionStart)
		f.sessionAt("b1", b, sessionStart)
		n, err := f.st.DeleteAccountSessions(f.ctx, a.ID)
		must(f, err)
		if n != 2 {
			f.Fatalf("deleted %d sessions, want 2", n)
		}
		for _, h := range []string{"a1", "a2"} {
			_, err := f.st.FindSession(f.ctx, h)
			wantCode(f, err, tiendo.ENOTFOUND)
		}
		_, err = f.st.FindSession(f.ctx, "b1")
		must(f, err)
		if n, err := f.st.DeleteAccountSessions(f.ctx, a.ID); err != nil || n != 0 {
			f.Fatalf("second delete: %d, %v", n, err)
		}
	}},
	{"Disable/ReadBack", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		a.Disabled = true
		must(f, f.st.UpdateAccount(f.ctx, a))
		got, err := f.st.FindAccountByID(f.ctx, a.ID)
		must(f, err)
		if !got.Disabled || got.Version != 2 {
			f.Fatalf("after disable: %+v", got)
		}
	}},
}
