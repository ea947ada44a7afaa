package grade

import (
	"slices"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(*RuleSet)
		field string
		msg   string
	}{
		{"SharesNotSumming", func(rs *RuleSet) { rs.Quantity, rs.Quality, rs.Progress = 0.5, 0.3, 0.3 }, "quantity", "phải cộng lại bằng 100% (hiện là 110%)"},
		{"ShareNegative", func(rs *RuleSet) { rs.Quantity, rs.Quality, rs.Progress = -0.2, 0.6, 0.6 }, "quantity", "Tỷ trọng phải từ 0% đến 100%"},
		{"MaximaNotHundred", func(rs *RuleSet) { rs.GeneralMax = 40 }, "task_max", "phải cộng lại bằng 100 (hiện là 120)"},
		{"BandsOverlapping", func(rs *RuleSet) { rs.Bands[1].Min = 95 }, "bands[1].min", "phải thấp hơn ngưỡng của «Loại A – Hoàn thành xuất sắc nhiệm vụ» (90): các mức không được chồng lấn"},
		{"BandsEqual", func(rs *RuleSet) { rs.Bands[2].Min = 70 }, "bands[2].min", "không được chồng lấn"},
		{"LowestBandNotZero", func(rs *RuleSet) { rs.Bands[3].Min = 10 }, "bands[3].min", "bắt đầu từ 0 điểm"},
		{"OneBand", func(rs *RuleSet) { rs.Bands = rs.Bands[:1] }, "bands", "ít nhất hai mức"},
		{"BandCodeTwice", func(rs *RuleSet) { rs.Bands[1].Code = "A" }, "bands[1].code", "bị lặp"},
		{"CapOver100", func(rs *RuleSet) { rs.Caps[0].MaxShare = 1.2 }, "caps[0].max_share", "Tỷ lệ tối đa phải từ 0% đến 100%"},
		{"CapNegative", func(rs *RuleSet) { rs.Caps[0].MaxShare = -0.1 }, "caps[0].max_share", "từ 0% đến 100%"},
		{"CapUnknownBand", func(rs *RuleSet) { rs.Caps[0].Band = "Z" }, "caps[0].band", "không có trong bộ tiêu chí"},
		{"CapFallbackHigher", func(rs *RuleSet) { rs.Caps[0].Band, rs.Caps[0].Fallback = "B", "A" }, "caps[0].fallback", "thấp hơn"},
		{"DelayOver100", func(rs *RuleSet) { rs.DelayDeduction = 2 }, "delay_deduction", "từ 0% đến 100%"},
		{"TieBreakUnknown", func(rs *RuleSet) { rs.TieBreak = []string{"luck"} }, "tie_break", "«luck» không tồn tại"},
		{"TieBreakTwice", func(rs *RuleSet) { rs.TieBreak = []string{TieDelays, TieDelays} }, "tie_break", "bị lặp"},
		{"NoName", func(rs *RuleSet) { rs.Name = " " }, "name", "bắt buộc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := HN3814
			rs.Bands, rs.Caps = slices.Clone(rs.Bands), slices.Clone(rs.Caps)
			tt.edit(&rs)
			got := rs.Validate()
			if !strings.Contains(got[tt.field], tt.msg) {
				t.Fatalf("field %s: %q, want %q (all %v)", tt.field, got[tt.field], tt.msg, got)
			}
		})
	}
}

func TestValidateShippedAndRounded(t *testing.T) {
	for _, rs := range RuleSets {
		if f := rs.Validate(); f != nil {
			t.Errorf("%s: %v", rs.Code, f)
		}
	}
	if f := ValidateSets(RuleSets); f != nil {
		t.Errorf("sets: %v", f)
	}
	// Shares typed to two decimals are accepted and normalised.
	rs := ND335
	rs.Quantity, rs.Quality, rs.Progress = 0.3333, 0.3333, 0.3333
	if f := rs.Validate(); f != nil {
		t.Fatalf("33,33%% × 3 refused: %v", f)
	}
	rs.Normalize()
	if s := rs.Quantity + rs.Quality + rs.Progress; s < 1-1e-12 || s > 1+1e-12 {
		t.Fatalf("normalised sum %v", s)
	}
	if f := ValidateSets([]RuleSet{ND335, ND335}); f["grading[1].code"] == "" {
		t.Fatalf("duplicate code accepted: %v", f)
	}
	if f := ValidateSets(nil); f["grading"] == "" {
		t.Fatal("empty list accepted")
	}
}
