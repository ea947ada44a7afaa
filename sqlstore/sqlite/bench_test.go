package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// The benchmarks run on a generated district: benchOrgs organisations and
// TIENDO_BENCH_TASKS tasks (default 100,000; the target is 1,000,000). Set
// TIENDO_BENCH_DB to a file path to keep the generated database between
// runs (generating a million tasks takes a few minutes).
//
//	TIENDO_BENCH_TASKS=1000000 TIENDO_BENCH_DB=/tmp/bench.db go test -run '^$' -bench . ./sqlstore/sqlite/
const benchOrgs = 600

func benchTasks() int {
	if n, err := strconv.Atoi(os.Getenv("TIENDO_BENCH_TASKS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// benchStore opens (generating if needed) the benchmark database.
func benchStore(b *testing.B) (*sqlstore.Store, []int64) {
	b.Helper()
	ctx := context.Background()
	path := os.Getenv("TIENDO_BENCH_DB")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench.db")
	}
	st, err := sqlite.Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		b.Fatal(err)
	}
	if len(orgs) == 0 {
		generate(b, st, benchTasks())
		if orgs, err = st.FindOrgs(ctx, tiendo.OrgFilter{}); err != nil {
			b.Fatal(err)
		}
	}
	ids := make([]int64, len(orgs))
	for i, o := range orgs {
		ids[i] = o.ID
	}
	return st, ids
}

var (
	benchActions = []string{"Kiểm tra vi phạm trật tự đô thị", "Xây dựng kế hoạch cụ thể", "Báo cáo kết quả thực hiện",
		"Rà soát hồ sơ đất đai", "Tuyên truyền phòng cháy chữa cháy", "Chỉnh trang vỉa hè", "Thu ngân sách",
		"Giải phóng mặt bằng", "Cải tạo chung cư cũ", "Đôn đốc tiến độ dự án"}
	benchWards = []string{"Phố Huế", "Lê Đại Hành", "Trương Định", "Bạch Đằng", "Bách Khoa", "Đồng Tâm",
		"Minh Khai", "Quỳnh Mai", "Thanh Nhàn", "Vĩnh Tuy", "Đống Mác", "Cầu Dền"}
	benchStatuses = []tiendo.Status{tiendo.StatusCompleted, tiendo.StatusCompleted, tiendo.StatusCompleted,
		tiendo.StatusInProgress, tiendo.StatusInProgress, tiendo.StatusInProgress, tiendo.StatusInProgress,
		tiendo.StatusAssigned, tiendo.StatusReportedDone, tiendo.StatusPostponed, tiendo.StatusWithdrawn}
)

// generate fills st with benchOrgs organisations and n tasks, 10,000 per
// transaction.
func generate(b *testing.B, st *sqlstore.Store, n int) {
	ctx := context.Background()
	start := time.Now()
	rng := rand.New(rand.NewPCG(1, 2))
	var orgs []int64
	must(b, st.Tx(ctx, func(s tiendo.Store) error {
		for i := range benchOrgs {
			o := &tiendo.Org{Code: fmt.Sprintf("ORG%04d", i), Name: fmt.Sprintf("UBND phường %s %d", benchWards[i%len(benchWards)], i),
				Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
			if err := s.CreateOrg(ctx, o); err != nil {
				return err
			}
			orgs = append(orgs, o.ID)
		}
		return nil
	}))
	base := vn.NewDate(2024, 1, 1)
	for done := 0; done < n; {
		batch := min(10_000, n-done)
		must(b, st.Tx(ctx, func(s tiendo.Store) error {
			for range batch {
				if err := s.CreateTask(ctx, benchTask(rng, orgs, base)); err != nil {
					return err
				}
			}
			return nil
		}))
		done += batch
		if os.Getenv("TIENDO_BENCH_VERBOSE") != "" {
			b.Logf("%d tasks after %v", done, time.Since(start).Round(time.Second))
		}
	}
	b.Logf("generated %d tasks in %v", n, time.Since(start).Round(time.Second))
}

func benchTask(rng *rand.Rand, orgs []int64, base vn.Date) *tiendo.Task {
	lead := orgs[rng.IntN(len(orgs))]
	title := benchActions[rng.IntN(len(benchActions))] + " phường " + benchWards[rng.IntN(len(benchWards))]
	if rng.IntN(3) == 0 {
		title += fmt.Sprintf(" – đợt %d/2026", rng.IntN(12)+1)
	}
	assigned := base.AddDays(rng.IntN(900))
	t := &tiendo.Task{Title: title, LeadOrgID: lead, Category: tiendo.CategoryDirective,
		Priority: tiendo.PriorityNormal, DeadlineKind: vn.DeadlineDate, AssignedOn: assigned,
		Due: assigned.AddDays(10 + rng.IntN(120)), Status: benchStatuses[rng.IntN(len(benchStatuses))], Weight: 1,
		AssignedByOrg: &orgs[rng.IntN(20)]}
	t.OriginalDue = t.Due
	if rng.IntN(20) == 0 {
		t.DeadlineKind, t.Due, t.OriginalDue = vn.DeadlineContinuous, vn.Date{}, vn.Date{}
	}
	for range rng.IntN(3) {
		if c := orgs[rng.IntN(len(orgs))]; c != lead && !slices.Contains(t.CoopOrgIDs, c) {
			t.CoopOrgIDs = append(t.CoopOrgIDs, c)
		}
	}
	if t.Status == tiendo.StatusCompleted {
		t.CompletedOn = assigned.AddDays(5 + rng.IntN(150))
		t.ReportedOn = t.CompletedOn
	}
	return t
}

func must(b testing.TB, err error) {
	b.Helper()
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkFindTasks measures one page of 50 with its total for the common
// list views, and reports the 95th percentile besides the mean.
func BenchmarkFindTasks(b *testing.B) {
	st, orgs := benchStore(b)
	ctx := context.Background()
	asOf := vn.NewDate(2026, 6, 15)
	cases := []struct {
		name string
		flt  func(rng *rand.Rand) tiendo.TaskFilter
	}{
		{"OrgByDue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{OrgIDs: []int64{orgs[rng.IntN(len(orgs))]}, Sort: tiendo.SortDue}
		}},
		{"OrgOverdue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{OrgIDs: []int64{orgs[rng.IntN(len(orgs))]}, AsOf: asOf,
				Timeliness: []tiendo.Timeliness{tiendo.Overdue}, Sort: tiendo.SortOverdue}
		}},
		{"Scope20ByDue", func(rng *rand.Rand) tiendo.TaskFilter {
			i := rng.IntN(len(orgs) - 20)
			return tiendo.TaskFilter{ScopeOrgIDs: orgs[i : i+20], Sort: tiendo.SortDue}
		}},
		{"StatusByDue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Statuses: []tiendo.Status{tiendo.StatusReportedDone}, Sort: tiendo.SortDue, Unscoped: true}
		}},
		{"AllByDue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Sort: tiendo.SortDue, Unscoped: true}
		}},
		{"AllOverdue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}, AsOf: asOf, Sort: tiendo.SortDue, Unscoped: true}
		}},
		{"AssignedByOrg", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{AssignedBy: []int64{orgs[rng.IntN(20)]}, Sort: tiendo.SortDue}
		}},
		{"SearchPhoHue", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Query: "pho hue", Sort: tiendo.SortDue}
		}},
		{"SearchRare", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Query: "ra soat dat dai quynh mai dot 7", Sort: tiendo.SortDue}
		}},
		{"SearchInOrg", func(rng *rand.Rand) tiendo.TaskFilter {
			return tiendo.TaskFilter{Query: "kiem tra", OrgIDs: []int64{orgs[rng.IntN(len(orgs))]}, Sort: tiendo.SortDue}
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(3, 4))
			var times []time.Duration
			for b.Loop() {
				start := time.Now()
				tasks, total, err := st.FindTasks(ctx, c.flt(rng))
				times = append(times, time.Since(start))
				if err != nil {
					b.Fatal(err)
				}
				if total > 0 && len(tasks) == 0 {
					b.Fatalf("total %d but no tasks", total)
				}
			}
			slices.Sort(times)
			b.ReportMetric(float64(times[len(times)*95/100].Microseconds())/1000, "p95-ms")
		})
	}
	b.Logf("peak RSS of the process: %s", peakRSS())
}

// peakRSS reads VmHWM on Linux, for checking the memory budget.
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "unknown"
}

// BenchmarkCreateTask measures one acknowledged task creation (its own
// transaction, synced to disk).
func BenchmarkCreateTask(b *testing.B) {
	st, orgs := benchStore(b)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 6))
	base := vn.NewDate(2026, 1, 1)
	for b.Loop() {
		must(b, st.CreateTask(ctx, benchTask(rng, orgs, base)))
	}
}
