package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"tiendo"
)

// FindInboxVisit returns the account's inbox visit, zero times when none.
func (s *Store) FindInboxVisit(ctx context.Context, account int64) (*tiendo.InboxVisit, error) {
	v := &tiendo.InboxVisit{AccountID: account}
	err := s.q().QueryRowContext(ctx, `SELECT seen_at, previous_at FROM inbox_visits WHERE account_id = $1`,
		account).Scan(timeScan{&v.SeenAt}, timeScan{&v.PreviousAt})
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	}
	if err != nil {
		return nil, s.fail(err, "đọc lần xem việc cần xử lý", "")
	}
	return v, nil
}

// PutInboxVisit creates or replaces the account's inbox visit.
func (s *Store) PutInboxVisit(ctx context.Context, v *tiendo.InboxVisit) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO inbox_visits (account_id, seen_at, previous_at)
			VALUES ($1, $2, $3) ON CONFLICT (account_id) DO UPDATE SET seen_at = excluded.seen_at,
			previous_at = excluded.previous_at`, v.AccountID, ts(v.SeenAt), nullTS(&v.PreviousAt))
		if err != nil {
			return s.fail(err, "ghi lần xem việc cần xử lý", "")
		}
		v.SeenAt, v.PreviousAt = micro(v.SeenAt), microOrZero(v.PreviousAt)
		return nil
	})
}

// CreateSavedFilter stores a named task list filter of an account.
func (s *Store) CreateSavedFilter(ctx context.Context, f *tiendo.SavedFilter) error {
	return s.writeTx(ctx, func(s *Store) error {
		f.CreatedAt = s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO saved_filters (account_id, name, path, query, created_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, f.AccountID, text(f.Name), f.Path, text(f.Query),
			ts(f.CreatedAt)).Scan(&f.ID)
		return s.fail(err, "lưu bộ lọc", "Đã có bộ lọc cùng tên")
	})
}

// ListSavedFilters returns an account's saved filters by name.
func (s *Store) ListSavedFilters(ctx context.Context, account int64) ([]*tiendo.SavedFilter, error) {
	return queryList(ctx, s, "đọc bộ lọc đã lưu", `SELECT id, account_id, name, path, query, created_at
		FROM saved_filters WHERE account_id = $1 ORDER BY name, id`, []any{account},
		func(r interface{ Scan(...any) error }) (*tiendo.SavedFilter, error) {
			var f tiendo.SavedFilter
			err := r.Scan(&f.ID, &f.AccountID, &f.Name, &f.Path, &f.Query, timeScan{&f.CreatedAt})
			return &f, err
		})
}

// DeleteSavedFilter removes one of the account's filters; another
// account's id is ENOTFOUND, as a missing one.
func (s *Store) DeleteSavedFilter(ctx context.Context, account, id int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM saved_filters WHERE id = $1 AND account_id = $2", id, account)
		if err != nil {
			return s.fail(err, "xóa bộ lọc", "")
		}
		n, err := res.RowsAffected()
		if err != nil {
			return s.internal("xóa bộ lọc", err)
		}
		if n == 0 {
			return notFound("bộ lọc", id)
		}
		return nil
	})
}

// FindExplanationRequests returns a page of explanation requests and the
// total: unanswered by due date, answered newest answer first.
func (s *Store) FindExplanationRequests(ctx context.Context, f tiendo.ExplanationFilter) ([]*tiendo.ExplanationRequest, int, error) {
	var a sqlArgs
	var conds []string
	if f.OrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "org_id", f.OrgIDs))
	}
	order := " ORDER BY due_on, id"
	if f.Answered != nil {
		if *f.Answered {
			conds = append(conds, "answered_on IS NOT NULL")
			order = " ORDER BY answered_on DESC, id DESC"
		} else {
			conds = append(conds, "answered_on IS NULL")
		}
	}
	if !f.AnsweredFrom.IsZero() {
		conds = append(conds, "answered_on >= "+a.add(f.AnsweredFrom))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM explanations"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm yêu cầu giải trình", "")
	}
	if total == 0 {
		return []*tiendo.ExplanationRequest{}, 0, nil
	}
	q := "SELECT " + explanationRequestColumns + " FROM explanations" + w + order + limit(&a, f.Page)
	list, err := queryList(ctx, s, "đọc yêu cầu giải trình", q, a, scanExplanationRequest)
	return list, total, err
}
