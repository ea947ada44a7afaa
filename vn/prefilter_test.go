package vn

import (
	"regexp"
	"slices"
	"testing"
)

// required finds the strings every match holds, or says there are none.
func TestRequired(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    []string // nil: none
	}{
		{`abc|de`, []string{"abc", "de"}},
		{`\bfoo \d+`, []string{"foo "}},
		{`\b(?:trong|vao) (?:quy|thang)\b`, []string{"trong quy", "trong thang", "vao quy", "vao thang"}},
		{`x?ab`, []string{"ab"}},
		{`(?:den het|het|trong) nam`, []string{"het nam", "trong nam"}},
		{`(?i)hanh`, nil},
		{`a*`, nil},
		{`a|b*`, nil},
		{`\d{1,2}/\d{4}`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}},
		{`(?:ab)+c`, []string{"ab"}},
	} {
		got := newLiteralFilter(regexp.MustCompile(c.pattern)).need
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.pattern, got, c.want)
		}
	}
	for _, re := range []*regexp.Regexp{periodCueRe, recurringCueRe, continuousCueRe, dateRe, partialDayRe,
		monthWindowRe, beforeMonthRe, frontedPeriodRe, relativeRe} {
		if newLiteralFilter(re).need == nil {
			t.Errorf("%s has no strings to look for first", re)
		}
	}
}

// A text the pattern matches always contains one of the strings.
func FuzzLiteralFilter(f *testing.F) {
	for _, s := range []string{"hoan thanh trong quy iv/2024", "dinh ky hang thang, vao ngay 20", "thuong xuyen",
		"thoi gian : thang 5/2024", "den het nam 2025; cuoi nam nay; dau thang 3-2024", "tung nam 2024, 2025",
		"truoc ngay 15/3/2024, 5 thang 4 nam 2024", "tu thang 4 den thang 5-2020", "truoc thang 3.2014", "quy ii/2023, ",
		"trong vong 10 ngay ke tu ngay ky", "cham nhat truoc 16 gio, thu sau, ngay ", "vao sang ngay ", "trong hai ngay 24 va ",
		"han chot nop bao cao la ", "luc 8 gio 30 phut, sang ngay "} {
		f.Add(s)
	}
	filters := []literalFilter{periodCueFilter, recurringCueFilter, continuousCueFilter, dateFilter, partialDayFilter,
		monthWindowFilter, beforeMonthFilter, frontedPeriodFilter, relativeFilter}
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range filters {
			if l.re.MatchString(s) && !l.mayMatch(s) {
				t.Fatalf("%s matches %q, which holds none of %q", l.re, s, l.need)
			}
		}
	})
}
