package e2e

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// bcdNotice is the conclusion notice of the BCĐ 197 briefing of 26/4/2023
// as the office pastes it from an e-mail: no number of its own, two tasks.
const bcdNotice = `Đồng chí Trưởng Ban Chỉ đạo 197 quận kết luận như sau:
1. Giao Phòng Quản lý đô thị quận chủ trì, phối hợp với Công an quận kiểm tra, xử lý vi phạm trật tự đô thị trên tuyến phố Bà Triệu, báo cáo Ban Chỉ đạo trước ngày 15/5/2023.
2. Yêu cầu UBND phường Phố Huế ra quân giải tỏa lấn chiếm vỉa hè trên phố Huế trong tháng 5/2023.
`

// TestMeeting follows the office through review meetings on the demo data:
// the list, the late conclusion notice of the new ward's giao ban last
// month, the district's BCĐ 197 briefing of 26/4/2023 with its briefing
// pack, minutes, a conclusion entered as a task, the conclusion notice
// pasted through intake and reviewed, and the pack downloaded as a DOCX.
func TestMeeting(t *testing.T) {
	chromium := requireBrowser(t)
	base := startServer(t)
	b := newBrowser(t, chromium, base)
	b.login("hbt.vanphong")
	b.do(chromedp.Click(chromedp.CSS(`nav.main a[href="/giao-ban"]`)))
	b.waitFor("the meetings", `location.pathname === "/giao-ban" && !!document.getElementById("meetings")`)
	b.shot("30-giao-ban")

	// The new ward's giao ban last month: its notice was due 5 working
	// days after it.
	b.open(meetingLink(b, "Giao ban UBND phường tháng trước"))
	if got := b.text("#notice-late"); got != "Chậm ban hành thông báo kết luận" {
		t.Errorf("last month's session: notice state %q, want it late", got)
	}
	b.logout()

	// The history: the district's BCĐ 197.
	b.login("vanphong")

	b.open(meetingLink(b, "Giao ban đánh giá tiến độ Kế hoạch 01/KH-BCĐ197"))
	id := eval[string](b, `location.pathname.split("/")[2]`)
	if got := b.text("#meeting-notice"); strings.Contains(got, "Chậm") || !strings.Contains(got, "/TB-") {
		t.Errorf("the BCĐ 197 briefing's notice was issued on time, the page says %q", got)
	}
	// The first briefing of its series: no previous conclusions to review.
	for _, section := range []string{"pack-overdue", "pack-completed", "pack-due", "pack-extensions",
		"pack-targets", "pack-silent", "pack-reporting"} {
		if !eval[bool](b, `!!document.getElementById("`+section+`")`) {
			t.Errorf("the briefing pack lacks #%s", section)
		}
	}
	if got := b.text("#pack-reporting"); !strings.Contains(got, "Phố Huế") || !strings.Contains(got, "Trương Định") {
		t.Errorf("units asked to report: %q", got)
	}
	b.shot("31-phien-hop")

	// Minutes.
	minutes := "Biên bản: BCĐ 197 các phường Lê Đại Hành, Phố Huế, Trương Định báo cáo; thống nhất nhân rộng mô hình tuyến phố văn minh."
	b.do(chromedp.Click(chromedp.CSS("#form-minutes > summary")), chromedp.SendKeys(chromedp.ID("minutes"), minutes),
		chromedp.Click(chromedp.ID("minutes-submit")))
	b.notice("Đã lưu biên bản.")
	if got := eval[string](b, `document.getElementById("minutes").value`); got != minutes {
		t.Errorf("minutes after saving: %q", got)
	}

	// A conclusion entered as a task for the ward.
	title := "Rà soát điểm trông giữ xe trên phố Huế"
	b.do(chromedp.Click(chromedp.CSS("#form-conclude > summary")), chromedp.SendKeys(chromedp.ID("conclude-title"), title))
	pickUnit(b, "lead", "UBND phường Phố Huế")
	b.do(chromedp.SendKeys(chromedp.ID("conclude-deadline"), "trước ngày 10/5/2023"), chromedp.Click(chromedp.ID("conclude-submit")))
	b.notice("Đã giao nhiệm vụ theo kết luận.")
	if got := b.text("#conclusions"); !strings.Contains(got, title) {
		t.Errorf("conclusions lack the new task: %q", got)
	}

	// The notice pasted: reviewed, then assigned as conclusions.
	b.do(chromedp.Click(chromedp.CSS("#form-conclude-text > summary")), chromedp.SetValue(chromedp.ID("notice-text"), bcdNotice),
		chromedp.Click(chromedp.ID("intake-submit")))
	b.waitFor("the review of the notice", `/^\/giao-ban\/\d+\/ket-luan\/de-xuat\/\d+$/.test(location.pathname) && !!document.getElementById("draft-2")`)
	for _, n := range []string{"1", "2"} {
		if lead := eval[string](b, `[...document.querySelectorAll("#lead-`+n+` option:checked")].map(o => o.textContent).join("; ")`); lead == "" {
			t.Fatalf("draft %s has no lead unit: %s", n, b.text("#draft-"+n))
		}
	}
	b.shot("32-kiem-tra-ket-luan")
	b.do(chromedp.Click(chromedp.ID("proposal-commit")))
	b.waitFor("the meeting after the commit", `location.pathname === "/giao-ban/`+id+`"`)
	b.notice("Đã giao các nhiệm vụ theo thông báo kết luận.")
	if got := b.text("#conclusions"); !strings.Contains(got, "vi phạm trật tự đô thị trên tuyến phố Bà Triệu") ||
		!strings.Contains(got, "giải tỏa lấn chiếm vỉa hè") {
		t.Errorf("conclusions lack the notice's tasks: %q", got)
	}

	// The pack as DOCX: a Word file (a zip with word/document.xml) naming
	// the meeting.
	docx := fetchBytes(b, "/giao-ban/"+id+"/tai-lieu?format=docx")
	doc := docxText(t, docx)
	if !strings.Contains(doc, "giao ban đánh giá tiến độ Kế hoạch 01/KH-BCĐ197") || !strings.Contains(doc, "Chỉ tiêu") {
		t.Errorf("the DOCX pack lacks the meeting's title or its sections: %.300s", doc)
	}
	if *b.dialogs != 0 {
		t.Errorf("%d JavaScript dialogs opened", *b.dialogs)
	}
}

// meetingLink is the address of the meeting titled title in the list.
func meetingLink(b *tab, title string) string {
	b.t.Helper()
	b.open("/giao-ban")
	href := eval[string](b, `(function(){ const a = [...document.querySelectorAll("#meetings a")].find(a => a.textContent.trim() === `+
		strconv.Quote(title)+`); return a ? a.getAttribute("href") : "" })()`)
	if href == "" {
		b.t.Fatalf("no meeting %q in the list", title)
	}
	return href
}

// fetchBytes downloads path with the tab's session and returns the body.
func fetchBytes(b *tab, path string) []byte {
	b.t.Helper()
	b64 := eval[string](b, `(function(){ const x = new XMLHttpRequest(); x.open("GET", `+strconv.Quote(path)+`, false);
		x.overrideMimeType("text/plain; charset=x-user-defined"); x.send();
		if (x.status !== 200) return "status " + x.status;
		let s = ""; for (let i = 0; i < x.responseText.length; i++) s += String.fromCharCode(x.responseText.charCodeAt(i) & 0xff);
		return btoa(s) })()`)
	data, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		b.t.Fatalf("download %s: %s", path, b64)
	}
	return data
}

// docxText is the text of a DOCX's main document, failing unless the file
// is a zip holding word/document.xml.
func docxText(t *testing.T, data []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("the pack is not a DOCX (zip): %v", err)
	}
	for _, f := range zr.File {
		if f.Name != "word/document.xml" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return xmlText(string(b))
	}
	t.Fatal("the DOCX has no word/document.xml")
	return ""
}

// xmlText drops the tags of WordprocessingML, keeping the text of runs.
func xmlText(x string) string {
	var out strings.Builder
	in := false
	for _, r := range x {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
		case !in:
			out.WriteRune(r)
		}
	}
	return out.String()
}
