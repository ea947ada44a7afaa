package vn

import (
	"slices"
	"sync"
	"time"
)

// Holiday is one day off work: a public holiday of the Labour Code, a day
// off given in compensation for a holiday falling on a weekend, or a day an
// administrator declared.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
	// Compensatory is set for a day off given because a holiday fell on a
	// Saturday or Sunday (nghỉ bù).
	Compensatory bool `json:"compensatory,omitempty"`
}

// PublicHolidays returns the days off of civil year y under Bộ luật Lao động
// 2019, Điều 112, in date order: Tết Dương lịch (1/1); Tết Âm lịch, five days
// from the last day of the old lunar year to the 4th of the new one; Giỗ Tổ
// Hùng Vương (10/3 lunar); 30/4 and 1/5; Quốc khánh 2/9 and one adjacent
// day. The adjacent day and the Tết split are decided each year by the Prime
// Minister; the defaults here pick 3/9 when 2/9 is a Thursday (a long
// weekend) and 1/9 otherwise, which matches 2021–2025. Holidays falling on a
// Saturday or Sunday add a compensatory day on the next working day (Điều
// 111 khoản 3). Yearly swaps (working a Saturday to bridge a gap) are not
// law but decisions: administrators enter them as calendar overrides.
func PublicHolidays(y int) []Holiday {
	var days []Holiday
	add := func(d Date, name string) { days = append(days, Holiday{Date: d, Name: name}) }
	add(NewDate(y, 1, 1), "Tết Dương lịch")
	tet := Tet(y)
	add(tet.AddDays(-1), "Tết Nguyên đán (cuối năm âm lịch)")
	for i, n := range []string{"mùng 1", "mùng 2", "mùng 3", "mùng 4"} {
		add(tet.AddDays(i), "Tết Nguyên đán ("+n+")")
	}
	if gio, ok := Solar(LunarDate{Year: y, Month: 3, Day: 10}); ok {
		add(gio, "Giỗ Tổ Hùng Vương (10/3 âm lịch)")
	}
	add(NewDate(y, 4, 30), "Ngày Chiến thắng (30/4)")
	add(NewDate(y, 5, 1), "Ngày Quốc tế Lao động (1/5)")
	national := NewDate(y, 9, 2)
	adjacent := NewDate(y, 9, 1)
	if national.Weekday() == time.Thursday {
		adjacent = NewDate(y, 9, 3)
	}
	add(national, "Quốc khánh (2/9)")
	add(adjacent, "Quốc khánh (ngày liền kề)")
	slices.SortFunc(days, func(a, b Holiday) int { return a.Date.compare(b.Date) })
	return withCompensation(days)
}

// withCompensation appends, after each holiday on a weekend, a day off on
// the next weekday that is not already a holiday. days must be sorted.
func withCompensation(days []Holiday) []Holiday {
	off := make(map[Date]bool, len(days))
	for _, h := range days {
		off[h.Date] = true
	}
	out := slices.Clone(days)
	for _, h := range days {
		if isWeekday(h.Date) {
			continue
		}
		d := h.Date.AddDays(1)
		for !isWeekday(d) || off[d] {
			d = d.AddDays(1)
		}
		off[d] = true
		out = append(out, Holiday{Date: d, Name: "Nghỉ bù " + h.Name, Compensatory: true})
	}
	slices.SortStableFunc(out, func(a, b Holiday) int { return a.Date.compare(b.Date) })
	return out
}

func isWeekday(d Date) bool {
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// DayOverride is an administrator's decision about one date, taking
// precedence over weekends and public holidays: an extra day off (a swap,
// an exceptional holiday) or a make-up working day (a Saturday worked in
// exchange for a bridged weekday).
type DayOverride struct {
	Date    Date   `json:"date"`
	Working bool   `json:"working"`
	Name    string `json:"name"`
}

// Calendar is the working-day calendar every "N working days" rule uses:
// Monday to Friday, minus public holidays and their compensatory days, with
// administrators' overrides applied on top. It is safe for concurrent use.
type Calendar struct {
	overrides map[Date]DayOverride

	mu    sync.Mutex
	years map[int]map[Date]Holiday // public holidays per year, computed on first use
}

// NewCalendar returns a calendar with the given overrides; a later
// override of the same date wins.
func NewCalendar(overrides []DayOverride) *Calendar {
	c := &Calendar{overrides: make(map[Date]DayOverride, len(overrides)), years: map[int]map[Date]Holiday{}}
	for _, o := range overrides {
		c.overrides[o.Date] = o
	}
	return c
}

// publicHoliday returns the public holiday on d, if any.
func (c *Calendar) publicHoliday(d Date) (Holiday, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	y, ok := c.years[d.Year]
	if !ok {
		y = make(map[Date]Holiday)
		for _, h := range PublicHolidays(d.Year) {
			y[h.Date] = h
		}
		// A compensatory day can spill into January for a late-December
		// holiday; none exists today, but look at the previous year too.
		for _, h := range PublicHolidays(d.Year - 1) {
			if h.Date.Year == d.Year {
				y[h.Date] = h
			}
		}
		c.years[d.Year] = y
	}
	h, ok := y[d]
	return h, ok
}

// IsWorkingDay reports whether d is a working day.
func (c *Calendar) IsWorkingDay(d Date) bool {
	if o, ok := c.overrides[d]; ok {
		return o.Working
	}
	if !isWeekday(d) {
		return false
	}
	_, holiday := c.publicHoliday(d)
	return !holiday
}

// DayOff returns why d is not a working day ("Thứ bảy", a holiday's name)
// and false when it is one.
func (c *Calendar) DayOff(d Date) (string, bool) {
	if o, ok := c.overrides[d]; ok {
		return o.Name, !o.Working
	}
	if h, ok := c.publicHoliday(d); ok {
		return h.Name, true
	}
	switch d.Weekday() {
	case time.Saturday:
		return "Thứ bảy", true
	case time.Sunday:
		return "Chủ nhật", true
	}
	return "", false
}

// AddWorkingDays returns the date n working days after d (before it when n
// is negative). Counting starts the day after d, so d itself need not be a
// working day, and n = 0 returns d.
func (c *Calendar) AddWorkingDays(d Date, n int) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if c.IsWorkingDay(d) {
			n--
		}
	}
	return d
}

// NextWorkingDay returns the first working day after d.
func (c *Calendar) NextWorkingDay(d Date) Date { return c.AddWorkingDays(d, 1) }

// WorkingDaysBetween counts the working days in (from, to]: the number n
// with AddWorkingDays(from, n) the last working day not after to. It is
// negative when to is before from.
func (c *Calendar) WorkingDaysBetween(from, to Date) int {
	if to.Before(from) {
		return -c.WorkingDaysBetween(to, from)
	}
	n := 0
	for d := from.AddDays(1); !d.After(to); d = d.AddDays(1) {
		if c.IsWorkingDay(d) {
			n++
		}
	}
	return n
}

// Overrides returns the administrators' overrides in date order.
func (c *Calendar) Overrides() []DayOverride {
	out := make([]DayOverride, 0, len(c.overrides))
	for _, o := range c.overrides {
		out = append(out, o)
	}
	slices.SortFunc(out, func(a, b DayOverride) int { return a.Date.compare(b.Date) })
	return out
}
