// List items: an item's own lead before a colon, the lead of the list it
// belongs to, steps after ";", attributes ("Thời gian: …") and the
// deadline an item inherits from its list.

package extract

import (
	"strings"

	"tiendo/vn"
)

// inherit gives the list items' tasks from first on that have no deadline
// the one written above them: in a time heading ("3. Trong quý II/2024:")
// or in the sentence that announced the list ("… thực hiện các nội dung
// sau, hoàn thành trước ngày 30/4/2024:").
func (f *finder) inherit(first int) {
	phrase := f.headerDeadline
	if phrase == "" {
		phrase = f.listDeadline
	}
	if phrase == "" {
		return
	}
	for i := first; i < len(f.tasks); i++ {
		if t := &f.tasks[i]; t.Deadline.Kind == string(vn.DeadlineNone) {
			dl, _, _ := vn.FindDeadline(phrase, f.date)
			if dl.Kind == vn.DeadlineNone {
				dl, _, _ = vn.FindDeadline("trong "+phrase, f.date) // a work period named bare: "tháng 4/2022" (see workPeriod)
			}
			t.Deadline = f.deadlineOf(dl)
			t.Cue += "; thời hạn theo «" + phrase + "»"
		}
	}
}

// colonLead reads a list item that names its bodies, then a colon, then
// what they must do: "Sở Giáo dục và Đào tạo: Chỉ đạo các trường học …",
// "Đài Phát thanh - Truyền hình tỉnh, Báo Quảng Ngãi: Tăng cường …".
func colonLead(text string) (clauseTask, bool) {
	i := strings.Index(text, ": ")
	if i <= 0 || i > 200 {
		return clauseTask{}, false
	}
	name, rest := text[:i], strings.TrimSpace(text[i+1:])
	nws, rws := tokenize(name), tokenize(rest)
	if n := phraseAt(nws, 0, wDoiVoi, 2); n > 0 && n < len(nws) {
		// "- Đối với các cơ quan, đơn vị: treo cờ Tổ quốc tại trụ sở."
		name, nws = name[nws[n].start:], tokenize(name[nws[n].start:])
	} else if len(nws) == 0 || !nws[0].upper {
		return clauseTask{}, false
	}
	if !isOrgish(nws) || predicateStart(nws, 0, false) >= 0 || strings.ContainsAny(name, ";") || !startsWithAction(rws) {
		return clauseTask{}, false
	}
	return clauseTask{lead: normalizeLead(name), predicate: len(text) - len(rest), clause: text,
		cue: "mục danh sách: đơn vị, dấu «:» rồi việc"}, true
}

// wDoiVoi opens an item by whom it is for: "Đối với các xã: …".
var wDoiVoi = set("đối với", "riêng đối với")

// afterItem remembers a list item: the tasks it gave take a deadline
// written on the next line, and a verb-initial item is the heading a
// plan's attributes may follow.
func (f *finder) afterItem(text string, first int) {
	f.lastSentence = f.lastSentence[:0]
	for i := first; i < len(f.tasks); i++ {
		f.lastSentence = append(f.lastSentence, i)
	}
	f.heading, f.item0 = "", -1
	ws := f.tokenize(text)
	if !startsWithAction(ws) || strings.HasSuffix(text, ":") {
		return
	}
	switch len(f.tasks) - first {
	case 0:
		f.heading = text
	case 1:
		f.item0 = first
	}
}

// attribute reads a line that states an attribute of the plan's item
// above it: who leads ("Đơn vị chủ trì: …", "Cơ quan thực hiện: …"), who
// cooperates, when ("Thời gian: …"), or what it yields. It reports
// whether the line was one; a lead makes the heading a task, or replaces
// the lead the list gave it.
func (f *finder) attribute(text string) bool {
	if f.heading == "" && f.item0 < 0 && len(f.lastSentence) == 0 || !strings.Contains(text, ":") {
		return false
	}
	ws := f.tokenize(prefix(text, 120)) // a label is short; a line may be a whole text
	n := phraseAt(ws, 0, attributeLabels, 5)
	if n == 0 || n >= len(ws) || ws[n].raw != ":" {
		return false
	}
	rest := trimPunct(text[ws[n].end:])
	label := vn.Fold(text[:ws[n-1].end])
	switch {
	case strings.Contains(label, "phoi hop"):
		if f.item0 >= 0 && rest != "" {
			f.tasks[f.item0].Cooperating = append(f.tasks[f.item0].Cooperating, rest)
		}
	case strings.Contains(label, "chu tri") || strings.Contains(label, "thuc hien") && !strings.HasPrefix(label, "thoi"):
		if rest == "" || !isOrgish(f.tokenize(rest)) {
			return true
		}
		switch {
		case f.heading != "":
			ct := clauseTask{lead: normalizeLead(rest), clause: f.heading, cue: "mục kế hoạch: «" + text[:ws[n-1].end] + "»"}
			f.tasks = append(f.tasks, f.build(ct, f.heading))
			f.item0, f.heading = len(f.tasks)-1, ""
			f.lastSentence = append(f.lastSentence[:0], f.item0)
		case f.item0 >= 0:
			f.tasks[f.item0].Lead = normalizeLead(rest)
			f.tasks[f.item0].Cue += "; «" + text[:ws[n-1].end] + "»"
		}
	case strings.HasPrefix(label, "thoi"):
		for _, i := range f.lastSentence {
			f.extendDeadline(i, text)
		}
	}
	return true
}

// bullet reads one list item: a task when a list of tasks is being read or
// the item itself assigns one.
func (f *finder) bullet(text string) {
	if ct, ok := colonLead(text); ok {
		f.item(ct, text) // "1. Sở Y tế: Chủ trì, phối hợp … theo dõi …"
		return
	}
	if parts := f.splitAtSubjectColon(text); len(parts) > 1 {
		// "5. Chế độ báo cáo: UBND các xã báo cáo …": a label, then the task.
		for _, p := range parts[1:] {
			f.bullet(p)
		}
		return
	}
	ws := f.tokenize(text)
	if phraseAt(ws, 0, conditionWords, 4) > 0 {
		return // "Trường hợp phát hiện …, báo cáo ngay …": what to do if
	}
	if phraseAt(ws, 0, approvalVerbs, 3) > 0 {
		return // "3. Đồng ý chủ trương cho Trường … sửa chữa …": a decision of the meeting, not work
	}
	if ct, ok := triggeredIn(text, ws, true); ok {
		if ct.leadIn {
			f.inList, f.listLead, f.listDeadline = true, ct.lead, deadlinePhrase(text[ct.predicate:], f.date)
			if f.listDeadline == "" {
				f.listDeadline = timeBeforeLead(text[:ct.predicate], ct.lead)
			}
			if f.listDeadline == "" {
				f.listDeadline = workPeriod(text[ct.predicate:]) // "1. Giao các phòng thực hiện nhiệm vụ tháng 5/2024 sau:"
			}
			return
		}
		f.item(ct, text)
		return
	}
	if strings.HasSuffix(text, ":") {
		return
	}
	lead := f.headerLead
	if lead == "" {
		lead = f.listLead
	}
	if !f.inList {
		// Outside a list of tasks only an item with its own subject counts,
		// or one that opens with what to do after a hand-over ("… đề nghị
		// các sở … tổ chức trực … ¶ 1. Về việc trực: ¶ Bố trí nghỉ hợp lý;
		// phân công …"): the request spelt out under its headings.
		if ct, ok := contextual(text, ws, ""); ok && ct.lead != "" {
			ct.cue = "mục danh sách có chủ ngữ và động từ"
			f.item(ct, text)
		} else if f.lastHand != "" && !f.narrative && startsWithAction(ws) && phraseAt(ws, 0, addresseeTriggers, 4) == 0 {
			f.item(clauseTask{lead: f.lastHand, clause: text, cue: "mục không chủ ngữ sau việc giao trước"}, text)
		}
		return
	}
	if ss := sentences(text); len(ss) > 1 && startsWithAction(ws) && f.allOwnWork(ss[1:]) {
		// "- Duy trì tiếp công dân theo định kỳ. Tập trung cho kỳ họp thứ 7
		// …": under a list's announcement each sentence that opens with
		// what to do is a task of its own, as in running text; a sentence
		// that only hands the result over ("Báo cáo ngay cho UBND xã …")
		// stays with the item, as after ";".
		for _, s := range ss {
			f.bullet(s)
		}
		return
	}
	if ct, ok := contextual(text, ws, lead); ok {
		ct.cue = "mục của danh sách giao việc"
		if ct.predicate > 0 {
			ct.cue = "mục danh sách có chủ ngữ và động từ"
		}
		f.item(ct, text)
	} else if openItem(ws) {
		// An item of a list of tasks is work even when its verb is not
		// on the list ("1. Kè lại bờ ao …"): see openItem.
		f.item(clauseTask{lead: lead, clause: text, cue: "mục của danh sách giao việc, việc bắt đầu ở đầu mục"}, text)
	}
}

// allOwnWork reports sentences that each open with what to do, other than
// handing a result over with no schedule of its own.
func (f *finder) allOwnWork(ss []string) bool {
	for _, s := range ss {
		ws := f.tokenize(prefix(s, 80))
		if !startsWithAction(ws) || phraseAt(ws, 0, submissionVerbs, 2) > 0 && !ownSchedule(s, f.date) {
			return false
		}
	}
	return true
}

// lastClause returns what follows the last ";" of s, trimmed.
func lastClause(s string) string {
	return strings.TrimSpace(s[strings.LastIndexByte(s, ';')+1:])
}

// reportDates gives the due time of a report that closes an item or a
// sentence (c: "…; báo cáo UBND TP kết quả xử lý trước ngày 15-3-2011") to
// the tasks of lead from index from on that have none (see dateByReport).
func (f *finder) reportDates(from int, lead, c string) {
	ws := f.tokenize(prefix(c, 80))
	if phraseAt(ws, afterCompletion(ws, 0), submissionVerbs, 2) > 0 {
		f.dateByReport(from, lead, c)
	}
}

// item adds the tasks of a list item. An action after ";" is a task of its
// own for the same lead, as in running text (the README's one task per
// distinct action): "- Rà soát hộ nghèo; chuẩn bị kinh phí hỗ trợ", "…
// tham mưu …; tổ chức sơ kết hằng năm …", "…; báo cáo … định kỳ hằng tháng
// trước ngày 25". A hand-over step without a schedule of its own, a
// manner clause ("…; phát huy vai trò …") or a deadline ("…; hoàn thành …
// trước ngày 30.4") stays with the task before.
func (f *finder) item(ct clauseTask, text string) {
	rel := ct.clause[ct.predicate:]
	if f.routine(rel) || accountability(f.tokenize(prefix(rel, 120)), 0) || disciplineOnly(rel) {
		return // "UBND xã … chịu trách nhiệm trước Chủ tịch UBND huyện về …"
	}
	defer f.inherit(len(f.tasks))
	var cuts []int // offsets in rel where a new task starts
	off := 0
	for _, c := range strings.SplitAfter(rel, ";") {
		body := strings.TrimSpace(strings.TrimSuffix(c, ";"))
		ws := f.tokenize(body)
		if off > 0 && startsWithAction(ws) && phraseAt(ws, 0, wHoanThanh, 2) == 0 && (ownDeadline(body, f.date) || distinctStep(body)) &&
			!onlyDeadline(body, f.date) && (phraseAt(ws, 0, submissionVerbs, 2) == 0 || ownSchedule(body, f.date)) {
			cuts = append(cuts, off)
		}
		off += len(c)
	}
	if len(cuts) == 0 {
		f.tasks = append(f.tasks, f.build(ct, text))
		return
	}
	defer f.reportDates(len(f.tasks), ct.lead, lastClause(rel))
	first := ct
	first.clause = strings.TrimRight(ct.clause[:ct.predicate+cuts[0]], " ;")
	srcCut := strings.Index(text, ct.clause[ct.predicate+cuts[0]:])
	if srcCut < 0 {
		f.tasks = append(f.tasks, f.build(ct, text))
		return
	}
	f.tasks = append(f.tasks, f.build(first, strings.TrimRight(text[:srcCut], " ;")))
	for k, cut := range cuts {
		stop := len(rel)
		if k+1 < len(cuts) {
			stop = cuts[k+1]
		}
		rest := strings.TrimRight(strings.TrimSpace(rel[cut:stop]), " ;")
		cue := "việc khác sau dấu «;»"
		if phraseAt(f.tokenize(rest), 0, submissionVerbs, 2) > 0 {
			cue = "báo cáo định kỳ sau dấu «;»"
		}
		f.tasks = append(f.tasks, f.build(clauseTask{lead: ct.lead, clause: rest, cue: cue}, rest))
	}
}
