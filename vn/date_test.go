package vn

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
	}{
		{"20/12/2019", NewDate(2019, 12, 20)},
		{"6/1/2020", NewDate(2020, 1, 6)},
		{"06/01/2020", NewDate(2020, 1, 6)},
		{"30-8-2023", NewDate(2023, 8, 30)},
		{"25-10- 2023", NewDate(2023, 10, 25)},
		{"25 - 10 - 2023", NewDate(2023, 10, 25)},
		{"20.12.2019", NewDate(2019, 12, 20)},
		{"ngày 20 tháng 12 năm 2019", NewDate(2019, 12, 20)},
		{"Ngày 20 tháng 12 năm 2019", NewDate(2019, 12, 20)},
		{"20 tháng 12 năm 2019", NewDate(2019, 12, 20)},
		{"ngày 06 tháng 01 năm 2020", NewDate(2020, 1, 6)},
		{"ngay 20 thang 12 nam 2019", NewDate(2019, 12, 20)},
		{"ngày 20 tháng 12, năm 2019", NewDate(2019, 12, 20)},
		{"ngày mùng 5 tháng 3 năm 2021", NewDate(2021, 3, 5)},
		{"ngày 20/12/2019", NewDate(2019, 12, 20)},
		{"2019-12-20", NewDate(2019, 12, 20)},
		{"  29/02/2020 ", NewDate(2020, 2, 29)},
		{"NGÀY 01 THÁNG 3 NĂM 2021", NewDate(2021, 3, 1)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"31/02/2020", "day 31 does not exist in 02/2020"},
		{"29/02/2023", "day 29 does not exist in 02/2023"},
		{"32/1/2020", "day 32 does not exist"},
		{"1/13/2020", "month 13 does not exist"},
		{"0/1/2020", "day 0 does not exist"},
		{"1/1/0000", "year 0 is outside 1900–2200"},
		{"", "want a date such as"},
		{"hôm nay", "want a date such as"},
		{"20/12/19", "want a date such as"},
		{"20/12", "want a date such as"},
		{"20/12/2019 10:00", "want a date such as"},
		{"trước ngày 20/12/2019", "want a date such as"},
		{"2019/12/20", "want a date such as"},
		{"120/12/2019", "want a date such as"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in)
		var de *DateError
		if !errors.As(err, &de) {
			t.Errorf("ParseDate(%q) error = %v, want *DateError", tt.in, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.reason) {
			t.Errorf("ParseDate(%q) error = %q, want it to mention %q", tt.in, err, tt.reason)
		}
	}
}

func TestParseISODate(t *testing.T) {
	if d, err := ParseISODate("2020-01-06"); err != nil || d != NewDate(2020, 1, 6) {
		t.Errorf("ParseISODate(2020-01-06) = %v, %v", d, err)
	}
	for _, bad := range []string{"2020-1-6", "06/01/2020", "2020-02-30", "2020-13-01", "+020-01-06", "2020-01-06T00:00:00Z", " 2020-01-06", ""} {
		if d, err := ParseISODate(bad); err == nil {
			t.Errorf("ParseISODate(%q) = %v, want error", bad, d)
		}
	}
}

func TestNewDateNormalises(t *testing.T) {
	tests := []struct {
		got, want Date
	}{
		{NewDate(2020, 1, 32), Date{2020, time.February, 1}},
		{NewDate(2020, 3, 0), Date{2020, time.February, 29}},
		{NewDate(2023, 13, 1), Date{2024, time.January, 1}},
		{NewDate(2023, 0, 15), Date{2022, time.December, 15}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %v, want %v", tt.got, tt.want)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	// Walk day by day across centuries, leap years and the epoch, checking
	// AddDays, Sub and Weekday against the time package.
	start := time.Date(1899, 12, 25, 0, 0, 0, 0, Location)
	d := DateOf(start)
	for i := 0; i < 80000; i += 7 {
		tm := start.AddDate(0, 0, i)
		want := DateOf(tm)
		got := d.AddDays(i)
		if got != want {
			t.Fatalf("%v.AddDays(%d) = %v, want %v", d, i, got, want)
		}
		if n := got.Sub(d); n != i {
			t.Fatalf("%v.Sub(%v) = %d, want %d", got, d, n, i)
		}
		if got.Weekday() != tm.Weekday() {
			t.Fatalf("%v.Weekday() = %v, want %v", got, got.Weekday(), tm.Weekday())
		}
	}
	a, b := NewDate(2020, 2, 28), NewDate(2020, 3, 1)
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Equal(b) || !a.Equal(NewDate(2020, 2, 28)) {
		t.Error("Before/After/Equal disagree with calendar order")
	}
	if got := b.Sub(a); got != 2 {
		t.Errorf("leap-year Sub = %d, want 2", got)
	}
	if got := a.AddDays(-365); got != NewDate(2019, 2, 28) {
		t.Errorf("AddDays(-365) = %v", got)
	}
}

func TestDateOfUsesVietnamTime(t *testing.T) {
	// 18:30 UTC on 5 January is 01:30 on 6 January in Hà Nội.
	utc := time.Date(2020, 1, 5, 18, 30, 0, 0, time.UTC)
	if got := DateOf(utc); got != NewDate(2020, 1, 6) {
		t.Errorf("DateOf(%v) = %v, want 2020-01-06", utc, got)
	}
	if got := NewDate(2020, 1, 6).Time(); !got.Equal(time.Date(2020, 1, 5, 17, 0, 0, 0, time.UTC)) {
		t.Errorf("Time() = %v, want midnight UTC+7", got)
	}
}

func TestDateStrings(t *testing.T) {
	d := NewDate(2020, 1, 6)
	if d.String() != "2020-01-06" || d.Format() != "06/01/2020" {
		t.Errorf("String/Format = %q, %q", d.String(), d.Format())
	}
	var zero Date
	if !zero.IsZero() || d.IsZero() || zero.String() != "" || zero.Format() != "" {
		t.Errorf("zero Date: IsZero=%v String=%q Format=%q", zero.IsZero(), zero.String(), zero.Format())
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		Due  Date  `json:"due"`
		Seen Date  `json:"seen"`
		Ptr  *Date `json:"ptr,omitempty"`
	}
	b, err := json.Marshal(doc{Due: NewDate(2020, 1, 6)})
	if err != nil || string(b) != `{"due":"2020-01-06","seen":null}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back doc
	if err := json.Unmarshal(b, &back); err != nil || back.Due != NewDate(2020, 1, 6) || !back.Seen.IsZero() {
		t.Fatalf("Unmarshal = %+v, %v", back, err)
	}
	for _, bad := range []string{`"06/01/2020"`, `"2020-02-30"`, `20200106`, `""`, `{}`, `"2020-01-06T00:00:00Z"`} {
		var d Date
		err := json.Unmarshal([]byte(bad), &d)
		if err == nil || !strings.Contains(err.Error(), "YYYY-MM-DD") {
			t.Errorf("Unmarshal(%s) error = %v, want one naming YYYY-MM-DD", bad, err)
		}
	}
}

func TestDateSQL(t *testing.T) {
	if v, err := NewDate(2020, 1, 6).Value(); err != nil || v != "2020-01-06" {
		t.Errorf("Value = %v, %v", v, err)
	}
	if v, err := (Date{}).Value(); err != nil || v != nil {
		t.Errorf("zero Value = %v, %v; want nil", v, err)
	}
	want := NewDate(2020, 1, 6)
	for _, src := range []any{
		"2020-01-06",
		[]byte("2020-01-06"),
		"2020-01-06 00:00:00+07:00",
		"2020-01-06T00:00:00Z",
		time.Date(2020, 1, 6, 0, 0, 0, 0, time.UTC), // a PostgreSQL DATE
		time.Date(2020, 1, 6, 0, 0, 0, 0, Location),
	} {
		var d Date
		if err := d.Scan(src); err != nil || d != want {
			t.Errorf("Scan(%#v) = %v, %v; want %v", src, d, err, want)
		}
	}
	d := want
	if err := d.Scan(nil); err != nil || !d.IsZero() {
		t.Errorf("Scan(nil) = %v, %v; want zero", d, err)
	}
	for _, bad := range []any{"06/01/2020", "2020-01-06x", "2020-02-30", 42, 3.5} {
		var d Date
		if err := d.Scan(bad); err == nil {
			t.Errorf("Scan(%#v) = %v, want error", bad, d)
		}
	}
}

// TestParseDateRealText checks every full date written in the seed and corpus
// articles.
func TestParseDateRealText(t *testing.T) {
	texts := readShared(t, "*.txt")
	found := 0
	for name, text := range texts {
		f := Fold(text)
		for _, m := range dateRe.FindAllStringIndex(f, -1) {
			found++
			if _, err := ParseDate(f[m[0]:m[1]]); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	if found < 20 {
		t.Errorf("found only %d dates in the shared texts", found)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"20/12/2019", "6/1/2020", "30-8-2023", "25-10- 2023", "20.12.2019",
		"ngày 20 tháng 12 năm 2019", "20 tháng 12 năm 2019", "2019-12-20", "31/02/2020",
		"29/2/2024", "ngay mung 5 thang 3 nam 2021", "NGÀY 01 THÁNG 3 NĂM 2021", "00/00/0000",
		"9999-12-31", "0001-01-01", "1/1/1", "", "ngày", "20/12/2019 ", "2019-12-20T10:00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if iso, isoErr := ParseISODate(s); isoErr == nil {
			if err != nil || d != iso || iso.String() != s {
				t.Fatalf("ParseISODate(%q) = %v but ParseDate = %v, %v", s, iso, d, err)
			}
		}
		if err != nil {
			var de *DateError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDate(%q) error %v is %T, want *DateError", s, err, err)
			}
			return
		}
		if _, err := checkedDate("", d.Year, int(d.Month), d.Day); err != nil {
			t.Fatalf("ParseDate(%q) = %#v, which does not exist: %v", s, d, err)
		}
		if back, err := ParseDate(d.Format()); err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; Format %q parses back as %v, %v", s, d, d.Format(), back, err)
		}
		if back, err := ParseISODate(d.String()); err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v; String %q parses back as %v, %v", s, d, d.String(), back, err)
		}
		if back, err := ParseDate(Fold(s)); err != nil || back != d {
			t.Fatalf("ParseDate(%q) = %v but folded input gives %v, %v", s, d, back, err)
		}
		if d.AddDays(1).Sub(d) != 1 || !d.AddDays(-1).Before(d) {
			t.Fatalf("day arithmetic broken around %v", d)
		}
	})
}

// TestDateRange checks the MinYear–MaxYear bound on every parser, and that
// stored rows outside it still scan (so they can be read and corrected).
func TestDateRange(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"1899-12-31", false},
		{"1900-01-01", true},
		{"2200-12-31", true},
		{"2201-01-01", false},
		{"9999-12-31", false},
		{"0001-01-01", false},
	}
	for _, tt := range tests {
		_, err := ParseISODate(tt.in)
		var de *DateError
		if tt.ok != (err == nil) || (!tt.ok && (!errors.As(err, &de) || !de.OutOfRange)) {
			t.Errorf("ParseISODate(%q) error = %v, want ok=%v or an out-of-range *DateError", tt.in, err, tt.ok)
		}
		var d Date
		err = d.UnmarshalJSON([]byte(`"` + tt.in + `"`))
		if tt.ok != (err == nil) || (!tt.ok && (!errors.As(err, &de) || !de.OutOfRange)) {
			t.Errorf("UnmarshalJSON(%q) error = %v, want ok=%v or an out-of-range *DateError", tt.in, err, tt.ok)
		}
		day, _ := strconv.Atoi(tt.in[8:])
		_, err = ParseDate(fmt.Sprintf("%d/%s/%s", day, tt.in[5:7], tt.in[:4]))
		if tt.ok != (err == nil) {
			t.Errorf("ParseDate(%q) error = %v, want ok=%v", tt.in, err, tt.ok)
		}
		var scanned Date
		if err := scanned.Scan(tt.in); err != nil || scanned.String() != tt.in {
			t.Errorf("Scan(%q) = %v, %v; want the stored date back", tt.in, scanned, err)
		}
		if got := scanned.InRange(); got != tt.ok {
			t.Errorf("%s.InRange() = %v, want %v", tt.in, got, tt.ok)
		}
	}
	for _, p := range []string{"1899", "2201-Q1", "9999-12"} {
		if _, err := ParsePeriod(p); err == nil {
			t.Errorf("ParsePeriod(%q) accepted a year outside %d–%d", p, MinYear, MaxYear)
		}
	}
}
