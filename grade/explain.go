package grade

import (
	"fmt"
	"math"
)

// Explanation is an explanation request the subject had to answer in the
// period: answered after its due date (LateDays > 0), or not answered by
// the cut-off (Missing). One answered on time costs nothing and is not
// listed.
type Explanation struct {
	RequestID int64  `json:"request_id"`
	TaskID    int64  `json:"task_id"`
	Title     string `json:"title"` // the task's
	DueOn     string `json:"due_on"`
	LateDays  int    `json:"late_days"`
	Missing   bool   `json:"missing"`
	Source    string `json:"source,omitempty"` // for a person: the position it was addressed through
}

// explanationDeductions takes the rule set's points for each late or
// missing explanation off the task results (not below zero), one line
// each, and restates the task results when anything was taken.
func explanationDeductions(rs RuleSet, es []Explanation, tasks float64, lines []Line) (float64, []Line) {
	taken := 0.0
	for _, e := range es {
		var what string
		var pts float64
		switch {
		case e.Missing:
			what, pts = "Không giải trình", rs.ExplanationMissing
		case e.LateDays > 0:
			what, pts = fmt.Sprintf("Giải trình chậm %d ngày", e.LateDays), rs.ExplanationLate
		default:
			continue
		}
		text := fmt.Sprintf("%s (yêu cầu giải trình #%d, hạn %s, nhiệm vụ #%d «%s»", what, e.RequestID, e.DueOn, e.TaskID, e.Title)
		if e.Source != "" {
			text += " — " + e.Source
		}
		lines = append(lines, Line{fmt.Sprintf("%s): trừ %s điểm", text, num(pts)), -pts})
		taken += pts
	}
	if taken == 0 {
		return tasks, lines
	}
	after := round2(math.Max(0, tasks-taken))
	text := fmt.Sprintf("Kết quả nhiệm vụ sau trừ điểm giải trình: %s/%s điểm", num(after), num(rs.TaskMax))
	return after, append(lines, Line{text, after})
}
