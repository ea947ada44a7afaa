package web

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"tiendo/web/httpx"
	"tiendo/web/ui"

	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
)

// idpUsers is the identity provider's directory: usernames are what it
// puts in preferred_username.
type idpUsers map[string]*storage.User

func (u idpUsers) GetUserByID(id string) *storage.User { return u[id] }
func (u idpUsers) ExampleClientID() string             { return "service" }
func (u idpUsers) GetUserByUsername(name string) *storage.User {
	for _, x := range u {
		if x.Username == name {
			return x
		}
	}
	return nil
}

const idpPassword = "matkhau-idp"

// oidcEnv is the test env's service behind a server with single sign-on,
// and a real OpenID Connect provider (zitadel's example OP, in memory) on
// another loopback port.
type oidcEnv struct {
	*env
	site *httptest.Server // tiendo with OIDC
	idp  *httptest.Server
}

func newOIDCEnv(t *testing.T) *oidcEnv {
	t.Helper()
	e := newEnv(t)
	idp := httptest.NewUnstartedServer(nil)
	issuer := "http://" + idp.Listener.Addr().String()
	srv := NewServer(e.svc, Options{Logger: slog.New(slog.NewTextHandler(e.logs, nil)),
		OIDC: OIDCOptions{Issuer: issuer, ClientID: "tiendo", ClientSecret: "bi-mat", Name: "Sở Nội vụ"}})
	site := httptest.NewServer(srv.Handler())
	t.Cleanup(site.Close)
	users := idpUsers{}
	for i, login := range []string{"phohue", "truongdinh", "khongco"} {
		id := string(rune('a' + i))
		users[id] = &storage.User{ID: id, Username: login, Password: idpPassword, FirstName: "Cán bộ", LastName: login,
			Email: login + "@hanoi.gov.vn", EmailVerified: true}
	}
	clients := map[string]*storage.Client{
		"tiendo": storage.WebClient("tiendo", "bi-mat", site.URL+ui.OIDCCallbackPath),
	}
	idp.Config.Handler = exampleop.SetupServer(issuer, storage.NewStorageWithClients(users, clients), nil, false)
	idp.Start()
	t.Cleanup(idp.Close)
	return &oidcEnv{env: e, site: site, idp: idp}
}

// ssoClient is a browser's cookie jar that follows redirects except into
// tiendo's callback, so a test can tamper with it.
func (o *oidcEnv) ssoClient() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(req *http.Request, _ []*http.Request) error {
		if req.URL.Path == ui.OIDCCallbackPath {
			return http.ErrUseLastResponse
		}
		return nil
	}}
}

// signInAtIdP starts sign-on at tiendo, signs in at the provider as user
// and returns tiendo's callback URL the provider sends the browser to.
func (o *oidcEnv) signInAtIdP(c *http.Client, user string) *url.URL {
	o.t.Helper()
	resp, err := c.Get(o.site.URL + "/dang-nhap/oidc?tiep=/viec/qua-han")
	if err != nil {
		o.t.Fatal(err)
	}
	_ = resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Request.URL.String(), o.idp.URL+"/login/") {
		o.t.Fatalf("start: %d at %s, want the provider's login page", resp.StatusCode, resp.Request.URL)
	}
	id := resp.Request.URL.Query().Get("authRequestID")
	resp, err = c.PostForm(o.idp.URL+"/login/username", url.Values{"id": {id}, "username": {user}, "password": {idpPassword}})
	if err != nil {
		o.t.Fatal(err)
	}
	_ = resp.Body.Close()
	loc, err := resp.Location()
	if err != nil || loc.Path != ui.OIDCCallbackPath {
		o.t.Fatalf("provider sign-in: %d, location %v (%v), want tiendo's callback", resp.StatusCode, loc, err)
	}
	return loc
}

// get fetches u without following redirects.
func get(t *testing.T, c *http.Client, u string) (int, string, string) {
	t.Helper()
	nc := *c
	nc.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	resp, err := nc.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(body)
}

func sessionOf(c *http.Client, site string) string {
	u, _ := url.Parse(site)
	for _, k := range c.Jar.Cookies(u) {
		if k.Name == httpx.SessionCookie {
			return k.Value
		}
	}
	return ""
}

func TestOIDCSignIn(t *testing.T) {
	o := newOIDCEnv(t)

	t.Run("login page offers the provider", func(t *testing.T) {
		_, _, body := get(t, o.ssoClient(), o.site.URL+"/dang-nhap")
		if !strings.Contains(body, "Đăng nhập bằng Sở Nội vụ") || !strings.Contains(body, `href="/dang-nhap/oidc?tiep=%2f"`) {
			t.Errorf("login page has no sign-on button:\n%s", body)
		}
		if _, _, plain := get(t, o.ssoClient(), o.http.URL+"/dang-nhap"); strings.Contains(plain, "login-oidc") {
			t.Error("a server without OIDC shows the button")
		}
	})

	t.Run("happy path opens a session", func(t *testing.T) {
		c := o.ssoClient()
		cb := o.signInAtIdP(c, "phohue")
		status, loc, body := get(t, c, cb.String())
		if status != http.StatusSeeOther || loc != "/viec/qua-han" {
			t.Fatalf("callback: %d to %q, want 303 to /viec/qua-han\n%s", status, loc, body)
		}
		secret := sessionOf(c, o.site.URL)
		a, err := o.svc.ActorForSession(t.Context(), secret, 0)
		if err != nil || a.Login != "phohue" {
			t.Fatalf("session: %+v, %v; want phohue", a, err)
		}
		if status, _, _ := get(t, c, o.site.URL+"/viec"); status != http.StatusOK {
			t.Errorf("GET /viec signed in by OIDC: %d", status)
		}
		t.Run("replayed code is refused", func(t *testing.T) {
			// The attacker has the callback URL and the flow cookie too.
			c2 := o.ssoClient()
			c3 := o.ssoClient()
			cb2 := o.signInAtIdP(c2, "phohue")
			u, _ := url.Parse(o.site.URL + ui.OIDCCallbackPath)
			flow := c2.Jar.Cookies(u)
			if status, _, _ := get(t, c2, cb2.String()); status != http.StatusSeeOther {
				t.Fatalf("first use: %d", status)
			}
			c3.Jar.SetCookies(u, flow)
			status, _, body := get(t, c3, cb2.String())
			if status != http.StatusUnauthorized || !strings.Contains(body, "Không xác minh được đăng nhập") {
				t.Errorf("replay: %d\n%s", status, body)
			}
			if sessionOf(c3, o.site.URL) != "" {
				t.Error("replay got a session")
			}
		})
	})

	refusals := []struct {
		name, user string
		tamper     func(*url.URL)
		disable    string
		want       string
	}{
		{name: "wrong state", user: "phohue", want: "Phiên đăng nhập một lần không hợp lệ",
			tamper: func(u *url.URL) { q := u.Query(); q.Set("state", "gia-mao"); u.RawQuery = q.Encode() }},
		{name: "no state", user: "phohue", want: "Phiên đăng nhập một lần không hợp lệ",
			tamper: func(u *url.URL) { q := u.Query(); q.Del("state"); u.RawQuery = q.Encode() }},
		{name: "forged code", user: "phohue", want: "Không xác minh được đăng nhập",
			tamper: func(u *url.URL) { q := u.Query(); q.Set("code", "gia-mao"); u.RawQuery = q.Encode() }},
		{name: "provider error", user: "phohue", want: "Nhà cung cấp định danh đã từ chối",
			tamper: func(u *url.URL) {
				q := u.Query()
				q.Del("code")
				q.Set("error", "access_denied")
				u.RawQuery = q.Encode()
			}},
		{name: "unknown login", user: "khongco", want: "Tài khoản &#34;khongco&#34; chưa có trong Tiến Độ"},
		{name: "disabled account", user: "truongdinh", disable: "truongdinh", want: "Tài khoản &#34;truongdinh&#34; đã bị khóa"},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) {
			if r.disable != "" {
				id := o.accountID(r.disable)
				acc, err := o.svc.GetAccount(o.as("admin"), id)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := o.svc.SetAccountDisabled(o.as("admin"), id, acc.Version, true); err != nil {
					t.Fatal(err)
				}
			}
			c := o.ssoClient()
			cb := o.signInAtIdP(c, r.user)
			if r.tamper != nil {
				r.tamper(cb)
			}
			status, _, body := get(t, c, cb.String())
			if status != http.StatusUnauthorized || !strings.Contains(body, r.want) {
				t.Errorf("callback: %d, want 401 with %q\n%s", status, r.want, body)
			}
			if sessionOf(c, o.site.URL) != "" {
				t.Error("a refused sign-on set a session cookie")
			}
		})
	}

	t.Run("callback without a flow", func(t *testing.T) {
		status, _, _ := get(t, o.ssoClient(), o.site.URL+ui.OIDCCallbackPath+"?code=x&state=y")
		if status != http.StatusUnauthorized {
			t.Errorf("callback without the cookie: %d, want 401", status)
		}
	})
}
