package sqlstore

import (
	"context"
	"time"

	"tiendo"
)

// FindTOTP returns the account's second factor.
func (s *Store) FindTOTP(ctx context.Context, accountID int64) (*tiendo.TOTP, error) {
	t := &tiendo.TOTP{}
	err := s.q().QueryRowContext(ctx, `SELECT account_id, secret, confirmed, last_step, challenge_hash,
		challenge_until, challenge_fails, created_at FROM account_totp WHERE account_id = $1`, accountID).Scan(
		&t.AccountID, &t.Secret, boolScan{&t.Confirmed}, &t.LastStep, &t.ChallengeHash,
		timeScan{&t.ChallengeUntil}, &t.ChallengeFails, timeScan{&t.CreatedAt})
	if err != nil {
		return nil, s.found(err, "xác thực hai bước của tài khoản", accountID)
	}
	return t, nil
}

// PutTOTP creates or replaces the account's second factor.
func (s *Store) PutTOTP(ctx context.Context, t *tiendo.TOTP) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO account_totp (account_id, secret, confirmed, last_step,
			challenge_hash, challenge_until, challenge_fails, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (account_id) DO UPDATE SET secret = excluded.secret, confirmed = excluded.confirmed,
			last_step = excluded.last_step, challenge_hash = excluded.challenge_hash,
			challenge_until = excluded.challenge_until, challenge_fails = excluded.challenge_fails,
			created_at = excluded.created_at`,
			t.AccountID, text(t.Secret), t.Confirmed, t.LastStep, text(t.ChallengeHash), nullTS(&t.ChallengeUntil),
			t.ChallengeFails, ts(t.CreatedAt))
		if err != nil {
			return s.fail(err, "lưu xác thực hai bước", "")
		}
		t.CreatedAt, t.ChallengeUntil = micro(t.CreatedAt), microOrZero(t.ChallengeUntil)
		return nil
	})
}

func microOrZero(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return micro(t)
}

// DeleteTOTP removes the account's second factor if it has one.
func (s *Store) DeleteTOTP(ctx context.Context, accountID int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, "DELETE FROM account_totp WHERE account_id = $1", accountID)
		return s.fail(err, "xóa xác thực hai bước", "")
	})
}

// UseTOTPStep moves last_step forward to step; one conditional update, so
// two requests with the same code cannot both succeed.
func (s *Store) UseTOTPStep(ctx context.Context, accountID, step int64) (bool, error) {
	var n int64
	err := s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE account_totp SET last_step = $1
			WHERE account_id = $2 AND last_step < $1`, step, accountID)
		if err != nil {
			return s.fail(err, "ghi mã xác thực đã dùng", "")
		}
		n, err = res.RowsAffected()
		return s.fail(err, "ghi mã xác thực đã dùng", "")
	})
	return n == 1, err
}
