package grade

import (
	"math"
	"strings"
	"testing"
)

func TestGrade(t *testing.T) {
	tests := []struct {
		name      string
		rs        RuleSet
		in        Input
		wantScore float64
		wantBand  string
		wantLine  string
	}{
		{"AllOnTime", ND335, Input{General: 30, Products: []Product{{TaskID: 1, Outcome: OnTime}, {TaskID: 2, Outcome: OnTime}}},
			100, "xuat_sac", "số lượng 11,67/11,67"},
		{"GeneralCapped", ND335, Input{General: 45, Products: []Product{{TaskID: 1, Outcome: OnTime}}},
			100, "xuat_sac", "Tiêu chí chung: 30/30"},
		// One late product of two equal ones: its progress share is
		// 70/3/2 = 11,67; a delay costs 25% of it, 2,92.
		{"OneLate", ND335, Input{General: 30, Products: []Product{{TaskID: 1, Outcome: OnTime}, {TaskID: 2, Outcome: Late, Delays: 1}}},
			97.08, "xuat_sac", "tiến độ 8,75/11,67 (tiến độ trừ 25% × 1 lần chậm)"},
		{"LateWaived", ND335, Input{General: 30, Products: []Product{{TaskID: 2, Outcome: Late, Waived: true, Reason: "thiên tai"}}},
			100, "xuat_sac", "miễn trừ do nguyên nhân khách quan"},
		// Weighted: a not-done product of weight 3 beside a done one of weight 1.
		{"NotDoneWeighted", ND335, Input{General: 20, Products: []Product{{TaskID: 1, Weight: 1, Outcome: OnTime}, {TaskID: 2, Weight: 3, Outcome: NotDone}}},
			37.5, "khong_hoan_thanh", "chưa hoàn thành khi chốt số liệu: 0 điểm"},
		{"NotDoneWaivedLeavesTheSet", ND335, Input{General: 20, Products: []Product{{TaskID: 1, Outcome: OnTime}, {TaskID: 2, Weight: 3, Outcome: NotDone, Waived: true, Reason: "chờ quy hoạch"}}},
			90, "xuat_sac", "không tính do nguyên nhân khách quan"},
		// Two major errors cost 50% of the quality points (23,33 → 11,67).
		{"Errors", ND335, Input{General: 25, Products: []Product{{TaskID: 1, Outcome: OnTime, Errors: 2}}},
			83.33, "tot", "chất lượng 11,67/23,33; tiến độ 23,33/23,33 (chất lượng trừ 25% × 2 lỗi)"},
		{"ErrorsFloorAtZero", ND335, Input{General: 0, Products: []Product{{TaskID: 1, Outcome: Late, Errors: 9, Delays: 9}}},
			23.33, "khong_hoan_thanh", "chất lượng 0/23,33"},
		{"NoProducts", ND335, Input{General: 10}, 80, "tot", "Không có nhiệm vụ đến hạn"},
		{"HanoiBonus", HN3814, Input{General: 20, Bonus: 15, Products: []Product{{TaskID: 1, Outcome: OnTime}}},
			100, "A", "Điểm thưởng: 10/10"},
		// Explanation requests: late costs 1 point, missing 2, on time nothing.
		{"ExplanationLate", ND335, Input{General: 30, Products: []Product{{TaskID: 1, Outcome: OnTime}},
			Explanations: []Explanation{{RequestID: 5, TaskID: 1, Title: "Báo cáo", DueOn: "10/01/2020", LateDays: 3}}},
			99, "xuat_sac", "Giải trình chậm 3 ngày (yêu cầu giải trình #5, hạn 10/01/2020, nhiệm vụ #1 «Báo cáo»): trừ 1 điểm"},
		{"ExplanationMissing", HN3814, Input{General: 20, Products: []Product{{TaskID: 1, Outcome: OnTime}},
			Explanations: []Explanation{{RequestID: 6, TaskID: 1, Missing: true, Source: "Chủ tịch UBND phường"}, {RequestID: 7, TaskID: 1}}},
			88, "B", "Không giải trình (yêu cầu giải trình #6, hạn , nhiệm vụ #1 «» — Chủ tịch UBND phường): trừ 2 điểm"},
		{"ExplanationsRestateTaskPoints", ND335, Input{General: 30, Products: []Product{{TaskID: 1, Outcome: OnTime}},
			Explanations: []Explanation{{LateDays: 1}, {Missing: true}}},
			97, "xuat_sac", "Kết quả nhiệm vụ sau trừ điểm giải trình: 67/70 điểm"},
		{"ExplanationsFloorAtZero", ND335, Input{General: 0, Products: []Product{{TaskID: 1, Outcome: NotDone}},
			Explanations: []Explanation{{Missing: true}}},
			0, "khong_hoan_thanh", "sau trừ điểm giải trình: 0/70"},
		{"ProductSource", ND335, Input{General: 30, Products: []Product{{TaskID: 3, Title: "Đề án", Outcome: OnTime, Source: "chức vụ Chủ tịch UBND phường Phố Huế"}}},
			100, "xuat_sac", "Nhiệm vụ #3 «Đề án» (trọng số 1) — chức vụ Chủ tịch UBND phường Phố Huế: số lượng"},
		{"HanoiC", HN3814, Input{General: 20, Products: []Product{{TaskID: 1, Outcome: Late}, {TaskID: 2, Outcome: NotDone}}},
			52.08, "C", "Tổng điểm: 52,08 — Loại C"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Grade(tt.rs, tt.in)
			if math.Abs(r.Score-tt.wantScore) > 0.005 || r.Band.Code != tt.wantBand {
				t.Fatalf("score %v band %s, want %v %s\n%v", r.Score, r.Band.Code, tt.wantScore, tt.wantBand, r.Lines)
			}
			if !hasLine(r, tt.wantLine) {
				t.Fatalf("no line with %q:\n%v", tt.wantLine, r.Lines)
			}
		})
	}
}

func hasLine(r Result, part string) bool {
	for _, l := range r.Lines {
		if strings.Contains(l.Text, part) {
			return true
		}
	}
	return false
}

// TestGradeAllCap: seven subjects reach A; 30% of ten is three, so the four
// lowest A scores become B and say why.
func TestGradeAllCap(t *testing.T) {
	var ins []Input
	for i := range 10 {
		g, bonus := 20-float64(i)*0.5, 10.0 // 100 − i/2: A
		if i >= 7 {
			g, bonus = 0, 0 // 70 points: B on its own
		}
		ins = append(ins, Input{Subject: string(rune('a' + i)), General: g, Bonus: bonus,
			Products: []Product{{TaskID: int64(i), Outcome: OnTime}}})
	}
	rs := GradeAll(HN3814, ins)
	var a, capped []string
	for _, r := range rs {
		if r.Band.Code == "A" {
			a = append(a, r.Subject)
		}
		if r.Capped {
			capped = append(capped, r.Subject)
			if r.Band.Code != "B" || !hasLine(r, "Vượt tỷ lệ tối đa 30% được xếp A (3/10)") {
				t.Errorf("%s: %s %v", r.Subject, r.Band.Code, r.Lines)
			}
		}
	}
	if strings.Join(a, "") != "abc" || strings.Join(capped, "") != "defg" {
		t.Fatalf("A %v capped %v", a, capped)
	}
	// ND335 has no cap.
	for _, r := range GradeAll(ND335, ins) {
		if r.Capped {
			t.Fatalf("ND335 capped %s", r.Subject)
		}
	}
}

func TestRuleSetsAreConsistent(t *testing.T) {
	for _, rs := range RuleSets {
		if s := rs.Quantity + rs.Quality + rs.Progress; math.Abs(s-1) > 1e-9 {
			t.Errorf("%s: shares add to %v", rs.Code, s)
		}
		if rs.GeneralMax+rs.TaskMax+rs.BonusMax != 100 {
			t.Errorf("%s: maximum is not 100", rs.Code)
		}
		for i := 1; i < len(rs.Bands); i++ {
			if rs.Bands[i].Min >= rs.Bands[i-1].Min {
				t.Errorf("%s: bands not highest first", rs.Code)
			}
		}
		if got, ok := Find(rs.Code); !ok || got.Code != rs.Code {
			t.Errorf("Find(%s)", rs.Code)
		}
	}
	if d, _ := Find(""); d.Code != "nd335" {
		t.Errorf("default %s", d.Code)
	}
	if _, ok := Find("x"); ok {
		t.Error("unknown rule set found")
	}
}
