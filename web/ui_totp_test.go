package web

import (
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"tiendo/web/httpx"
	"tiendo/web/ui"
	"time"

	"github.com/pquerna/otp/totp"
)

// jarClient is a browser with a cookie jar that does not follow redirects.
type jarClient struct {
	t    *testing.T
	base string
	c    *http.Client
}

func (e *env) jar() *jarClient {
	j, _ := cookiejar.New(nil)
	return &jarClient{t: e.t, base: e.http.URL, c: &http.Client{Jar: j,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (j *jarClient) do(method, path string, vals url.Values) (int, string, string) {
	j.t.Helper()
	req, err := http.NewRequest(method, j.base+path, strings.NewReader(vals.Encode()))
	if err != nil {
		j.t.Fatal(err)
	}
	if method == "POST" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := j.c.Do(req)
	if err != nil {
		j.t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(body)
}

func (j *jarClient) cookie(name string) string {
	u, _ := url.Parse(j.base + "/dang-nhap/")
	for _, c := range j.c.Jar.Cookies(u) {
		if c.Name == name {
			return c.Value
		}
	}
	return ""
}

func (e *env) totpCode(secret string) string {
	e.t.Helper()
	c, err := totp.GenerateCode(secret, e.clock.T)
	if err != nil {
		e.t.Fatal(err)
	}
	return c
}

var secretRe = regexp.MustCompile(`id="totp-secret">([A-Z2-7]+)<`)

func TestTOTPPages(t *testing.T) {
	e := newEnv(t)
	ward := e.jar()
	signIn := func(j *jarClient) (int, string) {
		status, loc, _ := j.do("POST", "/dang-nhap", url.Values{"login": {"phohue"}, "password": {"matkhau-123"}, "tiep": {"/viec/qua-han"}})
		return status, loc
	}
	if status, loc := signIn(ward); status != http.StatusSeeOther || loc != "/viec/qua-han" {
		t.Fatalf("password sign-in: %d %q", status, loc)
	}

	// Enrol on the account's own page.
	if _, _, body := ward.do("GET", ui.TOTPPath, nil); !strings.Contains(body, "Chưa bật") {
		t.Fatalf("own page before enrolling:\n%s", body)
	}
	if status, loc, _ := ward.do("POST", ui.TOTPPath, nil); status != http.StatusSeeOther || loc != ui.TOTPPath {
		t.Fatalf("begin: %d %q", status, loc)
	}
	_, _, body := ward.do("GET", ui.TOTPPath, nil)
	m := secretRe.FindStringSubmatch(body)
	if m == nil || !strings.Contains(body, "otpauth://totp/") {
		t.Fatalf("enrolment page shows no secret and URI:\n%s", body)
	}
	secret := m[1]
	if status, _, png := ward.do("GET", ui.TOTPPath+"/qr.png", nil); status != http.StatusOK || !strings.HasPrefix(png, "\x89PNG") {
		t.Errorf("QR code: %d, %.8q", status, png)
	}
	if status, _, body := ward.do("POST", ui.TOTPPath+"/xac-nhan", url.Values{"code": {"000000"}}); status != http.StatusUnprocessableEntity || !strings.Contains(body, "Mã xác thực không đúng") {
		t.Errorf("confirm with a wrong code: %d\n%s", status, body)
	}
	if status, loc, _ := ward.do("POST", ui.TOTPPath+"/xac-nhan", url.Values{"code": {e.totpCode(secret)}}); status != http.StatusSeeOther || loc != ui.TOTPPath+"?ok=totp-enabled" {
		t.Fatalf("confirm: %d %q", status, loc)
	}

	// Sign-in now asks for the code after the password.
	e.clock.T = e.clock.T.Add(time.Minute)
	b := e.jar()
	status, loc := signIn(b)
	if status != http.StatusSeeOther || loc != "/dang-nhap/ma-xac-thuc?tiep=%2Fviec%2Fqua-han" || b.cookie(httpx.SessionCookie) != "" || b.cookie(ui.MFACookie) == "" {
		t.Fatalf("password of an account with a second factor: %d %q, session %q", status, loc, b.cookie(httpx.SessionCookie))
	}
	if status, _, body := b.do("GET", "/dang-nhap/ma-xac-thuc?tiep=%2Fviec%2Fqua-han", nil); status != http.StatusOK || !strings.Contains(body, `autocomplete="one-time-code"`) {
		t.Fatalf("code page: %d\n%s", status, body)
	}
	steps := []struct {
		name, code string
		status     int
		loc, want  string
	}{
		{"wrong code", "999999", http.StatusUnauthorized, "", "Mã xác thực không đúng"},
		{"right code", e.totpCode(secret), http.StatusSeeOther, "/viec/qua-han", ""},
		{"after success the challenge is gone", e.totpCode(secret), http.StatusUnauthorized, "", "hãy đăng nhập lại"},
	}
	for _, s := range steps {
		status, loc, body := b.do("POST", "/dang-nhap/ma-xac-thuc", url.Values{"code": {s.code}, "tiep": {"/viec/qua-han"}})
		if status != s.status || loc != s.loc || !strings.Contains(body, s.want) {
			t.Errorf("%s: %d %q, want %d %q with %q\n%s", s.name, status, loc, s.status, s.loc, s.want, body)
		}
		if s.status == http.StatusSeeOther {
			if a, err := e.svc.ActorForSession(t.Context(), b.cookie(httpx.SessionCookie), 0); err != nil || a.Login != "phohue" {
				t.Errorf("%s: session %v, %v", s.name, a, err)
			}
		}
	}
	if status, loc, _ := e.jar().do("GET", "/dang-nhap/ma-xac-thuc", nil); status != http.StatusSeeOther || loc != "/dang-nhap" {
		t.Errorf("code page without a challenge: %d %q", status, loc)
	}

	// The administrator sees it and resets it; the password alone signs in again.
	admin := e.browse("admin")
	id := e.accountID("phohue")
	if p := admin.get("/tai-khoan/" + strconv.FormatInt(id, 10)); !strings.Contains(p.body, `id="account-totp-state">Đang bật.`) {
		t.Errorf("account page does not say two-step is on")
	}
	p := admin.post("/tai-khoan/"+strconv.FormatInt(id, 10)+"/xac-thuc-hai-buoc/dat-lai", url.Values{})
	p.redirectsTo(t, "reset", "/tai-khoan/"+strconv.FormatInt(id, 10)+"?ok=totp-reset")
	if status, loc := signIn(e.jar()); status != http.StatusSeeOther || loc != "/viec/qua-han" {
		t.Errorf("password sign-in after reset: %d %q", status, loc)
	}
	p = admin.post("/tai-khoan/"+strconv.FormatInt(id, 10)+"/xac-thuc-hai-buoc/dat-lai", url.Values{})
	if p.status != http.StatusConflict || !strings.Contains(p.body, "chưa bật xác thực hai bước") {
		t.Errorf("reset twice: %d", p.status)
	}
	if p := e.browse("office").post("/tai-khoan/"+strconv.FormatInt(id, 10)+"/xac-thuc-hai-buoc/dat-lai", url.Values{}); p.status != http.StatusForbidden {
		t.Errorf("reset by a non-administrator: %d", p.status)
	}
}

// resp makes a jarClient answer a pageResp, for the route scenarios.
func (j *jarClient) resp(method, path string, vals url.Values) pageResp {
	status, loc, body := j.do(method, path, vals)
	return pageResp{status: status, header: http.Header{"Location": {loc}}, body: body}
}

// totpPageSteps are the scenarios of the second-factor pages and of the
// sign-on routes, which this server has not configured (404). The viewer
// enrols, signs in with a code, and the administrator resets it at the
// end, so the other scenarios still sign the viewer in by password.
func totpPageSteps(t *testing.T, e *env) []pageStep {
	viewer, admin, visitor := e.browse("viewer"), e.browse("admin"), e.browse("")
	next := e.jar()
	var secret string
	id := strconv.FormatInt(e.accountID("viewer"), 10)
	return []pageStep{
		{"GET /dang-nhap/oidc", func() pageResp { return visitor.get("/dang-nhap/oidc") }, func(p pageResp) {
			p.want(t, "sign-on not configured", 404, "chưa được cấu hình")
		}},
		{"GET /dang-nhap/oidc/callback", func() pageResp { return visitor.get("/dang-nhap/oidc/callback?code=x&state=y") }, func(p pageResp) {
			p.want(t, "sign-on callback not configured", 404)
		}},
		{"GET /cai-dat/xac-thuc-hai-buoc", func() pageResp { return viewer.get(ui.TOTPPath) }, func(p pageResp) {
			p.want(t, "two-step page", 200, "Chưa bật", `id="totp-begin"`)
		}},
		{"POST /cai-dat/xac-thuc-hai-buoc", func() pageResp { return viewer.post(ui.TOTPPath, url.Values{}) }, func(p pageResp) {
			p.redirectsTo(t, "begin", ui.TOTPPath)
			m := secretRe.FindStringSubmatch(viewer.get(ui.TOTPPath).body)
			if m == nil {
				t.Fatal("no secret on the enrolment page")
			}
			secret = m[1]
		}},
		{"GET /cai-dat/xac-thuc-hai-buoc/qr.png", func() pageResp { return viewer.get(ui.TOTPPath + "/qr.png") }, func(p pageResp) {
			p.want(t, "QR code", 200, "\x89PNG")
		}},
		{"POST /cai-dat/xac-thuc-hai-buoc/xac-nhan", func() pageResp {
			return viewer.post(ui.TOTPPath+"/xac-nhan", url.Values{"code": {e.totpCode(secret)}})
		}, func(p pageResp) { p.redirectsTo(t, "confirm", ui.TOTPPath+"?ok=totp-enabled") }},
		{"GET /dang-nhap/ma-xac-thuc", func() pageResp {
			e.clock.T = e.clock.T.Add(time.Minute) // a new step: the confirming code is spent
			next.resp("POST", "/dang-nhap", url.Values{"login": {"viewer"}, "password": {"matkhau-123"}})
			return next.resp("GET", "/dang-nhap/ma-xac-thuc?tiep=%2Fviec", nil)
		}, func(p pageResp) { p.want(t, "code page", 200, `name="code"`, `value="/viec"`) }},
		{"POST /dang-nhap/ma-xac-thuc", func() pageResp {
			return next.resp("POST", "/dang-nhap/ma-xac-thuc", url.Values{"code": {e.totpCode(secret)}, "tiep": {"/viec"}})
		}, func(p pageResp) { p.redirectsTo(t, "code", "/viec") }},
		{"POST /tai-khoan/{id}/xac-thuc-hai-buoc/dat-lai", func() pageResp {
			return admin.post("/tai-khoan/"+id+"/xac-thuc-hai-buoc/dat-lai", url.Values{})
		}, func(p pageResp) { p.redirectsTo(t, "reset", "/tai-khoan/"+id+"?ok=totp-reset") }},
	}
}
