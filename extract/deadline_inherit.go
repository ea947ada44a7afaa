package extract

import (
	"regexp"
	"strings"

	"tiendo/vn"
)

// Where a task's deadline comes from, in the order the finder tries:
//
//  1. its own clause ("… trước ngày 15/3/2024"; setDeadline), or a time
//     set off by a comma right before its lead, at the clause's start or
//     after the verb that hands the work over, or by commas right after
//     its lead (frontedTime, D13);
//  2. a clause after ";" that is only a deadline or a hand-over of the same
//     work ("; hoàn thành trước ngày …", "; báo cáo UBND tỉnh trước ngày …";
//     extendDeadline, extend), or the next sentence or line that is only a
//     deadline ("Thời gian hoàn thành: …"; deadlineSentence) or a hand-over
//     of the same report (reportSentence), even past a sentence that only
//     says more of the task ("Trong đó, …"; elaborationRe);
//  3. the sentence, time heading or time column that announces the list it
//     is an item of (inherit, timeHeading), or the labelled time line that
//     closes that list when no item has a time of its own (closeList);
//  4. the work it serves, read before it (inheritDeadline): the dated
//     campaign of the sentence before (sameCampaign: its lead contains or
//     is contained in the task's, or the task works with it; or any other
//     body's task when the sentence opens "Theo đó," / "Cụ thể", which
//     spells out the campaign's work), the time
//     fronted before its paragraph's first task ("Quý III/2024, …"), a
//     scheduled event that its sentence names (D14), or, for work that
//     must keep to the schedule set ("… bảo đảm tiến độ và …"), the time
//     of the last dated task (keepsScheduleRe), or the day of the
//     anniversary the text marks ("kỷ niệm … (8/3/1910 - 8/3/2024)";
//     anniversaryOf), which a list's closing time line overrides.
//
// What the phrase itself means (date, period, recurring, continuous or
// none; a window by its end; a day without a year in the text's year; a
// month by its name; a labelled time line) is vn.FindDeadline's.
//
// A date is a deadline only where it bounds work: the dates of cited
// documents, of narrative past and of the document itself, and the period
// a plan covers ("giai đoạn 2021–2025"), are not (vn.FindDeadline).

// scheduledEvent is an event a text says will take place on a day: its
// name as the text calls it ("đại hội", "buổi tiếp") and the day, for the
// tasks that prepare it.
type scheduledEvent struct {
	name     string
	deadline Deadline
}

// eventDayRe finds the day written in an event's sentence.
var eventDayRe = regexp.MustCompile(`(?i)ngày\s+\d`)

// eventForward marks the event as still to come: "sẽ diễn ra", "dự kiến tổ
// chức". A past event ("đã diễn ra") dates nothing that follows.
var eventForward = set("sẽ", "dự kiến")

// eventOf returns the event a sentence schedules: it looks forward and
// gives a day (a window gives its last day), and either opens with an
// event noun (eventNouns: "Hội nghị … sẽ diễn ra ngày …") or names the
// event after a word that holds or readies it ("Chủ tịch UBND tỉnh sẽ
// chủ trì buổi tiếp công dân … vào ngày 11/11/2025", "Chuẩn bị chu đáo
// cho lễ khởi công … vào ngày 9/11"). A headline that readies an event
// so needs no forward word; one that opens with the event ("Hội nghị
// triển khai kế hoạch …") reports it.
func (f *finder) eventOf(sentence string, headline bool) (scheduledEvent, bool) {
	if !strings.ContainsAny(sentence, "0123456789") {
		return scheduledEvent{}, false // no day written: spare tokenizing every sentence
	}
	at := -1
	ws := f.tokenize(sentence)
	if len(ws) >= 2 && phraseAt(ws, 0, eventNouns, 2) > 0 {
		at = 0
	}
	forward := false
	for i := range ws {
		forward = forward || phraseAt(ws, i, eventForward, 2) > 0
		if ws[i].fold == "đã" || ws[i].fold == "vừa" {
			return scheduledEvent{}, false
		}
		if at < 0 && i+1 < len(ws) && heldAt(ws, i) && phraseAt(ws, i, eventNouns, 2) > 0 {
			at = i
		}
	}
	if at < 0 || at+1 >= len(ws) {
		return scheduledEvent{}, false
	}
	dl, _, _ := vn.FindDeadline(sentence, f.date)
	if loc := eventDayRe.FindStringIndex(sentence); dl.Kind == vn.DeadlineNone && loc != nil {
		// "sẽ diễn ra từ 14 giờ 30 phút ngày 28/11/2025": the hour starts
		// the event, which takes place on that day, read as "vào ngày …".
		dl, _, _ = vn.FindDeadline("vào "+sentence[loc[0]:], f.date)
		dl.Text = strings.TrimPrefix(dl.Text, "vào ") // as written, for the review page
	}
	if !forward && !(headline && at > 0) || dl.Kind != vn.DeadlineDate {
		return scheduledEvent{}, false
	}
	// The event's name is its first two words: "Đại hội đại biểu …" is
	// called "Đại hội" later, "Buổi tiếp dân" "buổi tiếp".
	name := ws[at].fold + " " + ws[at+1].fold
	return scheduledEvent{name: name, deadline: f.deadlineOf(dl)}, true
}

// eventHolders are the words right before an event named inside a
// sentence that hold or ready it: "chủ trì buổi tiếp …", "tổ chức Hội nghị
// …", "chuẩn bị cho lễ khởi công …".
var eventHolders = set("chủ trì", "tổ chức", "cho", "chuẩn bị", "khai mạc")

// heldAt reports an eventHolders phrase that ends right before ws[i].
func heldAt(ws []word, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if n := phraseAt(ws, j, eventHolders, 2); n > 0 && j+n == i {
			return true
		}
	}
	return false
}

// inheritDeadline gives the tasks of the sentence just read (cur) that have
// no deadline the deadline of the work they serve: a dated task of the
// sentence before whose lead contains or is contained in theirs (the
// campaign: "UBND phường đề nghị các tổ dân phố hoàn thành … trước ngày
// 14/9. Tổ trưởng các tổ dân phố chịu trách nhiệm …"), or the event the
// text scheduled, when the sentence names it ("Để buổi tiếp dân diễn ra
// hiệu quả, … đề nghị …", "… chào mừng Đại hội").
func (f *finder) inheritDeadline(sentence string, cur []int) {
	if f.paraFirst {
		f.paraTime = f.frontedParagraphTime(sentence, cur)
	}
	if d, ok := f.anniversaryOf(sentence); ok {
		f.occasion = d
	}
	// A sentence framed "Sau Đại hội, …" tells work that follows the
	// event, not work due by it. (Lowered only when an event is known and
	// the sentence has tasks: this runs for every sentence.)
	named := false
	if f.event.name != "" && len(cur) > 0 {
		lower := strings.ToLower(vn.NFC(sentence))
		named = strings.Contains(lower, f.event.name) && !strings.HasPrefix(lower, "sau "+f.event.name) ||
			strings.Contains(lower, "chuẩn bị") // "… giao Văn phòng chuẩn bị hạ tầng kỹ thuật …" readies the event scheduled
	}
	for _, i := range cur {
		t := &f.tasks[i]
		if t.Deadline.Kind != string(vn.DeadlineNone) {
			continue
		}
		for _, j := range f.lastSentence {
			pt := f.tasks[j]
			if pt.Deadline.Kind == string(vn.DeadlineDate) && (sameCampaign(pt, *t) || f.spelledOut && pt.Lead != t.Lead) {
				t.Deadline = Deadline{Kind: pt.Deadline.Kind, Date: pt.Deadline.Date}
				t.Cue += "; thời hạn theo câu trước"
				break
			}
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) {
			if j := f.lastDatedTask(cur); j >= 0 && superintends(*t, f.tasks[j]) {
				t.Deadline = Deadline{Kind: f.tasks[j].Deadline.Kind, Date: f.tasks[j].Deadline.Date}
				t.Cue += "; thời hạn theo việc được kiểm tra, đôn đốc"
			}
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) && !f.paraFirst && f.paraTime.Kind != "" {
			t.Deadline = f.paraTime
			t.Cue += "; thời hạn theo thời gian đầu đoạn"
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) && named {
			t.Deadline = f.event.deadline
			t.Cue += "; thời hạn theo ngày diễn ra «" + f.event.name + "»"
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) && f.occasion.Kind != "" {
			t.Deadline = f.occasion
			t.Cue += occasionCue
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) && f.campaign.Kind != "" && keepsScheduleRe.MatchString(vn.Fold(t.Content)) {
			// "Cấp ủy cấp trên chịu trách nhiệm chỉ đạo … bảo đảm tiến
			// độ": the schedule it must keep is the one the text set.
			t.Deadline = f.campaign
			t.Cue += "; thời hạn theo tiến độ đã đặt"
		}
		if t.Deadline.Kind == string(vn.DeadlineNone) && sameTimeRe.MatchString(vn.Fold(t.Content)) {
			// "…, đồng thời thông báo … treo cờ trong khoảng thời gian nêu
			// trên": the time written before, in this sentence or earlier.
			if d := f.lastDated(cur, i); d.Kind != "" {
				t.Deadline = d
				t.Cue += "; thời hạn theo thời gian nêu trên"
			}
		}
	}
	for _, i := range cur {
		if k := f.tasks[i].Deadline.Kind; k == string(vn.DeadlineDate) || k == string(vn.DeadlinePeriod) {
			f.campaign = f.tasks[i].Deadline
			break
		}
	}
	if ev, ok := f.eventOf(sentence, false); ok {
		f.event = ev
	}
}

// lastDatedTask returns the last task before the sentence being read (cur)
// with a date or period, or -1.
func (f *finder) lastDatedTask(cur []int) int {
	end := len(f.tasks)
	if len(cur) > 0 {
		end = cur[0]
	}
	for j := end - 1; j >= 0; j-- {
		if k := f.tasks[j].Deadline.Kind; k == string(vn.DeadlineDate) || k == string(vn.DeadlinePeriod) {
			return j
		}
	}
	return -1
}

// supervisionVerbs open work that sees to other work being done.
var supervisionVerbs = set("kiểm tra", "đôn đốc", "nhắc nhở", "giám sát", "theo dõi", "hướng dẫn", "chỉ đạo")

// superintends reports a task that sees to the work of a dated task
// before it, named after "việc": "Giao Thủ trưởng các cơ quan … kiểm tra,
// nhắc nhở việc treo cờ Tổ quốc …" after "… đề nghị các cơ quan … treo
// Quốc kỳ từ … đến hết ngày 25/01/2026". Seeing to it ends when the work
// is due. The work is known by its first word after "việc", unless that
// is a word any work may start with ("việc thực hiện …").
func superintends(t, campaign Task) bool {
	ws := tokenize(t.Content)
	at := phraseAt(ws, 0, subjectTriggers, 3) // "Có trách nhiệm chỉ đạo, kiểm tra …"
	sees := false
	for k := at; k < len(ws) && k <= at+3 && !sees; k++ {
		sees = phraseAt(ws, k, supervisionVerbs, 2) > 0 // (or "triển khai và giám sát …")
	}
	if !sees {
		return false
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].fold != "việc" || ws[i+1].punct {
			continue
		}
		if n := phraseAt(ws, i+1, anyWorkVerbs, 2); n > 0 {
			// "… giám sát việc thực hiện trong phạm vi quản lý": the work
			// named by no object is the one just set.
			if j := i + 1 + n; j == len(ws) || ws[j].punct || phraseAt(ws, j, scopeWords, 2) > 0 {
				return true
			}
			continue
		}
		return strings.Contains(" "+vn.Fold(campaign.Content)+" ", " "+vn.Fold(ws[i+1].raw)+" ")
	}
	return false
}

// scopeWords follow work named by no object to say where or how it is
// done: "việc thực hiện trong phạm vi quản lý", "… tại địa phương".
var scopeWords = set("trong", "tại", "ở", "theo", "của", "trên")

// anyWorkVerbs may start any work: they do not tell which.
var anyWorkVerbs = set("thực hiện", "triển khai", "tổ chức", "tiến hành", "chấp hành", "làm")

// sameTimeRe refers back to a time already written: "trong khoảng thời
// gian nêu trên", "trong thời gian trên", "cùng thời gian này".
var sameTimeRe = regexp.MustCompile(`\b(?:(?:trong )?(?:khoang )?thoi gian (?:neu tren|noi tren|ke tren|tren|nay)|cung (?:thoi gian|thoi diem)(?: nay| tren)?)\b`)

// lastDated returns the date or period of the last dated task before task
// i: of the sentence being read (cur), else the campaign's.
func (f *finder) lastDated(cur []int, i int) Deadline {
	d := f.campaign
	for _, j := range cur {
		if j >= i {
			break
		}
		if k := f.tasks[j].Deadline.Kind; k == string(vn.DeadlineDate) || k == string(vn.DeadlinePeriod) {
			d = Deadline{Kind: k, Date: f.tasks[j].Deadline.Date}
		}
	}
	return d
}

// anniversaryRe is work aimed at an anniversary written with its span, the
// same day and month years apart: "Hướng tới kỷ niệm 114 năm Ngày Quốc tế
// Phụ nữ (8/3/1910 - 8/3/2024)", "tuyên truyền kỷ niệm …", "chào mừng kỷ
// niệm …". The span's end is the day being marked. A ceremony of the
// anniversary ("đồng ý tổ chức lễ Kỷ niệm 20 năm … (17/10/2002 -
// 17/10/2022)") is not dated by it: the span names the anniversary, and
// the ceremony's own day is not written.
var anniversaryRe = regexp.MustCompile(`(?i)(?:hướng tới|hướng về|chào mừng|tuyên truyền|tuyên truyền về)\s+(?:các hoạt động\s+)?kỷ niệm[^.;]{0,160}?\((\d{1,2})/(\d{1,2})/(\d{4}) ?[-–] ?(\d{1,2})/(\d{1,2})/(\d{4})\)`)

// occasionCue marks a deadline taken from the anniversary the text marks.
const occasionCue = "; thời hạn theo ngày kỷ niệm"

// anniversaryOf returns the day a sentence marks as an anniversary ("Hướng
// tới kỷ niệm … (8/3/1910 - 8/3/2024), …", "Thực hiện Hướng dẫn … tuyên
// truyền kỷ niệm … (17/3/1913 - 17/3/2023)"): the work the text then sets
// for the occasion with no time of its own is due by that day, as work for
// a holiday takes the holiday's day.
func (f *finder) anniversaryOf(sentence string) (Deadline, bool) {
	s := vn.NFC(sentence)
	if !strings.Contains(s, "(") || !strings.Contains(s, "iệm") && !strings.Contains(s, "IỆM") {
		return Deadline{}, false // every match holds "kỷ niệm" and a bracket: spare the pattern
	}
	m := anniversaryRe.FindStringSubmatch(s)
	if m == nil || m[1] != m[4] || m[2] != m[5] || m[3] == m[6] {
		return Deadline{}, false
	}
	dl, err := vn.ParseDeadline("ngày "+m[4]+"/"+m[5]+"/"+m[6], f.date)
	if err != nil || dl.Kind != vn.DeadlineDate {
		return Deadline{}, false
	}
	return f.deadlineOf(dl), true
}

// keepsScheduleRe is work that must keep to a schedule already set
// ("bảo đảm tiến độ và …", "đúng tiến độ đề ra"), not one of its own
// (folded). A schedule with an object ("đảm bảo tiến độ giải ngân vốn")
// is that work's own.
var keepsScheduleRe = regexp.MustCompile(`\b(?:bao dam|dam bao|dung|kip) tien do(?: (?:de ra|da de ra|theo ke hoach|theo quy dinh))?(?:$|[,;.]| va\b)`)

// frontedParagraphTime returns the time fronted before the first sentence
// of a paragraph ("Quý III/2024, Huyện ủy sẽ tổ chức …") when it dated that
// sentence's first task: the paragraph is a plan's item for that time, and
// its later tasks with no time of their own share it. A fronted time that
// dated no task ("Năm 2023, toàn huyện đạt …") is a narrative's, and dates
// nothing.
func (f *finder) frontedParagraphTime(sentence string, cur []int) Deadline {
	s := vn.NFC(sentence)
	dl, st, e := vn.FindDeadline(s, f.date)
	if len(cur) == 0 || dl.Kind == vn.DeadlineNone || strings.TrimSpace(s[:st]) != "" ||
		!strings.HasPrefix(strings.TrimSpace(s[e:]), ",") {
		return Deadline{}
	}
	if d := f.deadlineOf(dl); f.tasks[cur[0]].Deadline == d {
		return d
	}
	return Deadline{}
}

// skipFrontedTime returns where the addressees begin after a trigger when a
// time set off by a comma stands between them ("yêu cầu chậm nhất đến ngày
// 7/8, Sở Nội vụ phải …", "đề nghị từ ngày 15/3, các chợ …"); else a.
func skipFrontedTime(c string, ws []word, a int) int {
	k := firstComma(ws, a)
	if k < 0 {
		k = windowComma(ws, a) // "từ ngày 30/4/2020 đến hết ngày 03/5/2020, các đơn vị …": a window, longer
	}
	if k < 0 || k+1 >= len(ws) {
		return a
	}
	if span := vn.Fold(c[ws[a].start:ws[k].start]); timeRe.MatchString(span) || relativeTimeRe.MatchString(span) {
		return k + 1
	}
	if phraseAt(ws, a, afterEventWords, 2) > 0 && isOrgish(ws[k+1:]) {
		return k + 1 // "yêu cầu sau khi kết thúc Đại hội điểm, các chi bộ …"
	}
	return a
}

// windowComma returns the index of the comma that ends a window of days
// opened at ws[a] ("từ ngày … đến hết ngày …,"), within twenty words, or -1.
func windowComma(ws []word, a int) int {
	if ws[a].fold != "từ" {
		return -1
	}
	for k := a + 1; k < len(ws) && k < a+21; k++ {
		if ws[k].raw == "," {
			return k
		}
		if ws[k].punct && ws[k].raw != "/" && ws[k].raw != "-" && ws[k].raw != "." {
			return -1
		}
	}
	return -1
}

// relativeTimeRe is a time told without a figure: "trong những tháng
// cuối năm", "trong thời gian tới", "từ nay đến cuối năm".
var relativeTimeRe = regexp.MustCompile(`^(?:trong|tu nay den|den het|den cuoi)\b[^,]{0,40}\b(?:thang|nam|quy|tuan|ngay|thoi gian|dip)\b[^,]*$`)

// firstComma returns the index of the first comma after ws[a] within the
// eleven words that follow it, where a fronted phrase ends, or -1.
func firstComma(ws []word, a int) int {
	for k := a + 1; k < len(ws) && k < a+12; k++ {
		if ws[k].raw == "," {
			return k
		}
	}
	return -1
}

// afterEventWords open a time told by an event: "sau khi …", "trước khi
// …", "ngay sau khi …".
var afterEventWords = set("sau khi", "trước khi", "ngay sau", "kể từ khi")

// skipTimeBeforeLead returns where the addressees start when a time is
// written between the hand-over verb and them with no comma ("đề nghị
// tháng 12/2018 thường trực HĐND …", "yêu cầu trong quý II các sở …"):
// the time dates the work the verb hands over, it does not name a body;
// else a.
func skipTimeBeforeLead(c string, ws []word, a int) int {
	if phrase, next := timeAfterTrigger(c, ws, a); phrase != "" && next < len(ws) && !ws[next].punct && isOrgish(ws[next:]) {
		return next
	}
	return a
}

// timeAfterTrigger reads a time phrase that starts at ws[a], right after a
// hand-over verb, and returns it with the index of the word after it; a
// bare month or quarter ("tháng 12/2018", "quý II") reads as "trong …".
func timeAfterTrigger(c string, ws []word, a int) (string, int) {
	if a >= len(ws) || phraseAt(ws, a, timeOpenersBeforeLead, 2) == 0 {
		return "", a
	}
	span, pre := c[ws[a].start:], ""
	if ws[a].fold == "tháng" || ws[a].fold == "quý" {
		pre = "trong "
	}
	dl, s, e := vn.FindDeadline(pre+span, vn.NewDate(2000, 1, 1))
	if dl.Kind == vn.DeadlineNone || s != 0 || e <= len(pre) {
		return "", a
	}
	end := ws[a].start + e - len(pre)
	for k := a + 1; k < len(ws); k++ {
		if ws[k].start >= end {
			return c[ws[a].start:end], k
		}
	}
	return "", a
}

// timeOpenersBeforeLead open a time that may stand between a hand-over
// verb and its addressees.
var timeOpenersBeforeLead = set("tháng", "quý", "trong", "trước", "chậm nhất", "đến", "từ nay", "cuối", "đầu", "hằng", "hàng")

// parentheticalTime returns the index of the comma that opens a time set
// off by commas right before ws[i] ("Các trường mầm non, chậm nhất ngày
// 22/3/2024, phải …"), so that the subject is read before it; else -1.
func parentheticalTime(c string, ws []word, i int) int {
	if i < 2 || ws[i-1].raw != "," {
		return -1
	}
	for k := i - 2; k > 0 && k > i-14; k-- {
		if ws[k].raw == "," {
			if timeRe.MatchString(vn.Fold(c[ws[k+1].start:ws[i-1].start])) {
				return k
			}
			return -1
		}
	}
	return -1
}

// timeRe is a time phrase and nothing else: an opener that bounds or
// starts the work, then a day, month, quarter or year.
var timeRe = regexp.MustCompile(`^(?:truoc|cham nhat|muon nhat|den|trong|han|het|cuoi|dau|tu)\b[^,]*\d[^,]*$`)

// frontedDoneRe is what may stand before a due time set at a sentence's
// head: "Hoàn thành (trước …)", "Phải hoàn thành", after a site's label
// ("Kinhtedothi - Hoàn thành …").
var frontedDoneRe = regexp.MustCompile(`(?:^|[-–] )(?:du kien |phai |can )?hoan thanh$`)

// frontedTime returns the deadline written before the lead in head (the
// clause up to what must be done): a time opening the clause and set off
// by a comma ("Trước ngày 18/10, các địa phương phải báo cáo …", "Trong
// tháng 5, đề nghị các xã …"), or one set off by a comma right before the
// lead ("… yêu cầu chậm nhất đến ngày 7/8, Sở Nội vụ phải …"), or one set
// off by commas right after it ("Các trường, chậm nhất ngày 22/3, phải …").
// After a
// trigger only a time that bounds work counts ("trước", "chậm nhất",
// "trong …"), not a start ("từ ngày …").
func (f *finder) frontedTime(head, lead, cue string) (vn.Deadline, bool) {
	dl, st, e := vn.FindDeadline(head, f.date)
	if dl.Kind == vn.DeadlineNone {
		return vn.Deadline{}, false
	}
	if !strings.HasPrefix(strings.TrimSpace(head[e:]), ",") {
		// With no comma only a time right between the hand-over verb and
		// the lead counts: "đề nghị tháng 12/2018 thường trực HĐND …".
		after := vn.Fold(strings.TrimSpace(head[e:]))
		ok := lead != "" && strings.HasPrefix(cue, "giao việc") && strings.HasPrefix(after, vn.Fold(lead)) &&
			endsWithTrigger(f.tokenize(strings.TrimSpace(head[:st])))
		return dl, ok
	}
	bounds := frontedDeadlineRe.MatchString(vn.Fold(head[st:e]))
	if pre := strings.TrimSpace(head[:st]); pre == "" || vn.Fold(pre) == "du kien" { // "Dự kiến tháng 5, …" (main's 3fc7544)
		return dl, !strings.HasPrefix(cue, "giao việc") || bounds
	}
	if frontedDoneRe.MatchString(vn.Fold(strings.TrimSpace(head[:st]))) {
		// "Hoàn thành trước 25/7/2024, việc lấy ý kiến …, Chủ tịch … yêu
		// cầu mặt trận các cấp …": the work's due time, set first.
		return dl, true
	}
	after := strings.TrimLeft(strings.TrimSpace(head[e:]), ", ")
	before := strings.TrimRight(strings.TrimSpace(head[:st]), ", ")
	return dl, bounds && lead != "" && (strings.HasPrefix(vn.Fold(after), vn.Fold(lead)) ||
		strings.HasSuffix(vn.Fold(before), vn.Fold(lead)) && strings.HasSuffix(strings.TrimSpace(head[:st]), ","))
}
