package grade

import (
	"fmt"
	"math"
	"regexp"
	"strings"
)

// shareTolerance is how far the three shares may add up from 100%: a form
// that shows them to two decimals (33,33% × 3) is accepted, and Normalize
// then makes them add up exactly.
const shareTolerance = 1.5e-4

var codePattern = regexp.MustCompile(`^[A-Za-z0-9_]{1,32}$`)

// Validate checks a rule set an administrator wrote and returns a
// Vietnamese message per field (JSON names; bands[i], caps[i] from 0),
// or nil when it is sound.
func (rs RuleSet) Validate() map[string]string {
	v := fields{}
	v.check(codePattern.MatchString(rs.Code), "code", "Mã bộ tiêu chí gồm chữ không dấu, số hoặc _, tối đa 32 ký tự")
	v.check(strings.TrimSpace(rs.Name) != "", "name", "Tên bộ tiêu chí là bắt buộc")
	for _, p := range []struct {
		field string
		x     float64
	}{{"general_max", rs.GeneralMax}, {"task_max", rs.TaskMax}, {"bonus_max", rs.BonusMax}} {
		v.check(p.x >= 0 && p.x <= 100, p.field, "Điểm tối đa phải từ 0 đến 100")
	}
	if total := rs.GeneralMax + rs.TaskMax + rs.BonusMax; math.Abs(total-100) > 1e-9 {
		v.add("task_max", fmt.Sprintf("Điểm tiêu chí chung, kết quả nhiệm vụ và điểm thưởng phải cộng lại bằng 100 (hiện là %s)", num(total)))
	}
	shares := []struct {
		field string
		x     float64
	}{{"quantity", rs.Quantity}, {"quality", rs.Quality}, {"progress", rs.Progress}}
	for _, p := range shares {
		v.check(p.x >= 0 && p.x <= 1, p.field, "Tỷ trọng phải từ 0% đến 100%")
	}
	if sum := rs.Quantity + rs.Quality + rs.Progress; math.Abs(sum-1) > shareTolerance {
		v.add("quantity", fmt.Sprintf("Tỷ trọng số lượng, chất lượng và tiến độ phải cộng lại bằng 100%% (hiện là %s%%)", num(sum*100)))
	}
	v.check(rs.DelayDeduction >= 0 && rs.DelayDeduction <= 1, "delay_deduction", "Mức trừ mỗi lần chậm phải từ 0% đến 100%")
	v.check(rs.ErrorDeduction >= 0 && rs.ErrorDeduction <= 1, "error_deduction", "Mức trừ mỗi lỗi phải từ 0% đến 100%")
	v.check(rs.ExplanationLate >= 0 && rs.ExplanationLate <= rs.TaskMax, "explanation_late", "Điểm trừ giải trình chậm phải từ 0 đến điểm kết quả nhiệm vụ")
	v.check(rs.ExplanationMissing >= 0 && rs.ExplanationMissing <= rs.TaskMax, "explanation_missing", "Điểm trừ không giải trình phải từ 0 đến điểm kết quả nhiệm vụ")
	rs.validateBands(v)
	rs.validateCaps(v)
	seen := map[string]bool{}
	for _, k := range rs.TieBreak {
		if tieLabels[k] == "" {
			v.add("tie_break", fmt.Sprintf("Tiêu chí phân định «%s» không tồn tại", k))
		} else if seen[k] {
			v.add("tie_break", fmt.Sprintf("Tiêu chí phân định «%s» bị lặp", tieLabels[k]))
		}
		seen[k] = true
	}
	return v.out()
}

// validateBands: at least two bands, codes unique, thresholds strictly
// falling from at most 100 to 0, so every score earns exactly one band.
func (rs RuleSet) validateBands(v fields) {
	if len(rs.Bands) < 2 {
		v.add("bands", "Cần ít nhất hai mức xếp loại")
		return
	}
	codes := map[string]bool{}
	for i, b := range rs.Bands {
		f := fmt.Sprintf("bands[%d].", i)
		v.check(codePattern.MatchString(b.Code), f+"code", "Mã mức xếp loại gồm chữ không dấu, số hoặc _")
		v.check(!codes[b.Code], f+"code", fmt.Sprintf("Mã mức xếp loại «%s» bị lặp", b.Code))
		codes[b.Code] = true
		v.check(strings.TrimSpace(b.Name) != "", f+"name", "Tên mức xếp loại là bắt buộc")
		v.check(b.Min >= 0 && b.Min <= 100, f+"min", "Ngưỡng điểm phải từ 0 đến 100")
		if i > 0 && b.Min >= rs.Bands[i-1].Min {
			v.add(f+"min", fmt.Sprintf("Ngưỡng của «%s» (%s) phải thấp hơn ngưỡng của «%s» (%s): các mức không được chồng lấn",
				b.Name, num(b.Min), rs.Bands[i-1].Name, num(rs.Bands[i-1].Min)))
		}
	}
	last := len(rs.Bands) - 1
	v.check(rs.Bands[last].Min == 0, fmt.Sprintf("bands[%d].min", last), "Mức thấp nhất phải bắt đầu từ 0 điểm để mọi điểm số đều được xếp loại")
}

// validateCaps: a cap names a band, a lower fallback band, and a share
// from 0% to 100%.
func (rs RuleSet) validateCaps(v fields) {
	index := map[string]int{}
	for i, b := range rs.Bands {
		index[b.Code] = i
	}
	for i, c := range rs.Caps {
		f := fmt.Sprintf("caps[%d].", i)
		bi, ok := index[c.Band]
		v.check(ok, f+"band", fmt.Sprintf("Mức xếp loại «%s» không có trong bộ tiêu chí", c.Band))
		fi, fok := index[c.Fallback]
		v.check(fok && (!ok || fi > bi), f+"fallback", "Mức xếp thay phải là một mức thấp hơn mức bị giới hạn")
		v.check(c.MaxShare >= 0 && c.MaxShare <= 1, f+"max_share", "Tỷ lệ tối đa phải từ 0% đến 100%")
	}
}

// Normalize makes the three shares add up to exactly 1 (Validate
// accepts them within 0,015 of a point of 100%).
func (rs *RuleSet) Normalize() {
	if sum := rs.Quantity + rs.Quality + rs.Progress; sum > 0 {
		rs.Quantity, rs.Quality, rs.Progress = rs.Quantity/sum, rs.Quality/sum, rs.Progress/sum
	}
}

// ValidateSets checks a whole list of rule sets (the first is the
// default): at least one, codes unique, each sound. Fields are prefixed
// "grading[i].".
func ValidateSets(sets []RuleSet) map[string]string {
	v := fields{}
	if len(sets) == 0 {
		v.add("grading", "Cần ít nhất một bộ tiêu chí đánh giá")
	}
	codes := map[string]bool{}
	for i, rs := range sets {
		f := fmt.Sprintf("grading[%d].", i)
		v.check(!codes[rs.Code], f+"code", fmt.Sprintf("Mã bộ tiêu chí «%s» bị lặp", rs.Code))
		codes[rs.Code] = true
		for k, m := range rs.Validate() {
			v.add(f+k, m)
		}
	}
	return v.out()
}

// fields collects one message per field, the first one found.
type fields map[string]string

func (v fields) add(field, msg string) {
	if _, ok := v[field]; !ok {
		v[field] = msg
	}
}

func (v fields) check(ok bool, field, msg string) {
	if !ok {
		v.add(field, msg)
	}
}

func (v fields) out() map[string]string {
	if len(v) == 0 {
		return nil
	}
	return v
}
