package report_test

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/grade"
	"tiendo/report"
	"tiendo/report/reporttest"
	"tiendo/service"
	"tiendo/vn"
)

// wardTree is a city, one of its new wards with its People's Committee and
// office, the city's People's Committee and its office, and a department.
func wardTree() *tiendo.OrgTree {
	id := func(n int64) *int64 { return &n }
	return tiendo.NewOrgTree([]*tiendo.Org{
		{ID: 1, Code: "HN", Name: "Thành phố Hà Nội", Kind: tiendo.KindAdministrative, Level: tiendo.LevelProvince},
		{ID: 2, Code: "HN-UBND", Abbrev: "UBND", Name: "UBND Thành phố Hà Nội", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelProvince, ParentID: id(1)},
		{ID: 3, Code: "HN-VPUB", Abbrev: "VP", Name: "Văn phòng UBND Thành phố Hà Nội", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince, ParentID: id(2)},
		{ID: 4, Code: "HN-PH", Name: "Phường Phố Huế", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune, ParentID: id(1)},
		{ID: 5, Code: "HN-PH-UBND", Abbrev: "UBND", Name: "UBND phường Phố Huế", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune, ParentID: id(4)},
		{ID: 6, Code: "HN-PH-VP", Abbrev: "VP", Name: "Văn phòng HĐND và UBND phường Phố Huế", Kind: tiendo.KindDepartment, Level: tiendo.LevelCommune, ParentID: id(5)},
		{ID: 7, Code: "HN-SXD", Abbrev: "SXD", Name: "Sở Xây dựng Hà Nội", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince, ParentID: id(2)},
		{ID: 8, Code: "HN-P12", Name: "Phường 12", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune, ParentID: id(1)},
		{ID: 9, Code: "HN-P12-DU", Abbrev: "ĐU", Name: "Đảng ủy Phường 12", Kind: tiendo.KindPartyCommittee, Level: tiendo.LevelCommune, ParentID: id(8)},
		{ID: 10, Code: "HN-TU", Abbrev: "TU", Name: "Thành ủy Hà Nội", Kind: tiendo.KindPartyCommittee, Level: tiendo.LevelProvince, ParentID: id(1)},
		{ID: 11, Code: "HN-BTGTU", Abbrev: "BTGTU", Name: "Ban Tuyên giáo Thành ủy", Kind: tiendo.KindDepartment, Level: tiendo.LevelProvince, ParentID: id(10)},
	})
}

func TestLetterheadOf(t *testing.T) {
	tree, on := wardTree(), vn.NewDate(2026, 3, 31)
	for _, c := range []struct {
		id   int64
		want report.Letterhead
	}{
		{5, report.Letterhead{ParentBody: "UBND THÀNH PHỐ HÀ NỘI", Body: "UBND PHƯỜNG PHỐ HUẾ", Abbrev: "UBND", Place: "Phố Huế",
			SignerRole: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", Governing: "UBND Thành phố Hà Nội"}},
		{4, report.Letterhead{ParentBody: "UBND THÀNH PHỐ HÀ NỘI", Body: "UBND PHƯỜNG PHỐ HUẾ", Abbrev: "UBND", Place: "Phố Huế",
			SignerRole: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", Governing: "UBND Thành phố Hà Nội"}},
		{2, report.Letterhead{Body: "UBND THÀNH PHỐ HÀ NỘI", Abbrev: "UBND", Place: "Hà Nội", SignerRole: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"}},
		{1, report.Letterhead{Body: "UBND THÀNH PHỐ HÀ NỘI", Abbrev: "UBND", Place: "Hà Nội", SignerRole: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"}},
		{3, report.Letterhead{ParentBody: "UBND THÀNH PHỐ HÀ NỘI", Body: "VĂN PHÒNG UBND THÀNH PHỐ HÀ NỘI", Abbrev: "VP", Place: "Hà Nội",
			SignerRole: "CHÁNH VĂN PHÒNG", Governing: "UBND Thành phố Hà Nội"}},
		{6, report.Letterhead{ParentBody: "UBND PHƯỜNG PHỐ HUẾ", Body: "VĂN PHÒNG HĐND VÀ UBND PHƯỜNG PHỐ HUẾ", Abbrev: "VP", Place: "Phố Huế",
			SignerRole: "CHÁNH VĂN PHÒNG", Governing: "UBND phường Phố Huế"}},
		{7, report.Letterhead{ParentBody: "UBND THÀNH PHỐ HÀ NỘI", Body: "SỞ XÂY DỰNG HÀ NỘI", Abbrev: "SXD", Place: "Hà Nội",
			SignerRole: "GIÁM ĐỐC", Governing: "UBND Thành phố Hà Nội"}},
		{9, report.Letterhead{ParentBody: "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", Body: "ĐẢNG ỦY PHƯỜNG 12", Abbrev: "ĐU", Place: "Phường 12",
			SignerRole: "T/M BAN THƯỜNG VỤ\nBÍ THƯ", Governing: "Thành ủy Hà Nội", Party: true}},
		{10, report.Letterhead{Body: "THÀNH ỦY HÀ NỘI", Abbrev: "TU", Place: "Hà Nội", SignerRole: "T/M BAN THƯỜNG VỤ\nBÍ THƯ", Party: true}},
		{11, report.Letterhead{ParentBody: "THÀNH ỦY HÀ NỘI", Body: "BAN TUYÊN GIÁO THÀNH ỦY", Abbrev: "BTGTU", Place: "Hà Nội",
			SignerRole: "TRƯỞNG BAN", Governing: "Thành ủy Hà Nội", Party: true}},
		{99, report.Letterhead{}},
	} {
		if got := report.LetterheadOf(tree, c.id, on); got != c.want {
			t.Errorf("org %d:\n got %+v\nwant %+v", c.id, got, c.want)
		}
	}
}

// paper is one document the product writes, with what its header must say.
type paper struct {
	name   string
	doc    report.Document
	header []string
}

func papers(t *testing.T) []paper {
	tree := wardTree()
	lh := report.LetterheadOf(tree, 5, vn.NewDate(2026, 1, 5))
	rep := sample()
	rep.Org = tree.Org(5)
	stats := &report.StatsExport{Stats: rep, Overdue: overdueTasks(), OverdueTotal: 1, Tree: tree,
		Orgs: map[int64]*tiendo.Org{2: {ID: 2, Name: "UBND thành phố Hà Nội"}}}
	sheet := &service.GradeSheet{Label: "Quý I/2026", AsOf: vn.NewDate(2026, 3, 14), Rules: grade.HN3814,
		Kind: tiendo.SubjectOrg, Org: tree.Org(5)}
	for _, r := range grade.GradeAll(grade.HN3814, []grade.Input{
		{Subject: "Văn phòng HĐND và UBND phường Phố Huế", General: 20, Bonus: 5, Products: []grade.Product{{TaskID: 1, Title: "Kế hoạch", Outcome: grade.OnTime}}},
		{Subject: "Phòng Kinh tế, Hạ tầng và Đô thị phường Phố Huế", General: 18, Products: []grade.Product{{TaskID: 2, Title: "Rà soát", Outcome: grade.Late}}},
	}) {
		sheet.Subjects = append(sheet.Subjects, service.GradedSubject{Code: "PH-" + r.Subject[:4], Name: r.Subject, Result: r})
	}
	gradeDoc := report.GradeDocument(sheet, report.ReportOptions{ParentBody: lh.ParentBody, Body: lh.Body, Abbrev: lh.Abbrev,
		Place: lh.Place, SignerRole: lh.SignerRole, Governing: lh.Governing})
	pack := samplePack()
	pack.Meeting.NoticeNo, pack.Meeting.NoticeOn, pack.Meeting.AttendeeOrgIDs = "12/TB-UBND", vn.NewDate(2026, 4, 7), []int64{6, 7}
	conclusions := []*tiendo.Task{
		{ID: 201, Title: "Hoàn thành cải tạo vỉa hè phố Huế, đoạn từ Hàng Bài đến Nguyễn Công Trứ", LeadOrgID: 7, Due: vn.NewDate(2026, 6, 30)},
		{ID: 202, Title: "Rà soát các hộ kinh doanh lấn chiếm lòng đường", LeadOrgID: 6, DeadlineText: "Thường xuyên"},
	}
	ward := func(more ...string) []string {
		return append([]string{"UBND THÀNH PHỐ HÀ NỘI", "UBND PHƯỜNG PHỐ HUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"Độc lập - Tự do - Hạnh phúc", "Số:", "- UBND Thành phố Hà Nội (để báo cáo);"}, more...)
	}
	party := sample()
	party.Org = tree.Org(9)
	partyStats := &report.StatsExport{Stats: party, Tree: tree}
	return []paper{
		{"dang-uy", partyStats.Document(report.ReportOptions{Date: vn.NewDate(2026, 1, 5)}), []string{
			"ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "ĐẢNG ỦY PHƯỜNG 12", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số -BC/ĐU", "Phường 12, ngày 05 tháng 01 năm 2026",
			"T/M BAN THƯỜNG VỤ", "BÍ THƯ", "- Thành ủy Hà Nội (để báo cáo);"}},
		{"bao-cao", stats.Document(report.ReportOptions{Date: vn.NewDate(2026, 1, 5)}),
			ward("BÁO CÁO", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phố Huế, ngày 05 tháng 01 năm 2026", "/BC-UBND")},
		{"xep-loai", gradeDoc, ward("BÁO CÁO", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phố Huế, ngày 14 tháng 3 năm 2026", "/BC-UBND",
			"I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI", "II. DIỄN GIẢI ĐIỂM", "1. Văn phòng HĐND và UBND phường Phố Huế")},
		{"giao-ban", report.PackDocument(pack, tree), ward("BÁO CÁO", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phố Huế, ngày 03 tháng 4 năm 2026", "/BC-UBND",
			"I. Nhiệm vụ đã hoàn thành trong kỳ", "II. Nhiệm vụ quá hạn theo đơn vị")},
		{"thong-bao", report.ConclusionNotice(pack.Meeting, conclusions, tree), ward("THÔNG BÁO", "TL. CHỦ TỊCH",
			"CHÁNH VĂN PHÒNG", "Phố Huế, ngày 07 tháng 4 năm 2026", "Số: 12/TB-UBND",
			"Kết luận của Chủ tịch UBND phường tại giao ban tháng 4/2026 ngày 03/04/2026",
			"Tham dự có đại diện Văn phòng HĐND và UBND phường Phố Huế, Sở Xây dựng Hà Nội.",
			"UBND phường Phố Huế thông báo để các cơ quan, đơn vị biết, thực hiện./.")},
	}
}

func samplePack() *service.Pack {
	due := vn.NewDate(2026, 1, 15)
	task := func(id int64, title, lead string, tl tiendo.Timeliness, days int) service.PackTask {
		return service.PackTask{Task: &tiendo.Task{ID: id, Title: title, Due: due}, Lead: lead, Timeliness: tl, OverdueDays: days}
	}
	expected, actual := 1234.5, 987.25
	return &service.Pack{
		Meeting: &tiendo.Meeting{ID: 1, OrgID: 5, Title: "Giao ban tháng 4/2026", Date: vn.NewDate(2026, 4, 3),
			Place: "Hội trường UBND phường", Chair: "Chủ tịch UBND phường"},
		Org: "UBND phường Phố Huế", From: vn.NewDate(2026, 3, 6), AsOf: vn.NewDate(2026, 4, 3), Next: vn.NewDate(2026, 5, 8), SilentDays: 30,
		Completed: []service.PackTask{task(101, "Tổng kiểm tra phòng cháy chữa cháy các khu chung cư cũ", "Công an phường Phố Huế", tiendo.DoneOnTime, 0)},
		Overdue: []service.PackUnit{{OrgID: 6, Name: "Văn phòng HĐND và UBND phường Phố Huế", Tasks: []service.PackTask{
			task(102, "Chuyển đổi số hồ sơ một cửa liên thông", "Văn phòng HĐND và UBND phường Phố Huế", tiendo.Overdue, 1342)}}},
		Targets: []service.TargetLine{{Target: &tiendo.Target{Name: "Thu ngân sách", Unit: "triệu đồng"}, Org: "UBND phường Phố Huế",
			Assessment: tiendo.Assessment{Period: "Quý I/2026", Expected: &expected, Actual: &actual, Status: tiendo.TargetAtRisk}}},
		Silent:    []service.SilentUnit{{Name: "Phòng Văn hóa – Xã hội phường Phố Huế", OpenTasks: 12, LastUpdate: vn.NewDate(2026, 1, 2), Days: 91}},
		Reporting: []service.ReportingUnit{{Name: "Phòng Kinh tế, Hạ tầng và Đô thị phường Phố Huế", Open: 1234, Overdue: 56, Completed: 7}},
	}
}

// TestPapersPDF renders the statistics report, the grade sheet and the
// briefing pack as PDF, both directly and as DOCX printed by LibreOffice,
// extracts their text with pdftotext and checks the NĐ 30 header of the
// ward's People's Committee, and that every word and number of every
// table cell and heading comes out whole: a column too narrow for a word
// splits it across lines ("Tổn g điể m").
func TestPapersPDF(t *testing.T) {
	fonts, fontErr := report.LoadFonts("")
	for _, p := range papers(t) {
		t.Run(p.name+"/pdf", func(t *testing.T) {
			if fontErr != nil {
				if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
					t.Fatal(fontErr)
				}
				t.Skip(fontErr)
			}
			path := write(t, p.name+".pdf", func(w io.Writer) error { return report.WritePDF(w, p.doc, fonts) })
			checkPaper(t, p, path)
		})
		t.Run(p.name+"/docx", func(t *testing.T) {
			path := write(t, p.name+".docx", func(w io.Writer) error { return report.WriteDOCX(w, p.doc) })
			checkPaper(t, p, reporttest.PDFOf(t, path))
		})
	}
}

func checkPaper(t *testing.T, p paper, path string) {
	t.Helper()
	text := reporttest.PDFText(t, path)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range append([]string{"Nơi nhận:", "- Lưu: VT."}, p.header...) {
		if !strings.Contains(flat, strings.Join(strings.Fields(want), " ")) {
			t.Errorf("PDF text lacks %q\n%s", want, flat)
		}
	}
	if strings.Contains(flat, "/BC-VP") {
		t.Errorf("the old header is back:\n%s", flat)
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(text) {
		words[w] = true
	}
	for _, w := range documentWords(p.doc) {
		if !words[w] {
			t.Errorf("%q is not whole in the PDF text", w)
		}
	}
	if dir := os.Getenv("TIENDO_PAPERS_PNG"); dir != "" {
		name := filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "-"))
		if err := exec.Command("pdftoppm", "-png", "-r", "80", path, name).Run(); err != nil {
			t.Fatal(err)
		}
	}
}

// documentWords are the words of d's headings and table cells as written.
func documentWords(d report.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, strings.Fields(b.Heading)...)
		if t := b.Table; t != nil {
			for _, c := range t.Columns {
				out = append(out, strings.Fields(c.Title)...)
			}
			for _, r := range t.Rows {
				for i, v := range r {
					out = append(out, strings.Fields(report.CellText(t.Columns[i].Kind, v))...)
				}
			}
		}
	}
	return out
}

// TestXLSXPageSetup reads the workbook back: every sheet prints on A4
// landscape, fitted to one page wide, with its title and header rows
// repeated, and rows tall enough for their wrapped text; LibreOffice
// prints the statistics sheet on one landscape page.
func TestXLSXPageSetup(t *testing.T) {
	rep := sample()
	long := overdueTasks()[0]
	long.Title = strings.Repeat("Rà soát, sắp xếp lại các cơ sở nhà, đất thuộc phạm vi quản lý ", 3)
	var buf bytes.Buffer
	if err := report.WriteXLSX(&buf, report.StatsTable(rep), report.TaskTable("Quá hạn", []*tiendo.Task{long}, rep.AsOf, nil)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	titles := map[string]string{}
	for _, d := range f.GetDefinedName() {
		if d.Name == "_xlnm.Print_Titles" {
			titles[d.Scope] = d.RefersTo
		}
	}
	for _, sheet := range []string{"Thống kê", "Nhiệm vụ"} {
		pl, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.Orientation == nil || *pl.Orientation != "landscape" || pl.Size == nil || *pl.Size != 9 ||
			pl.FitToWidth == nil || *pl.FitToWidth != 1 || pl.FitToHeight == nil || *pl.FitToHeight != 0 {
			t.Errorf("%s: page layout %+v", sheet, pl)
		}
		props, err := f.GetSheetProps(sheet)
		if err != nil || props.FitToPage == nil || !*props.FitToPage {
			t.Errorf("%s: not fitted to the page: %v", sheet, err)
		}
		if want := "'" + sheet + "'!$1:$3"; titles[sheet] != want {
			t.Errorf("%s: print titles %q, want %q", sheet, titles[sheet], want)
		}
	}
	h, err := f.GetRowHeight("Nhiệm vụ", 4)
	if err != nil || h < 3*15 {
		t.Errorf("a three-line title has a row %v pt high (%v)", h, err)
	}
	if h, _ := f.GetRowHeight("Thống kê", 3); h < 4*15 {
		t.Errorf("the header row of the statistics is %v pt high, its titles take four lines", h)
	}
	path := filepath.Join(t.TempDir(), "thong-ke.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("TIENDO_PAPERS_PNG"); dir != "" {
		_ = os.WriteFile(filepath.Join(dir, "thong-ke.xlsx"), buf.Bytes(), 0o644)
	}
	pages := reporttest.PrintPages(t, path)
	if len(pages) != 2 {
		t.Errorf("LibreOffice printed %d pages, want one per sheet: %v", len(pages), pages)
	}
	for i, p := range pages {
		if p.Width <= p.Height {
			t.Errorf("page %d is portrait: %v", i+1, p)
		}
	}
}
