package tiendo

import (
	"context"
	"time"
)

// TOTP is an account's time-based one-time password (RFC 6238), the
// optional second factor of a password sign-in. It is kept apart from
// Account so that enrolling changes neither the account's version nor its
// audit.
type TOTP struct {
	AccountID int64
	Secret    string // base32, as authenticator apps take it
	Confirmed bool   // false while enrolling: sign-in asks for a code only once confirmed
	// LastStep is the time step (Unix time / 30 s) of the last code
	// accepted; a code of that step or an earlier one is refused, so a
	// code seen over a shoulder cannot be used again.
	LastStep int64
	// ChallengeHash is the SHA-256 of the secret a browser holds between
	// the password and the code; ChallengeUntil ends it, ChallengeFails
	// counts the wrong codes given against it.
	ChallengeHash  string
	ChallengeUntil time.Time
	ChallengeFails int
	CreatedAt      time.Time
}

// TOTPStore keeps the second factors.
type TOTPStore interface {
	// FindTOTP returns ENOTFOUND when the account has none.
	FindTOTP(ctx context.Context, accountID int64) (*TOTP, error)
	// PutTOTP creates or replaces the account's second factor.
	PutTOTP(ctx context.Context, t *TOTP) error
	// DeleteTOTP removes it; removing none is not an error.
	DeleteTOTP(ctx context.Context, accountID int64) error
	// UseTOTPStep records step as the last one used if it is later than
	// the last one recorded, and says whether it was: of two requests
	// racing with the same code, only one wins.
	UseTOTPStep(ctx context.Context, accountID, step int64) (bool, error)
}
