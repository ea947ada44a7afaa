package sqlite_test

import (
	"context"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// BenchmarkClosing measures closing a quarter for the whole tree (the
// statistics of every breakdown, four grade sheets, the overdue list and
// one fact per task, computed and stored), a statistics request served
// from the closing (by a new service, which decodes the stored figures,
// and by one that has them cached) against the same request computed live
// by a new service, and the
// adjustments (everything computed again and compared). It writes: point
// TIENDO_BENCH_CLOSING_DB at a copy of a generated database.
//
//	cp /tmp/bench/300k.db /tmp/closing.db
//	TIENDO_BENCH_CLOSING_DB=/tmp/closing.db go test -run '^$' -bench Closing -benchtime 5x ./sqlstore/sqlite/
func BenchmarkClosing(b *testing.B) {
	st, _, q := statsBenchStoreAt(b, "TIENDO_BENCH_CLOSING_DB")
	if err := st.Migrate(context.Background()); err != nil { // a database generated before migration 00065
		b.Fatal(err)
	}
	p := vn.PeriodContaining(vn.PeriodQuarter, q.Period.From.AddDays(-1), vn.DefaultCutoffs()) // the quarter before: all its days have passed
	_, to := p.Range(vn.DefaultCutoffs())
	clock := &tiendo.FixedClock{T: time.Date(to.Year, to.Month, to.Day, 12, 0, 0, 0, vn.Location).AddDate(0, 0, 2)}
	svc := service.New(st, clock, tiendo.DefaultRules())
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	req := service.StatsRequest{Period: p}
	var closing *tiendo.PeriodClosing
	reopen := func() error {
		if closing == nil {
			return nil
		}
		_, err := svc.ReopenPeriod(ctx, closing.ID, closing.Version, "benchmark")
		closing = nil
		return err
	}
	b.Run("Close", func(b *testing.B) {
		timedAfter(b, reopen, func() error {
			var err error
			closing, err = svc.ClosePeriod(ctx, service.ClosingRequest{Period: p})
			return err
		})
	})
	if err := reopen(); err != nil {
		b.Fatal(err)
	}
	b.Run("StatsLive", func(b *testing.B) {
		timed(b, func() error {
			_, err := service.New(st, clock, tiendo.DefaultRules()).Stats(ctx, req)
			return err
		})
	})
	c, err := svc.ClosePeriod(ctx, service.ClosingRequest{Period: p})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _, _ = svc.ReopenPeriod(ctx, c.ID, c.Version, "benchmark") })
	b.Run("StatsClosed", func(b *testing.B) {
		timed(b, func() error {
			rep, err := service.New(st, clock, tiendo.DefaultRules()).Stats(ctx, req)
			if err == nil && rep.Closing == nil {
				b.Fatal("not served from the closing")
			}
			return err
		})
	})
	b.Run("StatsClosedWarm", func(b *testing.B) {
		timed(b, func() error {
			_, err := svc.Stats(ctx, req)
			return err
		})
	})
	b.Run("Adjustments", func(b *testing.B) {
		timed(b, func() error {
			_, err := svc.ClosingAdjustments(ctx, c.ID)
			return err
		})
	})
}
