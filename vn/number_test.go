package vn

import (
	"math"
	"testing"
)

func TestFormatInt(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1.000"},
		{6397, "6.397"},
		{9831, "9.831"},
		{100000, "100.000"},
		{-1234567, "-1.234.567"},
		{-999, "-999"},
		{math.MaxInt64, "9.223.372.036.854.775.807"},
		{math.MinInt64, "-9.223.372.036.854.775.808"},
	}
	for _, tt := range tests {
		if got := FormatInt(tt.in); got != tt.want {
			t.Errorf("FormatInt(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatDecimal(t *testing.T) {
	tests := []struct {
		in   float64
		prec int
		want string
	}{
		{99.9, 1, "99,9"},
		{6397.5, 1, "6.397,5"},
		{6397, 0, "6.397"},
		{80.3, 2, "80,30"},
		{1234567.891, 2, "1.234.567,89"},
		{-1234.5, 1, "-1.234,5"},
		{0.05, 1, "0,1"},
		{-0.04, 1, "0,0"}, // rounds to zero: no minus sign
		{math.Copysign(0, -1), 0, "0"},
		{52, -1, "52"},
		{99.9, -1, "99,9"},
		{math.NaN(), 1, "NaN"},
		{math.Inf(1), 1, "+Inf"},
		{math.Inf(-1), 1, "-Inf"},
	}
	for _, tt := range tests {
		if got := FormatDecimal(tt.in, tt.prec); got != tt.want {
			t.Errorf("FormatDecimal(%v, %d) = %q, want %q", tt.in, tt.prec, got, tt.want)
		}
	}
}

func TestFormatPercent(t *testing.T) {
	tests := []struct {
		in   float64
		prec int
		want string
	}{
		{0.999, 1, "99,9%"},
		{7892.0 / 9831, 1, "80,3%"}, // VPCP 2025 completion rate
		{2501.0 / 2723, 1, "91,8%"}, // VPCP 2017
		{0.52, 0, "52%"},
		{1, 0, "100%"},
		{12.5, 0, "1.250%"},
		{0, 1, "0,0%"},
	}
	for _, tt := range tests {
		if got := FormatPercent(tt.in, tt.prec); got != tt.want {
			t.Errorf("FormatPercent(%v, %d) = %q, want %q", tt.in, tt.prec, got, tt.want)
		}
	}
}
