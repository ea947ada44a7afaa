package e2e

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// stepTimeout bounds one step in the browser; a step waits for the page it
// leads to, so a broken page fails the step instead of hanging the test.
const stepTimeout = 45 * time.Second

// tab is one browser tab with the test's helpers.
type tab struct {
	t       *testing.T
	ctx     context.Context
	base    string
	dialogs *int // JavaScript dialogs opened so far (an XSS would open one)
}

// newBrowser starts headless Chromium and returns its first tab.
func newBrowser(t *testing.T, exec, base string) *tab {
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exec), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1280, 800), chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("lang", "vi-VN"),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	first := &tab{t: t, ctx: ctx, base: base, dialogs: new(int)}
	first.watchDialogs()
	first.do(chromedp.EmulateViewport(1280, 800))
	return first
}

// newTab opens a second tab of the same browser: same cookies, same user.
func (b *tab) newTab() *tab {
	ctx, cancel := chromedp.NewContext(b.ctx)
	b.t.Cleanup(cancel)
	nt := &tab{t: b.t, ctx: ctx, base: b.base, dialogs: b.dialogs}
	nt.watchDialogs()
	nt.do(chromedp.EmulateViewport(1280, 800))
	return nt
}

// watchDialogs counts alert/confirm dialogs and dismisses them, so an
// injected alert() fails the test rather than blocking the page.
func (b *tab) watchDialogs() {
	if err := chromedp.Listen(b.ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			*b.dialogs++
			go func() {
				_, _ = chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
			}()
		}
	}); err != nil {
		b.t.Fatalf("listen: %v", err)
	}
}

func (b *tab) step() (context.Context, context.CancelFunc) {
	return context.WithTimeout(b.ctx, stepTimeout)
}

// do runs actions, failing the test on the first error.
func (b *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := b.step()
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.t.Fatalf("browser: %v (at %s)", err, b.location())
	}
}

// eval evaluates a JavaScript expression.
func eval[T any](b *tab, js string) T {
	b.t.Helper()
	ctx, cancel := b.step()
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		b.t.Fatalf("evaluate %s: %v (at %s)", js, err, b.location())
	}
	return v
}

// waitFor polls a JavaScript condition until it holds. It evaluates in a
// loop rather than with one in-page poll, because the condition often
// waits for a navigation, which ends any script running in the old page.
func (b *tab) waitFor(what, js string) {
	b.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	var lastErr error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
		cancel()
		if err == nil && ok {
			return
		}
		lastErr = err
		time.Sleep(100 * time.Millisecond)
	}
	b.shot("failed-" + strings.ReplaceAll(what, " ", "-"))
	body, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`(document.querySelector("main") || document.body).innerText.slice(0, 1500)`))
	b.t.Fatalf("waiting for %s: %v\nat %s:\n%s", what, lastErr, b.location(), body)
}

func (b *tab) location() string {
	u, _ := chromedp.Run(b.ctx, chromedp.Location())
	return u
}

// open navigates to a path and waits for the page's main region.
func (b *tab) open(path string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.base + path))
	b.waitFor("page "+path, `document.readyState === "complete" && !!document.querySelector("main")`)
}

// text is the text of the first element matching css.
func (b *tab) text(css string) string {
	b.t.Helper()
	return eval[string](b, `(function(){ const e = document.querySelector(`+strconv.Quote(css)+`); return e ? e.textContent.trim() : "" })()`)
}

// notice waits for the success message containing want.
func (b *tab) notice(want string) {
	b.t.Helper()
	b.waitFor("notice "+want, `(function(){ const n = document.querySelector(".notice"); return !!n && n.textContent.includes(`+strconv.Quote(want)+`) })()`)
}

func (b *tab) login(login string) {
	b.t.Helper()
	b.open("/dang-nhap")
	b.do(chromedp.SendKeys(chromedp.ID("login"), login), chromedp.SendKeys(chromedp.ID("password"), "tiendo-demo"),
		chromedp.Click(chromedp.ID("login-submit")))
	// Sign-in lands on the inbox ("Việc cần xử lý"); an officer's shows its
	// unit's work. The flows then start from the unit's task list, as before.
	b.waitFor("signed in as "+login, `location.pathname === "/" && !!document.querySelector("#inbox") && !!document.querySelector("nav.main")`)
	if strings.HasPrefix(login, "phohue") || login == "truongdinh" {
		b.waitFor("the officer's inbox", `!!document.querySelector('[data-key="officer.due"]')`)
	}
	b.open("/viec")
}

func (b *tab) logout() {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.ID("logout")))
	b.waitFor("login page", `location.pathname === "/dang-nhap" && !!document.getElementById("login")`)
}

// count is a tab's count on a list page (the number in its badge).
func (b *tab) count(key string) int {
	b.t.Helper()
	return number(b.t, b.text(`[data-count="`+key+`"] .count`))
}

// total is the number of tasks a list page found.
func (b *tab) total() int {
	b.t.Helper()
	s, _, _ := strings.Cut(b.text("#total"), " ")
	return number(b.t, s)
}

// number parses a count written the Vietnamese way (1.234).
func number(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.ReplaceAll(s, ".", ""))
	if err != nil {
		t.Fatalf("not a count: %q", s)
	}
	return n
}

// shot saves a screenshot of the viewport as an artefact.
func (b *tab) shot(name string) string {
	ctx, cancel := b.step()
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return ""
	}
	path := filepath.Join(artifacts(b.t), name+".png")
	if err := os.WriteFile(path, png, 0o644); err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
	}
	return path
}

// taskID is the id in the address of a task page.
func (b *tab) taskID() string {
	b.t.Helper()
	id := eval[string](b, `location.pathname.split("/")[2] || ""`)
	if _, err := strconv.Atoi(id); err != nil {
		b.t.Fatalf("not on a task page: %s", b.location())
	}
	return id
}

// chartLoaded waits for the page's load to finish and tells whether
// Chart.js is there: checked at once, a script still loading on a busy
// machine would look like a binary built without the assets.
func (b *tab) chartLoaded() bool {
	b.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.readyState === "complete" && !!window.Chart`))
		cancel()
		if err == nil && ok {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}
