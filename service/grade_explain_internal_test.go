package service

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

// TestExplanationAt: what a request due on 7/2 weighs at a 14/2 cut-off.
func TestExplanationAt(t *testing.T) {
	d := func(m time.Month, day int) vn.Date { return vn.NewDate(2020, m, day) }
	cutoff := d(2, 14)
	tests := []struct {
		name       string
		answered   vn.Date
		due        vn.Date
		wantCounts bool
		wantLate   int
		wantMiss   bool
	}{
		{"answered on time", d(2, 7), d(2, 7), false, 0, false},
		{"answered late", d(2, 10), d(2, 7), true, 3, false},
		{"unanswered past due", vn.Date{}, d(2, 7), true, 0, true},
		{"answered after the cut-off counts as missing", d(2, 20), d(2, 7), true, 0, true},
		{"unanswered, due on the cut-off", vn.Date{}, d(2, 14), false, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, counts := explanationAt(&tiendo.ExplanationRequest{ID: 1, TaskID: 2, DueOn: tt.due, AnsweredOn: tt.answered}, cutoff)
			if counts != tt.wantCounts || x.LateDays != tt.wantLate || x.Missing != tt.wantMiss {
				t.Errorf("got %v %+v", counts, x)
			}
		})
	}
}
