// A task's deadline where people write it: in its clause, fronted before
// its lead, in the next sentence or clause, in a heading or a time line;
// and the content without the deadline phrase. The order in which these
// are tried is written in deadline_inherit.go.

package extract

import (
	"regexp"
	"strings"

	"tiendo/vn"
)

// deadlineSentence applies a sentence that only gives a deadline
// ("Thời gian hoàn thành trước ngày 15 tháng 8.", "Thời gian: sáng ngày
// 14/9/2024.") to the tasks of the sentence before that have none.
func (f *finder) deadlineSentence(s string) bool {
	if len(f.lastSentence) == 0 {
		return false
	}
	s = dropGenericLead(s)
	if first, rest, ok := strings.Cut(s, ";"); ok && phraseAt(tokenize(rest), 0, conditionWords, 4) > 0 {
		// "Thời gian tặng quà phải hoàn thành trong ngày 1-9; trường hợp
		// … chậm nhất không quá ngày 15-9": what to do if is not the time.
		s = first
	}
	if !onlyDeadline(s, f.date) {
		return false
	}
	for _, i := range f.lastSentence {
		f.extendDeadline(i, s)
	}
	if reportDueRe.MatchString(vn.Fold(s)) {
		f.reportCovers(s)
	}
	return true
}

// reportDueRe is the due time of the report on a whole directive: "Thời
// hạn báo cáo Thủ tướng Chính phủ …", "Thời gian gửi báo cáo kết quả …".
var reportDueRe = regexp.MustCompile(`^(?:thoi han|thoi gian|han chot)(?: gui| nop)? bao cao\b`)

// reportCovers gives the due time of a closing report (s) to the undated
// tasks before the sentence just read of the bodies it handed work to: the
// report covers every item of the directive ("… yêu cầu tỉnh Kiên Giang xử
// lý … Đồng thời, làm rõ trách nhiệm … Thời hạn báo cáo Thủ tướng Chính
// phủ được ấn định trước 1.3.2019").
func (f *finder) reportCovers(s string) {
	if len(f.lastSentence) == 0 {
		return
	}
	first := f.lastSentence[0]
	lead := f.tasks[first].Lead
	from := first
	for from > 0 && sameBody(f.tasks[from-1].Lead, lead) {
		from--
	}
	f.dateByReport(from, lead, s)
}

// sameBody reports two leads of which one names the other (folded,
// either containing the other): "tỉnh Kiên Giang" and "UBND tỉnh Kiên
// Giang".
func sameBody(a, b string) bool {
	a, b = vn.Fold(a), vn.Fold(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// dateByReport gives the date or period of report clause c to the tasks
// of lead's body from index from on that have none: a report is on all of
// the work before it, not only the clause it follows.
func (f *finder) dateByReport(from int, lead, c string) {
	dl, _, _ := vn.FindDeadline(c, f.date)
	if dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
		return
	}
	for j := from; j < len(f.tasks); j++ {
		if t := &f.tasks[j]; sameBody(t.Lead, lead) && t.Deadline.Kind == string(vn.DeadlineNone) {
			t.Deadline = f.deadlineOf(dl)
			t.Cue += "; thời hạn theo bước báo cáo cuối"
		}
	}
}

// deadlineOnlyWords are the words that may stand beside a deadline phrase
// in a clause or sentence that only dates the task before it, in any
// order: "Thời gian thực hiện hoàn thành trước ngày …", "Dự kiến hoàn
// thành xong …", "Tiến độ: …", "Hạn chót là …". A word outside them
// ("báo cáo", "tổ chức hội nghị") makes the clause work of its own.
var deadlineOnlyWords = map[string]bool{"thoi": true, "gian": true, "han": true, "hoan": true, "thanh": true,
	"xong": true, "thuc": true, "hien": true, "to": true, "chuc": true, "truoc": true, "chot": true,
	"cuoi": true, "trien": true, "khai": true, "du": true, "kien": true, "la": true, "se": true,
	"can": true, "phai": true, "tien": true, "do": true, "ket": true}

// onlyTimeWords reports a rest of folded words all of deadlineOnlyWords.
func onlyTimeWords(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if !deadlineOnlyWords[w] {
			return false
		}
	}
	return true
}

// weekdayNoteRe is the weekday written after a date: "(Thứ 7)".
var weekdayNoteRe = regexp.MustCompile(`\((?:thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)\)`)

// seeingDate is the date that lets a day without a year be seen as a
// date in a text that writes no year: which clause is only a time, or
// schedules an event, does not depend on the year, which only resolves
// the day (and stays unknown).
func seeingDate(date vn.Date) vn.Date {
	if date.IsZero() {
		return vn.NewDate(2000, 1, 1)
	}
	return date
}

// onlyDeadline reports a clause that is a deadline and nothing else.
func onlyDeadline(c string, date vn.Date) bool {
	dl, s, e := vn.FindDeadline(c, seeingDate(date))
	if dl.Kind == vn.DeadlineNone {
		return false
	}
	c = vn.NFC(c)
	rest := weekdayNoteRe.ReplaceAllString(vn.Fold(c[:s]+" "+c[e:]), " ")
	rest = strings.Join(strings.Fields(strings.NewReplacer(":", " ", ",", " ", ".", " ", "/", " ").Replace(rest)), " ")
	return onlyTimeWords(rest) || spanStartRe.MatchString(rest) || labelDoneRe.MatchString(rest) ||
		labelLeftRe.MatchString(rest) && strings.HasSuffix(strings.TrimSpace(c[:s]), ":") ||
		dueLineRe.MatchString(rest) && !strings.Contains(c[:s], ",") && dueCueRe.MatchString(vn.Fold(c[s:e])) ||
		dueLabelRe.MatchString(rest) || labelledSpan(c[:s], c[e:])
}

// dueCueRe opens a deadline phrase that can only be a due time, never an
// event's: with it a labelled time line needs no colon ("Thời gian góp ý
// đến hết ngày 14/12/2020").
var dueCueRe = regexp.MustCompile(`^(?:den het|cham nhat|muon nhat|truoc ngay|han chot)\b`)

// dueLineRe is the label of such a line: "thời gian" and the work in up to
// three words ("thoi gian gop y").
var dueLineRe = regexp.MustCompile(`^thoi gian(?: [a-z]+){1,3}$`)

// labelledSpan reports a labelled window, the text before its end (head)
// being a label, a colon and the window's start, and nothing after it
// (tail) but punctuation: "Thời gian treo cờ Tổ quốc: Từ ngày 31/12/2025
// (đến hết ngày 06/01/2026)", or with no colon its length.
func labelledSpan(head, tail string) bool {
	if strings.Trim(tail, " .;") != "" {
		return false
	}
	norm := func(s string) string {
		return strings.Join(strings.Fields(strings.NewReplacer(",", " ", ".", " ", "/", " ").Replace(vn.Fold(s))), " ")
	}
	label, start, ok := strings.Cut(head, ":")
	if !ok {
		// With no colon, a window is still one after its length: "Thời
		// gian treo cờ 4 ngày, từ ngày 29.4 (đến hết ngày 2.5.2017)".
		h := norm(head)
		k := strings.LastIndex(h, " tu ")
		if k < 0 {
			return false
		}
		label, start = h[:k], h[k+1:]
		if label, ok = strings.CutSuffix(label, " ngay"); !ok || !spanLengthRe.MatchString(label) {
			return false
		}
		label = spanLengthRe.ReplaceAllString(label, "")
	}
	return labelLeftRe.MatchString(norm(label)) && spanStartRe.MatchString(norm(start))
}

// spanLengthRe is how many days a window lasts, at the end of its label:
// "thoi gian treo co 4 (ngay)".
var spanLengthRe = regexp.MustCompile(` \d{1,2}$`)

// labelLeftRe is what is left of a labelled time line ("Thời gian nộp báo
// cáo: trước ngày …") once its deadline is read: the label (see timeLabelRe).
var labelLeftRe = regexp.MustCompile(`^(?:thoi gian|thoi han|han(?: chot| cuoi)?)(?: [a-z]+){0,6}$`)

// dueLabelRe is a label that can only name a due time, with the work it
// times and no colon: "Thời hạn báo cáo Thủ tướng Chính phủ được ấn định
// (trước 1.3.2019)", "Hạn chót nộp hồ sơ (là ngày …)". ("Thời gian …"
// names an event's time as often as a due one, so it needs its colon.)
var dueLabelRe = regexp.MustCompile(`^(?:thoi han|han chot|han cuoi)(?: [a-z]+){0,10}$`)

// labelDoneRe is a label naming the work and when it is done, with no
// colon: "Thời gian tặng quà phải hoàn thành (trong ngày 1-9)", "Thời hạn
// nộp hồ sơ là (ngày …)".
var labelDoneRe = regexp.MustCompile(`^(?:thoi gian|thoi han)(?: [a-z]+){1,6}? (?:(?:phai|can|se) )?(?:hoan thanh(?: xong)?|xong|ket thuc|la)$`)

// extendDeadline gives the task at i the deadline of clause c when it has
// none, and adds c to its source.
func (f *finder) extendDeadline(i int, c string) {
	t := &f.tasks[i]
	t.Source = trimSource(t.Source + "; " + c)
	if t.Deadline.Kind == string(vn.DeadlineNone) {
		dl, _, _ := vn.FindDeadline(c, f.date)
		t.Deadline = f.deadlineOf(dl)
	}
}

// ownDeadline reports a clause that carries a deadline of its own.
func ownDeadline(c string, date vn.Date) bool {
	dl, _, _ := vn.FindDeadline(c, date)
	return dl.Kind != vn.DeadlineNone
}

// finishWords finish the work before it is handed over: "hoàn thành, báo
// cáo …", "hoàn thiện gửi …", "khẩn trương gửi …".
var finishWords = set("hoàn thành", "hoàn thiện", "khẩn trương")

// afterCompletion returns where the words from ws[i] go on after an
// opening "hoàn thành", "hoàn thiện" or "khẩn trương" and a "," or "và"
// after it: "; hoàn thành, báo cáo UBND tỉnh kết quả trong tháng 12" hands
// over the same work. It returns i without one.
func afterCompletion(ws []word, i int) int {
	n := phraseAt(ws, i, finishWords, 2)
	if n == 0 {
		return i
	}
	j := i + n
	if j < len(ws) && (ws[j].raw == "," || ws[j].fold == "và") {
		j++
	}
	return j
}

// ownSchedule reports a hand-over clause with its own recurrence ("; báo
// cáo … định kỳ hằng tháng trước ngày 20"): a task of its own.
func ownSchedule(c string, date vn.Date) bool {
	dl, _, _ := vn.FindDeadline(c, date)
	return dl.Kind == vn.DeadlineRecurring
}

// nextDates reports that the next sentence only dates the one being read
// ("… tổ chức gặp mặt hội viên. Thời gian: 8h00 ngày 6/12/2024.").
func (f *finder) nextDates() bool {
	return f.next != "" && onlyDeadline(dropGenericLead(f.next), f.date)
}

// timeHeading returns the deadline of a line that is only a time and a
// colon ("3. Trong quý II/2024:", "Trước ngày 15/3:"), or "".
func timeHeading(text string, date vn.Date) string {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") || len(t) > 80 {
		return ""
	}
	t = strings.TrimSpace(bulletRe.ReplaceAllString(strings.TrimSuffix(t, ":"), ""))
	if !onlyDeadline(t, date) {
		return ""
	}
	return t
}

// boundedBy reports a clause that sets its own time limit ("Các chi bộ
// trực thuộc hoàn thành đại hội trước ngày 15/11/2024"): work bounded by a
// date is work to do, even where nothing before assigned any. A day
// without a year counts in a text that writes none (seeingDate).
func boundedBy(c string, date vn.Date) bool {
	dl, s, e := vn.FindDeadline(c, seeingDate(date))
	if dl.Kind == vn.DeadlineNone {
		return false
	}
	phrase := vn.Fold(vn.NFC(c)[s:e])
	switch {
	case dl.Kind == vn.DeadlineRecurring && strings.Contains(phrase, "truoc"):
		// "Các xã báo cáo … hằng năm trước ngày 15/12": a due day each period.
	case dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod || !boundRe.MatchString(phrase):
		return false
	}
	for _, w := range tokenize(c) {
		if w.fold == "đã" || w.fold == "vừa" || w.fold == "đang" || w.fold == "từng" {
			return false // "Trong năm 2025, lực lượng … đã phát huy …": a result
		}
	}
	return true
}

// boundRe opens a deadline that bounds work: "trước ngày", "chậm nhất",
// "trong tháng", "từ nay đến tháng 9".
var boundRe = regexp.MustCompile(`^(?:truoc|cham nhat|muon nhat|trong|den het|tu nay den)\b`)

// frontedDeadlineRe opens a fronted time that bounds the work ("Trước ngày
// 18/10, …", "Trong tháng 5, đề nghị …"). Before a hand-over any other
// time dates the request itself ("Sáng 14/9, Chủ tịch UBND tỉnh yêu cầu
// …"); before a subject that acts it dates the work ("Sáng 20/3, các đơn
// vị ra quân …").
var frontedDeadlineRe = regexp.MustCompile(`^(?:truoc|cham nhat|muon nhat|den|trong|han|het|cuoi|dau|tu nay)\b`)

// frontedDeadline returns the deadline phrase that opens head, a
// lead-in's words before its subject ("Trước ngày 30/4/2024, …", "Để hoàn
// thành trước ngày 30/4/2024, …"), or "".
func frontedDeadline(head string, date vn.Date) string {
	head = vn.NFC(head)
	dl, st, e := vn.FindDeadline(head, date)
	if dl.Kind == vn.DeadlineNone || !strings.HasPrefix(strings.TrimSpace(head[e:]), ",") {
		return ""
	}
	if before := vn.Fold(head[:st]); before != "" && !frontedPurposeRe.MatchString(before) {
		return ""
	}
	return head[st:e]
}

// timeBeforeLead returns the time phrase written right between a
// hand-over verb and the lead in head ("yêu cầu tháng 4/2024 Công an xã
// …", "đề nghị trong quý II, các trường …"), or "": it dates the work
// handed over, as the lead-in of a list dates the list's items.
func timeBeforeLead(head, lead string) string {
	head = vn.NFC(head)
	ws := tokenize(head)
	for k := 1; k < len(ws) && lead != ""; k++ {
		if !endsWithTrigger(ws[:k]) {
			continue
		}
		phrase, next := timeAfterTrigger(head, ws, k)
		if next < len(ws) && ws[next].raw == "," {
			next++
		}
		if phrase != "" && next < len(ws) && strings.HasPrefix(vn.Fold(head[ws[next].start:]), vn.Fold(lead)) {
			return phrase
		}
	}
	return ""
}

// frontedPurposeRe is what may open a lead-in before its deadline: "Để
// hoàn thành", "Nhằm hoàn thành xong".
var frontedPurposeRe = regexp.MustCompile(`^ *(?:de|nham)(?: kip)? hoan thanh(?: xong)? *$`)

// deadlinePhrase returns the deadline phrase of s ("…, hoàn thành trước
// ngày 30/4/2024:", "thường xuyên thực hiện các nhiệm vụ sau:"), or "".
// workPeriodRe names the period of the work a lead-in announces: "các
// nhiệm vụ trọng tâm tháng 4/2022 như sau:", "nhiệm vụ quý II/2024",
// "chương trình công tác năm 2025". The items below are due by its end.
var workPeriodRe = regexp.MustCompile(`(?i)(?:nhiệm vụ|công việc|nội dung|chương trình công tác|kế hoạch công tác)(?: (?:trọng tâm|chủ yếu|cụ thể|công tác)){0,2}(?: (?:của|trong))? ` +
	`((?:tháng \d{1,2}(?: ?[/.-] ?\d{4}| năm \d{4})?)|(?:quý [IVX]+(?: ?[/-] ?\d{4}| năm \d{4})?)|năm \d{4})\b`)

// workPeriod returns the period named by a lead-in's work (see
// workPeriodRe), as written, or "".
func workPeriod(s string) string {
	if m := workPeriodRe.FindStringSubmatch(vn.NFC(s)); m != nil {
		return m[1]
	}
	return ""
}

func deadlinePhrase(s string, date vn.Date) string {
	dl, st, e := vn.FindDeadline(s, date)
	if dl.Kind == vn.DeadlineNone {
		return ""
	}
	return vn.NFC(s)[st:e]
}

// setDeadline reads the deadline of the task from what must be done and
// sets the content, without the deadline phrase.
func (f *finder) setDeadline(t *Task, body string) {
	body = vn.NFC(body)
	dl, s, e := vn.FindDeadline(body, f.date)
	t.Deadline = f.deadlineOf(dl)
	content := body
	if s >= 0 {
		content = completionBefore(body[:s]) + " " + body[e:]
	}
	t.Content = capitalize(trimPunct(strings.Join(strings.Fields(content), " ")))
}

// completionWords say only "be done by" before a deadline ("…, hoàn thành
// trước ngày 15/3"; "thời gian hoàn thành: …"): without the deadline they
// dangle at the end of the content.
var completionWords = []string{"thời gian hoàn thành", "thời hạn hoàn thành", "hoàn thành", "hoàn tất",
	"thực hiện xong", "xong"}

// completionBefore cuts a completion phrase that ends s after a
// separator, the rest of the clause being the work itself.
func completionBefore(s string) string {
	t := strings.TrimRight(s, " \t")
	for _, w := range completionWords {
		if len(t) <= len(w) || !strings.EqualFold(t[len(t)-len(w):], w) {
			continue
		}
		head := strings.TrimRight(t[:len(t)-len(w)], " \t")
		if strings.HasSuffix(head, ",") || strings.HasSuffix(head, ";") || strings.HasSuffix(head, ":") {
			return head
		}
	}
	return s
}

// deadlineOf converts dl, taking a day or month written without its year
// in the year of the document ("trước ngày 15.3" in a text of 20/8/2024 is
// 15/3/2024, already past when a news item reports it) unless that is more
// than six months before the document's date ("trước ngày 10/1" in a
// letter of 20/11 is the coming January). vn.FindDeadline takes the next
// occurrence on or after the date.
func (f *finder) deadlineOf(dl vn.Deadline) Deadline {
	d := deadlineOf(dl)
	if !f.dated || d.Kind != string(vn.DeadlineDate) || yearRe.MatchString(dl.Text) {
		return d
	}
	if d.Date.Month == 2 && d.Date.Day == 29 {
		return d // the next 29/2 that exists
	}
	if prev := vn.NewDate(d.Date.Year-1, d.Date.Month, d.Date.Day); !prev.Before(f.date.AddDays(-183)) {
		d.Date = prev
	}
	return d
}

// yearRe finds a year written in a deadline phrase.
var yearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

// submissionCovers dates the undated work of a sentence by the due time of
// the submission that ends it, when both are one body's: "Rà soát, báo cáo
// tình hình thiệt hại …, đồng thời hoàn chỉnh đề xuất hỗ trợ … và gửi về
// Sở NN & PTNT trước ngày 17/9/2021": the work is due when its result is
// sent. The tasks of the sentence start at first; the dating is
// dateByReport's, as for a report step after ";".
func (f *finder) submissionCovers(first int) {
	last := len(f.tasks) - 1
	if last <= first || f.tasks[last].Deadline.Kind != string(vn.DeadlineDate) {
		return
	}
	src := f.tasks[last].Source
	_, s, _ := vn.FindDeadline(src, f.date)
	ws := f.tokenize(src[:s])
	sent := false
	for k := len(ws) - 1; k >= max(0, len(ws)-12) && !sent; k-- {
		sent = phraseAt(ws, k, submissionVerbs, 2) > 0
	}
	if sent {
		f.dateByReport(first, f.tasks[last].Lead, src)
	}
}

// dueOpeners open a clause with its due time.
var dueOpeners = set("chậm nhất", "trước", "trong", "hạn", "hạn chót", "đến", "từ nay", "muộn nhất")

// dueReport reports a clause that opens with its due time and then hands
// the result over: "chậm nhất đến ngày 10.1 phải có báo cáo cho thường
// trực UBND tỉnh …", "trước ngày 20/3, gửi báo cáo về Sở …".
func (f *finder) dueReport(c string) bool {
	if ws := f.tokenize(prefix(c, 20)); len(ws) == 0 || phraseAt(ws, 0, dueOpeners, 2) == 0 {
		return false
	}
	dl, s, e := vn.FindDeadline(c, seeingDate(f.date))
	if dl.Kind == vn.DeadlineNone || strings.TrimSpace(c[:s]) != "" {
		return false
	}
	ws := f.tokenize(c[e:])
	i := 0
	for i < len(ws) && (ws[i].raw == "," || ws[i].fold == "phải" || ws[i].fold == "cần" || ws[i].fold == "có") {
		i++
	}
	return phraseAt(ws, i, submissionVerbs, 2) > 0
}
