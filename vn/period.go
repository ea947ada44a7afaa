package vn

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// PeriodKind is the kind of a reporting period.
type PeriodKind string

// Period kinds. Nine months is provincial practice beside the decree's month,
// quarter, half-year and year; custom covers thematic and ad-hoc reports,
// which take their window from the request.
const (
	PeriodMonth      PeriodKind = "month"
	PeriodQuarter    PeriodKind = "quarter"
	PeriodHalfYear   PeriodKind = "half"
	PeriodNineMonths PeriodKind = "9m"
	PeriodYear       PeriodKind = "year"
	PeriodCustom     PeriodKind = "custom"
)

// Period is a reporting period (kỳ báo cáo). It names the period, not its
// dates: the dates depend on the cut-off rule in force (see Range).
type Period struct {
	Kind  PeriodKind
	Year  int
	Index int  // month 1–12, quarter 1–4, half 1–2; 0 for nine months, year and custom
	From  Date // first day, custom periods only
	To    Date // last day, custom periods only
}

// PeriodError reports text that is not a period.
type PeriodError struct {
	Input  string // the text as given
	Reason string // what is wrong, and what a valid period looks like
}

func (e *PeriodError) Error() string {
	return fmt.Sprintf("vn: invalid period %q: %s", e.Input, e.Reason)
}

const periodForms = `want 2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 or 2023-01-15..2023-03-14`

// ParsePeriod parses the machine form of a period, as used in URLs and
// settings: "2023-03" (month), "2023-Q1", "2023-H1", "2023-H2", "2023-9M",
// "2023" and "2023-01-15..2023-03-14" (custom, both days inclusive). Letters
// may be lowercase. It is the inverse of Period.String. Errors are
// *PeriodError.
func ParsePeriod(s string) (Period, error) {
	fail := func(reason string) (Period, error) {
		return Period{}, &PeriodError{Input: s, Reason: reason}
	}
	if from, to, ok := strings.Cut(s, ".."); ok {
		f, err1 := ParseISODate(from)
		t, err2 := ParseISODate(to)
		if err1 != nil || err2 != nil {
			return fail("a custom period needs two YYYY-MM-DD dates joined by ..")
		}
		if t.Before(f) {
			return fail("a custom period must not end before it starts")
		}
		return Period{Kind: PeriodCustom, From: f, To: t}, nil
	}

	yearText, suffix, hasSuffix := strings.Cut(s, "-")
	year, ok := atoiDigits(yearText)
	if !ok || len(yearText) != 4 || year == 0 {
		return fail(periodForms)
	}
	if year < MinYear || year > MaxYear {
		return fail(fmt.Sprintf("the year must be between %d and %d", MinYear, MaxYear))
	}
	if !hasSuffix {
		return Period{Kind: PeriodYear, Year: year}, nil
	}
	suffix = strings.ToUpper(suffix)
	index := func(digits string, max int) (int, bool) {
		v, ok := atoiDigits(digits)
		return v, ok && len(digits) == 1 && v >= 1 && v <= max
	}
	switch {
	case suffix == "9M":
		return Period{Kind: PeriodNineMonths, Year: year}, nil
	case strings.HasPrefix(suffix, "Q"):
		if q, ok := index(suffix[1:], 4); ok {
			return Period{Kind: PeriodQuarter, Year: year, Index: q}, nil
		}
	case strings.HasPrefix(suffix, "H"):
		if h, ok := index(suffix[1:], 2); ok {
			return Period{Kind: PeriodHalfYear, Year: year, Index: h}, nil
		}
	case len(suffix) == 2:
		if m, ok := atoiDigits(suffix); ok && m >= 1 && m <= 12 {
			return Period{Kind: PeriodMonth, Year: year, Index: m}, nil
		}
	}
	return fail(periodForms)
}

// String returns the machine form that ParsePeriod reads, or "" for a period
// that is not valid.
func (p Period) String() string {
	if !p.valid() {
		return ""
	}
	switch p.Kind {
	case PeriodMonth:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Index)
	case PeriodQuarter:
		return fmt.Sprintf("%04d-Q%d", p.Year, p.Index)
	case PeriodHalfYear:
		return fmt.Sprintf("%04d-H%d", p.Year, p.Index)
	case PeriodNineMonths:
		return fmt.Sprintf("%04d-9M", p.Year)
	case PeriodYear:
		return fmt.Sprintf("%04d", p.Year)
	default:
		return p.From.String() + ".." + p.To.String()
	}
}

// Label returns the Vietnamese name of the period as reports title it:
// "Tháng 3/2023", "Quý I/2023", "6 tháng đầu năm 2023",
// "6 tháng cuối năm 2023", "9 tháng năm 2023", "Năm 2023",
// "Từ 15/01/2023 đến 14/03/2023". It returns "" for a period that is not
// valid.
func (p Period) Label() string {
	if !p.valid() {
		return ""
	}
	switch p.Kind {
	case PeriodMonth:
		return fmt.Sprintf("Tháng %d/%d", p.Index, p.Year)
	case PeriodQuarter:
		return fmt.Sprintf("Quý %s/%d", romanQuarters[p.Index-1], p.Year)
	case PeriodHalfYear:
		if p.Index == 1 {
			return fmt.Sprintf("6 tháng đầu năm %d", p.Year)
		}
		return fmt.Sprintf("6 tháng cuối năm %d", p.Year)
	case PeriodNineMonths:
		return fmt.Sprintf("9 tháng năm %d", p.Year)
	case PeriodYear:
		return fmt.Sprintf("Năm %d", p.Year)
	default:
		return fmt.Sprintf("Từ %s đến %s", p.From.Format(), p.To.Format())
	}
}

// romanQuarters are how Vietnamese writes quarter numbers ("Quý IV/2022").
var romanQuarters = [4]string{"I", "II", "III", "IV"}

// Cutoffs configures how reporting periods map to dates (chốt số liệu).
//
// Day is the first day of each monthly window: with Day 15 (NĐ 09/2019/NĐ-CP,
// Art. 12) month m runs from the 15th of month m−1 to the 14th of month m,
// and longer periods join whole monthly windows, so a quarter ending in month
// L runs from the 15th of L−3 to the 14th of L, the first half-year from 15/12
// of the previous year to 14/6, nine months to 14/9 and the year to 14/12. The
// second half-year, which the decree does not define, runs from 15/6 to 14/12
// so that the two halves tile the year. Day 16 gives the inspection sector's
// 16th–15th windows. Day 1 (or less) means calendar periods. Days above 28 are
// treated as 28 so that every month has the cut-off day.
type Cutoffs struct {
	Day int
}

// DefaultCutoffs returns the NĐ 09/2019/NĐ-CP rule: windows start on the 15th.
func DefaultCutoffs() Cutoffs { return Cutoffs{Day: 15} }

// CalendarCutoffs returns the cut-offs of calendar periods (a month is
// the 1st to its last day), which targets and period deadlines use.
func CalendarCutoffs() Cutoffs { return Cutoffs{Day: 1} }

// day returns the effective start day, 1–28.
func (c Cutoffs) day() int { return min(max(c.Day, 1), 28) }

// lastDayOfWindow returns the last day of the monthly window that ends in
// month m of year y (m may be out of range; it is normalised).
func (c Cutoffs) lastDayOfWindow(y, m int) Date {
	if d := c.day(); d > 1 {
		return NewDate(y, time.Month(m), d-1)
	}
	return NewDate(y, time.Month(m+1), 0)
}

// months returns the first and last month of p, relative to January of
// p.Year (0 is the December before).
func (p Period) months() (first, last int) {
	switch p.Kind {
	case PeriodMonth:
		return p.Index, p.Index
	case PeriodQuarter:
		return 3*p.Index - 2, 3 * p.Index
	case PeriodHalfYear:
		return 6*p.Index - 5, 6 * p.Index
	case PeriodNineMonths:
		return 1, 9
	default:
		return 1, 12
	}
}

// Range returns the first and last day (both inclusive) of p under c. A
// custom period returns its own From and To whatever c says.
func (p Period) Range(c Cutoffs) (from, to Date) {
	if p.Kind == PeriodCustom {
		return p.From, p.To
	}
	first, last := p.months()
	return c.lastDayOfWindow(p.Year, first-1).AddDays(1), c.lastDayOfWindow(p.Year, last)
}

// CalendarEnd returns the last calendar day of p, ignoring cut-offs: the date
// a deadline such as "trong quý IV/2022" means (31/12/2022).
func (p Period) CalendarEnd() Date {
	_, to := p.Range(CalendarCutoffs())
	return to
}

// YearShare is the part of its year that has passed by the end of p: a
// month n/12, a quarter n/4, a half n/2, nine months 3/4, a year (and a
// custom period) 1. A cumulative target expects this share of its yearly
// plan by the end of p.
func (p Period) YearShare() float64 {
	if p.Kind == PeriodCustom {
		return 1
	}
	_, last := p.months()
	return float64(last) / 12
}

// PeriodContaining returns the period of the given kind whose Range under c
// contains d: with the default cut-offs 2023-03-20 falls in month 2023-04 and
// quarter 2023-Q2. Nine-month windows do not cover the whole year, so for
// PeriodNineMonths it returns the nine months of the reporting year that
// contains d, even when d lies after that window's end. For PeriodCustom it
// returns the one-day period d..d.
func PeriodContaining(kind PeriodKind, d Date, c Cutoffs) Period {
	// Find the monthly window first; every other kind is a run of them.
	y, m := d.Year, int(d.Month)
	if cd := c.day(); cd > 1 && d.Day >= cd {
		m++
		if m > 12 {
			y, m = y+1, 1
		}
	}
	switch kind {
	case PeriodMonth:
		return Period{Kind: kind, Year: y, Index: m}
	case PeriodQuarter:
		return Period{Kind: kind, Year: y, Index: (m + 2) / 3}
	case PeriodHalfYear:
		return Period{Kind: kind, Year: y, Index: (m + 5) / 6}
	case PeriodNineMonths, PeriodYear:
		return Period{Kind: kind, Year: y}
	default:
		return Period{Kind: PeriodCustom, From: d, To: d}
	}
}

// next returns the period of the same kind that follows p (custom periods
// have no successor and are returned unchanged).
func (p Period) next() Period {
	switch p.Kind {
	case PeriodCustom:
		return p
	case PeriodNineMonths, PeriodYear:
		return Period{Kind: p.Kind, Year: p.Year + 1}
	}
	if _, last := p.months(); last == 12 {
		return Period{Kind: p.Kind, Year: p.Year + 1, Index: 1}
	}
	return Period{Kind: p.Kind, Year: p.Year, Index: p.Index + 1}
}

// valid reports whether p is a well-formed period of a known kind.
func (p Period) valid() bool {
	inYear := p.Year >= 1 && p.Year <= 9999
	switch p.Kind {
	case PeriodMonth:
		return inYear && p.Index >= 1 && p.Index <= 12
	case PeriodQuarter:
		return inYear && p.Index >= 1 && p.Index <= 4
	case PeriodHalfYear:
		return inYear && p.Index >= 1 && p.Index <= 2
	case PeriodNineMonths, PeriodYear:
		return inYear && p.Index == 0
	case PeriodCustom:
		return !p.From.IsZero() && !p.To.IsZero() && !p.To.Before(p.From)
	default:
		return false
	}
}

// quarterFromNumeral reads a quarter written as 1–4 or I–IV (any case).
func quarterFromNumeral(s string) (int, bool) {
	if q, err := strconv.Atoi(s); err == nil {
		return q, q >= 1 && q <= 4
	}
	for i, r := range romanQuarters {
		if strings.EqualFold(s, r) {
			return i + 1, true
		}
	}
	return 0, false
}
