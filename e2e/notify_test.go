package e2e

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tiendo/vn"
)

// TestOverdueExplanation: reminders in a browser, with the server's clock
// moved by TIENDO_FAKE_NOW between three runs on one database. The office
// assigns a task due Friday 6/3/2026; on 25/3 it is 13 working days late,
// the scheduler has asked the ward's department to explain (answer due 1/4), the ward's
// officer sees the unread count and opens the notification; on 3/4 the
// ward answers, two days late, and the office sees the answer with its
// lateness in the task's timeline.
func TestOverdueExplanation(t *testing.T) {
	chromium := requireBrowser(t)
	bin := buildServer(t)
	db := filepath.Join(t.TempDir(), "notify.db")
	at := func(s string) string { return "TIENDO_FAKE_NOW=" + s }
	title := "Kiểm tra phòng cháy chung cư cũ phố Huế, đợt " + fmt.Sprint(time.Now().Unix()%1000000)

	base, stop := runServer(t, bin, db, at("2026-03-02T09:00:00+07:00"))
	office := newBrowser(t, chromium, base)
	office.login("hbt.vanphong")
	id := createTask(office, title, wardUnit, vn.NewDate(2026, 3, 6))
	stop()

	base, stop = runServer(t, bin, db, at("2026-03-25T09:00:00+07:00"))
	ward := newBrowser(t, chromium, base)
	ward.login("hbt.canbo")
	unread := ward.waitUnread()
	ward.shot("notify-01-unread")
	ward.do(chromedp.Click(chromedp.ID("notif-link")))
	ward.waitFor("notification centre", `location.pathname === "/thong-bao" && !!document.getElementById("notifications")`)
	if got := number(t, ward.text("#notif-unread")); got != unread {
		t.Errorf("centre says %d unread, header %d", got, unread)
	}
	ward.shot("notify-02-thong-bao")
	ward.openNotification("Yêu cầu giải trình: " + title)
	ward.waitFor("the task's timeline", `location.pathname === "/viec/`+id+`" && !!document.getElementById("timeline")`)
	if got := number(t, ward.text("#unread-count")); got != unread-1 {
		t.Errorf("after opening one, %d unread, want %d", got, unread-1)
	}
	timeline := ward.text("#timeline")
	for _, want := range []string{"Yêu cầu giải trình", "hạn trả lời 01/04/2026", "Chờ đơn vị giải trình"} {
		if !strings.Contains(timeline, want) {
			t.Errorf("timeline lacks %q:\n%s", want, timeline)
		}
	}
	if !eval[bool](ward, `!!document.querySelector("[id^=form-explain-] textarea")`) {
		t.Fatal("no explanation form for the ward")
	}
	ward.shot("notify-03-yeu-cau")
	stop()

	base, stop = runServer(t, bin, db, at("2026-04-03T10:00:00+07:00"))
	ward = newBrowser(t, chromium, base)
	ward.login("hbt.canbo")
	ward.open("/viec/" + id)
	answer := "Chậm do chờ kết quả kiểm định của Công an; sẽ hoàn thành trước ngày 15/4/2026."
	ward.do(chromedp.SendKeys(chromedp.CSS(`[id^=form-explain-] textarea`), answer),
		chromedp.Click(chromedp.CSS(`[id^=explain-submit-]`)))
	ward.notice("Đã gửi giải trình.")
	if eval[bool](ward, `!!document.querySelector("[id^=form-explain-]")`) {
		t.Error("the form is still offered after the answer")
	}

	office = newBrowser(t, chromium, base)
	office.login("hbt.vanphong")
	office.waitUnread()
	office.open("/thong-bao")
	office.openNotification("Đã nhận giải trình: " + title)
	office.waitFor("the task's timeline", `location.pathname === "/viec/`+id+`" && !!document.getElementById("timeline")`)
	timeline = office.text("#timeline")
	for _, want := range []string{"Đơn vị giải trình", answer, "Chậm 2 ngày so với hạn 01/04/2026", "hbt.canbo", "Nhắc việc — Nhiệm vụ đã quá hạn: " + title} {
		if !strings.Contains(timeline, want) {
			t.Errorf("office's timeline lacks %q:\n%s", want, timeline)
		}
	}
	office.do(chromedp.ScrollIntoView(chromedp.CSS("#timeline li:last-child")))
	office.shot("notify-04-giai-trinh")
	stop()
}

// waitUnread reloads the task list until the header shows unread
// notifications (the scheduler's first scan runs as the server starts)
// and returns their number.
func (b *tab) waitUnread() int {
	b.t.Helper()
	deadline := time.Now().Add(stepTimeout)
	for time.Now().Before(deadline) {
		b.open("/viec")
		if s := b.text("#unread-count"); s != "" {
			return number(b.t, s)
		}
		time.Sleep(500 * time.Millisecond)
	}
	b.shot("failed-unread-count")
	b.t.Fatal("no unread notifications shown in the header")
	return 0
}

// openNotification clicks the notification whose title starts with want,
// on the first page of the centre.
func (b *tab) openNotification(want string) {
	b.t.Helper()
	ok := eval[bool](b, `(function(){
		const btn = [...document.querySelectorAll("#notifications button.link")].find(x => x.textContent.trim().startsWith(`+strconv.Quote(want)+`));
		if (!btn) return false;
		btn.click(); return true })()`)
	if !ok {
		b.shot("failed-notification")
		b.t.Fatalf("no notification %q in the centre:\n%s", want, b.text("#notifications"))
	}
}
