package demo_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/demo"
	"tiendo/service"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// env is a freshly loaded demo database.
type env struct {
	svc *service.Service
	st  tiendo.Store
	res *demo.Result
	sys context.Context
}

// load fills a temporary SQLite file with the demo data as of today.
func load(t *testing.T, today vn.Date) *env {
	t.Helper()
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: today.Time().Add(9 * time.Hour)}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, clock, tiendo.DefaultRules())
	start := time.Now()
	res, err := demo.Load(ctx, svc, st)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	t.Logf("loaded in %v: %d orgs, %d people, %d documents, %d tasks, %d updates, %d extensions, %d moved",
		time.Since(start).Round(time.Millisecond), len(res.OrgIDs), res.People, len(res.DocumentIDs), res.Tasks,
		res.Updates, res.Extensions, res.MovedTasks)
	return &env{svc: svc, st: st, res: res, sys: tiendo.NewContextWithActor(ctx, tiendo.SystemActor())}
}

// as returns a context acting as a demo account.
func (e *env) as(t *testing.T, login string) context.Context {
	t.Helper()
	actor, err := e.svc.ActorForAccount(context.Background(), e.res.AccountIDs[login])
	if err != nil {
		t.Fatal(err)
	}
	return tiendo.NewContextWithActor(context.Background(), actor)
}

// count returns how many tasks f selects, as the system actor.
func (e *env) count(t *testing.T, f tiendo.TaskFilter) int {
	t.Helper()
	_, n, err := e.svc.ListTasks(e.sys, f)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestLoad loads the demo at several dates: the late-2026 today the demo
// was written for, the earliest date Load accepts, and a later one.
func TestLoad(t *testing.T) {
	for _, today := range []vn.Date{vn.NewDate(2026, 11, 22), vn.NewDate(2025, 8, 30), vn.NewDate(2028, 3, 1)} {
		t.Run(today.String(), func(t *testing.T) {
			e := load(t, today)
			checkCounts(t, e)
			checkSpread(t, e)
			checkCasework(t, e)
		})
	}
}

func checkCounts(t *testing.T, e *env) {
	t.Helper()
	for _, c := range []struct {
		what     string
		got, min int
	}{
		{"organisations", len(e.res.OrgIDs), 40},
		{"documents", len(e.res.DocumentIDs), 8},
		{"tasks", e.res.Tasks, 60},
		{"people", e.res.People, 5},
		{"places", e.res.Places, 5},
		{"updates", e.res.Updates, 60},
		{"extensions", e.res.Extensions, 5},
		{"moved tasks", e.res.MovedTasks, 2},
	} {
		if c.got < c.min {
			t.Errorf("%s = %d, want at least %d", c.what, c.got, c.min)
		}
	}
	if e.res.Tasks > 150 {
		t.Errorf("tasks = %d, want a demo-sized set", e.res.Tasks)
	}
}

// checkCasework checks the season of 197 casework (casework.go): repeats
// linked, a duplicate flagged, cases handled on time and late, cases
// overdue today, and the dashboard's total adding up to its cases.
func checkCasework(t *testing.T, e *env) {
	t.Helper()
	s := e.res.Cases
	if s == nil || s.Lists < 14 || s.Cases < 40 || s.Repeats < 4 || s.Duplicates < 2 || s.Late < 3 || s.Closed < 15 {
		t.Fatalf("casework season %+v", s)
	}
	for _, k := range []tiendo.Timeliness{tiendo.DoneOnTime, tiendo.DoneLate, tiendo.Overdue, tiendo.InProgress} {
		if _, n, err := e.svc.ListCases(e.sys, tiendo.CaseFilter{Timeliness: []tiendo.Timeliness{k}}); err != nil || n == 0 {
			t.Errorf("no case is %s today (%v)", k, err)
		}
	}
	yes := true
	if _, n, err := e.svc.ListCases(e.sys, tiendo.CaseFilter{Repeat: &yes}); err != nil || n != s.Repeats {
		t.Errorf("%d repeat cases, the season made %d (%v)", n, s.Repeats, err)
	}
	stats, err := e.svc.CaseStats(e.sys, tiendo.CaseStatsQuery{Group: tiendo.CaseByWeek})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Total.Total != s.Cases {
		t.Errorf("the 197 statistics count %d cases, the season made %d", stats.Total.Total, s.Cases)
	}
}

// checkSpread checks that today's lists all have something in them.
func checkSpread(t *testing.T, e *env) {
	t.Helper()
	for _, k := range tiendo.Timelinesses {
		if n := e.count(t, tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{k}}); n == 0 {
			t.Errorf("no task is %s today", k)
		}
	}
	for _, s := range tiendo.Statuses {
		if n := e.count(t, tiendo.TaskFilter{Statuses: []tiendo.Status{s}}); n == 0 {
			t.Errorf("no task is %s", s)
		}
	}
	if n := e.count(t, tiendo.TaskFilter{Recurring: true}); n != 1 {
		t.Errorf("recurring series = %d, want 1", n)
	}
}

func TestLoadTwiceRefuses(t *testing.T) {
	e := load(t, vn.NewDate(2026, 11, 22))
	loaded, err := demo.Loaded(context.Background(), e.st)
	if err != nil || !loaded {
		t.Fatalf("Loaded = %v, %v; want true", loaded, err)
	}
	if _, err := demo.Load(context.Background(), e.svc, e.st); tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		t.Fatalf("second Load: %v, want a conflict", err)
	}
}

func TestLoadRefusesEarlyToday(t *testing.T) {
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: time.Date(2024, 1, 2, 9, 0, 0, 0, vn.Location)}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := demo.Load(ctx, service.New(st, clock, tiendo.DefaultRules()), st); err == nil {
		t.Fatal("Load before the reform succeeded")
	}
}

// TestDemo checks the demo's content on one load.
func TestDemo(t *testing.T) {
	e := load(t, vn.NewDate(2026, 11, 22))
	t.Run("accounts log in", func(t *testing.T) {
		for _, a := range demo.Accounts {
			actor, err := e.svc.Login(context.Background(), a.Login, demo.Password)
			if err != nil {
				t.Errorf("%s: %v", a.Login, err)
				continue
			}
			if len(actor.Grants) != 1 || actor.Grants[0].Role != a.Role {
				t.Errorf("%s: grants %+v, want one %s grant", a.Login, actor.Grants, a.Role)
			}
		}
		if _, err := e.svc.Login(context.Background(), "phohue", "wrong-password"); err == nil {
			t.Error("wrong password accepted")
		}
	})
	t.Run("245/KH-UBND plans due 06/01/2020", func(t *testing.T) {
		doc := e.res.DocumentIDs["245/KH-UBND"]
		tasks, _, err := e.svc.ListTasks(e.sys, tiendo.TaskFilter{DocumentID: &doc, Page: tiendo.Page{PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		plans := 0
		for _, k := range tasks {
			if k.DeadlineKind != vn.DeadlineDate {
				continue
			}
			plans++
			if want := vn.NewDate(2020, 1, 6); !k.OriginalDue.Equal(want) || k.DeadlineText != "trước ngày 06/01/2020" {
				t.Errorf("task %d %q: original due %s (%q), want %s", k.ID, k.Title, k.OriginalDue, k.DeadlineText, want)
			}
			if k.Extensions == 0 && !k.Due.Equal(k.OriginalDue) {
				t.Errorf("task %d: due %s without an extension", k.ID, k.Due)
			}
		}
		if plans != 22 {
			t.Errorf("%d plan tasks, want one per unit (22)", plans)
		}
	})
	t.Run("places keep their old ward and link the seeds' tasks", func(t *testing.T) {
		for _, c := range []struct {
			login, q string
			tasks    int
		}{{"phohue", "pho hue", 1}, {"hbt.vanphong", "pho hue", 1}, {"longbien", "phu huu", 3}, {"xem", "21m phuc loi", 2}} {
			list, n, err := e.svc.ListPlaces(e.as(t, c.login), tiendo.PlaceFilter{Query: c.q})
			if err != nil || n != 1 {
				t.Fatalf("%s finds %d places %q: %v", c.login, n, c.q, err)
			}
			p := list[0]
			if len(p.Wards) != 2 || !p.Wards[0].To.Equal(vn.NewDate(2025, 6, 30)) {
				t.Errorf("%s: wards %+v", p.Name, p.Wards)
			}
			if got := e.count(t, tiendo.TaskFilter{PlaceID: &p.ID}); got != c.tasks {
				t.Errorf("%s: %d tasks, want %d", p.Name, got, c.tasks)
			}
		}
		if _, n, _ := e.svc.ListPlaces(e.as(t, "truongdinh"), tiendo.PlaceFilter{Query: "pho hue"}); n != 0 {
			t.Error("another ward's officer sees Phố Huế")
		}
	})
	t.Run("officer scope", func(t *testing.T) {
		for _, c := range []struct{ login, sees, never string }{
			{"phohue", "HBT-PHOHUE", "HBT-TRUONGDINH"},
			{"truongdinh", "HBT-TRUONGDINH", "HBT-PHOHUE"},
		} {
			tasks, n, err := e.svc.ListTasks(e.as(t, c.login), tiendo.TaskFilter{Page: tiendo.Page{PerPage: 100}})
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Errorf("%s sees no task", c.login)
			}
			for _, k := range tasks {
				if !within(t, e, k.LeadOrgID, c.sees) {
					t.Errorf("%s sees task %d %q led by org %d", c.login, k.ID, k.Title, k.LeadOrgID)
				}
				if within(t, e, k.LeadOrgID, c.never) {
					t.Errorf("%s sees %s's task %d", c.login, c.never, k.ID)
				}
			}
		}
	})
	t.Run("office sees its district", func(t *testing.T) {
		_, all, err := e.svc.ListTasks(e.as(t, "vanphong"), tiendo.TaskFilter{})
		if err != nil {
			t.Fatal(err)
		}
		_, ward, err := e.svc.ListTasks(e.as(t, "phohue"), tiendo.TaskFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if all <= ward {
			t.Errorf("vanphong sees %d tasks, phohue %d; want the district to include the ward", all, ward)
		}
	})
	t.Run("reform", func(t *testing.T) {
		for _, c := range []struct{ old, successor string }{
			{"HBT-LEDAIHANH-UBND", "HN-HAIBATRUNG-UBND"}, // dissolved through the service
			{"HBT-PHOHUE-UBND", "HN-HAIBATRUNG-UBND"},    // created ended
			{"HBT-TRUONGDINH", "HN-BACHMAI"},
		} {
			o, err := e.svc.GetOrg(e.sys, e.res.OrgIDs[c.old])
			if err != nil {
				t.Fatal(err)
			}
			if !o.ValidTo.Equal(vn.NewDate(2025, 6, 30)) || o.SuccessorID == nil || *o.SuccessorID != e.res.OrgIDs[c.successor] {
				t.Errorf("%s: valid to %s, successor %v; want 2025-06-30, %s", c.old, o.ValidTo, o.SuccessorID, c.successor)
			}
		}
		newWard := e.res.OrgIDs["HN-HAIBATRUNG-UBND"]
		old := e.res.OrgIDs["HBT-LEDAIHANH-UBND"]
		if n := e.count(t, tiendo.TaskFilter{OrgIDs: []int64{old}, Role: tiendo.AsLead,
			Statuses: []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusInProgress}}); n != 0 {
			t.Errorf("the dissolved ward still leads %d open tasks", n)
		}
		audit, _, err := e.svc.OrgAudit(e.sys, newWard, tiendo.Page{PerPage: tiendo.MaxPerPage})
		if err != nil {
			t.Fatal(err)
		}
		moves := 0
		for _, a := range audit {
			if a.Action == "task.move_to_successor" {
				moves++
			}
		}
		if moves != e.res.MovedTasks || moves == 0 {
			t.Errorf("%d moves audited, result says %d", moves, e.res.MovedTasks)
		}
	})
	t.Run("history is acted by the accounts", func(t *testing.T) {
		actors := map[string]bool{}
		for _, id := range []string{"HBT-PHOHUE", "HBT-TRUONGDINH", "HBT-QLDT"} {
			audit, _, err := e.svc.OrgAudit(e.sys, e.res.OrgIDs[id], tiendo.Page{PerPage: tiendo.MaxPerPage})
			if err != nil {
				t.Fatal(err)
			}
			for _, a := range audit {
				actors[a.Actor+" "+a.Action] = true
			}
		}
		for _, want := range []string{"phohue task.report_done", "truongdinh task.start", "qldt task.report_done",
			"vanphong task.confirm", "vanphong task.return", "vanphong task.create"} {
			if !actors[want] {
				t.Errorf("no audit entry %q", want)
			}
		}
	})
	t.Run("delegation", func(t *testing.T) {
		tasks, _, err := e.svc.ListTasks(e.sys, tiendo.TaskFilter{OrgIDs: []int64{e.res.OrgIDs["HN-HAIBATRUNG-KTHTDT"]}})
		if err != nil {
			t.Fatal(err)
		}
		child := 0
		for _, k := range tasks {
			if k.ParentID != nil {
				child++
			}
		}
		if child != 1 {
			t.Errorf("%d delegated child tasks, want 1", child)
		}
	})
	t.Run("attachments", func(t *testing.T) {
		tasks, _, err := e.svc.ListTasks(e.sys, tiendo.TaskFilter{Query: "168 pho hue", Page: tiendo.Page{PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		files := 0
		for _, k := range tasks {
			ups, err := e.svc.Updates(e.as(t, "phohue"), k.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, u := range ups {
				for _, a := range u.Attachments {
					got, err := e.svc.Attachment(e.as(t, "phohue"), a.ID)
					if err != nil || !strings.Contains(string(got.Data), "31/BC-UBND") {
						t.Errorf("attachment %d: %v", a.ID, err)
					}
					files++
				}
			}
		}
		if files != 1 {
			t.Errorf("%d attachments on Phố Huế's 168/2024 report, want 1", files)
		}
	})
	t.Run("search", func(t *testing.T) {
		if n := e.count(t, tiendo.TaskFilter{Query: "pho hue"}); n == 0 {
			t.Error(`search "pho hue" finds nothing`)
		}
	})
}

// within tells whether org is code's organisation or below it.
func within(t *testing.T, e *env, org int64, code string) bool {
	t.Helper()
	root := e.res.OrgIDs[code]
	for org != 0 {
		if org == root {
			return true
		}
		o, err := e.svc.GetOrg(e.sys, org)
		if err != nil {
			t.Fatal(err)
		}
		if o.ParentID == nil {
			return false
		}
		org = *o.ParentID
	}
	return false
}

// TestAccountsTable checks the exported table the README and CLI print.
func TestAccountsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, a := range demo.Accounts {
		if seen[a.Login] || !a.Role.Valid() || (a.OrgCode == "") != (a.Role == tiendo.RoleAdmin) || strings.TrimSpace(a.Description) == "" {
			t.Errorf("bad account %+v", a)
		}
		seen[a.Login] = true
	}
	for _, login := range []string{"hbt.vanphong", "hbt.lanhdao", "hbt.canbo", "soxaydung", "admin", "vanphong", "lanhdao", "phohue", "truongdinh", "qldt", "longbien", "xem"} {
		if !seen[login] {
			t.Errorf("missing account %s", login)
		}
	}
}
