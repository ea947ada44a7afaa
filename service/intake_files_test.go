package service_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/service"
)

// appendixRows is a plan appendix: a header, a group row, two good rows
// and one whose lead is missing (row 5 of the sheet).
var appendixRows = [][]string{
	{"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
	{"I", "Nhiệm vụ chung", "", "", "", ""},
	{"1", "Kiểm tra hệ thống phòng cháy tại chung cư cũ", "Phòng Quản lý đô thị", "Công an phường Phố Huế", "trước 31/3/2020", "Báo cáo"},
	{"2", "Hoàn thiện quy chế các đội PCCC cơ sở", "UBND phường Phố Huế", "", "Quý II/2020", "Quy chế"},
	{"3", "Cải tạo lối thoát nạn", "", "", "Thường xuyên", ""},
}

// appendixXlsx writes the appendix as a workbook.
func appendixXlsx(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, r := range appendixRows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		row := make([]any, len(r))
		for j, v := range r {
			row[j] = v
		}
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// appendixDocx writes a plan with the appendix as a Word table: the
// smallest WordprocessingML package Word and LibreOffice open.
func appendixDocx(t *testing.T) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range []string{"UBND QUẬN HAI BÀ TRƯNG", "Số: 245/KH-UBND", "Hai Bà Trưng, ngày 20 tháng 12 năm 2019", "KẾ HOẠCH", "Phòng cháy tại chung cư cũ"} {
		fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, html.EscapeString(p))
	}
	body.WriteString(`<w:tbl><w:tblPr/><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1500"/>`, 6) + `</w:tblGrid>`)
	for _, r := range appendixRows {
		body.WriteString(`<w:tr>`)
		for _, c := range r {
			fmt.Fprintf(&body, `<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>`, html.EscapeString(c))
		}
		body.WriteString(`</w:tr>`)
	}
	body.WriteString(`</w:tbl><w:p/>`)
	files := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body.String() + `<w:sectPr/></w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(f.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// wantAppendixProposal checks the drafts and row errors read from the
// appendix, then commits them: all or nothing, the bad row listed.
func wantAppendixProposal(t *testing.T, f *fixture, name string, data []byte) {
	t.Helper()
	p, err := f.svc.Propose(f.as("office"), service.IntakeInput{Name: name, Data: data})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var rows []string
	for _, d := range p.Drafts {
		if d.Clause == "" {
			continue // a task of the running text
		}
		rows = append(rows, fmt.Sprintf("%s|%s|%d|%d|%s|%s", d.Clause, d.Content, len(d.Lead.OrgIDs), len(d.Coop), d.Deadline, d.Output))
	}
	want := []string{
		"Phụ lục, I. Nhiệm vụ chung, STT 1|Kiểm tra hệ thống phòng cháy tại chung cư cũ|1|1|trước 31/3/2020|Báo cáo",
		"Phụ lục, I. Nhiệm vụ chung, STT 2|Hoàn thiện quy chế các đội PCCC cơ sở|1|0|Quý II/2020|Quy chế",
	}
	if strings.Join(rows, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s: drafts\n%s\nwant\n%s", name, strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
	if len(p.RowErrors) != 1 || p.RowErrors[0].Row != 5 || p.RowErrors[0].Column != "Cơ quan chủ trì" {
		t.Errorf("%s: row errors %+v, want row 5, Cơ quan chủ trì", name, p.RowErrors)
	}
	p, tasks, err := f.svc.Commit(f.as("office"), p.ID, p.Version)
	if err != nil {
		t.Fatalf("%s: commit: %v", name, err)
	}
	if len(tasks) != len(p.Drafts) || tasks[0].SourceClause == "" || tasks[0].ExpectedOutput != "Báo cáo" {
		t.Errorf("%s: %d tasks for %d drafts: %+v", name, len(tasks), len(p.Drafts), tasks[0])
	}
}

func TestProposeAppendixFiles(t *testing.T) {
	for name, data := range map[string][]byte{"kh245.xlsx": appendixXlsx(t), "kh245.docx": appendixDocx(t)} {
		t.Run(name, func(t *testing.T) { wantAppendixProposal(t, newFixture(t), name, data) })
	}
}

// TestProposeLibreOfficeFiles reads the appendices after LibreOffice saved
// them, as offices' files come from Word and Excel. It skips without
// soffice unless TIENDO_REQUIRE_SOFFICE=1.
func TestProposeLibreOfficeFiles(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice is required (TIENDO_REQUIRE_SOFFICE=1) but not found")
		}
		t.Skip("soffice not installed")
	}
	dir := t.TempDir()
	for name, data := range map[string][]byte{"kh245.xlsx": appendixXlsx(t), "kh245.docx": appendixDocx(t)} {
		src := filepath.Join(dir, "src-"+name)
		if err := os.WriteFile(src, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out := filepath.Join(dir, "out")
		cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--convert-to", strings.TrimPrefix(filepath.Ext(name), "."), "--outdir", out, src)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, b)
		}
		saved, err := os.ReadFile(filepath.Join(out, "src-"+name))
		if err != nil {
			t.Fatal(err)
		}
		wantAppendixProposal(t, newFixture(t), name, saved)
	}
}

// Files that are not what they claim, or hold no task table, are refused
// with a message for the office and no proposal.
func TestProposeBadFiles(t *testing.T) {
	f := newFixture(t)
	noHeader := excelize.NewFile()
	_ = noHeader.SetSheetRow("Sheet1", "A1", &[]any{"Họ tên", "Ngày sinh"})
	var plain bytes.Buffer
	_ = noHeader.Write(&plain)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a.xlsx", []byte("PK\x03\x04 hỏng"), "không phải bảng tính Excel"},
		{"a.xlsx", plain.Bytes(), "Không tìm thấy dòng tiêu đề"},
		{"a.docx", []byte("không phải Word"), "không phải tài liệu Word"},
		{"a.txt", []byte{0xff, 0xfe, 0}, "không phải văn bản thuần"},
		// Bytes that are not UTF-8 are read as Windows-1258 (issue 14); a
		// binary file is neither.
		{"b.txt", []byte("Kh\x81ng \x8d\x8e\x90 \x9d"), "không phải văn bản UTF-8"},
		{"a.txt", []byte("Một đoạn văn không giao việc."), "Không tìm thấy nhiệm vụ"},
	}
	for _, tt := range tests {
		_, err := f.svc.Propose(f.as("office"), service.IntakeInput{Name: tt.name, Data: tt.data})
		if msg := tiendo.ErrorFields(err)["file"]; !strings.Contains(msg, tt.want) {
			t.Errorf("%s: %v, want a file error containing %q", tt.name, err, tt.want)
		}
	}
	if _, total, _ := f.svc.ListProposals(f.as("office"), tiendo.ProposalFilter{}); total != 0 {
		t.Errorf("%d proposals stored from bad files", total)
	}
}
