package e2e

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/xuri/excelize/v2"
)

// caseReadmeShots are the casework screenshots the README shows
// (TIENDO_UPDATE_SCREENSHOTS=1 copies them to docs/screenshots).
var caseReadmeShots = []string{"60-danh-sach-tuan", "61-vu-viec", "62-thong-ke-197"}

// TestCasework: the 197 casework of issue 16 in Chromium. The leader of
// residential group 5 sends the week's list from a phone, adding a row
// without script; the ward office turns it into cases and assigns one; the
// ward's unit records its handling with a photo; the office closes it; a
// new violation at the same address is recorded as a repeat, linked to the
// closed case; the map shows the case at its street; the 197 dashboard's
// counts grow by what was done.
func TestCasework(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	stamp := fmt.Sprint(time.Now().Unix() % 100000)
	addr := "Số " + stamp + " Phố Huế"
	photo := filepath.Join(t.TempDir(), "hien-truong.png")
	writePhoto(t, photo)

	// The dashboard before: this week's totals for the ward.
	b.login("hbt.vanphong")
	stats := "/vu-viec/thong-ke?group=ward"
	b.open(stats)
	before := dashboardTotals(b)

	// The group leader's phone: three rows, one more added by a plain post.
	b.logout()
	b.do(chromedp.EmulateViewport(390, 844))
	b.login("hbt.tdp5")
	b.open("/vu-viec/tuan/moi")
	selectByText(b, "group", "Tổ dân phố số 5")
	b.do(chromedp.Click(chromedp.ID("add-row")))
	b.waitFor("a fourth row", `!!document.getElementById("row-4")`)
	fillRow(b, 1, addr, "Phố Huế", "Lấn chiếm vỉa hè", "Bày bán hàng hóa trên vỉa hè")
	fillRow(b, 4, "Số "+stamp+" ngõ 31 Phố Huế", "Phố Huế", "vệ sinh môi trường", "Đổ phế thải ra hè")
	if w := eval[int](b, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("the phone form is %dpx wide on a 390px screen", w)
	}
	eval[bool](b, `(window.scrollTo(0, 0), true)`)
	b.shot("60-danh-sach-tuan")
	b.do(chromedp.Click(chromedp.ID("send-list")))
	b.waitFor("the list's page", `/^\/vu-viec\/tuan\/\d+$/.test(location.pathname)`)
	b.notice("Đã gửi danh sách tuần")
	list := pathname(b)
	if rows := eval[int](b, `document.querySelectorAll("#list-rows tbody tr").length`); rows != 2 {
		t.Fatalf("the list has %d rows, want the 2 filled in", rows)
	}
	b.do(chromedp.EmulateViewport(1280, 800))

	// The ward office turns the list into cases and assigns the first.
	b.logout()
	b.login("hbt.vanphong")
	b.open(list)
	b.do(chromedp.Click(chromedp.ID("process-list")))
	b.notice("Đã tạo vụ việc")
	if n := eval[int](b, `document.querySelectorAll("#list-rows a.row-case").length`); n != 2 {
		t.Fatalf("%d rows became cases, want 2", n)
	}
	b.open(eval[string](b, `document.querySelector("#list-rows a.row-case").getAttribute("href")`))
	caseURL := pathname(b)
	selectByText(b, "assign-org", "Phòng Kinh tế, Hạ tầng và Đô thị phường Hai Bà Trưng")
	b.do(chromedp.Click(chromedp.ID("assign-submit")))
	b.notice("Đã giao xử lý")
	if got := b.text("#case-assigned"); !strings.Contains(got, "Kinh tế, Hạ tầng") {
		t.Errorf("assigned to %q", got)
	}

	// The unit records its handling with a photo.
	b.logout()
	b.login("hbt.canbo")
	b.open(caseURL)
	selectByValue(b, "step-kind", "restored")
	b.do(chromedp.SendKeys(chromedp.ID("step-note"), "Hộ đã dọn hàng hóa, trả lại vỉa hè"),
		chromedp.SetUploadFiles(chromedp.ID("step-file"), []string{photo}), chromedp.Click(chromedp.ID("step-submit")))
	b.notice("Đã ghi nhận bước xử lý")
	b.waitFor("the photo in the steps", `(function(){ const i = document.querySelector("#case-steps img.case-photo"); return !!i && i.complete && i.naturalWidth === 64 })()`)

	// The office closes it; a repeat at the same address is linked to it.
	b.logout()
	b.login("hbt.vanphong")
	b.open(caseURL)
	openDetails(b, "form-close")
	b.do(chromedp.SendKeys(chromedp.ID("close-result"), "Đã khắc phục, trả lại hiện trạng vỉa hè"), chromedp.Click(chromedp.ID("close-submit")))
	b.notice("Đã kết thúc vụ việc")
	if got := b.text("#case-status"); got != "Đã xử lý xong" {
		t.Errorf("status %q after closing", got)
	}
	b.shot("61-vu-viec")
	openDetails(b, "form-repeat")
	b.do(chromedp.SendKeys(chromedp.ID("again-description"), "Tái lấn chiếm vỉa hè bày bán hàng"), chromedp.Click(chromedp.ID("again-submit")))
	b.notice("Đã ghi nhận vụ việc tái phạm")
	if pathname(b) == caseURL || b.text("#case-repeat") != "Tái phạm" || b.text("#case-address") != addr {
		t.Errorf("the repeat at %s: %q %q", pathname(b), b.text("#case-repeat"), b.text("#case-address"))
	}
	if got := eval[string](b, `document.getElementById("case-repeat-of").getAttribute("href")`); got != caseURL {
		t.Errorf("the repeat links to %q, want %q", got, caseURL)
	}
	repeatID := strings.TrimPrefix(pathname(b), "/vu-viec/")

	// The map shows the repeat at Phố Huế.
	b.open("/ban-do")
	b.waitFor("the case's dot on the map", `typeof L !== "undefined" && !!document.querySelector("#place-map path.case-`+repeatID+`")`)
	if got := b.text("#case-map-list"); !strings.Contains(got, "#"+repeatID+" "+addr) {
		t.Errorf("the map's case list lacks #%s: %q", repeatID, got)
	}

	// The dashboard: three more cases found, one handled on time, one repeat.
	b.open(stats)
	after := dashboardTotals(b)
	for cell, want := range map[string]int{"total": 3, "found": 3, "done_on_time": 1, "repeat": 1} {
		if after[cell]-before[cell] != want {
			t.Errorf("dashboard %s: %d before, %d after, want +%d", cell, before[cell], after[cell], want)
		}
	}
	// The drill-down behind the repeat total lists the repeat.
	b.open(eval[string](b, `document.querySelector("#total-repeat a").getAttribute("href")`))
	if got := b.text("main"); !strings.Contains(got, "#"+repeatID) {
		t.Errorf("the repeats' list lacks #%s", repeatID)
	}
	b.open("/vu-viec/thong-ke?group=week")
	b.shot("62-thong-ke-197")

	// The office uploads a group's list as XLSX: the row at the open
	// case's address is flagged in the review and on the processed list;
	// the row with no address is shown with its problem and left out.
	file := filepath.Join(t.TempDir(), "tdp5-tuan.xlsx")
	writeWeeklyXlsx(t, file, [][]any{
		{"UBND PHƯỜNG HAI BÀ TRƯNG"},
		{"DANH SÁCH VI PHẠM TRẬT TỰ ĐÔ THỊ TUẦN"},
		{"STT", "Địa chỉ / Hộ vi phạm", "Tổ dân phố", "Loại vi phạm", "Nội dung", "Ngày phát hiện", "Ghi chú"},
		{1, "Số " + stamp + " ngõ 31 Phố Huế", "TDP 5", "Vệ sinh môi trường", "Lại đổ phế thải", time.Now().Format("02/01/2006"), ""},
		{2, "Số " + stamp + "A Phố Huế", "TDP 5", "Lấn chiếm vỉa hè", "Kê bàn ghế bán hàng", time.Now().Format("02/01/2006"), ""},
		{3, "", "TDP 5", "Xây dựng", "Cơi nới", "", ""},
	})
	b.open("/vu-viec/tuan/nhap")
	selectByText(b, "group", "Tổ dân phố số 5")
	b.do(chromedp.SetUploadFiles(chromedp.ID("file"), []string{file}), chromedp.Click(chromedp.ID("read-file")))
	b.waitFor("the review", `!!document.getElementById("row-3") && !!document.getElementById("send-list")`)
	if got := b.text("#row-1 legend"); !strings.Contains(got, "Trùng vụ việc đang mở") {
		t.Errorf("row 1 not flagged as a duplicate: %q", got)
	}
	if got := b.text("#row-3"); !strings.Contains(got, "cần địa chỉ hoặc hộ vi phạm") || eval[bool](b, `document.getElementById("include_3").checked`) {
		t.Errorf("row 3 without its problem or ticked: %q", got)
	}
	if got := eval[string](b, `document.getElementById("place_2").selectedOptions[0].text`); got != "Phố Huế" {
		t.Errorf("row 2's street %q, want Phố Huế", got)
	}
	b.do(chromedp.Click(chromedp.ID("send-list")))
	b.notice("Đã tạo vụ việc từ danh sách")
	if got := b.text("#list-rows"); !strings.Contains(got, "Trùng vụ việc đang mở") || eval[int](b, `document.querySelectorAll("#list-rows a.row-case").length`) != 1 {
		t.Errorf("the imported list: %q", got)
	}
	copyReadmeShots(t, caseReadmeShots)
}

// openDetails opens a folded form, as a click on its summary does.
func openDetails(b *tab, id string) {
	b.t.Helper()
	if !eval[bool](b, `(function(){ const d = document.getElementById(`+strconv.Quote(id)+`); if (!d) return false; d.open = true; return true })()`) {
		b.t.Fatalf("no form #%s on %s", id, pathname(b))
	}
}

// pathname is the path of the page shown.
func pathname(b *tab) string { return eval[string](b, `location.pathname`) }

// dashboardTotals reads the total line of the 197 dashboard.
func dashboardTotals(b *tab) map[string]int {
	b.t.Helper()
	out := map[string]int{}
	for _, cell := range []string{"total", "found", "done_on_time", "done_late", "open", "overdue", "repeat"} {
		out[cell] = number(b.t, b.text("#total-"+cell))
	}
	return out
}

// fillRow fills a row of the weekly form: its address, place and kind
// (options picked by a part of their text), description.
func fillRow(b *tab, n int, address, place, kind, description string) {
	b.t.Helper()
	b.do(chromedp.SendKeys(chromedp.ID("address_"+strconv.Itoa(n)), address),
		chromedp.SendKeys(chromedp.ID("description_"+strconv.Itoa(n)), description))
	if place != "" {
		selectByText(b, "place_"+strconv.Itoa(n), place)
	}
	selectByText(b, "kind_"+strconv.Itoa(n), kind)
}

// selectByText picks the first option of a select whose text contains
// part, case-insensitively.
func selectByText(b *tab, id, part string) {
	b.t.Helper()
	ok := eval[bool](b, `(function(){ const s = document.getElementById(`+strconv.Quote(id)+`); if (!s) return false;
		const o = [...s.options].find(o => o.text.toLowerCase().includes(`+strconv.Quote(strings.ToLower(part))+`));
		if (!o) return false; s.value = o.value; return true })()`)
	if !ok {
		b.t.Fatalf("no option %q in #%s", part, id)
	}
}

func selectByValue(b *tab, id, value string) {
	b.t.Helper()
	b.do(chromedp.SetValue(chromedp.ID(id), value))
}

// writeWeeklyXlsx writes a weekly list workbook, its title merged.
func writeWeeklyXlsx(t *testing.T, path string, rows [][]any) {
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	_ = f.MergeCell("Sheet1", "A1", "G1")
	_ = f.MergeCell("Sheet1", "A2", "G2")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// writePhoto writes a 64×48 PNG, a photo of the scene.
func writePhoto(t *testing.T, path string) {
	img := image.NewRGBA(image.Rect(0, 0, 64, 48))
	for y := 0; y < 48; y++ {
		for x := 0; x < 64; x++ {
			img.Set(x, y, color.RGBA{uint8(60 + x*2), uint8(120 + y), 90, 255})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
