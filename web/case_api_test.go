package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"testing"

	"tiendo"
	"tiendo/web/i18n"
)

var casePNG = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRanh-hien-truong")

// caseAPISteps are the success scenarios of the casework routes
// (TestRoutesOK): a kind added, a case recorded, assigned, handled, closed
// with a photo and repeated, the statistics and their drill-down, and a
// weekly list turned into cases.
func caseAPISteps() []step {
	return []step{
		{route: "GET /api/v1/case-kinds", path: "/api/v1/case-kinds", login: "phohue", status: 200,
			want: []string{`"code":"VH"`, `"group":"pavement"`, `"deadline_days":3`}},
		{route: "POST /api/v1/case-kinds", path: "/api/v1/case-kinds", login: "admin", status: 201,
			body: `{"code":"QC","name":"Quảng cáo rao vặt","group":"urban_order","deadline_days":2}`,
			want: []string{`"active":true`, `"version":1`}, save: map[string]string{"ckind": "id"}},
		{route: "PUT /api/v1/case-kinds/{id}", path: "/api/v1/case-kinds/{ckind}", login: "admin", status: 200,
			body: `{"version":1,"code":"QC","name":"Quảng cáo, rao vặt trái phép","group":"urban_order","deadline_days":2,"active":true}`,
			want: []string{`"version":2`, `"name":"Quảng cáo, rao vặt trái phép"`}},
		{route: "POST /api/v1/cases", path: "/api/v1/cases", login: "office", status: 201,
			body: `{"ward_id":{HBT-PHOHUE},"address":"Số 12 Phố Huế","kind_id":{ckind},"description":"Dán quảng cáo lên cột điện","reporter":"citizen","reporter_phone":"0912345678","found_on":"2020-01-08"}`,
			want: []string{`"status":"open"`, `"repeat_of":null`}, save: map[string]string{"case": "id"}},
		{route: "GET /api/v1/cases", path: "/api/v1/cases?q=quang+cao&status=open&kind={ckind}&week=2020-W02", login: "phohue", status: 200,
			want: []string{`"total":1`, `"id":{case}`}},
		{route: "GET /api/v1/cases/{id}", path: "/api/v1/cases/{case}", login: "viewer", status: 200,
			want: []string{`"ward":"UBND phường Phố Huế"`, `"can_edit":false`, `"timeliness":"in_progress"`, `"code":"QC"`}},
		{route: "POST /api/v1/cases/{id}/assign", path: "/api/v1/cases/{case}/assign", login: "office", status: 200,
			body: `{"version":1,"org_id":{HBT-PHOHUE}}`,
			want: []string{`"status":"assigned"`, `"assigned_on":"2020-01-10"`, `"due":"2020-01-14"`, `"deadline_days":2`}},
		{route: "POST /api/v1/cases/{id}/steps", path: "/api/v1/cases/{case}/steps", login: "phohue", status: 201,
			body: `{"kind":"reminded","note":"Đã nhắc chủ hộ"}`, want: []string{`"by":"phohue"`, `"on":"2020-01-10"`}},
		{route: "POST /api/v1/cases/{id}/close", path: "/api/v1/cases/{case}/close", login: "phohue", status: 200,
			body: form{fields: map[string]string{"version": "3", "result": "Đã bóc quảng cáo"},
				files: []filePart{{"sau-khi-boc.png", "image/png", casePNG}}},
			want: []string{`"status":"closed"`, `"closed_on":"2020-01-10"`, `"name":"sau-khi-boc.png"`}, save: map[string]string{"cfile": "files.0.id"}},
		{route: "GET /api/v1/case-files/{id}", path: "/api/v1/case-files/{cfile}", login: "viewer", status: 200,
			want: []string{"IHDRanh-hien-truong"}},
		{route: "POST /api/v1/cases/{id}/repeat", path: "/api/v1/cases/{case}/repeat", login: "office", status: 201,
			body: `{"description":"Lại dán quảng cáo","reporter":"inspection"}`, want: []string{`"repeat_of":{case}`, `"status":"open"`}},
		{route: "GET /api/v1/cases/stats", path: "/api/v1/cases/stats?group=kind&period=2020-01", login: "office", status: 200,
			want: []string{`"label":"Quảng cáo, rao vặt trái phép"`, `"repeat":1`, `"done_on_time":1`}},
		{route: "GET /api/v1/cases/stats/cell", path: "/api/v1/cases/stats/cell?group=kind&period=2020-01&key={ckind}&cell=repeat", login: "office", status: 200,
			want: []string{`"total":1`, `"repeat_of":{case}`}},
		{route: "GET /api/v1/export/cases", path: "/api/v1/export/cases?group=kind&period=2020-01&format=docx", login: "office", status: 200,
			want: []string{"PK"}},
		{route: "POST /api/v1/weekly-lists", path: "/api/v1/weekly-lists", login: "phohue", status: 201,
			body: `{"ward_id":{HBT-PHOHUE},"rows":[{"address":"Số 40 Phố Huế","kind_id":{ckind},"description":"Treo biển quảng cáo","found_on":"2020-01-09"}]}`,
			want: []string{`"week":{"from":"2020-01-06","to":"2020-01-12"}`, `"status":"submitted"`, `"row":1`}, save: map[string]string{"clist": "id"}},
		{route: "GET /api/v1/weekly-lists", path: "/api/v1/weekly-lists?week=2020-W02&status=submitted", login: "phohue", status: 200,
			want: []string{`"total":1`}},
		{route: "GET /api/v1/weekly-lists/{id}", path: "/api/v1/weekly-lists/{clist}", login: "office", status: 200,
			want: []string{`"description":"Treo biển quảng cáo"`, `"outcome":""`}},
		{route: "POST /api/v1/weekly-lists/{id}/process", path: "/api/v1/weekly-lists/{clist}/process", login: "office", status: 200,
			body: `{"version":1}`, want: []string{`"status":"processed"`, `"outcome":"created"`, `"duplicates":0`, `"reporter":"group_leader"`}},
	}
}

// The casework over the API: scope, validation, duplicates, uploads and
// the statistics whose every cell equals the total of its drill-down list.
func TestCasesAPI(t *testing.T) {
	e := newEnv(t)
	ph, td := e.org["HBT-PHOHUE"], e.org["HBT-TRUONGDINH"]
	r := e.do("GET", "/api/v1/case-kinds", "viewer", nil)
	check(t, "kinds", r, http.StatusOK)
	kinds := ids(t, r)
	post := func(login string, ward int64, addr string, kind int64, found string) response {
		return e.do("POST", "/api/v1/cases", login, fmt.Sprintf(`{"ward_id":%d,"address":%q,"kind_id":%d,"description":"Vi phạm","found_on":%q}`,
			ward, addr, kind, found))
	}
	check(t, "officer records", post("phohue", ph, "Số 1", kinds[0], "2020-01-06"), http.StatusForbidden)
	check(t, "invalid", e.do("POST", "/api/v1/cases", "office", `{"ward_id":`+fmt.Sprint(ph)+`,"found_on":"2020-01-11"}`),
		http.StatusUnprocessableEntity, `"description"`, `"kind_id"`, `"address"`, `"found_on"`)
	check(t, "unknown field", e.do("POST", "/api/v1/cases", "office", `{"ward":1}`), http.StatusBadRequest)
	var cases []string
	for i, c := range []struct {
		ward  int64
		addr  string
		kind  int
		found string
	}{
		{ph, "Số 1", 0, "2020-01-02"}, {ph, "Số 2", 1, "2020-01-06"}, {ph, "Số 3", 1, "2020-01-07"},
		{td, "Số 4", 2, "2020-01-08"}, {td, "Số 5", 0, "2020-01-09"},
	} {
		r := post("office", c.ward, c.addr, kinds[c.kind], c.found)
		check(t, fmt.Sprint("create ", i), r, http.StatusCreated)
		cases = append(cases, jsonPath(t, r.json(t), "id"))
	}
	check(t, "duplicate", post("office", ph, " số  1 ", kinds[0], "2020-01-09"), http.StatusConflict, `"duplicate_of":"`+cases[0]+`"`)
	check(t, "assign", e.do("POST", "/api/v1/cases/"+cases[0]+"/assign", "office", fmt.Sprintf(`{"version":1,"org_id":%d,"assigned_on":"2020-01-03","due":"2020-01-08"}`, ph)),
		http.StatusOK, `"due":"2020-01-08"`, `"deadline_days":0`)
	check(t, "overdue", e.do("GET", "/api/v1/cases?timeliness=overdue", "phohue", nil), http.StatusOK, `"total":1`, `"id":`+cases[0])
	check(t, "ward scope", e.do("GET", "/api/v1/cases", "truongdinh", nil), http.StatusOK, `"total":2`)
	check(t, "out of scope", e.do("GET", "/api/v1/cases/"+cases[0], "truongdinh", nil), http.StatusNotFound)
	check(t, "step out of scope", e.do("POST", "/api/v1/cases/"+cases[0]+"/steps", "truongdinh", `{"kind":"reminded"}`), http.StatusNotFound)
	check(t, "fine without amount", e.do("POST", "/api/v1/cases/"+cases[0]+"/steps", "phohue", `{"kind":"fined"}`),
		http.StatusUnprocessableEntity, `"amount"`)
	big := bytes.Repeat([]byte("a"), testMaxAttachment+1)
	r = e.upload("/api/v1/cases/"+cases[0]+"/steps", "phohue", map[string]string{"kind": "minutes"}, filePart{"bien-ban.txt", "", big})
	check(t, "file too large", r, http.StatusRequestEntityTooLarge)
	r = e.upload("/api/v1/cases/"+cases[0]+"/steps", "phohue", map[string]string{"kind": "fined", "amount": "2500000", "doc_no": "05/QĐ-XPHC"},
		filePart{"bien-ban.png", "image/png", casePNG})
	check(t, "fined with minutes", r, http.StatusCreated, `"amount":2500000`, `"content_type":"image/png"`)
	check(t, "bad form field", e.upload("/api/v1/cases/"+cases[0]+"/steps", "phohue", map[string]string{"kindx": "note"}), http.StatusBadRequest)
	check(t, "close without result", e.do("POST", "/api/v1/cases/"+cases[0]+"/close", "phohue", `{"version":3}`),
		http.StatusUnprocessableEntity, `"result"`)
	check(t, "close with earlier evidence", e.do("POST", "/api/v1/cases/"+cases[0]+"/close", "phohue", `{"version":3,"result":"Đã khắc phục","closed_on":"2020-01-09"}`),
		http.StatusOK, `"status":"closed"`)
	check(t, "repeat as officer", e.do("POST", "/api/v1/cases/"+cases[0]+"/repeat", "phohue", `{}`), http.StatusForbidden)
	for _, bad := range []string{"week=2020-W99", "status=done", "timeliness=continuous", "sort=name", "place=x", "repeat=maybe", "from=2020-01-09&to=2020-01-01"} {
		check(t, bad, e.do("GET", "/api/v1/cases?"+bad, "office", nil), http.StatusBadRequest)
	}
	check(t, "bad group", e.do("GET", "/api/v1/cases/stats?group=street", "office", nil), http.StatusBadRequest)
	check(t, "bad cell", e.do("GET", "/api/v1/cases/stats/cell?group=ward&key=1&cell=all", "office", nil), http.StatusBadRequest)
	check(t, "bad key", e.do("GET", "/api/v1/cases/stats/cell?group=ward&key=x&cell=open", "office", nil), http.StatusUnprocessableEntity)

	// Every cell of every breakdown lists as many cases as it counts.
	for _, login := range []string{"office", "phohue"} {
		for _, group := range []string{"", "ward", "place", "kind", "week", "month"} {
			for _, period := range []string{"", "&week=2020-W02", "&period=2020-01"} {
				var res struct {
					Rows []struct {
						Key string `json:"key"`
						tiendo.CaseCounts
					} `json:"rows"`
					Total tiendo.CaseCounts `json:"total"`
				}
				r := e.do("GET", "/api/v1/cases/stats?group="+group+period, login, nil)
				check(t, "stats", r, http.StatusOK)
				decodeBody(t, r, &res)
				sum := tiendo.CaseCounts{}
				for _, row := range res.Rows {
					sum.Add(row.CaseCounts)
					for _, cell := range tiendo.CaseCells {
						n, _ := row.Cell(cell)
						q := url.Values{"group": {group}, "key": {row.Key}, "cell": {cell}}
						list := e.do("GET", "/api/v1/cases/stats/cell?"+q.Encode()+period, login, nil)
						check(t, "cell", list, http.StatusOK, fmt.Sprintf(`"total":%d`, n))
					}
				}
				if sum != res.Total {
					t.Errorf("%s by %q%s: rows add to %+v, total %+v", login, group, period, sum, res.Total)
				}
			}
		}
	}
	var office struct{ Total tiendo.CaseCounts }
	decodeBody(t, e.do("GET", "/api/v1/cases/stats", "office", nil), &office)
	if office.Total.Total != 5 || office.Total.DoneLate != 1 {
		t.Errorf("office total %+v", office.Total)
	}
}

func decodeBody(t *testing.T, r response, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decode: %v\n%s", err, r.body)
	}
}

// Every notification kind and audit action of cases is named in both languages.
func TestCaseNamesTranslated(t *testing.T) {
	var keys []string
	for _, k := range tiendo.CaseNotifyKinds {
		keys = append(keys, "notif.kind."+k)
	}
	for _, a := range []string{"case.create", "case.assign", "case.step", "case.close", "case_kind.create", "case_kind.update",
		"weekly_list.submit", "weekly_list.process"} {
		keys = append(keys, "audit."+a)
	}
	for _, k := range keys {
		for _, loc := range i18n.Locales {
			if _, ok := i18n.Catalogue[loc][k]; !ok {
				t.Errorf("%s has no %s name", k, loc)
			}
		}
	}
}
