package service

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"time"

	"tiendo"
	"tiendo/vn"
)

// API tokens (issue 12): each has an end, 90 days unless asked otherwise;
// only a whole-tree admin (or the CLI) may make one that never ends. A web
// session mints a token only with the account's current password, so a
// hijacked cookie cannot turn into a long-lived credential; a token never
// mints another, so a leaked token cannot outlive its own expiry or
// revocation.

// Token lifetimes, in days.
const (
	DefaultTokenDays = 90
	MaxTokenDays     = 365
)

// TokenInput asks for an API token. Login defaults to the actor's own.
// At most one of ExpiresInDays and ExpiresAt: neither means
// DefaultTokenDays; ExpiresInDays 0 means never; ExpiresAt is the last day
// the token works. Password is the actor's current password, required
// when the actor signed in with a web session.
type TokenInput struct {
	Login         string   `json:"login"`
	Name          string   `json:"name"`
	ExpiresInDays *int     `json:"expires_in_days"`
	ExpiresAt     *vn.Date `json:"expires_at"`
	Password      string   `json:"password"`
}

// CreateToken makes a token of DefaultTokenDays for login; see IssueToken.
func (s *Service) CreateToken(ctx context.Context, login, name string) (string, error) {
	secret, _, err := s.IssueToken(ctx, TokenInput{Login: login, Name: name})
	return secret, err
}

// IssueToken makes an API token for the actor's own account (or, for an
// admin, for an account it manages). The secret is returned once; only
// its hash is kept.
func (s *Service) IssueToken(ctx context.Context, in TokenInput) (string, *tiendo.Token, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return "", nil, err
	}
	if err := s.checkTokenCredential(ctx, sc.actor, in.Password); err != nil {
		return "", nil, err
	}
	expires, err := s.tokenExpiry(sc, in)
	if err != nil {
		return "", nil, err
	}
	login := normaliseLogin(in.Login)
	if login == "" {
		login = sc.actor.Login
	}
	acc, err := s.store.FindAccountByLogin(ctx, login)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && acc.ID != sc.actor.AccountID && !sc.managesAccount(acc)) {
		// An unknown login and one out of reach answer alike: no probing.
		return "", nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tài khoản %s", loginKey(login))
	} else if err != nil {
		return "", nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	secret := "td_" + base64.RawURLEncoding.EncodeToString(raw)
	t := &tiendo.Token{AccountID: acc.ID, Hash: hashToken(secret), Name: in.Name, ExpiresAt: expires}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateToken(ctx, t); err != nil {
			return err
		}
		if err := s.securityEvent(ctx, st, tiendo.EventTokenCreated, acc, in.Name); err != nil {
			return err
		}
		return s.audit(ctx, st, "token.create", "account", acc.ID, nil, nil, nil,
			map[string]any{"name": in.Name, "token_id": t.ID, "expires_at": t.ExpiresAt})
	})
	if err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// checkTokenCredential refuses a token-authenticated actor and asks a
// session-authenticated one for its current password. The CLI and
// internal jobs (Via empty) already own the database.
func (s *Service) checkTokenCredential(ctx context.Context, a *tiendo.Actor, password string) error {
	switch a.Via {
	case tiendo.ViaToken:
		return tiendo.Errorf(tiendo.EFORBIDDEN,
			"Không thể dùng mã truy cập để tạo mã truy cập mới; hãy đăng nhập trên trang web")
	case tiendo.ViaSession:
		if password == "" {
			return tiendo.FieldError("password", "Nhập mật khẩu hiện tại để tạo mã truy cập")
		}
		acc, err := s.store.FindAccountByID(ctx, a.AccountID)
		if err != nil {
			return err
		}
		ok, err := s.VerifyPassword(ctx, acc.PasswordHash, password)
		if err != nil {
			return err
		}
		if !ok {
			return tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Mật khẩu hiện tại không đúng")
		}
	}
	return nil
}

// tokenExpiry returns when a requested token ends, nil for never.
func (s *Service) tokenExpiry(sc *scope, in TokenInput) (*time.Time, error) {
	now := s.clock.Now().UTC()
	switch {
	case in.ExpiresInDays != nil && in.ExpiresAt != nil:
		return nil, tiendo.FieldError("expires_at", "Chỉ chọn một trong số ngày hiệu lực hoặc ngày hết hạn")
	case in.ExpiresAt != nil:
		today := s.today()
		if !in.ExpiresAt.After(today) || in.ExpiresAt.Sub(today) > MaxTokenDays {
			return nil, tiendo.FieldError("expires_at", "Ngày hết hạn phải sau hôm nay và không quá 365 ngày")
		}
		end := in.ExpiresAt.AddDays(1).Time().UTC() // the token works to the end of that day
		return &end, nil
	case in.ExpiresInDays == nil:
		end := now.AddDate(0, 0, DefaultTokenDays)
		return &end, nil
	case *in.ExpiresInDays == 0:
		if !sc.unrestricted() {
			return nil, tiendo.FieldError("expires_in_days", "Chỉ quản trị toàn hệ thống mới tạo được mã truy cập không hết hạn")
		}
		return nil, nil
	case *in.ExpiresInDays < 0 || *in.ExpiresInDays > MaxTokenDays:
		return nil, tiendo.FieldError("expires_in_days", "Số ngày hiệu lực từ 1 đến 365 (0 là không hết hạn)")
	}
	end := now.AddDate(0, 0, *in.ExpiresInDays)
	return &end, nil
}
