package vn

import (
	"regexp"
	"time"
)

// Frequencies shorter than a reporting period, for Recurrence.Every only
// (they are not PeriodKinds a report can cover). A duty reported daily or
// weekly ("báo cáo trước 14 giờ hằng ngày", "thứ Sáu hằng tuần") is
// recurring, as the documents write it, but a series of one task per day or
// week would bury an office in confirmations and flood the overdue list
// (DOMAIN.md §8), and the decree's reporting periods stop at a month. So the
// product follows such a duty as one ongoing task whose reports are
// periodic: Recurrence.Instances gives it no instances and, like
// continuous work, it is never overdue.
const (
	RecurDaily  PeriodKind = "day"
	RecurWeekly PeriodKind = "week"
)

// weekdayPattern is a weekday in folded text, for larger patterns.
const weekdayPattern = `(?:(?:ngay )?thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)`

// weekdayRe is a weekday in folded text: "thu hai" … "thu bay", "chu nhat",
// also "thu 2" … "thu 7".
var weekdayRe = regexp.MustCompile(`\b(?:thu (hai|ba|tu|nam|sau|bay|[2-7])|(chu nhat))\b`)

var weekdayNumbers = map[string]time.Weekday{"hai": time.Monday, "ba": time.Tuesday, "tu": time.Wednesday,
	"nam": time.Thursday, "sau": time.Friday, "bay": time.Saturday,
	"2": time.Monday, "3": time.Tuesday, "4": time.Wednesday, "5": time.Thursday, "6": time.Friday, "7": time.Saturday}

// weekdayIn returns the first weekday named in folded f as 1 (Monday) to 7
// (Sunday), or 0 when none is.
func weekdayIn(f string) int {
	m := weekdayRe.FindStringSubmatch(f)
	switch {
	case m == nil:
		return 0
	case m[2] != "":
		return 7
	}
	return int(weekdayNumbers[m[1]])
}
