package report_test

import (
	"bytes"
	"strings"
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

// TestCaseReport lays the case statistics out as the NĐ 30 report: the
// letterhead of the one ward asked about or of the scope's one root, the
// period in words (open ends included) and the counts in the text.
func TestCaseReport(t *testing.T) {
	tree := wardTree()
	counts := tiendo.CaseCounts{Total: 12, Found: 9, DoneOnTime: 5, DoneLate: 2, Open: 3, Overdue: 2, Repeat: 1}
	asOf := vn.NewDate(2026, 12, 7)
	for _, c := range []struct {
		name    string
		q       tiendo.CaseStatsQuery
		body    string
		summary string
		text    string
	}{
		{"one ward", tiendo.CaseStatsQuery{WardIDs: []int64{4}, Period: tiendo.DateRange{From: vn.NewDate(2026, 11, 30), To: vn.NewDate(2026, 12, 6)}},
			"UBND PHƯỜNG PHỐ HUẾ", "Kết quả xử lý vi phạm trật tự đô thị từ ngày 30/11/2026 đến ngày 06/12/2026",
			"Từ ngày 30/11/2026 đến ngày 06/12/2026, tính đến ngày 07/12/2026, tổng số vụ việc vi phạm trật tự đô thị phải xử lý là 12 vụ việc, trong đó 9 vụ việc phát hiện trong kỳ và 1 vụ việc tái phạm."},
		{"a ward's scope", tiendo.CaseStatsQuery{ScopeOrgIDs: []int64{4, 5, 6}, Period: tiendo.DateRange{From: vn.NewDate(2026, 11, 30)}},
			"UBND PHƯỜNG PHỐ HUẾ", "Kết quả xử lý vi phạm trật tự đô thị từ ngày 30/11/2026 đến ngày 07/12/2026", ""},
		{"the whole tree", tiendo.CaseStatsQuery{Unscoped: true}, "UBND THÀNH PHỐ HÀ NỘI",
			"Kết quả xử lý vi phạm trật tự đô thị đến ngày 07/12/2026", ""},
		{"two wards: no single issuer", tiendo.CaseStatsQuery{ScopeOrgIDs: []int64{4, 8}, Period: tiendo.DateRange{To: vn.NewDate(2026, 12, 6)}},
			"VĂN PHÒNG", "Kết quả xử lý vi phạm trật tự đô thị đến ngày 06/12/2026", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.q.AsOf, c.q.Group = asOf, tiendo.CaseByKind
			e := report.CaseExport{Stats: &service.CaseStatsResult{Query: c.q, Total: counts}, Tree: tree}
			d := e.Document(report.ReportOptions{})
			if d.Body != c.body || d.Summary != c.summary || d.Kind != "BÁO CÁO" {
				t.Errorf("body %q, summary %q", d.Body, d.Summary)
			}
			var text []string
			for _, b := range d.Blocks {
				text = append(text, b.Heading+b.Text)
			}
			all := strings.Join(text, "\n")
			for _, w := range []string{c.text, "Đã xử lý xong 7 vụ việc (5 vụ việc đúng hạn, 2 vụ việc trễ hạn); đang xử lý trong hạn 3 vụ việc; " +
				"quá hạn chưa xử lý xong 2 vụ việc.", "Kết quả cụ thể theo loại vi phạm như sau:"} {
				if !strings.Contains(all, w) {
					t.Errorf("lacks %q\n%s", w, all)
				}
			}
			var buf bytes.Buffer
			if err := e.Write(&buf, "docx", report.ReportOptions{}, nil); err != nil || buf.Len() == 0 {
				t.Errorf("docx: %v", err)
			}
			if err := e.Write(&buf, "csv", report.ReportOptions{}, nil); tiendo.ErrorCode(err) != tiendo.EINVALID {
				t.Errorf("csv: %v", err)
			}
		})
	}
}

// A district whose wards' People's Committees are filed directly under it
// heads with its own People's Committee, whatever the order.
func TestLetterheadOwnLevel(t *testing.T) {
	id := func(n int64) *int64 { return &n }
	for _, order := range [][]int64{{2, 3}, {3, 2}} {
		orgs := map[int64]*tiendo.Org{
			2: {ID: 2, Code: "HBT-PHOHUE", Name: "UBND phường Phố Huế", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune, ParentID: id(1)},
			3: {ID: 3, Code: "HBT-UBND", Name: "UBND quận Hai Bà Trưng", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelDistrict, ParentID: id(1)},
		}
		tree := tiendo.NewOrgTree([]*tiendo.Org{{ID: 1, Code: "HBT", Name: "Quận Hai Bà Trưng", Kind: tiendo.KindAdministrative,
			Level: tiendo.LevelDistrict}, orgs[order[0]], orgs[order[1]]})
		if lh := report.LetterheadOf(tree, 1, vn.NewDate(2026, 1, 5)); lh.Body != "UBND QUẬN HAI BÀ TRƯNG" {
			t.Errorf("order %v: %+v", order, lh)
		}
	}
}
