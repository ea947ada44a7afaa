package tiendo

import (
	"context"
	"time"
)

// Security event kinds: the security log a reviewer reads. They live apart
// from the audit log, whose newest id keys the statistics caches: a flood
// of failed sign-ins must not invalidate them.
const (
	EventSigninOK       = "signin.ok"
	EventSigninFailed   = "signin.failed" // Detail: unknown, wrong, disabled or throttled
	EventSigninLocked   = "signin.locked" // the login reached the lockout threshold
	EventLockoutLifted  = "signin.unlocked"
	EventPasswordReset  = "account.password"
	EventAccountDisable = "account.disabled"
	EventAccountEnable  = "account.enabled"
	EventAccountCreate  = "account.created"
	EventGrantsChanged  = "account.grants"
	EventTokenCreated   = "token.created"
	EventTokenRevoked   = "token.revoked"
)

// SecurityEventKinds lists every kind, in the order filters offer them.
var SecurityEventKinds = []string{EventSigninOK, EventSigninFailed, EventSigninLocked, EventLockoutLifted,
	EventPasswordReset, EventAccountDisable, EventAccountEnable, EventAccountCreate, EventGrantsChanged,
	EventTokenCreated, EventTokenRevoked}

// Reasons a sign-in failed (SecurityEvent.Detail of EventSigninFailed).
// Only administrators see them: the caller is told the same thing for all.
const (
	SigninUnknown   = "unknown"
	SigninWrong     = "wrong"
	SigninDisabled  = "disabled"
	SigninThrottled = "throttled"
)

// SecurityEvent is one entry of the security log: sign-ins, lockouts,
// password resets, account switches, grants and tokens.
type SecurityEvent struct {
	ID        int64     `json:"id"`
	At        time.Time `json:"at"`
	Kind      string    `json:"kind"`
	AccountID *int64    `json:"account_id"` // nil for a login that names no account
	Login     string    `json:"login"`      // the login tried or concerned
	Address   string    `json:"address"`    // the client's address
	ActorID   *int64    `json:"actor_id"`   // who did it, when not the account itself signing in
	Actor     string    `json:"actor"`
	Detail    string    `json:"detail"`
}

// SecurityEventFilter selects security events. Zero fields match all;
// AccountIDs, when not nil, keeps only events of those accounts (an
// administrator of a subtree sees its own accounts' events only).
type SecurityEventFilter struct {
	Kinds      []string
	AccountID  *int64
	AccountIDs []int64
	Login      string
	From, To   time.Time // From inclusive, To exclusive
	Page       Page
}

// Throttle scopes: failures are counted per login tried and per client
// address.
const (
	ThrottleLogin   = "login"
	ThrottleAddress = "address"
)

// SigninThrottle is the failure state of one login or client address.
type SigninThrottle struct {
	Scope        string    `json:"scope"`
	Key          string    `json:"key"`
	Failures     int       `json:"failures"`
	LastFailure  time.Time `json:"last_failure"`
	BlockedUntil time.Time `json:"blocked_until"` // zero when not blocked
}

// SecurityStore keeps the security log and the sign-in throttle state in
// the database, so every instance of a deployment shares them.
type SecurityStore interface {
	// AppendSecurityEvent appends e, setting its ID.
	AppendSecurityEvent(ctx context.Context, e *SecurityEvent) error
	// FindSecurityEvents returns one page of matching events, newest
	// first, and their count.
	FindSecurityEvents(ctx context.Context, f SecurityEventFilter) ([]*SecurityEvent, int, error)

	// FindSigninThrottle returns the state of a login or address;
	// ENOTFOUND when it has no recorded failure.
	FindSigninThrottle(ctx context.Context, scope, key string) (*SigninThrottle, error)
	// AddSigninFailure counts one failure at the given time and returns the
	// new count. Failures before forgetBefore are forgotten first, so a
	// count restarts after a quiet spell. It is atomic on both engines.
	AddSigninFailure(ctx context.Context, scope, key string, at, forgetBefore time.Time) (int, error)
	// BlockSignin makes the key wait until the given time (never shorter
	// than a block it already has).
	BlockSignin(ctx context.Context, scope, key string, until time.Time) error
	// DeleteSigninThrottle forgets a key's failures; no row is no error.
	DeleteSigninThrottle(ctx context.Context, scope, key string) error
}
