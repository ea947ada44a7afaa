package vn

import "time"

// IsWorkingDay reports whether d is a working day: not a Saturday or Sunday
// and not listed in holidays. The holiday calendar (Tết, 30/4, 2/9 and the
// yearly swaps) is data owned by the caller; a nil map means no holidays.
func IsWorkingDay(d Date, holidays map[Date]bool) bool {
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		return false
	}
	return !holidays[d]
}

// AddWorkingDays returns the date n working days after d, skipping weekends
// and holidays: a conclusion notice due "within 5 working days" of a meeting
// is AddWorkingDays(meeting, 5, holidays). Counting starts the day after d,
// so d itself need not be a working day; n = 0 returns d unchanged and a
// negative n counts backwards.
func AddWorkingDays(d Date, n int, holidays map[Date]bool) Date {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for n > 0 {
		d = d.AddDays(step)
		if IsWorkingDay(d, holidays) {
			n--
		}
	}
	return d
}
