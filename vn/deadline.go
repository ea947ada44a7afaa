package vn

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// DeadlineKind classifies a task's deadline (docs/DOMAIN.md §7).
type DeadlineKind string

// Deadline kinds.
const (
	DeadlineDate       DeadlineKind = "date"       // a fixed day: "trước ngày 06/01/2020"
	DeadlinePeriod     DeadlineKind = "period"     // the end of a period: "trong quý IV/2022"
	DeadlineRecurring  DeadlineKind = "recurring"  // one instance per period: "hằng tháng trước ngày 25"
	DeadlineContinuous DeadlineKind = "continuous" // ongoing work, never overdue: "thường xuyên"
	DeadlineNone       DeadlineKind = "none"       // no deadline given
)

// Recurrence describes a recurring deadline: one instance per calendar
// period of kind Every (month, quarter, half-year or year), due on day Day of
// the period's last month ("hằng tháng trước ngày 25" → Day 25). Day 0 means
// the period's last day; a Day the month does not have also falls back to its
// last day. Every may also be RecurDaily or RecurWeekly, for duties reported
// more often than a reporting period (see RecurDaily); a weekly Day is the
// weekday, 1 for Monday (thứ Hai) to 7 for Sunday, 0 when none is written.
type Recurrence struct {
	Every PeriodKind
	Day   int
}

// Deadline is a task deadline read from a Vietnamese phrase. The phrase is
// kept verbatim beside the normalised date, because a tracking office must be
// able to show exactly what the document said.
type Deadline struct {
	Kind       DeadlineKind
	Date       Date        // the day for DeadlineDate, the period's last day for DeadlinePeriod, else zero
	Text       string      // the phrase as given, trimmed
	Recurrence *Recurrence // set only for DeadlineRecurring
}

// DeadlineError reports a deadline phrase that names an impossible date or
// period, or one whose year cannot be resolved.
type DeadlineError struct {
	Phrase string // the phrase as given
	Reason string // what is wrong
	Err    error  // the underlying *DateError, if any
}

func (e *DeadlineError) Error() string {
	// A phrase can be a whole pasted paragraph; quote enough to find it.
	const maxRunes = 120
	phrase := e.Phrase
	if r := []rune(phrase); len(r) > maxRunes {
		phrase = string(r[:maxRunes]) + "…"
	}
	return fmt.Sprintf("vn: invalid deadline %q: %s", phrase, e.Reason)
}

// Unwrap returns the underlying date error, if any.
func (e *DeadlineError) Unwrap() error { return e.Err }

// Patterns over folded text (lowercase, no diacritics, single spaces).
var (
	// partialDateRe is a day and month without a year: "15/3", "15-3",
	// "15.3", "15 thang 3". The numeric forms count only after a cue word
	// (see partialDate), since "1.5" is usually a number.
	partialDateRe = regexp.MustCompile(`\b(?:(\d{1,2}) ?[/.-] ?(\d{1,2})|(\d{1,2}) thang (\d{1,2}))\b`)
	// quarterRe is "quy IV/2022", "quy 3 nam 2023", "quy ii".
	quarterRe = regexp.MustCompile(`\bquy ([ivx]+|\d{1,4})\b(?: ?(?:/|-|nam) ?(\d{4})\b)?`)
	// halfRe is "6 thang dau nam 2023", "sau thang cuoi nam", "nua dau nam".
	halfRe = regexp.MustCompile(`\b(?:(?:0?6|sau) thang (?:(dau|cuoi) )?|nua (dau|cuoi) )nam\b(?: ?(\d{4})\b)?`)
	// nineMonthsRe is "9 thang nam 2023", "chin thang dau nam".
	nineMonthsRe = regexp.MustCompile(`\b(?:0?9|chin) thang (?:dau )?nam\b(?: ?(\d{4})\b)?`)
	// monthRe is "thang 9/2023", "thang 09 nam 2023", "thang 9".
	monthRe = regexp.MustCompile(`\bthang (\d{1,2})\b(?: ?(?:/|-|\.|nam) ?(\d{4})\b)?`)
	// yearRe is "nam 2025".
	yearRe = regexp.MustCompile(`\bnam (\d{4})\b`)
	// relativePeriodRe is a period named relative to the reference date:
	// "trong thang", "cuoi quy", "het nam", "nam nay", "quy toi", "nam sau".
	relativePeriodRe = regexp.MustCompile(`\b(thang|quy|nam)(?: (nay|toi|sau))?\b`)
	// dayOfMonthRe is "ngay 25" in a recurring phrase, possibly "ngay 15/12".
	dayOfMonthRe = regexp.MustCompile(`\bngay (\d{1,2})\b(?: ?[/.-] ?(\d{1,2})\b)?`)
)

// recurrenceCues are phrases (as space-padded folded tokens) that make a
// deadline recurring, by period kind.
var recurrenceCues = []struct {
	every PeriodKind
	cues  []string
}{
	{RecurDaily, []string{" hang ngay ", " moi ngay ", " ngay mot lan ", " ngay 1 lan ", " dinh ky hang ngay "}},
	{RecurWeekly, []string{" hang tuan ", " moi tuan ", " tuan mot lan ", " tuan 1 lan ", " dinh ky tuan ",
		" dinh ky hang tuan "}},
	{PeriodMonth, []string{" hang thang ", " moi thang ", " thang mot lan ", " thang 1 lan ",
		" dinh ky thang ", " dinh ky 1 thang ", " dinh ky mot thang "}},
	{PeriodQuarter, []string{" hang quy ", " moi quy ", " quy mot lan ", " quy 1 lan ", " dinh ky quy ",
		" dinh ky 3 thang ", " dinh ky 03 thang ", " dinh ky ba thang ", " 3 thang mot lan ", " 3 thang 1 lan "}},
	{PeriodHalfYear, []string{" dinh ky 6 thang ", " dinh ky 06 thang ", " dinh ky sau thang ",
		" 6 thang mot lan ", " 6 thang 1 lan ", " hang 6 thang ", " moi 6 thang ", " dinh ky nua nam ",
		" nua nam mot lan "}},
	{PeriodYear, []string{" hang nam ", " moi nam ", " tung nam ", " nam mot lan ", " nam 1 lan ", " dinh ky nam "}},
}

// continuousCues mark ongoing work; "định kỳ" with no frequency is counted
// here, since no instance can be dated from it.
var continuousCues = []string{" thuong xuyen ", " lien tuc ", " dinh ky "}

// dateCues are words that introduce the deadline day among several dates or
// before a day without a year ("trước", "đến", "hết", "chậm nhất", "hạn",
// "ngày", "vào", "xong").
var dateCues = map[string]bool{"truoc": true, "den": true, "het": true, "nhat": true,
	"han": true, "ngay": true, "vao": true, "xong": true}

// ParseDeadline reads a Vietnamese deadline phrase. Incomplete dates and
// periods are resolved against ref, the document's date: a day or period
// without a year takes ref's year, or the next year if it would otherwise end
// before ref. Recognised, after folding (so unaccented text works too):
//
//   - a date: "trước ngày 06/01/2020", "chậm nhất trước ngày 20 tháng 12 năm
//     2023", "xong trước 15/3";
//   - a limit counted from the document's date: "trong vòng 10 ngày kể
//     từ ngày ký" (calendar days; "ngày làm việc" skips weekends and
//     public holidays), due on its last day;
//   - a period, due on its last calendar day: "trong quý IV/2022", "quý 3 năm
//     2023", "trong tháng 9/2023", "trong năm 2022", "đến hết năm 2024", "6
//     tháng đầu năm 2023", "9 tháng năm 2023", "trong tháng" (ref's month);
//   - recurring: "định kỳ hàng tháng trước ngày 25", "hằng quý", "định kỳ 6
//     tháng", "hằng năm", "từng năm 2024, 2025", and daily and weekly
//     duties ("trước 14 giờ hằng ngày", "thứ Sáu hằng tuần");
//   - continuous: "thường xuyên", "liên tục", and "định kỳ" with no
//     frequency;
//   - none: "", and words that set no date ("khẩn trương", "sớm", "kịp thời",
//     "theo quy định") or anything else unrecognised.
//
// When a phrase names several, the most precise wins, in that order except
// that a recurrence outranks a day without a year ("trước ngày 15/12 hằng
// năm" recurs yearly on the 15th of December).
//
// A date or period that cannot exist ("trước ngày 32/13/2020", "quý 5/2022"),
// or a missing year when ref is zero, is a *DeadlineError.
func ParseDeadline(phrase string, ref Date) (Deadline, error) {
	text := strings.TrimSpace(phrase)
	dl := Deadline{Kind: DeadlineNone, Text: text}
	f := Fold(text)
	if f == "" {
		return dl, nil
	}
	fail := func(err error) (Deadline, error) {
		dErr := &DeadlineError{Phrase: phrase, Reason: err.Error()}
		var de *DateError
		if errors.As(err, &de) {
			dErr.Reason = fmt.Sprintf("date %q: %s", de.Input, de.Reason)
			dErr.Err = de
		}
		return Deadline{}, dErr
	}

	if date, found, err := explicitDate(f); err != nil {
		return fail(err)
	} else if found {
		dl.Kind, dl.Date = DeadlineDate, date
		return dl, nil
	}

	if date, _, found := relativeDate(f, ref); found {
		dl.Kind, dl.Date = DeadlineDate, date
		return dl, nil
	}

	if date, found, err := monthSpan(f, ref); err != nil {
		return fail(err)
	} else if found {
		dl.Kind, dl.Date = DeadlinePeriod, date
		return dl, nil
	}

	words := " " + strings.Join(FoldTokens(f), " ") + " "
	if r, ok := recurrence(f, words); ok {
		dl.Kind, dl.Recurrence = DeadlineRecurring, &r
		return dl, nil
	}

	if date, found, err := partialDate(f, ref); err != nil {
		return fail(err)
	} else if found {
		dl.Kind, dl.Date = DeadlineDate, date
		return dl, nil
	}

	if p, found, err := periodIn(f, ref); err != nil {
		return fail(err)
	} else if found {
		dl.Kind, dl.Date = DeadlinePeriod, p.CalendarEnd()
		return dl, nil
	}

	for _, cue := range continuousCues {
		if strings.Contains(words, cue) {
			dl.Kind = DeadlineContinuous
			return dl, nil
		}
	}
	return dl, nil
}

// explicitDate finds a full date in f. Every date written must exist. When
// there are several ("từ 01/01/2023 đến 31/03/2023"), the first introduced by a
// cue word such as "trước" or "đến" is the deadline (or the last of the days
// listed right after it), else the last one.
func explicitDate(f string) (Date, bool, error) {
	matches := dateRe.FindAllStringSubmatchIndex(f, -1)
	if matches == nil {
		return Date{}, false, nil
	}
	dates := make([]Date, len(matches))
	for i, m := range matches {
		d, err := dateFromMatch(f[m[0]:m[1]], f, m)
		if err != nil {
			return Date{}, false, err
		}
		dates[i] = d
	}
	for i, m := range matches {
		if cuedAt(f, m[0]) {
			// "trong ngày 30/4 và ngày 1/5/2024": the last day listed.
			for i+1 < len(matches) && listedDayRe.MatchString(f[matches[i][1]:matches[i+1][0]]) {
				i++
			}
			return dates[i], true, nil
		}
	}
	return dates[len(dates)-1], true, nil
}

// cuedAt reports whether one of the last three words before offset i of f is
// a date cue. A weekday before the day does not count among them: "trước
// thứ Sáu (30/9)".
func cuedAt(f string, i int) bool {
	head := f[max(0, i-24):i]
	if loc := weekdayTailRe.FindStringIndex(head); loc != nil {
		i -= len(head) - loc[0]
	}
	for _, w := range wordsBefore(f, i, 3) {
		if dateCues[strings.Trim(w, ",:;")] {
			return true
		}
	}
	return false
}

// weekdayTailRe is a weekday that ends the text before a day: "thứ Sáu (",
// "thứ 6, ngày ".
var weekdayTailRe = regexp.MustCompile(`\b` + weekdayPattern + `,? ?\(? ?(?:ngay )?$`)

// wordsBefore returns up to n words of folded text f that end before offset
// i, nearest first. It walks back from i rather than splitting all of f[:i],
// so that checking every match in a long text stays linear.
func wordsBefore(f string, i, n int) []string {
	s := strings.TrimRight(f[:i], " ")
	var words []string
	for len(words) < n && s != "" {
		j := strings.LastIndexByte(s, ' ')
		words = append(words, s[j+1:])
		s = strings.TrimRight(s[:max(j, 0)], " ")
	}
	return words
}

// recurrence detects a recurring phrase; when several frequencies are named
// ("định kỳ 6 tháng, hằng năm") the most frequent one wins, since it
// generates every instance the others would.
func recurrence(f, words string) (Recurrence, bool) {
	for _, rc := range recurrenceCues {
		for _, cue := range rc.cues {
			if strings.Contains(words, cue) {
				return Recurrence{Every: rc.every, Day: recurrenceDay(f, rc.every)}, true
			}
		}
	}
	return Recurrence{}, false
}

// recurrenceDay finds the due day in a recurring phrase: "trước ngày 25"
// gives 25. "ngày 15/12" gives 15 only when its month is the last month of
// the recurring period (December for a year), since a Recurrence can only
// place the day in that month. Otherwise it returns 0, the period's last day.
func recurrenceDay(f string, every PeriodKind) int {
	switch every {
	case RecurDaily:
		return 0
	case RecurWeekly:
		return weekdayIn(f)
	}
	for _, m := range dayOfMonthRe.FindAllStringSubmatch(f, -1) {
		day, _ := strconv.Atoi(m[1])
		if day < 1 || day > 31 {
			continue
		}
		if m[2] == "" {
			return day
		}
		month, _ := strconv.Atoi(m[2])
		p := PeriodContaining(every, NewDate(2001, time.Month(month), 1), Cutoffs{Day: 1})
		if _, last := p.months(); month >= 1 && month <= 12 && last == month {
			return day
		}
	}
	return 0
}

// occasionRe ends with an occasion named before its day ("dịp Quốc khánh
// 2/9"), a cue however long the name. It is matched on the 64 bytes before
// a day, so that a long text stays linear.
var occasionRe = regexp.MustCompile(`\bdip ` + occasionName + `$`)

// listedDaySep joins days listed as one occasion.
var listedDaySep = regexp.MustCompile(`^(?: ?,| va) (?:ngay )?$`)

// partialDate finds a day and month without a year ("trước 15/3",
// "15 tháng 3") and takes the year from ref. The numeric form must follow a
// cue word, because figures like "20/20 phường" are common in the same text.
func partialDate(f string, ref Date) (Date, bool, error) {
	ms := partialDateRe.FindAllStringSubmatchIndex(f, -1)
	for k, m := range ms {
		var day, month string
		if m[2] >= 0 {
			if !cuedAt(f, m[0]) && !occasionRe.MatchString(f[max(0, m[0]-64):m[0]]) {
				continue
			}
			// Days listed after the cued one are one occasion, dated by
			// the last: "dịp lễ 30-4, 1-5", "vào các ngày 14/9 và 15/9".
			for k+1 < len(ms) && ms[k+1][2] >= 0 && listedDaySep.MatchString(f[m[1]:ms[k+1][0]]) {
				k++
				m = ms[k]
			}
			day, month = f[m[2]:m[3]], f[m[4]:m[5]]
		} else {
			day, month = f[m[6]:m[7]], f[m[8]:m[9]]
		}
		d, _ := strconv.Atoi(day)
		mo, _ := strconv.Atoi(month)
		input := f[m[0]:m[1]]
		if _, err := checkedDate(input, 2000, mo, d); err != nil { // 2000 is a leap year: 29/2 passes
			return Date{}, false, err
		}
		if ref.IsZero() {
			return Date{}, false, fmt.Errorf("%q has no year and there is no reference date to take it from", input)
		}
		// The next occurrence on or after ref; 29/2 may be up to 8 years away.
		for y := ref.Year; y <= ref.Year+8; y++ {
			if date, err := checkedDate(input, y, mo, d); err == nil && !date.Before(ref) {
				return date, true, nil
			}
		}
		return Date{}, false, fmt.Errorf("%q does not occur after the reference date", input)
	}
	return Date{}, false, nil
}

// periodIn finds a period in f, most specific first, resolving a missing
// year against ref.
func periodIn(f string, ref Date) (Period, bool, error) {
	if m := quarterRe.FindStringSubmatch(f); m != nil {
		q, ok := quarterFromNumeral(m[1])
		switch {
		case ok:
			return withYear(Period{Kind: PeriodQuarter, Index: q}, m[2], ref, m[0])
		case m[2] != "":
			return Period{}, false, fmt.Errorf("quarter %q does not exist", m[1])
		}
	}
	if m := halfRe.FindStringSubmatch(f); m != nil {
		half := 1
		if m[1] == "cuoi" || m[2] == "cuoi" {
			half = 2
		}
		return withYear(Period{Kind: PeriodHalfYear, Index: half}, m[3], ref, m[0])
	}
	if m := nineMonthsRe.FindStringSubmatch(f); m != nil {
		return withYear(Period{Kind: PeriodNineMonths}, m[1], ref, m[0])
	}
	if m := monthRe.FindStringSubmatch(f); m != nil {
		month, _ := strconv.Atoi(m[1])
		switch {
		case month >= 1 && month <= 12:
			return withYear(Period{Kind: PeriodMonth, Index: month}, m[2], ref, m[0])
		case m[2] != "":
			return Period{}, false, fmt.Errorf("month %d does not exist", month)
		}
	}
	if m := yearRe.FindStringSubmatch(f); m != nil {
		return withYear(Period{Kind: PeriodYear}, m[1], ref, m[0])
	}
	return relativePeriod(f, ref)
}

// timeUnits are the words a count can precede in a duration.
var timeUnits = map[string]bool{"ngay": true, "tuan": true, "thang": true, "nam": true, "gio": true, "phut": true}

// firstWord returns the first space-separated word of s without trailing
// punctuation.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return strings.TrimRight(w, ",.;:")
}

// relativePeriod finds a period named relative to ref: this one ("trong
// tháng", "cuối quý", "hết năm", "năm nay") or the next ("quý tới", "năm
// sau"). A count in front ("trong 6 tháng tới") makes it a duration, which is
// not a period, and a number after it was already read as a specific period.
func relativePeriod(f string, ref Date) (Period, bool, error) {
	kinds := map[string]PeriodKind{"thang": PeriodMonth, "quy": PeriodQuarter, "nam": PeriodYear}
	for _, m := range relativePeriodRe.FindAllStringSubmatchIndex(f, -1) {
		unit, suffix := f[m[2]:m[3]], ""
		if m[4] >= 0 {
			suffix = f[m[4]:m[5]]
		}
		prev := ""
		if w := wordsBefore(f, m[0], 1); len(w) > 0 {
			prev = w[0]
		}
		after := strings.TrimPrefix(f[m[1]:], " ")
		switch {
		case prev != "" && isASCIIDigit(rune(prev[len(prev)-1])):
			continue
		case after != "" && isASCIIDigit(rune(after[0])):
			continue
		case unit == "nam" && suffix == "" && timeUnits[firstWord(after)]:
			// "năm" is also the number five: "trong năm ngày" is a duration.
			continue
		case suffix == "" && prev != "trong" && prev != "cuoi" && prev != "het":
			continue
		}
		if ref.IsZero() {
			return Period{}, false, fmt.Errorf("%q needs a reference date", f[m[0]:m[1]])
		}
		p := PeriodContaining(kinds[unit], ref, Cutoffs{Day: 1})
		if suffix == "toi" || suffix == "sau" {
			p = p.next()
		}
		return p, true, nil
	}
	return Period{}, false, nil
}

// withYear completes p with the written year, or with ref's year (the next
// one if p would already have ended before ref) when none is written.
func withYear(p Period, year string, ref Date, match string) (Period, bool, error) {
	if year != "" {
		y, _ := strconv.Atoi(year)
		if y < MinYear || y > MaxYear {
			return Period{}, false, fmt.Errorf("year %q is outside %d–%d", year, MinYear, MaxYear)
		}
		p.Year = y
		return p, true, nil
	}
	if ref.IsZero() {
		return Period{}, false, fmt.Errorf("%q has no year and there is no reference date to take it from", match)
	}
	p.Year = ref.Year
	if p.CalendarEnd().Before(ref) {
		p.Year++
	}
	return p, true, nil
}

// Instances returns the due dates of the recurring deadline's instances, one
// per calendar period, from the period containing from through the last
// period that starts on or before until. A monthly Day 25 gives the 25th of
// each month; a quarterly one the 25th of March, June, September and
// December; Day 0 the last day of each period. It returns nil when until is
// before from or Every is not a month, quarter, half-year, nine months or
// year: a daily or weekly duty has no instances (see RecurDaily).
func (r Recurrence) Instances(from, until Date) []Date {
	switch r.Every {
	case PeriodMonth, PeriodQuarter, PeriodHalfYear, PeriodNineMonths, PeriodYear:
	default:
		return nil
	}
	if until.Before(from) {
		return nil
	}
	calendar := Cutoffs{Day: 1}
	var due []Date
	for p := PeriodContaining(r.Every, from, calendar); ; p = p.next() {
		start, end := p.Range(calendar)
		if start.After(until) {
			return due
		}
		if r.Day >= 1 && r.Day < end.Day {
			end.Day = r.Day
		}
		due = append(due, end)
	}
}

var (
	// monthSpanRe is a whole phrase naming a span of months, dated by the
	// last: "từ tháng 4 đến tháng 5-2020", "từ tháng 4 - 6", "tháng 6 đến
	// tháng 8/2020".
	monthSpanRe = regexp.MustCompile(`^(?:tu )?thang (\d{1,2}) ?(?:-|den(?: het)?(?: thang)?) ?(\d{1,2})(?: ?[/.-] ?(\d{4}))?$`)
	// beforeMonthPhraseRe is "trước tháng 3.2014": the month before is the
	// last one allowed, so the deadline is its last day (28/02/2014).
	beforeMonthPhraseRe = regexp.MustCompile(`^truoc thang (\d{1,2})(?: ?(?:/|-|\.|nam) ?(\d{4}))?$`)
	// beforeYearPhraseRe is "trước năm 2025": the year before is the last
	// one allowed.
	beforeYearPhraseRe = regexp.MustCompile(`^truoc nam (\d{4})$`)
)

// monthSpan reads the whole folded phrase f as a span of months or as
// "trước tháng M", returning the deadline's last day.
func monthSpan(f string, ref Date) (Date, bool, error) {
	f = strings.Join(strings.Fields(strings.Trim(f, " ,.;:")), " ")
	if m := monthSpanRe.FindStringSubmatch(f); m != nil {
		phrase := "trong thang " + m[2]
		if m[3] != "" {
			phrase += "/" + m[3]
		}
		dl, err := ParseDeadline(phrase, ref)
		if err != nil {
			return Date{}, false, err
		}
		return dl.Date, dl.Kind == DeadlinePeriod, nil
	}
	if m := beforeYearPhraseRe.FindStringSubmatch(f); m != nil {
		y, _ := strconv.Atoi(m[1])
		return NewDate(y-1, 12, 31), true, nil // "trước năm 2025": by the end of 2024
	}
	if m := beforeMonthPhraseRe.FindStringSubmatch(f); m != nil {
		phrase := "trong thang " + m[1]
		if m[2] != "" {
			phrase += "/" + m[2]
		}
		dl, err := ParseDeadline(phrase, ref)
		if err != nil {
			return Date{}, false, err
		}
		if dl.Kind != DeadlinePeriod {
			return Date{}, false, nil
		}
		return NewDate(dl.Date.Year, dl.Date.Month, 1).AddDays(-1), true, nil
	}
	return Date{}, false, nil
}
