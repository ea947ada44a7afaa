package web

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/vn"
)

// engines runs fn on a SQLite env and, when TIENDO_TEST_POSTGRES names a
// server, on a PostgreSQL one.
func engines(t *testing.T, fn func(t *testing.T, e *env, engine string)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, newEnv(t), "sqlite") })
	t.Run("postgres", func(t *testing.T) {
		dsn := pgtest.FreshDSN(t)
		clock := &tiendo.FixedClock{T: testNow}
		st, err := postgres.Open(context.Background(), dsn, clock)
		if err != nil {
			t.Fatal(err)
		}
		fn(t, newEnvOn(t, st, clock), "postgres")
	})
}

// TestCorruptMeetingRowIsSkipped writes meetings no parser would accept
// straight into the database (as an old bug or a hand edit could) and
// checks that every list, page and feed reading them still answers, the
// bad rows left out and reported in the log.
func TestCorruptMeetingRowIsSkipped(t *testing.T) {
	engines(t, func(t *testing.T, e *env, engine string) {
		office := e.as("office")
		series, err := e.svc.CreateSeries(office, tiendo.MeetingSeries{OrgID: e.org["HBT"], Name: "Giao ban tuần",
			Frequency: tiendo.Weekly, AttendeeOrgIDs: []int64{e.org["HBT-PHOHUE"]}})
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, d := range []int{3, 6, 8} {
			m, err := e.svc.CreateMeeting(office, service.MeetingInput{SeriesID: series.ID, Date: vn.NewDate(2020, 1, d), Place: fmt.Sprintf("Phòng %d", d)})
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, m.ID)
		}
		db := e.store.DB()
		corrupt := []string{
			`UPDATE meetings SET meeting_date = '10000-01-01', notice_due = '10000-01-08' WHERE id = $1`,
			`UPDATE meetings SET meeting_date = 'garbage' WHERE id = $1`,
		}
		if engine == "postgres" { // DATE columns refuse text; JSON in text columns does not
			corrupt = []string{
				`UPDATE meetings SET agenda_json = 'not json' WHERE id = $1`,
				`UPDATE meetings SET attendee_ids = '[1,' WHERE id = $1`,
			}
		}
		for i, q := range corrupt {
			if _, err := db.Exec(q, ids[i]); err != nil {
				t.Fatalf("corrupt row: %v", err)
			}
		}
		good := ids[2]
		for _, c := range []struct{ name, path string }{
			{"list", "/api/v1/meetings"},
			{"calendar feed", "/api/v1/calendar.ics"},
			{"pack", fmt.Sprintf("/api/v1/meetings/%d/pack", good)},
		} {
			r := e.do("GET", c.path, "office", nil)
			if r.status != http.StatusOK || !strings.Contains(string(r.body), "Phòng 8") && c.name != "pack" {
				t.Errorf("%s: %d %s", c.name, r.status, shorten(string(r.body)))
			}
		}
		b := e.browse("office")
		b.get("/giao-ban").want(t, "meetings page", http.StatusOK, "08/01/2020")
		b.get(fmt.Sprintf("/giao-ban/%d", good)).want(t, "meeting page", http.StatusOK)
		if !strings.Contains(e.logs.String(), "skipped a row") {
			t.Error("the skipped rows were not reported in the log")
		}
	})
}

// TestPageBeyondTheLast asks every paged list for a page far past its end:
// an empty page, never an error.
func TestPageBeyondTheLast(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra vỉa hè", "HBT-PHOHUE", vn.NewDate(2020, 2, 1))
	for _, path := range []string{
		"/api/v1/tasks", "/api/v1/documents", "/api/v1/people", "/api/v1/notifications",
		fmt.Sprintf("/api/v1/tasks/%d/audit", task.ID), fmt.Sprintf("/api/v1/orgs/%d/audit", e.org["HBT-PHOHUE"]),
	} {
		for _, page := range []string{"1000", "9223372036854775807"} {
			r := e.do("GET", path+"?per_page=500&page="+page, "admin", nil)
			if r.status != http.StatusOK || !strings.Contains(string(r.body), `"items":[]`) {
				t.Errorf("GET %s page %s: %d %s", path, page, r.status, shorten(string(r.body)))
			}
		}
	}
}

// TestDatesOutOfRange sends 9999-12-31 and 0001-01-01 to every date the API
// reads, in bodies and in query strings: each is refused with a message
// naming the field, before anything is stored.
func TestDatesOutOfRange(t *testing.T) {
	e := newEnv(t)
	task := e.task("Kiểm tra vỉa hè", "HBT-PHOHUE", vn.NewDate(2020, 2, 1))
	series, err := e.svc.CreateSeries(e.as("office"), tiendo.MeetingSeries{OrgID: e.org["HBT"], Name: "Giao ban tuần", Frequency: tiendo.Weekly})
	if err != nil {
		t.Fatal(err)
	}
	tp := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
	org := fmt.Sprintf("/api/v1/orgs/%d", e.org["HBT-PHOHUE"])
	bodies := []struct{ method, path, field, body string }{
		{"POST", "/api/v1/tasks", "due", `{"title":"x","lead_org_id":1,"due":"%s"}`},
		{"POST", "/api/v1/tasks", "assigned_on", `{"title":"x","lead_org_id":1,"assigned_on":"%s"}`},
		{"POST", tp + "/updates", "as_of", `{"version":1,"narrative":"x","as_of":"%s"}`},
		{"POST", tp + "/extensions", "proposed_due", `{"version":1,"reason":"x","proposed_due":"%s"}`},
		{"POST", tp + "/extensions/decide", "due", `{"version":1,"approve":true,"due":"%s"}`},
		{"POST", tp + "/delegate", "due", `{"version":1,"org_id":1,"due":"%s"}`},
		{"POST", "/api/v1/meetings", "date", `{"series_id":1,"date":"%s"}`},
		{"PATCH", "/api/v1/meetings/1", "notice_on", `{"version":1,"notice_on":"%s"}`},
		{"POST", "/api/v1/documents", "date", `{"number_symbol":"1/KH-UBND","summary":"x","date":"%s"}`},
		{"POST", "/api/v1/orgs", "valid_from", `{"code":"X","name":"x","valid_from":"%s"}`},
		{"PATCH", org, "valid_from", `{"version":1,"valid_from":"%s"}`},
		{"POST", org + "/dissolve", "on", `{"version":1,"successor":"HBT-TRUONGDINH","on":"%s"}`},
		{"POST", "/api/v1/people", "positions", `{"full_name":"x","positions":[{"org_id":1,"title":"x","valid_from":"%s"}]}`},
		{"POST", "/api/v1/calendar/days", "date", `{"working":true,"date":"%s"}`},
		{"POST", "/api/v1/intake", "date", `{"text":"x","date":"%s"}`},
	}
	for _, d := range []string{"9999-12-31", "0001-01-01", "2201-01-01", "1899-12-31"} {
		for _, c := range bodies {
			r := e.do(c.method, c.path, "admin", fmt.Sprintf(c.body, d))
			if r.status != http.StatusUnprocessableEntity || !strings.Contains(string(r.body), `"`+c.field+`"`) ||
				!strings.Contains(string(r.body), "1900") {
				t.Errorf("%s %s %s=%s: %d %s", c.method, c.path, c.field, d, r.status, shorten(string(r.body)))
			}
		}
		for _, q := range []string{"/api/v1/tasks?as_of=", "/api/v1/tasks?due_from=", "/api/v1/tasks?due_to=",
			"/api/v1/meetings?from=", "/api/v1/meetings?to=", "/api/v1/stats?period=2020&as_of="} {
			r := e.do("GET", q+d, "admin", nil)
			if r.status != http.StatusBadRequest || !strings.Contains(string(r.body), "1900") {
				t.Errorf("GET %s%s: %d %s", q, d, r.status, shorten(string(r.body)))
			}
		}
	}
	// A meeting on the last accepted day would have its notice due in 2201.
	r := e.do("POST", "/api/v1/meetings", "office", fmt.Sprintf(`{"series_id":%d,"date":"2200-12-31"}`, series.ID))
	if r.status != http.StatusUnprocessableEntity || !strings.Contains(string(r.body), `"date"`) {
		t.Errorf("meeting on 2200-12-31: %d %s", r.status, shorten(string(r.body)))
	}
	r = e.do("POST", "/api/v1/meetings", "office", fmt.Sprintf(`{"series_id":%d,"date":"2200-12-01"}`, series.ID))
	if r.status != http.StatusCreated {
		t.Errorf("meeting on 2200-12-01: %d %s", r.status, shorten(string(r.body)))
	}
	// A form date is bounded the same way.
	b := e.browse("office")
	b.post("/giao-ban", url.Values{"series_id": {fmt.Sprint(series.ID)}, "date": {"31/12/9999"}}).
		want(t, "meeting form", http.StatusUnprocessableEntity, "1900")
}

// TestHostileText sends what used to make PostgreSQL answer 500 — a NUL
// byte, a very long name, a version of 2^63−1 — and text over the limits:
// each is a 4xx naming the field, on both engines.
func TestHostileText(t *testing.T) {
	engines(t, func(t *testing.T, e *env, engine string) {
		task := e.task("Kiểm tra vỉa hè", "HBT-PHOHUE", vn.NewDate(2020, 2, 1))
		tp := fmt.Sprintf("/api/v1/tasks/%d", task.ID)
		org := `"kind":"other","level":"commune","parent":"HBT"`
		long := strings.Repeat("ằ", 501)
		tests := []struct {
			name, method, path, body, field string
		}{
			{"NUL in a name", "POST", "/api/v1/orgs", `{"code":"X1","name":"UBND\u0000",` + org + `}`, "name"},
			{"long org name", "POST", "/api/v1/orgs", `{"code":"X2","name":"` + long + `",` + org + `}`, "name"},
			{"long person name", "POST", "/api/v1/people", `{"full_name":"` + long + `"}`, "full_name"},
			{"NUL in a person name", "POST", "/api/v1/people", `{"full_name":"A\u0000"}`, "full_name"},
			{"long task title", "POST", "/api/v1/tasks", `{"title":"` + strings.Repeat("a", 2001) + `","lead_org_id":1,"due":"2020-02-01"}`, "title"},
			{"NUL in a note", "POST", tp + "/postpone", `{"version":1,"reason":"a\u0000"}`, "reason"},
			{"long reason", "POST", tp + "/postpone", `{"version":1,"reason":"` + strings.Repeat("a", 20001) + `"}`, "reason"},
			{"huge version", "PATCH", tp, `{"version":9223372036854775807,"place":"x"}`, "version"},
			{"huge version on an action", "POST", tp + "/postpone", `{"version":9223372036854775807,"reason":"x"}`, "version"},
			{"huge meeting version", "PATCH", "/api/v1/meetings/1", `{"version":9223372036854775807}`, "version"},
		}
		for _, tt := range tests {
			r := e.do(tt.method, tt.path, "admin", tt.body)
			if r.status != http.StatusUnprocessableEntity || !strings.Contains(string(r.body), `"`+tt.field+`"`) {
				t.Errorf("%s: %d %s", tt.name, r.status, shorten(string(r.body)))
			}
		}
		r := e.do("GET", "/api/v1/tasks?q=a%00b", "admin", nil)
		if r.status != http.StatusBadRequest {
			t.Errorf("NUL in a search: %d %s", r.status, shorten(string(r.body)))
		}
		// Lifecycle actions require the version read, and refuse a stale one.
		for _, c := range []struct {
			body   string
			status int
		}{{`{"reason":"x"}`, 422}, {`{"version":0,"reason":"x"}`, 422}, {`{"version":7,"reason":"x"}`, 409}, {`{"version":1,"reason":"x"}`, 200}} {
			if r := e.do("POST", tp+"/postpone", "office", c.body); r.status != c.status {
				t.Errorf("postpone %s: %d %s", c.body, r.status, shorten(string(r.body)))
			}
		}
	})
}
