package web

import (
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo/service"
	"tiendo/web/httpx"
)

// POST /api/v1/tokens: a web session proves itself with the current
// password, an API token may not mint tokens, and the expiry is bounded.
func TestCreateTokenCredentialAndExpiry(t *testing.T) {
	e := newEnv(t)
	for _, c := range []struct {
		name   string
		login  string
		body   string
		status int
		want   []string
	}{
		{"session without password", "session:office", `{"name":"x"}`, 422, []string{`"password"`}},
		{"session with a wrong password", "session:office", `{"name":"x","password":"sai-mat-khau"}`, 401, []string{`"unauthenticated"`}},
		{"bearer token", "office", `{"name":"x","password":"matkhau-123"}`, 403, []string{"Không thể dùng mã truy cập"}},
		{"default 90 days", "session:office", `{"name":"x","password":"matkhau-123"}`, 201, []string{`"expires_at":"2020-04-09T02:00:00Z"`}},
		{"a date", "session:office", `{"password":"matkhau-123","expires_at":"2020-01-31"}`, 201, []string{`"expires_at":"2020-01-31T17:00:00Z"`}},
		{"never by an office", "session:office", `{"password":"matkhau-123","expires_in_days":0}`, 422, []string{`"expires_in_days"`}},
		{"too long", "session:office", `{"password":"matkhau-123","expires_in_days":400}`, 422, []string{`"expires_in_days"`}},
		{"never by the whole-tree admin", "session:admin", `{"password":"matkhau-123","expires_in_days":0}`, 201, []string{`"expires_at":null`}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := e.do("POST", "/api/v1/tokens", c.login, c.body)
			check(t, c.name, r, c.status, c.want...)
			if strings.Contains(string(r.body), "matkhau") {
				t.Fatalf("the answer echoes the password: %s", r.body)
			}
		})
	}
	// The fixture's token and the two made above; none of the refused.
	list, err := e.svc.AccountTokens(e.as("admin"), accountID(t, e, "office"))
	if err != nil || len(list) != 3 {
		t.Fatalf("office tokens: %d, %v", len(list), err)
	}
	r := e.do("GET", "/api/v1/accounts/"+strconv.FormatInt(accountID(t, e, "office"), 10)+"/tokens", "admin", nil)
	check(t, "list", r, 200, `"expires_at":"2020-04-09T02:00:00Z"`, `"expires_at":"2020-01-31T17:00:00Z"`)
}

// An expired token is refused on every request, API and page alike.
func TestExpiredTokenRefused(t *testing.T) {
	e := newEnv(t)
	days := 1
	secret, tok, err := e.svc.IssueToken(e.sys(), service.TokenInput{Login: "phohue", ExpiresInDays: &days})
	if err != nil {
		t.Fatal(err)
	}
	check(t, "fresh", e.do("GET", "/api/v1/me", "raw:Bearer "+secret, nil), 200, `"login":"phohue"`)
	e.clock.T = tok.ExpiresAt.Add(time.Minute)
	for _, path := range []string{"/api/v1/me", "/api/v1/tasks", "/api/v1/calendar.ics"} {
		check(t, path, e.do("GET", path, "raw:Bearer "+secret, nil), http.StatusUnauthorized, `"unauthenticated"`)
	}
}

// The account page shows each token's last day, or that it never ends.
func TestAccountPageShowsTokenExpiry(t *testing.T) {
	e := newEnv(t)
	never := 0
	if _, _, err := e.svc.IssueToken(e.sys(), service.TokenInput{Login: "phohue", Name: "mãi mãi", ExpiresInDays: &never}); err != nil {
		t.Fatal(err)
	}
	p := e.browse("admin").get("/tai-khoan/" + strconv.FormatInt(accountID(t, e, "phohue"), 10))
	p.want(t, "account page", 200, "Dùng được đến hết ngày", "09/04/2020", "Không hết hạn")
}

// The calendar feed's secret never reaches the log, whichever way its
// address is spelt, and a new secret stops the old address.
func TestCalendarSecretNotLogged(t *testing.T) {
	e := newEnv(t)
	r := e.do("POST", "/api/v1/calendar/token", "phohue", nil)
	check(t, "new feed", r, 201, `"path":"/lich/`)
	path := jsonPath(t, r.json(t), "path")
	secret := strings.TrimSuffix(strings.TrimPrefix(path, "/lich/"), ".ics")
	for _, p := range []string{path, "/lich/" + secret, "/./lich/" + secret, "/LICH/" + secret, "/lich//" + secret} {
		e.do("GET", p, "", nil)
	}
	check(t, "feed", e.do("GET", path, "", nil), 200, "BEGIN:VCALENDAR")
	page := e.browse("phohue").post("/lich-lam-viec/dia-chi-lich", nil)
	page.want(t, "rotate", 201, "/lich/")
	check(t, "old feed after rotation", e.do("GET", path, "", nil), 404)

	logs := e.logs.String()
	if strings.Contains(logs, secret) {
		t.Fatalf("the calendar secret is in the log:\n%s", logs)
	}
	if !strings.Contains(logs, "path=/lich/…") {
		t.Fatalf("no redacted feed request in the log:\n%s", logs)
	}
}

func TestLogPath(t *testing.T) {
	for in, want := range map[string]string{
		"/lich/abc.ics":     "/lich/…",
		"/lich/":            "/lich/",
		"/LiCh/abc":         "/lich/…",
		"/x/../lich/abc":    "/lich/…",
		"/lich-lam-viec":    "/lich-lam-viec",
		"/lich":             "/lich",
		"/api/v1/tasks/12":  "/api/v1/tasks/12",
		"/viec/lich/abc":    "/viec/lich/abc",
		"/api/calendar.ics": "/api/calendar.ics",
	} {
		if got := httpx.LogPath(in); got != want {
			t.Errorf("logPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func accountID(t *testing.T, e *env, login string) int64 {
	t.Helper()
	accs, err := e.svc.ListAccounts(e.sys())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range accs {
		if a.Login == login {
			return a.ID
		}
	}
	t.Fatalf("no account %s", login)
	return 0
}

// FuzzLogPath: a feed secret (one path segment after /lich/) never
// reaches a log line, whatever case or extra slashes the path has.
func FuzzLogPath(f *testing.F) {
	for _, s := range []string{"abc.ics", "0f3a", "x y", "ä"} {
		f.Add("/lich/", s)
		f.Add("//LICH//", s)
	}
	f.Fuzz(func(t *testing.T, prefix, secret string) {
		if secret == "" || secret == "." || secret == ".." || strings.Contains(secret, "/") ||
			!strings.EqualFold(strings.Trim(prefix, "/"), "lich") || !strings.HasPrefix(prefix, "/") || !strings.HasSuffix(prefix, "/") {
			t.Skip()
		}
		if got := httpx.LogPath(prefix + secret); got != "/lich/…" {
			t.Fatalf("logPath(%q) = %q", prefix+secret, got)
		}
	})
}
