package vn

import (
	"errors"
	"testing"
)

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		str  string
	}{
		{"2023-03", Period{Kind: PeriodMonth, Year: 2023, Index: 3}, "2023-03"},
		{"2023-12", Period{Kind: PeriodMonth, Year: 2023, Index: 12}, "2023-12"},
		{"2023-Q1", Period{Kind: PeriodQuarter, Year: 2023, Index: 1}, "2023-Q1"},
		{"2023-q4", Period{Kind: PeriodQuarter, Year: 2023, Index: 4}, "2023-Q4"},
		{"2023-H1", Period{Kind: PeriodHalfYear, Year: 2023, Index: 1}, "2023-H1"},
		{"2023-H2", Period{Kind: PeriodHalfYear, Year: 2023, Index: 2}, "2023-H2"},
		{"2023-9M", Period{Kind: PeriodNineMonths, Year: 2023}, "2023-9M"},
		{"2023-9m", Period{Kind: PeriodNineMonths, Year: 2023}, "2023-9M"},
		{"2023", Period{Kind: PeriodYear, Year: 2023}, "2023"},
		{"2023-01-15..2023-03-14", Period{Kind: PeriodCustom, From: NewDate(2023, 1, 15), To: NewDate(2023, 3, 14)}, "2023-01-15..2023-03-14"},
		{"2023-01-15..2023-01-15", Period{Kind: PeriodCustom, From: NewDate(2023, 1, 15), To: NewDate(2023, 1, 15)}, "2023-01-15..2023-01-15"},
	}
	for _, tt := range tests {
		got, err := ParsePeriod(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParsePeriod(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
			continue
		}
		if s := got.String(); s != tt.str {
			t.Errorf("ParsePeriod(%q).String() = %q, want %q", tt.in, s, tt.str)
		}
	}
	for _, bad := range []string{"", "23", "20233", "2023-", "2023-3", "2023-13", "2023-00", "2023-Q0", "2023-Q5", "2023-Q12",
		"2023-H3", "2023-6M", "2023-W01", "0000", "Q1-2023", "2023-03-14..2023-01-15", "2023-01-15..", "2023-02-30..2023-03-01", " 2023"} {
		_, err := ParsePeriod(bad)
		var pe *PeriodError
		if !errors.As(err, &pe) {
			t.Errorf("ParsePeriod(%q) error = %v, want *PeriodError", bad, err)
		}
	}
}

func TestPeriodRange(t *testing.T) {
	d := NewDate
	month := func(y, m int) Period { return Period{Kind: PeriodMonth, Year: y, Index: m} }
	quarter := func(y, q int) Period { return Period{Kind: PeriodQuarter, Year: y, Index: q} }
	half := func(y, h int) Period { return Period{Kind: PeriodHalfYear, Year: y, Index: h} }
	nine := Period{Kind: PeriodNineMonths, Year: 2023}
	year := Period{Kind: PeriodYear, Year: 2023}
	custom := Period{Kind: PeriodCustom, From: d(2023, 1, 15), To: d(2023, 3, 14)}
	decree, inspection, calendar := DefaultCutoffs(), Cutoffs{Day: 16}, Cutoffs{Day: 1}
	tests := []struct {
		p        Period
		c        Cutoffs
		from, to Date
	}{
		// NĐ 09/2019/NĐ-CP, Art. 12.
		{month(2023, 3), decree, d(2023, 2, 15), d(2023, 3, 14)},
		{month(2023, 1), decree, d(2022, 12, 15), d(2023, 1, 14)},
		{quarter(2023, 1), decree, d(2022, 12, 15), d(2023, 3, 14)},
		{quarter(2023, 4), decree, d(2023, 9, 15), d(2023, 12, 14)},
		{half(2023, 1), decree, d(2022, 12, 15), d(2023, 6, 14)},
		{half(2023, 2), decree, d(2023, 6, 15), d(2023, 12, 14)},
		{nine, decree, d(2022, 12, 15), d(2023, 9, 14)},
		{year, decree, d(2022, 12, 15), d(2023, 12, 14)},
		// Inspection sector, TT 03/2013/TT-TTCP: 16th to 15th.
		{month(2023, 3), inspection, d(2023, 2, 16), d(2023, 3, 15)},
		{nine, inspection, d(2022, 12, 16), d(2023, 9, 15)},
		// Calendar periods.
		{month(2024, 2), calendar, d(2024, 2, 1), d(2024, 2, 29)},
		{quarter(2022, 4), calendar, d(2022, 10, 1), d(2022, 12, 31)},
		{half(2023, 1), calendar, d(2023, 1, 1), d(2023, 6, 30)},
		{year, calendar, d(2023, 1, 1), d(2023, 12, 31)},
		{year, Cutoffs{Day: 0}, d(2023, 1, 1), d(2023, 12, 31)},
		// Days past 28 are clamped so every month has the cut-off day.
		{month(2023, 3), Cutoffs{Day: 31}, d(2023, 2, 28), d(2023, 3, 27)},
		// Custom periods ignore cut-offs.
		{custom, decree, d(2023, 1, 15), d(2023, 3, 14)},
		{custom, calendar, d(2023, 1, 15), d(2023, 3, 14)},
	}
	for _, tt := range tests {
		from, to := tt.p.Range(tt.c)
		if from != tt.from || to != tt.to {
			t.Errorf("%v.Range(%+v) = %v..%v, want %v..%v", tt.p, tt.c, from, to, tt.from, tt.to)
		}
	}
}

func TestPeriodContaining(t *testing.T) {
	d := NewDate
	decree := DefaultCutoffs()
	tests := []struct {
		kind PeriodKind
		d    Date
		c    Cutoffs
		want string
	}{
		{PeriodMonth, d(2023, 3, 20), decree, "2023-04"},
		{PeriodMonth, d(2023, 3, 14), decree, "2023-03"},
		{PeriodMonth, d(2023, 3, 15), decree, "2023-04"},
		{PeriodMonth, d(2023, 12, 15), decree, "2024-01"},
		{PeriodMonth, d(2023, 3, 20), Cutoffs{Day: 1}, "2023-03"},
		{PeriodMonth, d(2023, 3, 15), Cutoffs{Day: 16}, "2023-03"},
		{PeriodQuarter, d(2023, 3, 20), decree, "2023-Q2"},
		{PeriodQuarter, d(2023, 3, 14), decree, "2023-Q1"},
		{PeriodQuarter, d(2022, 12, 20), decree, "2023-Q1"},
		{PeriodHalfYear, d(2023, 6, 14), decree, "2023-H1"},
		{PeriodHalfYear, d(2023, 6, 15), decree, "2023-H2"},
		{PeriodHalfYear, d(2023, 12, 15), decree, "2024-H1"},
		{PeriodNineMonths, d(2023, 5, 1), decree, "2023-9M"},
		{PeriodNineMonths, d(2023, 10, 1), decree, "2023-9M"}, // after the window: same reporting year
		{PeriodYear, d(2023, 12, 14), decree, "2023"},
		{PeriodYear, d(2023, 12, 15), decree, "2024"},
		{PeriodCustom, d(2023, 5, 1), decree, "2023-05-01..2023-05-01"},
	}
	for _, tt := range tests {
		if got := PeriodContaining(tt.kind, tt.d, tt.c); got.String() != tt.want {
			t.Errorf("PeriodContaining(%s, %v, %+v) = %v, want %s", tt.kind, tt.d, tt.c, got, tt.want)
		}
	}
}

func TestPeriodLabelAndCalendarEnd(t *testing.T) {
	tests := []struct {
		in, label string
		end       Date
	}{
		{"2023-03", "Tháng 3/2023", NewDate(2023, 3, 31)},
		{"2024-02", "Tháng 2/2024", NewDate(2024, 2, 29)},
		{"2023-Q1", "Quý I/2023", NewDate(2023, 3, 31)},
		{"2022-Q4", "Quý IV/2022", NewDate(2022, 12, 31)},
		{"2023-H1", "6 tháng đầu năm 2023", NewDate(2023, 6, 30)},
		{"2023-H2", "6 tháng cuối năm 2023", NewDate(2023, 12, 31)},
		{"2023-9M", "9 tháng năm 2023", NewDate(2023, 9, 30)},
		{"2023", "Năm 2023", NewDate(2023, 12, 31)},
		{"2023-01-15..2023-03-14", "Từ 15/01/2023 đến 14/03/2023", NewDate(2023, 3, 14)},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Label(); got != tt.label {
			t.Errorf("%s Label() = %q, want %q", tt.in, got, tt.label)
		}
		if got := p.CalendarEnd(); got != tt.end {
			t.Errorf("%s CalendarEnd() = %v, want %v", tt.in, got, tt.end)
		}
	}
	var zero Period
	if zero.String() != "" || zero.Label() != "" {
		t.Errorf("zero Period: String %q, Label %q; want empty", zero.String(), zero.Label())
	}
}

// TestPeriodsTileTheYear checks that consecutive periods of each kind leave no
// gap and no overlap under several cut-off rules.
func TestPeriodsTileTheYear(t *testing.T) {
	for _, c := range []Cutoffs{DefaultCutoffs(), {Day: 16}, {Day: 1}, {Day: 28}} {
		for _, kind := range []PeriodKind{PeriodMonth, PeriodQuarter, PeriodHalfYear, PeriodYear} {
			p := PeriodContaining(kind, NewDate(2019, 1, 1), c)
			for range 40 {
				_, to := p.Range(c)
				nextFrom, _ := p.next().Range(c)
				if nextFrom != to.AddDays(1) {
					t.Fatalf("%+v %s: %v ends %v but %v starts %v", c, kind, p, to, p.next(), nextFrom)
				}
				p = p.next()
			}
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{
		"2023-03", "2023-12", "2023-Q1", "2023-q4", "2023-H1", "2023-H2", "2023-9M", "2023",
		"2023-01-15..2023-03-14", "0001-01", "9999-12", "9999-H2", "2023-13", "2023-Q5", "2023-03-14..2023-01-15",
		"", "2023-", "Q1", "2023-9m", "2024-02-29..2024-02-29",
	} {
		f.Add(s)
	}
	cutoffs := []Cutoffs{DefaultCutoffs(), {Day: 16}, {Day: 1}}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			var pe *PeriodError
			if !errors.As(err, &pe) {
				t.Fatalf("ParsePeriod(%q) error %v is %T, want *PeriodError", s, err, err)
			}
			return
		}
		if !p.valid() || p.Label() == "" {
			t.Fatalf("ParsePeriod(%q) = %+v is not valid", s, p)
		}
		if back, err := ParsePeriod(p.String()); err != nil || back != p {
			t.Fatalf("ParsePeriod(%q) = %+v; String %q parses as %+v, %v", s, p, p.String(), back, err)
		}
		if _, to := p.Range(Cutoffs{Day: 1}); p.CalendarEnd() != to {
			t.Fatalf("%v: CalendarEnd %v differs from calendar Range end %v", p, p.CalendarEnd(), to)
		}
		for _, c := range cutoffs {
			from, to := p.Range(c)
			if to.Before(from) {
				t.Fatalf("%v.Range(%+v) = %v..%v is reversed", p, c, from, to)
			}
			if p.Kind == PeriodCustom || p.Year == 9999 {
				continue
			}
			for _, d := range []Date{from, to} {
				if got := PeriodContaining(p.Kind, d, c); got != p {
					t.Fatalf("PeriodContaining(%s, %v, %+v) = %v, want %v", p.Kind, d, c, got, p)
				}
			}
			if p.Kind != PeriodNineMonths {
				if got := PeriodContaining(p.Kind, to.AddDays(1), c); got != p.next() {
					t.Fatalf("day after %v is in %v, want %v", p, got, p.next())
				}
			}
		}
	})
}

func TestPeriodYearShare(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"2023-03", 3.0 / 12}, {"2023-12", 1}, {"2023-Q1", 0.25}, {"2023-Q3", 0.75},
		{"2023-H1", 0.5}, {"2023-9M", 0.75}, {"2023", 1}, {"2023-01-15..2023-03-14", 1},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.YearShare(); got != tt.want {
			t.Errorf("%s: YearShare = %v, want %v", tt.in, got, tt.want)
		}
	}
}
