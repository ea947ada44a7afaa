package sqlstore

import (
	"context"
	"time"

	"tiendo"
)

const extensionColumns = `e.id, e.task_id, e.requested_by, e.reason, e.proposed_due, e.previous_due, e.status,
	e.decided_by, e.decided_at, e.decision_note, e.decision_doc, e.created_at, e.version`

func scanExtension(sc interface{ Scan(...any) error }) (*tiendo.Extension, error) {
	var e tiendo.Extension
	err := sc.Scan(&e.ID, &e.TaskID, zeroIDScan{&e.RequestedBy}, &e.Reason, &e.ProposedDue, &e.PreviousDue,
		&e.Status, idScan{&e.DecidedBy}, nullTimeScan{&e.DecidedAt}, &e.DecisionNote, &e.DecisionDoc,
		timeScan{&e.CreatedAt}, &e.Version)
	if err != nil {
		return nil, err
	}
	return &e, nil
}

func normExtension(e *tiendo.Extension) {
	e.Reason, e.DecisionNote, e.DecisionDoc = text(e.Reason), text(e.DecisionNote), text(e.DecisionDoc)
	if e.DecidedAt != nil {
		t := e.DecidedAt.UTC().Truncate(time.Microsecond)
		e.DecidedAt = &t
	}
}

// CreateExtension stores a request and sets ID, Version and CreatedAt.
// An empty status means pending.
func (s *Store) CreateExtension(ctx context.Context, e *tiendo.Extension) error {
	normExtension(e)
	if e.Status == "" {
		e.Status = tiendo.ExtensionPending
	}
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO extensions (task_id, requested_by, reason, proposed_due,
			previous_due, status, decided_by, decided_at, decision_note, decision_doc, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 1, $11, $11) RETURNING id`,
			e.TaskID, zeroNull(e.RequestedBy), e.Reason, e.ProposedDue, e.PreviousDue, string(e.Status),
			nullID(e.DecidedBy), nullTS(e.DecidedAt), e.DecisionNote, e.DecisionDoc, ts(now)).Scan(&e.ID)
		if err != nil {
			return s.fail(err, "tạo yêu cầu gia hạn", "")
		}
		e.CreatedAt, e.Version = now, 1
		return nil
	})
}

// FindExtensionByID returns one extension request.
func (s *Store) FindExtensionByID(ctx context.Context, id int64) (*tiendo.Extension, error) {
	e, err := scanExtension(s.q().QueryRowContext(ctx, "SELECT "+extensionColumns+" FROM extensions e WHERE e.id = $1", id))
	if err != nil {
		return nil, s.found(err, "yêu cầu gia hạn", id)
	}
	return e, nil
}

// FindExtensions lists a task's extension requests, oldest first.
func (s *Store) FindExtensions(ctx context.Context, taskID int64) ([]*tiendo.Extension, error) {
	return queryList(ctx, s, "đọc yêu cầu gia hạn",
		"SELECT "+extensionColumns+" FROM extensions e WHERE e.task_id = $1 ORDER BY e.id", []any{taskID}, scanExtension)
}

// UpdateExtension writes the decision fields when e.Version is current.
// The task, requester, reason and dates of a request do not change.
func (s *Store) UpdateExtension(ctx context.Context, e *tiendo.Extension) error {
	normExtension(e)
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE extensions SET status = $1, decided_by = $2, decided_at = $3,
			decision_note = $4, decision_doc = $5, updated_at = $6, version = version + 1
			WHERE id = $7 AND version = $8`,
			string(e.Status), nullID(e.DecidedBy), nullTS(e.DecidedAt), e.DecisionNote, e.DecisionDoc,
			ts(s.now()), e.ID, e.Version)
		if err != nil {
			return s.fail(err, "cập nhật yêu cầu gia hạn", "")
		}
		if err := s.checkUpdated(ctx, res, "extensions", "yêu cầu gia hạn", e.ID); err != nil {
			return err
		}
		e.Version++
		return nil
	})
}
