package tiendo

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"tiendo/vn"
)

func TestRulesVersionAt(t *testing.T) {
	d := func(y, m, day int) vn.Date { return vn.NewDate(y, time.Month(m), day) }
	jan, jul := &RulesVersion{ID: 1, EffectiveFrom: d(2026, 1, 1)}, &RulesVersion{ID: 2, EffectiveFrom: d(2026, 7, 1)}
	tests := []struct {
		on   vn.Date
		want int64
	}{
		{d(2025, 12, 31), 0}, {d(2026, 1, 1), 1}, {d(2026, 6, 30), 1}, {d(2026, 7, 1), 2}, {d(2030, 1, 1), 2},
	}
	for _, tt := range tests {
		for _, vs := range [][]*RulesVersion{{jan, jul}, {jul, jan}} {
			got := RulesVersionAt(vs, tt.on)
			if (got == nil && tt.want != 0) || (got != nil && got.ID != tt.want) {
				t.Errorf("%s: %+v, want %d", tt.on, got, tt.want)
			}
		}
	}
}

func TestRulesVersionValidate(t *testing.T) {
	ok := RulesVersion{EffectiveFrom: vn.NewDate(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)}
	tests := []struct {
		name  string
		edit  func(*RulesVersion)
		field string
	}{
		{"OK", func(*RulesVersion) {}, ""},
		{"NoDate", func(r *RulesVersion) { r.EffectiveFrom = vn.Date{} }, "effective_from"},
		{"NegativeExtensions", func(r *RulesVersion) { r.MaxExtensions = -1 }, "max_extensions"},
		{"TooManyExtensions", func(r *RulesVersion) { r.MaxExtensions = 11 }, "max_extensions"},
		{"ZeroDeadline", func(r *RulesVersion) { r.DefaultDeadlineWorkingDays = 0 }, "default_deadline_working_days"},
		{"NoGrading", func(r *RulesVersion) { r.Grading = nil }, "grading"},
		{"BadJSON", func(r *RulesVersion) { r.Grading = json.RawMessage(`[`) }, "grading"},
		{"LongNote", func(r *RulesVersion) { r.Note = strings.Repeat("x", 1001) }, "note"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ok
			tt.edit(&r)
			err := r.Validate()
			if tt.field == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if ErrorFields(err)[tt.field] == "" {
				t.Fatalf("no error on %s: %v", tt.field, err)
			}
		})
	}
}
