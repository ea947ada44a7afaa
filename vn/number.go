package vn

import (
	"math"
	"strconv"
	"strings"
)

// Vietnamese writes numbers the continental way: "." groups thousands and ","
// marks the decimal part (6.397 hồ sơ, đạt 99,9%).
const (
	thousandsSep = '.'
	decimalSep   = ','
)

// FormatInt formats n with Vietnamese digit grouping: 6397 → "6.397",
// -1234567 → "-1.234.567".
func FormatInt(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + groupThousands(s[1:])
	}
	return groupThousands(s)
}

// FormatDecimal formats f with prec digits after the decimal comma and
// Vietnamese grouping: (99.9, 1) → "99,9", (6397.5, 1) → "6.397,5". A negative
// prec uses the fewest digits that represent f exactly, as strconv does. A
// value that rounds to zero never shows a minus sign ("-0,0" reads as an
// error in a report). NaN and infinities format as "NaN", "+Inf" and "-Inf".
func FormatDecimal(f float64, prec int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return strconv.FormatFloat(f, 'f', prec, 64)
	}
	s := strconv.FormatFloat(f, 'f', prec, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	b.WriteString(groupThousands(intPart))
	if hasFrac {
		b.WriteByte(decimalSep)
		b.WriteString(frac)
	}
	return b.String()
}

// FormatPercent formats a fraction as a Vietnamese percentage:
// (0.999, 1) → "99,9%". Rates are stored as fractions so that arithmetic stays
// simple; only display multiplies by 100.
func FormatPercent(frac float64, prec int) string {
	return FormatDecimal(frac*100, prec) + "%"
}

// groupThousands inserts thousandsSep every three digits from the right of a
// string of ASCII digits.
func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	b.Grow(len(digits) + len(digits)/3)
	head := len(digits) % 3
	if head == 0 {
		head = 3
	}
	b.WriteString(digits[:head])
	for i := head; i < len(digits); i += 3 {
		b.WriteByte(thousandsSep)
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}
