// Package grade computes the monthly and quarterly grades of organisations
// and people from their task results (docs/DOMAIN.md §13). Rule sets are data: the
// weights of the criteria, the deductions per delay and per major error,
// the bands and the caps. Everything here is a pure function of its inputs
// so a grade can be recomputed and explained line by line.
package grade

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// RuleSet is one body's grading rules.
type RuleSet struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	GeneralMax float64 `json:"general_max"` // points of the general criteria the office enters
	TaskMax    float64 `json:"task_max"`    // points of the task results
	BonusMax   float64 `json:"bonus_max"`   // bonus points the office enters (0: none)
	// Shares of TaskMax for quantity (completed), quality and progress
	// (on time); they add up to 1. Each product earns them in proportion
	// to its workload weight.
	Quantity float64 `json:"quantity"`
	Quality  float64 `json:"quality"`
	Progress float64 `json:"progress"`
	// DelayDeduction is the fraction of a product's progress points each
	// delay costs; ErrorDeduction the fraction of its quality points each
	// major error costs. A confirmed objective cause waives both.
	DelayDeduction float64 `json:"delay_deduction"`
	ErrorDeduction float64 `json:"error_deduction"`
	// ExplanationLate and ExplanationMissing are the points of the task
	// results each explanation request answered after its due date, or
	// not answered by the cut-off, costs (see explain.go).
	ExplanationLate    float64 `json:"explanation_late"`
	ExplanationMissing float64 `json:"explanation_missing"`
	Bands              []Band  `json:"bands"` // highest first
	Caps               []Cap   `json:"caps"`
	// TieBreak orders subjects of equal score, for the caps and the
	// sheet: criteria among TieBreakKeys, tried in turn; the folded name
	// (Input.Key) decides last, so the order is total (tiebreak.go).
	TieBreak []string `json:"tie_break"`
}

// Band is a grade: the lowest score that earns it.
type Band struct {
	Code string  `json:"code"`
	Name string  `json:"name"`
	Min  float64 `json:"min"`
}

// Cap limits the share of a set of subjects that may hold a band; those
// beyond it (the lowest scores) get the fallback band.
type Cap struct {
	Band     string  `json:"band"`
	MaxShare float64 `json:"max_share"`
	Fallback string  `json:"fallback"`
}

// ND335 is the default: Nghị định 335/2025/NĐ-CP, from 1/1/2026. 30 points
// of general criteria and 70 of task results (quantity, quality and
// progress in equal shares); each delay costs 25% of the product's
// progress points and each major error 25% of its quality points.
// The decree is silent on explanation requests: the 1 point per late
// answer and 2 per missing answer are this product's defaults.
var ND335 = RuleSet{
	Code: "nd335", Name: "Nghị định 335/2025/NĐ-CP",
	GeneralMax: 30, TaskMax: 70, Quantity: 1.0 / 3, Quality: 1.0 / 3, Progress: 1.0 / 3,
	DelayDeduction: 0.25, ErrorDeduction: 0.25, ExplanationLate: 1, ExplanationMissing: 2,
	Bands: []Band{
		{"xuat_sac", "Hoàn thành xuất sắc nhiệm vụ", 90},
		{"tot", "Hoàn thành tốt nhiệm vụ", 70},
		{"hoan_thanh", "Hoàn thành nhiệm vụ", 50},
		{"khong_hoan_thanh", "Không hoàn thành nhiệm vụ", 0},
	},
	TieBreak: DefaultTieBreak,
}

// HN3814 is Hà Nội's Quy định 3814-QĐ/TU: 20 points of general criteria,
// 70 of task results and 10 bonus points; grades A/B/C/D with grade A for
// at most 30% of those graded. The explanation deductions (1 point per
// late answer, 2 per missing one) are this product's defaults, not from
// the regulation's text.
var HN3814 = RuleSet{
	Code: "hn3814", Name: "Quy định 3814-QĐ/TU của Thành ủy Hà Nội",
	GeneralMax: 20, TaskMax: 70, BonusMax: 10, Quantity: 1.0 / 3, Quality: 1.0 / 3, Progress: 1.0 / 3,
	DelayDeduction: 0.25, ErrorDeduction: 0.25, ExplanationLate: 1, ExplanationMissing: 2,
	Bands: []Band{
		{"A", "Loại A – Hoàn thành xuất sắc nhiệm vụ", 90},
		{"B", "Loại B – Hoàn thành tốt nhiệm vụ", 70},
		{"C", "Loại C – Hoàn thành nhiệm vụ", 50},
		{"D", "Loại D – Không hoàn thành nhiệm vụ", 0},
	},
	Caps:     []Cap{{Band: "A", MaxShare: 0.30, Fallback: "B"}},
	TieBreak: DefaultTieBreak,
}

// RuleSets are the shipped rule sets, the default first.
var RuleSets = []RuleSet{ND335, HN3814}

// Find returns the shipped rule set with code ("" for the default).
func Find(code string) (RuleSet, bool) { return FindIn(RuleSets, code) }

// FindIn returns the rule set with code among sets ("" for the first, the
// default); the service passes the sets of the rules version in force.
func FindIn(sets []RuleSet, code string) (RuleSet, bool) {
	if len(sets) == 0 {
		return RuleSet{}, false
	}
	if code == "" {
		return sets[0], true
	}
	for _, rs := range sets {
		if rs.Code == code {
			return rs, true
		}
	}
	return RuleSet{}, false
}

// Outcome is what became of a product (a task due or completed in the
// grading period) at the cut-off.
type Outcome string

// Outcomes.
const (
	OnTime  Outcome = "on_time"  // completed by its deadline
	Late    Outcome = "late"     // completed after its deadline
	NotDone Outcome = "not_done" // due and not completed
)

// Product is one task result of a subject.
type Product struct {
	TaskID  int64   `json:"task_id"`
	Title   string  `json:"title"`
	Weight  float64 `json:"weight"` // workload weight; 0 counts as 1
	Outcome Outcome `json:"outcome"`
	Delays  int     `json:"delays"` // times it was late (1 for a late completion)
	Errors  int     `json:"errors"` // major errors found in its product
	Waived  bool    `json:"waived"` // objective cause confirmed
	Reason  string  `json:"reason"`
	// Source says why the product is the subject's: for a person, the
	// position whose unit leads the task, or the personal assignment.
	Source string `json:"source,omitempty"`
	// Completed is the completion date (yyyy-mm-dd) of a done product,
	// for the "finished" tie-break.
	Completed string `json:"completed,omitempty"`
}

// Input is one subject to grade.
type Input struct {
	Subject  string    `json:"subject"` // name shown on the sheet
	General  float64   `json:"general"` // general criteria points entered
	Bonus    float64   `json:"bonus"`
	Products []Product `json:"products"`
	// Explanations are the explanation requests of the period the subject
	// had to answer.
	Explanations []Explanation `json:"explanations"`
	// Key orders subjects that every tie-break criterion leaves equal
	// (the caller passes a folded name and an id); Subject when empty.
	Key string `json:"-"`
}

// Line is one line of a grade's explanation.
type Line struct {
	Text   string  `json:"text"`
	Points float64 `json:"points"`
}

// Result is a subject's grade with every step explained.
type Result struct {
	Subject string  `json:"subject"`
	General float64 `json:"general"`
	Tasks   float64 `json:"tasks"`
	Bonus   float64 `json:"bonus"`
	Score   float64 `json:"score"`
	Band    Band    `json:"band"`
	Capped  bool    `json:"capped"` // moved down by a cap
	Lines   []Line  `json:"lines"`
	// The facts the tie-break compares (tiebreak.go).
	NotDone  int    `json:"not_done"` // products not done at the cut-off, not waived
	Delays   int    `json:"delays"`   // delays of late products, not waived
	Finished string `json:"finished"` // latest completion of a done product (yyyy-mm-dd), "" for none
	key      string
}

// Grade computes one subject's grade (caps need the whole set: GradeAll).
func Grade(rs RuleSet, in Input) Result {
	r := Result{Subject: in.Subject, key: in.Key}
	if r.key == "" {
		r.key = in.Subject
	}
	r.NotDone, r.Delays, r.Finished = tieFacts(in.Products)
	r.General = math.Min(math.Max(in.General, 0), rs.GeneralMax)
	r.Lines = append(r.Lines, Line{fmt.Sprintf("Tiêu chí chung: %s/%s điểm", num(r.General), num(rs.GeneralMax)), r.General})
	r.Tasks, r.Lines = taskPoints(rs, in.Products, r.Lines)
	r.Tasks, r.Lines = explanationDeductions(rs, in.Explanations, r.Tasks, r.Lines)
	if rs.BonusMax > 0 {
		r.Bonus = math.Min(math.Max(in.Bonus, 0), rs.BonusMax)
		r.Lines = append(r.Lines, Line{fmt.Sprintf("Điểm thưởng: %s/%s điểm", num(r.Bonus), num(rs.BonusMax)), r.Bonus})
	}
	r.Score = round2(r.General + r.Tasks + r.Bonus)
	r.Band = rs.band(r.Score)
	r.Lines = append(r.Lines, Line{fmt.Sprintf("Tổng điểm: %s — %s", num(r.Score), r.Band.Name), r.Score})
	return r
}

// taskPoints scores the products in workload-weighted shares of TaskMax.
// A product not done for a confirmed objective cause leaves the set.
func taskPoints(rs RuleSet, ps []Product, lines []Line) (float64, []Line) {
	total := 0.0
	for _, p := range ps {
		if !(p.Outcome == NotDone && p.Waived) {
			total += weight(p)
		}
	}
	if total == 0 {
		for _, p := range ps {
			_, text := product(rs, p, 0)
			lines = append(lines, Line{text, 0})
		}
		text := fmt.Sprintf("Không có nhiệm vụ đến hạn trong kỳ: %s/%s điểm kết quả nhiệm vụ", num(rs.TaskMax), num(rs.TaskMax))
		return rs.TaskMax, append(lines, Line{text, rs.TaskMax})
	}
	sum := 0.0
	for _, p := range ps {
		pts, text := product(rs, p, weight(p)/total)
		sum += pts
		lines = append(lines, Line{text, pts})
	}
	sum = round2(sum)
	return sum, append(lines, Line{fmt.Sprintf("Kết quả nhiệm vụ: %s/%s điểm", num(sum), num(rs.TaskMax)), sum})
}

// product scores one product with share s of the task points and says how.
func product(rs RuleSet, p Product, s float64) (float64, string) {
	head := fmt.Sprintf("Nhiệm vụ #%d «%s» (trọng số %s)", p.TaskID, p.Title, num(weight(p)))
	if p.Source != "" {
		head += " — " + p.Source
	}
	if p.Outcome == NotDone {
		if p.Waived {
			return 0, head + ": chưa hoàn thành, không tính do nguyên nhân khách quan đã xác nhận (" + p.Reason + ")"
		}
		return 0, head + ": chưa hoàn thành khi chốt số liệu: 0 điểm"
	}
	quantity := rs.TaskMax * rs.Quantity * s
	quality, qualityMax := rs.TaskMax*rs.Quality*s, rs.TaskMax*rs.Quality*s
	progress, progressMax := rs.TaskMax*rs.Progress*s, rs.TaskMax*rs.Progress*s
	var notes []string
	if p.Errors > 0 && !p.Waived {
		quality *= math.Max(0, 1-rs.ErrorDeduction*float64(p.Errors))
		notes = append(notes, fmt.Sprintf("chất lượng trừ %s%% × %d lỗi", num(rs.ErrorDeduction*100), p.Errors))
	}
	if p.Outcome == Late && !p.Waived {
		delays := max(p.Delays, 1)
		progress *= math.Max(0, 1-rs.DelayDeduction*float64(delays))
		notes = append(notes, fmt.Sprintf("tiến độ trừ %s%% × %d lần chậm", num(rs.DelayDeduction*100), delays))
	}
	if p.Waived && (p.Errors > 0 || p.Outcome == Late) {
		notes = append(notes, "miễn trừ do nguyên nhân khách quan đã xác nhận ("+p.Reason+")")
	}
	pts := quantity + quality + progress
	text := fmt.Sprintf("%s: số lượng %s/%s; chất lượng %s/%s; tiến độ %s/%s", head, num(quantity), num(quantity),
		num(quality), num(qualityMax), num(progress), num(progressMax))
	if len(notes) > 0 {
		text += " (" + strings.Join(notes, "; ") + ")"
	}
	return pts, text
}

func weight(p Product) float64 {
	if p.Weight <= 0 {
		return 1
	}
	return p.Weight
}

// band returns the highest band whose minimum the score reaches.
func (rs RuleSet) band(score float64) Band {
	for _, b := range rs.Bands {
		if score >= b.Min {
			return b
		}
	}
	return rs.Bands[len(rs.Bands)-1]
}

func (rs RuleSet) bandByCode(code string) Band {
	for _, b := range rs.Bands {
		if b.Code == code {
			return b
		}
	}
	return Band{Code: code, Name: code}
}

// GradeAll grades a set of subjects and applies the caps across it: when
// more than MaxShare of the set reach a capped band, those ranked lowest by
// Compare (score, then the rule set's tie-break) get the fallback band, and
// a subject that ties on score with one kept is told what separated them.
func GradeAll(rs RuleSet, ins []Input) []Result {
	out := make([]Result, len(ins))
	for i, in := range ins {
		out[i] = Grade(rs, in)
	}
	for _, c := range rs.Caps {
		var holders []int
		for i, r := range out {
			if r.Band.Code == c.Band {
				holders = append(holders, i)
			}
		}
		allowed := int(math.Floor(c.MaxShare*float64(len(out)) + 1e-9))
		if len(holders) <= allowed {
			continue
		}
		sort.SliceStable(holders, func(a, b int) bool { return rs.Compare(out[holders[a]], out[holders[b]]) < 0 })
		fb := rs.bandByCode(c.Fallback)
		for _, i := range holders[allowed:] {
			out[i].Band, out[i].Capped = fb, true
			out[i].Lines = append(out[i].Lines, Line{Text: fmt.Sprintf(
				"Vượt tỷ lệ tối đa %s%% được xếp %s (%d/%d): xếp %s", num(c.MaxShare*100), c.Band, allowed, len(out), fb.Name)})
		}
		if allowed == 0 {
			continue
		}
		// The last kept and the first moved down: when their scores tie,
		// both say which criterion separated them.
		kept, moved := holders[allowed-1], holders[allowed]
		if out[kept].Score == out[moved].Score {
			_, why := rs.compareTie(out[kept], out[moved])
			out[moved].Lines = append(out[moved].Lines, Line{Text: fmt.Sprintf(
				"Bằng điểm với «%s» (giữ loại %s): xếp sau vì %s", out[kept].Subject, c.Band, why)})
			out[kept].Lines = append(out[kept].Lines, Line{Text: fmt.Sprintf(
				"Bằng điểm với «%s» (xếp %s do vượt tỷ lệ): xếp trước vì %s", out[moved].Subject, fb.Name, why)})
		}
	}
	return out
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

// num writes a number the Vietnamese way: comma for decimals, at most two.
func num(x float64) string {
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", round2(x)), "0"), ".")
	return strings.Replace(s, ".", ",", 1)
}
