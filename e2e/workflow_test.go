package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tiendo/vn"
)

// TestReturnedWithReason: every workflow step notifies. The office assigns
// a task; the ward's officer is told (the header's count grows), reports it
// done; the office is told, returns it with a reason; the officer reads the
// reason in the notification and in the task's timeline, reports again; the
// office confirms and the officer is told.
func TestReturnedWithReason(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	stamp := fmt.Sprint(time.Now().Unix() % 1000000)
	title := "Kiểm tra an toàn thực phẩm chợ Hôm, đợt " + stamp
	reason := "Thiếu biên bản kiểm tra của 3 hộ kinh doanh, đợt " + stamp

	b.login("phohue")
	wardBefore := b.unread()
	b.logout()
	b.login("vanphong")
	id := createTask(b, title, "UBND phường Phố Huế", vn.DateOf(time.Now()).AddDays(30))
	officeBefore := b.unread()
	b.logout()

	b.login("phohue")
	if got := b.unread(); got != wardBefore+1 {
		t.Errorf("ward's unread %d → %d after the assignment, want +1", wardBefore, got)
	}
	b.open("/thong-bao")
	b.openNotification("Nhiệm vụ mới được giao: " + title)
	b.waitFor("the task page", `location.pathname === "/viec/`+id+`"`)
	b.reportDone("Đã kiểm tra 40 hộ kinh doanh")
	b.logout()

	b.login("vanphong")
	if got := b.unread(); got != officeBefore+1 {
		t.Errorf("office's unread %d → %d after the report, want +1", officeBefore, got)
	}
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.CSS("#form-return > summary")),
		chromedp.SendKeys(chromedp.ID("return-reason"), reason),
		chromedp.Click(chromedp.ID("return-submit")))
	b.notice("Đã trả lại nhiệm vụ")
	b.logout()

	b.login("phohue")
	b.open("/thong-bao")
	if got := b.text("#notifications"); !strings.Contains(got, "Báo cáo bị trả lại: "+title) || !strings.Contains(got, "Lý do trả lại: "+reason) {
		t.Errorf("the ward's notifications lack the return and its reason:\n%s", got)
	}
	b.shot("workflow-01-tra-lai")
	b.openNotification("Báo cáo bị trả lại: " + title)
	b.waitFor("the task's timeline", `location.pathname === "/viec/`+id+`" && !!document.getElementById("timeline")`)
	if got := b.text("#timeline"); !strings.Contains(got, "Lý do trả lại: "+reason) {
		t.Errorf("timeline lacks the return reason:\n%s", got)
	}
	b.shot("workflow-02-dien-bien")
	b.reportDone("Đã bổ sung biên bản")
	b.logout()

	b.login("vanphong")
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.ID("confirm-submit")))
	b.notice("Đã xác nhận hoàn thành")
	b.logout()

	b.login("phohue")
	b.open("/thong-bao")
	if got := b.text("#notifications"); !strings.Contains(got, "Đã xác nhận hoàn thành: "+title) {
		t.Errorf("the ward is not told of the confirmation:\n%s", got)
	}
}

// unread is the header's unread count on a fresh page, 0 when none.
func (b *tab) unread() int {
	b.t.Helper()
	b.open("/viec")
	if s := b.text("#unread-count"); s != "" {
		return number(b.t, s)
	}
	return 0
}

// reportDone reports the open task page's task done.
func (b *tab) reportDone(results string) {
	b.t.Helper()
	b.do(chromedp.Click(chromedp.CSS("#form-report > summary")),
		chromedp.SendKeys(chromedp.ID("report-results"), results),
		chromedp.Click(chromedp.ID("report-done")),
		chromedp.Click(chromedp.ID("report-submit")))
	b.notice("Đã báo cáo hoàn thành")
}
