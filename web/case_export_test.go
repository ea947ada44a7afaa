package web

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"

	"tiendo"
	"tiendo/report"
	"tiendo/report/reporttest"
)

// TestCaseExports downloads the 197 case statistics as XLSX and as the
// NĐ 30 report, opens both in LibreOffice and finds the API's numbers; a
// ward officer's files hold only the ward's cases, and a bad format or
// group is refused.
func TestCaseExports(t *testing.T) {
	e := newEnv(t)
	ph, td := e.org["HBT-PHOHUE"], e.org["HBT-TRUONGDINH"]
	r := e.do("GET", "/api/v1/case-kinds", "viewer", nil)
	check(t, "kinds", r, http.StatusOK)
	kinds := ids(t, r)
	for i, c := range []struct {
		ward  int64
		kind  int
		found string
	}{{ph, 0, "2020-01-02"}, {ph, 1, "2020-01-06"}, {ph, 1, "2020-01-07"}, {td, 0, "2020-01-08"}} {
		check(t, fmt.Sprint("create ", i), e.do("POST", "/api/v1/cases", "office", fmt.Sprintf(
			`{"ward_id":%d,"address":"Số %d","kind_id":%d,"description":"Vi phạm","found_on":%q}`, c.ward, i+1, kinds[c.kind], c.found)),
			http.StatusCreated)
	}
	check(t, "bad format", e.do("GET", "/api/v1/export/cases?format=csv", "office", nil), http.StatusBadRequest, "format")
	check(t, "bad group", e.do("GET", "/api/v1/export/cases?format=xlsx&group=street", "office", nil), http.StatusBadRequest, "group")
	check(t, "signed out", e.do("GET", "/api/v1/export/cases?format=xlsx", "", nil), http.StatusUnauthorized)

	for _, c := range []struct {
		login, query string
		rows         int    // groups in the table
		total        int    // cases in it
		label        string // a row's label
		body         string // the letterhead's issuing body
	}{
		{"office", "group=ward&period=2020-01", 2, 4, "UBND phường Trương Định", "UBND QUẬN HAI BÀ TRƯNG"},
		{"office", "group=kind&from=2020-01-01&to=2020-01-31&ward=" + fmt.Sprint(ph), 2, 3, "", "UBND PHƯỜNG PHỐ HUẾ"},
		{"phohue", "group=ward&period=2020-01", 1, 3, "UBND phường Phố Huế", "UBND PHƯỜNG PHỐ HUẾ"},
	} {
		var api struct{ Total tiendo.CaseCounts }
		decodeBody(t, e.do("GET", "/api/v1/cases/stats?"+c.query, c.login, nil), &api)
		if api.Total.Total != c.total {
			t.Fatalf("%s %s: API total %+v", c.login, c.query, api.Total)
		}
		sheet := reporttest.Sheets(t, e.download("/api/v1/export/cases?format=xlsx&"+c.query, c.login, "vu-viec.xlsx"))["Vụ việc 197"]
		if len(sheet) != 3+c.rows+1 {
			t.Fatalf("%s %s: %d lines\n%q", c.login, c.query, len(sheet), sheet)
		}
		last := sheet[len(sheet)-1]
		if last[1] != "Tổng cộng" {
			t.Errorf("%s %s: last row %q", c.login, c.query, last)
		}
		for j, cell := range tiendo.CaseCells {
			want, _ := api.Total.Cell(cell)
			if got := reporttest.Number(t, last[2+j]); got != float64(want) {
				t.Errorf("%s %s: %s %v in the file, %d from the API", c.login, c.query, cell, got, want)
			}
		}
		if c.label != "" && !strings.Contains(fmt.Sprint(sheet), c.label) {
			t.Errorf("%s %s: no row %q in %q", c.login, c.query, c.label, sheet)
		}
		doc := reporttest.DocxText(t, e.download("/api/v1/export/cases?format=docx&signer=Nguy%E1%BB%85n+V%C4%83n+A&"+c.query, c.login, "bao-cao.docx"))
		wants := []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Kết quả xử lý vi phạm trật tự đô thị từ ngày 01/01/2020 đến ngày 31/01/2020",
			"tổng số vụ việc vi phạm trật tự đô thị phải xử lý là " + report.Num(api.Total.Total) + " vụ việc",
			"quá hạn chưa xử lý xong " + report.Num(api.Total.Overdue) + " vụ việc", "Tổng cộng", "Nguyễn Văn A", c.body}
		for _, w := range wants {
			if !strings.Contains(doc, w) {
				t.Errorf("%s %s: the report lacks %q\n%s", c.login, c.query, w, doc)
			}
		}
	}

	// The PDF says the same as the DOCX.
	if _, err := report.LoadFonts(""); err != nil && os.Getenv("TIENDO_REQUIRE_SOFFICE") != "1" {
		t.Log("no PDF font:", err)
	} else {
		pdf := strings.Join(strings.Fields(reporttest.PDFText(t, e.download("/api/v1/export/cases?format=pdf&period=2020-01", "office", "bao-cao.pdf"))), " ")
		for _, w := range []string{"Kết quả xử lý vi phạm trật tự đô thị từ ngày 01/01/2020 đến ngày 31/01/2020", "là 4 vụ việc", "UBND QUẬN HAI BÀ TRƯNG"} {
			if !strings.Contains(pdf, w) {
				t.Errorf("the PDF lacks %q\n%s", w, pdf)
			}
		}
	}

	// The giao ban pack of the district's meeting counts the cases of its
	// period by ward, on the page, in JSON and in the DOCX pack.
	r = e.do("POST", "/api/v1/meeting-series", "office", fmt.Sprintf(`{"org_id":%d,"name":"Giao ban Ban Chỉ đạo 197","frequency":"weekly",`+
		`"chair_title":"Trưởng Ban Chỉ đạo 197","attendee_org_ids":[%d,%d]}`, e.org["HBT"], ph, td))
	check(t, "series", r, http.StatusCreated)
	r = e.do("POST", "/api/v1/meetings", "office", `{"series_id":`+jsonPath(t, r.json(t), "id")+`,"date":"2020-01-10","start":"08:00","place":"Hội trường"}`)
	check(t, "meeting", r, http.StatusCreated)
	m := jsonPath(t, r.json(t), "id")
	check(t, "pack", e.do("GET", "/api/v1/meetings/"+m+"/pack", "office", nil), http.StatusOK, `"cases_by":"ward"`, `"label":"UBND phường Trương Định"`)
	packPage := e.browse("office").get("/giao-ban/" + m)
	packPage.want(t, "pack page", http.StatusOK, `id="pack-cases"`, "UBND phường Trương Định",
		"/vu-viec/thong-ke?group=ward&amp;from=2020-01-04&amp;to=2020-01-10")
	// On a phone the rows become cards: every figure carries its column's name.
	if _, sec, _ := strings.Cut(packPage.body, `id="pack-cases"`); strings.Contains(sec[:strings.Index(sec, "</table>")], `<td class="num">`) {
		t.Errorf("pack page: a figure of the cases without its label")
	}
	pack := reporttest.DocxText(t, e.download("/api/v1/meetings/"+m+"/pack?format=docx", "office", "giao-ban.docx"))
	for _, w := range []string{"Vụ việc vi phạm trật tự đô thị trong kỳ", "UBND phường Trương Định", "Tổng cộng"} {
		if !strings.Contains(pack, w) {
			t.Errorf("the pack lacks %q\n%s", w, pack)
		}
	}
}
