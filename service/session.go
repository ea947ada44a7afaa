package service

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"time"

	"tiendo"
)

// SessionLifetime is the absolute life of a web session: a session ends 12
// hours after sign-in however active it is, so a stolen cookie does not
// live for ever.
const SessionLifetime = 12 * time.Hour

// DefaultIdleTimeout ends a session after 30 minutes without a request.
const DefaultIdleTimeout = 30 * time.Minute

// touchEvery bounds the writes a busy session causes: its last-seen time is
// written at most once a minute, so the idle timeout is exact to a minute.
const touchEvery = time.Minute

// StartSession checks a login and password and opens a session. It returns
// the secret for the cookie (only its hash is stored) and the actor. Every
// sign-in is a fresh session, so a session id planted before sign-in is
// worthless.
func (s *Service) StartSession(ctx context.Context, login, password string) (string, *tiendo.Actor, error) {
	a, err := s.Login(ctx, login, password)
	if err != nil {
		return "", nil, err
	}
	// An account with a second factor gets a challenge, not a session.
	if err := s.secondFactor(ctx, a); err != nil {
		return "", nil, err
	}
	secret, err := s.openSession(ctx, a, nil)
	if err != nil {
		return "", nil, err
	}
	return secret, a, nil
}

// openSession creates a session for an account already authenticated (by
// password or by an identity provider) and audits it as a sign-in; after
// is the audit entry's detail (nil for a password sign-in).
func (s *Service) openSession(ctx context.Context, a *tiendo.Actor, after any) (string, error) {
	secret, err := randomSecret()
	if err != nil {
		return "", err
	}
	now := s.clock.Now().UTC()
	sess := &tiendo.Session{Hash: hashToken(secret), AccountID: a.AccountID, CreatedAt: now, LastSeen: now,
		ExpiresAt: now.Add(SessionLifetime)}
	ctx = tiendo.NewContextWithActor(ctx, a)
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		// Sign-ins are rare enough to sweep ended sessions here instead of in
		// a background job that every instance would run.
		if _, err := st.DeleteExpiredSessions(ctx, now); err != nil {
			return err
		}
		if err := st.CreateSession(ctx, sess); err != nil {
			return err
		}
		return s.audit(ctx, st, "session.start", "account", a.AccountID, nil, nil, nil, after)
	})
	if err != nil {
		return "", err
	}
	return secret, nil
}

// randomSecret is 32 random bytes, URL-safe: a session or challenge secret.
func randomSecret() (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// ActorForSession resolves a session cookie's secret. A session past its
// absolute end, or idle for longer than idle, is ended and refused.
func (s *Service) ActorForSession(ctx context.Context, secret string, idle time.Duration) (*tiendo.Actor, error) {
	if idle <= 0 {
		idle = DefaultIdleTimeout
	}
	expired := tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại")
	hash := hashToken(secret)
	sess, err := s.store.FindSession(ctx, hash)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return nil, expired
	} else if err != nil {
		return nil, err
	}
	now := s.clock.Now().UTC()
	if !now.Before(sess.ExpiresAt) || now.Sub(sess.LastSeen) > idle {
		if err := s.store.DeleteSession(ctx, hash); err != nil {
			return nil, err
		}
		return nil, expired
	}
	a, err := s.ActorForAccount(ctx, sess.AccountID)
	if err != nil {
		return nil, err
	}
	a.Via = tiendo.ViaSession
	if now.Sub(sess.LastSeen) >= touchEvery {
		if err := s.store.TouchSession(ctx, hash, now); err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return nil, err
		}
	}
	return a, nil
}

// EndSession signs a session out. An unknown secret is not an error:
// signing out twice, or after expiry, simply succeeds.
func (s *Service) EndSession(ctx context.Context, secret string) error {
	hash := hashToken(secret)
	sess, err := s.store.FindSession(ctx, hash)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return nil
	} else if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.DeleteSession(ctx, hash); err != nil {
			return err
		}
		return s.audit(ctx, st, "session.end", "account", sess.AccountID, nil, nil, nil, nil)
	})
}

// SetLocale sets the signed-in account's interface language ("vi" or
// "en"). It sits with the session because it is the user's own preference,
// not an administrator's change.
func (s *Service) SetLocale(ctx context.Context, locale string) (*tiendo.Account, error) {
	defer s.tokens.invalidate() // the actor carries the locale
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	if locale != "vi" && locale != "en" {
		return nil, tiendo.FieldError("locale", "Ngôn ngữ phải là vi hoặc en")
	}
	var acc *tiendo.Account
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if acc, err = st.FindAccountByID(ctx, a.AccountID); err != nil {
			return err
		}
		before := acc.Locale
		acc.Locale = locale
		if err := st.UpdateAccount(ctx, acc); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.locale", "account", acc.ID, nil, nil,
			map[string]string{"locale": before}, map[string]string{"locale": locale})
	})
	return acc, err
}
