package bench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loadRole is what one client of the load benchmark keeps asking for.
type loadRole struct {
	name    string
	request func(s *benchServer, rng *rand.Rand, units []int64) error
}

// loadRoles are the heavy requests that grew the server's memory: a
// province-wide search for a rarer phrase (one of its first 20 pages), the
// province-wide overdue list (183,000 tasks counted) and creates.
var loadRoles = []loadRole{
	{"search", func(s *benchServer, rng *rand.Rand, _ []int64) error {
		q := url.Values{"q": {"pho hue"}, "page": {strconv.Itoa(1 + rng.IntN(20))}}
		return s.call("GET", "/api/v1/tasks?"+q.Encode(), actorCity, nil, http.StatusOK, nil)
	}},
	{"overdue", func(s *benchServer, _ *rand.Rand, _ []int64) error {
		q := url.Values{"timeliness": {"overdue"}, "sort": {"overdue"}}
		return s.call("GET", "/api/v1/tasks?"+q.Encode(), actorCity, nil, http.StatusOK, nil)
	}},
	{"create", func(s *benchServer, rng *rand.Rand, units []int64) error {
		return s.call("POST", "/api/v1/tasks", actorDistrict, newTaskBody(rng, units), http.StatusCreated, nil)
	}},
}

// BenchmarkHTTPLoadRSS holds 8 keep-alive clients on the server for
// TIENDO_BENCH_LOAD_SECONDS (60 by default), client i playing
// loadRoles[i%3], and reports the server's resident memory: its peak
// before the load (start-up jobs included), its peak during it, and the
// mean of the per-second VmRSS samples. One run per invocation: b.N is
// ignored. With TIENDO_PPROF set the server (which inherits it) serves
// /debug/memory there, and its split (Go heap, SQLite) is logged at the end.
func BenchmarkHTTPLoadRSS(b *testing.B) {
	s := server(b)
	pid := s.cmd.Process.Pid
	before, err := PeakRSS(pid)
	if err != nil {
		b.Fatal(err)
	}
	seconds := 60
	if n, err := strconv.Atoi(os.Getenv("TIENDO_BENCH_LOAD_SECONDS")); err == nil && n > 0 {
		seconds = n
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(seconds)*time.Second)
	defer cancel()
	samples := sampleRSS(ctx, b, pid)
	lat := make([]Latencies, len(loadRoles))
	var done atomic.Int64
	var failed atomic.Pointer[error]
	units := s.prov.subtree(s.office)
	cpu := s.cpu(b)
	var wg sync.WaitGroup
	b.ResetTimer()
	for c := range 8 {
		wg.Go(func() {
			role, rng := c%len(loadRoles), rand.New(rand.NewPCG(uint64(c), 42))
			for ctx.Err() == nil && failed.Load() == nil {
				var err error
				lat[role].Time(func() { err = loadRoles[role].request(s, rng, units) })
				if err != nil {
					failed.Store(&err)
				}
				done.Add(1)
			}
		})
	}
	wg.Wait()
	b.StopTimer()
	if err := failed.Load(); err != nil {
		b.Fatal(*err)
	}
	rss := <-samples
	peak, err := PeakRSS(pid)
	if err != nil {
		b.Fatal(err)
	}
	const mib = 1 << 20
	b.ReportMetric(float64(before)/mib, "start-peak-RSS-MiB")
	b.ReportMetric(float64(peak)/mib, "load-peak-RSS-MiB")
	b.ReportMetric(rss.mean()/mib, "load-mean-RSS-MiB")
	b.ReportMetric(float64(done.Load())/float64(seconds), "req/s")
	b.ReportMetric(ms(s.cpu(b)-cpu)/float64(max(done.Load(), 1)), "server-cpu-ms/op")
	for i, r := range loadRoles {
		b.ReportMetric(ms(lat[i].Percentile(0.5)), r.name+"-p50-ms")
		b.ReportMetric(ms(lat[i].Percentile(0.95)), r.name+"-p95-ms")
	}
	b.Logf("VmRSS every 5 s (MiB): %v", rss.every(5))
	logDebugMemory(b)
}

// rssSamples are VmRSS readings taken once a second.
type rssSamples []int64

func (r rssSamples) mean() float64 {
	var sum int64
	for _, v := range r {
		sum += v
	}
	return float64(sum) / float64(max(len(r), 1))
}

// every returns every nth sample in MiB, for the log.
func (r rssSamples) every(n int) []int64 {
	var out []int64
	for i := 0; i < len(r); i += n {
		out = append(out, r[i]>>20)
	}
	return out
}

// sampleRSS reads pid's VmRSS every second until ctx ends, then sends the
// readings.
func sampleRSS(ctx context.Context, b *testing.B, pid int) <-chan rssSamples {
	out := make(chan rssSamples, 1)
	go func() {
		var r rssSamples
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				out <- r
				return
			case <-tick.C:
				if n, err := RSS(pid); err == nil {
					r = append(r, n)
				} else {
					b.Logf("VmRSS: %v", err)
				}
			}
		}
	}()
	return out
}

// logDebugMemory logs the server's /debug/memory when TIENDO_PPROF names
// its debug listener.
func logDebugMemory(b *testing.B) {
	addr := os.Getenv("TIENDO_PPROF")
	if addr == "" {
		return
	}
	resp, err := http.Get("http://" + addr + "/debug/memory")
	if err != nil {
		b.Logf("debug memory: %v", err)
		return
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	b.Logf("server memory:\n%s", data)
	fmt.Fprintf(os.Stderr, "server memory:\n%s", data)
}
