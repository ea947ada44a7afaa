package bench

import (
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"

	"tiendo"
)

// BenchmarkStatsFirstRequest restarts the real binary on a copy of the
// generated database and measures the first statistics request after each
// start (issue 19: the organisation matrix of the quarter for the whole
// province, sent as soon as the server listens), then the second. The
// first start has no snapshot of the statistics index: SQL answers while
// the index is built in the background (first-cold-ms, index-build-ms);
// every later start loads the snapshot the previous run saved before it
// listens (first-ms, index-load-ms). b.N is the number of starts.
func BenchmarkStatsFirstRequest(b *testing.B) {
	s, bin, db, err := setUpServer(b, benchDB(b))
	if s != nil {
		defer s.stop()
	}
	if err != nil {
		b.Fatal(err)
	}
	today := tiendo.Today(tiendo.SystemClock{})
	path := fmt.Sprintf("/api/v1/stats?period=%d-Q%d", today.Year, (int(today.Month)-1)/3+1)
	var cold, warm, second, loads, warmCPU Latencies
	starts := 0
	for b.Loop() {
		if err := s.launch(bin, db); err != nil {
			b.Fatal(err)
		}
		first := &warm
		if starts == 0 {
			first = &cold
		}
		cpu := s.cpu(b)
		for _, l := range []*Latencies{first, &second} {
			var err error
			l.Time(func() { err = s.call("GET", path, actorCity, nil, http.StatusOK, nil) })
			if err != nil {
				s.halt()
				b.Fatal(err)
			}
			if l == &warm {
				// The server's CPU while the first request ran, its
				// start-up jobs included: an upper bound, in 10 ms ticks.
				warmCPU.Add(s.cpu(b) - cpu)
			}
		}
		// Wait for the index (and its snapshot) before stopping.
		d, how, ok := indexReady(s.logPath(), 5*time.Minute)
		switch {
		case !ok:
			b.Logf("start %d: the log never said the statistics index was ready", starts+1)
		case how == "built":
			b.ReportMetric(ms(d), "index-build-ms")
		default:
			loads.Add(d)
		}
		s.halt()
		starts++
	}
	b.ReportMetric(ms(cold.Percentile(1)), "first-cold-ms")
	if starts > 1 {
		b.ReportMetric(ms(warm.Percentile(0.5)), "first-p50-ms")
		b.ReportMetric(ms(warm.Percentile(1)), "first-max-ms")
		b.ReportMetric(ms(loads.Percentile(1)), "index-load-max-ms")
		b.ReportMetric(ms(warmCPU.Percentile(0.5)), "first-server-cpu-p50-ms")
	}
	b.ReportMetric(ms(second.Percentile(1)), "second-max-ms")
}

var indexReadyLine = regexp.MustCompile(`"statistics index (built|loaded)".*?"ms":(\d+)`)

// indexReady waits up to wait for the server's log to say how the
// statistics index became ready (cmd/tiendo: built from the tasks or
// loaded from the snapshot) and how long it took.
func indexReady(log string, wait time.Duration) (time.Duration, string, bool) {
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		data, err := os.ReadFile(log)
		if err != nil {
			return 0, "", false
		}
		if m := indexReadyLine.FindSubmatch(data); m != nil {
			n, _ := strconv.Atoi(string(m[2]))
			return time.Duration(n) * time.Millisecond, string(m[1]), true
		}
	}
	return 0, "", false
}
