package tiendo

import (
	"context"
	"strings"
	"time"

	"tiendo/vn"
)

// InboxVisit records when an account last opened its inbox ("Việc cần xử
// lý"). PreviousAt is the visit before the current session: "new since my
// last visit" counts from it, so reloading the page does not empty the list.
type InboxVisit struct {
	AccountID  int64     `json:"account_id"`
	SeenAt     time.Time `json:"seen_at"`
	PreviousAt time.Time `json:"previous_at"` // zero: no earlier visit
}

// SavedFilter is a task list query an account named and kept.
type SavedFilter struct {
	ID        int64     `json:"id"`
	AccountID int64     `json:"account_id"`
	Name      string    `json:"name"`
	Path      string    `json:"path"`  // the list: /viec, /viec/da-giao, /viec/qua-han
	Query     string    `json:"query"` // its query string, without "?"
	CreatedAt time.Time `json:"created_at"`
}

// SavedFilterPaths are the lists a filter may be saved for.
var SavedFilterPaths = []string{"/viec", "/viec/da-giao", "/viec/qua-han"}

// MaxSavedFilters bounds one account's saved filters.
const MaxSavedFilters = 50

// Validate checks a saved filter before it is stored.
func (f *SavedFilter) Validate() error {
	var v Validator
	f.Name = strings.TrimSpace(f.Name)
	v.Check(f.Name != "", "name", "Tên bộ lọc là bắt buộc")
	v.Text("name", f.Name, MaxShortText)
	v.Check(contains(SavedFilterPaths, f.Path), "path", "Danh sách không hợp lệ")
	v.Text("query", f.Query, MaxShortText)
	v.Input(f)
	return v.Err()
}

// ExplanationFilter selects explanation requests. Zero fields do not filter.
type ExplanationFilter struct {
	OrgIDs       []int64 // addressed to one of these organisations (nil: all)
	Answered     *bool   // answered or not
	AnsweredFrom vn.Date // answered on or after
	Page         Page
}

// InboxStore keeps what the inbox needs besides task lists.
type InboxStore interface {
	// FindInboxVisit returns the account's visit (zero times when none).
	FindInboxVisit(ctx context.Context, account int64) (*InboxVisit, error)
	// PutInboxVisit creates or replaces the account's visit.
	PutInboxVisit(ctx context.Context, v *InboxVisit) error

	// CreateSavedFilter stores f and sets ID and CreatedAt; a second filter
	// of the same name for the account is ECONFLICT.
	CreateSavedFilter(ctx context.Context, f *SavedFilter) error
	// ListSavedFilters returns an account's filters by name.
	ListSavedFilters(ctx context.Context, account int64) ([]*SavedFilter, error)
	// DeleteSavedFilter removes one of the account's filters; ENOTFOUND
	// when the account has no such filter.
	DeleteSavedFilter(ctx context.Context, account, id int64) error

	// FindExplanationRequests returns one page and the total: unanswered
	// ones by due date (oldest first), answered ones newest answer first.
	FindExplanationRequests(ctx context.Context, f ExplanationFilter) ([]*ExplanationRequest, int, error)
}
