package gen_test

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/gen"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

var today = vn.NewDate(2026, 11, 22)

func clock() *tiendo.FixedClock { return &tiendo.FixedClock{T: today.Time().Add(9 * time.Hour)} }

// generate fills a temporary SQLite database.
func generate(t *testing.T, opts gen.Options) (tiendo.Store, *gen.Stats, string) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "gen.db"), clock())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	stats, err := gen.Generate(ctx, st, clock(), opts, &out)
	if err != nil {
		t.Fatalf("Generate: %v\n%s", err, out.String())
	}
	return st, stats, out.String()
}

// allTasks reads every task, by id.
func allTasks(t *testing.T, st tiendo.Store) []*tiendo.Task {
	t.Helper()
	var out []*tiendo.Task
	for page := 1; ; page++ {
		tasks, _, err := st.FindTasks(context.Background(), tiendo.TaskFilter{Unscoped: true, Sort: tiendo.SortID,
			Page: tiendo.Page{Page: page, PerPage: tiendo.MaxPerPage}})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, tasks...)
		if len(tasks) < tiendo.MaxPerPage {
			return out
		}
	}
}

func count(t *testing.T, st tiendo.Store, f tiendo.TaskFilter) int {
	t.Helper()
	f.Unscoped = true
	_, n, err := st.FindTasks(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestGenerate(t *testing.T) {
	ctx := context.Background()
	st, stats, out := generate(t, gen.Options{Orgs: 60, Tasks: 2000, Seed: 1})
	t.Logf("%+v\n%s", *stats, out)
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	tasks := allTasks(t, st)
	for _, c := range []struct {
		what           string
		got, want, tol int
	}{
		{"organisations", len(orgs), 60, 0},
		{"stats.Orgs", stats.Orgs, 60, 0},
		{"tasks", len(tasks), 2000, 0},
		{"stats.Tasks", stats.Tasks, 2000, 0},
		{"documents", stats.Documents, 40, 0},
		{"accounts", stats.Accounts, 2 + stats.Districts, 0},
		{"updates", stats.Updates, 1600, 800},     // about half the tasks have one to three
		{"extensions", stats.Extensions, 100, 70}, // a few percent
	} {
		if c.got < c.want-c.tol || c.got > c.want+c.tol {
			t.Errorf("%s = %d, want %d ± %d", c.what, c.got, c.want, c.tol)
		}
	}
	if !strings.Contains(out, "gen: 2000/2000 tasks") {
		t.Errorf("no final progress line in:\n%s", out)
	}

	t.Run("every status, timeliness and deadline kind", func(t *testing.T) {
		for _, s := range tiendo.Statuses {
			if count(t, st, tiendo.TaskFilter{Statuses: []tiendo.Status{s}}) == 0 {
				t.Errorf("no task is %s", s)
			}
		}
		for _, k := range tiendo.Timelinesses {
			if count(t, st, tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{k}, AsOf: today}) == 0 {
				t.Errorf("no task is %s today", k)
			}
		}
		kinds := map[vn.DeadlineKind]int{}
		for _, k := range tasks {
			kinds[k.DeadlineKind]++
		}
		for _, k := range []vn.DeadlineKind{vn.DeadlineDate, vn.DeadlinePeriod, vn.DeadlineRecurring, vn.DeadlineContinuous, vn.DeadlineNone} {
			if kinds[k] == 0 {
				t.Errorf("no %s deadline among %v", k, kinds)
			}
		}
	})

	t.Run("tasks are valid and deadlines match their phrases", func(t *testing.T) {
		children := 0
		for _, k := range tasks {
			if err := k.Validate(); err != nil {
				t.Fatalf("task %d %q: %v", k.ID, k.Title, err)
			}
			if k.AssignedOn.After(today) && k.SeriesID == nil {
				t.Errorf("task %d assigned in the future (%s)", k.ID, k.AssignedOn)
			}
			if !k.CompletedOn.IsZero() && (k.CompletedOn.After(today) || k.CompletedOn.Before(k.AssignedOn)) {
				t.Errorf("task %d completed on %s, assigned %s", k.ID, k.CompletedOn, k.AssignedOn)
			}
			if k.ParentID != nil {
				children++
			}
			if k.DeadlineText == "" || k.SeriesID != nil || k.ParentID != nil {
				continue
			}
			d, err := vn.ParseDeadline(k.DeadlineText, k.AssignedOn)
			if err != nil || d.Kind != k.DeadlineKind || !d.Date.Equal(k.OriginalDue) {
				t.Errorf("task %d: %q parses to %+v, %v; stored %s %s", k.ID, k.DeadlineText, d, err, k.DeadlineKind, k.OriginalDue)
			}
		}
		if children == 0 {
			t.Error("no delegated child task")
		}
	})

	t.Run("titles are Vietnamese and search finds phố Huế", func(t *testing.T) {
		plain := 0
		for _, k := range tasks {
			if vn.Fold(k.Title) == strings.ToLower(k.Title) {
				plain++
			}
		}
		if plain > 0 {
			t.Errorf("%d titles without diacritics", plain)
		}
		if got := count(t, st, tiendo.TaskFilter{Query: "pho hue"}); got != stats.PhoHue || got == 0 {
			t.Errorf(`search "pho hue" finds %d, stats say %d`, got, stats.PhoHue)
		}
	})

	t.Run("the schema ends as it began: every index and trigger back", func(t *testing.T) {
		fresh, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "fresh.db"), clock())
		if err != nil {
			t.Fatal(err)
		}
		defer fresh.Close()
		if err := fresh.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		want, got := schema(t, fresh), schema(t, st)
		if !slices.Equal(got, want) {
			t.Errorf("schema after gen differs\nmissing: %v\nextra: %v", minus(want, got), minus(got, want))
		}
		// SQLite deletes an index's or table's planner statistics with it.
		want, got = strings1(t, fresh, "SELECT tbl || ' ' || COALESCE(idx, '') || ' ' || stat FROM sqlite_stat1 ORDER BY 1"),
			strings1(t, st, "SELECT tbl || ' ' || COALESCE(idx, '') || ' ' || stat FROM sqlite_stat1 ORDER BY 1")
		if !slices.Equal(got, want) {
			t.Errorf("planner statistics after gen differ\nmissing: %v\nextra: %v", minus(want, got), minus(got, want))
		}
	})

	t.Run("search stays in sync after the bulk load", func(t *testing.T) {
		k := &tiendo.Task{Title: "Kiểm tra hồ sơ Zyxwv", LeadOrgID: tasks[0].LeadOrgID, Category: tiendo.CategoryOther,
			Priority: tiendo.PriorityNormal, DeadlineKind: vn.DeadlineContinuous, AssignedOn: today, Status: tiendo.StatusAssigned}
		if err := st.CreateTask(ctx, k); err != nil {
			t.Fatal(err)
		}
		if got := count(t, st, tiendo.TaskFilter{Query: "zyxwv"}); got != 1 {
			t.Errorf("a task created after Generate is found %d times, want 1", got)
		}
		docs, n, err := st.FindDocuments(ctx, tiendo.DocumentFilter{Query: "ke hoach"})
		if err != nil || n == 0 {
			t.Errorf("document search finds %d (%v)", n, err)
		}
		for _, d := range docs {
			if d.Parsed.Number == "" || d.Number != d.Parsed.Canonical() {
				t.Errorf("document %d: number %q, parsed %+v", d.ID, d.Number, d.Parsed)
			}
		}
	})

	t.Run("a few units carry many tasks", func(t *testing.T) {
		per := map[int64]int{}
		for _, k := range tasks {
			per[k.LeadOrgID]++
		}
		counts := make([]int, 0, len(per))
		for _, n := range per {
			counts = append(counts, n)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(counts)))
		if counts[0] < 3*counts[len(counts)/2] {
			t.Errorf("busiest unit has %d tasks, median %d: want a skewed load", counts[0], counts[len(counts)/2])
		}
	})

	t.Run("one audit entry per batch", func(t *testing.T) {
		entries, _, err := st.FindAudit(ctx, tiendo.AuditFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if e.Action != "gen.batch" {
				t.Errorf("audit entry %q, want only gen.batch", e.Action)
			}
		}
		if len(entries) != 4 { // organisations, accounts, documents, tasks
			t.Errorf("%d audit entries, want 4", len(entries))
		}
	})

	t.Run("recurring instances are complete", func(t *testing.T) {
		svc := service.New(st, clock(), tiendo.DefaultRules())
		n, err := svc.EnsureRecurring(ctx)
		if err != nil || n != 0 {
			t.Errorf("EnsureRecurring created %d (%v), want 0", n, err)
		}
	})

	// Last: it rewrites tasks. The load writes no task_scopes rows and
	// derives them all at the end; they must be the rows the store writes
	// for a task itself.
	t.Run("task scopes are the store's own", func(t *testing.T) {
		const rowsOf = "SELECT org_id || ' ' || COALESCE(due, '') || ' ' || status || ' ' || COALESCE(completed_on, '') || ' ' || COALESCE(assigned_on, '') FROM task_scopes WHERE task_id = %d ORDER BY org_id"
		var total int
		if err := st.(*sqlstore.Store).DB().QueryRow("SELECT COUNT(*) FROM task_scopes").Scan(&total); err != nil || total < 2*len(tasks) {
			t.Fatalf("%d task_scopes rows for %d tasks (%v)", total, len(tasks), err)
		}
		checked := 0
		for i, k := range tasks {
			if i%7 != 0 && k.AssignedByOrg == nil && len(k.CoopOrgIDs) == 0 {
				continue
			}
			before := strings1(t, st, fmt.Sprintf(rowsOf, k.ID))
			if err := st.UpdateTask(ctx, k); err != nil { // rewrites its task_orgs and task_scopes rows
				t.Fatal(err)
			}
			if after := strings1(t, st, fmt.Sprintf(rowsOf, k.ID)); !slices.Equal(before, after) {
				t.Fatalf("task %d: gen wrote scopes %q, the store writes %q", k.ID, before, after)
			}
			if checked++; checked == 300 {
				break
			}
		}
	})

	t.Run("accounts log in", func(t *testing.T) {
		svc := service.New(st, clock(), tiendo.DefaultRules())
		for _, login := range []string{"admin", "lanhdao", "vp-d1"} {
			if _, err := svc.Login(ctx, login, gen.Password); err != nil {
				t.Errorf("%s: %v", login, err)
			}
		}
	})
}

func TestGenerateIsDeterministic(t *testing.T) {
	titles := func(seed int64) []string {
		st, _, _ := generate(t, gen.Options{Orgs: 40, Tasks: 600, Seed: seed})
		var out []string
		for _, k := range allTasks(t, st) {
			out = append(out, k.Title+"|"+string(k.Status)+"|"+k.Due.String())
		}
		return out
	}
	a, b, c := titles(7), titles(7), titles(8)
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Error("the same seed gave different tasks")
	}
	if strings.Join(a, "\n") == strings.Join(c, "\n") {
		t.Error("different seeds gave the same tasks")
	}
}

func TestGenerateRefuses(t *testing.T) {
	st, _, _ := generate(t, gen.Options{Orgs: 20, Tasks: 10, Seed: 1})
	for _, c := range []struct {
		name string
		opts gen.Options
		code string
	}{
		{"non-empty database", gen.Options{Orgs: 20, Tasks: 10}, tiendo.ECONFLICT},
		{"too few organisations", gen.Options{Orgs: 5, Tasks: 10}, tiendo.EINVALID},
		{"negative tasks", gen.Options{Orgs: 20, Tasks: -1}, tiendo.EINVALID},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := gen.Generate(context.Background(), st, clock(), c.opts, nil); tiendo.ErrorCode(err) != c.code {
				t.Errorf("err = %v, want %s", err, c.code)
			}
		})
	}
}

// strings1 reads a one-column query of a SQLite store.
func strings1(t *testing.T, st tiendo.Store, query string) []string {
	t.Helper()
	rows, err := st.(*sqlstore.Store).DB().Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// schema lists the indexes and triggers of a SQLite store, with their SQL.
func schema(t *testing.T, st tiendo.Store) []string {
	t.Helper()
	return strings1(t, st, `SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema
		WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name`)
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}
