package extract

import (
	"strings"

	"tiendo/vn"
)

// timetable reads a schedule written as one sentence: a lead-in, a colon,
// then milestones separated by ";", each opening with its time. "… thống
// nhất tiến độ thực hiện cụ thể là: Trước ngày 16-2-2019, xây dựng xong đề
// cương chi tiết; trước ngày 28-2-2019 hoàn thành …; trước ngày 6-3-2019
// Thường trực Thành ủy cho ý kiến …", "Ban Thường vụ Huyện ủy dự kiến: từ
// tháng 7 đến tháng 12-2019 triển khai …; từ tháng 1 đến tháng 3-2020 sẽ
// tiến hành …". Each milestone is a task dated by its time, of the body it
// names or else of the lead-in's subject. A lead-in that hands work over
// ("UBND tỉnh yêu cầu: …") is read by the triggers instead, and a report
// of results tells milestones met, not set.
func (f *finder) timetable(sentence string) bool {
	colon := strings.IndexByte(sentence, ':')
	if colon <= 0 || f.report || !strings.Contains(sentence[colon:], ";") {
		return false
	}
	hws := f.tokenize(sentence[:colon])
	for i := range hws {
		if !hws[i].upper && phraseAt(hws, i, addresseeTriggers, 4) > 0 {
			return false // (not the "Chỉ đạo" of "Ban Chỉ đạo …")
		}
	}
	lead := leadInSubject(sentence[:colon], hws)
	if lead == "" {
		lead = f.lastHand
	}
	var milestones []clauseTask
	parts := strings.Split(sentence[colon+1:], ";")
	for _, c := range parts {
		if ct, ok := f.milestone(strings.TrimSpace(c), lead); ok {
			milestones = append(milestones, ct)
		}
	}
	if len(milestones) < 2 || 2*len(milestones) < len(parts) {
		return false
	}
	for _, ct := range milestones {
		t := f.build(ct, ct.clause)
		dl, _, _ := vn.FindDeadline(ct.clause, f.date)
		t.Deadline = f.deadlineOf(dl)
		f.tasks = append(f.tasks, t)
	}
	return true
}

// milestone reads one milestone of a timetable: a time that opens the
// clause, then work with no subject (the lead-in's, lead) or with its own.
func (f *finder) milestone(c, lead string) (clauseTask, bool) {
	dl, s, e := vn.FindDeadline(c, seeingDate(f.date))
	if s != 0 || dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
		return clauseTask{}, false
	}
	at := e
	for at < len(c) && (c[at] == ' ' || c[at] == ',') {
		at++
	}
	if rest := strings.TrimPrefix(c[at:], "sẽ "); len(rest) < len(c[at:]) {
		at = len(c) - len(rest) // "… sẽ tiến hành đại hội điểm"
	}
	rws := f.tokenize(c[at:])
	if len(rws) == 0 || phraseAt(rws, 0, pastMarkers, 3) > 0 {
		return clauseTask{}, false // "…: tháng 3/2024, đã tổ chức …" tells what was done
	}
	holder := lead
	if ev := c[:e] + " " + c[at:]; eventStart(ev, f.tokenize(ev)) >= 0 {
		// "từ tháng 1 đến tháng 3-2020 sẽ tiến hành đại hội các chi bộ
		// trực thuộc": the body that holds the congress.
		if et, ok := f.eventTask(ev, f.tokenize(ev)); ok {
			holder = et.lead
		}
	}
	ct, ok := contextual(c[at:], rws, holder)
	if !ok || ct.lead == "" {
		return clauseTask{}, false
	}
	ct.predicate += at
	ct.clause = c
	ct.cue = "lịch trình: «" + c[:e] + "»"
	return ct, true
}

// leadInSubject returns the body a timetable's lead-in names as its
// subject, past a fronted phrase ("Tại cuộc họp, các đồng chí Phó Chủ tịch
// UBND thành phố và lãnh đạo các sở, ngành thành phố thảo luận thống nhất
// tiến độ …"), or "".
func leadInSubject(head string, ws []word) string {
	from := 0
	if k := frontedComma(ws); k >= 0 {
		from = k + 1
	} else if k := firstComma(ws, 0); k >= 0 && (phraseAt(ws, 0, topicWords, 3) > 0 || ws[0].fold == "tại") {
		from = k + 1 // "Tại cuộc họp, …", "Về công tác …, …"
	}
	p := predicateStart(ws, from, false)
	if q := openWorkStart(ws, from, p); q > from {
		p = q // the lead-in's own verb may be any ("… thảo luận thống nhất tiến độ …")
	}
	for k := from + 1; k < len(ws) && (p < 0 || k < p); k++ {
		if phraseAt(ws, k, scheduleVerbs, 2) > 0 {
			p = k // "Ban Thường vụ Huyện ủy dự kiến: …"
			break
		}
	}
	if p <= from {
		return ""
	}
	s := subjectBefore(ws, from, p)
	if s < 0 {
		return ""
	}
	return normalizeLead(head[ws[s].start:ws[p-1].end])
}

// scheduleVerbs end the subject of a timetable's lead-in: "X dự kiến: …",
// "X thống nhất tiến độ …", "X đề ra lộ trình: …".
var scheduleVerbs = set("dự kiến", "thống nhất", "thảo luận", "đề ra", "xác định", "lên kế hoạch", "đặt ra", "phân công")
