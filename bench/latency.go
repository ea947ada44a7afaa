package bench

import (
	"math"
	"slices"
	"sync"
	"testing"
	"time"
)

// Latencies collects request durations from any number of goroutines.
type Latencies struct {
	mu sync.Mutex
	d  []time.Duration
}

// Add records one duration.
func (l *Latencies) Add(d time.Duration) {
	l.mu.Lock()
	l.d = append(l.d, d)
	l.mu.Unlock()
}

// Time runs fn and records how long it took.
func (l *Latencies) Time(fn func()) {
	start := time.Now()
	fn()
	l.Add(time.Since(start))
}

// Percentile returns the duration below which a fraction p of the recorded
// ones fall (nearest rank: the smallest recorded d with at least p·n
// durations ≤ d); zero when nothing was recorded.
func (l *Latencies) Percentile(p float64) time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.d) == 0 {
		return 0
	}
	s := slices.Clone(l.d)
	slices.Sort(s)
	rank := int(math.Ceil(p*float64(len(s)))) - 1
	return s[min(max(rank, 0), len(s)-1)]
}

// Report adds the median and the 95th percentile, in milliseconds, to the
// benchmark's output: the targets are written as p95.
func (l *Latencies) Report(b *testing.B) {
	b.ReportMetric(ms(l.Percentile(0.50)), "p50-ms")
	b.ReportMetric(ms(l.Percentile(0.95)), "p95-ms")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
