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

// BenchmarkStatsFirstRequest restarts the real binary b.N times on a copy
// of the generated database and measures the first statistics request
// after each start (issue 19: the organisation matrix of the quarter for
// the whole province, sent as soon as the server listens), then the
// second. It also reports how long the server took to build its
// statistics index, from its log.
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
	var first, second Latencies
	var built []float64
	for b.Loop() {
		if err := s.launch(bin, db); err != nil {
			b.Fatal(err)
		}
		for _, l := range []*Latencies{&first, &second} {
			var err error
			l.Time(func() { err = s.call("GET", path, actorCity, nil, http.StatusOK, nil) })
			if err != nil {
				s.halt()
				b.Fatal(err)
			}
		}
		if ms, ok := indexBuiltMS(s.logPath(), 30*time.Second); ok {
			built = append(built, ms)
		}
		s.halt()
	}
	b.ReportMetric(ms(first.Percentile(0.5)), "first-p50-ms")
	b.ReportMetric(ms(first.Percentile(1)), "first-max-ms")
	b.ReportMetric(ms(second.Percentile(1)), "second-max-ms")
	if len(built) > 0 {
		sum := 0.0
		for _, v := range built {
			sum += v
		}
		b.ReportMetric(sum/float64(len(built)), "index-build-ms")
	}
}

var indexBuiltLine = regexp.MustCompile(`statistics index (?:built|loaded).*?ms=(\d+)`)

// indexBuiltMS waits up to wait for the server's log to say how long the
// statistics index took to be ready (cmd/tiendo warmStats).
func indexBuiltMS(log string, wait time.Duration) (float64, bool) {
	for end := time.Now().Add(wait); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		data, err := os.ReadFile(log)
		if err != nil {
			return 0, false
		}
		if m := indexBuiltLine.FindSubmatch(data); m != nil {
			n, _ := strconv.ParseFloat(string(m[1]), 64)
			return n, true
		}
	}
	return 0, false
}
