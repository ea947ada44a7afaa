package vn

import (
	"testing"
	"time"
)

// Tết as celebrated in Vietnam (UTC+7). 1985, 2007 and 2030 are years where
// China (UTC+8) differs: 1985-02-20, 2007-02-18 and 2030-02-03 there.
func TestTet(t *testing.T) {
	want := map[int]Date{
		1985: NewDate(1985, 1, 21), 2007: NewDate(2007, 2, 17),
		2020: NewDate(2020, 1, 25), 2021: NewDate(2021, 2, 12), 2022: NewDate(2022, 2, 1),
		2023: NewDate(2023, 1, 22), 2024: NewDate(2024, 2, 10), 2025: NewDate(2025, 1, 29),
		2026: NewDate(2026, 2, 17), 2027: NewDate(2027, 2, 6), 2028: NewDate(2028, 1, 26),
		2029: NewDate(2029, 2, 13), 2030: NewDate(2030, 2, 2),
	}
	for y, w := range want {
		if got := Tet(y); got != w {
			t.Errorf("Tet(%d) = %v, want %v", y, got, w)
		}
	}
}

func TestLunarKnownDates(t *testing.T) {
	tests := []struct {
		solar Date
		lunar LunarDate
	}{
		// Giỗ Tổ Hùng Vương, 10/3 lunar.
		{NewDate(2020, 4, 2), LunarDate{2020, 3, 10, false}},
		{NewDate(2021, 4, 21), LunarDate{2021, 3, 10, false}},
		{NewDate(2022, 4, 10), LunarDate{2022, 3, 10, false}},
		{NewDate(2023, 4, 29), LunarDate{2023, 3, 10, false}},
		{NewDate(2024, 4, 18), LunarDate{2024, 3, 10, false}},
		{NewDate(2025, 4, 7), LunarDate{2025, 3, 10, false}},
		// Leap months: 4 in 2020, 2 in 2023, 6 in 2025.
		{NewDate(2020, 5, 23), LunarDate{2020, 4, 1, true}},
		{NewDate(2023, 3, 22), LunarDate{2023, 2, 1, true}},
		{NewDate(2025, 7, 25), LunarDate{2025, 6, 1, true}},
		// Mid-autumn 2024 (15/8) and the last day of lunar year 2019 (30/12).
		{NewDate(2024, 9, 17), LunarDate{2024, 8, 15, false}},
		{NewDate(2020, 1, 24), LunarDate{2019, 12, 30, false}},
	}
	for _, tt := range tests {
		if got := Lunar(tt.solar); got != tt.lunar {
			t.Errorf("Lunar(%v) = %+v, want %+v", tt.solar, got, tt.lunar)
		}
		if got, ok := Solar(tt.lunar); !ok || got != tt.solar {
			t.Errorf("Solar(%+v) = %v, %v, want %v", tt.lunar, got, ok, tt.solar)
		}
	}
}

func TestSolarRejectsMissingDates(t *testing.T) {
	for _, l := range []LunarDate{
		{2024, 4, 1, true},   // 2024 has no leap month
		{2023, 3, 1, true},   // 2023's leap month is the 2nd
		{2024, 13, 1, false}, // no 13th month
		{2024, 1, 0, false},
		{2024, 12, 30, false}, // lunar 12/2024 has 29 days (Tết 2025 follows 29 Tết)
	} {
		if d, ok := Solar(l); ok {
			t.Errorf("Solar(%+v) = %v, want no date", l, d)
		}
	}
}

// Every day from 1950 to 2100 maps to a lunar date that maps back to it,
// and consecutive days are consecutive lunar days or start a new month.
func TestLunarRoundTrip(t *testing.T) {
	prev := Lunar(NewDate(1949, 12, 31))
	for d := NewDate(1950, 1, 1); d.Year <= 2100; d = d.AddDays(1) {
		l := Lunar(d)
		if back, ok := Solar(l); !ok || back != d {
			t.Fatalf("Solar(Lunar(%v) = %+v) = %v, %v", d, l, back, ok)
		}
		if l.Day != prev.Day+1 && (l.Day != 1 || prev.Day < 29) {
			t.Fatalf("%v: lunar day %+v follows %+v", d, l, prev)
		}
		prev = l
	}
}

func FuzzLunar(f *testing.F) {
	f.Add(2024, 3, 10, false)
	f.Add(2023, 2, 15, true)
	f.Fuzz(func(t *testing.T, y, m, d int, leap bool) {
		if y < 1800 || y > 2200 {
			return
		}
		l := LunarDate{y, m, d, leap}
		if s, ok := Solar(l); ok {
			if back := Lunar(s); back != l {
				t.Fatalf("Lunar(Solar(%+v) = %v) = %+v", l, s, back)
			}
		}
	})
}

func TestPublicHolidays(t *testing.T) {
	names := func(y int) map[Date]bool {
		m := map[Date]bool{}
		for _, h := range PublicHolidays(y) {
			if m[h.Date] {
				t.Fatalf("%d: %v listed twice", y, h.Date)
			}
			m[h.Date] = true
		}
		return m
	}
	tests := []struct {
		year int
		want []Date
	}{
		// 2022: Tết on Tuesday 1/2; Giỗ Tổ Sunday 10/4 (+Monday 11/4);
		// 30/4 Saturday and 1/5 Sunday (+2/5, 3/5); 2/9 Friday with 1/9.
		{2022, []Date{NewDate(2022, 1, 1), NewDate(2022, 1, 3),
			NewDate(2022, 1, 31), NewDate(2022, 2, 1), NewDate(2022, 2, 2), NewDate(2022, 2, 3), NewDate(2022, 2, 4),
			NewDate(2022, 4, 10), NewDate(2022, 4, 11), NewDate(2022, 4, 30), NewDate(2022, 5, 1),
			NewDate(2022, 5, 2), NewDate(2022, 5, 3), NewDate(2022, 9, 1), NewDate(2022, 9, 2)}},
		// 2024: Tết Saturday 10/2: 9–13/2 and one compensatory day (14/2)
		// for the Saturday… and one for the Sunday (15/2); 2/9 Monday with
		// 1/9 Sunday, made up on 3/9.
		{2024, []Date{NewDate(2024, 1, 1),
			NewDate(2024, 2, 9), NewDate(2024, 2, 10), NewDate(2024, 2, 11), NewDate(2024, 2, 12), NewDate(2024, 2, 13),
			NewDate(2024, 2, 14), NewDate(2024, 2, 15),
			NewDate(2024, 4, 18), NewDate(2024, 4, 30), NewDate(2024, 5, 1),
			NewDate(2024, 9, 1), NewDate(2024, 9, 2), NewDate(2024, 9, 3)}},
		// 2021: 2/9 Thursday takes Friday 3/9.
		{2021, []Date{NewDate(2021, 1, 1),
			NewDate(2021, 2, 11), NewDate(2021, 2, 12), NewDate(2021, 2, 13), NewDate(2021, 2, 14), NewDate(2021, 2, 15),
			NewDate(2021, 2, 16), NewDate(2021, 2, 17),
			NewDate(2021, 4, 21), NewDate(2021, 4, 30), NewDate(2021, 5, 1), NewDate(2021, 5, 3),
			NewDate(2021, 9, 2), NewDate(2021, 9, 3)}},
	}
	for _, tt := range tests {
		got := names(tt.year)
		for _, d := range tt.want {
			if !got[d] {
				t.Errorf("%d: %v is not a holiday", tt.year, d)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%d: %d holidays, want %d: %v", tt.year, len(got), len(tt.want), PublicHolidays(tt.year))
		}
	}
}

func TestCalendar(t *testing.T) {
	// 2024: Tết off 8–14/2 by decision (8/2 swapped with Saturday 17/2).
	c := NewCalendar([]DayOverride{
		{Date: NewDate(2024, 2, 8), Name: "Hoán đổi Tết"},
		{Date: NewDate(2024, 2, 17), Working: true, Name: "Làm bù"},
		{Date: NewDate(2024, 2, 15), Working: true, Name: "Đi làm"},
	})
	tests := []struct {
		d    Date
		want bool
	}{
		{NewDate(2024, 2, 7), true},
		{NewDate(2024, 2, 8), false}, // override off
		{NewDate(2024, 2, 12), false},
		{NewDate(2024, 2, 14), false}, // compensatory
		{NewDate(2024, 2, 15), true},  // override beats compensatory
		{NewDate(2024, 2, 16), true},
		{NewDate(2024, 2, 17), true}, // make-up Saturday
		{NewDate(2024, 2, 18), false},
		{NewDate(2024, 4, 30), false},
	}
	for _, tt := range tests {
		if got := c.IsWorkingDay(tt.d); got != tt.want {
			t.Errorf("IsWorkingDay(%v) = %v, want %v", tt.d, got, tt.want)
		}
	}
	addTests := []struct {
		from Date
		n    int
		want Date
	}{
		{NewDate(2024, 2, 7), 1, NewDate(2024, 2, 15)},
		{NewDate(2024, 2, 7), 3, NewDate(2024, 2, 17)},
		{NewDate(2024, 2, 17), -2, NewDate(2024, 2, 15)},
		{NewDate(2024, 2, 10), 0, NewDate(2024, 2, 10)},
		// Meeting on Friday 26/4/2024: 5 working days skip 27/4–1/5.
		{NewDate(2024, 4, 26), 5, NewDate(2024, 5, 7)},
	}
	for _, tt := range addTests {
		if got := c.AddWorkingDays(tt.from, tt.n); got != tt.want {
			t.Errorf("AddWorkingDays(%v, %d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
		if tt.n != 0 && c.IsWorkingDay(tt.want) {
			if got := c.WorkingDaysBetween(tt.from, tt.want); got != tt.n {
				t.Errorf("WorkingDaysBetween(%v, %v) = %d, want %d", tt.from, tt.want, got, tt.n)
			}
		}
	}
	if name, off := c.DayOff(NewDate(2024, 5, 1)); !off || name != "Ngày Quốc tế Lao động (1/5)" {
		t.Errorf("DayOff(1/5) = %q, %v", name, off)
	}
	if _, off := c.DayOff(NewDate(2024, 2, 17)); off {
		t.Error("make-up Saturday reported off")
	}
	if got := c.NextWorkingDay(NewDate(2024, 4, 29)); got != NewDate(2024, 5, 2) || got.Weekday() != time.Thursday {
		t.Errorf("NextWorkingDay(29/4) = %v", got)
	}
}
