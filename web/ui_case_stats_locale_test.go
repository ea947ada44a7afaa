package web

import (
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"testing"
	"tiendo/service"

	"tiendo"
	"tiendo/vn"
)

// TestCaseStatsRowsTranslated: the 197 dashboard names its weeks,
// months and the cases without a place in the reader's language (the
// service's labels are the Vietnamese of the report's files).
func TestCaseStatsRowsTranslated(t *testing.T) {
	e := statsEnv(t)
	addCases(t, e, map[string]vn.Date{"Số 12 Phố Huế": vn.NewDate(2020, 1, 2)})
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

// TestCaseStatsNoPlaceCells: every figure of the dashboard by place,
// the row of the cases without a place included, opens its cases.
func TestCaseStatsNoPlaceCells(t *testing.T) {
	e := statsEnv(t)
	addCases(t, e, map[string]vn.Date{"Số 12 Phố Huế": vn.NewDate(2020, 1, 2)})
	b := e.browse("office")
	p := b.get("/vu-viec/thong-ke?group=place&from=01/01/2020&to=31/01/2020")
	links := regexp.MustCompile(`href="(/vu-viec/thong-ke/o\?[^"]+)"`).FindAllStringSubmatch(p.body, -1)
	if len(links) == 0 {
		t.Fatal("no figure links")
	}
	for _, m := range links {
		b.get(html.UnescapeString(m[1])).want(t, m[1], http.StatusOK)
	}
}

// TestCaseStatsPeriodErrors: a mistyped date or an end before the start
// keeps what was typed on the dashboard's form with the field's error,
// instead of an error page or a silently different period.
func TestCaseStatsPeriodErrors(t *testing.T) {
	e := statsEnv(t)
	b := e.browse("office")
	for _, c := range []struct {
		query string
		want  []string
	}{
		{"from=31/13/2026&to=31/12/2026", []string{`value="31/13/2026"`, `value="31/12/2026"`, `id="from-error"`, "Ngày không hợp lệ"}},
		{"group=month&from=31/12/2026&to=01/01/2020", []string{`value="31/12/2026"`, `value="01/01/2020"`, `id="to-error"`,
			"Ngày kết thúc phải sau ngày bắt đầu", `<option value="month" selected>`}},
	} {
		p := b.get("/vu-viec/thong-ke?" + c.query)
		p.want(t, c.query, http.StatusUnprocessableEntity, append(c.want, `action="/vu-viec/thong-ke"`, `role="alert"`)...)
		p.lacks(t, c.query, `id="case-stats"`)
	}
	b.get("/vu-viec/thong-ke?from=01/01/2026&to=31/12/2026").want(t, "a good period", http.StatusOK, `id="case-stats"`, `value="01/01/2026"`)
}

// TestCasesWeekFilter: the list's week is an ISO week or a day of it; a
// mistyped week is an error on its field with what was typed, never a
// silent list of every week's cases.
func TestCasesWeekFilter(t *testing.T) {
	e := statsEnv(t)
	addCases(t, e, map[string]vn.Date{"Số 12 Phố Huế": vn.NewDate(2020, 1, 2), "Số 40 Phố Huế": vn.NewDate(2019, 12, 20)})
	b := e.browse("office")
	for _, c := range []struct {
		week   string
		status int
		want   []string
		lacks  string
	}{
		{"2020-W01", http.StatusOK, []string{"Số 12 Phố Huế"}, "Số 40 Phố Huế"},
		{"2020-w01", http.StatusOK, []string{"Số 12 Phố Huế"}, "Số 40 Phố Huế"},
		{"02/01/2020", http.StatusOK, []string{"Số 12 Phố Huế"}, "Số 40 Phố Huế"},
		{"tuần 1", http.StatusUnprocessableEntity, []string{`value="tuần 1"`, `id="week-error"`, "Tuần không hợp lệ"}, "Số 40 Phố Huế"},
	} {
		p := b.get("/vu-viec?week=" + url.QueryEscape(c.week))
		p.want(t, c.week, c.status, c.want...)
		p.lacks(t, c.week, c.lacks)
	}
}

// TestCaseStatsPhoneLabels: on a phone the dashboard's rows become cards,
// so every figure, the totals' too, carries its column's name.
func TestCaseStatsPhoneLabels(t *testing.T) {
	e := statsEnv(t)
	p := e.browse("office").get("/vu-viec/thong-ke?from=01/01/2020&to=31/01/2020")
	p.want(t, "dashboard", http.StatusOK, `data-label="Tái phạm" data-cell="repeat" id="total-repeat"`)
	if n := regexp.MustCompile(`<td class="num" data-cell=`).FindAllString(p.body, -1); len(n) > 0 {
		t.Errorf("%d figures without their column's name", len(n))
	}
}

// TestCaseWardChoices: the casework's ward lists offer the wards, not the
// party committee, UBND and offices inside a ward (commune-level too); a
// ward's officer's weekly list goes to the ward itself.
func TestCaseWardChoices(t *testing.T) {
	e := statsEnv(t)
	ctx := e.sys()
	hbt := e.org["HBT"]
	ward := &tiendo.Org{Code: "HBT-MOI", Name: "Phường Mới", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune, ParentID: &hbt}
	if err := e.svc.CreateOrg(ctx, ward); err != nil {
		t.Fatal(err)
	}
	office := &tiendo.Org{Code: "HBT-MOI-KT", Name: "Phòng Kinh tế phường Mới", Kind: tiendo.KindDepartment, Level: tiendo.LevelCommune, ParentID: &ward.ID}
	if err := e.svc.CreateOrg(ctx, office); err != nil {
		t.Fatal(err)
	}
	e.org["HBT-MOI-KT"] = office.ID
	e.addAccount("kt.moi", tiendo.RoleOfficer, "HBT-MOI-KT")
	wardOpt := `<option value="` + strconv.FormatInt(ward.ID, 10) + `"`
	officeOpt := `<option value="` + strconv.FormatInt(office.ID, 10) + `"`
	b := e.browse("office")
	for _, path := range []string{"/vu-viec", "/vu-viec/thong-ke", "/vu-viec/tuan/nhap", "/dia-ban/moi"} {
		p := b.get(path)
		p.want(t, path, http.StatusOK, wardOpt+`>Phường Mới</option>`)
		p.lacks(t, path, officeOpt)
	}
	e.browse("kt.moi").get("/vu-viec/tuan/moi").want(t, "the officer's list", http.StatusOK, wardOpt+` selected>Phường Mới</option>`)
}

// addCases records a case of the first kind, without a place, in phường
// Phố Huế at each address, found on its date.
func addCases(t *testing.T, e *env, found map[string]vn.Date) {
	t.Helper()
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	for addr, on := range found {
		if _, err := e.svc.CreateCase(e.as("office"), tiendo.Case{WardID: e.org["HBT-PHOHUE"], Address: addr, KindID: kinds[0].ID,
			Description: "Bày hàng lấn chiếm vỉa hè", Reporter: tiendo.ReporterInspection, FoundOn: on}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCaseListLinkOnlyWhenVisible: a case's page links the weekly list it
// came from only for a reader who may open that list; the unit assigned
// from outside the ward sees the list's number without a dead link.
func TestCaseListLinkOnlyWhenVisible(t *testing.T) {
	e := newEnv(t)
	today := tiendo.Today(e.clock)
	c, l := e.weeklyListCase(t)
	other := e.org["HBT-TRUONGDINH"]
	if _, err := e.svc.AssignCase(e.as("office"), c.ID, service.CaseAssignment{Version: c.Version, OrgID: &other, Due: today.AddDays(7)}); err != nil {
		t.Fatal(err)
	}
	href := fmt.Sprintf(`href="/vu-viec/tuan/%d"`, l.ID)
	path := fmt.Sprintf("/vu-viec/%d", c.ID)
	e.browse("office").get(path).want(t, "the ward's office", http.StatusOK, href)
	p := e.browse("truongdinh").get(path)
	p.want(t, "the assigned unit", http.StatusOK, fmt.Sprintf("#%d", l.ID))
	p.lacks(t, "the assigned unit", href)
	e.browse("truongdinh").get(fmt.Sprintf("/vu-viec/tuan/%d", l.ID)).want(t, "the list itself", http.StatusNotFound)
}

// weeklyListCase makes one case in Phố Huế from a weekly list the
// district's office submits and processes.
func (e *env) weeklyListCase(t *testing.T) (*tiendo.Case, *tiendo.WeeklyList) {
	t.Helper()
	kinds, err := e.svc.ListCaseKinds(e.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := e.svc.SubmitWeeklyList(e.as("office"), tiendo.WeeklyList{WardID: e.org["HBT-PHOHUE"], Rows: []tiendo.WeeklyListRow{
		{Row: 1, Address: "Số 12 Phố Huế", KindID: kinds[0].ID, Description: "Bày hàng lấn chiếm vỉa hè", FoundOn: tiendo.Today(e.clock)}}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := e.svc.ProcessWeeklyList(e.as("office"), l.ID, l.Version)
	if err != nil || len(res.Created) != 1 {
		t.Fatalf("process: %v %+v", err, res)
	}
	return res.Created[0], l
}
