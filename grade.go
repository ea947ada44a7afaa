package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// SubjectKind says whether a grade is of an organisation or a person.
type SubjectKind string

// Graded subjects (docs/DOMAIN.md §13): units, and people through the tasks their
// unit passed to them.
const (
	SubjectOrg    SubjectKind = "org"
	SubjectPerson SubjectKind = "person"
)

// GradePoints are the points the office enters for one subject and one
// grading period beside the task results: the general criteria (tiêu chí
// chung) and, where the rule set has them, bonus points.
type GradePoints struct {
	Period    string      `json:"period"` // machine form, "2026-03" or "2026-Q1"
	Kind      SubjectKind `json:"subject_kind"`
	SubjectID int64       `json:"subject_id"`
	General   float64     `json:"general"`
	Bonus     float64     `json:"bonus"`
	Note      string      `json:"note"`
	UpdatedBy *int64      `json:"updated_by"`
	UpdatedAt time.Time   `json:"updated_at"`
}

// Validate checks the points before they are stored; the rule set caps
// them when the grade is computed.
func (p *GradePoints) Validate() error {
	var v Validator
	v.Check(p.Period != "", "period", "Cần kỳ đánh giá")
	v.Check(p.Kind == SubjectOrg || p.Kind == SubjectPerson, "subject_kind", "Đối tượng đánh giá phải là đơn vị hoặc cá nhân")
	v.Check(p.SubjectID > 0, "subject_id", "Cần đối tượng đánh giá")
	v.Check(p.General >= 0 && p.General <= 100, "general", "Điểm tiêu chí chung từ 0 đến 100")
	v.Check(p.Bonus >= 0 && p.Bonus <= 100, "bonus", "Điểm thưởng từ 0 đến 100")
	v.Check(len([]rune(p.Note)) <= 2000, "note", "Ghi chú tối đa 2000 ký tự")
	v.Input(p)
	return v.Err()
}

// GradeMark is what the office records about one task for grading: major
// errors found in its product, and whether an objective cause for its
// delay or failure was confirmed (which waives the deductions).
type GradeMark struct {
	TaskID    int64     `json:"task_id"`
	Errors    int       `json:"errors"`
	Waived    bool      `json:"waived"`
	Reason    string    `json:"reason"` // the objective cause, required with Waived
	UpdatedBy *int64    `json:"updated_by"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate checks a mark before it is stored.
func (m *GradeMark) Validate() error {
	var v Validator
	v.Check(m.TaskID > 0, "task_id", "Cần nhiệm vụ")
	v.Check(m.Errors >= 0 && m.Errors <= 100, "errors", "Số lỗi từ 0 đến 100")
	v.Check(!m.Waived || m.Reason != "", "reason", "Cần nêu nguyên nhân khách quan đã được xác nhận")
	v.Check(len([]rune(m.Reason)) <= 2000, "reason", "Lý do tối đa 2000 ký tự")
	v.Input(m)
	return v.Err()
}

// GradeStore keeps the office's grading inputs.
type GradeStore interface {
	// SaveGradePoints inserts or replaces the points of one subject and period.
	SaveGradePoints(ctx context.Context, p *GradePoints) error
	// FindGradePoints returns the points of a period for the given subjects.
	FindGradePoints(ctx context.Context, period string, kind SubjectKind, ids []int64) ([]*GradePoints, error)
	// SaveGradeMark inserts or replaces the mark of one task.
	SaveGradeMark(ctx context.Context, m *GradeMark) error
	// FindGradeMarks returns the marks of the given tasks.
	FindGradeMarks(ctx context.Context, taskIDs []int64) ([]*GradeMark, error)
	// FindExplanationRequestsDue returns the explanation requests due from
	// from to to (inclusive) addressed to the given organisations (every
	// organisation when orgIDs is nil), by id: grading counts those
	// answered late or not at all.
	FindExplanationRequestsDue(ctx context.Context, from, to vn.Date, orgIDs []int64) ([]*ExplanationRequest, error)
}

// ReportStore is what statistics, grading and reports need of storage.
type ReportStore interface {
	StatsStore
	GradeStore
}
