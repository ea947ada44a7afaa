package tiendo

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tiendo/vn"
)

// ISO weeks and the weekly lists of violations a residential group sends
// (casework, issue 16 item 2).

// ISOWeek returns the Monday–Sunday range of ISO week w of year y.
func ISOWeek(y, w int) DateRange {
	jan4 := vn.NewDate(y, time.January, 4)
	off := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	mon := jan4.AddDays(-off + 7*(w-1))
	return DateRange{From: mon, To: mon.AddDays(6)}
}

// WeekOf returns the Monday–Sunday week containing d.
func WeekOf(d vn.Date) DateRange {
	mon := d.AddDays(-((int(d.Weekday()) + 6) % 7))
	return DateRange{From: mon, To: mon.AddDays(6)}
}

// WeekKey names d's ISO week: "2026-W49".
func WeekKey(d vn.Date) string {
	y, w := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, time.UTC).ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// ParseWeek reads "2026-W49" (ISO week) into its Monday–Sunday range.
func ParseWeek(s string) (DateRange, error) {
	y, w, ok := strings.Cut(s, "-W")
	yn, err1 := strconv.Atoi(y)
	wn, err2 := strconv.Atoi(w)
	if !ok || err1 != nil || err2 != nil || yn < vn.MinYear || yn > vn.MaxYear || wn < 1 || wn > 53 {
		return DateRange{}, FieldError("week", "Tuần phải có dạng 2026-W49")
	}
	r := ISOWeek(yn, wn)
	if WeekKey(r.From) != fmt.Sprintf("%d-W%02d", yn, wn) {
		return DateRange{}, FieldError("week", "Năm này không có tuần "+strconv.Itoa(wn))
	}
	return r, nil
}

// WeeklyListStatus is where a weekly list is.
type WeeklyListStatus string

// Weekly list statuses.
const (
	ListSubmitted WeeklyListStatus = "submitted" // sent by the group leader
	ListProcessed WeeklyListStatus = "processed" // turned into cases by the ward office
)

// WeeklyRowOutcome is what processing did with a row.
type WeeklyRowOutcome string

// Row outcomes.
const (
	RowPending   WeeklyRowOutcome = ""          // not processed yet
	RowCreated   WeeklyRowOutcome = "created"   // a new case (maybe a repeat)
	RowDuplicate WeeklyRowOutcome = "duplicate" // an open case of the same kind at the same spot exists
)

// WeeklyList is the week's list of violations a residential group leader
// submits (danh sách tuần); the ward office turns its rows into cases in
// one step.
type WeeklyList struct {
	ID     int64 `json:"id"`
	WardID int64 `json:"ward_id"`
	// GroupPlaceID is the residential group (a place of kind
	// residential_group) whose leader submits the list.
	GroupPlaceID *int64           `json:"group_place_id"`
	Week         DateRange        `json:"week"` // Monday–Sunday
	Note         string           `json:"note"`
	Status       WeeklyListStatus `json:"status"`
	Rows         []WeeklyListRow  `json:"rows"`
	SubmittedBy  int64            `json:"submitted_by"`
	ProcessedBy  *int64           `json:"processed_by"`
	ProcessedAt  *time.Time       `json:"processed_at"`
	CreatedAt    time.Time        `json:"created_at"`
	Version      int              `json:"version"`
}

// MaxWeeklyRows bounds a weekly list.
const MaxWeeklyRows = 500

// WeeklyListRow is one violation on a weekly list.
type WeeklyListRow struct {
	Row         int              `json:"row"` // 1-based
	PlaceID     *int64           `json:"place_id"`
	Address     string           `json:"address" max:"500"`
	KindID      int64            `json:"kind_id"`
	Description string           `json:"description"`
	FoundOn     vn.Date          `json:"found_on"`
	Outcome     WeeklyRowOutcome `json:"outcome"`
	CaseID      *int64           `json:"case_id"`      // the case created
	DuplicateOf *int64           `json:"duplicate_of"` // the open case it duplicates
}

// Validate checks a submitted list; row errors are named rows[N].field.
func (l *WeeklyList) Validate() error {
	var v Validator
	v.Check(l.WardID > 0, "ward_id", "Phải chọn phường, xã")
	v.Check(!l.Week.From.IsZero() && l.Week.From.Weekday() == time.Monday && l.Week.To == l.Week.From.AddDays(6),
		"week", "Tuần không hợp lệ")
	v.Check(len(l.Rows) > 0, "rows", "Danh sách chưa có dòng nào")
	v.Check(len(l.Rows) <= MaxWeeklyRows, "rows", fmt.Sprintf("Tối đa %d dòng", MaxWeeklyRows))
	for i, r := range l.Rows {
		p := fmt.Sprintf("rows[%d].", i+1)
		v.Check(r.PlaceID != nil || strings.TrimSpace(r.Address) != "", p+"address", "Phải chọn địa bàn hoặc nhập địa chỉ")
		v.Check(r.PlaceID == nil || *r.PlaceID > 0, p+"place_id", "Địa bàn không hợp lệ")
		v.Check(r.KindID > 0, p+"kind_id", "Phải chọn loại vi phạm")
		v.Check(strings.TrimSpace(r.Description) != "", p+"description", "Nội dung vi phạm là bắt buộc")
		v.Check(!r.FoundOn.IsZero(), p+"found_on", "Ngày phát hiện là bắt buộc")
		v.Date(p+"found_on", r.FoundOn)
	}
	v.Input(l)
	return v.Err()
}

// WeeklyListFilter selects weekly lists.
type WeeklyListFilter struct {
	WardIDs      []int64 // nil: any (the service sets the actor's scope)
	GroupPlaceID *int64
	Status       WeeklyListStatus
	Week         DateRange // lists of weeks overlapping it
	SubmittedBy  int64
	Page         Page
}
