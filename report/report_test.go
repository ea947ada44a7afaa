package report_test

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"os"
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

// sample is a statistics table with VPCP's 2025 totals (7.892 of 9.831
// tasks completed: 80,3%) split over two units.
func sample() *service.StatsReport {
	a := tiendo.Counts{Assigned: 9000, Due: 8500, DoneDue: 7000, DoneOnTime: 6500, DoneLate: 700, InProgress: 900,
		Overdue: 800, Continuous: 100, OverdueAge: tiendo.OverdueAge{UpTo30: 300, From31To90: 200, From91To120: 100, Over120: 200}}
	b := tiendo.Counts{Assigned: 831, Due: 800, DoneDue: 650, DoneOnTime: 600, DoneLate: 92, InProgress: 70, Overdue: 60,
		Continuous: 9, OverdueAge: tiendo.OverdueAge{UpTo30: 10, From31To90: 20, From91To120: 10, Over120: 20}}
	total := a
	total.Add(b)
	return &service.StatsReport{Period: vn.Period{Kind: vn.PeriodYear, Year: 2025}, Label: "Năm 2025",
		From: vn.NewDate(2024, 12, 15), To: vn.NewDate(2025, 12, 14), AsOf: vn.NewDate(2025, 12, 14), Group: tiendo.GroupOrg,
		Rows: []service.StatsLine{
			{Key: service.StatsKey{ID: 1, Code: "BO-A", Name: "Bộ Kế hoạch và Đầu tư"}, Counts: a},
			{Key: service.StatsKey{ID: 2, Code: "UBND-HN", Name: "UBND thành phố Hà Nội"}, Subtree: true, Counts: b},
		},
		Total: service.StatsLine{Key: service.StatsKey{Name: "Tổng cộng"}, Counts: total}}
}

func overdueTasks() []*tiendo.Task {
	return []*tiendo.Task{{ID: 42, Title: "Xây dựng kế hoạch phòng cháy chữa cháy chung cư cũ", LeadOrgID: 2,
		Due: vn.NewDate(2025, 6, 30), AssignedOn: vn.NewDate(2025, 1, 6), Status: tiendo.StatusInProgress,
		DeadlineText: "trước ngày 30/6/2025"}}
}

func write(t *testing.T, name string, fn func(io.Writer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestXLSXReadBack opens the workbook in LibreOffice Calc and compares
// every number of every row with the counts.
func TestXLSXReadBack(t *testing.T) {
	rep := sample()
	orgs := map[int64]string{2: "UBND thành phố Hà Nội"}
	path := write(t, "thong-ke.xlsx", func(w io.Writer) error {
		return report.WriteXLSX(w, report.StatsTable(rep), report.TaskTable("Quá hạn", overdueTasks(), rep.AsOf, orgs))
	})
	sheets := reporttest.Sheets(t, path)
	stats := sheets["Thống kê"]
	if len(stats) != 3+len(rep.Rows)+1 {
		t.Fatalf("%d rows: %v", len(stats), stats)
	}
	if stats[2][2] != "Đơn vị chủ trì" || stats[2][10] != "Tỷ lệ hoàn thành (/tổng số)" {
		t.Fatalf("header %v", stats[2])
	}
	lines := append(append([]service.StatsLine{}, rep.Rows...), rep.Total)
	for i, l := range lines {
		row := stats[3+i]
		want := []float64{float64(l.Assigned), float64(l.Due), float64(l.DoneOnTime), float64(l.DoneLate),
			float64(l.InProgress), float64(l.Overdue), float64(l.Continuous), *l.CompletionRate(),
			*l.CompletionRateDue(), *l.OnTimeRate(), float64(l.OverdueAge.UpTo30), float64(l.OverdueAge.From31To90),
			float64(l.OverdueAge.From91To120), float64(l.OverdueAge.Over120)}
		for j, w := range want {
			if got := reporttest.Number(t, row[3+j]); math.Abs(got-w) > 1e-9 {
				t.Errorf("row %d (%s) column %s: %v, want %v", i, row[2], stats[2][3+j], got, w)
			}
		}
	}
	if got := stats[len(stats)-1][2]; got != "Tổng cộng" {
		t.Errorf("last row %q", got)
	}
	if r := *rep.Total.CompletionRate(); math.Abs(r-7892.0/9831) > 1e-12 {
		t.Fatalf("sample total rate %v", r)
	}
	tasks := sheets["Nhiệm vụ"]
	if len(tasks) != 4 || tasks[3][2] != "Xây dựng kế hoạch phòng cháy chữa cháy chung cư cũ" || tasks[3][8] != "Quá hạn" ||
		reporttest.Number(t, tasks[3][9]) != 167 {
		t.Fatalf("task sheet %v", tasks)
	}
}

// TestDOCXReadBack opens the report in LibreOffice Writer: the NĐ 30
// header, the totals in the text and the table, recipients and signer.
func TestDOCXReadBack(t *testing.T) {
	rep := sample()
	doc := report.TaskResults(rep, overdueTasks(), 1, map[int64]string{2: "UBND thành phố Hà Nội"},
		report.ReportOptions{Body: "VĂN PHÒNG CHÍNH PHỦ", Number: "Số: 15/BC-VPCP", Place: "Hà Nội", SignerName: "Trần Văn Sơn",
			SignerRole: "KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM", Date: vn.NewDate(2026, 1, 5)})
	path := write(t, "bao-cao.docx", func(w io.Writer) error { return report.WriteDOCX(w, doc) })
	text := reporttest.DocxText(t, path)
	for _, want := range []string{"VĂN PHÒNG CHÍNH PHỦ", "Số: 15/BC-VPCP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 05 tháng 01 năm 2026", "BÁO CÁO", "Kết quả thực hiện nhiệm vụ năm 2025",
		"tổng số nhiệm vụ trên địa bàn là 9.831 nhiệm vụ", "Đã hoàn thành 7.892 nhiệm vụ", "đạt tỷ lệ 80,3%",
		"Tổng cộng\n9.831\n9.300\n7.100\n792\n970\n860\n80,3%\n90,0%", "Xây dựng kế hoạch phòng cháy chữa cháy chung cư cũ",
		"\n167\n", "Nơi nhận:", "- Lưu: VT.", "PHÓ CHỦ NHIỆM", "Trần Văn Sơn"} {
		if !strings.Contains(text, want) {
			t.Errorf("DOCX text lacks %q\n%s", want, text)
		}
	}
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var all string
	for _, f := range z.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		all += string(b)
	}
	for _, want := range []string{`w:ascii="Times New Roman"`, `<w:sz w:val="28"/>`, `<w:pgSz w:w="11906" w:h="16838"/>`,
		`w:top="1134" w:right="850" w:bottom="1134" w:left="1701"`} {
		if !strings.Contains(all, want) {
			t.Errorf("DOCX lacks %s", want)
		}
	}
}

// TestPDFReadBack extracts the PDF's text: same numbers, Vietnamese intact,
// the font embedded.
func TestPDFReadBack(t *testing.T) {
	fonts, err := report.LoadFonts("")
	if err != nil {
		if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	rep := sample()
	doc := report.TaskResults(rep, overdueTasks(), 1, map[int64]string{2: "UBND thành phố Hà Nội"},
		report.ReportOptions{Body: "VĂN PHÒNG CHÍNH PHỦ", Place: "Hà Nội", SignerName: "Trần Văn Sơn"})
	path := write(t, "bao-cao.pdf", func(w io.Writer) error { return report.WritePDF(w, doc, fonts) })
	raw, _ := os.ReadFile(path)
	if !bytes.HasPrefix(raw, []byte("%PDF-")) || !bytes.Contains(raw, []byte("/FontFile2")) {
		t.Fatal("not a PDF with an embedded TrueType font")
	}
	text := reporttest.PDFText(t, path)
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 14 tháng 12 năm 2025",
		"9.831 nhiệm vụ", "7.892 nhiệm vụ", "80,3%", "9.831 9.300 7.100 792 970 860 80,3% 90,0%", "Tổng cộng",
		"Bộ Kế hoạch và Đầu tư", "Nơi nhận:", "Trần Văn Sơn"} {
		if !strings.Contains(flat, want) {
			t.Errorf("PDF text lacks %q\n%s", want, flat)
		}
	}
}

func TestGradeXLSXReadBack(t *testing.T) {
	sheet := &service.GradeSheet{Label: "Tháng 3/2026", AsOf: vn.NewDate(2026, 3, 14), Rules: grade.HN3814, Kind: tiendo.SubjectOrg}
	for _, r := range grade.GradeAll(grade.HN3814, []grade.Input{
		{Subject: "UBND phường Phố Huế", General: 20, Bonus: 5, Products: []grade.Product{{TaskID: 1, Title: "Kế hoạch", Outcome: grade.OnTime}}},
		{Subject: "UBND phường Trương Định", General: 18, Products: []grade.Product{{TaskID: 2, Title: "Rà soát", Outcome: grade.Late}}},
	}) {
		sheet.Subjects = append(sheet.Subjects, service.GradedSubject{Code: r.Subject[:4], Name: r.Subject, Result: r})
	}
	path := write(t, "xep-loai.xlsx", func(w io.Writer) error { return report.WriteXLSX(w, report.GradeTables(sheet)...) })
	sheets := reporttest.Sheets(t, path)
	sum, lines := sheets["Xếp loại"], sheets["Diễn giải"]
	if len(sum) != 5 || len(lines) < 3+len(sheet.Subjects[0].Lines) {
		t.Fatalf("sheets %v", sheets)
	}
	for i, s := range sheet.Subjects {
		row := sum[3+i]
		if row[2] != s.Name || reporttest.Number(t, row[6]) != s.Score || row[7] != s.Band.Name {
			t.Errorf("row %v, want %s %v %s", row, s.Name, s.Score, s.Band.Name)
		}
	}
	if !strings.Contains(strings.Join(lines[3], "|"), "Tiêu chí chung: 20/20 điểm") {
		t.Errorf("explanation %v", lines[3])
	}
}

func TestFormats(t *testing.T) {
	r := 0.8027667
	for got, want := range map[string]string{report.Percent(&r): "80,3%", report.Percent(nil): "–",
		report.Num(9831): "9.831", report.Num(1234567): "1.234.567", report.Num(-1200): "-1.200", report.Num(12): "12"} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

// TestPDFWithoutItalics: fonts-dejavu-core alone (no italic faces) still
// makes a PDF.
func TestPDFWithoutItalics(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"} {
		b, err := os.ReadFile(filepath.Join(report.FontDirs[0], name))
		if err != nil {
			t.Skip("fonts-dejavu-core is not installed")
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fonts, err := report.LoadFonts(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc := report.TaskResults(sample(), nil, 0, nil, report.ReportOptions{Place: "Hà Nội"})
	var b bytes.Buffer
	if err := report.WritePDF(&b, doc, fonts); err != nil || !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Fatalf("pdf: %v", err)
	}
	if _, err := report.LoadFonts(t.TempDir()); err == nil {
		t.Fatal("an empty folder gave fonts")
	}
}

// TestXLSXFormulaText writes texts that a spreadsheet would take for
// formulas and reads them back with excelize and through LibreOffice Calc:
// they stay text (no formula, quotePrefix set), while negative numbers stay
// numbers.
func TestXLSXFormulaText(t *testing.T) {
	texts := []string{"=1+1", "+1+1", "-1+1", "@SUM(1,1)", `=HYPERLINK("http://x.invalid","bấm")`, "- Tăng cường kiểm tra"}
	tbl := report.Table{Sheet: "Thử", Title: "=2+2", Subtitle: "+3+3",
		Columns: []report.Column{{Title: "=4+4", Kind: report.Text}, {Title: "Số", Kind: report.Int}, {Title: "Điểm", Kind: report.Number}}}
	for i, s := range texts {
		tbl.Rows = append(tbl.Rows, []any{s, -i - 1, -0.5 * float64(i+1)})
	}
	var buf bytes.Buffer
	if err := report.WriteXLSX(&buf, tbl); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, c := range []struct {
		cell, want string
		number     bool
	}{
		{"A1", "=2+2", false}, {"A2", "+3+3", false}, {"A3", "=4+4", false},
		{"A4", texts[0], false}, {"A5", texts[1], false}, {"A6", texts[2], false}, {"A7", texts[3], false},
		{"A8", texts[4], false}, {"A9", texts[5], false},
		{"B6", "-3", true}, {"C4", "-0.5", true},
	} {
		formula, _ := f.GetCellFormula("Thử", c.cell)
		typ, _ := f.GetCellType("Thử", c.cell)
		raw, _ := f.GetCellValue("Thử", c.cell, excelize.Options{RawCellValue: true})
		if formula != "" || raw != c.want {
			t.Errorf("%s: formula %q value %q, want the value %q and no formula", c.cell, formula, raw, c.want)
		}
		if c.number != (typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset) {
			t.Errorf("%s: cell type %v, number %v", c.cell, typ, c.number)
		}
		style, _ := f.GetCellStyle("Thử", c.cell)
		if q := f.Styles.CellXfs.Xf[style].QuotePrefix; !c.number && (q == nil || !*q) {
			t.Errorf("%s: text cell without quotePrefix", c.cell)
		}
	}
	path := filepath.Join(t.TempDir(), "thu.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	rows := reporttest.Sheets(t, path)["Thử"]
	if len(rows) != 3+len(texts) || rows[0][0] != "=2+2" || rows[1][0] != "+3+3" || rows[2][0] != "=4+4" {
		t.Fatalf("LibreOffice read %v", rows)
	}
	for i, s := range texts {
		if rows[3+i][0] != s || reporttest.Number(t, rows[3+i][1]) != float64(-i-1) {
			t.Errorf("LibreOffice row %d: %q, want %q and the number %d", i, rows[3+i], s, -i-1)
		}
	}
}
