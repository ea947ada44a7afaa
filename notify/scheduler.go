package notify

import (
	"context"
	"log/slog"
	"time"

	"tiendo/service"
)

// Scheduler runs, every Interval: the reminder rules, the daily digests
// and the outbox. Every step is safe on many instances at once (the state
// is in the database), so each instance simply runs its own Scheduler.
type Scheduler struct {
	Service    *service.Service
	Dispatcher *Dispatcher
	Interval   time.Duration
	Logger     *slog.Logger
}

// Run loops until ctx ends.
func (s *Scheduler) Run(ctx context.Context) {
	tick := time.NewTicker(s.Interval)
	defer tick.Stop()
	for {
		s.Tick(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// Tick runs each step once, logging failures: one failing step must not
// stop the others.
func (s *Scheduler) Tick(ctx context.Context) {
	if n, err := s.Service.RunReminders(ctx); err != nil && ctx.Err() == nil {
		s.Logger.Error("reminders", "err", err)
	} else if n > 0 {
		s.Logger.Info("reminders fired", "count", n)
	}
	if n, err := s.Service.QueueDigests(ctx); err != nil && ctx.Err() == nil {
		s.Logger.Error("digests", "err", err)
	} else if n > 0 {
		s.Logger.Info("digests queued", "count", n)
	}
	for ctx.Err() == nil {
		n, err := s.Dispatcher.RunOnce(ctx)
		if err != nil && ctx.Err() == nil {
			s.Logger.Error("deliveries", "err", err)
			return
		}
		if n == 0 {
			return
		}
	}
}
