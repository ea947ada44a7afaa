package service

import (
	"context"
	"crypto/subtle"
	"encoding/base32"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/pquerna/otp"
	"github.com/pquerna/otp/totp"

	"tiendo"
)

const (
	// totpIssuer names tiendo in authenticator apps.
	totpIssuer = "Tiến Độ"
	totpPeriod = 30 * time.Second
	// totpChallengeLife is the time between password and code.
	totpChallengeLife = 5 * time.Minute
	// totpMaxFails wrong codes end a challenge: the password must be given
	// again, so guessing six digits costs password attempts too.
	totpMaxFails = 5
)

// SecondFactorRequired is what StartSession returns, as an error, when the
// password was right and the account has a second factor: no session yet,
// only a challenge for CompleteSecondFactor.
type SecondFactorRequired struct {
	Challenge string // secret for the browser to hold until it sends the code
}

func (e *SecondFactorRequired) Error() string { return "second factor required" }

// TOTPState is what the account's own page shows.
type TOTPState struct {
	Enabled bool
	// Secret and URI (otpauth://) while enrolling, for the app.
	Secret string
	URI    string
}

// MyTOTP returns the signed-in account's second factor state.
func (s *Service) MyTOTP(ctx context.Context) (*TOTPState, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.store.FindTOTP(ctx, a.AccountID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return &TOTPState{}, nil
	} else if err != nil {
		return nil, err
	}
	if t.Confirmed {
		return &TOTPState{Enabled: true}, nil
	}
	return totpState(a.Login, t.Secret)
}

func totpState(login, secret string) (*TOTPState, error) {
	raw, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(secret)
	if err != nil {
		return nil, err
	}
	k, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: login, Secret: raw})
	if err != nil {
		return nil, err
	}
	return &TOTPState{Secret: k.Secret(), URI: k.URL()}, nil
}

// BeginTOTP starts enrolling the signed-in account: a new secret, not yet
// asked at sign-in until ConfirmTOTP proves the app has it.
func (s *Service) BeginTOTP(ctx context.Context) (*TOTPState, error) {
	a, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.store.FindTOTP(ctx, a.AccountID)
	if err == nil && t.Confirmed {
		return nil, tiendo.Errorf(tiendo.ECONFLICT, "Xác thực hai bước đã được bật cho tài khoản này")
	} else if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		return nil, err
	}
	k, err := totp.Generate(totp.GenerateOpts{Issuer: totpIssuer, AccountName: a.Login})
	if err != nil {
		return nil, err
	}
	err = s.store.PutTOTP(ctx, &tiendo.TOTP{AccountID: a.AccountID, Secret: k.Secret(), CreatedAt: s.clock.Now().UTC()})
	if err != nil {
		return nil, err
	}
	return &TOTPState{Secret: k.Secret(), URI: k.URL()}, nil
}

// ConfirmTOTP turns the second factor on once the app shows a right code.
func (s *Service) ConfirmTOTP(ctx context.Context, code string) error {
	a, err := actor(ctx)
	if err != nil {
		return err
	}
	t, err := s.store.FindTOTP(ctx, a.AccountID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && t.Confirmed) {
		return tiendo.Errorf(tiendo.ECONFLICT, "Không có đăng ký xác thực hai bước đang chờ xác nhận")
	} else if err != nil {
		return err
	}
	step, ok := matchTOTP(t.Secret, code, s.clock.Now())
	if !ok {
		return tiendo.FieldError("code", "Mã xác thực không đúng; hãy nhập mã 6 chữ số đang hiện trong ứng dụng")
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		t.Confirmed, t.LastStep = true, step
		if err := st.PutTOTP(ctx, t); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.totp.enable", "account", a.AccountID, nil, nil, nil, map[string]bool{"totp": true})
	})
}

// ResetTOTP removes the second factor of an account the actor manages
// (a lost phone); the account signs in with its password alone until it
// enrols again.
func (s *Service) ResetTOTP(ctx context.Context, id int64) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		acc, err := managedAccount(ctx, sc, st, id)
		if err != nil {
			return err
		}
		if _, err := st.FindTOTP(ctx, id); err != nil {
			if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
				return tiendo.Errorf(tiendo.ECONFLICT, "Tài khoản %s chưa bật xác thực hai bước", acc.Login)
			}
			return err
		}
		if err := st.DeleteTOTP(ctx, id); err != nil {
			return err
		}
		return s.audit(ctx, st, "account.totp.reset", "account", id, nil, firstGrantOrg(acc),
			map[string]bool{"totp": true}, map[string]bool{"totp": false})
	})
}

// TOTPEnabled says whether an account signs in with a second factor.
func (s *Service) TOTPEnabled(ctx context.Context, accountID int64) (bool, error) {
	t, err := s.store.FindTOTP(ctx, accountID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return false, nil
	}
	return err == nil && t.Confirmed, err
}

// secondFactor returns a SecondFactorRequired for an account with a
// confirmed second factor, nil for one without.
func (s *Service) secondFactor(ctx context.Context, a *tiendo.Actor) error {
	t, err := s.store.FindTOTP(ctx, a.AccountID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && !t.Confirmed) {
		return nil
	} else if err != nil {
		return err
	}
	secret, err := randomSecret()
	if err != nil {
		return err
	}
	t.ChallengeHash, t.ChallengeFails = hashToken(secret), 0
	t.ChallengeUntil = s.clock.Now().UTC().Add(totpChallengeLife)
	if err := s.store.PutTOTP(ctx, t); err != nil {
		return err
	}
	return &SecondFactorRequired{Challenge: strconv.FormatInt(a.AccountID, 10) + "." + secret}
}

// CompleteSecondFactor checks the code against a challenge from
// StartSession and opens the session. A wrong code is EINVALID on the
// field "code" (try again); a challenge ended (expired, used, or too many
// wrong codes) is EUNAUTHENTICATED (sign in again).
func (s *Service) CompleteSecondFactor(ctx context.Context, challenge, code string) (string, *tiendo.Actor, error) {
	ended := tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Phiên xác thực hai bước đã hết hạn; hãy đăng nhập lại")
	idText, secret, _ := strings.Cut(challenge, ".")
	id, err := strconv.ParseInt(idText, 10, 64)
	if err != nil || secret == "" {
		return "", nil, ended
	}
	t, err := s.store.FindTOTP(ctx, id)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return "", nil, ended
	} else if err != nil {
		return "", nil, err
	}
	now := s.clock.Now().UTC()
	if !t.Confirmed || t.ChallengeHash == "" || !now.Before(t.ChallengeUntil) ||
		subtle.ConstantTimeCompare([]byte(hashToken(secret)), []byte(t.ChallengeHash)) != 1 {
		return "", nil, ended
	}
	a, err := s.ActorForAccount(ctx, id)
	if err != nil {
		return "", nil, err
	}
	step, ok := matchTOTP(t.Secret, code, now)
	if ok {
		// Only the first use of a step wins, even between two racing requests.
		if ok, err = s.store.UseTOTPStep(ctx, id, step); err != nil {
			return "", nil, err
		}
	}
	if !ok {
		t.ChallengeFails++
		if t.ChallengeFails >= totpMaxFails {
			t.ChallengeHash, t.ChallengeUntil = "", time.Time{}
		}
		if err := s.store.PutTOTP(ctx, t); err != nil {
			return "", nil, err
		}
		if t.ChallengeHash == "" {
			return "", nil, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Nhập sai mã xác thực quá %d lần; hãy đăng nhập lại", totpMaxFails-1)
		}
		return "", nil, tiendo.FieldError("code", "Mã xác thực không đúng hoặc đã được dùng")
	}
	t.LastStep, t.ChallengeHash, t.ChallengeUntil, t.ChallengeFails = max(t.LastStep, step), "", time.Time{}, 0
	if err := s.store.PutTOTP(ctx, t); err != nil {
		return "", nil, err
	}
	session, err := s.openSession(ctx, a, map[string]string{"method": "password+totp"})
	if err != nil {
		return "", nil, err
	}
	return session, a, nil
}

// matchTOTP checks a 6-digit code at now and one step either side (clocks
// of phones drift) and returns the step it belongs to.
func matchTOTP(secret, code string, now time.Time) (int64, bool) {
	code = strings.TrimSpace(code)
	if len(code) != 6 {
		return 0, false
	}
	opts := totp.ValidateOpts{Period: uint(totpPeriod / time.Second), Digits: otp.DigitsSix, Algorithm: otp.AlgorithmSHA1}
	for _, skew := range []int64{0, -1, 1} {
		at := now.Add(time.Duration(skew) * totpPeriod)
		want, err := totp.GenerateCodeCustom(secret, at, opts)
		if err != nil {
			return 0, false
		}
		if subtle.ConstantTimeCompare([]byte(want), []byte(code)) == 1 {
			return at.Unix() / int64(totpPeriod/time.Second), true
		}
	}
	return 0, false
}

// IsSecondFactorRequired unwraps a SecondFactorRequired from err.
func IsSecondFactorRequired(err error) (*SecondFactorRequired, bool) {
	var sf *SecondFactorRequired
	ok := errors.As(err, &sf)
	return sf, ok
}
