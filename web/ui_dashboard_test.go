package web

import (
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	cellLink = regexp.MustCompile(`<a href="(/dieu-hanh/nhiem-vu\?[^"]+)" data-cell="(\w+)">([\d.]+)</a>`)
	totalRow = regexp.MustCompile(`<p id="total">([\d.]+) nhiệm vụ`)
)

// TestDashboardNumbersMatchTasks: every number of the matrix equals the
// API's count and opens a list with exactly that many tasks.
func TestDashboardNumbersMatchTasks(t *testing.T) {
	e := statsEnv(t)
	office := e.browse("office")
	p := office.get("/dieu-hanh?ky=2020-01")
	p.want(t, "dashboard", http.StatusOK, "Bảng điều hành · Tháng 1/2020", "Từ 15/12/2019 đến 14/01/2020",
		`id="trend-chart"`, "So với kỳ trước (Tháng 12/2019)", "Rà soát hộ nghèo", "/api/v1/export/stats?")
	api := e.apiStats("period=2020-01", "office")
	want := map[string]int{"assigned": api.Total.Assigned, "done_on_time": api.Total.DoneOnTime,
		"done_late": api.Total.DoneLate, "in_progress": api.Total.InProgress, "overdue": api.Total.Overdue,
		"continuous": api.Total.Continuous}
	rows := 0 // units without tasks are left out of the matrix
	for _, r := range api.Rows {
		if r.Assigned > 0 {
			rows++
		}
	}
	links := cellLink.FindAllStringSubmatch(p.body, -1)
	if len(links) != 6*(rows+1) {
		t.Fatalf("%d linked numbers, want %d", len(links), 6*(rows+1))
	}
	for i, m := range links {
		n, _ := strconv.Atoi(strings.ReplaceAll(m[3], ".", ""))
		list := office.get(html.UnescapeString(m[1]))
		got := totalRow.FindStringSubmatch(list.body)
		if list.status != http.StatusOK || got == nil {
			t.Fatalf("%s: %d\n%s", m[1], list.status, shorten(list.body))
		}
		if listed, _ := strconv.Atoi(strings.ReplaceAll(got[1], ".", "")); listed != n {
			t.Errorf("%s: the number is %d, the list has %d", m[1], n, listed)
		}
		if i >= 6*rows && want[m[2]] != n {
			t.Errorf("total %s: page %d, API %d", m[2], n, want[m[2]])
		}
	}
}

func TestDashboardQuietUnitsAndScope(t *testing.T) {
	e := statsEnv(t)
	// Phố Huế reported (done) on 5 and 8 January; on 20 January nothing is
	// older than 30 days, but the other units never reported.
	p := e.browse("office").get("/dieu-hanh?ky=2020-01")
	p.want(t, "quiet units", http.StatusOK, "Đơn vị không cập nhật tiến độ quá 30 ngày", "Chưa báo cáo lần nào",
		"UBND phường Trương Định")
	ward := e.browse("phohue").get("/dieu-hanh?ky=2020-01")
	ward.want(t, "ward dashboard", http.StatusOK, "UBND phường Phố Huế")
	if strings.Contains(ward.body, "Trương Định") {
		t.Error("a ward's dashboard shows another ward")
	}
	e.browse("office").get("/dieu-hanh?ky=2020-13").want(t, "bad period", http.StatusBadRequest)
	e.browse("phohue").get("/dieu-hanh?don-vi=HBT-TRUONGDINH").want(t, "out of scope", http.StatusNotFound)
}

func TestDashboardBoostedLinkLoadsInFull(t *testing.T) {
	e := statsEnv(t)
	b := e.browse("office")
	b.hx = true
	p := b.get("/dieu-hanh")
	if p.header.Get("HX-Redirect") != "/dieu-hanh" {
		t.Fatalf("boosted request: %d %v", p.status, p.header)
	}
}

// TestDashboardRankingAndTrendDownloads: the dashboard offers the ranking
// and the trend as workbooks for its period, and both links answer with
// one; a custom range has no trend to offer.
func TestDashboardRankingAndTrendDownloads(t *testing.T) {
	e := statsEnv(t)
	office := e.browse("office")
	p := office.get("/dieu-hanh?ky=2020-01")
	for _, id := range []string{"export-ranking", "export-trend"} {
		href := regexp.MustCompile(`href="([^"]+)" id="` + id + `"`).FindStringSubmatch(p.body)
		if href == nil {
			t.Fatalf("no %s link on the dashboard", id)
		}
		file := office.get(html.UnescapeString(href[1]))
		if file.status != http.StatusOK || !strings.HasPrefix(file.body, "PK") ||
			!strings.Contains(file.header.Get("Content-Type"), "spreadsheetml") {
			t.Errorf("%s: %d %q", href[1], file.status, file.header.Get("Content-Type"))
		}
	}
	office.get("/dieu-hanh?ky=2020-01-01..2020-02-01").lacks(t, "custom range", `id="export-trend"`)
}
