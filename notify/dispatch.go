package notify

import (
	"context"
	"log/slog"
	"time"

	"tiendo"
)

// Dispatcher sends the outbox. Each instance has its own Owner name; a
// delivery is leased to one owner at a time, and a lease that runs out
// (the owner died mid-send) makes the delivery claimable again.
type Dispatcher struct {
	Store       tiendo.Store
	Clock       tiendo.Clock
	Owner       string
	Lease       time.Duration // how long a claim lasts; longer than a send can take
	Batch       int
	MaxAttempts int
	Mailer      *Mailer // nil: mail deliveries wait until a relay is configured
	Webhooks    *WebhookSender
	Logger      *slog.Logger
}

// Backoff is the wait before retry n (1-based): 30 s, 1, 2, 4 … minutes,
// capped at 6 hours.
func Backoff(n int) time.Duration {
	d := 30 * time.Second
	for i := 1; i < n && d < 6*time.Hour; i++ {
		d *= 2
	}
	return min(d, 6*time.Hour)
}

// RunOnce claims and sends one batch; it returns how many were sent.
func (d *Dispatcher) RunOnce(ctx context.Context) (int, error) {
	now := d.Clock.Now()
	claimed, err := d.Store.ClaimDeliveries(ctx, d.Owner, now, now.Add(d.Lease), d.Batch)
	if err != nil {
		return 0, err
	}
	sent := 0
	// A send starts only while at least half the lease is left, so a slow
	// batch never sends past its lease and races the instance that takes
	// the rest over; what is left is claimed again on the next run.
	startBy := now.Add(d.Lease / 2)
	for _, del := range claimed {
		if ctx.Err() != nil {
			return sent, ctx.Err()
		}
		if d.Clock.Now().After(startBy) {
			break
		}
		o := d.send(ctx, del)
		if err := d.Store.FinishDelivery(ctx, del.ID, d.Owner, o); err != nil {
			// The lease ran out and another instance took over: it
			// will record its own attempt.
			d.Logger.Warn("delivery finished after losing its lease", "id", del.ID, "err", err)
			continue
		}
		if o.Status == tiendo.DeliverySent {
			sent++
		}
	}
	return sent, nil
}

// send makes one attempt and decides what comes next.
func (d *Dispatcher) send(ctx context.Context, del *tiendo.Delivery) tiendo.DeliveryOutcome {
	at := tiendo.DeliveryAttempt{DeliveryID: del.ID, Attempt: del.Attempts, Owner: d.Owner, StartedAt: d.Clock.Now()}
	err := d.deliver(ctx, del, &at)
	if err == nil {
		at.OK = true
		return tiendo.DeliveryOutcome{Attempt: at, Status: tiendo.DeliverySent}
	}
	at.Error = err.Error()
	if del.Attempts >= d.MaxAttempts {
		return tiendo.DeliveryOutcome{Attempt: at, Status: tiendo.DeliveryFailed}
	}
	return tiendo.DeliveryOutcome{Attempt: at, Status: tiendo.DeliveryPending, RetryAt: d.Clock.Now().Add(Backoff(del.Attempts))}
}

func (d *Dispatcher) deliver(ctx context.Context, del *tiendo.Delivery, at *tiendo.DeliveryAttempt) error {
	switch del.Channel {
	case tiendo.ChannelEmail:
		if d.Mailer == nil {
			return errNoRelay
		}
		return d.Mailer.Send(ctx, del)
	case tiendo.ChannelWebhook:
		if del.WebhookID == nil {
			return errNoWebhook
		}
		w, err := d.Store.FindWebhook(ctx, *del.WebhookID)
		if err != nil {
			return err
		}
		if !w.Active {
			return errNoWebhook
		}
		code, err := d.Webhooks.Send(ctx, w, del)
		at.StatusCode = code
		return err
	}
	return errNoWebhook
}

type sendError string

func (e sendError) Error() string { return string(e) }

const (
	errNoRelay   = sendError("chưa cấu hình máy chủ thư (SMTP)")
	errNoWebhook = sendError("webhook không còn hoạt động")
)
