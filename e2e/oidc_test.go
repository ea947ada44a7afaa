package e2e

import (
	"net"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/zitadel/oidc/v3/example/server/exampleop"
	"github.com/zitadel/oidc/v3/example/server/storage"
)

// idpUsers is the provider's directory; a username is what it sends as
// preferred_username.
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

// TestOIDCSignIn: the real binary signs people in through a real OpenID
// Connect provider (zitadel's example OP, in this test process). The
// officer of phường Phố Huế clicks "Đăng nhập bằng Sở Nội vụ", signs in at
// the provider's own page and lands on her tasks; a provider account with
// no tiendo account is sent back to the login page with the reason.
func TestOIDCSignIn(t *testing.T) {
	chromium := requireBrowser(t)
	const secret = "bi-mat-cua-so-noi-vu"
	// The provider must know tiendo's callback before tiendo starts, so
	// tiendo gets a port chosen here.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	idp := httptest.NewUnstartedServer(nil)
	issuer := "http://" + idp.Listener.Addr().String()
	users := idpUsers{
		"1": {ID: "1", Username: "phohue", Password: "matkhau-so", FirstName: "Cán bộ", LastName: "Phố Huế", EmailVerified: true},
		"2": {ID: "2", Username: "nguoila", Password: "matkhau-so", FirstName: "Người", LastName: "Lạ", EmailVerified: true},
	}
	clients := map[string]*storage.Client{"tiendo": storage.WebClient("tiendo", secret, "http://"+addr+"/dang-nhap/oidc/callback")}
	idp.Config.Handler = exampleop.SetupServer(issuer, storage.NewStorageWithClients(users, clients), nil, false)
	idp.Start()
	t.Cleanup(idp.Close)

	bin := buildServer(t)
	db := filepath.Join(filepath.Dir(bin), "oidc.db")
	base, stop := runServerArgs(t, bin, db, []string{"--addr", addr, "--oidc-issuer", issuer,
		"--oidc-client-id", "tiendo", "--oidc-name", "Sở Nội vụ"}, "TIENDO_OIDC_CLIENT_SECRET="+secret)

	b := newBrowser(t, chromium, base)
	signOn := func(user string) {
		b.open("/dang-nhap")
		if got := b.text("#login-oidc"); got != "Đăng nhập bằng Sở Nội vụ" {
			t.Fatalf("sign-on button: %q", got)
		}
		b.do(chromedp.Click(chromedp.ID("login-oidc")))
		b.waitFor("the provider's login page", `location.origin === `+strconv.Quote(issuer)+` && !!document.getElementById("username")`)
		b.do(chromedp.SendKeys(chromedp.ID("username"), user), chromedp.SendKeys(chromedp.ID("password"), "matkhau-so"),
			chromedp.Click(`button[type="submit"]`))
	}

	signOn("nguoila")
	b.waitFor("refused: no such account", `location.pathname === "/dang-nhap/oidc/callback" && (document.querySelector(".form-error") || {textContent: ""}).textContent.includes("chưa có trong Tiến Độ")`)

	signOn("phohue")
	b.waitFor("signed in by the provider", `location.pathname === "/" && !!document.querySelector("#inbox") && !!document.querySelector("nav.main")`)
	if got := b.text(".user strong"); got != "phohue" {
		t.Errorf("signed in as %q, want phohue", got)
	}
	b.shot("oidc-dang-nhap")
	b.logout()

	stop()
	logs, err := os.ReadFile(filepath.Join(artifacts(t), "server-oidc.log"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(logs), secret) {
		t.Error("the client secret is in the server log")
	}
}
