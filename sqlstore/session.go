package sqlstore

import (
	"context"
	"time"

	"tiendo"
)

// CreateSession stores a session; ECONFLICT when the hash exists.
func (s *Store) CreateSession(ctx context.Context, ss *tiendo.Session) error {
	ss.Hash = text(ss.Hash)
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO sessions (hash, account_id, created_at, last_seen, expires_at)
			VALUES ($1, $2, $3, $4, $5)`, ss.Hash, ss.AccountID, ts(ss.CreatedAt), ts(ss.LastSeen), ts(ss.ExpiresAt))
		if err != nil {
			return s.fail(err, "tạo phiên đăng nhập", "Phiên đăng nhập đã tồn tại")
		}
		ss.CreatedAt, ss.LastSeen, ss.ExpiresAt = micro(ss.CreatedAt), micro(ss.LastSeen), micro(ss.ExpiresAt)
		return nil
	})
}

// micro is t as the engines store it: UTC, microseconds.
func micro(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// FindSession returns the session with the given hash.
func (s *Store) FindSession(ctx context.Context, hash string) (*tiendo.Session, error) {
	ss := &tiendo.Session{}
	err := s.q().QueryRowContext(ctx, `SELECT hash, account_id, created_at, last_seen, expires_at
		FROM sessions WHERE hash = $1`, text(hash)).Scan(&ss.Hash, &ss.AccountID,
		timeScan{&ss.CreatedAt}, timeScan{&ss.LastSeen}, timeScan{&ss.ExpiresAt})
	if err != nil {
		// The hash is secret material: the message does not echo it.
		return nil, s.found(err, "phiên đăng nhập", "")
	}
	return ss, nil
}

// TouchSession records activity; an unknown hash is ENOTFOUND.
func (s *Store) TouchSession(ctx context.Context, hash string, at time.Time) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "UPDATE sessions SET last_seen = $1 WHERE hash = $2", ts(at), text(hash))
		if err != nil {
			return s.fail(err, "cập nhật phiên đăng nhập", "")
		}
		if n, err := res.RowsAffected(); err != nil {
			return s.internal("đếm phiên đăng nhập", err)
		} else if n == 0 {
			return notFound("phiên đăng nhập", "")
		}
		return nil
	})
}

// DeleteSession removes a session if it exists.
func (s *Store) DeleteSession(ctx context.Context, hash string) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, "DELETE FROM sessions WHERE hash = $1", text(hash))
		return s.fail(err, "xóa phiên đăng nhập", "")
	})
}

// DeleteExpiredSessions removes sessions past their absolute end.
func (s *Store) DeleteExpiredSessions(ctx context.Context, now time.Time) (int, error) {
	var n int64
	err := s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM sessions WHERE expires_at < $1", ts(now))
		if err != nil {
			return s.fail(err, "xóa phiên hết hạn", "")
		}
		n, err = res.RowsAffected()
		return s.fail(err, "đếm phiên hết hạn", "")
	})
	return int(n), err
}
