package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

// BenchmarkServiceCreate measures service.CreateTasks in process, the
// path of POST /api/v1/tasks without HTTP and JSON: one task per call from
// 1, 4 or 16 goroutines, and batches of 10 or 50 lead units per call (one
// plan assigned to many units). b.N counts tasks. It writes, so it runs
// only on a database named by TIENDO_BENCH_WRITE_DB (a migrated copy,
// never the shared one). Profile it with -cpuprofile.
func BenchmarkServiceCreate(b *testing.B) {
	path := os.Getenv("TIENDO_BENCH_WRITE_DB")
	if path == "" {
		b.Skip("TIENDO_BENCH_WRITE_DB names no writable copy of a generated database")
	}
	p, svc := writeService(b, path)
	ctx := officeContext(b, svc, p.districts[0])
	units := p.subtree(p.districts[0])
	for _, c := range []struct{ clients, perCall int }{{1, 1}, {4, 1}, {16, 1}, {1, 10}, {1, 50}, {4, 50}} {
		b.Run(fmt.Sprintf("Clients%d/PerCall%d", c.clients, c.perCall), func(b *testing.B) {
			runCreates(b, c.clients, func(rng *rand.Rand) int {
				in := newTaskInput(rng, units, c.perCall)
				tasks, err := svc.CreateTasks(ctx, in)
				if err != nil {
					b.Error(err)
					return 0
				}
				return len(tasks)
			})
		})
	}
}

// runCreates calls create from clients goroutines until b.N tasks exist,
// and reports tasks per second and CPU per task.
func runCreates(b *testing.B, clients int, create func(*rand.Rand) int) {
	var done atomic.Int64
	var wg sync.WaitGroup
	var lat Latencies
	cpu := SelfCPU()
	start := time.Now()
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(c), 7))
			for done.Load() < int64(b.N) && !b.Failed() {
				var n int
				lat.Time(func() { n = create(rng) })
				done.Add(int64(n))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	n := float64(done.Load())
	b.ReportMetric(n/elapsed.Seconds(), "tasks/s")
	b.ReportMetric(ms(SelfCPU()-cpu)/n, "cpu-ms/task")
	lat.Report(b)
}

// writeService opens the database at path for a benchmark that writes
// through the service, closed when b ends, and reads its province.
func writeService(b *testing.B, path string) (*province, *service.Service) {
	b.Helper()
	st, err := openQuiet(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return loadProvince(b, st), service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
}

// officeContext is a request context of the office of a district, with an
// account of its own (tasks record who created them).
func officeContext(b *testing.B, svc *service.Service, district int64) context.Context {
	sys := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	login := "bench-create"
	g := tiendo.Grant{Role: tiendo.RoleOffice, OrgID: &district}
	_, err := svc.CreateAccount(sys, service.AccountInput{Login: login, Password: "tiendo-bench", Grants: []tiendo.Grant{g}})
	if err != nil && tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		b.Fatal(err)
	}
	token, err := svc.CreateToken(sys, login, "bench")
	if err != nil {
		b.Fatal(err)
	}
	actor, err := svc.ActorForToken(sys, token)
	if err != nil {
		b.Fatal(err)
	}
	return tiendo.NewContextWithActor(context.Background(), actor)
}

// newTaskInput is what newTaskBody sends, for n lead units at once.
func newTaskInput(rng *rand.Rand, units []int64, n int) service.TaskInput {
	in := service.TaskInput{
		Title: fmt.Sprintf("%s đợt %d", benchTitles[rng.IntN(len(benchTitles))], rng.IntN(1000)),
		Due:   tiendo.Today(tiendo.SystemClock{}).AddDays(7 + rng.IntN(60)),
	}
	if n == 1 {
		in.LeadOrgID = units[rng.IntN(len(units))]
	} else {
		for _, i := range rng.Perm(len(units))[:min(n, len(units))] {
			in.LeadOrgIDs = append(in.LeadOrgIDs, units[i])
		}
	}
	if rng.IntN(3) == 0 {
		in.CoopOrgIDs = []int64{units[rng.IntN(len(units))]}
	}
	return in
}
