package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestRules: the whole-tree admin opens the rules page from the
// navigation, sends shares that do not add up and sees the message beside
// the field, then lowers Hà Nội's cap on grade A to 20% from next month;
// the office's grade page states the tie-break it orders by.
func TestRules(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("admin")
	b.do(chromedp.Click(chromedp.CSS(`nav.main a[href="/quy-dinh"]`)))
	b.waitFor("the rules page", `location.pathname === "/quy-dinh" && !!document.getElementById("rules-form")`)
	if got := b.text("#rules-0"); !strings.Contains(got, "Đang áp dụng") || !strings.Contains(got, "tối đa 30% được xếp A") {
		t.Errorf("defaults row: %q", got)
	}
	b.do(chromedp.SetValue(chromedp.ID("g0-quantity"), "50"), chromedp.Click(chromedp.ID("rules-submit")))
	b.waitFor("the refused form", `document.getElementById("g0-quantity").getAttribute("aria-invalid") === "true"`)
	if got := b.text("#g0-quantity-error"); !strings.Contains(got, "phải cộng lại bằng 100%") {
		t.Errorf("error beside the quantity share: %q", got)
	}
	b.shot("40-quy-dinh-loi")
	b.do(chromedp.SetValue(chromedp.ID("g0-quantity"), "33,3333"), chromedp.SetValue(chromedp.ID("g1-cap"), "20"),
		chromedp.SetValue(chromedp.ID("rules-note"), "Thử nghiệm tỷ lệ loại A 20%"), chromedp.Click(chromedp.ID("rules-submit")))
	b.notice("Đã lưu quy định.")
	if got := b.text("#rules-versions tbody"); !strings.Contains(got, "tối đa 20% được xếp A") || !strings.Contains(got, "Thử nghiệm tỷ lệ loại A 20%") {
		t.Errorf("the new version is not listed: %q", got)
	}
	b.shot("41-quy-dinh")
	b.logout()

	b.login("hbt.vanphong")
	b.open("/xep-loai?bo=hn3814")
	if got := b.text("#grade-rules"); !strings.Contains(got, "Quy định mặc định") ||
		!strings.Contains(got, "điểm cao hơn, rồi ít nhiệm vụ chưa hoàn thành hơn") {
		t.Errorf("grade page rules line: %q", got)
	}
}
