package tiendo

import (
	"context"
	"time"
)

// Session is a signed-in browser. The cookie carries a random secret; the
// store keeps only its SHA-256 hash, so a leaked database does not hand out
// live sessions.
type Session struct {
	Hash      string    `json:"-"`
	AccountID int64     `json:"account_id"`
	CreatedAt time.Time `json:"created_at"`
	LastSeen  time.Time `json:"last_seen"`
	ExpiresAt time.Time `json:"expires_at"` // absolute end, whatever the activity
}

// SessionStore persists web sessions in the database, so every instance of
// a multi-instance deployment shares them.
type SessionStore interface {
	// CreateSession stores s; ECONFLICT when the hash exists.
	CreateSession(ctx context.Context, s *Session) error
	// FindSession returns ENOTFOUND for an unknown hash.
	FindSession(ctx context.Context, hash string) (*Session, error)
	// TouchSession records activity at the given time.
	TouchSession(ctx context.Context, hash string, at time.Time) error
	// DeleteSession ends a session; deleting an unknown one is not an error.
	DeleteSession(ctx context.Context, hash string) error
	// DeleteExpiredSessions removes sessions whose absolute end is before
	// now and returns how many.
	DeleteExpiredSessions(ctx context.Context, now time.Time) (int, error)
}
