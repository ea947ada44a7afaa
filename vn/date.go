package vn

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Location is Vietnam's civil time zone (Asia/Ho_Chi_Minh). Vietnam has not
// observed daylight saving time since 1975, so a fixed UTC+7 zone is exact for
// every date the product handles and needs no tzdata on the host.
var Location = time.FixedZone("ICT", 7*3600)

// Date is a civil date with no time of day and no zone. Deadlines and
// reporting periods are whole days in Vietnamese practice, and carrying a
// time.Time for them invites off-by-one-day bugs at zone boundaries.
//
// The zero Date means "no date". Methods other than IsZero, String, Format
// and the encoders assume a valid date as built by NewDate, DateOf or a
// parser.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, normalising out-of-range values the way
// time.Date does (NewDate(2020, 1, 32) is 2020-02-01, day 0 is the last day
// of the previous month), which makes month-end arithmetic straightforward.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, Location))
}

// DateOf returns the civil date of t in Vietnam, whatever zone t carries, so a
// timestamp late in the evening UTC lands on the next Vietnamese day.
func DateOf(t time.Time) Date {
	y, m, d := t.In(Location).Date()
	return Date{Year: y, Month: m, Day: d}
}

// MinYear and MaxYear bound every date the product accepts from people and
// documents: parsers refuse years outside them and the domain checks the
// dates it derives. Dates far outside real use only break things (year
// 10000 cannot be read back by SQLite, year 1 predates every organisation).
const (
	MinYear = 1900
	MaxYear = 2200
)

// InRange reports whether d is a date between MinYear and MaxYear. The zero
// Date ("no date") is not in range; callers that allow it test IsZero first.
func (d Date) InRange() bool { return d.Year >= MinYear && d.Year <= MaxYear }

// IsZero reports whether d is the zero Date, which stands for "no date".
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight at the start of d in Location.
func (d Date) Time() time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, Location)
}

// AddDays returns the date n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return civilFromDays(d.days() + n) }

// Before reports whether d is earlier than o.
func (d Date) Before(o Date) bool { return d.compare(o) < 0 }

// After reports whether d is later than o.
func (d Date) After(o Date) bool { return d.compare(o) > 0 }

// Equal reports whether d and o are the same day.
func (d Date) Equal(o Date) bool { return d == o }

// Sub returns the number of days from o to d (d − o), e.g. the overdue age of
// a task at an as-of date.
func (d Date) Sub(o Date) int { return d.days() - o.days() }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01 was a Thursday; floor modulo keeps dates before it right.
	return time.Weekday(floorMod(d.days()+int(time.Thursday), 7))
}

// String returns d in ISO 8601 form, "2020-01-06", the form used in JSON, SQL
// and URLs. The zero Date prints as "" so that "no date" never looks like a
// real one.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Format returns d the way Vietnamese documents write it, "06/01/2020"
// (day first, zero-padded). The zero Date formats as "".
func (d Date) Format() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, int(d.Month), d.Year)
}

// MarshalJSON encodes d as "2020-01-06", or null for the zero Date so that a
// missing deadline is distinguishable from a real one in the API.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON accepts "2020-01-06" or null (the zero Date). Anything else is
// an error naming the expected format, so API clients learn what to send.
func (d *Date) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*d = Date{}
		return nil
	}
	const want = `want a string "YYYY-MM-DD" or null`
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return &DateError{Input: string(data), Reason: want}
	}
	v, err := ParseISODate(s)
	if err != nil {
		var de *DateError
		if errors.As(err, &de) && !strings.HasPrefix(de.Reason, "want") {
			return &DateError{Input: s, Reason: de.Reason + "; " + want, OutOfRange: de.OutOfRange}
		}
		return &DateError{Input: s, Reason: want}
	}
	*d = v
	return nil
}

// Value implements driver.Valuer: the ISO string, or NULL for the zero Date.
// Text works the same in SQLite and PostgreSQL DATE columns.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.String(), nil
}

// Scan implements sql.Scanner. It accepts NULL (the zero Date), a string or
// []byte holding "2020-01-06" possibly followed by a time ("2020-01-06
// 00:00:00+07:00", "2020-01-06T00:00:00Z", as SQLite drivers return), and
// time.Time (as PostgreSQL drivers return), taken as its civil date in Vietnam.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
		return nil
	case time.Time:
		*d = DateOf(v)
		return nil
	case string:
		return d.scanText(v)
	case []byte:
		return d.scanText(string(v))
	default:
		return fmt.Errorf("vn: cannot scan %T into Date", src)
	}
}

func (d *Date) scanText(s string) error {
	if s == "" {
		*d = Date{}
		return nil
	}
	if len(s) > len("2006-01-02") && s[10] != 'T' && s[10] != ' ' {
		return &DateError{Input: s, Reason: `want "YYYY-MM-DD", optionally followed by a time`}
	}
	// Stored rows are read with the wider calendar range so that an old
	// row outside MinYear–MaxYear still loads and can be corrected.
	v, err := parseISO(s[:min(len(s), 10)], 1, 9999)
	if err != nil {
		return &DateError{Input: s, Reason: `want "YYYY-MM-DD", optionally followed by a time`}
	}
	*d = v
	return nil
}

// DateError reports a date that could not be parsed or does not exist.
type DateError struct {
	Input  string // the text as given
	Reason string // what is wrong, and what a valid date looks like
	// OutOfRange is set when the date is well formed but its year is
	// outside MinYear–MaxYear, so callers can say so in their own words.
	OutOfRange bool
}

func (e *DateError) Error() string {
	return fmt.Sprintf("vn: invalid date %q: %s", e.Input, e.Reason)
}

// ParseISODate parses exactly YYYY-MM-DD and checks that the day exists in
// that month and the year is between MinYear and MaxYear. It is the strict
// counterpart of ParseDate for machine input.
func ParseISODate(s string) (Date, error) { return parseISO(s, MinYear, MaxYear) }

// parseISO parses YYYY-MM-DD with years between lo and hi.
func parseISO(s string, lo, hi int) (Date, error) {
	const reason = `want YYYY-MM-DD, e.g. "2020-01-06"`
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, &DateError{Input: s, Reason: reason}
	}
	y, okY := atoiDigits(s[0:4])
	m, okM := atoiDigits(s[5:7])
	d, okD := atoiDigits(s[8:10])
	if !okY || !okM || !okD {
		return Date{}, &DateError{Input: s, Reason: reason}
	}
	return checkedDateIn(s, y, m, d, lo, hi)
}

// dateRe finds a full date written in folded Vietnamese text: day first with
// any of / - . as separators and stray spaces ("25-10- 2023"), the spelled
// form "20 thang 12 nam 2019", or ISO. Shared by ParseDate and ParseDeadline.
var dateRe = regexp.MustCompile(
	`\b(?:(\d{1,2}) ?[/.-] ?(\d{1,2}) ?[/.-] ?(\d{4})` +
		`|(\d{1,2}) thang (\d{1,2}),? nam (\d{4})` +
		`|(\d{4})-(\d{1,2})-(\d{1,2}))\b`)

// datePrefixRe matches the words that may lead a date: "ngày", "mùng", "mồng".
var datePrefixRe = regexp.MustCompile(`^(?:ngay ?)?(?:(?:mung|mong) )?`)

// ParseDate parses a date in the forms Vietnamese text uses: "20/12/2019",
// "6/1/2020", "30-8-2023", "25-10- 2023", "20.12.2019",
// "ngày 20 tháng 12 năm 2019", "20 tháng 12 năm 2019" and ISO "2019-12-20".
// Diacritics are optional ("ngay 20 thang 12 nam 2019"). A day that does not
// exist (31/02/2020) is an error; errors are *DateError.
func ParseDate(s string) (Date, error) {
	f := Fold(s)
	f = f[len(datePrefixRe.FindString(f)):]
	m := dateRe.FindStringSubmatchIndex(f)
	if m == nil || m[0] != 0 || m[1] != len(f) {
		return Date{}, &DateError{Input: s, Reason: `want a date such as 20/12/2019, 2019-12-20 or "ngày 20 tháng 12 năm 2019"`}
	}
	return dateFromMatch(s, f, m)
}

// dateFromMatch builds the date from a dateRe match in f; input is the
// original text, quoted in errors.
func dateFromMatch(input, f string, m []int) (Date, error) {
	group := func(i int) int {
		v, _ := strconv.Atoi(f[m[2*i]:m[2*i+1]])
		return v
	}
	switch {
	case m[2] >= 0:
		return checkedDate(input, group(3), group(2), group(1))
	case m[8] >= 0:
		return checkedDate(input, group(6), group(5), group(4))
	default:
		return checkedDate(input, group(7), group(8), group(9))
	}
}

// checkedDate returns y-m-d if that day exists and its year is between
// MinYear and MaxYear, else a *DateError saying why.
func checkedDate(input string, y, m, d int) (Date, error) {
	return checkedDateIn(input, y, m, d, MinYear, MaxYear)
}

// checkedDateIn is checkedDate with years between lo and hi.
func checkedDateIn(input string, y, m, d, lo, hi int) (Date, error) {
	switch {
	case y < lo || y > hi:
		return Date{}, &DateError{Input: input, Reason: fmt.Sprintf("year %d is outside %d–%d", y, lo, hi), OutOfRange: true}
	case m < 1 || m > 12:
		return Date{}, &DateError{Input: input, Reason: fmt.Sprintf("month %d does not exist", m)}
	case d < 1 || d > daysIn(y, time.Month(m)):
		return Date{}, &DateError{Input: input, Reason: fmt.Sprintf("day %d does not exist in %02d/%04d", d, m, y)}
	}
	return Date{Year: y, Month: time.Month(m), Day: d}, nil
}

// daysIn returns the number of days in month m of year y.
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	default:
		return 31
	}
}

// atoiDigits parses s if it is made only of ASCII digits; strconv.Atoi alone
// would also accept signs.
func atoiDigits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	v, err := strconv.Atoi(s)
	return v, err == nil
}

func (d Date) compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	default:
		return cmpInt(d.Day, o.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// days returns the number of days from 1970-01-01 to d. Integer day counts
// avoid time.Duration, which overflows after about 292 years.
// The algorithm is Howard Hinnant's days_from_civil.
func (d Date) days() int {
	y := d.Year
	if d.Month <= time.February {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	doy := (153*((int(d.Month)+9)%12)+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of Date.days (Hinnant's civil_from_days).
func civilFromDays(z int) Date {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return Date{Year: y, Month: time.Month(m), Day: d}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }
