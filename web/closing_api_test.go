package web

import (
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo/service"
	"tiendo/vn"
)

// closingAPISteps close December 2019 for the district (its cut-off, 14/12,
// has passed on the test's day), read it, its adjustments, and reopen it.
func closingAPISteps() []step {
	return []step{
		{route: "GET /api/v1/closings", path: "/api/v1/closings?period=2019-12&org=HBT", login: "office", status: 200,
			want: []string{`"closed":false`, `"can_close":true`, `"history":[]`}},
		{route: "POST /api/v1/closings", path: "/api/v1/closings", login: "office", status: 201,
			body: `{"period":"2019-12","org":"HBT"}`,
			want: []string{`"period":"2019-12"`, `"closed_by_name":"office"`, `"as_of":"2019-12-14"`}, save: map[string]string{"closing": "id"}},
		{route: "GET /api/v1/closings/{id}", path: "/api/v1/closings/{closing}", login: "viewer", status: 200,
			want: []string{`"id":{closing}`, `"reopened_at":null`}},
		{route: "GET /api/v1/closings/{id}/adjustments", path: "/api/v1/closings/{closing}/adjustments", login: "leader", status: 200,
			want: []string{`"counts":[`, `"tasks":[`, `"grades":[`}},
		{route: "POST /api/v1/closings/{id}/reopen", path: "/api/v1/closings/{closing}/reopen", login: "leader", status: 200,
			body: `{"version":1,"reason":"Bổ sung số liệu phường"}`,
			want: []string{`"reopen_reason":"Bổ sung số liệu phường"`, `"reopened_by_name":"leader"`, `"version":2`}},
	}
}

// TestClosingOverHTTP: the office closes January 2020 for the district;
// entering a task assigned in January late (and withdrawing one after the
// cut-off) changes neither the statistics,
// the ranking, the grades nor the exported files of January, and the
// withdrawal is listed as an adjustment by the API and on the page, with
// who did it. A ward's officer cannot close or see the district's closing;
// the office cannot reopen it; the leader can, with a reason.
func TestClosingOverHTTP(t *testing.T) {
	e := newEnv(t)
	overdue := e.task("Rà soát biển quảng cáo phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 8))
	e.task("Chỉnh trang vỉa hè phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	e.task("Kiểm tra an toàn thực phẩm", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 13))
	e.clock.T = time.Date(2020, 1, 16, 9, 0, 0, 0, vn.Location)

	check(t, "ward closes the district", e.do("POST", "/api/v1/closings", "phohue", `{"period":"2020-01","org":"HBT"}`), 404)
	check(t, "custom range", e.do("POST", "/api/v1/closings", "office", `{"period":"2020-01-01..2020-01-10","org":"HBT"}`), 422)
	r := e.do("POST", "/api/v1/closings", "office", `{"period":"2020-01","org":"HBT"}`)
	check(t, "close", r, 201, `"as_of":"2020-01-14"`)
	id := jsonPath(t, r.json(t), "id")
	check(t, "close twice", e.do("POST", "/api/v1/closings", "office", `{"period":"2020-01","org":"HBT"}`), 409)

	reads := []string{
		"/api/v1/stats?period=2020-01&org=HBT",
		"/api/v1/stats?period=2020-01&org=HBT&group=category",
		"/api/v1/stats/ranking?period=2020-01&org=HBT",
		"/api/v1/grades?period=2020-01&org=HBT",
		"/api/v1/grades?period=2020-01&org=HBT&rules=hn3814&kind=person",
		"/api/v1/export/stats?period=2020-01&org=HBT&format=docx",
		"/api/v1/export/stats?period=2020-01&org=HBT&format=json",
		"/api/v1/export/grades?period=2020-01&org=HBT&format=docx",
	}
	before := map[string]string{}
	for _, p := range reads {
		r := e.do("GET", p, "leader", nil)
		check(t, p, r, 200)
		before[p] = string(r.body)
	}
	check(t, "stats carry the closing", e.do("GET", reads[0], "leader", nil), 200, `"closing":{"id":`+id, `"closed_by_name":"office"`,
		`"overdue":2`)

	e.clock.T = time.Date(2020, 1, 20, 9, 0, 0, 0, vn.Location)
	tid := strconv.FormatInt(overdue.ID, 10)
	check(t, "withdraw", e.do("POST", "/api/v1/tasks/"+tid+"/withdraw", "office", `{"version":1,"reason":"Giao trùng"}`), 200)
	// A task assigned in January is entered late, after the closing.
	r = e.do("POST", "/api/v1/tasks", "office", `{"title":"Báo cáo rà soát nhà trọ","lead_org_id":`+strconv.FormatInt(e.org["HBT-PHOHUE"], 10)+
		`,"due":"2020-01-09","assigned_on":"2020-01-06"}`)
	check(t, "late entry", r, 201)
	nid := jsonPath(t, r.json(t), "id")

	for _, p := range reads {
		r := e.do("GET", p, "leader", nil)
		check(t, p, r, 200)
		if string(r.body) != before[p] {
			t.Errorf("%s changed after the closing:\n%s\n%s", p, before[p], r.body)
		}
	}
	check(t, "adjustments", e.do("GET", "/api/v1/closings/"+id+"/adjustments", "viewer", nil), 200,
		`"task_id":`+nid, `"changes":["entered"]`, `"action":"task.create"`, `"actor":"office"`,
		`{"cell":"assigned","frozen":3,"live":4}`)
	if r := e.do("GET", "/api/v1/closings/"+id+"/adjustments", "viewer", nil); strings.Contains(string(r.body), `"task_id":`+tid+`,`) {
		t.Error("a withdrawal after the cut-off is listed as an adjustment")
	}
	check(t, "ward reads the district's closing", e.do("GET", "/api/v1/closings/"+id, "phohue", nil), 404)

	leader := e.browse("leader")
	p := leader.get("/chot-so-lieu?ky=2020-01&don-vi=HBT")
	p.want(t, "closing page", 200, "Chốt số liệu · Tháng 1/2020", "Đã chốt ngày 16/01/2020 bởi office", "Điều chỉnh sau khi chốt",
		`id="adj-task-`+nid+`"`, "Báo cáo rà soát nhà trọ", "Mới thuộc kỳ", "Giao nhiệm vụ", `id="reopen-form"`)
	leader.get("/dieu-hanh?ky=2020-01&don-vi=HBT").want(t, "dashboard badge", 200, "Đã chốt ngày 16/01/2020 bởi office",
		`href="/chot-so-lieu?don-vi=HBT&amp;ky=2020-01"`)
	leader.get("/xep-loai?ky=2020-01&don-vi=HBT").want(t, "grades badge", 200, "Đã chốt ngày 16/01/2020 bởi office")
	office := e.browse("office").get("/chot-so-lieu?ky=2020-01&don-vi=HBT")
	office.want(t, "office's page", 200, "Điều chỉnh sau khi chốt")
	office.lacks(t, "office's page", `id="reopen-form"`, `id="close-form"`)

	check(t, "office reopens", e.do("POST", "/api/v1/closings/"+id+"/reopen", "office", `{"version":1,"reason":"x"}`), 403)
	check(t, "no reason", e.do("POST", "/api/v1/closings/"+id+"/reopen", "leader", `{"version":1,"reason":" "}`), 422)
	form := leader.post("/chot-so-lieu/"+id+"/mo-lai", url.Values{"version": {"1"}, "reason": {"Thu hồi nhiệm vụ giao trùng"}, "don-vi": {"HBT"}})
	form.redirectsTo(t, "reopen", "/chot-so-lieu?don-vi=HBT&ky=2020-01&ok=reopened")
	check(t, "live again", e.do("GET", reads[0], "leader", nil), 200, `"closing":null`, `"overdue":3`)
	st, err := e.svc.ClosingStatus(e.as("leader"), service.ClosingRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1},
		OrgID: ptrID(e.org["HBT"])})
	if err != nil || st.InForce != nil || len(st.History) != 1 || st.History[0].ReopenReason != "Thu hồi nhiệm vụ giao trùng" {
		t.Fatalf("status after reopening: %+v %v", st, err)
	}
}

func ptrID(id int64) *int64 { return &id }
