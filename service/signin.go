package service

import (
	"context"
	"fmt"
	"strings"
	"time"

	"tiendo"
)

// Sign-in throttling. Failures are counted in the database (so every
// instance shares them) per login tried and per client address, and
// checked before any password is hashed: a throttled attempt costs no
// argon2id work. Counting per login *tried*, not per account, means an
// unknown login is throttled and locked exactly like an existing one, so
// the answers reveal nothing.
const (
	// LoginBackoffAfter failures of a login start the back-off: 1 s after
	// the third, doubling with each failure.
	LoginBackoffAfter = 3
	// LockoutFailures failures lock the login for LockoutPeriod; an
	// administrator can lift the lock earlier (UnlockAccount).
	LockoutFailures = 10
	LockoutPeriod   = 30 * time.Minute
	// AddressBackoffAfter failures from one address start its back-off.
	// It is higher than a login's because an office behind one NAT shares
	// an address, and an address is never locked out.
	AddressBackoffAfter = 30
	// maxBackoff caps an address's back-off.
	maxBackoff = 15 * time.Minute
	// forgetFailuresAfter: a counter restarts after this long without a
	// failure.
	forgetFailuresAfter = 2 * time.Hour
	// maxLoginKey bounds the login text kept in the log and throttle keys.
	maxLoginKey = 100
)

// dummyHash is verified for unknown and disabled logins, with the same
// parameters as real hashes, so every failure takes the same time and the
// timing does not tell which logins exist.
const dummyHash = "$argon2id$v=19$m=65536,t=2,p=2$vQfqK+JoDLEUTjZsIGDExg$AnRtFJVjfjw7NRrIpARGsPkWJAUDlbHB8HL9cEkInOw"

// badCredentials is the one answer to an unknown login, a disabled account
// and a wrong password.
func badCredentials() error {
	return tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Sai tên đăng nhập hoặc mật khẩu")
}

// backoff is how long a key waits after its n-th failure when the back-off
// starts after `after` failures.
func backoff(n, after int) time.Duration {
	if n < after {
		return 0
	}
	return min(time.Second<<min(n-after, 20), maxBackoff)
}

// loginBlock is how long a login waits after its n-th failure.
func loginBlock(n int) time.Duration {
	if n >= LockoutFailures {
		return LockoutPeriod
	}
	return backoff(n, LoginBackoffAfter)
}

// normaliseLogin is a login as accounts store it: trimmed, lower case.
func normaliseLogin(login string) string { return strings.ToLower(strings.TrimSpace(login)) }

// loginKey is a login as throttled and logged: normalised like the
// accounts' logins, and cut short.
func loginKey(login string) string {
	login = normaliseLogin(login)
	if r := []rune(login); len(r) > maxLoginKey {
		login = string(r[:maxLoginKey])
	}
	return login
}

// SignIn checks a login and password and returns the actor, throttling,
// logging and timing every attempt alike. The client's address comes from
// the context (tiendo.NewContextWithClientAddr). It is the one password
// sign-in of the service: every path that signs in with a password calls
// it.
func (s *Service) SignIn(ctx context.Context, login, password string) (*tiendo.Actor, error) {
	login = loginKey(login)
	addr := tiendo.ClientAddrFromContext(ctx)
	now := s.clock.Now().UTC()
	if err := s.checkThrottle(ctx, login, addr, now); err != nil {
		return nil, err
	}
	acc, err := s.store.FindAccountByLogin(ctx, login)
	if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		return nil, err
	}
	phc := dummyHash
	if acc != nil {
		phc = acc.PasswordHash
	}
	ok, err := s.VerifyPassword(ctx, phc, password)
	if err != nil {
		return nil, err
	}
	reason := ""
	switch {
	case acc == nil:
		reason = tiendo.SigninUnknown
	case acc.Disabled:
		reason = tiendo.SigninDisabled
	case !ok:
		reason = tiendo.SigninWrong
	}
	if reason != "" {
		if err := s.signinFailed(ctx, acc, login, addr, reason, now); err != nil {
			return nil, err
		}
		return nil, badCredentials()
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.DeleteSigninThrottle(ctx, tiendo.ThrottleLogin, login); err != nil {
			return err
		}
		return st.AppendSecurityEvent(ctx, &tiendo.SecurityEvent{At: now, Kind: tiendo.EventSigninOK,
			AccountID: &acc.ID, Login: login, Address: addr})
	})
	if err != nil {
		return nil, err
	}
	return actorOf(acc), nil
}

// checkThrottle refuses (ETOOMANY) a login or address that must still
// wait, and logs the refusal.
func (s *Service) checkThrottle(ctx context.Context, login, addr string, now time.Time) error {
	var until time.Time
	locked := false
	for _, k := range [][2]string{{tiendo.ThrottleLogin, login}, {tiendo.ThrottleAddress, addr}} {
		if k[1] == "" {
			continue
		}
		t, err := s.store.FindSigninThrottle(ctx, k[0], k[1])
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			continue
		} else if err != nil {
			return err
		}
		if t.BlockedUntil.After(until) {
			until = t.BlockedUntil
		}
		locked = locked || (k[0] == tiendo.ThrottleLogin && t.Failures >= LockoutFailures && t.BlockedUntil.After(now))
	}
	if !until.After(now) {
		return nil
	}
	err := s.store.AppendSecurityEvent(ctx, &tiendo.SecurityEvent{At: now, Kind: tiendo.EventSigninFailed,
		Login: login, Address: addr, Detail: tiendo.SigninThrottled})
	if err != nil {
		return err
	}
	wait := until.Sub(now)
	if locked {
		return tiendo.TooMany(wait, fmt.Sprintf("Tên đăng nhập này đã bị tạm khóa do nhập sai mật khẩu nhiều lần; "+
			"hãy thử lại sau %d phút hoặc đề nghị quản trị viên mở khóa", int((wait+time.Minute-1)/time.Minute)))
	}
	return tiendo.TooMany(wait, fmt.Sprintf("Đăng nhập sai nhiều lần; hãy thử lại sau %s", waitText(wait)))
}

// waitText says a wait in whole seconds or minutes, in Vietnamese.
func waitText(d time.Duration) string {
	if d < time.Minute {
		return fmt.Sprintf("%d giây", int((d+time.Second-1)/time.Second))
	}
	return fmt.Sprintf("%d phút", int((d+time.Minute-1)/time.Minute))
}

// signinFailed counts a failure for the login and the address, blocks them
// as their counts say, and logs it (and the lockout it may cause), in one
// transaction.
func (s *Service) signinFailed(ctx context.Context, acc *tiendo.Account, login, addr, reason string, now time.Time) error {
	var accID *int64
	if acc != nil {
		accID = &acc.ID
	}
	forget := now.Add(-forgetFailuresAfter)
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		n, err := st.AddSigninFailure(ctx, tiendo.ThrottleLogin, login, now, forget)
		if err != nil {
			return err
		}
		if d := loginBlock(n); d > 0 {
			if err := st.BlockSignin(ctx, tiendo.ThrottleLogin, login, now.Add(d)); err != nil {
				return err
			}
		}
		if addr != "" {
			m, err := st.AddSigninFailure(ctx, tiendo.ThrottleAddress, addr, now, forget)
			if err != nil {
				return err
			}
			if d := backoff(m, AddressBackoffAfter); d > 0 {
				if err := st.BlockSignin(ctx, tiendo.ThrottleAddress, addr, now.Add(d)); err != nil {
					return err
				}
			}
		}
		e := &tiendo.SecurityEvent{At: now, Kind: tiendo.EventSigninFailed, AccountID: accID, Login: login,
			Address: addr, Detail: reason}
		if err := st.AppendSecurityEvent(ctx, e); err != nil {
			return err
		}
		if n != LockoutFailures {
			return nil
		}
		return st.AppendSecurityEvent(ctx, &tiendo.SecurityEvent{At: now, Kind: tiendo.EventSigninLocked,
			AccountID: accID, Login: login, Address: addr, Detail: fmt.Sprintf("%d lần sai", n)})
	})
}

// securityEvent logs an administrator's (or the actor's own) change to an
// account in the caller's transaction, with the actor and its address.
func (s *Service) securityEvent(ctx context.Context, st tiendo.Store, kind string, acc *tiendo.Account, detail string) error {
	e := &tiendo.SecurityEvent{At: s.clock.Now().UTC(), Kind: kind, AccountID: &acc.ID, Login: acc.Login,
		Address: tiendo.ClientAddrFromContext(ctx), Actor: "system", Detail: detail}
	if a := tiendo.ActorFromContext(ctx); a != nil && !a.System {
		e.ActorID, e.Actor = &a.AccountID, a.Login
	}
	return st.AppendSecurityEvent(ctx, e)
}

// SigninState is what the account page shows of a login's failures.
type SigninState struct {
	Failures     int       `json:"failures"`
	Locked       bool      `json:"locked"` // locked out after LockoutFailures failures
	BlockedUntil time.Time `json:"blocked_until,omitzero"`
}

// AccountSigninState returns the failure state of an account the actor
// manages.
func (s *Service) AccountSigninState(ctx context.Context, id int64) (*SigninState, error) {
	acc, err := s.GetAccount(ctx, id)
	if err != nil {
		return nil, err
	}
	return s.signinState(ctx, s.store, acc.Login)
}

func (s *Service) signinState(ctx context.Context, st tiendo.Store, login string) (*SigninState, error) {
	t, err := st.FindSigninThrottle(ctx, tiendo.ThrottleLogin, login)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return &SigninState{}, nil
	} else if err != nil {
		return nil, err
	}
	out := &SigninState{Failures: t.Failures}
	if t.BlockedUntil.After(s.clock.Now()) {
		out.BlockedUntil = t.BlockedUntil
		out.Locked = t.Failures >= LockoutFailures
	}
	return out, nil
}

// UnlockAccount lifts the sign-in lockout and back-off of an account the
// actor manages and forgets its failures. Unlocking an account that is not
// locked succeeds and changes nothing but the log.
func (s *Service) UnlockAccount(ctx context.Context, id int64) (*SigninState, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	var before *SigninState
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		acc, err := managedAccount(ctx, sc, st, id)
		if err != nil {
			return err
		}
		if before, err = s.signinState(ctx, st, acc.Login); err != nil {
			return err
		}
		if err := st.DeleteSigninThrottle(ctx, tiendo.ThrottleLogin, acc.Login); err != nil {
			return err
		}
		if err := s.securityEvent(ctx, st, tiendo.EventLockoutLifted, acc, fmt.Sprintf("%d lần sai", before.Failures)); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.unlock", "account", acc.ID, nil, firstGrantOrg(acc), before, &SigninState{})
	})
	if err != nil {
		return nil, err
	}
	return &SigninState{}, nil
}

// disableEvent is the event of disabling or enabling an account.
func disableEvent(disabled bool) string {
	if disabled {
		return tiendo.EventAccountDisable
	}
	return tiendo.EventAccountEnable
}

// grantsEvent logs an account's grants when an edit changed them.
func (s *Service) grantsEvent(ctx context.Context, st tiendo.Store, acc *tiendo.Account, before []tiendo.Grant) error {
	if grantsText(before) == grantsText(acc.Grants) {
		return nil
	}
	return s.securityEvent(ctx, st, tiendo.EventGrantsChanged, acc, grantsText(before)+" → "+grantsText(acc.Grants))
}

// grantsText writes grants for the security log: "admin, office@12".
func grantsText(gs []tiendo.Grant) string {
	parts := make([]string, len(gs))
	for i, g := range gs {
		parts[i] = string(g.Role)
		if g.OrgID != nil {
			parts[i] += fmt.Sprintf("@%d", *g.OrgID)
		}
	}
	return strings.Join(parts, ", ")
}
