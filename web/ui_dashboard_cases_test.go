package web

import (
	"html"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tiendo"
	"tiendo/vn"
)

// caseCellLink is a figure of the dashboard's casework section.
var caseCellLink = regexp.MustCompile(`data-cell="(\w+)"><a href="(/vu-viec/thong-ke/o\?[^"]+)">([\d.]+)</a>`)

// TestDashboardCases: the leaders' dashboard shows the period's 197
// casework in the reader's scope, each figure the size of the list it
// links to; a period without cases, or a reader who sees none, shows no
// section.
func TestDashboardCases(t *testing.T) {
	e := statsEnv(t)
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	for i, addr := range []string{"Số 12 Phố Huế", "Số 40 Phố Huế", "Số 7 Trương Định"} {
		ward := "HBT-PHOHUE"
		if i == 2 {
			ward = "HBT-TRUONGDINH"
		}
		if _, err := e.svc.CreateCase(e.as("office"), tiendo.Case{WardID: e.org[ward], Address: addr, KindID: kinds[0].ID,
			Description: "Bày hàng lấn chiếm vỉa hè", Reporter: tiendo.ReporterInspection, FoundOn: vn.NewDate(2020, 1, 2)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		login, query string
		total        int // 0: no section
	}{
		{"office", "ky=2020-01", 3},
		{"office", "ky=2020-01&don-vi=HBT-PHOHUE", 2},
		{"office", "ky=2019-11", 0}, // found after the period ended
		{"phohue", "ky=2020-01", 2},
	} {
		b := e.browse(c.login)
		p := b.get("/dieu-hanh?" + c.query)
		if c.total == 0 {
			p.lacks(t, c.query+": no cases", `id="dash-cases"`)
			continue
		}
		p.want(t, c.login+" "+c.query, http.StatusOK, `id="dash-cases"`, "/vu-viec/thong-ke?")
		links := caseCellLink.FindAllStringSubmatch(p.body, -1)
		if len(links) != len(tiendo.CaseCells) {
			t.Fatalf("%s %s: %d linked figures, want %d", c.login, c.query, len(links), len(tiendo.CaseCells))
		}
		for _, m := range links {
			n, _ := strconv.Atoi(strings.ReplaceAll(m[3], ".", ""))
			if m[1] == "total" && n != c.total {
				t.Errorf("%s %s: total %d, want %d", c.login, c.query, n, c.total)
			}
			list := b.get(html.UnescapeString(m[2]))
			list.want(t, c.query+" "+m[1], http.StatusOK, " · "+strconv.Itoa(n)+" vụ việc</p>")
		}
	}
}
