package sqlstore

import (
	"context"
	"time"

	"tiendo"
)

// AppendSecurityEvent appends an event to the security log, setting its ID
// and, when zero, its time from the store's clock.
func (s *Store) AppendSecurityEvent(ctx context.Context, e *tiendo.SecurityEvent) error {
	e.Kind, e.Login, e.Address, e.Actor, e.Detail = text(e.Kind), text(e.Login), text(e.Address), text(e.Actor), text(e.Detail)
	if e.At.IsZero() {
		e.At = s.now()
	}
	e.At = micro(e.At)
	return s.writeTx(ctx, func(s *Store) error {
		err := s.w().QueryRowContext(ctx, `INSERT INTO security_events (at, kind, account_id, login, address,
			actor_id, actor, detail) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, ts(e.At), e.Kind,
			nullID(e.AccountID), e.Login, e.Address, nullID(e.ActorID), e.Actor, e.Detail).Scan(&e.ID)
		return s.fail(err, "ghi nhật ký bảo mật", "")
	})
}

// FindSecurityEvents returns one page of matching events, newest first,
// and their count.
func (s *Store) FindSecurityEvents(ctx context.Context, f tiendo.SecurityEventFilter) ([]*tiendo.SecurityEvent, int, error) {
	var a sqlArgs
	var conds []string
	if len(f.Kinds) > 0 {
		conds = append(conds, inStrings(&a, "kind", f.Kinds))
	}
	if f.AccountID != nil {
		conds = append(conds, "account_id = "+a.add(*f.AccountID))
	}
	if f.AccountIDs != nil {
		conds = append(conds, s.inIDs(&a, "account_id", f.AccountIDs))
	}
	if f.Login != "" {
		conds = append(conds, "login = "+a.add(text(f.Login)))
	}
	if !f.From.IsZero() {
		conds = append(conds, "at >= "+a.add(ts(f.From)))
	}
	if !f.To.IsZero() {
		conds = append(conds, "at < "+a.add(ts(f.To)))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM security_events"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm nhật ký bảo mật", "")
	}
	list, err := queryList(ctx, s, "đọc nhật ký bảo mật", `SELECT id, at, kind, account_id, login, address,
		actor_id, actor, detail FROM security_events`+w+" ORDER BY id DESC"+limit(&a, f.Page), a,
		func(r interface{ Scan(...any) error }) (*tiendo.SecurityEvent, error) {
			var e tiendo.SecurityEvent
			err := r.Scan(&e.ID, timeScan{&e.At}, &e.Kind, idScan{&e.AccountID}, &e.Login, &e.Address,
				idScan{&e.ActorID}, &e.Actor, &e.Detail)
			return &e, err
		})
	return list, total, err
}

// FindSigninThrottle returns the failure state of a login or address.
func (s *Store) FindSigninThrottle(ctx context.Context, scope, key string) (*tiendo.SigninThrottle, error) {
	t := &tiendo.SigninThrottle{Scope: scope, Key: text(key)}
	err := s.q().QueryRowContext(ctx, `SELECT failures, last_failure, blocked_until FROM signin_throttle
		WHERE scope = $1 AND key = $2`, scope, t.Key).Scan(&t.Failures, timeScan{&t.LastFailure}, timeScan{&t.BlockedUntil})
	if err != nil {
		return nil, s.found(err, "trạng thái đăng nhập", "")
	}
	return t, nil
}

// AddSigninFailure counts a failure in one statement, so concurrent
// failures on several instances are all counted.
func (s *Store) AddSigninFailure(ctx context.Context, scope, key string, at, forgetBefore time.Time) (int, error) {
	var n int
	err := s.writeTx(ctx, func(s *Store) error {
		err := s.w().QueryRowContext(ctx, `INSERT INTO signin_throttle (scope, key, failures, last_failure)
			VALUES ($1, $2, 1, $3)
			ON CONFLICT (scope, key) DO UPDATE SET
				failures = CASE WHEN signin_throttle.last_failure < $4 THEN 1 ELSE signin_throttle.failures + 1 END,
				last_failure = excluded.last_failure
			RETURNING failures`, scope, text(key), ts(at), ts(forgetBefore)).Scan(&n)
		return s.fail(err, "ghi lần đăng nhập sai", "")
	})
	return n, err
}

// BlockSignin extends a key's block to until; a longer block stays.
func (s *Store) BlockSignin(ctx context.Context, scope, key string, until time.Time) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `UPDATE signin_throttle SET blocked_until = $1
			WHERE scope = $2 AND key = $3 AND (blocked_until IS NULL OR blocked_until < $1)`,
			ts(until), scope, text(key))
		return s.fail(err, "chặn đăng nhập", "")
	})
}

// DeleteSigninThrottle forgets a key's failures.
func (s *Store) DeleteSigninThrottle(ctx context.Context, scope, key string) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, "DELETE FROM signin_throttle WHERE scope = $1 AND key = $2", scope, text(key))
		return s.fail(err, "xóa trạng thái đăng nhập", "")
	})
}
