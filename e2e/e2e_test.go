// Package e2e drives the real binary with the demo data through headless
// Chromium: the working cycle of the issue, from the office assigning a task
// to the ward reporting it and the office confirming it, an extension, a
// conflicting edit, and a hostile title. Screenshots of the main pages are
// saved to $TIENDO_ARTIFACTS; with TIENDO_UPDATE_SCREENSHOTS=1 the ones the
// README shows are also written to docs/screenshots/.
package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"tiendo/vn"
)

// wardUnit is the demo's department of phường Hai Bà Trưng (since the 2025
// reform) whose officer is hbt.canbo; hbt.vanphong assigns to it.
const wardUnit = "Phòng Kinh tế, Hạ tầng và Đô thị phường Hai Bà Trưng"

// readmeShots are the screenshots the README shows.
var readmeShots = []string{"02-viec-cua-don-vi", "03-nhiem-vu", "05-qua-han"}

func TestWorkingCycle(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	today := vn.DateOf(time.Now())
	stamp := fmt.Sprint(time.Now().Unix() % 1000000)
	title := "Lắp camera an ninh phố Huế, đợt " + stamp
	evidence := filepath.Join(t.TempDir(), "bien-ban-nghiem-thu.txt")
	if err := os.WriteFile(evidence, []byte("Biên bản nghiệm thu 12 camera\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// The ward office assigns a task to its economy and urban department; its "assigned" count grows.
	b.open("/dang-nhap")
	b.shot("01-dang-nhap")
	b.login("hbt.vanphong")
	b.open("/viec/da-giao?tinh-hinh=done_on_time")
	assignedBefore, doneBefore := b.count("tab.assigned"), b.total()
	id := createTask(b, title, wardUnit, today.AddDays(30))
	b.open("/viec/da-giao")
	if got := b.count("tab.assigned"); got != assignedBefore+1 {
		t.Errorf("assigned count %d → %d, want +1", assignedBefore, got)
	}
	b.open("/viec/moi")
	b.shot("04-giao-viec")
	b.logout()

	// The ward officer finds it by a search without diacritics, reports it
	// done with the acceptance record attached.
	b.login("hbt.canbo")
	b.shot("02-viec-cua-don-vi")
	search := "lap camera an ninh " + stamp
	if eval[bool](b, `!!window.htmx`) {
		// htmx searches as the user types; no Enter.
		b.do(chromedp.SendKeys(chromedp.ID("q"), search))
	} else {
		if os.Getenv("TIENDO_REQUIRE_BROWSER") == "1" {
			t.Error("htmx is not in the binary: run ./scripts/assets before the tests")
		}
		b.do(chromedp.SendKeys(chromedp.ID("q"), search+"\n"))
	}
	b.waitFor("the search result in the ward's list", `document.querySelector("#total").textContent.startsWith("1 ") && !!document.querySelector('#results a[href="/viec/`+id+`"]')`)
	b.shot("02b-tim-kiem")
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.CSS("#form-report > summary")),
		chromedp.SendKeys(chromedp.ID("report-results"), "Đã lắp đặt và đưa vào sử dụng 12 camera"),
		chromedp.SendKeys(chromedp.ID("report-evidence"), "35/BC-UBND"),
		chromedp.SetUploadFiles(chromedp.ID("report-file"), []string{evidence}),
		chromedp.Click(chromedp.ID("report-done")),
		chromedp.Click(chromedp.ID("report-submit")))
	b.notice("Đã báo cáo hoàn thành")
	if got := b.text("#task-status"); got != "Chờ xác nhận" {
		t.Errorf("status after the report: %q", got)
	}
	b.logout()

	// The office confirms: done on time, and the done-on-time count grows.
	b.login("hbt.vanphong")
	b.open("/viec/" + id)
	b.do(chromedp.Click(chromedp.ID("confirm-submit")))
	b.notice("Đã xác nhận hoàn thành")
	if got := b.text("#task-timeliness"); got != "Hoàn thành đúng hạn" {
		t.Errorf("timeliness after confirmation: %q", got)
	}
	if got := b.text("#timeline"); !strings.Contains(got, "bien-ban-nghiem-thu.txt") || !strings.Contains(got, "Văn phòng xác nhận hoàn thành") {
		t.Errorf("timeline lacks the file or the confirmation: %s", got)
	}
	b.shot("03-nhiem-vu")
	b.open("/viec/da-giao?tinh-hinh=done_on_time")
	if got := b.total(); got != doneBefore+1 {
		t.Errorf("done-on-time count %d → %d, want +1", doneBefore, got)
	}
	b.open("/viec/qua-han")
	b.shot("05-qua-han")

	// An extension: the ward asks, the leader approves, the deadline moves.
	id2 := createTask(b, "Rà soát hộ kinh doanh phố Huế, đợt "+stamp, wardUnit, today.AddDays(10))
	b.logout()
	b.login("hbt.canbo")
	b.open("/viec/" + id2)
	newDue := today.AddDays(40).Format()
	b.do(chromedp.Click(chromedp.CSS("#form-extension > summary")),
		chromedp.SendKeys(chromedp.ID("ext-due"), newDue),
		chromedp.SendKeys(chromedp.ID("ext-reason"), "Chờ số liệu của 12 tổ dân phố"),
		chromedp.Click(chromedp.ID("ext-submit")))
	b.notice("Đã gửi đề nghị gia hạn")
	b.logout()
	b.login("hbt.lanhdao")
	b.open("/viec/" + id2)
	b.do(chromedp.SendKeys(chromedp.ID("decide-doc"), "25/TB-UBND"), chromedp.Click(chromedp.ID("decide-approve")))
	b.notice("Đã ghi quyết định gia hạn")
	if got := b.text("#task-due"); !strings.Contains(got, newDue) {
		t.Errorf("deadline after the extension: %q, want %s", got, newDue)
	}
	if got := b.text("#timeline"); !strings.Contains(got, "Đồng ý gia hạn đến "+newDue) {
		t.Errorf("timeline lacks the approval: %s", got)
	}
	b.logout()

	// A conflicting edit: two tabs of the office edit the same task; the
	// second save shows the conflict and the current values, not an overwrite.
	b.login("hbt.vanphong")
	other := b.newTab()
	b.open("/viec/" + id2 + "/sua")
	other.open("/viec/" + id2 + "/sua")
	other.do(chromedp.SetValue(chromedp.ID("title"), "Rà soát hộ kinh doanh (sửa ở tab thứ hai)"), chromedp.Click(chromedp.ID("edit-submit")))
	other.notice("Đã lưu thay đổi")
	b.do(chromedp.SetValue(chromedp.ID("title"), "Rà soát hộ kinh doanh (sửa ở tab thứ nhất)"), chromedp.Click(chromedp.ID("edit-submit")))
	b.waitFor("the conflict", `!!document.getElementById("conflict")`)
	if got := b.text("#current-title"); got != "Rà soát hộ kinh doanh (sửa ở tab thứ hai)" {
		t.Errorf("current title on the conflict page: %q", got)
	}
	if got := eval[string](b, `document.getElementById("title").value`); got != "Rà soát hộ kinh doanh (sửa ở tab thứ nhất)" {
		t.Errorf("the form lost what was typed: %q", got)
	}
	b.shot("06-xung-dot")

	// A hostile title is shown as text and runs nothing.
	hostile := `<script>alert(1)</script><img src=x onerror="window.__xss=1">`
	id3 := createTask(b, hostile, wardUnit, today.AddDays(5))
	if got := b.text("#task-title"); got != hostile {
		t.Errorf("hostile title shown as %q", got)
	}
	if eval[bool](b, `typeof window.__xss !== "undefined"`) || *b.dialogs > 0 {
		t.Errorf("the hostile title ran script (dialogs: %d)", *b.dialogs)
	}
	b.logout()

	// Out of scope: another ward's officer gets a 404 page, not the task.
	b.login("truongdinh")
	b.open("/viec/" + id3)
	if got := b.text(".error-page .code"); got != "404" {
		t.Errorf("out-of-scope task: %q", got)
	}
	if strings.Contains(b.text("main"), "window.__xss") {
		t.Error("the 404 page shows the task")
	}

	// A phone-sized screen: the list still reads, as cards.
	b.open("/viec")
	b.do(chromedp.EmulateViewport(390, 844))
	b.shot("07-dien-thoai")
	b.do(chromedp.EmulateViewport(1280, 800))
	copyReadmeShots(t, readmeShots)
}

// createTask fills the assignment form for one lead unit and returns the
// new task's id, from the task page the form leads to.
func createTask(b *tab, title, lead string, due vn.Date) string {
	b.t.Helper()
	b.open("/viec/moi")
	b.do(chromedp.SendKeys(chromedp.ID("title"), title))
	pickUnit(b, "lead_org_ids", lead)
	b.do(chromedp.SendKeys(chromedp.ID("deadline"), "trước ngày "+due.Format()), chromedp.Click(chromedp.ID("new-submit")))
	b.waitFor("the new task's page", `/^\/viec\/\d+$/.test(location.pathname) && !!document.getElementById("task-title")`)
	b.notice("Đã giao nhiệm vụ")
	return b.taskID()
}

// copyReadmeShots refreshes the named docs/screenshots when asked.
func copyReadmeShots(t *testing.T, names []string) {
	if os.Getenv("TIENDO_UPDATE_SCREENSHOTS") != "1" {
		return
	}
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(artifacts(t), name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("..", "docs", "screenshots", name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
