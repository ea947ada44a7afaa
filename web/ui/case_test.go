package ui

import (
	"strconv"
	"strings"
	"testing"

	"tiendo"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"3.500.000", 3_500_000, true},
		{"3 500 000 đ", 3_500_000, true},
		{"3,500,000đồng", 3_500_000, true},
		{"750000", 750_000, true},
		{"", 0, false},
		{"ba triệu", 0, false},
		{"-5", 0, false},
		{"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseAmount(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseAmount(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"3.500.000", "1 000 đ", "", "x", "9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := parseAmount(s)
		if !ok {
			return
		}
		if n < 0 {
			t.Fatalf("parseAmount(%q) = %d, negative", s, n)
		}
		digits := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
		if m, err := strconv.ParseInt(digits, 10, 64); err != nil || m != n {
			t.Fatalf("parseAmount(%q) = %d, not its digits %q", s, n, digits)
		}
	})
}

func TestPlacePosition(t *testing.T) {
	lat, lon := 21.01, 105.85
	tests := []struct {
		name     string
		p        tiendo.Place
		lat, lon float64
		ok       bool
	}{
		{"point", tiendo.Place{Lat: &lat, Lon: &lon}, 21.01, 105.85, true},
		{"line: its middle vertex", tiendo.Place{Outline: `{"type":"LineString","coordinates":[[105.1,21.1],[105.2,21.2],[105.3,21.3]]}`}, 21.2, 105.2, true},
		{"polygon", tiendo.Place{Outline: `{"type":"Polygon","coordinates":[[[1,2],[3,4],[5,6],[1,2]]]}`}, 6, 5, true},
		{"nothing", tiendo.Place{}, 0, 0, false},
		{"bad outline", tiendo.Place{Outline: `{"type":"Point"`}, 0, 0, false},
	}
	for _, tt := range tests {
		la, lo, ok := placePosition(&tt.p)
		if la != tt.lat || lo != tt.lon || ok != tt.ok {
			t.Errorf("%s: %v %v %v, want %v %v %v", tt.name, la, lo, ok, tt.lat, tt.lon, tt.ok)
		}
	}
}
