package service_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/pquerna/otp/totp"

	"tiendo"
	"tiendo/service"
)

// enrolTOTP turns the second factor on for login and returns its secret.
func (f *fixture) enrolTOTP(login string) string {
	f.t.Helper()
	st, err := f.svc.BeginTOTP(f.as(login))
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.svc.ConfirmTOTP(f.as(login), f.totpCode(st.Secret, 0)); err != nil {
		f.t.Fatal(err)
	}
	return st.Secret
}

// totpCode is the TOTP code steps periods of 30 s away from the clock.
func (f *fixture) totpCode(secret string, steps int) string {
	f.t.Helper()
	c, err := totp.GenerateCode(secret, f.clock.T.Add(time.Duration(steps)*30*time.Second))
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// challenge signs in with the password and returns the second-factor
// challenge.
func (f *fixture) challenge(login string) string {
	f.t.Helper()
	_, _, err := f.svc.StartSession(context.Background(), login, "mat-khau-1")
	sf, ok := service.IsSecondFactorRequired(err)
	if !ok {
		f.t.Fatalf("sign-in of %s: %v, want a second factor", login, err)
	}
	return sf.Challenge
}

func TestTOTPEnrolment(t *testing.T) {
	f := newFixture(t)
	ctx := f.as("phohue")
	st, err := f.svc.BeginTOTP(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Secret) < 32 || !strings.HasPrefix(st.URI, "otpauth://totp/") || !strings.Contains(st.URI, "secret="+st.Secret) {
		t.Fatalf("enrolment: %+v", st)
	}
	// Until confirmed, the password alone still signs in, and the page shows
	// the same secret again.
	if _, _, err := f.svc.StartSession(context.Background(), "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("sign-in while enrolling: %v", err)
	}
	if again, err := f.svc.MyTOTP(ctx); err != nil || again.Secret != st.Secret || again.Enabled {
		t.Fatalf("state while enrolling: %+v, %v", again, err)
	}
	wantCode(t, f.svc.ConfirmTOTP(ctx, "000000"), tiendo.EINVALID)
	wantCode(t, f.svc.ConfirmTOTP(ctx, f.totpCode(st.Secret, 3)), tiendo.EINVALID) // too far ahead
	if err := f.svc.ConfirmTOTP(ctx, f.totpCode(st.Secret, -1)); err != nil {
		t.Fatalf("confirm with the previous step's code: %v", err)
	}
	if got, err := f.svc.MyTOTP(ctx); err != nil || !got.Enabled || got.Secret != "" {
		t.Fatalf("state once enabled: %+v, %v (the secret is not shown again)", got, err)
	}
	_, err = f.svc.BeginTOTP(ctx)
	wantCode(t, err, tiendo.ECONFLICT)
	wantCode(t, f.svc.ConfirmTOTP(ctx, f.totpCode(st.Secret, 0)), tiendo.ECONFLICT)
}

func TestTOTPSignIn(t *testing.T) {
	f := newFixture(t)
	secret := f.enrolTOTP("phohue")
	f.clock.T = f.clock.T.Add(10 * time.Minute)
	bg := context.Background()

	cases := []struct {
		name  string
		code  func() string
		want  string // "" for a session, else the error code
		again bool   // reuse the previous case's challenge
	}{
		{"wrong code", func() string { return "123456" }, tiendo.EINVALID, false},
		{"letters", func() string { return "abcdef" }, tiendo.EINVALID, true},
		{"previous step tolerated", func() string { return f.totpCode(secret, -1) }, "", true},
		{"same code again refused", func() string { return f.totpCode(secret, -1) }, tiendo.EINVALID, false},
		{"two steps back refused", func() string { return f.totpCode(secret, -2) }, tiendo.EINVALID, true},
		{"next step tolerated", func() string { return f.totpCode(secret, 1) }, "", true},
		{"current step is now older than the last used", func() string { return f.totpCode(secret, 0) }, tiendo.EINVALID, false},
	}
	var ch string
	for _, c := range cases {
		if !c.again || ch == "" {
			ch = f.challenge("phohue")
		}
		sess, a, err := f.svc.CompleteSecondFactor(bg, ch, c.code())
		if c.want != "" {
			wantCode(t, err, c.want)
			continue
		}
		if err != nil || a.Login != "phohue" {
			t.Fatalf("%s: %v, %v", c.name, a, err)
		}
		if _, err := f.svc.ActorForSession(bg, sess, 0); err != nil {
			t.Fatalf("%s: session: %v", c.name, err)
		}
		// A challenge opens one session only.
		_, _, err = f.svc.CompleteSecondFactor(bg, ch, f.totpCode(secret, 1))
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
	}

	t.Run("expired challenge", func(t *testing.T) {
		ch := f.challenge("phohue")
		f.clock.T = f.clock.T.Add(5*time.Minute + time.Second)
		_, _, err := f.svc.CompleteSecondFactor(bg, ch, f.totpCode(secret, 0))
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
	})
	t.Run("five wrong codes end the challenge", func(t *testing.T) {
		f.clock.T = f.clock.T.Add(time.Minute)
		ch := f.challenge("phohue")
		for i := 1; i < 5; i++ {
			_, _, err := f.svc.CompleteSecondFactor(bg, ch, "000000")
			wantCode(t, err, tiendo.EINVALID)
		}
		_, _, err := f.svc.CompleteSecondFactor(bg, ch, "000000")
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
		_, _, err = f.svc.CompleteSecondFactor(bg, ch, f.totpCode(secret, 0))
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
	})
	t.Run("forged challenges", func(t *testing.T) {
		ch := f.challenge("phohue")
		id, _, _ := strings.Cut(ch, ".")
		for _, bad := range []string{"", ".", id, id + ".x", "999." + strings.SplitN(ch, ".", 2)[1], "x.y"} {
			_, _, err := f.svc.CompleteSecondFactor(bg, bad, f.totpCode(secret, 0))
			wantCode(t, err, tiendo.EUNAUTHENTICATED)
		}
	})
	t.Run("audited with the method", func(t *testing.T) {
		entries, _, err := f.st.FindAudit(bg, tiendo.AuditFilter{Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}})
		if err != nil {
			t.Fatal(err)
		}
		var n int
		for _, e := range entries {
			if e.Action == "session.start" && string(e.After) == `{"method":"password+totp"}` {
				n++
			}
			if strings.Contains(string(e.After)+string(e.Before), secret) {
				t.Errorf("the TOTP secret is in the audit entry %s", e.Action)
			}
		}
		if n != 2 {
			t.Errorf("%d sign-ins audited as password+totp, want 2", n)
		}
	})
}

func TestTOTPReset(t *testing.T) {
	f := newFixture(t)
	f.enrolTOTP("phohue")
	id := f.account("phohue").ID
	wantCode(t, f.svc.ResetTOTP(f.as("truongdinh"), id), tiendo.ENOTFOUND) // outside its scope
	if err := f.svc.ResetTOTP(f.as("admin"), id); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.svc.StartSession(context.Background(), "phohue", "mat-khau-1"); err != nil {
		t.Fatalf("password sign-in after reset: %v", err)
	}
	wantCode(t, f.svc.ResetTOTP(f.as("admin"), id), tiendo.ECONFLICT)
}
