package service_test

import (
	"slices"
	"testing"
	"time"

	"tiendo"
)

// BenchmarkSignInFailure compares the time of the failures a caller could
// tell apart by timing: an unknown login, a disabled account and a wrong
// password (docs/BENCHMARKS.md; they must differ by under 10%). Each
// iteration runs the three in turn, so the load of a shared machine weighs
// on all alike, and reports each one's median and their spread. The clock jumps past the
// throttle's memory before each attempt, so every one does the full work:
// throttle check, hashing, failure record.
func BenchmarkSignInFailure(b *testing.B) {
	f := newFixture(&testing.T{})
	id := tiendo.ActorFromContext(f.as("viewer")).AccountID
	acc, err := f.svc.GetAccount(f.as("admin"), id)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := f.svc.SetAccountDisabled(f.as("admin"), id, acc.Version, true); err != nil {
		b.Fatal(err)
	}
	ctx := from("203.0.113.50")
	cases := []struct{ name, login string }{{"unknown", "khong-co"}, {"disabled", "viewer"}, {"wrong", "phohue"}}
	times := make([][]time.Duration, len(cases))
	for n := 0; b.Loop(); n++ {
		for j := range cases {
			// Each takes every place in turn: no order effect.
			i := (j + n) % len(cases)
			c := cases[i]
			f.clock.T = f.clock.T.Add(3 * time.Hour)
			start := time.Now()
			if _, err := f.svc.SignIn(ctx, c.login, "sai-mat-khau"); tiendo.ErrorCode(err) != tiendo.EUNAUTHENTICATED {
				b.Fatalf("%s: %v", c.login, err)
			}
			times[i] = append(times[i], time.Since(start))
		}
	}
	lo, hi := time.Duration(1<<62), time.Duration(0)
	for i, c := range cases {
		slices.Sort(times[i])
		med := times[i][len(times[i])/2]
		lo, hi = min(lo, med), max(hi, med)
		b.ReportMetric(float64(med)/1e6, "ms-"+c.name)
	}
	b.ReportMetric(100*float64(hi-lo)/float64(lo), "%spread")
}
