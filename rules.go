package tiendo

import (
	"context"
	"encoding/json"
	"time"

	"tiendo/vn"
)

// RulesVersion holds the rules a whole-tree administrator can change:
// the extension limit, the default deadline of a task given none, and the
// grading rule sets (weights, bands, caps on the top band, tie-break).
// A version is in force from EffectiveFrom until the next version's date,
// so a past period is graded by the rules of its time (RulesVersionAt).
// With no version stored, the built-in defaults apply (DefaultRules and
// grade.RuleSets: NĐ 335/2025 and QĐ 3814-QĐ/TU).
type RulesVersion struct {
	ID            int64   `json:"id"`
	EffectiveFrom vn.Date `json:"effective_from"`
	// MaxExtensions is how many extensions a task may be granted.
	MaxExtensions int `json:"max_extensions"`
	// DefaultDeadlineWorkingDays sets the deadline of a task given none,
	// counted in working days from its assignment.
	DefaultDeadlineWorkingDays int `json:"default_deadline_working_days"`
	// Grading is the list of grading rule sets, the default first, as
	// package grade's []RuleSet in JSON. The root package does not import
	// grade: the store keeps the list as it is and the service reads and
	// validates it (grade.ValidateSets).
	Grading   json.RawMessage `json:"grading"`
	Note      string          `json:"note" max:"1000"`
	CreatedBy *int64          `json:"created_by"`
	CreatedAt time.Time       `json:"created_at"`
	UpdatedAt time.Time       `json:"updated_at"`
	Version   int             `json:"version"`
}

// Bounds of the rules an administrator sets.
const (
	MaxExtensionsLimit     = 10
	MaxDefaultDeadlineDays = 250 // about a working year
	MaxGradingJSONBytes    = 64 << 10
)

// Validate checks the fields the root package knows; the grading rule
// sets are checked by the service through package grade.
func (r *RulesVersion) Validate() error {
	var v Validator
	v.Check(!r.EffectiveFrom.IsZero(), "effective_from", "Ngày áp dụng là bắt buộc")
	v.Check(r.MaxExtensions >= 0 && r.MaxExtensions <= MaxExtensionsLimit, "max_extensions",
		"Số lần gia hạn tối đa phải từ 0 đến 10")
	v.Check(r.DefaultDeadlineWorkingDays >= 1 && r.DefaultDeadlineWorkingDays <= MaxDefaultDeadlineDays,
		"default_deadline_working_days", "Thời hạn mặc định phải từ 1 đến 250 ngày làm việc")
	v.Check(len(r.Grading) <= MaxGradingJSONBytes, "grading", "Bộ tiêu chí đánh giá quá lớn")
	v.Check(len(r.Grading) > 0 && json.Valid(r.Grading), "grading", "Bộ tiêu chí đánh giá là bắt buộc")
	v.Input(r)
	return v.Err()
}

// RulesVersionAt returns the version in force on d: the one with the
// latest EffectiveFrom on or before d, or nil (the built-in defaults).
func RulesVersionAt(vs []*RulesVersion, d vn.Date) *RulesVersion {
	var in *RulesVersion
	for _, v := range vs {
		if !v.EffectiveFrom.After(d) && (in == nil || v.EffectiveFrom.After(in.EffectiveFrom)) {
			in = v
		}
	}
	return in
}

// RulesStore keeps the versions of the rules.
type RulesStore interface {
	// CreateRulesVersion stores v and sets ID, CreatedAt, UpdatedAt and
	// Version; ECONFLICT when a version already takes effect that day.
	CreateRulesVersion(ctx context.Context, v *RulesVersion) error
	// UpdateRulesVersion replaces a version's rules at v.Version (its
	// effective date does not change); ECONFLICT when stale.
	UpdateRulesVersion(ctx context.Context, v *RulesVersion) error
	// FindRulesVersions returns every version, the earliest first.
	FindRulesVersions(ctx context.Context) ([]*RulesVersion, error)
}
