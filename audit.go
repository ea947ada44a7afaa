package tiendo

import (
	"context"
	"encoding/json"
	"time"
)

// AuditEntry records one change: who, when, what, before and after. The log
// is append-only: the store has no way to change or delete an entry, and
// the schema refuses it.
type AuditEntry struct {
	ID         int64           `json:"id"`
	At         time.Time       `json:"at"`
	ActorID    *int64          `json:"actor_id"`
	Actor      string          `json:"actor"` // login, or "system"
	Action     string          `json:"action"`
	EntityType string          `json:"entity_type"` // "task", "org", "document"…
	EntityID   int64           `json:"entity_id"`
	TaskID     *int64          `json:"task_id"`
	OrgID      *int64          `json:"org_id"` // organisation the change concerns
	Before     json.RawMessage `json:"before"`
	After      json.RawMessage `json:"after"`
}

// AuditFilter selects audit entries.
type AuditFilter struct {
	TaskID *int64
	OrgIDs []int64
	Page   Page
}

// AuditStore appends to and reads the audit log.
type AuditStore interface {
	AppendAudit(ctx context.Context, e *AuditEntry) error
	// FindAudit returns matching entries, oldest first, and their count.
	FindAudit(ctx context.Context, f AuditFilter) ([]*AuditEntry, int, error)
}
