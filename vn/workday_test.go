package vn

import "testing"

func TestIsWorkingDay(t *testing.T) {
	holidays := map[Date]bool{NewDate(2023, 5, 1): true} // Labour Day, a Monday
	tests := []struct {
		d    Date
		want bool
	}{
		{NewDate(2023, 4, 28), true},  // Friday
		{NewDate(2023, 4, 29), false}, // Saturday
		{NewDate(2023, 4, 30), false}, // Sunday
		{NewDate(2023, 5, 1), false},  // holiday
		{NewDate(2023, 5, 2), true},   // Tuesday
	}
	for _, tt := range tests {
		if got := IsWorkingDay(tt.d, holidays); got != tt.want {
			t.Errorf("IsWorkingDay(%v) = %v, want %v", tt.d, got, tt.want)
		}
	}
	if !IsWorkingDay(NewDate(2023, 5, 1), nil) {
		t.Error("with no holidays, a Monday is a working day")
	}
}

func TestAddWorkingDays(t *testing.T) {
	// Reunification Day and Labour Day 2023: Sunday 30/4 and Monday 1/5,
	// plus the swapped days Tuesday 2/5 and Wednesday 3/5.
	holidays := map[Date]bool{
		NewDate(2023, 4, 30): true, NewDate(2023, 5, 1): true,
		NewDate(2023, 5, 2): true, NewDate(2023, 5, 3): true,
	}
	tests := []struct {
		d    Date
		n    int
		hol  map[Date]bool
		want Date
	}{
		{NewDate(2023, 4, 26), 5, nil, NewDate(2023, 5, 3)},      // Wed + 5 skips a weekend
		{NewDate(2023, 4, 26), 5, holidays, NewDate(2023, 5, 8)}, // and the holidays
		{NewDate(2023, 4, 29), 1, nil, NewDate(2023, 5, 1)},      // from a Saturday
		{NewDate(2023, 4, 28), 0, nil, NewDate(2023, 4, 28)},
		{NewDate(2023, 4, 29), 0, nil, NewDate(2023, 4, 29)},
		{NewDate(2023, 5, 8), -5, holidays, NewDate(2023, 4, 26)},
		{NewDate(2023, 5, 1), -1, nil, NewDate(2023, 4, 28)},
		{NewDate(2023, 12, 29), 2, nil, NewDate(2024, 1, 2)},
	}
	for _, tt := range tests {
		if got := AddWorkingDays(tt.d, tt.n, tt.hol); got != tt.want {
			t.Errorf("AddWorkingDays(%v, %d) = %v, want %v", tt.d, tt.n, got, tt.want)
		}
	}
}
