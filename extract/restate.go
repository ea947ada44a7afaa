// One task stated twice: a news item's lede and its body, a later
// sentence that only hands the result over, partners listed after
// "phối hợp với" (issue 14).

package extract

import (
	"strings"

	"tiendo/vn"
)

// dropRestatements keeps one task where a text states the same work of
// the same lead twice in different sentences: a news item's lede and its
// body ("Ban Thường vụ Thành ủy yêu cầu các cấp ủy … lãnh đạo, chỉ đạo
// việc tổ chức đại hội chi bộ …" then "… yêu cầu trước mắt các cấp ủy …
// tập trung lãnh đạo, chỉ đạo tổ chức đại hội chi bộ …"). The same work
// is the same run of words: most word pairs of the shorter content recur
// in the other. The first statement stays, takes the other's deadline if
// it has none, and the other's sentence is added to its source.
func dropRestatements(ts []Task) []Task {
	// Each task's folded lead and word pairs are read once: a long text
	// has many tasks, and each is compared with those kept before it.
	type seen struct {
		lead  string
		pairs map[string]bool
	}
	kept, info := ts[:0], make([]seen, 0, len(ts))
	for _, t := range ts {
		lead, handOver := vn.Fold(t.Lead), handsOverOnly(t)
		var pairs map[string]bool
		same := -1
		for i := range kept {
			if kept[i].Source == t.Source || !sameLead(info[i].lead, lead) {
				continue
			}
			if pairs == nil {
				pairs = wordPairs(t.Content)
			}
			if handOver || restates(info[i].pairs, pairs) {
				same = i
				break
			}
		}
		if same < 0 {
			if pairs == nil {
				pairs = wordPairs(t.Content)
			}
			kept, info = append(kept, t), append(info, seen{lead, pairs})
			continue
		}
		if kept[same].Deadline.Kind == string(vn.DeadlineNone) {
			kept[same].Deadline = t.Deadline
		}
		// Both statements stay in the source: an office reading it sees
		// why they are one task, and a reader may know it by either.
		kept[same].Source = trimSource(kept[same].Source + " … " + t.Source)
	}
	return kept
}

// sameLead reports folded leads that name the same bodies: equal, or one the
// other with more names after it ("UBND các huyện" and "UBND các huyện,
// thị xã"). A body named inside another's name is another body ("đảng bộ
// cơ sở" and "các chi bộ trực thuộc đảng bộ cơ sở").
func sameLead(fa, fb string) bool {
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	return fa != "" && strings.HasPrefix(fb, fa) && (len(fb) == len(fa) || !isLetterByte(fb[len(fa)]))
}

// isLetterByte reports an ASCII letter or digit (folded text is ASCII).
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}

// restates reports that most word pairs of the shorter content (at least
// four of them) occur in the other.
func restates(pa, pb map[string]bool) bool {
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	if len(pa) < 4 {
		return false
	}
	n := 0
	for p := range pa {
		if pb[p] {
			n++
		}
	}
	return 10*n >= 6*len(pa)
}

// wordPairs returns the pairs of adjacent folded words of s.
func wordPairs(s string) map[string]bool {
	ws := vn.FoldTokens(s)
	out := make(map[string]bool, len(ws))
	for i := 0; i+1 < len(ws); i++ {
		out[ws[i]+" "+ws[i+1]] = true
	}
	return out
}

// handsOverOnly reports a task whose only work is to hand a result over
// ("Đồng thời, UBND các địa phương tổng hợp và báo cáo kết quả thanh tra
// về Thanh tra tỉnh …") with no schedule of its own: told of a lead that
// already has work in the text, it is the last step of that work, as "…;
// báo cáo UBND tỉnh trước ngày …" is within a sentence. A report with its
// own schedule ("báo cáo … định kỳ hằng tháng") stays a task (T5).
func handsOverOnly(t Task) bool {
	if t.Deadline.Kind != string(vn.DeadlineNone) {
		return false
	}
	ws := tokenize(t.Content)
	i := 0
	if phraseAt(ws, 0, wTongHop, 2) == 2 && len(ws) > 2 && ws[2].fold == "và" {
		i = 3 // "tổng hợp và báo cáo …"
	}
	return phraseAt(ws, i, submissionVerbs, 2) > 0
}

// mergeCooperation joins a clause to the one before when that one ends in
// an open list of partners ("… khẩn trương, chủ động phối hợp với các sở,
// ban, ngành; cơ quan đơn vị liên quan của tỉnh sắp xếp …"): the ";"
// separates the partners, and the work after them is the same task's.
func (f *finder) mergeCooperation(cls []string) []string {
	for k := 1; k < len(cls); k++ {
		if openCooperation(f.tokenize(cls[k-1])) && isOrgish(f.tokenize(cls[k])) {
			cls[k-1] += "; " + cls[k]
			cls = append(cls[:k], cls[k+1:]...)
			k--
		}
	}
	return cls
}

// openCooperation reports a clause that ends inside "phối hợp với …":
// partners named and no work after them yet.
func openCooperation(ws []word) bool {
	at := -1
	for i := range ws {
		if n := phraseAt(ws, i, wPhoiHopVoi, 3); n > 0 {
			at = i + n
		}
	}
	return at > 0 && at < len(ws) && isOrgish(ws[at:]) && predicateStart(ws, at, false) < 0
}
