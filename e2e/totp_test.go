package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pquerna/otp/totp"
)

// TestTOTPSignIn: the leader turns on two-step verification on the
// account's own page (QR code and secret), signs out, and signing in then
// takes the password and a code from the "app" (computed here).
func TestTOTPSignIn(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("lanhdao")
	b.open("/cai-dat/xac-thuc-hai-buoc")
	b.do(chromedp.Click(chromedp.ID("totp-begin")))
	b.waitFor("the enrolment", `!!document.getElementById("totp-secret")`)
	b.waitFor("the QR code", `(function(){ const i = document.getElementById("totp-qr"); return !!i && i.complete && i.naturalWidth > 0 })()`)
	secret := b.text("#totp-secret")
	code := func(ahead time.Duration) string {
		c, err := totp.GenerateCode(secret, time.Now().Add(ahead))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	b.do(chromedp.SendKeys(chromedp.ID("code"), code(0)), chromedp.Click(chromedp.ID("totp-confirm-submit")))
	b.notice("Đã bật xác thực hai bước")
	b.shot("totp-bat")
	b.logout()

	b.do(chromedp.SendKeys(chromedp.ID("login"), "lanhdao"), chromedp.SendKeys(chromedp.ID("password"), "tiendo-demo"),
		chromedp.Click(chromedp.ID("login-submit")))
	b.waitFor("the code step", `location.pathname === "/dang-nhap/ma-xac-thuc" && !!document.getElementById("code")`)
	// The confirming code's step is spent; the next step's code is within
	// the one step of drift allowed.
	b.do(chromedp.SendKeys(chromedp.ID("code"), code(30*time.Second)), chromedp.Click(chromedp.ID("code-submit")))
	b.waitFor("signed in with the second factor", `location.pathname === "/" && !!document.querySelector("#inbox") && !!document.querySelector("nav.main")`)
	if got := b.text(".user strong"); got != "lanhdao" {
		t.Errorf("signed in as %q", got)
	}
}
