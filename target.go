package tiendo

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"tiendo/vn"
)

// Direction says whether more is better for an indicator.
type Direction string

// Directions.
const (
	HigherBetter Direction = "higher"
	LowerBetter  Direction = "lower"
)

// TargetPeriodKinds lists the period kinds an indicator may be reported
// for: calendar years, quarters and months (vn.Period).
var TargetPeriodKinds = []vn.PeriodKind{vn.PeriodYear, vn.PeriodQuarter, vn.PeriodMonth}

// TargetStatus is how an indicator stands in a period (the colours of Hồ
// Chí Minh City's dashboard).
type TargetStatus string

// Target statuses.
const (
	TargetOnTrack    TargetStatus = "on_track"
	TargetDeveloping TargetStatus = "developing"
	TargetAtRisk     TargetStatus = "at_risk"
	TargetUnknown    TargetStatus = "not_assessable" // no plan or no actual yet
)

// Default status thresholds: the share of the expected value reached.
const (
	DefaultOnTrackRatio    = 0.95
	DefaultDevelopingRatio = 0.80
)

// Target is an indicator (chỉ tiêu) in the catalogue.
type Target struct {
	ID          int64         `json:"id"`
	Name        string        `json:"name"`
	Unit        string        `json:"unit"` // unit of measure: "tỉ đồng", "%", "tuyến phố"
	Direction   Direction     `json:"direction"`
	OrgID       int64         `json:"org_id"`      // responsible organisation
	PeriodKind  vn.PeriodKind `json:"period_kind"` // one of TargetPeriodKinds
	Place       string        `json:"place"`       // street, ward or building, optional
	PlaceID     *int64        `json:"place_id"`    // the place of the register, optional
	Description string        `json:"description"`
	// Cumulative values grow through the year (revenue collected so far):
	// a sub-period without its own plan is expected to reach the yearly
	// plan pro rata. Rates (100% of conscripts) are compared as they are.
	Cumulative bool `json:"cumulative"`
	// OnTrack and Developing are the thresholds (share of the expected
	// value) of this indicator; zero takes the defaults.
	OnTrack    float64   `json:"on_track"`
	Developing float64   `json:"developing"`
	CreatedAt  time.Time `json:"created_at"`
	Version    int       `json:"version"`
}

// Validate checks a target.
func (t *Target) Validate() error {
	var v Validator
	v.Check(strings.TrimSpace(t.Name) != "", "name", "Tên chỉ tiêu là bắt buộc")
	v.Check(strings.TrimSpace(t.Unit) != "", "unit", "Đơn vị tính là bắt buộc")
	v.Check(t.Direction == HigherBetter || t.Direction == LowerBetter, "direction", "Chiều đánh giá phải là càng cao càng tốt hoặc càng thấp càng tốt")
	v.Check(t.OrgID != 0, "org_id", "Cần đơn vị chịu trách nhiệm")
	v.Check(contains(TargetPeriodKinds, t.PeriodKind), "period_kind", "Kỳ theo dõi phải là năm, quý hoặc tháng")
	v.Check(t.OnTrack >= 0 && t.OnTrack <= 2, "on_track", "Ngưỡng đạt từ 0 đến 2 (200%)")
	v.Check(t.Developing >= 0 && t.Developing <= 2, "developing", "Ngưỡng cần cố gắng từ 0 đến 2 (200%)")
	if t.OnTrack > 0 && t.Developing > 0 {
		v.Check(t.Developing <= t.OnTrack, "developing", "Ngưỡng cần cố gắng không được cao hơn ngưỡng đạt")
	}
	for f, s := range map[string]string{"name": t.Name, "unit": t.Unit, "place": t.Place} {
		v.Text(f, s, MaxShortText)
	}
	v.Input(t)
	return v.Err()
}

// Thresholds returns the on-track and developing thresholds in force.
func (t *Target) Thresholds() (onTrack, developing float64) {
	onTrack, developing = t.OnTrack, t.Developing
	if onTrack == 0 {
		onTrack = DefaultOnTrackRatio
	}
	if developing == 0 {
		developing = min(DefaultDevelopingRatio, onTrack)
	}
	return onTrack, developing
}

// ValueKind says whether a value is planned or achieved.
type ValueKind string

// Value kinds.
const (
	Plan   ValueKind = "plan"
	Actual ValueKind = "actual"
)

// TargetValue is one entry of a plan or an actual value for a period.
// Entries are never changed: a correction is a new entry, and the latest
// one for (period, kind) is current, so the history is kept.
type TargetValue struct {
	ID        int64     `json:"id"`
	TargetID  int64     `json:"target_id"`
	Period    string    `json:"period"` // "2023", "2023-Q1", "2023-03"
	Kind      ValueKind `json:"kind"`
	Value     float64   `json:"value"`
	Note      string    `json:"note"`
	Evidence  string    `json:"evidence"` // number of the report document
	EnteredBy int64     `json:"entered_by"`
	EnteredAt time.Time `json:"entered_at"`
}

// Validate checks a value.
func (tv *TargetValue) Validate() error {
	var v Validator
	_, err := ParseTargetKey(tv.Period)
	v.Check(err == nil, "period", "Kỳ dạng 2023, 2023-Q1 hoặc 2023-03")
	v.Check(tv.Kind == Plan || tv.Kind == Actual, "kind", "Loại giá trị phải là kế hoạch hoặc thực hiện")
	v.Check(tv.Value >= 0 && tv.Value < 1e15, "value", "Giá trị phải là số không âm")
	v.Text("evidence", tv.Evidence, MaxShortText)
	v.Input(tv)
	return v.Err()
}

// minTargetYear is the first year a target value may be entered for.
const minTargetYear = 1975

// ParseTargetKey reads the period key of a target value: "2023",
// "2023-Q1" or "2023-03", a vn.Period of one of TargetPeriodKinds written
// exactly as Period.String writes it, so one period has one key.
func ParseTargetKey(key string) (vn.Period, error) {
	p, err := vn.ParsePeriod(key)
	if err != nil || !contains(TargetPeriodKinds, p.Kind) || p.String() != key || p.Year < minTargetYear {
		return vn.Period{}, fmt.Errorf("kỳ %q không hợp lệ", key)
	}
	return p, nil
}

// TargetPeriodOf is the key of the calendar period of kind k containing d.
func TargetPeriodOf(k vn.PeriodKind, d vn.Date) string {
	return vn.PeriodContaining(k, d, vn.CalendarCutoffs()).String()
}

// Assessment is a target's standing in one period.
type Assessment struct {
	Period   string       `json:"period"`
	Plan     *float64     `json:"plan"`     // the period's own plan, if entered
	Expected *float64     `json:"expected"` // what the period should reach
	Actual   *float64     `json:"actual"`
	Ratio    *float64     `json:"ratio"` // achievement against Expected, direction applied
	Status   TargetStatus `json:"status"`
}

// Assess derives the status of period from the current values (the latest
// entry per period and kind): the expected value is the period's own plan,
// else the yearly plan (pro rata for a cumulative indicator).
func (t *Target) Assess(period string, values []*TargetValue) Assessment {
	a := Assessment{Period: period, Status: TargetUnknown}
	cur := currentValues(values)
	p, err := ParseTargetKey(period)
	if err != nil {
		return a
	}
	if v, ok := cur[valueKey{period, Plan}]; ok {
		a.Plan, a.Expected = ptrTo(v.Value), ptrTo(v.Value)
	} else if v, ok := cur[valueKey{strconv.Itoa(p.Year), Plan}]; ok {
		e := v.Value
		if t.Cumulative {
			e *= p.YearShare()
		}
		a.Expected = &e
	}
	if v, ok := cur[valueKey{period, Actual}]; ok {
		a.Actual = ptrTo(v.Value)
	}
	if a.Expected == nil || a.Actual == nil {
		return a
	}
	r := achievement(t.Direction, *a.Expected, *a.Actual)
	a.Ratio = &r
	onTrack, developing := t.Thresholds()
	switch {
	case r >= onTrack:
		a.Status = TargetOnTrack
	case r >= developing:
		a.Status = TargetDeveloping
	default:
		a.Status = TargetAtRisk
	}
	return a
}

// achievement is actual against expected, 1 meaning exactly as planned; for
// a lower-is-better indicator the ratio is inverted.
func achievement(d Direction, expected, actual float64) float64 {
	if d == LowerBetter {
		if actual == 0 {
			return 1
		}
		return expected / actual
	}
	if expected == 0 {
		return 1
	}
	return actual / expected
}

type valueKey struct {
	period string
	kind   ValueKind
}

// currentValues keeps the latest entry per (period, kind); values come
// oldest first.
func currentValues(values []*TargetValue) map[valueKey]*TargetValue {
	cur := map[valueKey]*TargetValue{}
	for _, v := range values {
		cur[valueKey{v.Period, v.Kind}] = v
	}
	return cur
}

// Current returns the current value of kind for period, if any.
func Current(values []*TargetValue, period string, kind ValueKind) (*TargetValue, bool) {
	v, ok := currentValues(values)[valueKey{period, kind}]
	return v, ok
}

func ptrTo(f float64) *float64 { return &f }

// Explanation is a leader's request that the responsible unit explain why
// a target is off track, and the unit's answer.
type Explanation struct {
	ID         int64      `json:"id"`
	TargetID   int64      `json:"target_id"`
	Period     string     `json:"period"`
	Question   string     `json:"question"`
	AskedBy    int64      `json:"asked_by"`
	AskedAt    time.Time  `json:"asked_at"`
	Answer     string     `json:"answer"`
	AnsweredBy *int64     `json:"answered_by"`
	AnsweredAt *time.Time `json:"answered_at"`
	Version    int        `json:"version"`
}

// Open tells whether the unit still has to answer.
func (e *Explanation) Open() bool { return e.AnsweredAt == nil }

// TargetStore persists the indicator catalogue, values and explanations.
type TargetStore interface {
	CreateTarget(ctx context.Context, t *Target) error
	FindTargetByID(ctx context.Context, id int64) (*Target, error)
	// FindTargets lists the targets of these organisations (nil: all), by name.
	FindTargets(ctx context.Context, orgIDs []int64) ([]*Target, error)
	// UpdateTarget writes t when t.Version is current and increments it.
	UpdateTarget(ctx context.Context, t *Target) error
	// AddTargetValue appends a value; earlier entries stay.
	AddTargetValue(ctx context.Context, v *TargetValue) error
	// FindTargetValues lists a target's entries, oldest first.
	FindTargetValues(ctx context.Context, targetID int64) ([]*TargetValue, error)
	CreateExplanation(ctx context.Context, e *Explanation) error
	// FindExplanations lists a target's requests, oldest first.
	FindExplanations(ctx context.Context, targetID int64) ([]*Explanation, error)
	// UpdateExplanation writes the answer when e.Version is current.
	UpdateExplanation(ctx context.Context, e *Explanation) error
}
