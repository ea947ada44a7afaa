package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo/vn"
)

// docxCell is a cell of a test table: text, columns spanned, vertical merge.
type docxCell struct {
	text   string
	span   int
	vMerge string // "", "restart", "continue"
}

// buildDocx writes a minimal WordprocessingML package: paragraphs, then a
// table whose rows are given cell by cell.
func buildDocx(t *testing.T, paras []string, rows [][]docxCell) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(p))
	}
	if rows != nil {
		cols := 0
		for _, c := range rows[0] {
			cols += max(c.span, 1)
		}
		body.WriteString(`<w:tbl><w:tblPr/><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1500"/>`, cols) + `</w:tblGrid>`)
		for _, r := range rows {
			body.WriteString(`<w:tr>`)
			for _, c := range r {
				body.WriteString(`<w:tc><w:tcPr>`)
				if c.span > 1 {
					fmt.Fprintf(&body, `<w:gridSpan w:val="%d"/>`, c.span)
				}
				switch c.vMerge {
				case "restart":
					body.WriteString(`<w:vMerge w:val="restart"/>`)
				case "continue":
					body.WriteString(`<w:vMerge/>`)
				}
				body.WriteString(`</w:tcPr>`)
				for _, line := range strings.Split(c.text, "\n") {
					fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(line))
				}
				body.WriteString(`</w:tc>`)
			}
			body.WriteString(`</w:tr>`)
		}
		body.WriteString(`</w:tbl><w:p/>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	files := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `<w:sectPr/></w:body></w:document>`,
	}
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// appendixDocx is a plan with its appendix as a Word table: a two-row
// header ("Cơ quan thực hiện" over "Chủ trì | Phối hợp"), a numbering
// row, group rows and a cell merged down two rows.
func appendixDocx(t *testing.T) []byte {
	c := func(s string) docxCell { return docxCell{text: s, span: 1} }
	return buildDocx(t, []string{
		"UBND QUẬN HAI BÀ TRƯNG",
		"Số: 245/KH-UBND",
		"Hai Bà Trưng, ngày 20 tháng 12 năm 2019",
		"KẾ HOẠCH thực hiện Kế hoạch số 241/KH-UBND ngày 15/11/2019 của UBND Thành phố",
		"Yêu cầu UBND các phường xây dựng kế hoạch cụ thể trước ngày 06/01/2020.",
	}, [][]docxCell{
		{{text: "STT", vMerge: "restart"}, {text: "Nội dung nhiệm vụ", vMerge: "restart"}, {text: "Cơ quan thực hiện", span: 2}, {text: "Thời gian hoàn thành", vMerge: "restart"}, {text: "Sản phẩm", vMerge: "restart"}},
		{{vMerge: "continue"}, {vMerge: "continue"}, c("Chủ trì"), c("Phối hợp"), {vMerge: "continue"}, {vMerge: "continue"}},
		{c("(1)"), c("(2)"), c("(3)"), c("(4)"), c("(5)"), c("(6)")},
		{c("I"), {text: "Nhiệm vụ chung", span: 5}},
		{c("1"), c("Tuyên truyền về phòng cháy, chữa cháy tại các nhà chung cư"), {text: "Phòng Văn hóa và Thông tin", vMerge: "restart"}, c("UBND các phường"), c("Quý I/2020"), c("Báo cáo")},
		{c("2"), c("Kiểm tra hệ thống phòng cháy tại chung cư cũ"), {vMerge: "continue"}, c("Công an quận; Phòng Quản lý đô thị"), c("Thường xuyên"), c("")},
		{c("II"), {text: "Nhiệm vụ cụ thể", span: 5}},
		{c("1"), c("Hoàn thiện quy chế hoạt động các đội PCCC cơ sở"), c("UBND các phường"), c(""), c("trước 31/3/2020"), c("Quy chế")},
		{c("2"), c("Báo cáo kết quả thực hiện"), c(""), c(""), c("Hằng quý"), c("")},
		{c("3"), c("Cải tạo lối thoát nạn"), c("Phòng Quản lý đô thị"), c(""), c("ngày 35/13/2020"), c("")},
	})
}

// appendixXlsx is the same appendix as a workbook with merged cells.
func appendixXlsx(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sh = "Phụ lục"
	if err := f.SetSheetName("Sheet1", sh); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"PHỤ LỤC: DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 245/KH-UBND ngày 20/12/2019)"},
		{"STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Tiến độ", "Kết quả/sản phẩm"},
		{"", "", "Chủ trì", "Phối hợp", "", ""},
		{"I", "NHIỆM VỤ CHUNG"},
		{1, "Tuyên truyền về phòng cháy, chữa cháy tại các nhà chung cư", "Phòng Văn hóa và Thông tin", "UBND các phường", "Quý I/2020", "Báo cáo"},
		{2, "Kiểm tra hệ thống phòng cháy tại chung cư cũ", "", "Công an quận\nPhòng Quản lý đô thị", "Thường xuyên", ""},
		{"II", "NHIỆM VỤ CỤ THỂ"},
		{1, "Hoàn thiện quy chế hoạt động các đội PCCC cơ sở", "UBND các phường", "", "trước 31/3/2020", "Quy chế"},
		{2, "Báo cáo kết quả thực hiện", "", "", "Hằng quý", ""},
		{3, "Cải tạo lối thoát nạn", "Phòng Quản lý đô thị", "", "ngày 35/13/2020", ""},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sh, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A1", "F1"}, {"A2", "A3"}, {"B2", "B3"}, {"C2", "D2"}, {"E2", "E3"}, {"F2", "F3"},
		{"B4", "F4"}, {"B7", "F7"}, {"C5", "C6"}} {
		if err := f.MergeCell(sh, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wantAppendix checks the tasks and row errors read from the appendix.
func wantAppendix(t *testing.T, name string, got File) {
	t.Helper()
	want := []string{
		"Phụ lục, I. Nhiệm vụ chung, STT 1|Tuyên truyền về phòng cháy, chữa cháy tại các nhà chung cư|Phòng Văn hóa và Thông tin|UBND các phường|period 2020-03-31|Báo cáo",
		"Phụ lục, I. Nhiệm vụ chung, STT 2|Kiểm tra hệ thống phòng cháy tại chung cư cũ|Phòng Văn hóa và Thông tin|Công an quận, Phòng Quản lý đô thị|continuous |",
		"Phụ lục, II. Nhiệm vụ cụ thể, STT 1|Hoàn thiện quy chế hoạt động các đội PCCC cơ sở|UBND các phường||date 2020-03-31|Quy chế",
	}
	var tasks []string
	for _, tk := range got.Tasks {
		if tk.Clause == "" {
			continue // a task of the running text
		}
		tasks = append(tasks, fmt.Sprintf("%s|%s|%s|%s|%s %s|%s", tk.Clause, tk.Content, tk.Lead,
			strings.Join(tk.Cooperating, ", "), tk.Deadline.Kind, tk.Deadline.Date, tk.Output))
	}
	if strings.Join(tasks, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: appendix tasks\n%s\nwant\n%s", name, strings.Join(tasks, "\n"), strings.Join(want, "\n"))
	}
	var errs []string
	for _, e := range got.RowErrors {
		errs = append(errs, fmt.Sprintf("%d|%s", e.Row, e.Column))
	}
	if len(errs) != 2 || !strings.HasSuffix(errs[0], "|Cơ quan chủ trì") || !strings.HasSuffix(errs[1], "|Thời gian hoàn thành") {
		t.Errorf("%s: row errors %q, want a missing lead and a bad deadline", name, errs)
	}
}

// groupTitle normalises the case of group titles for the comparison: a
// workbook writes them in capitals.
func normaliseClauses(f File) File {
	for i := range f.Tasks {
		f.Tasks[i].Clause = strings.NewReplacer("NHIỆM VỤ CHUNG", "Nhiệm vụ chung", "NHIỆM VỤ CỤ THỂ", "Nhiệm vụ cụ thể").Replace(f.Tasks[i].Clause)
	}
	return f
}

func TestExtractFileAppendix(t *testing.T) {
	docx, err := ExtractFile("kh245.docx", appendixDocx(t), vn.Date{})
	if err != nil {
		t.Fatal(err)
	}
	wantAppendix(t, "docx", docx)
	if len(docx.References) != 2 || docx.References[0].Number != "245" || docx.References[0].Date != vn.NewDate(2019, 12, 20) {
		t.Errorf("docx references %+v, want 245/KH-UBND dated 2019-12-20 and 241/KH-UBND", docx.References)
	}
	if docx.Tasks[0].Clause != "" || docx.Tasks[0].Lead != "UBND các phường" || docx.Tasks[0].Deadline.Date != vn.NewDate(2020, 1, 6) {
		t.Errorf("docx running-text task %+v, want UBND các phường by 2020-01-06", docx.Tasks[0])
	}
	xlsx, err := ExtractFile("kh245.xlsx", appendixXlsx(t), vn.Date{})
	if err != nil {
		t.Fatal(err)
	}
	wantAppendix(t, "xlsx", normaliseClauses(xlsx))
	if e := xlsx.RowErrors[0]; e.Sheet != "Phụ lục" || e.Row != 9 || !strings.Contains(e.Error(), "dòng 9, cột “Cơ quan chủ trì”") {
		t.Errorf("xlsx row error %+v (%s), want sheet Phụ lục row 9", e, e.Error())
	}
}

// TestExtractFileLibreOffice reads the appendices after LibreOffice has
// saved them, as real appendices come from Word and Excel. It skips when
// soffice is missing unless TIENDO_REQUIRE_SOFFICE=1.
func TestExtractFileLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice is required (TIENDO_REQUIRE_SOFFICE=1) but not found")
		}
		t.Skip("soffice not installed")
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{"kh245.docx": appendixDocx(t), "kh245.xlsx": appendixXlsx(t)} {
		src := filepath.Join(dir, "src-"+name)
		if err := os.WriteFile(src, data, 0o600); err != nil {
			t.Fatal(err)
		}
		ext := strings.TrimPrefix(filepath.Ext(name), ".")
		outDir := filepath.Join(dir, "out")
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", ext, "--outdir", outDir, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		saved, err := os.ReadFile(filepath.Join(outDir, "src-"+name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := ExtractFile(name, saved, vn.Date{})
		if err != nil {
			t.Fatalf("%s saved by LibreOffice: %v", name, err)
		}
		wantAppendix(t, name+" (LibreOffice)", normaliseClauses(got))
	}
}

func TestExtractFileErrors(t *testing.T) {
	noHeader := buildDocx(t, []string{"Một đoạn văn."}, [][]docxCell{{{text: "a", span: 1}, {text: "b", span: 1}}})
	f := excelize.NewFile()
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Họ tên", "Ngày sinh"})
	var plain bytes.Buffer
	_ = f.Write(&plain)
	tests := []struct {
		name string
		data []byte
		want string // part of the message; "" means no error
	}{
		{"a.xlsx", []byte("không phải bảng tính"), "không phải bảng tính Excel"},
		{"a.docx", []byte("PK\x03\x04 hỏng"), "không phải tài liệu Word"},
		{"a.xlsx", plain.Bytes(), "Không tìm thấy dòng tiêu đề"},
		{"a.docx", noHeader, ""},
		{"a.txt", []byte{0xff, 0xfe, 0}, "không phải văn bản UTF-8"},
		{"a.doc", []byte("x"), "lưu tệp thành .docx"},
	}
	for _, tt := range tests {
		_, err := ExtractFile(tt.name, tt.data, vn.Date{})
		var fe *FileError
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (!errors.As(err, &fe) || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want *FileError containing %q", tt.name, err, tt.want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"004_fa8d48449e34e581.txt", "001_e7ca297796dca619.txt", "synthetic-longbien-312-tb.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", "gold", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("- Đối với:\n1. Giao\n- yêu cầu các đơn vị\n: ; . \xff")
	f.Fuzz(func(t *testing.T, s string) {
		res := Extract(s, vn.NewDate(2023, 5, 10))
		folded := vn.Fold(s)
		for _, tk := range res.Tasks {
			if tk.Source == "" || !strings.Contains(folded, vn.Fold(firstWords(tk.Source, 3))) {
				t.Fatalf("task source %q is not in the input", tk.Source)
			}
			if tk.Cooperating == nil {
				t.Fatalf("task %+v: cooperating is nil, want a list", tk)
			}
		}
	})
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}
