package web

import (
	"net/http"
	"net/url"
	"testing"

	"tiendo"
	"tiendo/vn"
)

// TestCaseStatsRowsTranslated: the 197 dashboard names its weeks,
// months and the cases without a place in the reader's language (the
// service's labels are the Vietnamese of the report's files).
func TestCaseStatsRowsTranslated(t *testing.T) {
	e := statsEnv(t)
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.CreateCase(e.as("office"), tiendo.Case{WardID: e.org["HBT-PHOHUE"], Address: "Số 12 Phố Huế", KindID: kinds[0].ID,
		Description: "Bày hàng lấn chiếm vỉa hè", Reporter: tiendo.ReporterInspection, FoundOn: vn.NewDate(2020, 1, 2)}); err != nil {
		t.Fatal(err)
	}
	b := e.browse("office")
	for _, c := range []struct {
		locale, group string
		want, lacks   string
	}{
		{"vi", "week", "Tuần 1 (30/12/2019–05/01/2020)", "Week 1"},
		{"en", "week", "Week 1 (30/12/2019–05/01/2020)", "Tuần 1"},
		{"vi", "month", "Tháng 01/2020", "Month"},
		{"en", "month", "01/2020", "Tháng 01"},
		{"vi", "place", "Không gắn địa bàn", "No place of the register"},
		{"en", "place", "No place of the register", "Không gắn địa bàn"},
	} {
		b.post("/ngon-ngu", url.Values{"locale": {c.locale}, "tiep": {"/"}})
		p := b.get("/vu-viec/thong-ke?group=" + c.group + "&from=01/01/2020&to=31/01/2020")
		p.want(t, c.locale+" "+c.group, http.StatusOK, c.want)
		p.lacks(t, c.locale+" "+c.group, c.lacks)
	}
}
