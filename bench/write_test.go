package bench

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkHTTPWrite measures the four writes of a task's working life over
// HTTP against the real binary, one write per request, b.N writes per
// line: creating a task (1 and 8 clients), reporting it done, confirming
// the report and editing it (8 clients each). The office of a district
// does all four (it reports for its units and confirms what it assigned).
// Each line reports writes per second, the server's CPU per write (and on
// PostgreSQL its backends' CPU per write, pg-cpu-ms/op), p50,
// p95 and p99 latency, the number of failed requests (the target is 0:
// a failure is counted, not retried) and the server's peak RSS so far.
//
// The later lines work on the tasks the earlier ones created; run alone
// (say -bench HTTPWrite/Confirm) a line creates and reports what it needs
// first, outside the timer.
func BenchmarkHTTPWrite(b *testing.B) {
	s := server(b)
	w := &writeLoad{s: s, units: s.prov.subtree(s.office)}
	b.Run("Create/Clients1", func(b *testing.B) { w.run(b, 1, w.create) })
	b.Run("Create/Clients8", func(b *testing.B) { w.run(b, 8, w.create) })
	b.Run("Report/Clients8", func(b *testing.B) {
		w.need(b, &w.open, b.N, w.create)
		w.run(b, 8, w.report)
	})
	b.Run("Confirm/Clients8", func(b *testing.B) {
		w.need(b, &w.open, b.N, w.create)
		w.need(b, &w.reported, b.N, w.report)
		w.run(b, 8, w.confirm)
	})
	b.Run("Edit/Clients8", func(b *testing.B) {
		w.need(b, &w.open, 64, w.create)
		w.run(b, 8, w.edit)
	})
}

// writeLoad holds the tasks the write benchmarks pass from one line to
// the next, each with its current version.
type writeLoad struct {
	s        *benchServer
	units    []int64
	open     taskQueue // created, not reported
	reported taskQueue // reported done, awaiting confirmation
}

// versioned is a task as the next write must name it.
type versioned struct {
	ID      int64 `json:"id"`
	Version int   `json:"version"`
}

// taskQueue is a FIFO of tasks shared by the clients: each task is taken
// by one client at a time, so no two writes race on a version.
type taskQueue struct {
	mu    sync.Mutex
	tasks []versioned
}

func (q *taskQueue) push(t versioned) {
	q.mu.Lock()
	q.tasks = append(q.tasks, t)
	q.mu.Unlock()
}

func (q *taskQueue) pop() (versioned, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.tasks) == 0 {
		return versioned{}, false
	}
	t := q.tasks[0]
	q.tasks = q.tasks[1:]
	return t, true
}

func (q *taskQueue) len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.tasks)
}

// create posts one task led by a unit of the district.
func (w *writeLoad) create(rng *rand.Rand) error {
	var t versioned
	if err := w.s.call("POST", "/api/v1/tasks", actorDistrict, newTaskBody(rng, w.units), http.StatusCreated, &t); err != nil {
		return err
	}
	w.open.push(t)
	return nil
}

// report reports an open task done.
func (w *writeLoad) report(rng *rand.Rand) error {
	t, ok := w.open.pop()
	if !ok {
		return fmt.Errorf("no open task left to report")
	}
	body := fmt.Appendf(nil, `{"version":%d,"done":true,"narrative":"Đã hoàn thành, báo cáo số %d"}`, t.Version, rng.IntN(1000))
	var out struct{ Task versioned }
	if err := w.s.call("POST", fmt.Sprintf("/api/v1/tasks/%d/updates", t.ID), actorDistrict, body, http.StatusCreated, &out); err != nil {
		return err
	}
	w.reported.push(out.Task)
	return nil
}

// confirm confirms a reported completion.
func (w *writeLoad) confirm(*rand.Rand) error {
	t, ok := w.reported.pop()
	if !ok {
		return fmt.Errorf("no reported task left to confirm")
	}
	return w.s.call("POST", fmt.Sprintf("/api/v1/tasks/%d/confirm", t.ID), actorDistrict,
		fmt.Appendf(nil, `{"version":%d}`, t.Version), http.StatusOK, nil)
}

// edit changes an open task's place and puts it back for the next edit.
func (w *writeLoad) edit(rng *rand.Rand) error {
	t, ok := w.open.pop()
	if !ok {
		return fmt.Errorf("no open task left to edit")
	}
	body := fmt.Appendf(nil, `{"version":%d,"place":"Tổ dân phố số %d"}`, t.Version, rng.IntN(100))
	var out versioned
	if err := w.s.call("PATCH", fmt.Sprintf("/api/v1/tasks/%d", t.ID), actorDistrict, body, http.StatusOK, &out); err != nil {
		return err
	}
	w.open.push(out)
	return nil
}

// need makes q hold at least n tasks by running fill, outside the timer.
func (w *writeLoad) need(b *testing.B, q *taskQueue, n int, fill func(*rand.Rand) error) {
	b.StopTimer()
	defer b.StartTimer()
	rng := rand.New(rand.NewPCG(uint64(n), 3))
	for q.len() < n {
		if err := fill(rng); err != nil {
			b.Fatal(err)
		}
	}
}

// run makes b.N calls of op from clients goroutines and reports them.
func (w *writeLoad) run(b *testing.B, clients int, op func(*rand.Rand) error) {
	var lat Latencies
	var next, errs atomic.Int64
	var firstErr atomic.Pointer[error]
	var wg sync.WaitGroup
	cpu, dbCPU := w.s.cpu(b), w.s.dbCPU(b)
	b.ResetTimer()
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(c), uint64(b.N)))
			for next.Add(1) <= int64(b.N) {
				var err error
				lat.Time(func() { err = op(rng) })
				if err != nil {
					errs.Add(1)
					firstErr.CompareAndSwap(nil, &err)
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err := firstErr.Load(); err != nil {
		b.Errorf("%d of %d requests failed; the first: %v", errs.Load(), b.N, *err)
	}
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "writes/s")
	b.ReportMetric(ms(w.s.cpu(b)-cpu)/float64(b.N), "server-cpu-ms/op")
	if w.s.pg != nil {
		b.ReportMetric(ms(w.s.dbCPU(b)-dbCPU)/float64(b.N), "pg-cpu-ms/op")
	}
	lat.Report(b)
	b.ReportMetric(ms(lat.Percentile(0.99)), "p99-ms")
	b.ReportMetric(float64(errs.Load()), "errors")
	w.s.reportRSS(b)
}
