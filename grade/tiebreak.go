package grade

import (
	"cmp"
	"fmt"
	"strings"
)

// Tie-break criteria: what orders two subjects of equal score, for the
// caps (who keeps the capped band) and for the order of the sheet.
const (
	TieNotDone  = "not_done" // fewer products not done at the cut-off
	TieDelays   = "delays"   // fewer delays
	TieFinished = "finished" // finished the period's last product earlier
	TieTasks    = "tasks"    // more task-result points
)

// TieBreakKeys are the criteria a rule set may list, in the order the
// admin page offers them.
var TieBreakKeys = []string{TieNotDone, TieDelays, TieFinished, TieTasks}

// DefaultTieBreak is the tie-break of the shipped rule sets: fewer
// products not done, then fewer delays, then the earlier finish; the name
// decides last. Neither NĐ 335/2025 nor QĐ 3814 says how a tie at the cap
// is broken; this is the product's rule, chosen so that a subject always
// learns which fact placed it.
var DefaultTieBreak = []string{TieNotDone, TieDelays, TieFinished}

var tieLabels = map[string]string{
	TieNotDone:  "ít nhiệm vụ chưa hoàn thành hơn",
	TieDelays:   "ít lần chậm tiến độ hơn",
	TieFinished: "hoàn thành nhiệm vụ cuối cùng sớm hơn",
	TieTasks:    "điểm kết quả nhiệm vụ cao hơn",
}

// tieFacts counts what the tie-break compares from a subject's products.
func tieFacts(ps []Product) (notDone, delays int, finished string) {
	for _, p := range ps {
		switch {
		case p.Waived:
		case p.Outcome == NotDone:
			notDone++
		case p.Outcome == Late:
			delays += max(p.Delays, 1)
		}
		if p.Outcome != NotDone && p.Completed > finished {
			finished = p.Completed
		}
	}
	return notDone, delays, finished
}

// Compare orders two graded subjects best first: negative when a ranks
// before b. Higher score first, then the rule set's tie-break criteria,
// then the key (the folded name); 0 only for equal keys.
func (rs RuleSet) Compare(a, b Result) int {
	if a.Score != b.Score {
		if a.Score > b.Score {
			return -1
		}
		return 1
	}
	c, _ := rs.compareTie(a, b)
	return c
}

// compareTie orders two subjects of equal score and says, in Vietnamese,
// why the first of them ranks first.
func (rs RuleSet) compareTie(a, b Result) (int, string) {
	for _, k := range rs.TieBreak {
		var c int
		var av, bv string
		switch k {
		case TieNotDone:
			c, av, bv = cmp.Compare(a.NotDone, b.NotDone), fmt.Sprint(a.NotDone), fmt.Sprint(b.NotDone)
		case TieDelays:
			c, av, bv = cmp.Compare(a.Delays, b.Delays), fmt.Sprint(a.Delays), fmt.Sprint(b.Delays)
		case TieFinished:
			// No completion at all ranks after any date.
			c, av, bv = cmp.Compare(finishKey(a.Finished), finishKey(b.Finished)), dmy(a.Finished), dmy(b.Finished)
		case TieTasks:
			c, av, bv = cmp.Compare(b.Tasks, a.Tasks), num(a.Tasks), num(b.Tasks)
		}
		if c != 0 {
			if c > 0 {
				av, bv = bv, av
			}
			return c, fmt.Sprintf("%s (%s so với %s)", tieLabels[k], av, bv)
		}
	}
	c := strings.Compare(a.key, b.key)
	return c, "các tiêu chí khác bằng nhau, xếp theo thứ tự tên"
}

func finishKey(d string) string {
	if d == "" {
		return "~" // after every date
	}
	return d
}

// dmy writes yyyy-mm-dd as dd/mm/yyyy; "" as "chưa có".
func dmy(d string) string {
	if y, md, ok := strings.Cut(d, "-"); ok {
		if m, dd, ok := strings.Cut(md, "-"); ok {
			return dd + "/" + m + "/" + y
		}
	}
	if d == "" {
		return "chưa có"
	}
	return d
}
