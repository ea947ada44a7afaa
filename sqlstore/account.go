package sqlstore

import (
	"context"

	"tiendo"
)

const accountColumns = "a.id, a.login, a.person_id, a.password_hash, a.locale, a.disabled, a.created_at, a.version"

func scanAccount(sc interface{ Scan(...any) error }) (*tiendo.Account, error) {
	var a tiendo.Account
	err := sc.Scan(&a.ID, &a.Login, idScan{&a.PersonID}, &a.PasswordHash, &a.Locale,
		boolScan{&a.Disabled}, timeScan{&a.CreatedAt}, &a.Version)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

// FindAccountByID returns an account with its grants.
func (s *Store) FindAccountByID(ctx context.Context, id int64) (*tiendo.Account, error) {
	return s.findAccount(ctx, "FROM accounts a WHERE a.id = $1", id, id)
}

// FindAccountByLogin returns the account with the exact login.
func (s *Store) FindAccountByLogin(ctx context.Context, login string) (*tiendo.Account, error) {
	login = text(login)
	return s.findAccount(ctx, "FROM accounts a WHERE a.login = $1", login, login)
}

// FindAccountByTokenHash returns the account owning an API token that has
// not expired by the store's clock.
func (s *Store) FindAccountByTokenHash(ctx context.Context, hash string) (*tiendo.Account, error) {
	// The hash is secret material: the not-found message does not echo it.
	return s.findAccount(ctx, `FROM accounts a JOIN tokens t ON t.account_id = a.id
		WHERE t.hash = $1 AND (t.expires_at IS NULL OR t.expires_at > $2)`, "theo mã truy cập", text(hash), ts(s.now()))
}

func (s *Store) findAccount(ctx context.Context, from string, key any, args ...any) (*tiendo.Account, error) {
	a, err := scanAccount(s.q().QueryRowContext(ctx, "SELECT "+accountColumns+" "+from, args...))
	if err != nil {
		return nil, s.found(err, "tài khoản", key)
	}
	if err := s.loadGrants(ctx, []*tiendo.Account{a}); err != nil {
		return nil, err
	}
	return a, nil
}

// FindAccounts returns every account ordered by login.
func (s *Store) FindAccounts(ctx context.Context) ([]*tiendo.Account, error) {
	accounts, err := queryList(ctx, s, "đọc tài khoản", "SELECT "+accountColumns+" FROM accounts a ORDER BY a.login", nil, scanAccount)
	if err != nil {
		return nil, err
	}
	if err := s.loadGrants(ctx, accounts); err != nil {
		return nil, err
	}
	return accounts, nil
}

// loadGrants fills Grants (never nil) of the given accounts, in the order
// they were written.
func (s *Store) loadGrants(ctx context.Context, accounts []*tiendo.Account) error {
	if len(accounts) == 0 {
		return nil
	}
	byID := make(map[int64]*tiendo.Account, len(accounts))
	ids := make([]int64, len(accounts))
	for i, a := range accounts {
		a.Grants = []tiendo.Grant{}
		byID[a.ID] = a
		ids[i] = a.ID
	}
	var args sqlArgs
	return eachRow(ctx, s, "đọc quyền", "SELECT account_id, role, org_id FROM account_grants WHERE "+
		s.inIDs(&args, "account_id", ids)+" ORDER BY account_id, seq", args,
		func(r interface{ Scan(...any) error }) error {
			var id int64
			var g tiendo.Grant
			if err := r.Scan(&id, &g.Role, idScan{&g.OrgID}); err != nil {
				return err
			}
			byID[id].Grants = append(byID[id].Grants, g)
			return nil
		})
}

func conflictLogin(login string) string {
	return "Tên đăng nhập " + login + " đã được dùng"
}

// CreateAccount stores a with its grants; ECONFLICT on a duplicate login.
// CreatedAt comes from the store's clock.
func (s *Store) CreateAccount(ctx context.Context, a *tiendo.Account) error {
	a.Login, a.Locale = text(a.Login), text(a.Locale)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO accounts (login, person_id, password_hash, locale, disabled,
			version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $6) RETURNING id`,
			a.Login, nullID(a.PersonID), a.PasswordHash, a.Locale, a.Disabled, ts(now)).Scan(&a.ID)
		if err != nil {
			return s.fail(err, "tạo tài khoản", conflictLogin(a.Login))
		}
		a.CreatedAt, a.Version = now, 1
		return s.writeGrants(ctx, a)
	})
}

// UpdateAccount writes a and replaces its grants when a.Version is current.
func (s *Store) UpdateAccount(ctx context.Context, a *tiendo.Account) error {
	a.Login, a.Locale = text(a.Login), text(a.Locale)
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, `UPDATE accounts SET login = $1, person_id = $2, password_hash = $3,
			locale = $4, disabled = $5, updated_at = $6, version = version + 1 WHERE id = $7 AND version = $8`,
			a.Login, nullID(a.PersonID), a.PasswordHash, a.Locale, a.Disabled, ts(s.now()), a.ID, a.Version)
		if err != nil {
			return s.fail(err, "cập nhật tài khoản", conflictLogin(a.Login))
		}
		if err := s.checkUpdated(ctx, res, "accounts", "tài khoản", a.ID); err != nil {
			return err
		}
		if _, err := s.w().ExecContext(ctx, "DELETE FROM account_grants WHERE account_id = $1", a.ID); err != nil {
			return s.fail(err, "cập nhật quyền", "")
		}
		if err := s.writeGrants(ctx, a); err != nil {
			return err
		}
		a.Version++
		return nil
	})
}

// writeGrants inserts a's grants; seq keeps their order.
func (s *Store) writeGrants(ctx context.Context, a *tiendo.Account) error {
	for i, g := range a.Grants {
		_, err := s.w().ExecContext(ctx, "INSERT INTO account_grants (account_id, seq, role, org_id) VALUES ($1, $2, $3, $4)",
			a.ID, i, string(g.Role), nullID(g.OrgID))
		if err != nil {
			return s.fail(err, "ghi quyền", "Quyền bị trùng")
		}
	}
	if a.Grants == nil {
		a.Grants = []tiendo.Grant{}
	}
	return nil
}

// CreateToken stores an API token hash, setting ID and CreatedAt.
func (s *Store) CreateToken(ctx context.Context, t *tiendo.Token) error {
	t.Name, t.Hash = text(t.Name), text(t.Hash)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO tokens (account_id, hash, name, created_at, expires_at)
			VALUES ($1, $2, $3, $4, $5) RETURNING id`, t.AccountID, t.Hash, t.Name, ts(now), nullTS(t.ExpiresAt)).Scan(&t.ID)
		if err != nil {
			return s.fail(err, "tạo mã truy cập", "Mã truy cập đã tồn tại")
		}
		t.CreatedAt = now
		return nil
	})
}

// FindTokens lists an account's API tokens, oldest first.
func (s *Store) FindTokens(ctx context.Context, accountID int64) ([]*tiendo.Token, error) {
	return queryList(ctx, s, "đọc mã truy cập", `SELECT id, account_id, name, created_at, expires_at FROM tokens
		WHERE account_id = $1 ORDER BY id`, []any{accountID}, scanToken)
}

func scanToken(r interface{ Scan(...any) error }) (*tiendo.Token, error) {
	var t tiendo.Token
	if err := r.Scan(&t.ID, &t.AccountID, &t.Name, timeScan{&t.CreatedAt}, nullTimeScan{&t.ExpiresAt}); err != nil {
		return nil, err
	}
	return &t, nil
}

// DeleteToken revokes one token of an account.
func (s *Store) DeleteToken(ctx context.Context, accountID, id int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM tokens WHERE id = $1 AND account_id = $2", id, accountID)
		if err != nil {
			return s.fail(err, "thu hồi mã truy cập", "")
		}
		if n, err := res.RowsAffected(); err != nil {
			return s.internal("đếm mã truy cập", err)
		} else if n == 0 {
			return notFound("mã truy cập", id)
		}
		return nil
	})
}

// DeleteAccountTokens revokes every API token of an account.
func (s *Store) DeleteAccountTokens(ctx context.Context, accountID int64) (int, error) {
	var n int64
	err := s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM tokens WHERE account_id = $1", accountID)
		if err != nil {
			return s.fail(err, "thu hồi mã truy cập", "")
		}
		n, err = res.RowsAffected()
		return s.fail(err, "đếm mã truy cập", "")
	})
	return int(n), err
}

// DeleteAccountSessions ends every session of an account.
func (s *Store) DeleteAccountSessions(ctx context.Context, accountID int64) (int, error) {
	var n int64
	err := s.writeTx(ctx, func(s *Store) error {
		res, err := s.w().ExecContext(ctx, "DELETE FROM sessions WHERE account_id = $1", accountID)
		if err != nil {
			return s.fail(err, "kết thúc phiên đăng nhập", "")
		}
		n, err = res.RowsAffected()
		return s.fail(err, "đếm phiên đăng nhập", "")
	})
	return int(n), err
}
