package vn

import (
	"regexp"
	"strconv"
)

// relativeRe is a time limit counted from the document's own date: "trong
// vòng 10 ngày kể từ ngày ký", "trong thời hạn 15 ngày làm việc kể từ ngày
// ban hành", "sau 30 ngày kể từ ngày ký". A limit counted from a day the
// text does not give ("kể từ ngày nhận được") has no date.
var relativeRe = regexp.MustCompile(`\b(?:trong(?: vong| thoi han)?|sau|chua qua|khong qua|cham nhat(?: la)?) (\d{1,3}) ngay( lam viec)?,? ` +
	`(?:ke )?tu ngay (?:ky|ban hanh|van ban (?:nay )?(?:duoc )?(?:ky|ban hanh))(?: van ban| ke hoach| quyet dinh| cong van)?(?: nay)?\b`)

// relativeDate reads a relativeRe limit in folded f as the day it ends:
// ref plus the days, working days skipping weekends and public holidays.
// It returns the span of the phrase in f.
func relativeDate(f string, ref Date) (Date, [2]int, bool) {
	if ref.IsZero() || !relativeFilter.mayMatch(f) {
		return Date{}, [2]int{}, false
	}
	m := relativeRe.FindStringSubmatchIndex(f)
	if m == nil {
		return Date{}, [2]int{}, false
	}
	n, _ := strconv.Atoi(f[m[2]:m[3]])
	if n == 0 {
		return Date{}, [2]int{}, false
	}
	if m[4] >= 0 {
		return NewCalendar(nil).AddWorkingDays(ref, n), [2]int{m[0], m[1]}, true
	}
	return ref.AddDays(n), [2]int{m[0], m[1]}, true
}
