package e2e

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// maxPhoneHeader is the most the header may take at 390×844, a common
// phone viewport: brand, menu button and nothing else on one line of 44px
// touch targets, with room for a wrapped line on a narrower phone. The
// header before it collapsed took 283px, a third of the screen.
const maxPhoneHeader = 120

// TestPickerAssignsTask: the office of a ward (phường Hai Bà Trưng, formed
// on 1/7/2025) finds a lead unit by typing "hai ba" without diacritics,
// ticks a unit in force, and the task goes to it.
func TestPickerAssignsTask(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("hbt.vanphong")
	b.open("/viec/moi")
	b.waitFor("the picker's script", `!!document.querySelector("#lead_org_ids-picker .picker-go[type=button]")`)
	b.do(chromedp.SendKeys(chromedp.ID("title"), "Rà soát hồ sơ nhà chung cư cũ, chọn bằng ô tìm đơn vị"),
		chromedp.SendKeys(chromedp.ID("lead_org_ids-q"), "hai ba"))
	b.waitFor("suggestions", `document.querySelectorAll("#lead_org_ids-results .picker-option").length > 0`)
	b.do(chromedp.ScrollIntoView("#lead_org_ids-picker"))
	b.shot("10-chon-don-vi")
	name := eval[string](b, `(function(){
		const o = document.querySelector("#lead_org_ids-results .picker-option:not(.ended)");
		if (!o) return "";
		const name = o.querySelector(".picker-name").textContent.trim();
		o.querySelector("input").click();
		return name })()`)
	if name == "" {
		t.Fatalf("no unit in force among the suggestions for \"hai ba\":\n%s", b.text("#lead_org_ids-results"))
	}
	b.waitFor("a chip for "+name, `[...document.querySelectorAll("#lead_org_ids-chosen input:checked")].length === 1`)
	b.do(chromedp.SendKeys(chromedp.ID("deadline"), "trước ngày 31/12/2030"), chromedp.Click(chromedp.ID("new-submit")))
	b.waitFor("the new task's page", `/^\/viec\/\d+$/.test(location.pathname) && !!document.getElementById("task-title")`)
	b.notice("Đã giao nhiệm vụ")
	if got := b.text("#task-lead"); got != name {
		t.Fatalf("lead unit %q, want %q", got, name)
	}
}

// TestPhoneHeader: on a phone the header collapses to a menu button, and
// the menu still reaches every page.
func TestPhoneHeader(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("vanphong")
	b.do(chromedp.EmulateViewport(390, 844))
	b.open("/viec")
	h := eval[float64](b, `document.querySelector(".site-header").getBoundingClientRect().height`)
	t.Logf("header height at 390×844: %.0fpx", h)
	b.shot("11-dien-thoai")
	if h > maxPhoneHeader {
		t.Fatalf("header takes %.0fpx of 844, want at most %d", h, maxPhoneHeader)
	}
	b.do(chromedp.Click(".menu-button"))
	b.waitFor("the open menu", `document.querySelector("nav.main").offsetHeight > 0`)
	b.shot("12-dien-thoai-trinh-don")
	b.do(chromedp.Click(`nav.main a[href="/viec/qua-han"]`))
	b.waitFor("the overdue page", `location.pathname === "/viec/qua-han"`)

	// The report form: every control a thumb can hit (44px, WCAG 2.5.5).
	b.open("/viec/moi")
	small := eval[string](b, `(function(){
		const bad = [...document.querySelectorAll("main button, main input[type=search], main input[type=text], main select")]
			.filter(e => e.offsetHeight > 0 && e.getBoundingClientRect().height < 44);
		return bad.map(e => e.id || e.name || e.className).join(", ") })()`)
	if small != "" {
		t.Errorf("controls under 44px on a phone: %s", small)
	}
	w := eval[float64](b, `document.documentElement.scrollWidth`)
	if w > 390 {
		t.Errorf("the form scrolls sideways: %spx wide", strconv.FormatFloat(w, 'f', 0, 64))
	}

	// Signing out goes through the menu too; then the ward reports on a
	// task with a thumb: the submit button stays on screen while typing.
	b.do(chromedp.Click(".menu-button"), chromedp.Click("#logout"))
	b.waitFor("login page", `location.pathname === "/dang-nhap"`)
	b.login("phohue")
	b.open("/viec?trang-thai=in_progress")
	b.do(chromedp.Click("table.list td a"))
	b.waitFor("a task page", `!!document.getElementById("form-report")`)
	b.do(chromedp.Click("#form-report > summary"), chromedp.Click("#report-narrative"))
	b.shot("13-dien-thoai-bao-cao")
	sub := eval[[]float64](b, `(function(){ const r = document.getElementById("report-submit").getBoundingClientRect(); return [r.height, r.width, r.bottom] })()`)
	if sub[0] < 44 || sub[1] < 300 || sub[2] > 844 {
		t.Errorf("report button %.0f×%.0fpx ending at %.0fpx: want a full-width 44px button within the 844px screen", sub[1], sub[0], sub[2])
	}
}

// pickUnit finds a unit in a form's picker by typing its name and ticks
// the suggestion of that name (a unit in force, when namesakes differ).
func pickUnit(b *tab, field, name string) {
	b.t.Helper()
	// By attribute, not "#id": the review's fields are named "d2.lead".
	byID := func(suffix string) string { return `[id="` + field + suffix + `"]` }
	b.waitFor("the picker's script", `!!document.querySelector('`+byID("-picker")+` .picker-go[type=button]')`)
	b.do(chromedp.SendKeys(byID("-q"), name))
	find := `[...document.querySelectorAll('` + byID("-results") + ` .picker-option')].sort((a, b) => a.classList.contains("ended") - b.classList.contains("ended"))
		.find(o => o.querySelector(".picker-name").textContent.trim() === ` + strconv.Quote(name) + `)`
	b.waitFor("the suggestion "+name, "!!"+find)
	eval[bool](b, `(function(){ `+find+`.querySelector("input").click(); return true })()`)
	b.waitFor("the chosen "+name, `[...document.querySelectorAll('`+byID("-chosen")+` .picker-name')].some(e => e.textContent.trim() === `+strconv.Quote(name)+`)`)
}
