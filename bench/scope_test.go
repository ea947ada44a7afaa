package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore"
)

// Scope sizes (issue 19): every list must be fast whatever the size of the
// scope it reads and however the scope is reached. A scope is an
// organisation's subtree; the benchmark groups the organisations of the
// generated province by how many tasks their subtree holds and, for each
// size class, draws one of them per iteration (property-style: the goal
// holds for every scope of the class, not for one chosen scope). Each scope
// is reached two ways, which must cost the same:
//
//   - by role: an account granted on the organisation (the service puts
//     the subtree in TaskFilter.ScopeOrgIDs);
//   - by filter: an admin listing org=ID&subtree=1 (TaskFilter.OrgIDs is
//     the subtree, every task otherwise visible).

// scopeClass is a size class: the organisations whose subtree holds
// between lo and hi tasks.
type scopeClass struct {
	name   string
	lo, hi int
}

var scopeClasses = []scopeClass{
	{"Tasks100", 50, 200},
	{"Tasks1k", 500, 2000},
	{"Tasks10k", 5000, 20000},
	{"Tasks30k", 20000, 50000},
	{"Tasks100k", 50000, 200000},
}

// maxScopesPerClass bounds the organisations drawn from in one class.
const maxScopesPerClass = 20

// scopeSizes returns the tasks of each organisation's subtree: its rows
// in task_scopes (lead, cooperating or assigning organisation below it).
func scopeSizes(b *testing.B, st *sqlstore.Store) map[int64]int {
	b.Helper()
	rows, err := st.DB().Query("SELECT org_id, COUNT(*) FROM task_scopes GROUP BY org_id")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	sizes := map[int64]int{}
	for rows.Next() {
		var id int64
		var n int
		if err := rows.Scan(&id, &n); err != nil {
			b.Fatal(err)
		}
		sizes[id] = n
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	return sizes
}

// pickScopes returns up to maxScopesPerClass organisations of the class,
// those nearest its middle (geometric) first, and their mean size.
func pickScopes(sizes map[int64]int, c scopeClass) ([]int64, int) {
	var ids []int64
	for id, n := range sizes {
		if n >= c.lo && n < c.hi {
			ids = append(ids, id)
		}
	}
	mid := float64(c.lo) * 2
	dist := func(n int) float64 {
		if float64(n) > mid {
			return float64(n) / mid
		}
		return mid / float64(n)
	}
	sort.Slice(ids, func(i, j int) bool {
		di, dj := dist(sizes[ids[i]]), dist(sizes[ids[j]])
		if di != dj {
			return di < dj
		}
		return ids[i] < ids[j]
	})
	ids = ids[:min(len(ids), maxScopesPerClass)]
	slices.Sort(ids)
	sum := 0
	for _, id := range ids {
		sum += sizes[id]
	}
	if len(ids) == 0 {
		return nil, 0
	}
	return ids, sum / len(ids)
}

// scopeView is one list a user opens on a scope.
type scopeView struct {
	name   string
	search bool
	edit   func(*tiendo.TaskFilter)
}

var scopeViews = []scopeView{
	{"ByDue", false, func(f *tiendo.TaskFilter) { f.Sort = tiendo.SortDue }},
	{"Overdue", false, func(f *tiendo.TaskFilter) {
		f.Timeliness, f.Sort = []tiendo.Timeliness{tiendo.Overdue}, tiendo.SortOverdue
	}},
	{"ToConfirm", false, func(f *tiendo.TaskFilter) {
		f.Statuses, f.Sort = []tiendo.Status{tiendo.StatusReportedDone}, tiendo.SortDue
	}},
	{"Search", true, func(f *tiendo.TaskFilter) { f.Query = "kiem tra" }},
}

// scopeResult is one cell of the printed table.
type scopeResult struct {
	p95, cpu float64
	total    float64
}

// BenchmarkScope measures one page of 50 with its total, through the
// store as the service asks for it, for every size class, both ways of
// reaching the scope and every view; it ends with the table of
// docs/BENCHMARKS.md (issue 19). The statistics index is built first, as
// serve builds it at start.
func BenchmarkScope(b *testing.B) {
	st := openBenchStore(b, benchDB(b))
	defer st.Close()
	p := loadProvince(b, st)
	ctx := context.Background()
	st.IndexLists()
	if err := st.WarmStats(ctx); err != nil {
		b.Fatal(err)
	}
	asOf := tiendo.Today(tiendo.SystemClock{})
	sizes := scopeSizes(b, st)
	type class struct {
		name  string
		orgs  []int64
		tasks int
	}
	var classes []class
	for _, c := range scopeClasses {
		orgs, mean := pickScopes(sizes, c)
		if len(orgs) == 0 {
			b.Logf("%s: no organisation's subtree holds %d to %d tasks", c.name, c.lo, c.hi)
			continue
		}
		classes = append(classes, class{c.name, orgs, mean})
	}
	classes = append(classes, class{"Tree", []int64{p.root}, sizes[p.root]})
	results := map[string]scopeResult{}
	for _, c := range classes {
		for _, reach := range []string{"Role", "Filter"} {
			for _, v := range scopeViews {
				name := c.name + "/" + reach + "/" + v.name
				b.Run(name, func(b *testing.B) {
					rng := rand.New(rand.NewPCG(19, 7))
					var lat Latencies
					found := 0
					cpu := SelfCPU() + serverCPU(b, st)
					for b.Loop() {
						org := c.orgs[rng.IntN(len(c.orgs))]
						f := tiendo.TaskFilter{AsOf: asOf, Unscoped: true}
						if reach == "Role" {
							f.ScopeOrgIDs, f.Unscoped = p.subtree(org), false
						} else {
							f.OrgIDs = p.subtree(org)
						}
						v.edit(&f)
						f.Page = f.Page.Normalize()
						found += timedPage(b, st, f, &lat)
					}
					r := scopeResult{p95: ms(lat.Percentile(0.95)), cpu: ms(SelfCPU()+serverCPU(b, st)-cpu) / float64(b.N),
						total: float64(found) / float64(b.N)}
					b.ReportMetric(r.cpu, "cpu-ms/op")
					lat.Report(b)
					b.ReportMetric(r.total, "total/op")
					results[name] = r
				})
			}
		}
	}
	printScopeTable(classes, results, func(c class) (string, int, int) { return c.name, c.tasks, len(c.orgs) })
}

// serverCPU is the CPU time the database server's processes serving st
// used so far: PostgreSQL's backends of st's database (their pids from
// pg_stat_activity, read in /proc like the binary's over HTTP), which must
// run on this machine; 0 for SQLite, whose work is the benchmark
// process's own. Backends that exit in between take their time with them,
// so the pool keeps its connections (database/sql keeps idle ones).
func serverCPU(b *testing.B, st *sqlstore.Store) time.Duration {
	b.Helper()
	if st.Dialect().Name() != "postgres" {
		return 0
	}
	rows, err := st.DB().Query("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var sum time.Duration
	for rows.Next() {
		var pid int
		if err := rows.Scan(&pid); err != nil {
			b.Fatal(err)
		}
		if d, err := ProcessCPU(pid); err == nil {
			sum += d
		}
	}
	if err := rows.Err(); err != nil {
		b.Fatal(err)
	}
	return sum
}

// printScopeTable writes the results as the Markdown table of
// docs/BENCHMARKS.md: a row per size class and way of reaching it, p95 and
// CPU per request for each view.
func printScopeTable[C any](classes []C, results map[string]scopeResult, info func(C) (string, int, int)) {
	var sb strings.Builder
	sb.WriteString("\n| scope (mean tasks, scopes drawn) | reached by |")
	for _, v := range scopeViews {
		fmt.Fprintf(&sb, " %s p95 / CPU ms |", v.name)
	}
	sb.WriteString("\n|---|---|")
	for range scopeViews {
		sb.WriteString("---|")
	}
	for _, c := range classes {
		name, tasks, n := info(c)
		for _, reach := range []string{"Role", "Filter"} {
			fmt.Fprintf(&sb, "\n| %s (%d, %d) | %s |", name, tasks, n, map[string]string{"Role": "role", "Filter": "admin filter"}[reach])
			for _, v := range scopeViews {
				r, ok := results[name+"/"+reach+"/"+v.name]
				if !ok {
					sb.WriteString(" – |")
					continue
				}
				fmt.Fprintf(&sb, " %.1f / %.1f |", r.p95, r.cpu)
			}
		}
	}
	fmt.Fprintln(os.Stdout, sb.String())
}
