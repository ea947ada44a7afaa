package web

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
)

// TestSignInThrottledAnswers429: past the free failures the login form
// answers 429 with Retry-After and says why, even to the right password.
func TestSignInThrottledAnswers429(t *testing.T) {
	e := newEnv(t)
	visitor := e.browse("")
	for range service.LoginBackoffAfter {
		visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"sai"}}).
			want(t, "wrong password", http.StatusUnauthorized, "Sai tên đăng nhập hoặc mật khẩu")
	}
	p := visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}})
	p.want(t, "throttled", http.StatusTooManyRequests, "Đăng nhập sai nhiều lần", `value="phohue"`)
	if got := p.header.Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After %q, want 1", got)
	}
	e.clock.T = e.clock.T.Add(2e9)
	visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}}).
		redirectsTo(t, "after the wait", "/")
}

// TestTokenForOtherLoginAnswersAlike: asking a token for an unknown login
// and for an existing one out of reach answer the same, so logins cannot
// be probed.
func TestTokenForOtherLoginAnswersAlike(t *testing.T) {
	e := newEnv(t)
	// A session with its password: a token may not mint tokens at all.
	unknown := e.do("POST", "/api/v1/tokens", "session:phohue", map[string]string{"login": "khong-co", "name": "x", "password": "matkhau-123"})
	other := e.do("POST", "/api/v1/tokens", "session:phohue", map[string]string{"login": "truongdinh", "name": "x", "password": "matkhau-123"})
	if unknown.status != http.StatusNotFound || other.status != unknown.status {
		t.Fatalf("unknown %d, existing %d", unknown.status, other.status)
	}
	msg := func(r response) string {
		return strings.Replace(r.json(t)["error"].(map[string]any)["message"].(string), "truongdinh", "khong-co", 1)
	}
	if msg(unknown) != msg(other) {
		t.Errorf("messages differ: %q, %q", msg(unknown), msg(other))
	}
}

// TestSecurityLogAPI: filters, CSV export and who may read.
func TestSecurityLogAPI(t *testing.T) {
	e := newEnv(t)
	visitor := e.browse("")
	visitor.post("/dang-nhap", url.Values{"login": {"=cmd|' /C calc'!A0"}, "password": {"x"}})
	visitor.post("/dang-nhap", url.Values{"login": {"phohue"}, "password": {"sai"}})
	cases := []struct {
		name, query, login string
		status, total      int
	}{
		{"failed", "?kind=signin.failed", "admin", 200, 2},
		{"created", "?kind=account.created,token.created", "admin", 200, 12},
		{"by login", "?login=phohue&kind=signin.failed", "admin", 200, 1},
		{"today", "?from=2020-01-10&to=2020-01-10&kind=signin.failed", "admin", 200, 2},
		{"before", "?to=2020-01-09", "admin", 200, 0},
		{"bad kind", "?kind=khac", "admin", 422, 0},
		{"bad date", "?from=10/01/2020", "admin", 400, 0},
		{"not admin", "", "office", 403, 0},
	}
	for _, c := range cases {
		r := e.do("GET", "/api/v1/audit"+c.query, c.login, nil)
		if r.status != c.status {
			t.Errorf("%s: status %d, want %d: %s", c.name, r.status, c.status, r.body)
			continue
		}
		if c.status == 200 {
			if got := int(r.json(t)["total"].(float64)); got != c.total {
				t.Errorf("%s: total %d, want %d", c.name, got, c.total)
			}
		}
	}
	r := e.do("GET", "/api/v1/audit?kind=signin.failed&format=csv", "admin", nil)
	if r.status != 200 || !bytes.HasPrefix(r.body, []byte("\uFEFF")) || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %q %.40q", r.status, r.header.Get("Content-Type"), r.body)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(r.body, []byte("\uFEFF")))).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv rows %v, %v", rows, err)
	}
	want := []string{"10/01/2020 09:00", "Đăng nhập thất bại", "", "'=cmd|' /c calc'!a0", "127.0.0.1", "", "Tên đăng nhập không tồn tại"}
	// Newest first; the login typed cannot become a spreadsheet formula.
	if strings.Join(rows[2], "|") != strings.Join(want, "|") || rows[1][3] != "phohue" || rows[1][6] != "Sai mật khẩu" {
		t.Errorf("csv rows\n got %q\nwant %q", rows[1:], want)
	}
}

// TestUnlockAPIAndPage: the account page shows the lockout, and the API
// (or the page's button) lifts it.
func TestUnlockAPIAndPage(t *testing.T) {
	e := newEnv(t)
	ctx := tiendo.NewContextWithClientAddr(t.Context(), "203.0.113.8")
	for range service.LockoutFailures {
		if _, err := e.svc.SignIn(ctx, "phohue", "sai"); tiendo.ErrorCode(err) == tiendo.ETOOMANY {
			e.clock.T = e.clock.T.Add(tiendo.ErrorRetryAfter(err))
			_, _ = e.svc.SignIn(ctx, "phohue", "sai")
		}
	}
	id := e.as("phohue")
	accID := idStr(tiendo.ActorFromContext(id).AccountID)
	admin := e.browse("admin")
	admin.get("/tai-khoan/"+accID).want(t, "locked page", 200, "Tạm khóa đăng nhập đến", `id="account-unlock"`)
	if r := e.do("POST", "/api/v1/accounts/"+accID+"/unlock", "office", nil); r.status != http.StatusNotFound {
		t.Errorf("office unlocks: %d", r.status)
	}
	admin.post("/tai-khoan/"+accID+"/mo-khoa-dang-nhap", nil).redirectsTo(t, "unlock", "/tai-khoan/"+accID+"?ok=signin-unlocked")
	r := e.do("GET", "/api/v1/accounts/"+accID+"/signin", "admin", nil)
	if r.status != 200 || r.json(t)["locked"] != false {
		t.Fatalf("after unlock: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/v1/accounts/"+accID+"/unlock", "admin", nil); r.status != 200 {
		t.Errorf("unlock twice: %d %s", r.status, r.body)
	}
	admin.get("/nhat-ky-bao-mat?kind=signin.unlocked").want(t, "security page", 200, "Mở khóa đăng nhập", "phohue", "format=csv")
	e.browse("office").get("/nhat-ky-bao-mat").want(t, "security page, not admin", 403)
}

// TestClientAddr: X-Forwarded-For counts only behind a trusted proxy, and
// then only its last entry.
func TestClientAddr(t *testing.T) {
	for _, c := range []struct {
		trust bool
		xff   []string
		want  string
	}{
		{false, nil, "192.0.2.1"},
		{false, []string{"198.51.100.7"}, "192.0.2.1"},
		{true, nil, "192.0.2.1"},
		{true, []string{"10.0.0.1, 198.51.100.7"}, "198.51.100.7"},
		{true, []string{"6.6.6.6", "198.51.100.8"}, "198.51.100.8"},
	} {
		s := &Server{opts: Options{TrustProxy: c.trust}}
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = "192.0.2.1:5555"
		for _, v := range c.xff {
			r.Header.Add("X-Forwarded-For", v)
		}
		if got := s.clientAddr(r); got != c.want {
			t.Errorf("trust %v, %q: got %q, want %q", c.trust, c.xff, got, c.want)
		}
	}
}

// FuzzClientAddr: whatever a proxy header holds, the address taken is
// bounded, has no comma and never panics.
func FuzzClientAddr(f *testing.F) {
	for _, s := range []string{"", "1.2.3.4", "10.0.0.1, 198.51.100.7", ",,,", " , ", strings.Repeat("9", 500)} {
		f.Add(s, "192.0.2.1:5555")
	}
	f.Fuzz(func(t *testing.T, xff, remote string) {
		s := &Server{opts: Options{TrustProxy: true}}
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = remote
		r.Header.Set("X-Forwarded-For", xff)
		got := s.clientAddr(r)
		if len(got) > maxAddrLen {
			t.Fatalf("address %q too long", got)
		}
		// Either an address parsed from the header or the connection's own:
		// never the header's junk.
		if _, err := netip.ParseAddr(got); err != nil && !strings.Contains(remote, got) {
			t.Fatalf("address %q is neither an address nor the connection's", got)
		}
	})
}

// securityAPISteps exercise the security routes for TestRoutesOK.
func securityAPISteps(e *env) []step {
	p := "/api/v1/accounts/" + idStr(e.addAccount("canbo.khoa", tiendo.RoleOfficer, "HBT-TRUONGDINH"))
	return []step{
		{route: "GET /api/v1/accounts/{id}/signin", path: p + "/signin", login: "admin", status: 200,
			want: []string{`"failures":0`, `"locked":false`}},
		{route: "POST /api/v1/accounts/{id}/unlock", path: p + "/unlock", login: "admin", status: 200,
			want: []string{`"locked":false`}},
		{route: "GET /api/v1/audit", path: "/api/v1/audit?kind=signin.unlocked", login: "admin", status: 200,
			want: []string{`"login":"canbo.khoa"`, `"actor":"admin"`, `"total":1`}},
	}
}

// securityPageSteps exercise the security pages for TestPageRoutesOK.
func securityPageSteps(t *testing.T, e *env) []pageStep {
	admin := e.browse("admin")
	acc := "/tai-khoan/" + idStr(e.addAccount("canbo.trang", tiendo.RoleOfficer, "HBT-TRUONGDINH"))
	return []pageStep{
		{"POST /tai-khoan/{id}/mo-khoa-dang-nhap", func() pageResp { return admin.post(acc+"/mo-khoa-dang-nhap", nil) },
			func(p pageResp) { p.redirectsTo(t, "unlock", acc+"?ok=signin-unlocked") }},
		{"GET /nhat-ky-bao-mat", func() pageResp { return admin.get("/nhat-ky-bao-mat?kind=signin.unlocked&from=10/01/2020") },
			func(p pageResp) {
				p.want(t, "security log", 200, "Nhật ký bảo mật", "canbo.trang", "Mở khóa đăng nhập",
					"/api/v1/audit?format=csv&amp;from=2020-01-10&amp;kind=signin.unlocked")
			}},
	}
}
