package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// ExtensionStatus is the state of an extension request.
type ExtensionStatus string

// Extension states.
const (
	ExtensionPending  ExtensionStatus = "pending"
	ExtensionApproved ExtensionStatus = "approved"
	ExtensionDeclined ExtensionStatus = "declined"
)

// Extension is a request to move a task's deadline, and its decision.
type Extension struct {
	ID           int64           `json:"id"`
	TaskID       int64           `json:"task_id"`
	RequestedBy  int64           `json:"requested_by"`
	Reason       string          `json:"reason"`
	ProposedDue  vn.Date         `json:"proposed_due"`
	PreviousDue  vn.Date         `json:"previous_due"`
	Status       ExtensionStatus `json:"status"`
	DecidedBy    *int64          `json:"decided_by"`
	DecidedAt    *time.Time      `json:"decided_at"`
	DecisionNote string          `json:"decision_note"`
	DecisionDoc  string          `json:"decision_doc"` // number of the deciding document
	CreatedAt    time.Time       `json:"created_at"`
	Version      int             `json:"version"`
}

// ExtensionStore persists extension requests.
type ExtensionStore interface {
	CreateExtension(ctx context.Context, e *Extension) error
	FindExtensionByID(ctx context.Context, id int64) (*Extension, error)
	FindExtensions(ctx context.Context, taskID int64) ([]*Extension, error)
	// UpdateExtension writes a decision when e.Version is current.
	UpdateExtension(ctx context.Context, e *Extension) error
}
