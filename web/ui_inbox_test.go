package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// inboxAPISteps exercise the inbox and saved filter routes (TestRoutesOK).
var inboxAPISteps = []step{
	{route: "GET /api/v1/inbox", path: "/api/v1/inbox", login: "office", status: 200,
		want: []string{`"key":"office.confirm"`, `"role":"office"`, `"link":"/viec/da-giao?trang-thai=reported_done\u0026sap-xep=reported"`}},
	{route: "POST /api/v1/saved-filters", path: "/api/v1/saved-filters", login: "phohue", status: 201,
		body: `{"name":"Quá hạn","path":"/viec/qua-han","query":"q=pccc"}`, want: []string{`"name":"Quá hạn"`}, save: map[string]string{"filter": "id"}},
	{route: "GET /api/v1/saved-filters", path: "/api/v1/saved-filters", login: "phohue", status: 200, want: []string{`"query":"q=pccc"`}},
	{route: "DELETE /api/v1/saved-filters/{id}", path: "/api/v1/saved-filters/{filter}", login: "phohue", status: 200,
		want: []string{`"items":[]`}},
}

// inboxJSON reads GET /api/v1/inbox as key → count, with the total.
func (e *env) inboxJSON(login string) (map[string]int, int) {
	e.t.Helper()
	r := e.do("GET", "/api/v1/inbox", login, nil)
	check(e.t, "inbox", r, http.StatusOK)
	var v struct {
		Total    int `json:"total"`
		Sections []struct {
			Key   string `json:"key"`
			Count int    `json:"count"`
		} `json:"sections"`
	}
	if err := json.Unmarshal(r.body, &v); err != nil {
		e.t.Fatal(err)
	}
	out := map[string]int{}
	for _, s := range v.Sections {
		out[s.Key] = s.Count
	}
	return out, v.Total
}

var (
	sectionCount = regexp.MustCompile(`data-key="([a-z.]+)" data-count="(\d+)"`)
	navCount     = regexp.MustCompile(`id="inbox-count">(\d+)<`)
)

// inboxPage reads the home page's section counts and the navigation's total.
func inboxPage(t *testing.T, b *browser) (map[string]int, int) {
	t.Helper()
	p := b.get("/")
	p.want(t, "home", http.StatusOK, "Việc cần xử lý")
	out := map[string]int{}
	for _, m := range sectionCount.FindAllStringSubmatch(p.body, -1) {
		out[m[1]], _ = strconv.Atoi(m[2])
	}
	total := 0
	if m := navCount.FindStringSubmatch(p.body); m != nil {
		total, _ = strconv.Atoi(m[1])
	}
	return out, total
}

// TestInboxCountsFollowTheLifecycle: a new ward's officer and the office
// see their inbox counts move at each step — assign, report, return,
// report again, confirm — on the home page, its navigation count and the API.
func TestInboxCountsFollowTheLifecycle(t *testing.T) {
	e := newEnv(t)
	ctx := e.sys()
	hbt := e.org["HBT"]
	ward := &tiendo.Org{Code: "HBT-MOI", Name: "UBND phường Mới", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune, ParentID: &hbt}
	if err := e.svc.CreateOrg(ctx, ward); err != nil {
		t.Fatal(err)
	}
	e.org["HBT-MOI"] = ward.ID
	e.addAccount("phuongmoi", tiendo.RoleOfficer, "HBT-MOI")
	officer, office := e.browse("phuongmoi"), e.browse("office")

	type want struct{ due, returned, news, confirm int }
	var id int64
	version := func() int {
		t.Helper()
		task, err := e.svc.GetTask(e.sys(), id)
		if err != nil {
			t.Fatal(err)
		}
		return task.Version
	}
	steps := []struct {
		name string
		act  func()
		want want
	}{
		{"before", func() {}, want{}},
		{"assign", func() {
			r := e.do("POST", "/api/v1/tasks", "office", fmt.Sprintf(`{"title":"Rà soát hộ kinh doanh","lead_org_id":%d,"due":"2020-01-14"}`, ward.ID))
			check(t, "assign", r, http.StatusCreated)
			var created tiendo.Task
			if err := json.Unmarshal(r.body, &created); err != nil || created.ID == 0 {
				t.Fatalf("created: %v %s", err, r.body)
			}
			id = created.ID
		}, want{due: 1, news: 1}},
		{"report", func() {
			check(t, "report", e.do("POST", fmt.Sprintf("/api/v1/tasks/%d/updates", id), "phuongmoi",
				fmt.Sprintf(`{"version":%d,"narrative":"Đã rà soát","done":true}`, version())), http.StatusCreated)
		}, want{news: 1, confirm: 1}},
		{"return", func() {
			check(t, "return", e.do("POST", fmt.Sprintf("/api/v1/tasks/%d/return", id), "office",
				fmt.Sprintf(`{"version":%d,"reason":"Thiếu danh sách"}`, version())), http.StatusOK)
		}, want{due: 1, returned: 1, news: 1}},
		{"report again", func() {
			check(t, "report again", e.do("POST", fmt.Sprintf("/api/v1/tasks/%d/updates", id), "phuongmoi",
				fmt.Sprintf(`{"version":%d,"narrative":"Bổ sung danh sách","done":true}`, version())), http.StatusCreated)
		}, want{news: 1, confirm: 1}},
		{"confirm", func() {
			check(t, "confirm", e.do("POST", fmt.Sprintf("/api/v1/tasks/%d/confirm", id), "office",
				fmt.Sprintf(`{"version":%d}`, version())), http.StatusOK)
		}, want{news: 1}},
	}
	for _, st := range steps {
		st.act()
		o, oTotal := inboxPage(t, officer)
		api, apiTotal := e.inboxJSON("phuongmoi")
		got := want{due: o["officer.due"], returned: o["officer.returned"], news: o["officer.new"]}
		if got.due != st.want.due || got.returned != st.want.returned || got.news != st.want.news {
			t.Fatalf("%s: officer page %v, want %+v", st.name, o, st.want)
		}
		if fmt.Sprint(api) != fmt.Sprint(o) || apiTotal != oTotal {
			t.Fatalf("%s: API %v total %d, page %v total %d", st.name, api, apiTotal, o, oTotal)
		}
		if sum := o["officer.due"] + o["officer.returned"] + o["officer.new"] + o["officer.explain"]; sum != oTotal {
			t.Fatalf("%s: navigation count %d, sections sum to %d", st.name, oTotal, sum)
		}
		f, _ := inboxPage(t, office)
		if f["office.confirm"] != st.want.confirm {
			t.Fatalf("%s: office page %v, want confirm %d", st.name, f, st.want.confirm)
		}
	}
	// Other pages carry the same count in the navigation.
	_, total := e.inboxJSON("phuongmoi")
	officer.get("/viec").want(t, "list nav", http.StatusOK, fmt.Sprintf(`id="inbox-count">%d<`, total))
}

// TestTaskListDefaultsAndExport: a list opens on open tasks by urgency;
// "tat-ca" lifts that; the export holds exactly the list's rows.
func TestTaskListDefaultsAndExport(t *testing.T) {
	e := newEnv(t)
	far := e.task("Lập kế hoạch năm", "HBT-PHOHUE", vn.NewDate(2020, 3, 31))
	late := e.task("Báo cáo tháng", "HBT-PHOHUE", vn.NewDate(2020, 1, 6))
	later := e.task("Báo cáo quý", "HBT-PHOHUE", vn.NewDate(2020, 1, 8))
	done := e.task("Việc đã xong", "HBT-PHOHUE", vn.NewDate(2020, 1, 9))
	reported, _, err := e.svc.ReportProgress(e.as("phohue"), done.ID, service.UpdateInput{Version: done.Version, Narrative: "Xong", Done: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.Confirm(e.as("office"), done.ID, service.ActionInput{Version: reported.Version}); err != nil {
		t.Fatal(err)
	}
	ward := e.browse("phohue")
	rowIDs := func(body string) []string {
		var out []string
		for _, m := range regexp.MustCompile(`<td class="num" data-label="[^"]*">(\d+)</td>`).FindAllStringSubmatch(body, -1) {
			out = append(out, m[1])
		}
		return out
	}
	ids := func(ts ...*tiendo.Task) []string {
		var out []string
		for _, t := range ts {
			out = append(out, strconv.FormatInt(t.ID, 10))
		}
		return out
	}
	p := ward.get("/viec")
	p.want(t, "default list", http.StatusOK, "3 nhiệm vụ")
	if got, want := rowIDs(p.body), ids(late, later, far); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("default order %v, want %v (most overdue first, then nearest deadline)", got, want)
	}
	p = ward.get("/viec?trang-thai=tat-ca")
	p.want(t, "every status", http.StatusOK, "4 nhiệm vụ")
	ward.get("/viec?tinh-hinh=done_late").want(t, "done ones asked for", http.StatusOK, "1 nhiệm vụ")

	// The export link carries the list's filters; the file holds its rows.
	p = ward.get("/viec?q=bao+cao")
	p.want(t, "filtered", http.StatusOK, "2 nhiệm vụ", `href="/viec/xuat-excel?ds=%2Fviec&amp;q=bao&#43;cao"`)
	x := ward.get("/viec/xuat-excel?ds=%2Fviec&q=bao+cao")
	if x.status != http.StatusOK {
		t.Fatalf("export: %d %s", x.status, shorten(x.body))
	}
	f, err := excelize.OpenReader(strings.NewReader(x.body))
	if err != nil {
		t.Fatalf("export does not open: %v", err)
	}
	rows, err := f.GetRows(f.GetSheetName(0))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range rows {
		for _, c := range r {
			if c == late.Title || c == later.Title || c == far.Title || c == done.Title {
				titles = append(titles, c)
			}
		}
	}
	if fmt.Sprint(titles) != fmt.Sprint([]string{late.Title, later.Title}) {
		t.Fatalf("exported titles %v, want exactly the filtered rows", titles)
	}
}

// TestSavedFiltersRoundTrip: saved from a list, shown on every list as a
// link to the same query, refused twice under one name, deleted.
func TestSavedFiltersRoundTrip(t *testing.T) {
	e := newEnv(t)
	ward, other := e.browse("phohue"), e.browse("truongdinh")
	p := ward.get("/viec/qua-han?q=pccc&trang=2")
	p.want(t, "list", http.StatusOK, `name="loc" value="q=pccc"`, `name="danh-sach" value="/viec/qua-han"`)
	form := map[string][]string{"ten": {"PCCC quá hạn"}, "danh-sach": {"/viec/qua-han"}, "loc": {"q=pccc"}}
	ward.post("/bo-loc", form).redirectsTo(t, "save", "/viec/qua-han?ok=filter-saved&q=pccc")
	ward.get("/viec/qua-han?ok=filter-saved&q=pccc").want(t, "saved", http.StatusOK, "Đã lưu bộ lọc.")
	p = ward.get("/viec")
	p.want(t, "listed", http.StatusOK, `id="saved-filters"`, `<a href="/viec/qua-han?q=pccc">PCCC quá hạn</a>`)
	other.get("/viec").lacks(t, "another account", "PCCC quá hạn")
	ward.post("/bo-loc", form).redirectsTo(t, "twice", "/viec/qua-han?bo-loc-loi=trung&q=pccc")
	ward.get("/viec/qua-han?bo-loc-loi=trung&q=pccc").want(t, "twice", http.StatusOK, "Đã có bộ lọc cùng tên.")
	list, err := e.svc.SavedFilters(e.as("phohue"))
	if err != nil || len(list) != 1 {
		t.Fatalf("saved: %v %v", list, err)
	}
	path := "/bo-loc/" + strconv.FormatInt(list[0].ID, 10) + "/xoa"
	other.post(path, map[string][]string{"tiep": {"/viec"}}).want(t, "not theirs", http.StatusNotFound)
	ward.post(path, map[string][]string{"tiep": {"/viec"}}).redirectsTo(t, "delete", "/viec?ok=filter-deleted")
	ward.get("/viec").lacks(t, "deleted", "PCCC quá hạn")
}
