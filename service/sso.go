package service

import (
	"context"

	"tiendo"
)

// StartSessionForLogin opens a session for the account whose login an
// identity provider has vouched for (method names it in the audit entry,
// e.g. "oidc"). The provider proves who the person is; the grants stay in
// tiendo, so an unknown login is refused rather than created.
func (s *Service) StartSessionForLogin(ctx context.Context, login, method string) (string, *tiendo.Actor, error) {
	acc, err := s.store.FindAccountByLogin(ctx, normaliseLogin(login))
	if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		return "", nil, err
	}
	if acc == nil || acc.Disabled {
		reason := tiendo.SigninUnknown
		if acc != nil {
			reason = tiendo.SigninDisabled
		}
		if err := s.ssoEvent(ctx, tiendo.EventSigninFailed, acc, login, reason); err != nil {
			return "", nil, err
		}
		if acc == nil {
			return "", nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED,
				"Tài khoản %q chưa có trong Tiến Độ; hãy đề nghị quản trị viên tạo tài khoản", login)
		}
		return "", nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Tài khoản %q đã bị khóa", acc.Login)
	}
	a := actorOf(acc)
	secret, err := s.openSession(ctx, a, map[string]string{"method": method})
	if err != nil {
		return "", nil, err
	}
	if err := s.ssoEvent(ctx, tiendo.EventSigninOK, acc, acc.Login, method); err != nil {
		return "", nil, err
	}
	return secret, a, nil
}

// ssoEvent records a sign-in through an identity provider in the security
// log, as SignIn does for passwords; detail names the method.
func (s *Service) ssoEvent(ctx context.Context, kind string, acc *tiendo.Account, login, detail string) error {
	e := &tiendo.SecurityEvent{At: s.clock.Now().UTC(), Kind: kind, Login: loginKey(login),
		Address: tiendo.ClientAddrFromContext(ctx), Detail: detail}
	if acc != nil {
		e.AccountID = &acc.ID
	}
	return s.store.AppendSecurityEvent(ctx, e)
}
