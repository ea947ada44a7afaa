package report_test

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
)

// TestCaseStatsXLSX writes the 197 dashboard's table and reads it back:
// the header, a row per group in the order of tiendo.CaseCells, the total
// last.
func TestCaseStatsXLSX(t *testing.T) {
	q := tiendo.CaseStatsQuery{Group: tiendo.CaseByKind, Period: tiendo.DateRange{From: vn.NewDate(2026, 9, 14), To: vn.NewDate(2026, 12, 6)},
		AsOf: vn.NewDate(2026, 12, 7)}
	res := &service.CaseStatsResult{Query: q, Rows: []service.CaseStatsLine{
		{Key: "4", Label: "Lấn chiếm vỉa hè, lòng đường", CaseCounts: tiendo.CaseCounts{Total: 31, Found: 29, DoneOnTime: 18, DoneLate: 5, Open: 3, Overdue: 5, Repeat: 6}},
		{Key: "3", Label: "Vi phạm trật tự xây dựng", CaseCounts: tiendo.CaseCounts{Total: 9, Found: 9, DoneOnTime: 4, DoneLate: 2, Open: 1, Overdue: 2, Repeat: 0}},
	}, Total: tiendo.CaseCounts{Total: 40, Found: 38, DoneOnTime: 22, DoneLate: 7, Open: 4, Overdue: 7, Repeat: 6}}
	var buf bytes.Buffer
	if err := report.WriteXLSX(&buf, report.CaseStatsTable(res)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Vụ việc 197")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"STT", "Loại vi phạm", "Tổng số vụ việc", "Phát hiện trong kỳ", "Xử lý đúng hạn", "Xử lý trễ hạn", "Đang xử lý", "Quá hạn", "Tái phạm"},
		{"1", "Lấn chiếm vỉa hè, lòng đường", "31", "29", "18", "5", "3", "5", "6"},
		{"2", "Vi phạm trật tự xây dựng", "9", "9", "4", "2", "1", "2", "0"},
		{"", "Tổng cộng", "40", "38", "22", "7", "4", "7", "6"},
	}
	if len(rows) != 3+len(want)-1 {
		t.Fatalf("%d rows: %q", len(rows), rows)
	}
	if rows[0][0] != "THỐNG KÊ VỤ VIỆC VI PHẠM TRẬT TỰ ĐÔ THỊ" || rows[1][0] != "(Từ ngày 14/09/2026 đến ngày 06/12/2026; số liệu tính đến ngày 07/12/2026)" {
		t.Errorf("title %q, subtitle %q", rows[0], rows[1])
	}
	for i, w := range want {
		got := rows[2+i]
		for j := range w {
			if j >= len(got) || got[j] != w[j] {
				t.Errorf("row %d: %q, want %q", 3+i, got, w)
				break
			}
		}
	}
}
