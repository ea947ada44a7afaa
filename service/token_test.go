package service_test

import (
	"context"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// sessionActor signs login in with the fixture's password and returns the
// context a web request of that session carries.
func (f *fixture) sessionActor(login string) context.Context {
	f.t.Helper()
	ctx := context.Background()
	secret, _, err := f.svc.StartSession(ctx, login, "mat-khau-1")
	if err != nil {
		f.t.Fatal(err)
	}
	a, err := f.svc.ActorForSession(ctx, secret, 0)
	if err != nil {
		f.t.Fatal(err)
	}
	return tiendo.NewContextWithActor(ctx, a)
}

// A web session needs the current password to mint a token, a token may
// not mint one at all, and a refusal leaves nothing behind.
func TestIssueTokenCredential(t *testing.T) {
	f := newFixture(t)
	bearer, err := f.svc.CreateToken(f.as("system"), "phohue", "cli")
	if err != nil {
		t.Fatal(err)
	}
	viaToken, err := f.svc.ActorForToken(context.Background(), bearer)
	if err != nil {
		t.Fatal(err)
	}
	session := f.sessionActor("phohue")
	for _, c := range []struct {
		name     string
		ctx      context.Context
		password string
		code     string
	}{
		{"session without password", session, "", tiendo.EINVALID},
		{"session with a wrong password", session, "mat-khau-2", tiendo.EUNAUTHENTICATED},
		{"token, even with the password", tiendo.NewContextWithActor(context.Background(), viaToken), "mat-khau-1", tiendo.EFORBIDDEN},
		{"session with the password", session, "mat-khau-1", ""},
		{"cli", f.as("system"), "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			acc := f.account("phohue")
			before, _ := f.svc.AccountTokens(f.as("admin"), acc.ID)
			secret, tok, err := f.svc.IssueToken(c.ctx, service.TokenInput{Login: "phohue", Name: c.name, Password: c.password})
			after, _ := f.svc.AccountTokens(f.as("admin"), acc.ID)
			if c.code != "" {
				wantCode(t, err, c.code)
				if secret != "" || tok != nil || len(after) != len(before) {
					t.Fatalf("refused, yet %d → %d tokens", len(before), len(after))
				}
				return
			}
			if err != nil || len(after) != len(before)+1 {
				t.Fatalf("%v; %d → %d tokens", err, len(before), len(after))
			}
			if _, err := f.svc.ActorForToken(context.Background(), secret); err != nil {
				t.Fatalf("the new token: %v", err)
			}
		})
	}
}

// Expiry: 90 days unless asked, 1–365 days or a date within a year, never
// only for a whole-tree admin; an expired token is refused.
func TestIssueTokenExpiry(t *testing.T) {
	f := newFixture(t)
	now := f.clock.Now()
	today := vn.DateOf(now)
	for _, c := range []struct {
		name    string
		actor   string
		in      service.TokenInput
		lastDay vn.Date // zero: never
		field   string  // a refusal names this field
	}{
		{"default", "phohue", service.TokenInput{}, vn.DateOf(now.AddDate(0, 0, 90)), ""},
		{"30 days", "phohue", service.TokenInput{ExpiresInDays: ptr(30)}, vn.DateOf(now.AddDate(0, 0, 30)), ""},
		{"365 days", "phohue", service.TokenInput{ExpiresInDays: ptr(365)}, vn.DateOf(now.AddDate(0, 0, 365)), ""},
		{"a date", "phohue", service.TokenInput{ExpiresAt: ptr(today.AddDays(10))}, today.AddDays(10), ""},
		{"never by the whole-tree admin", "admin", service.TokenInput{ExpiresInDays: ptr(0)}, vn.Date{}, ""},
		{"never by an officer", "phohue", service.TokenInput{ExpiresInDays: ptr(0)}, vn.Date{}, "expires_in_days"},
		{"366 days", "phohue", service.TokenInput{ExpiresInDays: ptr(366)}, vn.Date{}, "expires_in_days"},
		{"negative", "phohue", service.TokenInput{ExpiresInDays: ptr(-1)}, vn.Date{}, "expires_in_days"},
		{"today", "phohue", service.TokenInput{ExpiresAt: ptr(today)}, vn.Date{}, "expires_at"},
		{"beyond a year", "phohue", service.TokenInput{ExpiresAt: ptr(today.AddDays(366))}, vn.Date{}, "expires_at"},
		{"both", "phohue", service.TokenInput{ExpiresInDays: ptr(3), ExpiresAt: ptr(today.AddDays(3))}, vn.Date{}, "expires_at"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, tok, err := f.svc.IssueToken(f.as(c.actor), c.in)
			if c.field != "" {
				if tiendo.ErrorFields(err)[c.field] == "" {
					t.Fatalf("want a message on %s, got %v", c.field, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := tok.LastDay(); got != c.lastDay {
				t.Fatalf("last day %v, want %v", got, c.lastDay)
			}
		})
	}

	secret, tok, err := f.svc.IssueToken(f.as("system"), service.TokenInput{Login: "phohue", ExpiresInDays: ptr(1)})
	if err != nil {
		t.Fatal(err)
	}
	f.clock.T = tok.ExpiresAt.Add(-time.Second)
	if _, err := f.svc.ActorForToken(context.Background(), secret); err != nil {
		t.Fatalf("a second before its end: %v", err)
	}
	f.clock.T = tok.ExpiresAt.Add(time.Second)
	_, err = f.svc.ActorForToken(context.Background(), secret)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}
