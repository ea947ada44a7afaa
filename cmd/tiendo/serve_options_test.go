package main

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tiendo"
)

func TestParseIdleTimeout(t *testing.T) {
	cases := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, true}, {"30m", 30 * time.Minute, true}, {"1h30m", 90 * time.Minute, true}, {"12h", 12 * time.Hour, true},
		{"1m", time.Minute, true}, {"59s", 0, false}, {"13h", 0, false}, {"-5m", 0, false}, {"30", 0, false}, {"nửa giờ", 0, false},
	}
	for _, c := range cases {
		got, err := parseIdleTimeout(c.in)
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("parseIdleTimeout(%q) = %v, %v; want %v, ok %v", c.in, got, err, c.want, c.ok)
		}
	}
}

// serveWith is serve with an environment: `tiendo serve` on a free port
// with the given variables, stopped when the test ends.
func serveWith(t *testing.T, vars map[string]string, clock tiendo.Clock, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready, done := make(chan string, 1), make(chan error, 1)
	env := &Env{Args: append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), Stdin: strings.NewReader(""),
		Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(k string) string { return vars[k] },
		Clock: clock, Ready: func(url string) { ready <- url }}
	go func() { done <- Run(ctx, env) }()
	select {
	case u := <-ready:
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("serve: %v", err)
			}
		})
		return u
	case err := <-done:
		cancel()
		t.Fatalf("serve ended before listening: %v", err)
	}
	return ""
}

// signInCookie signs in through the login form, as a browser behind a
// proxy that received HTTPS would, and returns the session cookie header.
func signInCookie(t *testing.T, base string) string {
	t.Helper()
	body := url.Values{"login": {"quantri"}, "password": {"mat-khau-du-dai-1"}}.Encode()
	req, _ := http.NewRequest("POST", base+"/dang-nhap", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	req.Header.Set("X-Forwarded-Proto", "https")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign in: %d", res.StatusCode)
	}
	return res.Header.Get("Set-Cookie")
}

// --trust-proxy (or TIENDO_TRUST_PROXY=1) makes the session cookie Secure
// when the proxy says https; without it the header is not believed.
func TestServeTrustProxy(t *testing.T) {
	db := adminDB(t)
	cases := []struct {
		name   string
		vars   map[string]string
		args   []string
		secure bool
	}{
		{"no flag", nil, nil, false},
		{"flag", nil, []string{"--trust-proxy"}, true},
		{"environment", map[string]string{"TIENDO_TRUST_PROXY": "1"}, nil, true},
	}
	for _, c := range cases {
		base := serveWith(t, c.vars, tiendo.SystemClock{}, append([]string{"--db", db}, c.args...)...)
		cookie := signInCookie(t, base)
		if !strings.Contains(cookie, "tiendo_session=") || strings.Contains(cookie, "Secure") != c.secure {
			t.Errorf("%s: cookie %q, want Secure %v", c.name, cookie, c.secure)
		}
	}
	if _, err := run(t, "", "serve", "--db", db, "--addr", "127.0.0.1:0", "--idle-timeout", "5s"); err == nil ||
		!strings.Contains(err.Error(), "--idle-timeout") {
		t.Fatalf("a bad idle timeout: %v", err)
	}
}

// adminDB is a migrated SQLite file with one admin account, quantri.
func adminDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "t.db")
	if _, err := run(t, "", "migrate", "--db", db); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", db, "--login", "quantri", "--role", "admin", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	return db
}

// movingClock is a clock a test moves while the server reads it.
type movingClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *movingClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *movingClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TIENDO_IDLE_TIMEOUT (or --idle-timeout) reaches the sessions: 40
// minutes idle is within 45 (the default 30 would have ended it), 46 is
// not.
func TestServeIdleTimeout(t *testing.T) {
	db := adminDB(t)
	for _, c := range []struct {
		name string
		vars map[string]string
		args []string
	}{
		{"environment", map[string]string{"TIENDO_IDLE_TIMEOUT": "45m"}, nil},
		{"flag", nil, []string{"--idle-timeout", "45m"}},
	} {
		clock := &movingClock{t: time.Now()}
		base := serveWith(t, c.vars, clock, append([]string{"--db", db, "--no-reminders"}, c.args...)...)
		cookie, _, _ := strings.Cut(signInCookie(t, base), ";")
		for _, step := range []struct {
			idle time.Duration
			want int
		}{{40 * time.Minute, http.StatusOK}, {46 * time.Minute, http.StatusSeeOther}} {
			clock.add(step.idle)
			req, _ := http.NewRequest("GET", base+"/tai-khoan", nil)
			req.Header.Set("Cookie", cookie)
			res, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != step.want {
				t.Errorf("%s: after %v idle: %d, want %d", c.name, step.idle, res.StatusCode, step.want)
			}
		}
	}
}

// FuzzParseIdleTimeout: anything accepted is within one minute and the
// life of a session.
func FuzzParseIdleTimeout(f *testing.F) {
	for _, s := range []string{"", "30m", "12h", "1m", "59s", "1h30m", "-1h", "9999999h"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := parseIdleTimeout(s)
		if err == nil && s != "" && (d < time.Minute || d > 12*time.Hour) {
			t.Fatalf("%q accepted as %v", s, d)
		}
	})
}
