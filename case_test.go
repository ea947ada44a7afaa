package tiendo_test

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

func TestWeeks(t *testing.T) {
	for _, tc := range []struct {
		key      string
		from, to vn.Date
	}{
		{"2026-W49", vn.NewDate(2026, 11, 30), vn.NewDate(2026, 12, 6)},
		{"2026-W01", vn.NewDate(2025, 12, 29), vn.NewDate(2026, 1, 4)},
		{"2020-W53", vn.NewDate(2020, 12, 28), vn.NewDate(2021, 1, 3)},
		{"2021-W01", vn.NewDate(2021, 1, 4), vn.NewDate(2021, 1, 10)},
	} {
		r, err := tiendo.ParseWeek(tc.key)
		if err != nil || r.From != tc.from || r.To != tc.to {
			t.Errorf("ParseWeek(%s) = %v %v, want %v–%v", tc.key, r, err, tc.from, tc.to)
		}
		for d := tc.from; !d.After(tc.to); d = d.AddDays(1) {
			if k := tiendo.WeekKey(d); k != tc.key {
				t.Errorf("WeekKey(%v) = %s, want %s", d, k, tc.key)
			}
			if w := tiendo.WeekOf(d); w != r {
				t.Errorf("WeekOf(%v) = %v, want %v", d, w, r)
			}
		}
		if r.From.Weekday() != time.Monday {
			t.Errorf("%s starts on %v", tc.key, r.From.Weekday())
		}
	}
	for _, bad := range []string{"", "2026", "2026-W00", "2026-W54", "2021-W53", "x-W01", "2026-Wx"} {
		if _, err := tiendo.ParseWeek(bad); tiendo.ErrorCode(err) != tiendo.EINVALID {
			t.Errorf("ParseWeek(%q) = %v, want invalid", bad, err)
		}
	}
}

// FuzzParseWeek: a week that parses is a Monday–Sunday range whose key is
// the input, written the canonical way.
func FuzzParseWeek(f *testing.F) {
	for _, s := range []string{"2026-W49", "2020-W53", "2021-W53", "2026-W1", "2026-W001", "-W1", "1900-W01", "2200-W52", "2026-W+1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, err := tiendo.ParseWeek(s)
		if err != nil {
			if tiendo.ErrorCode(err) != tiendo.EINVALID {
				t.Fatalf("ParseWeek(%q): %v", s, err)
			}
			return
		}
		if r.From.Weekday() != time.Monday || r.To != r.From.AddDays(6) {
			t.Fatalf("ParseWeek(%q) = %v", s, r)
		}
		again, err := tiendo.ParseWeek(tiendo.WeekKey(r.From))
		if err != nil || again != r || tiendo.WeekKey(r.To) != tiendo.WeekKey(r.From) {
			t.Fatalf("ParseWeek(%q) = %v, key %s reads %v %v", s, r, tiendo.WeekKey(r.From), again, err)
		}
	})
}
