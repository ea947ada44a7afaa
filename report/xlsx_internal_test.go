package report

import "testing"

func TestWrappedLines(t *testing.T) {
	for _, c := range []struct {
		s    string
		wide float64
		want int
	}{
		{"", 10, 1},
		{"Quá hạn", 10, 1},
		{"Tỷ lệ hoàn thành (/tổng số)", 12, 3}, // 10 letters a line: "Tỷ lệ hoàn" "thành" "(/tổng số)"
		{"a b c d e f", 100, 1},
		{"một\nhai", 100, 2},
		{"một\n\nba", 100, 3},
		{"  chữ   cách  ", 12, 1},
		{"abcdefghijklmnopqrstuvwxyz", 12, 3}, // 26 letters, 10 a line
	} {
		if got := wrappedLines(c.s, c.wide, false); got != c.want {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", c.s, c.wide, got, c.want)
		}
	}
}
