package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/textproto"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// testMaxAttachment keeps "file too large" tests cheap.
const testMaxAttachment = 64 << 10

// env is a server over a real SQLite file with a small org tree of quận Hai
// Bà Trưng, accounts in each role and their API tokens.
type env struct {
	t     *testing.T
	svc   *service.Service
	store *sqlstore.Store
	srv   *Server
	http  *httptest.Server
	clock *tiendo.FixedClock
	org   map[string]int64  // code → id
	token map[string]string // login → bearer token
	logs  *syncBuffer
	close func() error
}

// syncBuffer is a log sink safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// The fixture's "today": Friday 10/01/2020, 09:00 in Hà Nội.
var testNow = time.Date(2020, 1, 10, 9, 0, 0, 0, vn.Location)

func newEnv(t *testing.T) *env {
	t.Helper()
	clock := &tiendo.FixedClock{T: testNow}
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "tiendo.db"), clock)
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	return newEnvOn(t, st, clock)
}

// newEnvOn is newEnv over a store the test opened (PostgreSQL, say).
func newEnvOn(t *testing.T, st *sqlstore.Store, clock *tiendo.FixedClock) *env {
	t.Helper()
	ctx := context.Background()
	if err := st.Migrate(ctx); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	rules := tiendo.DefaultRules()
	rules.MaxAttachmentBytes = testMaxAttachment
	rules.MaxAttachmentsTotalBytes = 4 * testMaxAttachment
	svc := service.New(st, clock, rules)
	logs := &syncBuffer{}
	st.SetLogger(slog.New(slog.NewTextHandler(logs, nil)))
	srv := NewServer(svc, Options{Logger: slog.New(slog.NewTextHandler(logs, nil))})
	e := &env{t: t, svc: svc, store: st, srv: srv, clock: clock, org: map[string]int64{}, token: map[string]string{},
		logs: logs, close: st.Close}
	e.http = httptest.NewServer(srv.Handler())
	t.Cleanup(func() {
		e.http.Close()
		_ = st.Close()
	})
	e.seed()
	return e
}

func (e *env) sys() context.Context {
	return tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
}

// as returns a context for the account login, as the API would build it.
func (e *env) as(login string) context.Context {
	e.t.Helper()
	a, err := e.svc.ActorForToken(context.Background(), e.token[login])
	if err != nil {
		e.t.Fatalf("actor %s: %v", login, err)
	}
	return tiendo.NewContextWithActor(context.Background(), a)
}

func (e *env) seed() {
	t := e.t
	ctx := e.sys()
	orgs := []struct {
		code, name, parent string
		kind               tiendo.OrgKind
		level              tiendo.Level
	}{
		{"HBT", "Quận Hai Bà Trưng", "", tiendo.KindAdministrative, tiendo.LevelDistrict},
		{"HBT-UBND", "UBND quận Hai Bà Trưng", "HBT", tiendo.KindPeoplesCommittee, tiendo.LevelDistrict},
		{"HBT-VP", "Văn phòng HĐND và UBND quận", "HBT-UBND", tiendo.KindDepartment, tiendo.LevelDistrict},
		{"HBT-PHOHUE", "UBND phường Phố Huế", "HBT", tiendo.KindPeoplesCommittee, tiendo.LevelCommune},
		{"HBT-TRUONGDINH", "UBND phường Trương Định", "HBT", tiendo.KindPeoplesCommittee, tiendo.LevelCommune},
	}
	for _, o := range orgs {
		org := &tiendo.Org{Code: o.code, Name: o.name, Kind: o.kind, Level: o.level}
		if o.parent != "" {
			id := e.org[o.parent]
			org.ParentID = &id
		}
		if err := e.svc.CreateOrg(ctx, org); err != nil {
			t.Fatalf("create org %s: %v", o.code, err)
		}
		e.org[o.code] = org.ID
	}
	accounts := []struct {
		login string
		role  tiendo.Role
		org   string
	}{
		{"admin", tiendo.RoleAdmin, ""},
		{"office", tiendo.RoleOffice, "HBT"},
		{"leader", tiendo.RoleLeader, "HBT"},
		{"viewer", tiendo.RoleViewer, "HBT"},
		{"phohue", tiendo.RoleOfficer, "HBT-PHOHUE"},
		{"truongdinh", tiendo.RoleOfficer, "HBT-TRUONGDINH"},
	}
	for _, a := range accounts {
		g := tiendo.Grant{Role: a.role}
		if a.org != "" {
			id := e.org[a.org]
			g.OrgID = &id
		}
		if _, err := e.svc.CreateAccount(ctx, service.AccountInput{Login: a.login, Password: "matkhau-123",
			Grants: []tiendo.Grant{g}}); err != nil {
			t.Fatalf("create account %s: %v", a.login, err)
		}
		tok, err := e.svc.CreateToken(ctx, a.login, "test")
		if err != nil {
			t.Fatalf("token %s: %v", a.login, err)
		}
		e.token[a.login] = tok
	}
}

// task creates a task through the service as the office, due on due.
func (e *env) task(title, leadCode string, due vn.Date) *tiendo.Task {
	e.t.Helper()
	ts, err := e.svc.CreateTasks(e.as("office"), service.TaskInput{Title: title, LeadOrgID: e.org[leadCode],
		Due: due, AssignedOn: vn.NewDate(2020, 1, 2)})
	if err != nil {
		e.t.Fatalf("create task: %v", err)
	}
	return ts[0]
}

// response is what a request returned.
type response struct {
	status int
	header http.Header
	body   []byte
}

// json decodes the body into a generic value.
func (r response) json(t *testing.T) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("response is not a JSON object: %v\n%s", err, r.body)
	}
	return v
}

// do sends a request. body is sent as is when it is a string or []byte,
// JSON-encoded otherwise; nil sends nothing.
func (e *env) do(method, path, login string, body any) response {
	e.t.Helper()
	var rd io.Reader
	ctype := ""
	switch b := body.(type) {
	case nil:
	case string:
		rd, ctype = strings.NewReader(b), "application/json"
	case []byte:
		rd, ctype = bytes.NewReader(b), "application/json"
	default:
		j, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd, ctype = bytes.NewReader(j), "application/json"
	}
	req, err := http.NewRequest(method, e.http.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	return e.send(req, login)
}

// send adds the token of login (none when login is "", the raw header when
// it starts with "raw:", a fresh web session's cookie when it starts with
// "session:") and sends req.
func (e *env) send(req *http.Request, login string) response {
	e.t.Helper()
	switch {
	case strings.HasPrefix(login, "raw:"):
		req.Header.Set("Authorization", strings.TrimPrefix(login, "raw:"))
	case strings.HasPrefix(login, "session:"):
		secret, _, err := e.svc.StartSession(context.Background(), strings.TrimPrefix(login, "session:"), "matkhau-123")
		if err != nil {
			e.t.Fatal(err)
		}
		req.AddCookie(&http.Cookie{Name: httpx.SessionCookie, Value: secret})
		req.Header.Set("Sec-Fetch-Site", "same-origin")
	case login != "":
		tok, ok := e.token[login]
		if !ok {
			e.t.Fatalf("no token for %q", login)
		}
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := e.http.Client().Do(req)
	if err != nil {
		e.t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: b}
}

// filePart is one file of a multipart upload.
type filePart struct {
	name, ctype string
	data        []byte
}

// multipartBody builds a multipart/form-data body from fields and files.
func multipartBody(t *testing.T, fields map[string]string, files ...filePart) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, f.name))
		h.Set("Content-Type", f.ctype)
		w, err := mw.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write(f.data)
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return &buf, mw.FormDataContentType()
}

// upload posts a multipart body.
func (e *env) upload(path, login string, fields map[string]string, files ...filePart) response {
	e.t.Helper()
	body, ctype := multipartBody(e.t, fields, files...)
	req, err := http.NewRequest("POST", e.http.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("Content-Type", ctype)
	return e.send(req, login)
}

// check fails unless r has status and contains every want substring.
func check(t *testing.T, name string, r response, status int, want ...string) {
	t.Helper()
	if r.status != status {
		t.Errorf("%s: status %d, want %d; body %s", name, r.status, status, r.body)
		return
	}
	for _, w := range want {
		if !strings.Contains(string(r.body), w) {
			t.Errorf("%s: body lacks %q: %s", name, w, r.body)
		}
	}
}

// ids returns the "id" of every item of a list response.
func ids(t *testing.T, r response) []int64 {
	t.Helper()
	var v struct {
		Items []struct {
			ID int64 `json:"id"`
		} `json:"items"`
	}
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("list: %v: %s", err, r.body)
	}
	out := []int64{}
	for _, it := range v.Items {
		out = append(out, it.ID)
	}
	return out
}

// editCoop is a patch that sets the cooperating organisations.
func editCoop(version int, orgs ...int64) service.TaskPatch {
	return service.TaskPatch{Version: version, CoopOrgIDs: &orgs}
}

func sorted(v []int64) []int64 {
	out := append([]int64{}, v...)
	slices.Sort(out)
	return out
}
