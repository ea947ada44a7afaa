package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"tiendo/vn"
	"tiendo/web/httpx"
)

// form is a multipart body in a scenario step.
type form struct {
	fields map[string]string
	files  []filePart
}

// step is one request of a scenario. Paths, bodies and wanted substrings
// may hold {name} placeholders filled from earlier steps' saves.
type step struct {
	route  string // "METHOD /pattern" of the route exercised, for coverage
	path   string
	login  string
	body   any // string, form, or a value to JSON-encode
	status int
	want   []string
	absent []string
	save   map[string]string // name → dotted JSON path in the answer
}

// scenario runs steps in order and returns the saved values.
type scenario struct {
	e    *env
	vars map[string]string
}

func (sc *scenario) fill(s string) string {
	for k, v := range sc.vars {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}

func (sc *scenario) run(t *testing.T, st step) response {
	t.Helper()
	method, _, _ := strings.Cut(st.route, " ")
	path := sc.fill(st.path)
	var r response
	switch b := st.body.(type) {
	case form:
		r = sc.e.upload(path, st.login, b.fields, b.files...)
	case string:
		r = sc.e.do(method, path, st.login, sc.fill(b))
	case nil:
		r = sc.e.do(method, path, st.login, nil)
	default:
		j, _ := json.Marshal(b)
		r = sc.e.do(method, path, st.login, sc.fill(string(j)))
	}
	name := st.route + " " + path
	want := make([]string, len(st.want))
	for i, w := range st.want {
		want[i] = sc.fill(w)
	}
	check(t, name, r, st.status, want...)
	for _, a := range st.absent {
		if strings.Contains(string(r.body), a) {
			t.Errorf("%s: body must not contain %q: %s", name, a, r.body)
		}
	}
	if len(st.save) > 0 && r.status < 300 {
		v := r.json(t)
		for k, p := range st.save {
			sc.vars[k] = jsonPath(t, v, p)
		}
	}
	return r
}

// jsonPath reads a dotted path ("update.attachments.0.id") from a decoded
// JSON value and formats it as a string.
func jsonPath(t *testing.T, v any, path string) string {
	t.Helper()
	for _, k := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			v = x[k]
		case []any:
			i, err := strconv.Atoi(k)
			if err != nil || i >= len(x) {
				t.Fatalf("path %s: bad index %s", path, k)
			}
			v = x[i]
		default:
			t.Fatalf("path %s: cannot descend into %T", path, v)
		}
	}
	if f, ok := v.(float64); ok {
		return strconv.FormatInt(int64(f), 10)
	}
	return fmt.Sprint(v)
}

// TestRoutesOK exercises every route's success path in one working story,
// and fails if a route of the table is not exercised.
func TestRoutesOK(t *testing.T) {
	e := newEnv(t)
	sc := &scenario{e: e, vars: map[string]string{}}
	for code, id := range e.org {
		sc.vars[code] = strconv.FormatInt(id, 10)
	}
	pdf := []byte("%PDF-1.4 báo cáo kết quả")
	steps := []step{
		{route: "GET /healthz", path: "/healthz", status: 200, want: []string{"ok"}},
		{route: "GET /api/openapi.json", path: "/api/openapi.json", status: 200, want: []string{`"openapi": "3.0`}},
		{route: "GET /api/v1/me", path: "/api/v1/me", login: "office", status: 200, want: []string{`"login":"office"`, `"role":"office"`}},
		{route: "GET /api/v1/accounts", path: "/api/v1/accounts", login: "admin", status: 200,
			want: []string{`"login":"phohue"`, `"login":"truongdinh"`}, absent: []string{"argon2", "password"}},
		{route: "POST /api/v1/accounts", path: "/api/v1/accounts", login: "admin", status: 201,
			body:   map[string]any{"login": "ph2", "password": "matkhau-456", "grants": []map[string]any{{"role": "officer", "org_id": e.org["HBT-PHOHUE"]}}},
			want:   []string{`"login":"ph2"`, `"locale":"vi"`},
			absent: []string{"matkhau", "argon2"}},
		{route: "POST /api/v1/tokens", path: "/api/v1/tokens", login: "session:office", body: `{"name":"cli","password":"matkhau-123","expires_in_days":30}`,
			status: 201, want: []string{`"token":"td_`, `"login":"office"`, `"expires_at":"2020-02-09T02:00:00Z"`}, absent: []string{"matkhau"}},

		{route: "GET /api/v1/orgs", path: "/api/v1/orgs?q=pho%20hue", login: "truongdinh", status: 200,
			want: []string{`"code":"HBT-PHOHUE"`, `"total":1`}},
		{route: "GET /api/v1/orgs/search", path: "/api/v1/orgs/search?q=pho%20hue", login: "truongdinh", status: 200,
			want: []string{`"code":"HBT-PHOHUE"`, `"parent_name":"Quận Hai Bà Trưng"`, `"ended":false`}},
		{route: "POST /api/v1/orgs", path: "/api/v1/orgs", login: "admin", status: 201,
			body: `{"code":"HBT-LEDAIHANH","name":"UBND phường Lê Đại Hành","kind":"peoples_committee","level":"commune","parent":"HBT"}`,
			want: []string{`"parent_id":{HBT}`, `"version":1`}, save: map[string]string{"org": "id"}},
		{route: "GET /api/v1/orgs/{id}", path: "/api/v1/orgs/HBT-LEDAIHANH", login: "viewer", status: 200,
			want: []string{`"id":{org}`, "Lê Đại Hành"}},
		{route: "PATCH /api/v1/orgs/{id}", path: "/api/v1/orgs/{org}", login: "admin", status: 200,
			body: `{"version":1,"abbrev":"LĐH"}`, want: []string{`"abbrev":"LĐH"`, `"version":2`, `"name":"UBND phường Lê Đại Hành"`}},
		{route: "GET /api/v1/orgs/{id}/audit", path: "/api/v1/orgs/{org}/audit", login: "admin", status: 200,
			want: []string{`"action":"org.create"`, `"action":"org.update"`, `"total":2`}},
		{route: "POST /api/v1/orgs/{id}/dissolve", path: "/api/v1/orgs/{org}/dissolve", login: "admin", status: 200,
			body: `{"version":2,"successor":"HBT-PHOHUE","on":"2020-01-10"}`,
			want: []string{`"valid_to":"2020-01-10"`, `"successor_id":{HBT-PHOHUE}`, `"moved_tasks":[]`}},

		{route: "POST /api/v1/people", path: "/api/v1/people", login: "office", status: 201,
			body: `{"full_name":"Nguyễn Văn An","positions":[{"org_id":{HBT-PHOHUE},"title":"Chủ tịch UBND phường","is_head":true}]}`,
			want: []string{`"full_name":"Nguyễn Văn An"`}, save: map[string]string{"person": "id"}},
		{route: "GET /api/v1/people", path: "/api/v1/people?org=HBT-PHOHUE", login: "phohue", status: 200,
			want: []string{"Nguyễn Văn An", `"total":1`}},
		{route: "GET /api/v1/people/{id}", path: "/api/v1/people/{person}", login: "office", status: 200,
			want: []string{`"title":"Chủ tịch UBND phường"`}},

		{route: "POST /api/v1/documents", path: "/api/v1/documents", login: "office", status: 201,
			body: `{"number_symbol":"Số: 245/KH-UBND","issuer_id":{HBT-UBND},"date":"2019-12-20","summary":"Kế hoạch thực hiện nhiệm vụ năm 2020"}`,
			want: []string{`"number_symbol":"245/KH-UBND"`, `"type":"KH"`, `"issuer":"UBND quận Hai Bà Trưng"`},
			save: map[string]string{"doc": "id"}},
		{route: "GET /api/v1/documents", path: "/api/v1/documents?q=ke%20hoach", login: "viewer", status: 200,
			want: []string{"245/KH-UBND", `"total":1`}},
		{route: "GET /api/v1/documents/{id}", path: "/api/v1/documents/{doc}", login: "phohue", status: 200,
			want: []string{`"date":"2019-12-20"`}},

		// A phrase deadline parsed against the document date: 06/01/2020,
		// four days overdue on 10/01/2020.
		{route: "POST /api/v1/tasks", path: "/api/v1/tasks", login: "office", status: 201,
			body: `{"title":"Xây dựng kế hoạch cụ thể","document_id":{doc},"lead_org_id":{HBT-PHOHUE},"deadline":"trước ngày 06/01/2020","source_clause":"mục II.3"}`,
			want: []string{`"due":"2020-01-06"`, `"deadline_text":"trước ngày 06/01/2020"`, `"timeliness":"overdue"`, `"overdue_days":4`},
			save: map[string]string{"task": "id"}},
		{route: "POST /api/v1/tasks", path: "/api/v1/tasks", login: "office", status: 201,
			body: `{"title":"Rà soát chung cư cũ","lead_org_ids":[{HBT-PHOHUE},{HBT-TRUONGDINH}],"due":"2020-02-28"}`,
			want: []string{`"items":[`, `"lead_org_id":{HBT-PHOHUE}`, `"lead_org_id":{HBT-TRUONGDINH}`},
			save: map[string]string{"task2": "items.0.id"}},
		{route: "GET /api/v1/tasks", path: "/api/v1/tasks?document={doc}&timeliness=overdue&sort=-due", login: "viewer", status: 200,
			want: []string{`"id":{task}`, `"total":1`, `"per_page":50`}},
		{route: "GET /api/v1/tasks/{id}", path: "/api/v1/tasks/{task}?as_of=2020-01-05", login: "phohue", status: 200,
			want: []string{`"timeliness":"in_progress"`, `"as_of":"2020-01-05"`, `"overdue_days":0`}},
		{route: "PATCH /api/v1/tasks/{id}", path: "/api/v1/tasks/{task}", login: "office", status: 200,
			body: `{"version":1,"place":"Phố Huế"}`, want: []string{`"place":"Phố Huế"`, `"version":2`}},

		{route: "POST /api/v1/tasks/{id}/updates", path: "/api/v1/tasks/{task}/updates", login: "phohue", status: 201,
			body: `{"version":2,"as_of":"2020-01-09","narrative":"Đang triển khai","percent":50}`,
			want: []string{`"percent":50`, `"status":"in_progress"`, `"narrative":"Đang triển khai"`}},
		{route: "GET /api/v1/tasks/{id}/updates", path: "/api/v1/tasks/{task}/updates", login: "viewer", status: 200,
			want: []string{`"reporter":"phohue"`}},
		{route: "POST /api/v1/tasks/{id}/extensions", path: "/api/v1/tasks/{task}/extensions", login: "phohue", status: 201,
			body: `{"version":3,"proposed_due":"2020-01-20","reason":"Chờ số liệu của các tổ dân phố"}`,
			want: []string{`"status":"extension_requested"`, `"status":"pending"`, `"previous_due":"2020-01-06"`}},
		{route: "GET /api/v1/tasks/{id}/extensions", path: "/api/v1/tasks/{task}/extensions", login: "office", status: 200,
			want: []string{`"proposed_due":"2020-01-20"`}},
		{route: "POST /api/v1/tasks/{id}/extensions/decide", path: "/api/v1/tasks/{task}/extensions/decide", login: "leader", status: 200,
			body: `{"version":4,"approve":false,"note":"Không đủ căn cứ"}`,
			want: []string{`"status":"declined"`, `"due":"2020-01-06"`, `"status":"in_progress"`}},
		{route: "POST /api/v1/tasks/{id}/delegate", path: "/api/v1/tasks/{task}/delegate", login: "phohue", status: 200,
			body: `{"version":5,"person_id":{person}}`, want: []string{`"assignee_id":{person}`}},
		{route: "POST /api/v1/tasks/{id}/postpone", path: "/api/v1/tasks/{task}/postpone", login: "office", status: 200,
			body: `{"version":6,"reason":"Chờ kinh phí"}`, want: []string{`"status":"postponed"`, `"timeliness":"in_progress"`}},
		{route: "POST /api/v1/tasks/{id}/resume", path: "/api/v1/tasks/{task}/resume", login: "office", status: 200,
			body: `{"version":7}`, want: []string{`"status":"in_progress"`}},
		{route: "POST /api/v1/tasks/{id}/updates", path: "/api/v1/tasks/{task}/updates", login: "phohue", status: 201,
			body: form{fields: map[string]string{"version": "8", "done": "true", "as_of": "2020-01-10", "narrative": "Đã ban hành kế hoạch"},
				files: []filePart{{"Báo cáo số 12.pdf", "application/pdf", pdf}}},
			want: []string{`"status":"reported_done"`, `"name":"Báo cáo số 12.pdf"`, `"content_type":"application/pdf"`},
			save: map[string]string{"att": "update.attachments.0.id"}},
		{route: "GET /api/v1/attachments/{id}", path: "/api/v1/attachments/{att}", login: "office", status: 200,
			want: []string{string(pdf)}},
		{route: "POST /api/v1/tasks/{id}/return", path: "/api/v1/tasks/{task}/return", login: "office", status: 200,
			body: `{"version":9,"reason":"Thiếu số liệu"}`, want: []string{`"status":"returned"`, `"status_reason":"Thiếu số liệu"`, `"reported_on":null`}},
		{route: "POST /api/v1/tasks/{id}/updates", path: "/api/v1/tasks/{task}/updates", login: "phohue", status: 201,
			body: `{"version":10,"done":true,"narrative":"Đã bổ sung số liệu"}`, want: []string{`"status":"reported_done"`}},
		{route: "POST /api/v1/tasks/{id}/confirm", path: "/api/v1/tasks/{task}/confirm", login: "office", status: 200,
			body: `{"version":11}`, want: []string{`"status":"completed"`, `"completed_on":"2020-01-10"`, `"timeliness":"done_late"`}},
		{route: "POST /api/v1/tasks/{id}/withdraw", path: "/api/v1/tasks/{task2}/withdraw", login: "office", status: 200,
			body: `{"version":1,"reason":"Trùng nhiệm vụ"}`, want: []string{`"status":"withdrawn"`, `"timeliness":"excluded"`}},
		{route: "GET /api/v1/tasks/{id}/audit", path: "/api/v1/tasks/{task}/audit?per_page=100", login: "leader", status: 200,
			want: []string{`"action":"task.create"`, `"action":"task.confirm"`, `"per_page":100`}},
		// Passing a district task down to the Văn phòng creates a child task.
		{route: "POST /api/v1/tasks", path: "/api/v1/tasks", login: "office", status: 201,
			body: `{"title":"Tổng hợp báo cáo quý","lead_org_id":{HBT-UBND},"deadline":"trong quý I/2020"}`,
			want: []string{`"due":"2020-03-31"`, `"deadline_kind":"period"`}, save: map[string]string{"task3": "id"}},
		{route: "POST /api/v1/tasks/{id}/delegate", path: "/api/v1/tasks/{task3}/delegate", login: "office", status: 201,
			body: `{"version":1,"org_id":{HBT-VP},"due":"2020-03-20"}`,
			want: []string{`"parent_id":{task3}`, `"lead_org_id":{HBT-VP}`, `"due":"2020-03-20"`}},

		// Statistics of January 2020 (15/12/2019–14/01/2020) as of today, 10/01.
		{route: "GET /api/v1/stats", path: "/api/v1/stats?period=2020-01&org=HBT", login: "viewer", status: 200,
			want: []string{`"as_of":"2020-01-10"`, `"done_late":1`, `"label":"Tháng 1/2020"`}},
		{route: "GET /api/v1/stats/ranking", path: "/api/v1/stats/ranking?period=2020-01", login: "office", status: 200,
			want: []string{`"bands":[`, `"label":"Từ 100 nhiệm vụ trở xuống"`}},
		{route: "GET /api/v1/stats/trend", path: "/api/v1/stats/trend?period=2020-01&n=2", login: "office", status: 200,
			want: []string{`"label":"Tháng 12/2019"`, `"label":"Tháng 1/2020"`}},

		// Grading January: the office enters points and marks an error.
		{route: "GET /api/v1/grades/rules", path: "/api/v1/grades/rules", login: "viewer", status: 200,
			want: []string{`"code":"nd335"`, `"code":"hn3814"`}},
		{route: "PUT /api/v1/grades/points", path: "/api/v1/grades/points", login: "office", status: 200,
			body: `{"period":"2020-01","subject_kind":"org","subject_id":{HBT-PHOHUE},"general":28}`, want: []string{`"general":28`}},
		{route: "PUT /api/v1/grades/marks", path: "/api/v1/grades/marks", login: "office", status: 200,
			body: `{"task_id":{task},"errors":1}`, want: []string{`"errors":1`}},
		{route: "GET /api/v1/grades", path: "/api/v1/grades?period=2020-01&rules=hn3814", login: "leader", status: 200,
			want: []string{`"code":"HBT-PHOHUE"`, `chất lượng trừ 25% × 1 lỗi`, `Tiêu chí chung: 20/20`}},
		{route: "GET /api/v1/export/stats", path: "/api/v1/export/stats?period=2020-01&format=xlsx", login: "office", status: 200,
			want: []string{"PK"}},
		{route: "GET /api/v1/export/ranking", path: "/api/v1/export/ranking?period=2020-01&format=xlsx", login: "leader", status: 200,
			want: []string{"PK"}},
		{route: "GET /api/v1/export/trend", path: "/api/v1/export/trend?period=2020-01&n=3&format=xlsx", login: "viewer", status: 200,
			want: []string{"PK"}},
		{route: "GET /api/v1/export/tasks", path: "/api/v1/export/tasks?org=HBT&subtree=1&format=xlsx", login: "viewer", status: 200,
			want: []string{"PK"}},
		{route: "GET /api/v1/export/grades", path: "/api/v1/export/grades?period=2020-01&format=docx", login: "leader", status: 200,
			want: []string{"PK"}},

		// Intake: a pasted conclusion notice, reviewed, then its tasks created.
		{route: "POST /api/v1/intake", path: "/api/v1/intake", login: "office", status: 201,
			body: map[string]string{"text": "Số: 12/TB-UBND\nHai Bà Trưng, ngày 08/01/2020\n1. Giao UBND phường Phố Huế rà soát biển quảng cáo trước ngày 31/01/2020."},
			want: []string{`"status":"draft"`, `"org_ids":[{HBT-PHOHUE}]`, `"number_symbol":"12/TB-UBND"`}, save: map[string]string{"prop": "id"}},
		{route: "GET /api/v1/intake/{id}", path: "/api/v1/intake/{prop}", login: "office", status: 200,
			want: []string{`"deadline":"trước ngày 31/01/2020"`}},
		{route: "PATCH /api/v1/intake/{id}", path: "/api/v1/intake/{prop}", login: "office", status: 200,
			body: `{"version":1,"document":{"number_symbol":"12/TB-UBND","date":"2020-01-08","summary":"Thông báo kết luận giao ban"}}`,
			want: []string{`"version":2`, `"summary":"Thông báo kết luận giao ban"`}},
		{route: "POST /api/v1/intake/{id}/commit", path: "/api/v1/intake/{prop}/commit", login: "office", status: 201,
			body: `{"version":2}`, want: []string{`"status":"committed"`, `"lead_org_id":{HBT-PHOHUE}`, `"due":"2020-01-31"`, `"category":"conclusion"`}},
	}
	steps = append(steps, inboxAPISteps...)
	steps = append(steps, meetingAPISteps...)
	steps = append(steps, notifyAPISteps(t, e)...)
	steps = append(steps, commentAPISteps(e)...)
	steps = append(steps, closingAPISteps()...)
	steps = append(steps, adminAPISteps(e)...)
	steps = append(steps, securityAPISteps(e)...)
	steps = append(steps, rulesAPISteps()...)
	steps = append(steps, placeAPISteps()...)
	steps = append(steps, caseAPISteps()...)
	covered := map[string]bool{}
	for _, st := range steps {
		r := sc.run(t, st)
		covered[st.route] = true
		if strings.HasPrefix(st.path, "/api/v1/") && !strings.HasPrefix(st.path, "/api/v1/attachments/") && !strings.HasPrefix(st.path, "/api/v1/case-files/") &&
			!strings.HasPrefix(st.path, "/api/v1/export/") && !strings.HasSuffix(st.path, ".ics") &&
			!strings.Contains(st.path, "format=docx") && !strings.Contains(st.path, "format=pdf") {
			if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
				t.Errorf("%s: Content-Type %q", st.route, ct)
			}
		}
	}
	for _, rt := range e.srv.routes() {
		// HTML pages have their own scenarios (TestPageRoutesOK).
		if key := rt.Method + " " + rt.Path; !covered[key] && rt.Access < httpx.PagePublic {
			t.Errorf("route %s has no success scenario", key)
		}
	}
}

// TestFullCycle: the office assigns, the ward reports done with a file, the
// office confirms, and the task counts as done on time.
func TestFullCycle(t *testing.T) {
	e := newEnv(t)
	ph := strconv.FormatInt(e.org["HBT-PHOHUE"], 10)
	r := e.do("POST", "/api/v1/tasks", "office", `{"title":"Lắp camera phố Bà Triệu","lead_org_id":`+ph+`,"due":"2020-01-31","assigned_on":"2020-01-06"}`)
	check(t, "create", r, http.StatusCreated, `"status":"assigned"`, `"timeliness":"in_progress"`)
	id := jsonPath(t, r.json(t), "id")
	base := "/api/v1/tasks/" + id

	file := []byte("Biên bản nghiệm thu\n")
	r = e.upload(base+"/updates", "phohue", map[string]string{"done": "on", "as_of": "2020-01-09",
		"results": "Đã lắp 12 camera", "evidence_no": "15/BC-UBND", "percent": "100", "version": "1"},
		filePart{"nghiem-thu.txt", "", file})
	check(t, "report done", r, http.StatusCreated, `"status":"reported_done"`, `"reported_on":"2020-01-09"`,
		`"evidence_no":"15/BC-UBND"`, fmt.Sprintf(`"size":%d`, len(file)))
	att := jsonPath(t, r.json(t), "update.attachments.0.id")
	if got := jsonPath(t, r.json(t), "update.attachments.0.content_type"); !strings.HasPrefix(got, "text/plain") {
		t.Errorf("sniffed content type %q", got)
	}

	// Reported done is not done until the office confirms (docs/DOMAIN.md §8.4).
	r = e.do("GET", base, "viewer", nil)
	check(t, "before confirm", r, http.StatusOK, `"timeliness":"in_progress"`, `"completed_on":null`)

	r = e.do("POST", base+"/confirm", "office", `{"version":2,"note":"Đạt yêu cầu"}`)
	check(t, "confirm", r, http.StatusOK, `"status":"completed"`, `"completed_on":"2020-01-09"`, `"timeliness":"done_on_time"`)

	r = e.do("GET", "/api/v1/tasks?timeliness=done_on_time&org=HBT-PHOHUE&role=lead", "leader", nil)
	check(t, "list done on time", r, http.StatusOK, `"total":1`, `"id":`+id)

	req, _ := http.NewRequest("GET", e.http.URL+"/api/v1/attachments/"+att, nil)
	r = e.send(req, "phohue")
	check(t, "download", r, http.StatusOK)
	if string(r.body) != string(file) {
		t.Errorf("downloaded %q, want %q", r.body, file)
	}
	for h, want := range map[string]string{
		"Content-Disposition":    `attachment; filename=nghiem-thu.txt`,
		"Content-Type":           "text/plain; charset=utf-8",
		"X-Content-Type-Options": "nosniff",
		"Content-Length":         strconv.Itoa(len(file)),
	} {
		if got := r.header.Get(h); got != want {
			t.Errorf("download %s = %q, want %q", h, got, want)
		}
	}
}

// TestExtensionApproved: the ward asks for more time, the district leader
// grants it; the deadline moves and the original stays recorded.
func TestExtensionApproved(t *testing.T) {
	e := newEnv(t)
	task := e.task("Chỉnh trang tuyến phố Phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 8))
	base := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
	check(t, "overdue before", e.do("GET", base, "office", nil), 200, `"timeliness":"overdue"`, `"overdue_days":2`)

	r := e.do("POST", base+"/extensions", "phohue", `{"version":1,"proposed_due":"2020-02-15","reason":"Vướng giải phóng mặt bằng"}`)
	check(t, "request", r, http.StatusCreated, `"status":"extension_requested"`)
	ext := jsonPath(t, r.json(t), "extension.id")

	// Only the assigning organisation's leader decides.
	check(t, "officer decides", e.do("POST", base+"/extensions/decide", "phohue", `{"approve":true}`), http.StatusForbidden)
	check(t, "office decides", e.do("POST", base+"/extensions/decide", "office", `{"approve":true}`), http.StatusForbidden)

	r = e.do("POST", base+"/extensions/decide", "leader", `{"version":2,"extension_id":`+ext+`,"approve":true,"due":"2020-02-10","decision_doc":"20/TB-UBND"}`)
	check(t, "approve", r, http.StatusOK, `"due":"2020-02-10"`, `"original_due":"2020-01-08"`, `"extensions":1`,
		`"status":"approved"`, `"timeliness":"in_progress"`, `"decision_doc":"20/TB-UBND"`)

	check(t, "task after", e.do("GET", base, "phohue", nil), 200, `"due":"2020-02-10"`, `"original_due":"2020-01-08"`, `"overdue_days":0`)
	check(t, "second request over the limit", e.do("POST", base+"/extensions", "phohue",
		`{"version":3,"proposed_due":"2020-03-01","reason":"Thêm thời gian"}`), http.StatusConflict, "tối đa 1")
	check(t, "decide with none pending", e.do("POST", base+"/extensions/decide", "leader", `{"version":3,"approve":true}`), http.StatusConflict)
}

// TestTaskListFilters checks the list parameters end to end.
func TestTaskListFilters(t *testing.T) {
	e := newEnv(t)
	a := e.task("Nhiệm vụ A quá hạn", "HBT-PHOHUE", vn.NewDate(2020, 1, 6))
	b := e.task("Nhiệm vụ B trong hạn", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	c := e.task("Nhiệm vụ C kiểm tra chung cư cũ", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 7))
	coop := e.task("Nhiệm vụ D phối hợp", "HBT-TRUONGDINH", vn.NewDate(2020, 2, 7))
	if _, err := e.svc.EditTask(e.as("office"), coop.ID, editCoop(coop.Version, e.org["HBT-PHOHUE"])); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []int64
	}{
		{"", []int64{a.ID, b.ID, c.ID, coop.ID}},
		{"?org=HBT-PHOHUE", []int64{a.ID, b.ID, coop.ID}},
		{"?org=HBT-PHOHUE&role=lead", []int64{a.ID, b.ID}},
		{"?org=HBT-PHOHUE&role=cooperating", []int64{coop.ID}},
		{fmt.Sprintf("?org=%d&org=HBT-TRUONGDINH&role=lead", e.org["HBT-PHOHUE"]), []int64{a.ID, b.ID, c.ID, coop.ID}},
		{"?timeliness=overdue", []int64{a.ID, c.ID}},
		{"?timeliness=overdue&as_of=2020-01-06", []int64{}},
		{"?timeliness=overdue,in_progress&sort=-due", []int64{coop.ID, b.ID, c.ID, a.ID}},
		{"?due_from=2020-01-07&due_to=2020-01-31&sort=due", []int64{c.ID, b.ID}},
		{"?q=chung%20cu", []int64{c.ID}},
		{"?status=assigned&sort=id&per_page=2&page=2", []int64{c.ID, coop.ID}},
		{"?status=completed", []int64{}},
		{"?sort=overdue&timeliness=overdue", []int64{a.ID, c.ID}},
	}
	for _, tt := range tests {
		r := e.do("GET", "/api/v1/tasks"+tt.query, "office", nil)
		check(t, tt.query, r, 200)
		got := ids(t, r)
		if !strings.Contains(tt.query, "sort=") {
			got = sorted(got)
			tt.want = sorted(tt.want)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("GET /api/v1/tasks%s = %v, want %v", tt.query, got, tt.want)
		}
	}
	r := e.do("GET", "/api/v1/tasks?status=assigned&per_page=2&page=2", "office", nil)
	check(t, "envelope", r, 200, `"total":4`, `"page":2`, `"per_page":2`)
}
