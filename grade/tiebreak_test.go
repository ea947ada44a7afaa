package grade

import (
	"strings"
	"testing"
)

// TestCompareTieBreak: equal scores are ordered by the rule set's
// criteria in turn, then the key; the reason names the deciding fact.
func TestCompareTieBreak(t *testing.T) {
	base := Result{Score: 95, Tasks: 65, key: "b"}
	with := func(f func(*Result)) Result { r := base; f(&r); return r }
	tests := []struct {
		name    string
		tie     []string
		a, b    Result
		want    int
		wantWhy string
	}{
		{"HigherScoreFirst", DefaultTieBreak, with(func(r *Result) { r.Score = 96; r.NotDone = 3 }), base, -1, ""},
		{"FewerNotDone", DefaultTieBreak, base, with(func(r *Result) { r.NotDone = 1 }), -1, "ít nhiệm vụ chưa hoàn thành hơn (0 so với 1)"},
		{"FewerNotDoneBeforeDelays", DefaultTieBreak, with(func(r *Result) { r.Delays = 5 }), with(func(r *Result) { r.NotDone = 1 }), -1, "chưa hoàn thành"},
		{"FewerDelays", DefaultTieBreak, with(func(r *Result) { r.Delays = 2 }), with(func(r *Result) { r.Delays = 1 }), 1, "ít lần chậm tiến độ hơn (1 so với 2)"},
		{"EarlierFinish", DefaultTieBreak, with(func(r *Result) { r.Finished = "2026-01-10" }), with(func(r *Result) { r.Finished = "2026-01-20" }), -1,
			"hoàn thành nhiệm vụ cuối cùng sớm hơn (10/01/2026 so với 20/01/2026)"},
		{"NoFinishLast", DefaultTieBreak, base, with(func(r *Result) { r.Finished = "2026-01-20" }), 1, "(20/01/2026 so với chưa có)"},
		{"NameLast", DefaultTieBreak, with(func(r *Result) { r.key = "a" }), base, -1, "xếp theo thứ tự tên"},
		{"TasksWhenListed", []string{TieTasks}, with(func(r *Result) { r.Tasks = 60; r.key = "a" }), base, 1, "điểm kết quả nhiệm vụ cao hơn (65 so với 60)"},
		{"UnlistedCriterionIgnored", []string{TieDelays}, with(func(r *Result) { r.NotDone = 4; r.key = "a" }), base, -1, "thứ tự tên"},
		{"Equal", DefaultTieBreak, base, base, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := RuleSet{TieBreak: tt.tie}
			if got := rs.Compare(tt.a, tt.b); got != tt.want {
				t.Fatalf("Compare = %d, want %d", got, tt.want)
			}
			if got := rs.Compare(tt.b, tt.a); got != -tt.want {
				t.Fatalf("Compare reversed = %d, want %d", got, -tt.want)
			}
			if tt.a.Score == tt.b.Score && tt.wantWhy != "" {
				if _, why := rs.compareTie(tt.a, tt.b); !strings.Contains(why, tt.wantWhy) {
					t.Fatalf("why %q, want %q", why, tt.wantWhy)
				}
			}
		})
	}
}

// TestGradeAllCapTie: four subjects of 95 points compete for one A
// (30% of four): the one with no product not done and no delay keeps it,
// whatever the input order, and the first moved down is told why.
func TestGradeAllCapTie(t *testing.T) {
	mk := func(name string, ps ...Product) Input {
		return Input{Subject: name, General: 15, Bonus: 10, Products: ps}
	}
	// 15 + 70 + 10 = 95 each; a waived delay costs nothing and is not
	// counted by the tie-break either.
	ins := []Input{
		mk("Phường Cửa Nam", Product{TaskID: 1, Outcome: OnTime, Completed: "2026-01-20"}),
		mk("Phường Ba Đình", Product{TaskID: 2, Outcome: OnTime, Completed: "2026-01-10"}),
		mk("Phường Hoàn Kiếm", Product{TaskID: 3, Outcome: Late, Waived: true, Reason: "mưa bão", Completed: "2026-01-05"}),
		mk("Phường Ngọc Hà", Product{TaskID: 4, Outcome: OnTime, Completed: "2026-01-10"}),
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}, {2, 0, 3, 1}} {
		var in []Input
		for _, i := range order {
			in = append(in, ins[i])
		}
		rs := GradeAll(HN3814, in)
		byName := map[string]Result{}
		for _, r := range rs {
			if r.Score != 95 {
				t.Fatalf("%s scored %v", r.Subject, r.Score)
			}
			byName[r.Subject] = r
		}
		// Hoàn Kiếm finished last product on 05/01 (waived delay counts
		// nothing), Ba Đình and Ngọc Hà on 10/01, Cửa Nam on 20/01.
		if k := byName["Phường Hoàn Kiếm"]; k.Band.Code != "A" || !hasLine(k, "xếp trước vì hoàn thành nhiệm vụ cuối cùng sớm hơn (05/01/2026 so với 10/01/2026)") {
			t.Fatalf("order %v: Hoàn Kiếm %s %v", order, k.Band.Code, k.Lines)
		}
		if b := byName["Phường Ba Đình"]; b.Band.Code != "B" || !b.Capped || !hasLine(b, "Bằng điểm với «Phường Hoàn Kiếm» (giữ loại A): xếp sau vì") {
			t.Fatalf("order %v: Ba Đình %s %v", order, b.Band.Code, b.Lines)
		}
	}
}
