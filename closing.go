package tiendo

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"tiendo/vn"
)

// PeriodClosing is a reporting period closed (chốt số liệu) for one
// organisation's subtree, or for the whole tree (OrgID nil): the figures
// of the period as they were at the closing, kept as data and served in
// place of the live ones until a leader reopens the period. A reopened
// closing stays as history; at most one closing per scope and period is
// in force (not reopened) at a time (docs/PERIODS.md "Closing a period").
type PeriodClosing struct {
	ID       int64   `json:"id"`
	OrgID    *int64  `json:"org_id"` // nil: the whole tree
	Period   string  `json:"period"` // machine form, "2026-Q1"
	From     vn.Date `json:"from"`   // the period's days under the cut-offs in force at closing
	To       vn.Date `json:"to"`
	AsOf     vn.Date `json:"as_of"` // the figures' as-of date: the period's last day
	ClosedBy *int64  `json:"closed_by"`
	// ClosedByName is the closing account's login, filled on read.
	ClosedByName string     `json:"closed_by_name"`
	ClosedAt     time.Time  `json:"closed_at"`
	ReopenedBy   *int64     `json:"reopened_by"`
	ReopenedName string     `json:"reopened_by_name"` // filled on read
	ReopenedAt   *time.Time `json:"reopened_at"`
	ReopenReason string     `json:"reopen_reason" max:"2000"`
	// Figures are the frozen statistics, rankings and grades, as the
	// service wrote them (JSON); Facts the frozen state of each task of
	// the period (JSON), read only to list adjustments.
	Figures json.RawMessage `json:"-"`
	Facts   json.RawMessage `json:"-"`
	Version int             `json:"version"`
}

// ClosedOn is the civil date of the closing in Vietnam.
func (c *PeriodClosing) ClosedOn() vn.Date { return vn.DateOf(c.ClosedAt) }

// InForce tells whether the closing still holds (it was not reopened).
func (c *PeriodClosing) InForce() bool { return c.ReopenedAt == nil }

// Validate checks a closing before it is stored.
func (c *PeriodClosing) Validate() error {
	var v Validator
	_, err := vn.ParsePeriod(c.Period)
	v.Check(err == nil && c.Period != "", "period", "Kỳ báo cáo không hợp lệ")
	v.Check(!c.From.IsZero() && !c.To.Before(c.From), "period", "Kỳ báo cáo không hợp lệ")
	v.Check(!c.AsOf.Before(c.To), "as_of", "Ngày chốt số liệu không được trước ngày cuối kỳ")
	v.Check(json.Valid(c.Figures), "figures", "Số liệu chốt không hợp lệ")
	v.Check(json.Valid(c.Facts), "facts", "Số liệu chốt không hợp lệ")
	v.Check(c.ReopenedAt == nil || strings.TrimSpace(c.ReopenReason) != "", "reason", "Cần nêu lý do mở lại kỳ đã chốt")
	v.Input(c)
	return v.Err()
}

// CheckClosable refuses a period that cannot be closed on today: a custom
// range (not a reporting period) or a period whose last day has not come.
// A period is closed at its cut-off: on its last day or later.
func CheckClosable(p vn.Period, to, today vn.Date) error {
	if p.Kind == vn.PeriodCustom {
		return FieldError("period", "Chỉ chốt số liệu kỳ tháng, quý, 6 tháng, 9 tháng hoặc năm")
	}
	if today.Before(to) {
		return FieldError("period", "Kỳ báo cáo chưa đến ngày chốt số liệu ("+to.Format()+")")
	}
	return nil
}

// CheckReopenReason refuses an empty reason for reopening a closed period.
func CheckReopenReason(reason string) error {
	if strings.TrimSpace(reason) == "" {
		return FieldError("reason", "Cần nêu lý do mở lại kỳ đã chốt")
	}
	return nil
}

// ClosingFilter selects closings: of one scope (OrgID nil with Whole for
// the whole tree) and period ("" for every period), newest first.
type ClosingFilter struct {
	OrgID   *int64
	Whole   bool // the whole tree's closings (OrgID nil); false with OrgID nil: every scope
	Period  string
	InForce bool // only closings not reopened
}

// ClosingStore keeps closed periods.
type ClosingStore interface {
	// CreateClosing stores c (in force) and sets ID, Version; a closing
	// already in force for the same scope and period is a conflict.
	CreateClosing(ctx context.Context, c *PeriodClosing) error
	// GetClosing returns a closing with its figures (not its facts).
	GetClosing(ctx context.Context, id int64) (*PeriodClosing, error)
	// ClosingFacts returns the facts of a closing.
	ClosingFacts(ctx context.Context, id int64) (json.RawMessage, error)
	// FindClosings lists closings without figures or facts, newest first.
	FindClosings(ctx context.Context, f ClosingFilter) ([]*PeriodClosing, error)
	// ReopenClosing records the reopening (ReopenedBy, ReopenedAt,
	// ReopenReason) of c at c.Version; a stale version is a conflict.
	ReopenClosing(ctx context.Context, c *PeriodClosing) error
}
