package abuse_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/demo"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
	"tiendo/web"
)

// today is the date the demo data was written for.
var today = time.Date(2026, 11, 23, 9, 0, 0, 0, vn.Location)

// role is a demo account as the test signs it in: a bearer token for the
// API, a session cookie for the pages, and the district it is scoped to
// ("" for accounts over the whole city, which have nothing out of scope).
type role struct {
	login, token, session, district string
}

// roles are the demo accounts and their districts.
var roles = []struct{ login, district string }{
	{"admin", ""}, {"xem", ""}, {"vanphong", "HBT"}, {"lanhdao", "HBT"}, {"phohue", "HBT"},
	{"truongdinh", "HBT"}, {"qldt", "HBT"}, {"longbien", "LB"},
}

// engine is one database with the demo data, a server over it, signed-in
// roles and the records the routes are filled with.
type engine struct {
	name  string
	st    tiendo.Store
	svc   *service.Service
	srv   *web.Server
	h     http.Handler
	sys   context.Context
	logs  *logBuffer
	roles []*role
	ids   map[string]map[string]string // kind → district → id
	c     counts
	// spec is the OpenAPI document the bodies are built from, fields the
	// names every form is sent.
	spec   spec
	fields []string
	// notified are the accounts given a notification, whose lists tell
	// whether someone else's request marked one read.
	notified []int64
	serial   int                   // makes created logins unique
	forms    map[string]url.Values // post forms by action path, from the pages
}

// logBuffer keeps the server's log of the current request, so a 5xx can be
// reported with its cause.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.b.String()
	l.b.Reset()
	return s
}

func openSQLite(t *testing.T, clock tiendo.Clock) *sqlstore.Store {
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "abuse.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func openPostgres(t *testing.T, clock tiendo.Clock) *sqlstore.Store {
	st, err := postgres.Open(context.Background(), pgtest.FreshDSN(t), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// newEngine loads the demo into st, starts a server over it, signs every
// role in and creates the records the demo lacks (a proposal, a webhook, an
// explanation, victim accounts and organisations per district).
func newEngine(t *testing.T, name string, open func(*testing.T, tiendo.Clock) *sqlstore.Store) *engine {
	t.Helper()
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: today}
	st := open(t, clock)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, clock, tiendo.DefaultRules())
	start := time.Now()
	if _, err := demo.Load(ctx, svc, st); err != nil {
		t.Fatalf("demo: %v", err)
	}
	t.Logf("%s: demo loaded in %v", name, time.Since(start).Round(time.Millisecond))
	logs := &logBuffer{}
	srv := web.NewServer(svc, web.Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	e := &engine{name: name, st: st, svc: svc, srv: srv, h: srv.Handler(), logs: logs,
		sys: tiendo.NewContextWithActor(ctx, tiendo.SystemActor()), ids: map[string]map[string]string{}}
	for _, r := range roles {
		e.roles = append(e.roles, e.signIn(t, r.login, demo.Password, r.district))
	}
	e.fixtures(t)
	return e
}

// signIn gets an API token and a web session for login.
func (e *engine) signIn(t *testing.T, login, password, district string) *role {
	t.Helper()
	tok, err := e.svc.CreateToken(e.sys, login, "abuse")
	if err != nil {
		t.Fatalf("token %s: %v", login, err)
	}
	sess, _, err := e.svc.StartSession(context.Background(), login, password)
	if err != nil {
		t.Fatalf("session %s: %v", login, err)
	}
	return &role{login: login, token: tok, session: sess, district: district}
}

func (e *engine) role(login string) *role {
	for _, r := range e.roles {
		if r.login == login {
			return r
		}
	}
	panic("no role " + login)
}

// as is the context of a role's actor, for setting up records.
func (e *engine) as(t *testing.T, login string) context.Context {
	t.Helper()
	a, err := e.svc.ActorForToken(context.Background(), e.role(login).token)
	if err != nil {
		t.Fatal(err)
	}
	return tiendo.NewContextWithActor(context.Background(), a)
}

func (e *engine) put(kind, district string, id int64) {
	if e.ids[kind] == nil {
		e.ids[kind] = map[string]string{}
	}
	if _, ok := e.ids[kind][district]; !ok {
		e.ids[kind][district] = strconv.FormatInt(id, 10)
	}
}

// fixtures picks, for each kind of record a path names, one record in each
// district whose organisations all lie in that district, creating what the
// demo does not have.
func (e *engine) fixtures(t *testing.T) {
	t.Helper()
	ctx := e.sys
	orgs, err := e.st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]*tiendo.Org{}
	code := map[string]int64{}
	for _, o := range orgs {
		byID[o.ID] = o
		code[o.Code] = o.ID
	}
	district := func(id int64) string {
		for o := byID[id]; o != nil; {
			if o.Code == "HBT" || o.Code == "LB" {
				return o.Code
			}
			if o.ParentID == nil {
				break
			}
			o = byID[*o.ParentID]
		}
		return ""
	}
	all := func(ids ...int64) string {
		d := ""
		for i, id := range ids {
			if x := district(id); i == 0 {
				d = x
			} else if x != d {
				return ""
			}
		}
		return d
	}

	// Victim organisations and accounts: writes with in-scope ids may
	// disable, dissolve or re-password them without hurting the roles.
	for _, d := range []string{"HBT", "LB"} {
		parent := code[d]
		o := &tiendo.Org{Code: "ABUSE-" + d, Name: "Tổ kiểm thử " + d, Kind: tiendo.KindDepartment,
			Level: tiendo.LevelDistrict, ParentID: &parent, ValidFrom: vn.NewDate(2020, 1, 1)}
		if err := e.svc.CreateOrg(ctx, o); err != nil {
			t.Fatalf("org %s: %v", o.Code, err)
		}
		byID[o.ID] = o
		e.put("org", d, o.ID)
		login := "abuse-" + strings.ToLower(d)
		acc, err := e.svc.CreateAccount(ctx, service.AccountInput{Login: login, Password: demo.Password,
			Grants: []tiendo.Grant{{Role: tiendo.RoleOfficer, OrgID: &o.ID}}})
		if err != nil {
			t.Fatalf("account %s: %v", login, err)
		}
		e.put("account", d, acc.ID)
		if _, err := e.svc.CreateToken(ctx, login, "victim"); err != nil {
			t.Fatal(err)
		}
		toks, err := e.st.FindTokens(ctx, acc.ID)
		if err != nil || len(toks) == 0 {
			t.Fatalf("tokens of %s: %v", login, err)
		}
		e.put("token", d, toks[0].ID)
		wh, err := e.svc.CreateWebhook(ctx, service.WebhookInput{OrgID: o.ID, URL: "https://example.com/abuse"})
		if err != nil {
			t.Fatalf("webhook: %v", err)
		}
		e.put("webhook", d, wh.ID)
	}
	for page := 1; ; page++ {
		tasks, _, err := e.svc.ListTasks(ctx, tiendo.TaskFilter{Page: tiendo.Page{Page: page, PerPage: tiendo.MaxPerPage}})
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range tasks {
			ids := append([]int64{tk.LeadOrgID}, tk.CoopOrgIDs...)
			if tk.AssignedByOrg != nil {
				ids = append(ids, *tk.AssignedByOrg)
			}
			if tk.ReportToOrgID != nil {
				ids = append(ids, *tk.ReportToOrgID)
			}
			if d := all(ids...); d != "" && tk.Status == tiendo.StatusInProgress {
				e.put("task", d, tk.ID)
			}
		}
		if len(tasks) < tiendo.MaxPerPage {
			break
		}
	}
	meetings, err := e.svc.ListMeetings(ctx, tiendo.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range meetings {
		if d := all(append([]int64{m.OrgID}, m.AttendeeOrgIDs...)...); d != "" {
			e.put("meeting", d, m.ID)
		}
	}
	targets, err := e.st.FindTargets(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tg := range targets {
		if d := district(tg.OrgID); d != "" {
			e.put("target", d, tg.ID)
			if _, ok := e.ids["explanation"][d]; !ok {
				ex, err := e.svc.AskExplanation(ctx, tg.ID, "2026", "Vì sao chậm?")
				if err != nil {
					t.Fatalf("explanation: %v", err)
				}
				e.put("explanation", d, ex.ID)
			}
		}
	}
	places, _, err := e.st.FindPlaces(ctx, tiendo.PlaceFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range places {
		// The demo's places belonged to a district's ward before 1/7/2025.
		if d := district(p.Wards[0].OrgID); d != "" {
			e.put("place", d, p.ID)
		}
	}
	people, _, err := e.st.FindPeople(ctx, tiendo.PersonFilter{Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range people {
		var ids []int64
		for _, pos := range p.Positions {
			ids = append(ids, pos.OrgID)
		}
		if d := all(ids...); d != "" && len(ids) > 0 {
			e.put("person", d, p.ID)
		}
	}
	docs, _, err := e.st.FindDocuments(ctx, tiendo.DocumentFilter{Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if d.IssuerID != nil {
			if dd := district(*d.IssuerID); dd != "" {
				e.put("document", dd, d.ID)
			}
		}
	}
	for d, login := range map[string]string{"HBT": "vanphong", "LB": "longbien"} {
		p, err := e.svc.Propose(e.as(t, login), service.IntakeInput{Date: vn.NewDate(2026, 11, 20),
			Text: "Giao UBND phường Phố Huế chủ trì rà soát các điểm đỗ xe, báo cáo trước ngày 30/12/2026."})
		if err != nil {
			t.Fatalf("proposal %s: %v", d, err)
		}
		e.put("proposal", d, p.ID)
	}
	for d, login := range map[string]string{"HBT": "vanphong", "LB": "longbien"} {
		e.recordsOfTask(t, d, login)
	}
	for _, o := range orgs {
		// A ward of the district (the demo's ended in 2025 but stay in its tree).
		if d := district(o.ID); d != "" && o.Level == tiendo.LevelCommune && e.ids["case"][d] == "" {
			e.casework(t, d, o.ID)
		}
	}
	kinds, err := e.st.FindCaseKinds(ctx)
	if err != nil || len(kinds) == 0 {
		t.Fatalf("case kinds: %v", err)
	}
	e.put("case-kind", "HBT", kinds[0].ID)
	e.put("case-kind", "LB", kinds[len(kinds)-1].ID)
	for _, kind := range []string{"task", "meeting", "target", "person", "document", "proposal", "webhook", "org", "account",
		"attachment", "task-explanation", "notification", "place", "case", "case-file", "weekly-list", "case-kind"} {
		for _, d := range []string{"HBT", "LB"} {
			if e.ids[kind][d] == "" {
				t.Fatalf("no %s in %s for the abuse test", kind, d)
			}
		}
	}
	b, _ := json.Marshal(e.ids)
	t.Logf("%s fixtures: %s", e.name, b)
}

// do sends one request straight to the handler.
func (e *engine) do(req *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, req)
	return w
}

// casework gives a ward of the district a case assigned to the ward, with
// a photo, and a weekly list of its residential group.
func (e *engine) casework(t *testing.T, d string, ward int64) {
	t.Helper()
	kinds, err := e.svc.ListCaseKinds(e.sys)
	if err != nil || len(kinds) == 0 {
		t.Fatalf("case kinds: %v", err)
	}
	today := tiendo.Today(e.svc.Clock())
	c, err := e.svc.CreateCase(e.sys, tiendo.Case{WardID: ward, Address: "Số 1 ngõ kiểm thử " + d, KindID: kinds[0].ID,
		Description: "Lấn chiếm vỉa hè", FoundOn: today, AssignedOrgID: &ward})
	if err != nil {
		t.Fatalf("case in %s: %v", d, err)
	}
	e.put("case", d, c.ID)
	st, err := e.svc.AddCaseStep(e.sys, c.ID, tiendo.CaseStep{Kind: tiendo.StepMinutes, DocNo: "01/BB",
		Files: []tiendo.Attachment{{Name: "anh.png", Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}}})
	if err != nil || len(st.Files) == 0 {
		t.Fatalf("case step in %s: %v", d, err)
	}
	e.put("case-file", d, st.Files[0].ID)
	l, err := e.svc.SubmitWeeklyList(e.sys, tiendo.WeeklyList{WardID: ward, Rows: []tiendo.WeeklyListRow{
		{Address: "Số 2 ngõ kiểm thử " + d, KindID: kinds[0].ID, Description: "Để rác sai giờ", FoundOn: today}}})
	if err != nil {
		t.Fatalf("weekly list in %s: %v", d, err)
	}
	e.put("weekly-list", d, l.ID)
}

// recordsOfTask gives the district's task an update with a file, an
// explanation request, and the district office a notification about it.
func (e *engine) recordsOfTask(t *testing.T, d, office string) {
	t.Helper()
	id, _ := strconv.ParseInt(e.ids["task"][d], 10, 64)
	tk, err := e.svc.GetTask(e.sys, id)
	if err != nil {
		t.Fatal(err)
	}
	percent := 40
	_, u, err := e.svc.ReportProgress(e.sys, id, service.UpdateInput{Version: tk.Version, Narrative: "Đã triển khai",
		Percent: &percent, Attachments: []tiendo.Attachment{{Name: "bao-cao.pdf", ContentType: "application/pdf",
			Data: []byte("%PDF-1.4\n%%EOF\n")}}})
	if err != nil || len(u.Attachments) == 0 {
		t.Fatalf("report on task %d: %v", id, err)
	}
	e.put("attachment", d, u.Attachments[0].ID)
	ex := &tiendo.ExplanationRequest{TaskID: id, OrgID: tk.LeadOrgID, RequestedOn: tiendo.Today(e.svc.Clock()),
		DueOn: tiendo.Today(e.svc.Clock()).AddDays(5), Question: "Vì sao chậm?"}
	if err := e.st.CreateExplanationRequest(e.sys, ex); err != nil {
		t.Fatalf("explanation request: %v", err)
	}
	e.put("task-explanation", d, ex.ID)
	a, err := e.svc.ActorForToken(context.Background(), e.role(office).token)
	if err != nil {
		t.Fatal(err)
	}
	n := &tiendo.Notification{AccountID: a.AccountID, TaskID: &id, Kind: "test", Title: "Kiểm tra"}
	if err := e.st.CreateNotification(e.sys, n); err != nil {
		t.Fatalf("notification: %v", err)
	}
	e.put("notification", d, n.ID)
	e.notified = append(e.notified, a.AccountID)
}
