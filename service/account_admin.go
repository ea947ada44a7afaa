package service

import (
	"context"
	"fmt"
	"strings"

	"tiendo"
)

// Administering accounts: an admin manages an account when every grant of
// the account lies within the admin's own admin grants (managesAccount), so
// an admin of one district never touches another district's accounts. An
// account out of that reach is ENOTFOUND, as anything out of scope is.

// AccountEdit is what an administrator changes on an account: its grants,
// its interface language and the person it belongs to. Version must be the
// one the administrator read. The login stays; the password has its own
// use case (ResetPassword).
type AccountEdit struct {
	Version  int            `json:"version"`
	Grants   []tiendo.Grant `json:"grants"`
	Locale   string         `json:"locale"`
	PersonID *int64         `json:"person_id"`
}

// GetAccount returns an account the actor manages.
func (s *Service) GetAccount(ctx context.Context, id int64) (*tiendo.Account, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	return managedAccount(ctx, sc, s.store, id)
}

// managedAccount reads an account within a use case's store and refuses it
// unless the actor manages it.
func managedAccount(ctx context.Context, sc *scope, st tiendo.Store, id int64) (*tiendo.Account, error) {
	acc, err := st.FindAccountByID(ctx, id)
	if err != nil {
		return nil, err
	}
	if !sc.managesAccount(acc) {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tài khoản %d", id)
	}
	return acc, nil
}

// EditAccount replaces an account's grants, locale and person link.
func (s *Service) EditAccount(ctx context.Context, id int64, in AccountEdit) (*tiendo.Account, error) {
	defer s.tokens.invalidate() // after the commit: see tokenCache
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	var acc *tiendo.Account
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if acc, err = managedAccount(ctx, sc, st, id); err != nil {
			return err
		}
		before := *acc
		acc.Version, acc.Grants, acc.Locale, acc.PersonID = in.Version, in.Grants, strings.TrimSpace(in.Locale), in.PersonID
		if err := s.checkAccountEdit(ctx, sc, st, acc); err != nil {
			return err
		}
		if err := st.UpdateAccount(ctx, acc); err != nil {
			return err
		}
		if err := s.grantsEvent(ctx, st, acc, before.Grants); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.update", "account", acc.ID, nil, firstGrantOrg(acc), before, acc)
	})
	return acc, err
}

// checkAccountEdit validates an edited account: the grants the actor may
// give, a person that exists, and an administrator who keeps the means to
// administer (editing one's own account must leave an admin grant).
func (s *Service) checkAccountEdit(ctx context.Context, sc *scope, st tiendo.Store, acc *tiendo.Account) error {
	var v tiendo.Validator
	if err := grantsWithin(sc, acc.Grants, &v); err != nil {
		return err
	}
	if acc.PersonID != nil {
		_, err := st.FindPersonByID(ctx, *acc.PersonID)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			v.Add("person_id", "Người này không tồn tại")
		} else if err != nil {
			return err
		}
	}
	if acc.ID == sc.actor.AccountID && !holdsAdmin(acc.Grants) {
		v.Add("role", "Không thể tự bỏ quyền quản trị của chính mình")
	}
	if err := acc.Validate(); err != nil {
		for f, m := range tiendo.ErrorFields(err) {
			v.Add(f, m)
		}
	}
	return v.Err()
}

// grantsWithin records a field error for grants naming no organisation
// that exists, or the whole tree for a restricted admin, and refuses
// (EFORBIDDEN) a grant over an organisation the actor does not administer.
func grantsWithin(sc *scope, grants []tiendo.Grant, v *tiendo.Validator) error {
	for _, g := range grants {
		switch {
		case g.OrgID == nil:
			v.Check(tiendo.CanGrant(sc.actor, sc.tree, g), "org", "Chỉ quản trị toàn hệ thống mới cấp quyền toàn hệ thống")
		case !sc.tree.Has(*g.OrgID):
			v.Add("org", "Đơn vị không tồn tại")
		case !tiendo.CanGrant(sc.actor, sc.tree, g):
			return forbidden("cấp quyền cho đơn vị này")
		}
	}
	return nil
}

func holdsAdmin(grants []tiendo.Grant) bool {
	for _, g := range grants {
		if g.Role == tiendo.RoleAdmin {
			return true
		}
	}
	return false
}

// SetAccountDisabled disables or enables an account. Disabling ends its
// sessions and revokes its API tokens in the same transaction, and from
// then on its password no longer resolves to an actor either (the service
// checks Disabled on every request). Enabling lets it sign in again; the
// revoked tokens stay revoked, new ones must be made.
func (s *Service) SetAccountDisabled(ctx context.Context, id int64, version int, disabled bool) (*tiendo.Account, error) {
	defer s.tokens.invalidate() // after the commit: see tokenCache
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if disabled && id == sc.actor.AccountID {
		return nil, tiendo.FieldError("disabled", "Không thể tự khóa tài khoản của chính mình")
	}
	var acc *tiendo.Account
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if acc, err = managedAccount(ctx, sc, st, id); err != nil {
			return err
		}
		if acc.Disabled == disabled {
			return tiendo.Errorf(tiendo.ECONFLICT, "Tài khoản %s đã ở trạng thái này", acc.Login)
		}
		acc.Version, acc.Disabled = version, disabled
		if err := st.UpdateAccount(ctx, acc); err != nil {
			return err
		}
		action, ended, revoked := "account.enable", 0, 0
		if err := s.securityEvent(ctx, st, disableEvent(disabled), acc, ""); err != nil {
			return err
		}
		if disabled {
			action = "account.disable"
			if ended, revoked, err = endCredentials(ctx, st, acc.ID); err != nil {
				return err
			}
		}
		return s.audit(ctx, st, action, "account", acc.ID, nil, firstGrantOrg(acc),
			map[string]bool{"disabled": !disabled},
			map[string]any{"disabled": disabled, "sessions_ended": ended, "tokens_revoked": revoked})
	})
	return acc, err
}

// ResetPassword sets a new password (argon2id) on an account the actor
// manages, ends the account's sessions and revokes its API tokens, so
// whoever knew the old one is signed out and cannot have kept a token
// made with it. The hash never enters the audit trail.
func (s *Service) ResetPassword(ctx context.Context, id int64, password string) error {
	defer s.tokens.invalidate() // after the commit: see tokenCache
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if len([]rune(password)) < MinPasswordLength {
		return tiendo.FieldError("password", "Mật khẩu cần ít nhất 8 ký tự")
	}
	hash, err := s.HashPassword(ctx, password)
	if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		acc, err := managedAccount(ctx, sc, st, id)
		if err != nil {
			return err
		}
		acc.PasswordHash = hash
		if err := st.UpdateAccount(ctx, acc); err != nil {
			return err
		}
		ended, revoked, err := endCredentials(ctx, st, acc.ID)
		if err != nil {
			return err
		}
		if err := s.securityEvent(ctx, st, tiendo.EventPasswordReset, acc, fmt.Sprintf("%d phiên bị đóng", ended)); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.password", "account", acc.ID, nil, firstGrantOrg(acc), nil,
			map[string]int{"sessions_ended": ended, "tokens_revoked": revoked})
	})
}

// endCredentials ends every session and revokes every API token of an
// account, inside the caller's transaction.
func endCredentials(ctx context.Context, st tiendo.Store, accountID int64) (sessions, tokens int, err error) {
	if sessions, err = st.DeleteAccountSessions(ctx, accountID); err != nil {
		return 0, 0, err
	}
	tokens, err = st.DeleteAccountTokens(ctx, accountID)
	return sessions, tokens, err
}

// AccountTokens lists the API tokens of an account the actor manages
// (names and dates; the secrets were shown once and are not kept).
func (s *Service) AccountTokens(ctx context.Context, id int64) ([]*tiendo.Token, error) {
	if _, err := s.GetAccount(ctx, id); err != nil {
		return nil, err
	}
	return s.store.FindTokens(ctx, id)
}

// RevokeToken deletes one API token of an account the actor manages; the
// token stops working at once.
func (s *Service) RevokeToken(ctx context.Context, accountID, tokenID int64) error {
	defer s.tokens.invalidate() // after the commit: see tokenCache
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		acc, err := managedAccount(ctx, sc, st, accountID)
		if err != nil {
			return err
		}
		if err := st.DeleteToken(ctx, acc.ID, tokenID); err != nil {
			return err
		}
		if err := s.securityEvent(ctx, st, tiendo.EventTokenRevoked, acc, fmt.Sprintf("mã %d", tokenID)); err != nil {
			return err
		}
		return s.audit(ctx, st, "token.revoke", "account", acc.ID, nil, firstGrantOrg(acc),
			map[string]int64{"token_id": tokenID}, nil)
	})
}
