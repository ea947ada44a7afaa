package e2e

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tiendo/notify/notifytest"
	"tiendo/vn"
)

// TestOfficeDay is a day of today's ward office (issue 13's acceptance),
// with mail going to a real SMTP server. The officer of a department of
// phường Hai Bà Trưng (formed by the 2025 reform) signs in to the demo,
// sees the inbox, and asks for mail at once. The ward office assigns a
// task through the type-ahead picker; the officer is told in the app and
// by mail, reports it done; the office returns it with a reason, which the
// officer reads in the notification, the mail and the task's timeline;
// the officer reports again and the office confirms. The inbox counts of
// both move at every step.
func TestOfficeDay(t *testing.T) {
	chromium := requireBrowser(t)
	mb := notifytest.NewMailbox(t)
	bin := buildServer(t)
	base, _ := runServerArgs(t, bin, filepath.Join(t.TempDir(), "office-day.db"), []string{"--smtp-host", "127.0.0.1",
		"--smtp-port", strconv.Itoa(mb.Port()), "--smtp-insecure", "--notify-interval", "1s"})
	b := newBrowser(t, chromium, base)
	stamp := fmt.Sprint(time.Now().Unix() % 1000000)
	title := "Kiểm tra an toàn thực phẩm chợ Hôm, đợt " + stamp
	reason := "Thiếu biên bản kiểm tra của 3 hộ kinh doanh, đợt " + stamp

	b.login("hbt.canbo")
	officer := b.inbox()
	if officer["officer.due"] == 0 {
		t.Errorf("the new ward's officer sees no work due in the inbox: %v", officer)
	}
	b.shot("office-day-01-hop-thu")
	b.open("/cai-dat/thong-bao")
	b.do(chromedp.SetValue(chromedp.ID("settings-email"), "canbo.haibatrung@example.vn"),
		chromedp.Click(chromedp.ID("mode-instant")), chromedp.Click(chromedp.ID("settings-submit")))
	b.notice("Đã lưu cách nhận thông báo")
	wardUnread := b.unread()
	b.logout()

	b.login("hbt.vanphong")
	office := b.inbox()
	id := createTask(b, title, wardUnit, vn.DateOf(time.Now()).AddDays(5))
	b.logout()

	b.login("hbt.canbo")
	b.wantInbox(officer, map[string]int{"officer.due": +1, "officer.new": +1})
	officer = b.inbox()
	if got := b.unread(); got != wardUnread+1 {
		t.Errorf("officer's unread %d → %d after the assignment, want +1", wardUnread, got)
	}
	if body := mb.WaitFor(t, title, time.Minute); !strings.Contains(body, "/viec/"+id) {
		t.Errorf("the assignment's mail does not link the task:\n%s", body)
	}
	b.open("/thong-bao")
	b.openNotification("Nhiệm vụ mới được giao: " + title)
	b.waitFor("the task page", `location.pathname === "/viec/`+id+`"`)
	b.reportDone("Đã kiểm tra 40 hộ kinh doanh")
	// Reported, the task waits for the office: no longer the unit's to do.
	b.wantInbox(officer, map[string]int{"officer.due": -1})
	reported := b.inbox()
	b.logout()

	b.login("hbt.vanphong")
	b.wantInbox(office, map[string]int{"office.confirm": +1})
	office = b.inbox()
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.CSS("#form-return > summary")),
		chromedp.SendKeys(chromedp.ID("return-reason"), reason),
		chromedp.Click(chromedp.ID("return-submit")))
	b.notice("Đã trả lại nhiệm vụ")
	b.wantInbox(office, map[string]int{"office.confirm": -1})
	office = b.inbox()
	b.logout()

	b.login("hbt.canbo")
	b.wantInbox(reported, map[string]int{"officer.returned": +1, "officer.due": +1})
	if got := b.text("#inbox-officer\\.returned"); !strings.Contains(got, reason) {
		t.Errorf("the inbox's returned work lacks the reason:\n%s", got)
	}
	if body := mb.WaitFor(t, "Báo cáo bị trả lại: "+title, time.Minute); !strings.Contains(body, "Lý do trả lại: "+reason) {
		t.Errorf("the return's mail lacks the reason:\n%s", body)
	}
	b.open("/thong-bao")
	if got := b.text("#notifications"); !strings.Contains(got, "Báo cáo bị trả lại: "+title) || !strings.Contains(got, "Lý do trả lại: "+reason) {
		t.Errorf("the officer's notifications lack the return and its reason:\n%s", got)
	}
	b.shot("office-day-02-tra-lai")
	b.openNotification("Báo cáo bị trả lại: " + title)
	b.waitFor("the task's timeline", `location.pathname === "/viec/`+id+`" && !!document.getElementById("timeline")`)
	if got := b.text("#timeline"); !strings.Contains(got, "Lý do trả lại: "+reason) {
		t.Errorf("timeline lacks the return reason:\n%s", got)
	}
	b.shot("office-day-03-dien-bien")
	b.reportDone("Đã bổ sung biên bản")
	b.wantInbox(reported, map[string]int{})
	b.logout()

	b.login("hbt.vanphong")
	b.wantInbox(office, map[string]int{"office.confirm": +1})
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.ID("confirm-submit")))
	b.notice("Đã xác nhận hoàn thành")
	b.wantInbox(office, map[string]int{})
	b.logout()

	b.login("hbt.canbo")
	b.wantInbox(reported, map[string]int{})
	b.open("/thong-bao")
	if got := b.text("#notifications"); !strings.Contains(got, "Đã xác nhận hoàn thành: "+title) {
		t.Errorf("the officer is not told of the confirmation:\n%s", got)
	}
	mb.WaitFor(t, "Đã xác nhận hoàn thành: "+title, time.Minute)
}

// inbox reads the counts of the home page's sections ("Việc cần xử lý"),
// by section key.
func (b *tab) inbox() map[string]int {
	b.t.Helper()
	b.open("/")
	b.waitFor("the inbox", `!!document.getElementById("inbox")`)
	return eval[map[string]int](b, `Object.fromEntries([...document.querySelectorAll("#inbox [data-key]")].map(s => [s.dataset.key, +s.dataset.count]))`)
}

// wantInbox checks that the inbox counts moved from before by change and
// no other count moved.
func (b *tab) wantInbox(before, change map[string]int) {
	b.t.Helper()
	now := b.inbox()
	for key, n := range before {
		if now[key] != n+change[key] {
			b.t.Errorf("inbox %s: %d → %d, want %+d", key, n, now[key], change[key])
		}
	}
	for key := range change {
		if _, ok := before[key]; !ok {
			b.t.Errorf("inbox has no section %s (sections %v)", key, now)
		}
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
