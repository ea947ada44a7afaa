package extract

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tiendo/vn"
)

// caseSheet is a worksheet to build: rows from A1, merged ranges, and the
// cells to hold an Excel date (formatted dd/mm/yyyy) rather than text.
type caseSheet struct {
	name   string
	rows   [][]any
	merges [][2]string
}

// buildCaseList writes a workbook of the given sheets with excelize. A
// time.Time cell is stored as an Excel date with a date format, as Excel
// stores a typed date.
func buildCaseList(t testing.TB, sheets ...caseSheet) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	style, err := f.NewStyle(&excelize.Style{CustomNumFmt: ptr("dd/mm/yyyy")})
	if err != nil {
		t.Fatal(err)
	}
	for i, sh := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", sh.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(sh.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range sh.rows {
			for c, v := range row {
				if v == nil {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if err := f.SetCellValue(sh.name, cell, v); err != nil {
					t.Fatal(err)
				}
				if _, ok := v.(time.Time); ok {
					_ = f.SetCellStyle(sh.name, cell, cell, style)
				}
			}
		}
		for _, m := range sh.merges {
			if err := f.MergeCell(sh.name, m[0], m[1]); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func ptr[T any](v T) *T { return &v }

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// wardWeeklyList is the layout a ward's residential groups use: two merged
// title rows, the header on row 4, a numbering row, rows with Excel dates
// and text dates, a row missing its address, a bad date, a numbered empty
// row and the signature lines.
func wardWeeklyList() caseSheet {
	return caseSheet{name: "Tuần 32", rows: [][]any{
		{"UBND PHƯỜNG BỒ ĐỀ"},
		{"DANH SÁCH CÁC TRƯỜNG HỢP VI PHẠM TRẬT TỰ ĐÔ THỊ TUẦN 32 (04/8 - 10/8/2025)"},
		{},
		{"STT", "Địa chỉ / Hộ vi phạm", "Tổ dân phố", "Loại vi phạm", "Nội dung", "Ngày phát hiện", "Ghi chú"},
		{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"},
		{1, "Số 12 ngõ 3 Phú Hựu - hộ ông Nguyễn Văn A", "TDP số 5", "Lấn chiếm vỉa hè", "Bày bán hàng hoá ra vỉa hè", day(2025, 8, 4), ""},
		{2, "Số 45 Phú Hựu", "TDP số 5", "Xây dựng", "Xây dựng không phép tầng 4", "05/08/2025", "Tái phạm"},
		{3, "", "TDP số 5", "Vệ sinh môi trường", "Đổ phế thải ra hè", "6/8/2025", ""},
		{4, "Số 7 ngách 3/12 Phú Hựu", "TDP số 5", "", "Quảng cáo sai phép", "32/8/2025", ""},
		{5, "Số 2 Phú Hựu", "", "Lấn chiếm vỉa hè", "", "07/08/25", ""},
		{6},
		{},
		{"", "Người lập biểu", "", "", "Tổ trưởng tổ dân phố"},
	}, merges: [][2]string{{"A1", "G1"}, {"A2", "G2"}}}
}

func TestReadCaseList(t *testing.T) {
	d := vn.NewDate
	tests := []struct {
		name   string
		sheets []caseSheet
		want   []CaseRow
	}{
		{"ward layout: Excel and text dates, problems kept", []caseSheet{wardWeeklyList()}, []CaseRow{
			{Sheet: "Tuần 32", Row: 6, No: "1", Address: "Số 12 ngõ 3 Phú Hựu - hộ ông Nguyễn Văn A", Group: "TDP số 5", Kind: "Lấn chiếm vỉa hè",
				Description: "Bày bán hàng hoá ra vỉa hè", Found: d(2025, 8, 4)},
			{Sheet: "Tuần 32", Row: 7, No: "2", Address: "Số 45 Phú Hựu", Group: "TDP số 5", Kind: "Xây dựng",
				Description: "Xây dựng không phép tầng 4", Found: d(2025, 8, 5), Note: "Tái phạm"},
			{Sheet: "Tuần 32", Row: 8, No: "3", Group: "TDP số 5", Kind: "Vệ sinh môi trường", Description: "Đổ phế thải ra hè", Found: d(2025, 8, 6),
				Problems: []RowError{{Sheet: "Tuần 32", Row: 8, Column: "Địa chỉ", Message: "trống, cần địa chỉ hoặc hộ vi phạm"}}},
			{Sheet: "Tuần 32", Row: 9, No: "4", Address: "Số 7 ngách 3/12 Phú Hựu", Group: "TDP số 5", Description: "Quảng cáo sai phép",
				Problems: []RowError{{Sheet: "Tuần 32", Row: 9, Column: "Ngày phát hiện", Message: "không đọc được ngày “32/8/2025” (cần dạng dd/mm/yyyy, ví dụ 12/8/2025)"}}},
			{Sheet: "Tuần 32", Row: 10, No: "5", Address: "Số 2 Phú Hựu", Kind: "Lấn chiếm vỉa hè", Found: d(2025, 8, 7)},
		}},
		{"household and address apart, group title rows, no date column", []caseSheet{{name: "DS", rows: [][]any{
			{"DANH SÁCH VI PHẠM TUẦN"},
			{"TT", "Hộ vi phạm", "Địa chỉ", "Hành vi vi phạm", "Ghi chú"},
			{"TỔ DÂN PHỐ SỐ 3", "TỔ DÂN PHỐ SỐ 3", "TỔ DÂN PHỐ SỐ 3", "TỔ DÂN PHỐ SỐ 3", "TỔ DÂN PHỐ SỐ 3"},
			{"1", "Bà Trần Thị B", "", "Để vật liệu xây dựng trên hè", ""},
			{"Tổ 4"},
			{"1", "Ông Lê C", "Số 9 Bồ Đề", "Lấn chiếm lòng đường", "Đã nhắc nhở"},
		}}, {name: "Trống", rows: [][]any{{"ghi chép riêng"}}}}, []CaseRow{
			{Sheet: "DS", Row: 4, No: "1", Address: "Bà Trần Thị B", Household: "Bà Trần Thị B", Group: "TỔ DÂN PHỐ SỐ 3", Kind: "Để vật liệu xây dựng trên hè"},
			{Sheet: "DS", Row: 6, No: "1", Address: "Số 9 Bồ Đề", Household: "Ông Lê C", Group: "Tổ 4", Kind: "Lấn chiếm lòng đường", Note: "Đã nhắc nhở"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCaseList(buildCaseList(t, tt.sheets...))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Rows, tt.want) {
				t.Errorf("rows:\n got %+v\nwant %+v", got.Rows, tt.want)
			}
		})
	}
}

func TestReadCaseListErrors(t *testing.T) {
	plan := buildCaseList(t, caseSheet{name: "KH", rows: [][]any{{"STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"}}})
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a workbook", []byte("không phải bảng tính"), "không phải bảng tính Excel"},
		{"a plan appendix, not a list", plan, "Không tìm thấy dòng tiêu đề của danh sách vi phạm"},
		{"empty workbook", blankWorkbook(t), "Không tìm thấy dòng tiêu đề"},
	}
	for _, tt := range tests {
		_, err := ReadCaseList(tt.data)
		var fe *FileError
		if !errors.As(err, &fe) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want *FileError containing %q", tt.name, err, tt.want)
		}
	}
}

func TestCaseDate(t *testing.T) {
	tests := []struct {
		in   string
		want vn.Date
		ok   bool
	}{
		{"45873", vn.NewDate(2025, 8, 4), true}, // Excel serial
		{"45873.5", vn.NewDate(2025, 8, 4), true},
		{"04/08/2025", vn.NewDate(2025, 8, 4), true},
		{"4-8-2025", vn.NewDate(2025, 8, 4), true},
		{"4/8/25", vn.NewDate(2025, 8, 4), true},
		{"ngày 4 tháng 8 năm 2025", vn.NewDate(2025, 8, 4), true},
		{"0", vn.Date{}, false},
		{"-3", vn.Date{}, false},
		{"31/02/2025", vn.Date{}, false},
		{"tuần trước", vn.Date{}, false},
	}
	for _, tt := range tests {
		got, err := caseDate(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("caseDate(%q) = %v, %v; want %v ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestReadCaseListLibreOffice reads the ward's list after LibreOffice has
// saved it, as lists come from Excel and LibreOffice Calc. It skips when
// soffice is missing unless TIENDO_REQUIRE_SOFFICE=1.
func TestReadCaseListLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
			t.Fatal("soffice is required (TIENDO_REQUIRE_SOFFICE=1) but not found")
		}
		t.Skip("soffice not installed")
	}
	original, err := ReadCaseList(buildCaseList(t, wardWeeklyList()))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "tuan32.xlsx")
	if err := os.WriteFile(src, buildCaseList(t, wardWeeklyList()), 0o600); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "xlsx", "--outdir", outDir, src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	saved, err := os.ReadFile(filepath.Join(outDir, "tuan32.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadCaseList(saved)
	if err != nil {
		t.Fatalf("saved by LibreOffice: %v", err)
	}
	if !reflect.DeepEqual(got, original) {
		t.Errorf("saved by LibreOffice:\n got %+v\nwant %+v", got.Rows, original.Rows)
	}
}

// FuzzReadCaseList: any bytes are either refused with a *FileError or read
// into rows that each name a row and carry an address or a problem saying
// it is missing.
func FuzzReadCaseList(f *testing.F) {
	f.Add(buildCaseList(f, wardWeeklyList()))
	f.Add(buildCaseList(f, caseSheet{name: "A", rows: [][]any{{"Hộ vi phạm", "Nội dung"}, {"x", 45873}, {"Tổ 1"}}}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := ReadCaseList(data)
		if err != nil {
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("error %T %v, want *FileError", err, err)
			}
			return
		}
		for _, r := range list.Rows {
			if r.Row < 1 {
				t.Fatalf("row %+v has no row number", r)
			}
			missing := r.Address == ""
			for _, p := range r.Problems {
				if p.Column == "Địa chỉ" {
					missing = false
				}
			}
			if missing {
				t.Fatalf("row %+v has no address and no problem saying so", r)
			}
		}
	})
}
