package tiendo

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"tiendo/vn"
)

// Case statistics: breakdowns, counts per cell, and the case list behind
// each cell, defined once for the store and the service.

// CaseGroup says what case statistics are broken down by.
type CaseGroup string

// Case breakdowns.
const (
	CaseByWard  CaseGroup = "ward"
	CaseByPlace CaseGroup = "place" // street, residential group…: "" for cases with an address only
	CaseByKind  CaseGroup = "kind"
	CaseByWeek  CaseGroup = "week"  // ISO week found: "2026-W49"
	CaseByMonth CaseGroup = "month" // month found: "2026-12"
)

// CaseGroups lists every breakdown.
var CaseGroups = []CaseGroup{CaseByWard, CaseByPlace, CaseByKind, CaseByWeek, CaseByMonth}

// CaseCounts are the statistics of a set of cases in a period at an as-of
// date. Total = DoneOnTime + DoneLate + Open + Overdue; Found counts those
// found within the period, Repeat those that repeat an earlier case.
type CaseCounts struct {
	Total      int `json:"total"`
	Found      int `json:"found"`
	DoneOnTime int `json:"done_on_time"`
	DoneLate   int `json:"done_late"`
	Open       int `json:"open"`
	Overdue    int `json:"overdue"`
	Repeat     int `json:"repeat"`
}

// CaseCells names the cells of CaseCounts a drill-down list can show.
var CaseCells = []string{"total", "found", "done_on_time", "done_late", "open", "overdue", "repeat"}

// Count adds case c, which must belong to period p at t.
func (n *CaseCounts) Count(c *Case, p DateRange, t vn.Date) {
	n.Total++
	if p.From.IsZero() || !c.FoundOn.Before(p.From) {
		n.Found++
	}
	if c.Repeat() {
		n.Repeat++
	}
	switch c.TimelinessAt(t) {
	case DoneOnTime:
		n.DoneOnTime++
	case DoneLate:
		n.DoneLate++
	case Overdue:
		n.Overdue++
	default:
		n.Open++
	}
}

// Add adds o to n.
func (n *CaseCounts) Add(o CaseCounts) {
	n.Total += o.Total
	n.Found += o.Found
	n.DoneOnTime += o.DoneOnTime
	n.DoneLate += o.DoneLate
	n.Open += o.Open
	n.Overdue += o.Overdue
	n.Repeat += o.Repeat
}

// Cell returns the count of a cell named in CaseCells.
func (n CaseCounts) Cell(name string) (int, bool) {
	switch name {
	case "total":
		return n.Total, true
	case "found":
		return n.Found, true
	case "done_on_time":
		return n.DoneOnTime, true
	case "done_late":
		return n.DoneLate, true
	case "open":
		return n.Open, true
	case "overdue":
		return n.Overdue, true
	case "repeat":
		return n.Repeat, true
	}
	return 0, false
}

// CaseStatsQuery asks for the counts of the cases of a period at an as-of
// date, grouped. Scope fields are set by the service, as in CaseFilter.
type CaseStatsQuery struct {
	Period  DateRange
	AsOf    vn.Date
	Group   CaseGroup
	WardIDs []int64
	PlaceID *int64
	KindIDs []int64

	ScopeOrgIDs   []int64
	ScopePersonID int64
	Unscoped      bool
}

// CaseStatsRow is the counts of one group; Key is the ward, place or kind
// id in decimal ("" for cases with no place), or the week or month key.
type CaseStatsRow struct {
	Key string `json:"key"`
	CaseCounts
}

// CellFilter is the case list behind one cell of the statistics: the
// query's cases in group key, narrowed to the cell. The list's total
// equals the cell's count (a storetest check on both engines).
func (q CaseStatsQuery) CellFilter(key, cell string) (CaseFilter, error) {
	f := CaseFilter{Period: q.Period, AsOf: q.AsOf, WardIDs: q.WardIDs, PlaceID: q.PlaceID, KindIDs: q.KindIDs,
		ScopeOrgIDs: q.ScopeOrgIDs, ScopePersonID: q.ScopePersonID, Unscoped: q.Unscoped}
	if f.Period.IsZero() {
		f.Period.To = q.AsOf // every case found by the as-of date, as the statistics count
	}
	switch cell {
	case "total":
	case "found":
		f.Found = f.Period
	case "done_on_time":
		f.Timeliness = []Timeliness{DoneOnTime}
	case "done_late":
		f.Timeliness = []Timeliness{DoneLate}
	case "open":
		f.Timeliness = []Timeliness{InProgress}
	case "overdue":
		f.Timeliness = []Timeliness{Overdue}
	case "repeat":
		yes := true
		f.Repeat = &yes
	default:
		return f, FieldError("cell", "Ô thống kê không hợp lệ")
	}
	if q.Group == "" {
		return f, nil
	}
	bad := FieldError("key", "Nhóm thống kê không hợp lệ")
	switch q.Group {
	case CaseByWard, CaseByKind:
		id, err := strconv.ParseInt(key, 10, 64)
		if err != nil || id <= 0 {
			return f, bad
		}
		if q.Group == CaseByWard {
			f.WardIDs = intersectIDs(f.WardIDs, id)
		} else {
			f.KindIDs = intersectIDs(f.KindIDs, id)
		}
	case CaseByPlace:
		var id int64
		if key != "" {
			n, err := strconv.ParseInt(key, 10, 64)
			if err != nil || n <= 0 {
				return f, bad
			}
			id = n
		}
		if f.PlaceID != nil && *f.PlaceID != id {
			f.IDs = []int64{} // an empty list, matching an absent group
		}
		f.PlaceID = &id
	case CaseByWeek, CaseByMonth:
		r, err := groupRange(q.Group, key)
		if err != nil {
			return f, bad
		}
		f.Found = intersectRange(f.Found, r)
	default:
		return f, FieldError("group", "Cách nhóm không hợp lệ")
	}
	return f, nil
}

// intersectIDs narrows set (nil: everything) to id.
func intersectIDs(set []int64, id int64) []int64 {
	if set == nil || slices.Contains(set, id) {
		return []int64{id}
	}
	return []int64{}
}

// intersectRange is the overlap of a (zero: unbounded) and b; an empty
// overlap has To before From.
func intersectRange(a, b DateRange) DateRange {
	if !a.From.IsZero() && a.From.After(b.From) {
		b.From = a.From
	}
	if !a.To.IsZero() && a.To.Before(b.To) {
		b.To = a.To
	}
	return b
}

// groupRange is the range of a week or month key.
func groupRange(g CaseGroup, key string) (DateRange, error) {
	if g == CaseByWeek {
		return ParseWeek(key)
	}
	y, m, ok := strings.Cut(key, "-")
	yn, err1 := strconv.Atoi(y)
	mn, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || yn < vn.MinYear || yn > vn.MaxYear || mn < 1 || mn > 12 {
		return DateRange{}, FieldError("key", "Tháng không hợp lệ")
	}
	first := vn.NewDate(yn, time.Month(mn), 1)
	return DateRange{From: first, To: vn.NewDate(yn, time.Month(mn)+1, 0)}, nil
}

// CaseGroupKey is the key of case c in breakdown g.
func CaseGroupKey(g CaseGroup, c *Case) string {
	switch g {
	case CaseByWard:
		return strconv.FormatInt(c.WardID, 10)
	case CaseByPlace:
		if c.PlaceID == nil {
			return ""
		}
		return strconv.FormatInt(*c.PlaceID, 10)
	case CaseByKind:
		return strconv.FormatInt(c.KindID, 10)
	case CaseByWeek:
		return WeekKey(c.FoundOn)
	case CaseByMonth:
		return fmt.Sprintf("%04d-%02d", c.FoundOn.Year, int(c.FoundOn.Month))
	}
	return ""
}
