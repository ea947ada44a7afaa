// Package abuse_test sends every route of the router, as every demo role
// and anonymously, ids in and out of the caller's scope and ids no record
// has, and bodies and queries that are malformed, mistyped, invalid UTF-8,
// NUL-laden, oversized, out of range in dates and numbers. It fails on any
// 5xx, any out-of-scope success (a read that answers, a write that answers
// 2xx or changes the record) and any read that fails afterwards. It walks
// the router's own table (web.Server.Routes), so a new route is covered
// without editing it. It runs on SQLite and on PostgreSQL.
package abuse_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/web"
)

// The engines run side by side: each mostly waits on its database.
func TestAbuseSQLite(t *testing.T) {
	t.Parallel()
	run(t, newEngine(t, "sqlite", openSQLite))
}

func TestAbusePostgres(t *testing.T) {
	t.Parallel()
	run(t, newEngine(t, "postgres", openPostgres))
}

// counts are what a run tried and how the server answered.
type counts struct {
	tried, s2xx, s3xx, s4xx, s5xx, leaks int
}

func (c counts) String() string {
	return fmt.Sprintf("requests %d: 2xx %d, 3xx %d, 4xx %d, 5xx %d, leaks %d",
		c.tried, c.s2xx, c.s3xx, c.s4xx, c.s5xx, c.leaks)
}

// kinds whose records an out-of-scope caller must not read. Organisations
// are one tree every account sees; documents are public unless secret.
var scopedKinds = map[string]bool{
	"task": true, "meeting": true, "target": true, "account": true, "proposal": true, "webhook": true,
	"explanation": true, "person": true, "token": true, "place": true, "case": true, "case-file": true, "weekly-list": true,
}

// endsSession are routes that end the caller's session: they run last.
var endsSession = map[string]bool{"POST /dang-xuat": true}

// attempt is one request and what it is made of.
type attempt struct {
	rt         web.RouteInfo
	who        *role
	idClass    string
	class      string
	path, kind string
	status     int
	location   string
}

func (a attempt) String() string {
	who := "anonymous"
	if a.who != nil {
		who = a.who.login
	}
	return fmt.Sprintf("%s %s as %s, id %s, input %s → %d", a.rt.Method, a.rt.Pattern, who, a.idClass, a.class, a.status)
}

func run(t *testing.T, e *engine) {
	if err := e.decodeSpec(); err != nil {
		t.Fatalf("openapi: %v", err)
	}
	e.fields = e.spec.fieldNames()
	start := time.Now()
	routes := e.srv.Routes()
	sort.SliceStable(routes, func(i, j int) bool {
		return !endsSession[routes[i].Method+" "+routes[i].Pattern] && endsSession[routes[j].Method+" "+routes[j].Pattern]
	})
	var failures []string
	fail := func(format string, args ...any) {
		failures = append(failures, fmt.Sprintf(format, args...))
	}
	for _, rt := range routes {
		for _, a := range e.plan(rt) {
			e.try(&a, fail)
		}
	}
	e.laterReads(routes, fail)
	line := fmt.Sprintf("abuse %s: %d routes, %s, in %v", e.name, len(routes), e.c, time.Since(start).Round(time.Second))
	fmt.Println(line)
	t.Log(line)
	if dir := os.Getenv("TIENDO_ARTIFACTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err == nil {
			_ = os.WriteFile(filepath.Join(dir, "abuse-"+e.name+".txt"), []byte(line+"\n"), 0o644)
		}
	}
	for i, f := range failures {
		if i == 60 {
			t.Errorf("… and %d more", len(failures)-i)
			break
		}
		t.Error(f)
	}
}

// plan lists the requests for one route: anonymous; every role with an
// id of its district and one of the other; the admin with ids no record
// has; the admin and a district office with every input class.
func (e *engine) plan(rt web.RouteInfo) []attempt {
	var out []attempt
	add := func(who *role, idClass, class string) {
		d := "HBT"
		if who != nil {
			d = who.district
		}
		p, kind, ok := e.path(rt.Pattern, idClass, d)
		if ok {
			out = append(out, attempt{rt: rt, who: who, idClass: idClass, class: class, path: p, kind: kind})
		}
	}
	add(nil, "in", "sane")
	hasID := len(params(rt.Pattern)) > 0
	for _, r := range e.roles {
		add(r, "in", "sane")
		if hasID {
			add(r, "out", "sane")
		}
	}
	if hasID {
		for _, c := range idClasses[2:] {
			add(e.role("admin"), c, "sane")
		}
	}
	// The district office repeats the reads only: a scoped read takes
	// other paths in the store (searches inside a scope), a scoped write
	// meets the same validation as the admin's, and the run must stay
	// within a few minutes on a busy two-core machine.
	read := rt.Method == http.MethodGet
	for _, who := range []string{"admin", "vanphong"} {
		if who == "vanphong" && !read {
			continue
		}
		for _, c := range bodyClasses[1:] {
			if read && (c == "none" || c == "malformed" || c == "multipart") {
				continue
			}
			add(e.role(who), "in", c)
		}
	}
	return out
}

// try sends one attempt and checks its answer.
func (e *engine) try(a *attempt, fail func(string, ...any)) {
	out := a.idClass == "out"
	write := a.rt.Method != http.MethodGet
	var before string
	if write {
		before = e.snapshot(a.kind, a.path)
	}
	_ = e.logs.take()
	w := e.do(e.request(a.rt, a.path, a.class, a.who, version(before)))
	a.status, a.location = w.Code, w.Header().Get("Location")
	e.count(a.status)
	if a.rt.Page && !write && a.status == http.StatusOK && a.class == "sane" {
		e.harvest(w.Body.String())
	}
	if os.Getenv("TIENDO_ABUSE_TRACE") != "" { // every request and its answer, to study a run

		fmt.Printf("TRACE %s kind=%s loc=%s %s\n", a, a.kind, a.location, cut(strings.ReplaceAll(w.Body.String(), "\n", " "), 400))
	}
	if a.status >= 500 {
		fail("5xx: %s\n%s%s", a, cut(w.Body.String(), 300), cut(e.logs.take(), 600))
	}
	success := a.status < 300 || (a.rt.Page && a.status < 400 && !strings.HasPrefix(a.location, "/dang-nhap"))
	switch {
	case a.who == nil && a.rt.Auth == "signed-in" && success:
		e.c.leaks++
		fail("leak: anonymous answered: %s", a)
	case out && !write && scopedKinds[a.kind] && success:
		e.c.leaks++
		fail("leak: out-of-scope read answered: %s", a)
	case out && write && a.status < 300:
		e.c.leaks++
		fail("leak: out-of-scope write succeeded: %s", a)
	case out && write && before != e.snapshot(a.kind, a.path):
		e.c.leaks++
		fail("leak: out-of-scope write changed the record: %s", a)
	}
}

func (e *engine) count(status int) {
	e.c.tried++
	switch {
	case status >= 500:
		e.c.s5xx++
	case status >= 400:
		e.c.s4xx++
	case status >= 300:
		e.c.s3xx++
	default:
		e.c.s2xx++
	}
}

// snapshot is the record a path names as the system sees it, to tell
// whether a refused write changed it anyway.
func (e *engine) snapshot(kind, path string) string {
	var id int64
	for _, part := range strings.Split(path, "/") {
		if _, err := fmt.Sscan(part, &id); err == nil && id > 0 {
			break
		}
	}
	var v any
	var err error
	switch kind {
	case "task":
		v, err = e.svc.GetTask(e.sys, id)
	case "meeting":
		v, err = e.svc.GetMeeting(e.sys, id)
	case "target":
		v, err = e.svc.GetTarget(e.sys, id)
	case "place":
		v, err = e.svc.GetPlace(e.sys, id)
	case "case":
		var d *service.CaseDetail
		if d, err = e.svc.GetCase(e.sys, id); err == nil {
			v = d.Case
		}
	case "weekly-list":
		v, err = e.svc.GetWeeklyList(e.sys, id)
	case "case-kind":
		v, err = e.st.FindCaseKindByID(e.sys, id)
	case "account":
		v, err = e.svc.GetAccount(e.sys, id)
	case "org":
		v, err = e.svc.GetOrg(e.sys, id)
	case "proposal":
		v, err = e.svc.GetProposal(e.sys, id)
	case "webhook":
		v, err = e.svc.GetWebhook(e.sys, id)
	case "person":
		v, err = e.svc.GetPerson(e.sys, id)
	case "notification":
		var all [][]*tiendo.Notification
		for _, acc := range e.notified {
			ns, _, ferr := e.st.FindNotifications(e.sys, acc, false, tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage})
			err = errors.Join(err, ferr)
			all = append(all, ns)
		}
		v = all
	}
	if err != nil {
		return "error: " + tiendo.ErrorCode(err)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// laterReads: after the bombardment every read still answers for every
// role: the lists, and every record route with the caller's own ids; and
// every role is still signed in.
func (e *engine) laterReads(routes []web.RouteInfo, fail func(string, ...any)) {
	for _, rt := range routes {
		if rt.Method != http.MethodGet {
			continue
		}
		for _, r := range e.roles {
			a := attempt{rt: rt, who: r, idClass: "in", class: "sane"}
			var ok bool
			if a.path, a.kind, ok = e.path(rt.Pattern, "in", r.district); !ok {
				continue
			}
			w := e.do(e.request(rt, a.path, "sane", r, 0))
			a.status = w.Code
			e.count(a.status)
			if a.status >= 500 {
				fail("later read failed: %s\n%s", a, cut(w.Body.String(), 300))
			}
			if rt.Pattern == "/api/v1/me" && a.status != http.StatusOK {
				fail("%s lost its credentials during the run: %s", r.login, a)
			}
		}
	}
}

// version is the version of a snapshot, 1 when it has none.
func version(snapshot string) int {
	var v struct {
		Version int
		Target  struct{ Version int }
	}
	_ = json.Unmarshal([]byte(snapshot), &v)
	return max(v.Version, v.Target.Version, 1)
}

func cut(s string, n int) string {
	if len(s) > n {
		s = s[:n] + "…"
	}
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return s
}
