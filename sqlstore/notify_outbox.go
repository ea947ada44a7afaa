package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"time"

	"tiendo"
)

// CreateWebhook stores a webhook.
func (s *Store) CreateWebhook(ctx context.Context, w *tiendo.Webhook) error {
	return s.writeTx(ctx, func(s *Store) error {
		w.CreatedAt, w.Version = s.now(), 1
		err := s.w().QueryRowContext(ctx, `INSERT INTO webhooks (org_id, url, secret, allow_private, active, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`, w.OrgID, text(w.URL), w.Secret, w.AllowPrivate,
			w.Active, ts(w.CreatedAt)).Scan(&w.ID)
		return s.fail(err, "ghi webhook", "")
	})
}

const webhookColumns = "id, org_id, url, secret, allow_private, active, version, created_at"

func scanWebhook(sc interface{ Scan(...any) error }) (*tiendo.Webhook, error) {
	var w tiendo.Webhook
	err := sc.Scan(&w.ID, &w.OrgID, &w.URL, &w.Secret, boolScan{&w.AllowPrivate}, boolScan{&w.Active},
		&w.Version, timeScan{&w.CreatedAt})
	return &w, err
}

// FindWebhook returns one webhook.
func (s *Store) FindWebhook(ctx context.Context, id int64) (*tiendo.Webhook, error) {
	w, err := scanWebhook(s.q().QueryRowContext(ctx, "SELECT "+webhookColumns+" FROM webhooks WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "webhook", id)
	}
	return w, nil
}

// ListWebhooks returns the webhooks of orgs (all when nil), by id.
func (s *Store) ListWebhooks(ctx context.Context, orgs []int64) ([]*tiendo.Webhook, error) {
	a := sqlArgs{}
	q := "SELECT " + webhookColumns + " FROM webhooks"
	if orgs != nil {
		q += " WHERE " + s.inIDs(&a, "org_id", orgs)
	}
	return queryList(ctx, s, "đọc webhook", q+" ORDER BY id", a, scanWebhook)
}

// SetWebhookActive switches a webhook on or off.
func (s *Store) SetWebhookActive(ctx context.Context, id int64, active bool) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE webhooks SET active = $1, updated_at = $2, version = version + 1
			WHERE id = $3`, active, ts(s.now()), id)
		if err != nil {
			return s.fail(err, "ghi webhook", "")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return notFound("webhook", id)
		}
		return nil
	})
}

// EnqueueDelivery stores d unless its dedup key exists.
func (s *Store) EnqueueDelivery(ctx context.Context, d *tiendo.Delivery) (bool, error) {
	inserted := false
	err := s.writeTx(ctx, func(s *Store) error {
		d.CreatedAt, d.Status = s.now(), tiendo.DeliveryPending
		if d.NextAt.IsZero() {
			d.NextAt = d.CreatedAt
		}
		err := s.w().QueryRowContext(ctx, `INSERT INTO deliveries (dedup, channel, target, webhook_id, subject, payload,
			status, next_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (dedup) DO NOTHING RETURNING id`, d.Dedup, d.Channel, text(d.Target), nullID(d.WebhookID),
			text(d.Subject), text(d.Payload), d.Status, ts(d.NextAt), ts(d.CreatedAt)).Scan(&d.ID)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return s.fail(err, "ghi hàng đợi gửi", "")
		}
		inserted = true
		return nil
	})
	return inserted, err
}

const deliveryColumns = `id, dedup, channel, target, webhook_id, subject, payload, status, attempts, next_at,
	lease_owner, lease_until, last_error, sent_at, created_at`

func scanDelivery(sc interface{ Scan(...any) error }) (*tiendo.Delivery, error) {
	var d tiendo.Delivery
	err := sc.Scan(&d.ID, &d.Dedup, &d.Channel, &d.Target, idScan{&d.WebhookID}, &d.Subject, &d.Payload, &d.Status,
		&d.Attempts, timeScan{&d.NextAt}, &d.LeaseOwner, nullTimeScan{&d.LeaseUntil}, &d.LastError,
		nullTimeScan{&d.SentAt}, timeScan{&d.CreatedAt})
	return &d, err
}

// ClaimDeliveries leases due deliveries to owner. On PostgreSQL the
// candidate rows are locked with SKIP LOCKED so instances claim disjoint
// sets without waiting; the outer WHERE repeats the conditions, which
// PostgreSQL re-checks on the latest row version, so a row claimed by a
// concurrent transaction is never claimed twice. SQLite has one writer.
func (s *Store) ClaimDeliveries(ctx context.Context, owner string, now, leaseUntil time.Time, limit int) ([]*tiendo.Delivery, error) {
	lock := s.d.SkipLocked()
	var out []*tiendo.Delivery
	err := s.writeTx(ctx, func(s *Store) error {
		// A delivery that cannot be read stays leased until its lease
		// ends (reported each time): it must not hold back the others.
		list, err := queryList(ctx, s, "nhận việc gửi", `UPDATE deliveries SET lease_owner = $1, lease_until = $2, attempts = attempts + 1
			WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' AND next_at <= $3
				AND (lease_until IS NULL OR lease_until < $3) ORDER BY next_at, id LIMIT $4`+lock+`)
			AND status = 'pending' AND (lease_until IS NULL OR lease_until < $3)
			RETURNING `+deliveryColumns, []any{owner, ts(leaseUntil), ts(now), limit}, scanDelivery)
		out = list
		return err
	})
	return out, err
}

// FinishDelivery logs an attempt and applies its outcome if owner still
// holds the lease.
func (s *Store) FinishDelivery(ctx context.Context, id int64, owner string, o tiendo.DeliveryOutcome) error {
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		var sentAt any
		next := now
		switch o.Status {
		case tiendo.DeliverySent:
			sentAt = ts(now)
		case tiendo.DeliveryPending:
			next = o.RetryAt
		}
		res, err := s.w().ExecContext(ctx, `UPDATE deliveries SET status = $1, next_at = $2, sent_at = $3, last_error = $4,
			lease_owner = '', lease_until = NULL WHERE id = $5 AND lease_owner = $6 AND status = 'pending'`,
			o.Status, ts(next), sentAt, text(o.Attempt.Error), id, owner)
		if err != nil {
			return s.fail(err, "ghi kết quả gửi", "")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return tiendo.Errorf(tiendo.ECONFLICT, "Việc gửi %d không còn do %s giữ", id, owner)
		}
		at := o.Attempt
		_, err = s.w().ExecContext(ctx, `INSERT INTO delivery_attempts (delivery_id, attempt, owner, started_at, ok, status_code, error)
			VALUES ($1, $2, $3, $4, $5, $6, $7)`, id, at.Attempt, owner, ts(at.StartedAt), at.OK, at.StatusCode, text(at.Error))
		return s.fail(err, "ghi nhật ký gửi", "")
	})
}

// FindDelivery returns one delivery.
func (s *Store) FindDelivery(ctx context.Context, id int64) (*tiendo.Delivery, error) {
	d, err := scanDelivery(s.q().QueryRowContext(ctx, "SELECT "+deliveryColumns+" FROM deliveries WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "việc gửi", id)
	}
	return d, nil
}

// ListDeliveries returns a webhook's deliveries, newest first.
func (s *Store) ListDeliveries(ctx context.Context, webhook int64, p tiendo.Page) ([]*tiendo.Delivery, int, error) {
	a := sqlArgs{}
	w := " WHERE webhook_id = " + a.add(webhook)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM deliveries"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm việc gửi", "")
	}
	out, err := queryList(ctx, s, "đọc việc gửi", "SELECT "+deliveryColumns+" FROM deliveries"+w+" ORDER BY id DESC"+limit(&a, p), a, scanDelivery)
	return out, total, err
}

// DeliveryAttempts returns the log of one delivery, oldest first.
func (s *Store) DeliveryAttempts(ctx context.Context, delivery int64) ([]tiendo.DeliveryAttempt, error) {
	out := []tiendo.DeliveryAttempt{}
	err := eachRow(ctx, s, "đọc nhật ký gửi", `SELECT delivery_id, attempt, owner, started_at, ok, status_code, error
		FROM delivery_attempts WHERE delivery_id = $1 ORDER BY id`, []any{delivery}, func(r interface{ Scan(...any) error }) error {
		var a tiendo.DeliveryAttempt
		if err := r.Scan(&a.DeliveryID, &a.Attempt, &a.Owner, timeScan{&a.StartedAt}, boolScan{&a.OK},
			&a.StatusCode, &a.Error); err != nil {
			return err
		}
		out = append(out, a)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// CreateExplanationRequest stores an explanation request.
func (s *Store) CreateExplanationRequest(ctx context.Context, e *tiendo.ExplanationRequest) error {
	return s.writeTx(ctx, func(s *Store) error {
		e.CreatedAt, e.Version = s.now(), 1
		err := s.w().QueryRowContext(ctx, `INSERT INTO explanations (task_id, reminder_id, org_id, requested_on, due_on,
			question, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
			e.TaskID, nullID(e.ReminderID), e.OrgID, e.RequestedOn, e.DueOn, text(e.Question), ts(e.CreatedAt)).Scan(&e.ID)
		return s.fail(err, "ghi yêu cầu giải trình", "Yêu cầu giải trình đã có")
	})
}

const explanationRequestColumns = `id, task_id, reminder_id, org_id, requested_on, due_on, question, answer, answered_on,
	answered_by, version, created_at`

func scanExplanationRequest(sc interface{ Scan(...any) error }) (*tiendo.ExplanationRequest, error) {
	var e tiendo.ExplanationRequest
	err := sc.Scan(&e.ID, &e.TaskID, idScan{&e.ReminderID}, &e.OrgID, &e.RequestedOn, &e.DueOn, &e.Question,
		&e.Answer, &e.AnsweredOn, idScan{&e.AnsweredBy}, &e.Version, timeScan{&e.CreatedAt})
	return &e, err
}

// FindExplanationRequest returns one explanation request.
func (s *Store) FindExplanationRequest(ctx context.Context, id int64) (*tiendo.ExplanationRequest, error) {
	e, err := scanExplanationRequest(s.q().QueryRowContext(ctx, "SELECT "+explanationRequestColumns+" FROM explanations WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "yêu cầu giải trình", id)
	}
	return e, nil
}

// ListExplanationRequests returns a task's explanation requests (all when 0).
func (s *Store) ListExplanationRequests(ctx context.Context, task int64) ([]*tiendo.ExplanationRequest, error) {
	a := sqlArgs{}
	q := "SELECT " + explanationRequestColumns + " FROM explanations"
	if task != 0 {
		q += " WHERE task_id = " + a.add(task)
	}
	return queryList(ctx, s, "đọc yêu cầu giải trình", q+" ORDER BY id", a, scanExplanationRequest)
}

// AnswerExplanationRequest stores the answer if the version is current.
func (s *Store) AnswerExplanationRequest(ctx context.Context, e *tiendo.ExplanationRequest) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE explanations SET answer = $1, answered_on = $2, answered_by = $3,
			updated_at = $4, version = version + 1 WHERE id = $5 AND version = $6`,
			text(e.Answer), e.AnsweredOn, nullID(e.AnsweredBy), ts(s.now()), e.ID, e.Version)
		if err != nil {
			return s.fail(err, "ghi giải trình", "")
		}
		if err := s.checkUpdated(ctx, res, "explanations", "yêu cầu giải trình", e.ID); err != nil {
			return err
		}
		e.Version++
		return nil
	})
}
