package service_test

import (
	"context"
	"strings"
	"testing"

	"tiendo"
)

func TestStartSessionForLogin(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	off := f.account("office")
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), off.ID, off.Version, true); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		login, want string // want: the actor's login, or a piece of the refusal
		ok          bool
	}{
		{" PhoHue ", "phohue", true}, // providers may differ in case and spacing
		{"khongco", "chưa có trong Tiến Độ", false},
		{"office", "đã bị khóa", false},
		{"", "chưa có trong Tiến Độ", false},
	}
	for _, c := range cases {
		secret, a, err := f.svc.StartSessionForLogin(ctx, c.login, "oidc")
		if !c.ok {
			wantCode(t, err, tiendo.EUNAUTHENTICATED)
			if !strings.Contains(tiendo.ErrorMessage(err), c.want) {
				t.Errorf("%q: message %q, want %q", c.login, tiendo.ErrorMessage(err), c.want)
			}
			continue
		}
		if err != nil || a.Login != c.want {
			t.Fatalf("%q: %v, %v", c.login, a, err)
		}
		got, err := f.svc.ActorForSession(ctx, secret, 0)
		if err != nil || got.AccountID != a.AccountID {
			t.Fatalf("%q: session resolves to %v, %v", c.login, got, err)
		}
	}
	// The sign-in is audited like a password one, naming the method.
	entries, _, err := f.st.FindAudit(ctx, tiendo.AuditFilter{Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, e := range entries {
		if e.Action == "session.start" && e.Actor == "phohue" {
			found = string(e.After) == `{"method":"oidc"}`
		}
	}
	if !found {
		t.Error(`no session.start audit entry for phohue with {"method":"oidc"}`)
	}
}
