package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAdminDisablesAccount: the administrator disables the account of
// phường Trương Định's officer, who is signed in in another browser; the
// officer's next page is the login page and signing in is refused. Enabled
// again, the officer signs in.
func TestAdminDisablesAccount(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	officer := newBrowser(t, chromium, base)
	officer.login("truongdinh")
	admin := newBrowser(t, chromium, base)
	admin.login("admin")

	admin.open("/tai-khoan")
	href := eval[string](admin, `(function(){ const a = [...document.querySelectorAll("main a")].find(a => a.textContent.trim() === "truongdinh"); return a ? a.getAttribute("href") : "" })()`)
	if href == "" {
		t.Fatal("no link to the account truongdinh on /tai-khoan")
	}
	admin.open(href)
	admin.do(chromedp.Click(chromedp.ID("disable-submit")))
	admin.notice("Đã khóa tài khoản")
	if got := admin.text("#account-state"); got != "Đã khóa" {
		t.Errorf("state after disabling: %q", got)
	}
	admin.shot("08-khoa-tai-khoan")

	officer.open("/viec")
	officer.waitFor("the login page for the disabled account", `location.pathname === "/dang-nhap" && !!document.getElementById("login")`)
	officer.do(chromedp.SendKeys(chromedp.ID("login"), "truongdinh"), chromedp.SendKeys(chromedp.ID("password"), "tiendo-demo"),
		chromedp.Click(chromedp.ID("login-submit")))
	officer.waitFor("sign-in refused", `(function(){ const e = document.querySelector(".form-error"); return !!e && e.textContent.includes("Sai tên đăng nhập") })()`)

	admin.do(chromedp.Click(chromedp.ID("enable-submit")))
	admin.notice("Đã mở khóa tài khoản")
	officer.login("truongdinh")
	if got := officer.text(".user strong"); got != "truongdinh" {
		t.Errorf("signed in as %q after enabling", got)
	}
}
