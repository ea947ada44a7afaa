package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tiendo/vn"
	"tiendo/web/httpx"
)

// errorOf decodes an error answer and checks its shape.
func errorOf(t *testing.T, name string, r response) httpx.ErrorDetail {
	t.Helper()
	var b httpx.ErrorBody
	dec := json.NewDecoder(bytes.NewReader(r.body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		t.Fatalf("%s: not an error body: %v: %s", name, err, r.body)
	}
	if b.Error.Code == "" || b.Error.Message == "" {
		t.Errorf("%s: error without code or message: %s", name, r.body)
	}
	return b.Error
}

func TestAuthentication(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, login string
		status      int
	}{
		{"no header", "", 401},
		{"unknown token", "raw:Bearer td_nope", 401},
		{"empty bearer", "raw:Bearer ", 401},
		{"basic scheme", "raw:Basic b2ZmaWNlOm1hdGtoYXU=", 401},
		{"token without scheme", "raw:" + e.token["office"], 401},
		{"lower-case scheme", "raw:bearer " + e.token["office"], 200},
		{"good token", "office", 200},
	}
	for _, tt := range tests {
		for _, path := range []string{"/api/v1/me", "/api/v1/tasks", "/api/v1/orgs/1"} {
			r := e.do("GET", path, tt.login, nil)
			check(t, tt.name+" "+path, r, tt.status)
			if tt.status == 401 {
				if got := errorOf(t, tt.name, r); got.Code != "unauthenticated" {
					t.Errorf("%s: code %q", tt.name, got.Code)
				}
				if r.header.Get("WWW-Authenticate") == "" {
					t.Errorf("%s: 401 without WWW-Authenticate", tt.name)
				}
			}
		}
	}
	// Writes are refused before the body is even looked at.
	check(t, "POST without token", e.do("POST", "/api/v1/tasks", "", `{"title":"x"}`), 401, `"code":"unauthenticated"`)
	// Public routes need no token.
	check(t, "healthz", e.do("GET", "/healthz", "", nil), 200, "ok")
	check(t, "openapi", e.do("GET", "/api/openapi.json", "", nil), 200, `"openapi"`)
}

// TestScope: a Trương Định officer cannot see or touch a Phố Huế task, and
// the answer does not reveal that it exists.
func TestScope(t *testing.T) {
	e := newEnv(t)
	ph := e.task("Nhiệm vụ của Phố Huế", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	td := e.task("Nhiệm vụ của Trương Định", "HBT-TRUONGDINH", vn.NewDate(2020, 1, 31))
	// An attachment on the Phố Huế task.
	r := e.upload(fmt.Sprintf("/api/v1/tasks/%d/updates", ph.ID), "phohue",
		map[string]string{"version": "1", "narrative": "Tiến độ"}, filePart{"a.txt", "text/plain", []byte("x")})
	check(t, "ph upload", r, 201)
	att := jsonPath(t, r.json(t), "update.attachments.0.id")

	base := fmt.Sprintf("/api/v1/tasks/%d", ph.ID)
	missing := fmt.Sprintf("/api/v1/tasks/%d", td.ID+1000)
	tests := []struct {
		name, method, path, body string
	}{
		{"get task", "GET", base, ""},
		{"get unknown task", "GET", missing, ""},
		{"updates", "GET", base + "/updates", ""},
		{"report", "POST", base + "/updates", `{"narrative":"Đã làm"}`},
		{"report multipart", "POST", base + "/updates", "multipart"},
		{"extensions", "GET", base + "/extensions", ""},
		{"request extension", "POST", base + "/extensions", `{"proposed_due":"2020-02-20","reason":"x"}`},
		{"audit", "GET", base + "/audit", ""},
		{"patch", "PATCH", base, `{"version":1,"title":"Sửa"}`},
		{"delegate", "POST", base + "/delegate", `{"org_id":1}`},
		{"confirm", "POST", base + "/confirm", ""},
		{"attachment", "GET", "/api/v1/attachments/" + att, ""},
	}
	var notFound []string
	for _, tt := range tests {
		var r response
		switch tt.body {
		case "":
			r = e.do(tt.method, tt.path, "truongdinh", nil)
		case "multipart":
			r = e.upload(tt.path, "truongdinh", map[string]string{"narrative": "x"})
		default:
			r = e.do(tt.method, tt.path, "truongdinh", tt.body)
		}
		check(t, tt.name, r, http.StatusNotFound)
		notFound = append(notFound, string(r.body))
	}
	// Out of scope and nonexistent read the same way, apart from the id.
	if a, b := strings.ReplaceAll(notFound[0], strconv.FormatInt(ph.ID, 10), "N"),
		strings.ReplaceAll(notFound[1], strconv.FormatInt(td.ID+1000, 10), "N"); a != b {
		t.Errorf("out-of-scope %s differs from missing %s", a, b)
	}
	check(t, "own list", e.do("GET", "/api/v1/tasks", "truongdinh", nil), 200, `"total":1`)
	for _, q := range []string{"", "?org=HBT-PHOHUE", "?q=pho%20hue", "?per_page=500", "?status=assigned,in_progress",
		"?timeliness=in_progress", "?sort=-id"} {
		r := e.do("GET", "/api/v1/tasks"+q, "truongdinh", nil)
		check(t, "list "+q, r, 200)
		if slices.Contains(ids(t, r), ph.ID) {
			t.Errorf("truongdinh sees the Phố Huế task with %q", q)
		}
	}
	// The district office sees both.
	if got := ids(t, e.do("GET", "/api/v1/tasks?sort=id", "office", nil)); fmt.Sprint(got) != fmt.Sprint([]int64{ph.ID, td.ID}) {
		t.Errorf("office lists %v", got)
	}
	// The Phố Huế task was not changed by any of the refused requests.
	check(t, "unchanged", e.do("GET", base, "office", nil), 200, `"version":2`, `"title":"Nhiệm vụ của Phố Huế"`)
}

func TestForbidden(t *testing.T) {
	e := newEnv(t)
	task := e.task("Báo cáo sơ kết", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	base := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
	check(t, "report done", e.do("POST", base+"/updates", "phohue", `{"version":1,"done":true,"narrative":"Xong"}`), 201)
	tests := []struct {
		name, login, method, path, body string
	}{
		{"officer confirms", "phohue", "POST", base + "/confirm", `{}`},
		{"officer returns", "phohue", "POST", base + "/return", `{"reason":"x"}`},
		{"viewer confirms", "viewer", "POST", base + "/confirm", ``},
		{"leader confirms", "leader", "POST", base + "/confirm", ``},
		{"viewer reports", "viewer", "POST", base + "/updates", `{"narrative":"x"}`},
		{"officer withdraws", "phohue", "POST", base + "/withdraw", `{"reason":"x"}`},
		{"officer edits", "phohue", "PATCH", base, `{"version":2,"title":"y"}`},
		{"officer assigns", "phohue", "POST", "/api/v1/tasks", fmt.Sprintf(`{"title":"x","lead_org_id":%d,"due":"2020-02-01"}`, e.org["HBT-PHOHUE"])},
		{"viewer registers document", "viewer", "POST", "/api/v1/documents", `{"number_symbol":"1/KH-UBND","date":"2020-01-02","summary":"x"}`},
		{"office creates org", "office", "POST", "/api/v1/orgs", `{"code":"X","name":"X","kind":"other","level":"commune","parent":"HBT"}`},
		{"officer reads org audit", "phohue", "GET", "/api/v1/orgs/HBT-PHOHUE/audit", ``},
		{"office grants admin", "office", "POST", "/api/v1/accounts", fmt.Sprintf(`{"login":"x1","password":"12345678","grants":[{"role":"admin","org_id":%d}]}`, e.org["HBT"])},
		{"a token mints a token", "phohue", "POST", "/api/v1/tokens", `{"password":"matkhau-123"}`},
	}
	for _, tt := range tests {
		var body any
		if tt.body != "" {
			body = tt.body
		}
		r := e.do(tt.method, tt.path, tt.login, body)
		check(t, tt.name, r, http.StatusForbidden, `"code":"forbidden"`)
	}
	check(t, "still reported done", e.do("GET", base, "office", nil), 200, `"status":"reported_done"`)
}

func TestConflict(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra an toàn PCCC chung cư cũ", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	base := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
	check(t, "edit", e.do("PATCH", base, "office", `{"version":1,"place":"Chung cư Trần Khát Chân"}`), 200, `"version":2`)
	check(t, "stale edit", e.do("PATCH", base, "office", `{"version":1,"place":"Khác"}`), http.StatusConflict, `"code":"conflict"`)
	check(t, "stale report", e.do("POST", base+"/updates", "phohue", `{"version":1,"narrative":"x"}`), http.StatusConflict)
	check(t, "resume while not postponed", e.do("POST", base+"/resume", "office", `{"version":2}`), http.StatusConflict, "tiếp tục")
	check(t, "confirm before report", e.do("POST", base+"/confirm", "office", `{"version":2}`), http.StatusConflict)
	check(t, "confirm without version", e.do("POST", base+"/confirm", "office", ``), http.StatusUnprocessableEntity, `"version"`)
	check(t, "report done", e.do("POST", base+"/updates", "phohue", `{"version":2,"done":true,"narrative":"Xong"}`), 201)
	check(t, "stale confirm", e.do("POST", base+"/confirm", "office", `{"version":2}`), http.StatusConflict, `"code":"conflict"`)
	check(t, "confirm", e.do("POST", base+"/confirm", "office", `{"version":3}`), 200, `"status":"completed"`)
	check(t, "confirm twice", e.do("POST", base+"/confirm", "office", `{"version":4}`), http.StatusConflict, "xác nhận hoàn thành")
	check(t, "report on completed", e.do("POST", base+"/updates", "phohue", `{"version":4,"narrative":"Thêm"}`), http.StatusConflict)
	check(t, "duplicate org code", e.do("POST", "/api/v1/orgs", "admin",
		`{"code":"HBT-PHOHUE","name":"Trùng","kind":"other","level":"commune","parent":"HBT"}`), http.StatusConflict)
	check(t, "duplicate login", e.do("POST", "/api/v1/accounts", "admin",
		`{"login":"phohue","password":"matkhau-789","grants":[{"role":"viewer","org_id":1}]}`), http.StatusConflict)
	check(t, "stale org patch", e.do("PATCH", "/api/v1/orgs/HBT-PHOHUE", "admin", `{"version":7,"abbrev":"PH"}`), http.StatusConflict)
}

func TestTooLarge(t *testing.T) {
	e := newEnv(t)
	task := e.task("Nộp báo cáo kèm hồ sơ", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	updates := fmt.Sprintf("/api/v1/tasks/%d/updates", task.ID)

	huge := `{"narrative":"` + strings.Repeat("a", httpx.DefaultMaxBodyBytes) + `"}`
	check(t, "huge JSON", e.do("POST", updates, "phohue", huge), http.StatusRequestEntityTooLarge, `"code":"too_large"`)
	check(t, "huge JSON document", e.do("POST", "/api/v1/documents", "office", huge), http.StatusRequestEntityTooLarge)

	big := bytes.Repeat([]byte("x"), testMaxAttachment+1)
	r := e.upload(updates, "phohue", map[string]string{"version": "1", "narrative": "Hồ sơ"}, filePart{"ho-so.bin", "application/octet-stream", big})
	check(t, "attachment over the per-file limit", r, http.StatusRequestEntityTooLarge, `"attachments"`, "ho-so.bin")

	exact := bytes.Repeat([]byte("x"), testMaxAttachment)
	r = e.upload(updates, "phohue", map[string]string{"version": "1", "narrative": "Hồ sơ"}, filePart{"vua-du.bin", "", exact})
	check(t, "attachment at the limit", r, http.StatusCreated, fmt.Sprintf(`"size":%d`, testMaxAttachment))

	// Several files each within the limit but together over the upload
	// limit (4 × per file + 1 MiB).
	var files []filePart
	for i := range 4*testMaxAttachment/len(exact) + httpx.DefaultMaxBodyBytes/len(exact) + 2 {
		files = append(files, filePart{fmt.Sprintf("f%d.bin", i), "", exact})
	}
	r = e.upload(updates, "phohue", map[string]string{"version": "2", "narrative": "Nhiều tệp"}, files...)
	check(t, "upload over the total limit", r, http.StatusRequestEntityTooLarge)

	// Within the upload limit, but over the rules: 21 files, or five at the
	// per-file limit (over 4 × per file together); a program named .pdf.
	refused := []struct {
		name   string
		files  []filePart
		status int
		want   string
	}{
		{"21 files", nil, http.StatusRequestEntityTooLarge, "Tối đa 20 tệp mỗi báo cáo"},
		{"five files at the limit", nil, http.StatusRequestEntityTooLarge, "Tổng dung lượng tối đa"},
		{"program named .pdf", []filePart{{"bao-cao.pdf", "application/pdf", []byte("MZ\x90\x00\x03")}},
			http.StatusUnprocessableEntity, "chương trình chạy được"},
		{"text named .pdf", []filePart{{"bao-cao.pdf", "", []byte("không phải PDF")}},
			http.StatusUnprocessableEntity, "không phải tệp PDF"},
	}
	for i := range 21 {
		refused[0].files = append(refused[0].files, filePart{fmt.Sprintf("f%d.txt", i), "", []byte("ghi chú")})
	}
	for i := range 5 {
		refused[1].files = append(refused[1].files, filePart{fmt.Sprintf("f%d.bin", i), "", exact})
	}
	for _, c := range refused {
		r = e.upload(updates, "phohue", map[string]string{"narrative": "Hồ sơ"}, c.files...)
		check(t, c.name, r, c.status, `"attachments"`, c.want)
	}

	check(t, "nothing stored from refused uploads", e.do("GET", updates, "office", nil), 200, "vua-du.bin")
	if n := strings.Count(string(e.do("GET", updates, "office", nil).body), `"task_id"`); n != 1 {
		t.Errorf("%d updates stored, want 1", n)
	}
}

func TestInvalidInput(t *testing.T) {
	e := newEnv(t)
	task := e.task("Tuyên truyền", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	base := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
	ph := strconv.FormatInt(e.org["HBT-PHOHUE"], 10)
	docs := "/api/v1/documents"
	tests := []struct {
		name, method, path string
		login              string // "" = office
		body               string
		status             int
		field              string // wanted in fields (422) or message (400)
	}{
		{"malformed document number", "POST", docs, "", `{"number_symbol":"abc/xyz","date":"2019-12-20","summary":"x"}`, 422, "number_symbol"},
		{"day that does not exist", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":"2020-02-31","summary":"x"}`, 422, "date"},
		{"Vietnamese date form", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":"31/02/2020","summary":"x"}`, 422, "date"},
		{"date of the wrong type", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":20200101,"summary":"x"}`, 422, "date"},
		{"future document date", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":"2020-03-01","summary":"x"}`, 422, "date"},
		{"missing summary", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":"2019-12-20"}`, 422, "summary"},
		{"unknown field", "POST", docs, "", `{"number_symbol":"245/KH-UBND","date":"2019-12-20","summary":"x","sumary":"y"}`, 400, `\"sumary\"`},
		{"invalid UTF-8", "POST", docs, "", "{\"number_symbol\":\"245/KH-UBND\",\"date\":\"2019-12-20\",\"summary\":\"K\xe1\xba\"}", 400, "UTF-8"},
		{"trailing data", "POST", docs, "", `{"summary":"x"} {"summary":"y"}`, 400, "thừa"},
		{"truncated JSON", "POST", docs, "", `{"summary":"x"`, 400, "cắt cụt"},
		{"syntax error", "POST", docs, "", `{"summary":x}`, 400, "JSON không hợp lệ"},
		{"array instead of object", "POST", docs, "", `[]`, 400, "đối tượng"},
		{"id of the wrong type", "POST", "/api/v1/tasks", "", `{"title":"x","lead_org_id":"` + ph + `"}`, 422, "lead_org_id"},
		{"due before assignment", "POST", "/api/v1/tasks", "", `{"title":"x","lead_org_id":` + ph + `,"due":"2020-01-01","assigned_on":"2020-01-05"}`, 422, "due"},
		{"empty title", "POST", "/api/v1/tasks", "", `{"title":" ","lead_org_id":` + ph + `,"due":"2020-02-01"}`, 422, "title"},
		{"both lead forms", "POST", "/api/v1/tasks", "", `{"title":"x","lead_org_id":` + ph + `,"lead_org_ids":[` + ph + `]}`, 422, "lead_org_ids"},
		{"patch without version", "PATCH", base, "", `{"title":"y"}`, 422, "version"},
		{"percent out of range", "POST", base + "/updates", "", `{"narrative":"x","percent":120}`, 422, "percent"},
		{"attachments in JSON", "POST", base + "/updates", "", `{"narrative":"x","attachments":[]}`, 400, `\"attachments\"`},
		{"return without reason", "POST", base + "/return", "", `{}`, 422, "reason"},
		{"extension in the past", "POST", base + "/extensions", "", `{"version":1,"proposed_due":"2020-01-15","reason":"x"}`, 422, "proposed_due"},
		{"dissolve without successor", "POST", "/api/v1/orgs/HBT-TRUONGDINH/dissolve", "", `{"on":"2020-01-10"}`, 422, "successor"},
		{"dissolve into unknown code", "POST", "/api/v1/orgs/HBT-TRUONGDINH/dissolve", "", `{"successor":"NOPE"}`, 422, "successor"},
		{"short password", "POST", "/api/v1/accounts", "admin", `{"login":"abc","password":"1","grants":[{"role":"viewer","org_id":1}]}`, 422, "password"},
		{"unknown role", "POST", "/api/v1/accounts", "admin", `{"login":"abcd","password":"12345678","grants":[{"role":"boss","org_id":1}]}`, 422, "role"},

		{"page zero", "GET", "/api/v1/tasks?page=0", "", "", 400, `\"page\"`},
		{"page not a number", "GET", "/api/v1/tasks?page=two", "", "", 400, `\"page\"`},
		{"per_page over 500", "GET", "/api/v1/tasks?per_page=501", "", "", 400, `\"per_page\"`},
		{"bad as_of", "GET", "/api/v1/tasks?as_of=31/02/2020", "", "", 400, `\"as_of\"`},
		{"impossible due_from", "GET", "/api/v1/tasks?due_from=2020-02-30", "", "", 400, `\"due_from\"`},
		{"reversed due range", "GET", "/api/v1/tasks?due_from=2020-02-01&due_to=2020-01-01", "", "", 400, `\"due_to\"`},
		{"unknown status", "GET", "/api/v1/tasks?status=assigned,done", "", "", 400, `\"status\"`},
		{"unknown timeliness", "GET", "/api/v1/tasks?timeliness=late", "", "", 400, `\"timeliness\"`},
		{"unknown role", "GET", "/api/v1/tasks?org=HBT&role=boss", "", "", 400, `\"role\"`},
		{"role without org", "GET", "/api/v1/tasks?role=lead", "", "", 400, `\"role\"`},
		{"unknown org code", "GET", "/api/v1/tasks?org=NOPE", "", "", 400, `\"org\"`},
		{"bad sort", "GET", "/api/v1/tasks?sort=title", "", "", 400, `\"sort\"`},
		{"bad document id", "GET", "/api/v1/tasks?document=-1", "", "", 400, `\"document\"`},
		{"repeated single param", "GET", "/api/v1/tasks?q=a&q=b", "", "", 400, `\"q\"`},
		{"unknown param", "GET", "/api/v1/tasks?stauts=assigned", "", "", 400, `\"stauts\"`},
		{"bad escape", "GET", "/api/v1/tasks?q=%zz", "", "", 400, "truy vấn"},
		{"invalid UTF-8 param", "GET", "/api/v1/tasks?q=%e1%ba", "", "", 400, `\"q\"`},
		{"bad audit page", "GET", base + "/audit?per_page=0", "", "", 400, `\"per_page\"`},
		{"bad as_of on one task", "GET", base + "?as_of=hôm-nay", "", "", 400, `\"as_of\"`},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, e.http.URL+tt.path, strings.NewReader(tt.body))
		if tt.body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		login := tt.login
		if login == "" {
			login = "office"
		}
		r := e.send(req, login)
		check(t, tt.name, r, tt.status)
		got := errorOf(t, tt.name, r)
		if got.Code != "invalid" {
			t.Errorf("%s: code %q, want invalid", tt.name, got.Code)
		}
		if tt.status == 422 {
			if _, ok := got.Fields[tt.field]; !ok {
				t.Errorf("%s: fields %v lack %q", tt.name, got.Fields, tt.field)
			}
		} else if want := strings.ReplaceAll(tt.field, `\"`, `"`); !strings.Contains(got.Message, want) {
			t.Errorf("%s: message %q does not name %s", tt.name, got.Message, want)
		}
	}
}

// TestContentType: the JSON API reads JSON only, so a plain HTML form on
// another site cannot post to it.
func TestContentType(t *testing.T) {
	e := newEnv(t)
	for _, ct := range []string{"application/x-www-form-urlencoded", "text/plain", "multipart/form-data; boundary=x"} {
		req, _ := http.NewRequest("POST", e.http.URL+"/api/v1/documents", strings.NewReader(`{"summary":"x"}`))
		req.Header.Set("Content-Type", ct)
		check(t, ct, e.send(req, "office"), 400, "application/json")
	}
	req, _ := http.NewRequest("POST", e.http.URL+"/api/v1/documents", strings.NewReader(
		`{"number_symbol":"245/KH-UBND","date":"2019-12-20","summary":"Kế hoạch"}`))
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	check(t, "JSON with charset", e.send(req, "office"), 201)
}

// TestInvalidMultipart checks the form path of progress reports.
func TestInvalidMultipart(t *testing.T) {
	e := newEnv(t)
	task := e.task("Báo cáo", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	path := fmt.Sprintf("/api/v1/tasks/%d/updates", task.ID)
	tests := []struct {
		name   string
		fields map[string]string
		files  []filePart
		status int
		want   string
	}{
		{"bad date", map[string]string{"narrative": "x", "as_of": "31/02/2020"}, nil, 422, `"as_of"`},
		{"bad percent", map[string]string{"narrative": "x", "percent": "nửa"}, nil, 422, `"percent"`},
		{"bad done", map[string]string{"narrative": "x", "done": "maybe"}, nil, 422, `"done"`},
		{"unknown field", map[string]string{"narrative": "x", "attachment_url": "http://x"}, nil, 400, "attachment_url"},
		{"invalid UTF-8 value", map[string]string{"narrative": "K\xe1\xba"}, nil, 400, "UTF-8"},
		{"file without a name", map[string]string{"narrative": "x"}, []filePart{{"", "text/plain", []byte("x")}}, 422, `"attachments"`},
		{"future as_of", map[string]string{"narrative": "x", "as_of": "2020-02-01"}, nil, 422, `"as_of"`},
	}
	for _, tt := range tests {
		check(t, tt.name, e.upload(path, "phohue", tt.fields, tt.files...), tt.status, tt.want)
	}
	req, _ := http.NewRequest("POST", e.http.URL+path, strings.NewReader("--x\r\nnot multipart"))
	req.Header.Set("Content-Type", "multipart/form-data; boundary=zzz")
	check(t, "broken multipart", e.send(req, "phohue"), 400, `"code":"invalid"`)
	check(t, "nothing stored", e.do("GET", path, "phohue", nil), 200, `{"items":[]}`)
}

func TestNotFoundAndMethods(t *testing.T) {
	e := newEnv(t)
	tests := []struct {
		name, method, path string
		status             int
		want               string
	}{
		{"unknown API path", "GET", "/api/v1/nothing", 404, `"code":"not_found"`},
		{"unknown task", "GET", "/api/v1/tasks/999", 404, `"code":"not_found"`},
		{"non-numeric task id", "GET", "/api/v1/tasks/abc", 404, `"code":"not_found"`},
		{"zero id", "GET", "/api/v1/documents/0", 404, `"code":"not_found"`},
		{"unknown org code", "GET", "/api/v1/orgs/NOPE", 404, `"code":"not_found"`},
		{"unknown attachment", "GET", "/api/v1/attachments/42", 404, `"code":"not_found"`},
		{"wrong method", "DELETE", "/api/v1/tasks/1", 405, `"code":"method_not_allowed"`},
		// The mux's redirect to the cleaned path still works under /api/.
		{"uncleaned path", "GET", "/api/v1//me", 200, `"login":"office"`},
	}
	for _, tt := range tests {
		r := e.do(tt.method, tt.path, "office", nil)
		check(t, tt.name, r, tt.status, tt.want)
		if ct := r.header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Errorf("%s: Content-Type %q", tt.name, ct)
		}
		if tt.status == 405 && !strings.Contains(r.header.Get("Allow"), "PATCH") {
			t.Errorf("%s: Allow %q", tt.name, r.header.Get("Allow"))
		}
	}
}
