package tiendo_test

import (
	"testing"

	"tiendo"
	"tiendo/vn"
)

func TestTargetAssess(t *testing.T) {
	budget := &tiendo.Target{Direction: tiendo.HigherBetter, PeriodKind: vn.PeriodQuarter, Cumulative: true}
	rate := &tiendo.Target{Direction: tiendo.HigherBetter, PeriodKind: vn.PeriodYear}
	lower := &tiendo.Target{Direction: tiendo.LowerBetter, PeriodKind: vn.PeriodYear, OnTrack: 1, Developing: 0.5}
	v := func(period string, kind tiendo.ValueKind, x float64) *tiendo.TargetValue {
		return &tiendo.TargetValue{Period: period, Kind: kind, Value: x}
	}
	for _, c := range []struct {
		name   string
		target *tiendo.Target
		period string
		values []*tiendo.TargetValue
		want   tiendo.TargetStatus
	}{
		// 6 nghìn tỉ at the end of March = 52% of the year's estimate: ahead
		// of a quarter's pro-rata share.
		{"cumulative, pro rata of the yearly plan", budget, "2023-Q1",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 11540), v("2023-Q1", tiendo.Actual, 6000)}, tiendo.TargetOnTrack},
		{"cumulative, behind the pro-rata share", budget, "2023-Q2",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10000), v("2023-Q2", tiendo.Actual, 4200)}, tiendo.TargetDeveloping},
		{"the period's own plan wins", budget, "2023-Q1",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10000), v("2023-Q1", tiendo.Plan, 6000), v("2023-Q1", tiendo.Actual, 4000)}, tiendo.TargetAtRisk},
		{"the latest entry is current", budget, "2023-Q1",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10000), v("2023-Q1", tiendo.Actual, 100), v("2023-Q1", tiendo.Actual, 2500)}, tiendo.TargetOnTrack},
		{"a rate is compared as it is", rate, "2023",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 100), v("2023", tiendo.Actual, 99.9)}, tiendo.TargetOnTrack},
		{"no actual yet", rate, "2023", []*tiendo.TargetValue{v("2023", tiendo.Plan, 100)}, tiendo.TargetUnknown},
		{"no plan", rate, "2023", []*tiendo.TargetValue{v("2023", tiendo.Actual, 100)}, tiendo.TargetUnknown},
		{"lower is better, under the cap", lower, "2023",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10), v("2023", tiendo.Actual, 8)}, tiendo.TargetOnTrack},
		{"lower is better, over the cap", lower, "2023",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10), v("2023", tiendo.Actual, 15)}, tiendo.TargetDeveloping},
		{"lower is better, far over", lower, "2023",
			[]*tiendo.TargetValue{v("2023", tiendo.Plan, 10), v("2023", tiendo.Actual, 25)}, tiendo.TargetAtRisk},
		{"bad period", rate, "2023-13", nil, tiendo.TargetUnknown},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.target.Assess(c.period, c.values); got.Status != c.want {
				t.Fatalf("status %s (%+v), want %s", got.Status, got, c.want)
			}
		})
	}
}

func TestParseTargetKey(t *testing.T) {
	for _, c := range []struct {
		key      string
		from, to vn.Date
		share    float64
	}{
		{"2023", vn.NewDate(2023, 1, 1), vn.NewDate(2023, 12, 31), 1},
		{"2023-Q1", vn.NewDate(2023, 1, 1), vn.NewDate(2023, 3, 31), 0.25},
		{"2024-02", vn.NewDate(2024, 2, 1), vn.NewDate(2024, 2, 29), 2.0 / 12},
	} {
		p, err := tiendo.ParseTargetKey(c.key)
		from, to := p.Range(vn.CalendarCutoffs())
		if err != nil || from != c.from || to != c.to || p.YearShare() != c.share {
			t.Errorf("%s: %+v %v", c.key, p, err)
		}
		if got := tiendo.TargetPeriodOf(p.Kind, to); got != c.key {
			t.Errorf("period of %s = %s, want %s", to, got, c.key)
		}
	}
	// Kinds targets do not use, and other spellings of a valid key, are
	// refused: one period has one key.
	for _, bad := range []string{"", "23", "2023-Q5", "2023-00", "2023-13", "2023-", "2023-1", "abcd", "2023-Q1-01", "1900",
		"2023-q1", "2023-H1", "2023-9M", "2023-01-01..2023-01-31"} {
		if _, err := tiendo.ParseTargetKey(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func FuzzParseTargetKey(f *testing.F) {
	for _, s := range []string{"2023", "2023-Q4", "2023-12", "2023-Q0", "9999-99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := tiendo.ParseTargetKey(s)
		if err != nil {
			return
		}
		from, to := p.Range(vn.CalendarCutoffs())
		if to.Before(from) || tiendo.TargetPeriodOf(p.Kind, from) != s {
			t.Fatalf("%q parsed as %+v", s, p)
		}
	})
}
