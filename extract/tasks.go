package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tiendo/vn"
)

// finder walks the lines of a text and collects the tasks it assigns.
type finder struct {
	tokenMemo
	date       vn.Date
	dated      bool // date is the document's day, not the first of its year
	tasks      []Task
	addressees string // who the document is addressed to, for "các đơn vị, địa phương"

	listLead string // lead of the list being read: a header's, or the lead-in's
	inList   bool   // reading the items of a list of tasks
	// afterBullets says the last line read was a list item; listFirst is
	// the index of the first task of the run of items it ends.
	afterBullets bool
	listFirst    int
	listItems    int // the number of items in that run
	headerLead   string

	// announce is the lead of a sentence that announces tasks ("… yêu cầu
	// X, Y tập trung thực hiện một số giải pháp …", "… các nhiệm vụ sau:");
	// the subject-less sentences after it, in later paragraphs too, are
	// those tasks. umbrella is the announcing sentence's own task (-1 if
	// none), dropped once a sentence has taken its lead.
	announce string
	umbrella int
	// sentenceFirst is the index of the first task of the sentence being
	// read.
	sentenceFirst int
	// colonRequest is set in a paragraph where a request with a colon
	// ("Chủ tịch UBND huyện yêu cầu: …") assigned the work after it.
	colonRequest bool
	// adds is the connective, as written, of a sentence that opens by
	// adding to the one before ("Cùng với đó, …", "Đồng thời, …"), or "";
	// addsRaw is that sentence as written.
	adds, addsRaw string
	drop          map[int]bool
	// directive is set once the text assigns work (a trigger, a document
	// reported issued, "Theo đó"): from then on a sentence with its own
	// subject and an action ("UBND các huyện rà soát …") is a task.
	directive bool
	// lastSentence holds the tasks of the last sentence read, for a deadline
	// written in the next one ("Thời gian hoàn thành trước ngày …").
	lastSentence []int
	recent       []string // the last sentences read, for "các chi bộ trên"
	paraLead     string   // lead of the paragraph's first task
	// lastHand is the lead of the last hand-over in the text ("giao X …",
	// "yêu cầu X …"), kept until a sentence tells what was done.
	lastHand string
	// paraTime: the time fronted before the paragraph's first task ("Quý
	// III/2024, Huyện ủy sẽ …"), for its later tasks with none.
	paraTime  Deadline
	paraFirst bool // the sentence being read opens its paragraph
	// spelledOut: the sentence being read opens with "Theo đó," or "Cụ
	// thể": it spells out the work of the sentence before.
	spelledOut bool
	headline   bool   // the paragraph being read is a headline (see isHeadline)
	fresh      bool   // the sentence being read announced tasks
	lastInPara bool   // the sentence being read ends its paragraph
	next       string // the sentence after the one being read, or the next line's first
	nextLine   string // the first sentence of the next line, for the last one of a paragraph
	// held is the lead of a request read in this sentence that gave no
	// task (an exhortation to discipline); lastHeld, the last sentence's:
	// the request may go on in the next sentence with real work.
	held, lastHeld string
	// assigned: a trigger handed work over in this sentence, though what
	// it asked gave no task ("Đề nghị phụ huynh đưa trẻ …"): the passage
	// still assigns work.
	assigned bool
	// narrative: the last sentence read told what was done (a list item or
	// a heading ends it).
	narrative bool

	// A plan's item written as a heading with its attributes below it
	// ("1. Tổ chức lễ phát động …" then "- Đơn vị chủ trì: Phòng Y tế",
	// "- Thời gian: trước ngày 25/4"): heading is its text while no
	// task has been made of it, item0 the task made of it (-1 if none).
	heading string
	item0   int

	// listDeadline is the deadline phrase of the sentence that announced
	// the list being read; headerDeadline, that of a time heading above
	// the items ("Trong quý II/2024:"). Items with none take it.
	listDeadline, headerDeadline string
	announceDeadline             string // that of the sentence that announced announce's tasks
	// prevSentence is the sentence read before this one: the work period
	// it names ("Hội nghị đã thông qua các nhiệm vụ trọng tâm tháng
	// 3/2026.") dates a lead-in right after it that names none.
	prevSentence string

	// purpose: reading a plan's "Mục đích, yêu cầu" section, whose items
	// say what the plan aims at and how it must be done, not tasks.
	purpose bool
	// results: reading a report's section of results ("I. CÔNG TÁC CHỈ
	// ĐẠO, ĐIỀU HÀNH … THÁNG 5/2017", "A- NHỮNG KẾT QUẢ ĐẠT ĐƯỢC"), which
	// tells what was done, whatever its verbs; the next section title ends it.
	results bool
	report  bool // the text is a report ("BÁO CÁO", "Báo cáo công tác …"): only a report has sections of results

	// recited: the tasks of a hand-over an urging letter recites and
	// reports undone ("Tuy nhiên, đến nay … chưa …"), dropped when it asks
	// the same body again.
	recited []int

	// event: the last event the text scheduled, whose preparation inherits its day.
	event scheduledEvent
	// campaign is the date or period of the last dated task read: the
	// schedule a later "bảo đảm tiến độ" keeps to.
	campaign Deadline
	// occasion is the day of the anniversary the text marks (anniversaryOf).
	occasion Deadline
	// scheduleDay is the day heading of a schedule ("THỨ BA 15/3") the
	// notes under it prepare for (see scheduleNote).
	scheduleDay string
}

// findTasks returns the tasks of text, resolving deadlines against date.
// dated says date is the document's own date, not only its year.
func findTasks(text string, date vn.Date, dated bool) []Task {
	f := &finder{date: date, dated: dated, umbrella: -1, item0: -1, drop: map[int]bool{}}
	lines := splitLines(text)
	f.addressees = findAddressees(lines)
	f.report = isReport(lines)
	title := titleLine(lines)
	if title >= 0 {
		if ev, ok := f.eventOf(lines[title].text, true); ok {
			f.event = ev // "Chuẩn bị chu đáo cho lễ khởi công … vào ngày 9/11"
		}
	}
	for k, l := range lines {
		if k == title {
			continue
		}
		afterBullets := f.afterBullets // the line before (blank lines skipped) was a list item
		if l.kind != lineBlank {
			f.afterBullets = l.kind == lineBullet
		}
		if day := dayHeading(l.text); day != "" {
			f.scheduleDay = day // "THỨ HAI (09/02/2026):"
			continue
		}
		switch l.kind {
		case lineBlank:
		case lineHeader:
			f.headerLead, f.narrative = l.lead, false
			f.lastSentence, f.heading, f.item0 = f.lastSentence[:0], "", -1
			f.purpose = purposeHeading(l.text)
			f.results = f.report && resultsHeading(l.text)
			if l.lead == "" {
				f.headerDeadline = ""
			}
			if l.lead != "" {
				f.inList = true
			}
		case lineBullet:
			if !afterBullets {
				f.listFirst, f.listItems = len(f.tasks), 0
			}
			f.listItems++
			f.narrative = false
			if f.results || metadataLabelRe.MatchString(l.text) {
				continue
			}
			if purposeHeading(l.text) {
				f.purpose = true
				continue
			}
			if f.purpose && len(l.text) < 60 && !strings.ContainsAny(l.text, ".;,") && l.numbered {
				f.purpose = false // "3. Nội dung thực hiện": the next section's title
			}
			if f.purpose {
				continue // "Các khu dân cư tổ chức Ngày hội thiết thực, tránh hình thức": a requirement
			}
			if d := timeHeading(l.text, f.date); d != "" {
				f.headerDeadline = d
				continue
			}
			if d := timeLine(l.text, f.date); d != "" && f.inList {
				f.headerDeadline = d // "1. Thời gian: Ngày 22/7/2018 (Chủ nhật)" among the items of a lead-in
				if afterBullets {
					f.closeList(d) // "3. Thời gian: Từ ngày 16/5 đến hết ngày 24/5/2021." after the items it times
				}
				continue
			}
			if !f.attribute(l.text) {
				first := len(f.tasks)
				f.bullet(l.text)
				f.afterItem(l.text, first)
			}
		case linePara:
			if f.results || aside(l.text) || metadataLabelRe.MatchString(l.text) || nameLine(l.text) {
				continue
			}
			if l.note {
				f.scheduleNote(l.text)
				continue
			}
			if purposeHeading(l.text) {
				f.purpose = true
				continue
			}
			if f.purpose && len(l.text) < 60 && !strings.ContainsAny(l.text, ".;") {
				f.purpose = false // the next section's title
			}
			if f.purpose {
				continue
			}
			if d := timeLine(l.text, f.date); d != "" && afterBullets && f.closeList(d) {
				continue // "Thời gian treo: từ … đến hết ngày …." under the items
			}
			if d := timeHeading(l.text, f.date); d != "" {
				f.headerDeadline = d
				continue
			}
			if d := strings.TrimSuffix(strings.TrimSpace(l.text), "."); len(f.lastSentence) == 0 && len(d) < 80 && onlyDeadline(d, f.date) {
				// "Thời gian thực hiện: trong quý II/2024." above the items,
				// with no task before it to date.
				f.headerDeadline = d
				continue
			}
			if d := timeLine(l.text, f.date); len(f.lastSentence) == 0 && d != "" {
				f.headerDeadline = d // "Thời gian treo cờ: Từ ngày … đến hết ngày …." under "… như sau:"
				continue
			}
			if f.attribute(l.text) {
				continue
			}
			f.inList, f.headerLead, f.listLead = false, "", ""
			f.listDeadline, f.headerDeadline = "", ""
			f.item0 = -1
			f.nextLine = firstSentenceAfter(lines, k)
			f.paragraph(l.text)
		}
	}
	if len(f.drop) > 0 {
		kept := f.tasks[:0]
		for i, t := range f.tasks {
			if !f.drop[i] {
				kept = append(kept, t)
			}
		}
		f.tasks = kept
	}
	f.tasks = dropRestatements(f.tasks)
	for i := range f.tasks {
		if (genericLeads[lower(f.tasks[i].Lead)] || strings.HasPrefix(f.tasks[i].Lead, "Quý ")) && f.addressees != "" {
			f.tasks[i].Lead = f.addressees
		}
	}
	return f.tasks
}

// scheduleNote reads a note taken out of a schedule's line (see
// scheduleNotes): the body it names is given the work, as in a text that
// directs, and the list the line belongs to goes on after it.
func (f *finder) scheduleNote(text string) {
	directive, lastSentence, first := f.directive, f.lastSentence, len(f.tasks)
	f.directive = true
	f.paragraph(text)
	f.directive, f.lastSentence = directive, lastSentence
	if f.scheduleDay == "" {
		return
	}
	// What a note prepares is due on the day it is for.
	dl, _, _ := vn.FindDeadline("vào ngày "+f.scheduleDay, f.date)
	for i := first; i < len(f.tasks) && dl.Kind == vn.DeadlineDate; i++ {
		if f.tasks[i].Deadline.Kind == string(vn.DeadlineNone) {
			f.tasks[i].Deadline = f.deadlineOf(dl)
			f.tasks[i].Deadline.Text = f.scheduleDay
			f.tasks[i].Cue += "; ngày của lịch"
		}
	}
}

// dayHeadingRe is a schedule's day heading: "THỨ BA 15/3", "THỨ HAI
// (09/02/2026):", "Thứ Sáu, ngày 18/3/2022".
var dayHeadingRe = regexp.MustCompile(`^(?i)\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)[\s,:(–-]*(?:ngày\s*)?(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*\)?\s*:?\s*$`)

// dayHeading returns the day of a schedule's day heading, or "".
func dayHeading(text string) string {
	if m := dayHeadingRe.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// isHeadline reports a paragraph that is a headline: one short line with
// no closing punctuation ("Sẽ thi công sân bay Phan Thiết trong cuối tháng
// 3/2021" on a tag page) before more text. It opens another item, so it
// does not go on with the work handed over in the item before.
func isHeadline(p string) bool {
	p = strings.TrimSpace(p)
	return p != "" && len(p) < 160 && !strings.Contains(p, "\n") && !strings.ContainsAny(p[len(p)-1:], ".:;!?…)")
}

// closeList dates the items of the list just read by the labelled time
// line under them ("Thời gian treo: từ ngày 25 tháng 4 cho đến hết ngày 03
// tháng 5 năm 2021."), as the same line dates them written above: a time
// that closes a list is the list's. A list whose items carry times of their
// own keeps them; the line then belongs to the last item, as before.
func (f *finder) closeList(phrase string) bool {
	items := f.tasks[f.listFirst:]
	if f.listItems < 2 || len(items) == 0 {
		return false
	}
	for _, t := range items {
		if t.Deadline.Kind != string(vn.DeadlineNone) && !strings.HasSuffix(t.Cue, occasionCue) {
			return false // a time of its own; the occasion's day yields to the list's line
		}
	}
	dl, _, _ := vn.FindDeadline(phrase, f.date)
	for i := range items {
		items[i].Cue = strings.TrimSuffix(items[i].Cue, occasionCue)
		items[i].Deadline = f.deadlineOf(dl)
		items[i].Cue += "; thời hạn theo dòng thời gian cuối danh sách «" + phrase + "»"
	}
	return true
}

// firstSentenceAfter returns the first sentence of the next paragraph
// line after lines[k] (blank lines skipped), or "".
func firstSentenceAfter(lines []line, k int) string {
	for _, l := range lines[k+1:] {
		switch l.kind {
		case lineBlank:
			continue
		case linePara:
			if ss := sentences(prefix(l.text, 200)); len(ss) > 0 {
				return ss[0]
			}
		}
		return ""
	}
	return ""
}

// titleLine returns the index of a news item's or page's title: the first
// line, running text with no closing punctuation, followed by more text.
// A title sums up the item ("Bộ Nội vụ đề nghị các địa phương tạm dừng
// sáp nhập sở, ngành") whose body states the task with its own words; it
// is not read for tasks. It returns -1 when there is none.
func titleLine(lines []line) int {
	first := -1
	for k, l := range lines {
		if l.kind == lineBlank {
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		t := strings.TrimSpace(lines[first].text)
		if lines[first].kind != linePara || strings.HasSuffix(t, "./.") || strings.ContainsAny(t[len(t)-1:], ".:;!?…") {
			return -1
		}
		return first
	}
	return -1
}

// clauseTask is a task found in one clause, before its deadline is read.
type clauseTask struct {
	lead      string
	predicate int    // byte offset in the clause where what must be done begins
	clause    string // the clause
	leadIn    bool   // the clause ends with ":" and introduces a list
	cue       string // why it is a task, for the office reviewing it
}

// paragraph reads the tasks of a paragraph of running text.
func (f *finder) paragraph(p string) {
	f.paraLead, f.paraTime, f.colonRequest = "", Deadline{}, false
	f.headline = f.nextLine != "" && isHeadline(p) // a last line that lost its full stop is not one
	ss := sentences(p)
	for k, raw := range ss {
		f.lastInPara = k == len(ss)-1
		f.paraFirst = k == 0
		f.next = f.nextLine
		if k+1 < len(ss) {
			f.next = ss[k+1]
		}
		if f.calledOff(raw) {
			continue // "Tuy nhiên, … đã tạm dừng …" (G38)
		}
		if f.notYetDone(raw) {
			continue // "Tuy nhiên, đến nay … chưa trình …" (G56)
		}
		sentence, conn := dropConnective(raw)
		if conn == "theo đó" || conn == "theo kế hoạch" || conn == "theo dự kiến" {
			f.directive = true
		}
		f.spelledOut = conn == "theo đó" || strings.HasPrefix(conn, "cụ thể")
		f.adds, f.addsRaw = "", raw
		if additiveConnectives[conn] {
			f.adds = connectiveOf(raw)
		}
		if opensConclusions(sentence) {
			f.directive, f.fresh = true, true // it assigns nothing itself but opens what does
		}
		if f.umbrella >= 0 && (conn == "theo đó" || strings.HasPrefix(conn, "cụ thể")) {
			f.drop[f.umbrella] = true // the document's content is spelt out from here
		}
		if f.deadlineSentence(sentence) || f.reportSentence(sentence) {
			continue
		}
		if folded := vn.Fold(prefix(sentence, 400)); executionFormulaRe.MatchString(folded) || noticeFormulaRe.MatchString(folded) {
			// "Giao Giám đốc Sở …; Chủ tịch UBND huyện …; Thủ trưởng … chịu
			// trách nhiệm thi hành Quyết định này kể từ ngày ký": the
			// closing formula, its addressees listed with ";".
			continue
		}
		if len(f.lastSentence) > 0 && conditionSentence(sentence) {
			continue // "Đơn vị nào chưa thu thì khẩn trương thu …": part of the task before
		}
		first, before := len(f.tasks), f.lastSentence
		f.sentenceFirst = first
		if f.timetable(sentence) {
			f.afterSentence(sentence, first)
			continue
		}
		parts := f.splitAtSubjectColon(sentence)
		for k, part := range parts {
			if k+1 < len(parts) && endsWithRequest(part) {
				// "UBND tỉnh yêu cầu: Sở Y tế kiểm tra …": what follows
				// the colon is assigned, subject and all.
				f.directive, f.fresh, f.colonRequest = true, true, true
			}
			f.clauses(part, conn != "", sentence)
		}
		f.prevSentence = sentence
		f.submissionCovers(first)
		if conn != "" {
			f.keepConnective(raw, sentence, first)
		}
		f.afterSentence(sentence, first)
		if len(f.lastSentence) == 0 && elaborationRe.MatchString(vn.Fold(prefix(raw, 20))) {
			// "Trong đó, tập trung báo cáo chi tiết …" says more of the
			// task before and gives none: a hand-over or a deadline in
			// the next sentence still dates that task.
			f.lastSentence = before
		}
	}
}

// elaborationRe opens a sentence that says more of the work before it:
// "Trong đó, …", "Đặc biệt, …", "Nhất là …", "Lưu ý …", "Chú trọng …", or
// why it is done: "Đây là cơ sở để …", "Việc này nhằm …".
var elaborationRe = regexp.MustCompile(`^(?:trong do|dac biet|nhat la|luu y|chu y|chu trong|day la|viec nay|dieu nay)\b`)

// clauses reads the clauses of one sentence (or part of one, split at a
// subject's colon). conn says the sentence opened with a connective.
func (f *finder) clauses(part string, conn bool, sentence string) {
	cls := f.mergeCooperation(f.mergeGrounds(f.splitEvents(clauses(part))))
	prev := -1 // index in f.tasks of the task of the previous clause
	// fronted is the time set before the first clause's body, which the
	// sentence's other clauses for that body share.
	first, fronted := len(f.tasks), Deadline{}
	// mannerLead is the body of the previous clause when that clause only
	// said how to work ("Tập trung, chủ động … trong chỉ đạo, điều hành;
	// đẩy mạnh giải ngân …"): the action after ";" is still its work.
	mannerLead := ""
	for k := 0; k < len(cls); k++ {
		c := cls[k]
		ws := f.tokenize(c)
		afterManner := mannerLead
		mannerLead = ""
		frontTime := ""    // a time set off before a subject-less continuation
		circumstance := "" // when, why or how, set off before one
		if k == 0 && (f.handedOver() != "" || f.announce != "") {
			if j := afterOrdinal(ws); j > 0 {
				c = c[ws[j].start:] // "Thứ hai, thường xuyên kiểm tra …": an item of the enumeration
				ws = f.tokenize(c)
			}
			if j := frontedTimeEnd(c, ws); j > 0 && startsWithAction(ws[j:]) {
				// "Từ 18 giờ ngày 4/5, đóng cửa tất cả các hàng quán …":
				// the request goes on, dated by the time before it.
				frontTime, c = c[:ws[j].start], c[ws[j].start:]
				ws = f.tokenize(c)
			}
		}
		if k == 0 && startsTopic(c) && (f.handedOver() != "" || f.announce != "") {
			if j := afterTopic(ws); j > 0 {
				c = c[ws[j].start:] // "Trong công tác tuyên truyền, tăng cường …" (G36)
				ws = f.tokenize(c)
			}
		}
		if k == 0 && !startsWithAction(ws) && (f.handedOver() != "" || f.announce != "") {
			if j := afterCircumstance(ws); j > 0 {
				// "Bắt tay vào công việc sau dịp nghỉ tết, tập trung hoàn
				// thành …": the request goes on after how or why it is made.
				circumstance, c = c[:ws[j].start], c[ws[j].start:]
				ws = f.tokenize(c)
			}
		}
		if phraseAt(ws, 0, conditionWords, 4) > 0 {
			prev = -1 // "trường hợp … báo cáo …": what to do if, not a task
			continue
		}

		if phraseIn(ws, thanksWords) {
			// "UBND phường cám ơn sự phản ánh của quý Ông/Bà, rất mong tiếp
			// tục nhận được phản ánh trong thời gian tới": courtesy.
			prev = -1
			continue
		}
		ct, ok := triggered(c, ws)
		if !ok {
			// "… đề nghị trên cơ sở kế hoạch, nhiệm vụ giao, các thành viên
			// … tập trung …": read past the grounds.
			ct, ok = f.pastGrounds(c, triggered)
		}
		if !ok {
			ct, ok = impliedAddressee(c, ws) // "Đối với các địa phương có dịch, Bộ … yêu cầu cần thực hiện …"
		}
		if lead := f.continuedLead(); ok && k == 0 && lead != "" && !f.headline && phraseAt(ws, 0, wChiDao, 2) == 2 {
			// "… yêu cầu UBND các huyện, thành phố rà soát …. Chỉ đạo các
			// xã, phường, thị trấn theo dõi sát sao …": as in an item
			// under a hand-over, the body handed the work directs its own.
			ct = clauseTask{lead: lead, clause: c, cue: continuedCue}
		}
		if ok && k == 0 && f.narrative && phraseAt(ws, afterHighlight(ws), wChiDao, 2) == 2 {
			// "UBND tỉnh đã tổ chức Hội nghị … . Chỉ đạo các huyện xây
			// dựng kế hoạch …": the sentence without a subject goes on
			// telling what the subject before did ("Yêu cầu …", "Đề
			// nghị …" at a sentence's start are still requests).
			ok = false
			continue
		}
		if !ok && phraseAt(ws, 0, addresseeTriggers, 4) > 0 {
			// "Đề nghị phụ huynh đưa trẻ đến tiêm …": a request to the public
			// is no task, but the passage assigns work.
			f.directive, f.assigned = true, true
		} else if j := documentAsks(ws); !ok && f.lastHand != "" && j > 0 {
			// "Công văn lưu ý phải chú ý kịp thời đánh giá …": the document
			// asks its addressees, named before, with no body after.
			ct, ok = clauseTask{lead: f.lastHand, clause: c, predicate: ws[j].start,
				cue: "giao việc: «" + c[ws[0].start:ws[j-1].end] + "», cho nơi nhận văn bản"}, true
		} else if !ok && f.directive && requestsIn(ws) {
			// "Chủ tịch … cũng yêu cầu đẩy nhanh tiến độ tiêm vaccine" names
			// no body and is no task, but the passage goes on assigning.
			f.assigned = true
		}
		if k+1 < len(cls) && (!ok && addresseeOnly(ws) && isOrgish(f.tokenize(cls[k+1])) ||
			addresseeGrounds(ws) && startsWithAction(f.tokenize(prefix(cls[k+1], 80)))) {
			// (With grounds, even when a verb inside them read as the work:
			// "… trên cơ sở Đề án sắp xếp, sáp nhập …; tổ chức …".)
			cls[k+1] = c + "; " + cls[k+1] // "yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện …"
			continue
		}
		if !ok {
			if it, found := issuedTask(c, ws); found {
				// "… ban hành Công văn số … chỉ đạo X tổ chức …": the
				// document's summary; its tasks follow, or it is one.
				f.announce, f.umbrella, f.fresh, f.directive = it.lead, -1, true, true
				if len(strings.Fields(c[it.predicate:])) >= 2 {
					f.tasks = append(f.tasks, f.build(it, c))
					f.umbrella = len(f.tasks) - 1
				}
				prev = -1
				continue
			}
		}
		switch {
		case ok && ct.leadIn:
			f.inList, f.listLead, f.listDeadline = true, ct.lead, deadlinePhrase(c[ct.predicate:], f.date)
			if f.listDeadline == "" {
				f.listDeadline = timeBeforeLead(c[:ct.predicate], ct.lead) // "yêu cầu tháng 4/2024 X …:"
			}
			if f.listDeadline == "" {
				f.listDeadline = frontedDeadline(c[:ct.predicate], f.date) // "Để hoàn thành trước ngày …, UBND huyện yêu cầu …:"
			}
			if f.listDeadline == "" {
				f.listDeadline = workPeriod(c[ct.predicate:]) // "… thực hiện các nhiệm vụ trọng tâm tháng 4/2022 như sau:"
			}
			if f.listDeadline == "" {
				f.listDeadline = workPeriod(f.prevSentence) // read only here, not for every sentence
			}
			f.announce, f.umbrella, f.fresh = ct.lead, -1, true
			f.announceDeadline = f.listDeadline // "… tuyên truyền trong tháng 9/2019 như sau: ¶ Tập trung …"
			f.directive = true
			prev = -1
			continue
		case ok:
			f.directive, f.assigned = true, true
		case prev >= 0 && sameTimeWork(ws) > 0 && afterComma(part, c) && phraseAt(ws, 2, addresseeTriggers, 4) == 0:
			// "…, đồng thời hướng dẫn bà con chăm bón …": inside the
			// sentence, the same task goes on (after ";" it is another).
			f.extend(prev, c)
			continue
		case prev >= 0 && sameTimeWork(ws) > 0:
			// "…, đồng thời yêu cầu xử lý nghiêm …", "…; đồng thời chủ động
			// xử lý …": another action of the task before's body.
			ct = clauseTask{lead: f.tasks[prev].Lead, clause: c, predicate: ws[sameTimeWork(ws)].start, cue: "nối tiếp sau «đồng thời»"}
		case prev < 0 && afterManner != "" && startsWithAction(ws) && phraseAt(ws, 0, addresseeTriggers, 4) == 0:
			ct = clauseTask{lead: afterManner, clause: c, cue: "nối tiếp sau dấu «;»"}
		case prev >= 0 && onlyDeadline(c, f.date):
			f.extendDeadline(prev, c) // "; hoàn thành trước ngày …"
			continue
		case prev >= 0 && f.dueReport(c):
			// "…; chậm nhất đến ngày 10.1 phải có báo cáo cho thường trực
			// UBND tỉnh": the report step of the work before, with its time.
			f.extend(prev, c)
			f.reportDates(f.sentenceFirst, f.tasks[prev].Lead, c)
			continue
		case prev >= 0 && startsWithAction(ws):
			if ws[0].fold == "căn" && phraseAt(ws, 0, wCanCuTrenCo, 2) == 2 && !ownDeadline(c, f.date) {
				// "… chủ trì, làm việc với …; căn cứ các quy định hiện hành …
				// để nghiên cứu, xây dựng kế hoạch …": the grounds and aim of
				// the same work.
				t := &f.tasks[prev]
				t.Source, t.Content = trimSource(t.Source+"; "+c), t.Content+"; "+strings.TrimSpace(c)
				continue
			}
			if phraseAt(ws, afterCompletion(ws, 0), submissionVerbs, 2) > 0 && !ownSchedule(c, f.date) {
				f.extend(prev, c)
				f.reportDates(f.sentenceFirst, f.tasks[prev].Lead, c) // "A; B; báo cáo … trước ngày …"
				continue
			}
			ct = clauseTask{lead: f.tasks[prev].Lead, clause: c, cue: "nối tiếp sau dấu «;»"}
		case k == 0 && f.adds != "" && len(f.lastSentence) > 0 && startsWithAction(ws) && phraseAt(ws, 0, addresseeTriggers, 4) == 0:
			// "Các cơ quan, đơn vị cần tập trung chuẩn bị …. Cùng với đó,
			// triển khai các hoạt động …": more work for the same body.
			last := f.tasks[f.lastSentence[len(f.lastSentence)-1]]
			c = f.adds + " " + uncapitalize(f.addsRaw, sentence, c) // the source as written, connective and all
			ct = clauseTask{lead: last.Lead, clause: c, predicate: len(f.adds) + 1, cue: "câu nối tiếp sau «" + f.adds + "»"}
		case k == 0 && f.paraLead != "" && phraseAt(ws, 0, markers, 4) > phraseAt(ws, 0, orgNouns, 3) && frontedComma(ws) < 0:
			// "Tập trung, ưu tiên giải quyết …" after a task in the paragraph:
			// a directive adverb opens another task for the same lead (not
			// "Căn cứ kết quả đó, UBND huyện …", which names its own body).
			ct = clauseTask{lead: f.paraLead, clause: c, cue: "câu mở đầu bằng «" + ws[0].raw + "» sau câu giao việc"}
		case k == 0 && f.announce != "" && startsWithAction(ws) && !citesGrounds(ws):
			ct = clauseTask{lead: f.announce, clause: c, cue: "câu không chủ ngữ sau câu giao việc"}
			if f.umbrella >= 0 {
				f.drop[f.umbrella] = true
			}
		case k == 0 && f.handedOver() != "" && !f.headline && startsWithAction(ws) && (phraseAt(ws, 0, addresseeTriggers, 4) == 0 || ws[0].fold == "lưu" && !requestsBody(ws)) &&
			frontedComma(ws) < 0 && !citesGrounds(ws):
			// "Yêu cầu các cơ quan liên quan tham mưu …; thành lập … . Tăng
			// cường tuần tra …": the request goes on in the next sentence,
			// and so does "Lưu ý điều tiết nước …", which asks no body.
			ct = clauseTask{lead: f.handedOver(), clause: c, cue: continuedCue}
		case k == 0 && f.paraFirst && f.lastHand != "" && !f.narrative && !f.headline && startsWithAction(ws) && !requestsBody(ws) && !citesGrounds(ws):
			// A paragraph that opens with an action and names no subject
			// goes on with the work of the last hand-over, across the
			// paragraphs between that set its scope or give work to a
			// named body ("Giao Thanh tra tỉnh tiến hành thanh tra … .
			// Thời kỳ thanh tra … . ¶ Tổ chức tập huấn …"). Inside a
			// paragraph such a sentence after a body's own task describes
			// that task instead (S6).
			ct = clauseTask{lead: f.lastHand, clause: c, cue: "đoạn không chủ ngữ tiếp theo việc giao trước"}
		default:
			ct, ok = f.ownSubject(c, ws, conn)
			if j := sameTimeWork(ws); !ok && j == 0 && len(ws) > 3 && ws[0].fold == "đồng" && ws[1].fold == "thời" {
				// "…; đồng thời các địa phương rà soát, thống kê thiệt hại
				// …": the connective, then a body of its own.
				ct, ok = f.afterConnective(c, ws, 2)
			}

			if !ok {
				// "UBND các huyện, căn cứ vào chỉ tiêu được giao, tổ chức rà
				// soát …": the subject's work past its grounds.
				ct, ok = f.pastGrounds(c, func(c string, ws []word) (clauseTask, bool) { return f.ownSubject(c, ws, conn) })
			}
			if lead := f.handedOver(); !ok && lead != "" && announcesItems(ws) {
				// "… yêu cầu các sở … . Đồng thời có những giải pháp …, trong
				// đó tập trung thực hiện một số nhiệm vụ sau:" names no body:
				// its items are for the body handed the work before.
				f.inList, f.listLead, f.announce, f.umbrella = true, lead, lead, -1
				prev = -1
				continue
			}
			if !ok {
				// A clause that states no work between a manner clause and
				// the action ("Xác định … là nhiệm vụ trọng tâm; quy hoạch
				// phải đi trước một bước …; hoàn thành …") keeps the lead.
				// So does an item of a ";" list whose verb is not read,
				// for the items after it ("…; bố trí kinh phí …; rà soát
				// …"): a lowercase clause that names no body.
				if prev >= 0 && k > 0 && len(ws) > 0 && !ws[0].upper && !isOrgish(ws) && phraseAt(ws, 0, addresseeTriggers, 4) == 0 && !f.narrative {
					mannerLead = f.tasks[prev].Lead
				} else {
					mannerLead = afterManner
				}
				prev = -1
				continue
			}
		}
		if ok && ct.predicate > 0 && conditionBefore(c[:ct.predicate]) {
			// "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề
			// nghị các đơn vị phản ánh về Sở …": what to do if.
			prev = -1
			continue
		}
		if ok && f.closingDeadline(c[ct.predicate:]) {
			prev = -1 // "Yêu cầu … nghiêm túc thực hiện và hoàn thành … trước ngày …": dates the work before
			continue
		}
		if len(strings.Fields(c[ct.predicate:])) < 2 {
			prev = -1 // "Trả lời:": a label, not work
			continue
		}
		if inMeeting(sentence, c, ct, f.date) || ct.predicate > 0 && enforcementFormula(c[ct.predicate:]) ||
			publicOnly(ct.lead) || conditionalLead(ct.lead) || f.routine(c[ct.predicate:]) || optionalWork(c[ct.predicate:]) || onNotice(c[ct.predicate:]) || closingWithCondition(c[ct.predicate:]) || requirementOnly(c[ct.predicate:]) ||
			placeFact(f.tokenize(c[ct.predicate:])) ||
			strings.HasPrefix(ct.cue, "chủ ngữ") && publicService(c[ct.predicate:], f.date) {
			prev = -1
			continue
		}
		if regardAs(f.tokenize(ct.lead+" "+c[ct.predicate:])) || answersOnly(f.tokenize(c[ct.predicate:])) {
			prev = -1 // an attitude or an accountability: nothing to follow up, and no request goes on
			continue
		}
		if disciplineOnly(c[ct.predicate:]) || mannerOnly(c[ct.predicate:]) {
			if ok {
				f.held = ct.lead // the request goes on in the next sentence
			}
			prev, mannerLead = -1, ct.lead
			continue
		}
		if !ok && ct.lead != "" && strings.HasSuffix(strings.TrimSpace(c), ":") {
			// "…; đồng thời, tập trung thực hiện tốt các nhiệm vụ sau đây:"
			// announces the items below, as a hand-over ending in ":" does.
			f.inList, f.listLead, f.announce, f.umbrella = true, ct.lead, ct.lead, -1
			prev = -1
			continue
		}
		f.tasks = append(f.tasks, f.build(ct, c))
		prev = len(f.tasks) - 1
		if circumstance != "" {
			f.tasks[prev].Source = trimSource(circumstance + f.tasks[prev].Source)
		}
		switch t := &f.tasks[prev]; {
		case frontTime != "" && t.Deadline.Kind == string(vn.DeadlineNone):
			if dl, _, _ := vn.FindDeadline("vào "+frontTime, f.date); dl.Kind != vn.DeadlineNone { // the day the work is done
				t.Deadline = f.deadlineOf(dl)
				t.Source = trimSource(frontTime + t.Source)
			}
		case k == 0 && ct.predicate > 0 && t.Deadline.Kind != string(vn.DeadlineNone) && f.frontedOnly(c, ct.predicate):
			fronted = t.Deadline // "Từ nay đến tháng 9.2022, Tỉnh đoàn tập trung …; lấy ý kiến …"
		case k > 0 && t.Deadline.Kind == string(vn.DeadlineNone) && fronted.Kind != "" && t.Lead == f.tasks[first].Lead:
			t.Deadline = fronted
			t.Cue += "; thời hạn đặt ở đầu câu"
		}
		if strings.HasPrefix(ct.cue, "giao việc:") || ct.cue == ownSubjectCue && f.spelledOut {
			// (And "Theo đó, các Sở, ban, ngành … triển khai …": the
			// document's content, spelt out with its addressees as subject.)
			f.lastHand = f.tasks[prev].Lead
		}
		if f.paraLead == "" {
			f.paraLead = ct.lead
		}
		if ct.lead == f.announce && !ok && f.announceDeadline != "" {
			// "… yêu cầu X, Y thực hiện một số giải pháp, hoàn thành trước
			// ngày …. Tăng cường …": the announced items share its deadline.
			f.listDeadline, f.headerDeadline = f.announceDeadline, ""
			f.inherit(prev)
		}
		if ok && ct.predicate > 0 {
			// A new assignment: it may announce the sentences after it.
			f.announce, f.umbrella, f.announceDeadline = "", -1, ""
			switch {
			case inlineLeadIn(c[ct.predicate:]):
				f.announce = ct.lead // "… các nội dung như: A. B.": the first item is this task (G44)
			case isUmbrella(ct):
				f.announce, f.umbrella = ct.lead, prev
				f.announceDeadline = deadlinePhrase(c[ct.predicate:], f.date)
			}
		}
	}
}

// groundDocs are the documents a clause cites as its grounds.
var groundDocs = set("kết luận", "nghị quyết", "chỉ thị", "công văn", "công điện", "kế hoạch", "quyết định", "thông báo",
	"hướng dẫn", "chương trình", "văn bản", "thông tư", "nghị định", "luật")

// citesGrounds reports a clause that opens by citing the document it
// carries out, with its number: "Thực hiện Kết luận số 148-KL/TW, ngày
// 08/4/2025 của Bộ Chính trị …" — the grounds of what follows, not work.
func citesGrounds(ws []word) bool {
	n := phraseAt(ws, 0, wThucHienTheo, 2)
	if len(ws) < 4 || n == 0 {
		return false
	}
	m := phraseAt(ws, n, groundDocs, 2)
	return ws[n].upper && m > 0 && n+m < len(ws) && ws[n+m].fold == "số"
}

// wThucHienTheo open a clause that carries a document out.
var wThucHienTheo = set("thực hiện", "triển khai", "triển khai thực hiện")

// afterComma reports a clause c of part that follows a comma there, not a
// ";": split off at ", đồng thời" (see splitDongThoi).
func afterComma(part, c string) bool {
	i := strings.Index(part, c)
	if i <= 0 {
		return false
	}
	before := strings.TrimRight(part[:i], " ")
	return strings.HasSuffix(before, ",")
}

// afterConnective reads clause c past the connective that ends at ws[j]
// (and a comma after it) as a clause that names its own subject.
func (f *finder) afterConnective(c string, ws []word, j int) (clauseTask, bool) {
	for j < len(ws) && ws[j].raw == "," {
		j++
	}
	if j >= len(ws) || !isOrgish(ws[j:]) || !ws[j].upper && phraseAt(ws, j, wCacNhungMotSo, 3) == 0 {
		return clauseTask{}, false // ("đồng thời lãnh đạo thực hiện …": a verb, not the leaders)
	}
	rest := c[ws[j].start:]
	ct, ok := f.ownSubject(rest, f.tokenize(rest), true)
	if !ok || ct.predicate == 0 {
		return clauseTask{}, false
	}
	ct.predicate += ws[j].start
	ct.clause = c
	return ct, true
}

// frontedOnly reports a clause whose time is written before its work
// (pred) and not in it.
func (f *finder) frontedOnly(c string, pred int) bool {
	before, _, _ := vn.FindDeadline(c[:pred], f.date)
	after, _, _ := vn.FindDeadline(c[pred:], f.date)
	return before.Kind != vn.DeadlineNone && after.Kind == vn.DeadlineNone
}

// frontedTimeRe is a time opening a clause: "Từ 18 giờ ngày 4/5", "Ngày
// 5/5", "Trước ngày 20/5", "Sáng 14/9".
var frontedTimeRe = regexp.MustCompile(`^(?:tu|ke tu|truoc|trong|den|cham nhat|ngay|sang|chieu|toi)\b[^,]*\d[^,]*$`)

// frontedTimeEnd returns where a clause goes on after a time set off by a
// comma at its start, or 0.
func frontedTimeEnd(c string, ws []word) int {
	k := firstComma(ws, 0)
	if k < 0 || k+1 >= len(ws) || !frontedTimeRe.MatchString(vn.Fold(c[:ws[k].start])) {
		return 0
	}
	return k + 1
}

// ordinalWords open an item of an enumeration in running text: "Thứ
// nhất, …", "Hai là, …", "Cuối cùng, …".
var ordinalWords = set("thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín", "thứ mười",
	"một là", "hai là", "ba là", "bốn là", "năm là", "sáu là", "bảy là", "tám là", "chín là", "mười là", "trước hết", "cuối cùng")

// afterOrdinal returns where a clause goes on after its ordinal and comma,
// or 0.
func afterOrdinal(ws []word) int {
	if n := phraseAt(ws, 0, ordinalWords, 2); n > 0 && n+1 < len(ws) && ws[n].raw == "," {
		return n + 1
	}
	return 0
}

// thanksWords thank the reader: a clause with them is courtesy, not work.
var thanksWords = set("cảm ơn", "cám ơn")

// afterCircumstance returns where an action starts after a phrase set off
// by a comma that says when, why or how ("Bắt tay vào công việc sau dịp
// nghỉ tết, tập trung …", "Để ứng phó với mưa lũ, khẩn trương …"), or 0.
// The phrase names no body, tells nothing done, hands nothing over and
// holds no modal or manner ("Để chủ động …" is left alone).
func afterCircumstance(ws []word) int {
	for k := 1; k < len(ws) && k <= 15; k++ {
		if ws[k].punct && ws[k].raw != "," {
			return 0
		}
		if ws[k].raw != "," {
			continue
		}
		if k+1 >= len(ws) || !startsWithAction(ws[k+1:]) || isOrgish(ws[:k]) || phraseIn(ws[:k], pastMarkers) ||
			phraseIn(ws[:k], addresseeTriggers) || phraseIn(ws[:k], mannerMarkers) || phraseIn(ws[:k], orgHeads) ||
			phraseAt(ws, 0, conditionWords, 4) > 0 || elaborationRe.MatchString(vn.Fold(ws[0].raw+" "+ws[min(1, k-1)].raw)) ||
			phraseAt(ws, 0, wTruocSauDo, 2) == 2 || phraseAt(ws, k+1, submissionVerbs, 2) > 0 {
			// (Not a body, a deed, a request, a modal or a condition, nor
			// "Trong đó, …", which says more of the work before, "Trước đó,
			// …", which tells the past, or "Kết quả thực hiện, báo cáo …",
			// the hand-over of the work before.)
			return 0
		}
		return k + 1
	}
	return 0
}

// handedOver returns the lead of the last sentence when a trigger handed
// its task over ("yêu cầu X …", "đề nghị X …"), else "". A sentence whose
// subject acts by itself ("Tổ trưởng … chịu trách nhiệm vận động …") is not
// continued: what follows it describes its content (S6). In a text that
// directs, a body's own work is continued as a hand-over is ("UBND các
// huyện … tiếp tục theo dõi chặt chẽ …. Tăng cường hướng dẫn …"), unless
// it is a responsibility or a plan foretold.
func (f *finder) handedOver() string {
	if len(f.lastSentence) == 0 {
		return f.lastHeld
	}
	t := f.tasks[f.lastSentence[len(f.lastSentence)-1]]
	switch {
	case strings.HasPrefix(t.Cue, "giao việc:") || strings.HasPrefix(t.Cue, "nối tiếp") || strings.HasPrefix(t.Cue, continuedCue):
		return t.Lead
	case strings.HasPrefix(t.Cue, ownSubjectCue) && (f.colonRequest || !responsibleFor(t.Source) && !foretold(t.Source) && f.oneBody()):
		// (Always when a request with a colon assigned it: "… yêu cầu:
		// … Cơ quan chuyên môn tham mưu …. Quản lý, giám sát …".)
		return t.Lead
	}
	return ""
}

// continuedLead returns the body a subject-less sentence goes on with: the
// one handed work in the sentence before or, at a paragraph's start, in
// the last hand-over (see clauses).
func (f *finder) continuedLead() string {
	if lead := f.handedOver(); lead != "" {
		return lead
	}
	if f.paraFirst && !f.narrative {
		return f.lastHand
	}
	return ""
}

// oneBody reports that the last sentence gave work to one body only: after
// several ("Giao Thanh tra huyện …; Phòng Tư pháp …"), whose work a
// subject-less sentence goes on with is not told.
func (f *finder) oneBody() bool {
	for _, i := range f.lastSentence {
		if f.tasks[i].Lead != f.tasks[f.lastSentence[0]].Lead {
			return false
		}
	}
	return true
}

// foretold reports a body's own work told as what it will do ("… thành
// phố sẽ triển khai tiêm đồng loạt …"): news of a plan, whose next
// sentences tell how it stands.
func foretold(source string) bool {
	return strings.Contains(" "+vn.Fold(source)+" ", " se ")
}

// responsibleFor reports a body's own task stated as its responsibility
// ("Tổ trưởng các tổ dân phố chịu trách nhiệm vận động nhân dân"), whose
// next sentences say what the campaign it leads consists of (S6).
func responsibleFor(source string) bool {
	return strings.Contains(vn.Fold(source), "chiu trach nhiem")
}

// afterSentence ends an announcement at a sentence that assigns nothing,
// lets a sentence that repeats the campaign's lead inherit its date, and
// remembers the sentence.
func (f *finder) afterSentence(sentence string, first int) {
	cur := make([]int, 0, len(f.tasks)-first)
	for i := first; i < len(f.tasks); i++ {
		cur = append(cur, i)
	}
	elaborates := len(f.lastSentence) > 0 && elaborationRe.MatchString(vn.Fold(prefix(sentence, 20)))
	if len(cur) == 0 && !f.fresh && !f.assigned && !elaborates && !f.headline && (f.lastInPara || f.narrativeSentence(sentence)) {
		// (A sentence that only says more of the task before, "Trong đó,
		// …", keeps the passage assigning, and so does a photo's caption
		// or a headline between an announcement and its items.)
		f.directive = false
		if !f.inList {
			f.announce, f.umbrella = "", -1
		}
	}
	// A sentence that tells a result, or one without a subject that gave
	// no task after such a sentence, keeps the paragraph telling.
	ws := f.tokenize(prefix(sentence, 80))
	f.narrative = len(cur) == 0 && !f.assigned && (f.narrativeSentence(sentence) || f.narrative && startsWithAction(ws))
	if f.lastHand != "" && len(cur) == 0 && !f.assigned && mayTellPast(sentence) && phraseIn(f.tokenize(sentence), pastMarkers) {
		f.lastHand = "" // "… đã …": the text tells what was done, not what is handed over
	}
	f.fresh, f.assigned = false, false
	f.lastHeld, f.held = f.held, ""
	for _, i := range cur {
		f.reasked(i)
	}
	f.recitedUndone(sentence, cur)
	f.inheritDeadline(sentence, cur)
	f.lastSentence = cur
	f.recent = append(f.recent, sentence)
	if len(f.recent) > 4 {
		f.recent = f.recent[1:]
	}
	if !f.directive && mayHaveDocNumber(sentence) && issuedRe.MatchString(sentence) && docNumberRe.MatchString(sentence) {
		f.directive = true
	}
}

// narrativeSentence reports a sentence that tells rather than assigns: a
// past or ongoing marker ("đã", "vừa", "đang"), or figures ("120 vụ",
// "Năm 2023, …") other than its deadline. A sentence that only fails to be
// read as a task (a verb not in the lists) does not end the passage that
// assigns work.
func (f *finder) narrativeSentence(s string) bool {
	ws := f.tokenize(s)
	for i, w := range ws {
		if (w.fold == "đã" || w.fold == "được") && qualifiesWork(ws, i) {
			continue // "nhiệm vụ, phần việc đã được giao": a relative clause on a noun
		}
		if w.fold == "được" && i > 0 && ws[i-1].fold == "không" {
			continue // "tuyệt đối không được lơ là": a prohibition, which directs
		}
		if narrativeWords[w.fold] && w.fold != "cũng" && w.fold != "luôn" && w.fold != "thường" || w.fold == "được" {
			return true
		}
		if !w.punct && w.raw[0] >= '0' && w.raw[0] <= '9' {
			return true
		}
	}
	return false
}

// issuedRe finds a sentence that reports a document issued or sent, after
// which news items state its content as plain sentences.
// It reads the NFC text as written (folding every sentence would cost a
// third of the time of a long text).
var issuedRe = regexp.MustCompile(`(?i)\bban hành\b|(?:^|\s)(?:có|gửi|ký|kí) (?:văn bản|công văn|quyết định|kế hoạch|chỉ thị|thông báo|hướng dẫn)\b`)

// docNumberRe finds a document's number ("số 412", "412/QĐ-UBND"): a report
// that "UBND huyện đã ban hành 25 văn bản" cites none and assigns nothing.
var docNumberRe = regexp.MustCompile(`(?i)\bsố:? ?\d|\d+/[A-ZĐ]`)

// mayHaveDocNumber reports what every match of docNumberRe holds: "ố" of
// "số" in either case with a figure after it (past a ":" and a space), or
// a figure right before "/". A byte search, it spares running both
// patterns on most sentences of a long text ("một số" is common).
func mayHaveDocNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '/' && i > 0 && s[i-1] >= '0' && s[i-1] <= '9':
			return true
		case strings.HasPrefix(s[i:], "ố") || strings.HasPrefix(s[i:], "Ố"):
			j := i + len("ố")
			if j < len(s) && s[j] == ':' {
				j++
			}
			if j < len(s) && s[j] == ' ' {
				j++
			}
			if j < len(s) && s[j] >= '0' && s[j] <= '9' {
				return true
			}
		}
	}
	return false
}

// sameCampaign reports a task that belongs to the dated campaign of the
// sentence before: given to a part of its body or the body it is part of
// ("Tổ trưởng các tổ dân phố" after "các tổ dân phố"), working with that
// body ("phối hợp với các thôn …"), or taking part in it ("… tham gia").
// The same body's next sentence is its next task.
func sameCampaign(prev, t Task) bool {
	a, b := vn.Fold(prev.Lead), vn.Fold(t.Lead)
	if a == b {
		return false // the same body's next task, not a part of its campaign
	}
	if a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a)) ||
		strings.HasSuffix(vn.Fold(t.Content), "tham gia") {
		return true
	}
	// "Đoàn Thanh niên xã phối hợp với các thôn …": working with the
	// campaign's lead is working on the campaign.
	for _, c := range t.Cooperating {
		if c := vn.Fold(c); a != "" && c != "" && (strings.Contains(c, a) || strings.Contains(a, c)) {
			return true
		}
	}
	return false
}

// keepConnective gives back the connective that opened the sentence (raw,
// read as sentence without it) to the sources of its tasks from first on
// that start where the sentence does: the office sees the sentence as
// written ("Cụ thể, tổ chức các đội …").
func (f *finder) keepConnective(raw, sentence string, first int) {
	opening := connectiveOf(raw) // (not a slice of raw by sentence's length: capitalising may change it)
	if opening == "" {
		return
	}
	head := vn.Fold(prefix(sentence, 40))
	for j := first; j < len(f.tasks); j++ {
		if t := &f.tasks[j]; strings.HasPrefix(vn.Fold(prefix(t.Source, 40)), head) {
			t.Source = trimSource(opening + " " + uncapitalize(raw, sentence, t.Source))
		}
	}
}

// additiveConnectives open a sentence that adds work to the one before.
var additiveConnectives = map[string]bool{"cùng với đó": true, "đồng thời": true, "bên cạnh đó": true, "ngoài ra": true}

// connectiveOf returns the connective a sentence opens with, as written,
// with the comma after it.
func connectiveOf(sentence string) string {
	ws := firstTokens(sentence, 7)
	n := phraseAt(ws, 0, connectives, 6)
	if n == 0 {
		return ""
	}
	if n < len(ws) && ws[n].raw == "," {
		n++
	}
	return sentence[ws[0].start:ws[n-1].end]
}

// dropConnective drops "Theo đó,", "Cụ thể như" … from the start of a
// sentence and returns the rest with the connective (folded) or "".
func dropConnective(s string) (string, string) {
	ws := firstTokens(s, 6) // phraseAt reads no further
	n := phraseAt(ws, 0, connectives, 6)
	if n == 0 {
		return s, ""
	}
	rest := strings.TrimLeft(s[ws[n-1].end:], " ,:")
	if rest == "" {
		return s, ""
	}
	conn := make([]string, n)
	for i := range conn {
		conn[i] = ws[i].fold
	}
	return capitalize(rest), strings.Join(conn, " ")
}

// dropGenericLead drops the addressees in general from the start of a
// sentence that then only gives a deadline: "Các đơn vị thực hiện trước
// ngày 24/3/2016". So it does the work named as a noun ("Việc …") when
// the sentence only says when it will be done.
func dropGenericLead(s string) string {
	if m := workDoneRe.FindStringSubmatchIndex(prefix(s, 240)); m != nil {
		return s[m[2]:] // "Việc học tập, quán triệt Nghị quyết … sẽ hoàn thành trong tháng 12/2020"
	}
	if ws := firstTokens(s, 7); len(ws) > 2 { // the loop reads no further
		for n := min(len(ws)-1, 6); n >= 2; n-- {
			if genericLeads[lower(s[:ws[n-1].end])] {
				return s[ws[n].start:]
			}
		}
	}
	return s
}

// workDoneRe is the work named as a noun before "(sẽ|phải|cần) hoàn
// thành": "Việc học tập, quán triệt Nghị quyết ở các cấp sẽ hoàn thành …".
var workDoneRe = regexp.MustCompile(`^(?:Việc|VIỆC|việc) [^.;:]{3,200}? (?:(?:sẽ|phải|cần|được) )?(hoàn thành\b.*)$`)

// metadataLabelRe is a line of a legal-text site's record of a document
// ("Cơ quan ban hành: Tỉnh Lâm Đồng", "Người ký: …", "Ngày hiệu lực: …"),
// or of a news page's: when it was updated ("Cập nhật ngày: 27/12/2017 -
// 00:02") and who wrote it ("Thực hiện: Thanh Loan", "Tin, ảnh: Minh
// Hà"), a name of people, not bodies, after the label.
var metadataLabelRe = regexp.MustCompile(`^\s*(?i:cơ quan ban hành|người ký|ngày ban hành|ngày hiệu lực|ngày có hiệu lực|số hiệu|loại văn bản|lĩnh vực|tình trạng(?: hiệu lực)?|ngày đăng|ngày công báo|số công báo|trích yếu|cập nhật(?: ngày| lúc)?)\s*:` +
	`|^\s*(?:Thực hiện|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|Tin|Bài|Ảnh|Nhóm phóng viên|Phóng viên|PV|Tác giả)\s*:\s*(?:\p{Lu}\p{Ll}+ ?){1,4}(?:- ?(?:\p{Lu}\p{Ll}+ ?){1,4})?\.?$`)

// nameLine reports a line of one to four words, each capitalised, with
// no mark: a byline's name ("Hợp Nhất", "Minh Hà") or a title in title
// case, never a sentence of work.
func nameLine(text string) bool {
	ws := strings.Fields(text)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// aside reports a line wholly in brackets: "(Có đề cương chi tiết gửi
// kèm)", "(Ảnh minh họa)", or a photo's caption with its credit. It says nothing of the work, so the sentence
// before it stays the one the next sentence may go on with.
func aside(text string) bool {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	return len(t) < 200 && strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 ||
		len(t) < 400 && captionRe.MatchString(t)
}

// captionRe ends a photo's caption with its credit: "… kiểm tra thực tế
// việc sạt lở. Ảnh: M.Đ", "… (Ảnh: Công Bính)", "… ẢNH: G.B". A caption
// tells what the photo shows, never work to follow up.
// A news page's placeholder for a photo ("Sẽ có Nhà hát lớn TP Đà Nẵng
// ảnh 1") is one too.
var captionRe = regexp.MustCompile(`(?:^|[.\s(])(?:Ảnh|ẢNH|Nguồn ảnh)\s*:\s*[^.:]{1,60}\)?$|\s(?:[ảẢ]nh|ẢNH) \d{1,2}$`)

// reportSentence applies a sentence that only says when and where the
// result of the task before goes ("Báo cáo gửi về Văn phòng UBND tỉnh
// trước 14 giờ, ngày 05/12", "Trước ngày 18/10, các địa phương phải báo
// cáo Bộ …") to that task when it has no deadline: the hand-over step of
// the same deliverable, a sentence later.
func (f *finder) reportSentence(s string) bool {
	if len(f.lastSentence) == 0 || !submissionRe.MatchString(prefix(s, 200)) {
		return false
	}
	if !f.oneBody() {
		return false // the sentence before handed work to several bodies: whose report is it?
	}
	last := f.lastSentence[len(f.lastSentence)-1]
	prev := &f.tasks[last]
	ws := f.tokenize(s)
	if phraseAt(ws, 0, wGuiNopGuiKem, 2) > 0 && !ownDeadline(s, f.date) {
		f.extendDeadline(last, s) // "Gửi kèm file vào hòm thư: …"
		return true
	}
	dl, _, _ := vn.FindDeadline(s, f.date)
	if prev.Deadline.Kind != string(vn.DeadlineNone) || dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
		return false
	}
	p := 0
	if k := frontedComma(ws); k >= 0 {
		p = k + 1
	}
	lead := ""
	if n := phraseAt(ws, p, wPhaiCanYeuCau, 3); n > 0 && phraseAt(ws, afterCompletion(ws, p+n), submissionVerbs, 2) > 0 {
		p += n // "Yêu cầu hoàn thiện gửi …": no body named, the request goes on
	}
	if !startsWithAction(ws[p:]) && phraseAt(ws, p, submissionVerbs, 2) == 0 {
		q := predicateStart(ws, p, false)
		if q < 0 {
			return false
		}
		lead = strings.TrimSpace(s[ws[p].start:ws[max(p, q-1)].end])
		p = q
	}
	p += phraseAt(ws, p, wPhaiCanYeuCau, 3)
	if q := afterCompletion(ws, p); phraseAt(ws, q, submissionVerbs, 2) > 0 {
		p = q // "Yêu cầu hoàn thiện gửi ý kiến tham gia về Bộ … trước ngày …"
	}
	if p < len(ws) && deliverableLeadRe.MatchString(vn.Fold(lead)) {
		p += phraseAt(ws, p, wDuocLap, 3) // "Danh sách được lập gửi về …"
	}
	if p >= len(ws) || phraseAt(ws, p, submissionVerbs, 2) == 0 {
		return false
	}
	named := deliverableLeadRe.MatchString(vn.Fold(lead))
	if !named && !deliverableRe.MatchString(vn.Fold(prev.Content)) {
		return false // "Báo cáo gửi về …" names the deliverable; else the task before must be one
	}
	if lead != "" && !genericLeads[lower(lead)] && !LeadOK(prev.Lead, lead) && !named {
		return false
	}
	for _, i := range f.lastSentence {
		// "Thanh tra huyện chủ trì …; đồng thời tham mưu … . Báo cáo kết
		// quả về Chủ tịch UBND huyện chậm nhất vào ngày 29/6/2020": the
		// report is on all of the work before.
		f.extendDeadline(i, s)
	}
	return true
}

// deliverableLeadRe is a subject that names what the task before
// produces, handed over in the sentence it opens (folded): "Báo cáo gửi
// về …", "Danh sách được lập gửi về …", "Hồ sơ nộp về …", "Kết quả rà
// soát gửi …".
var deliverableLeadRe = regexp.MustCompile(`^(?:bao cao|danh sach|ho so|ket qua|so lieu|de xuat|du thao)(?: [a-z]+){0,3}$`)

// wDuocLap is the passive between a deliverable and its hand-over:
// "Danh sách được lập gửi về …", "Báo cáo được tổng hợp gửi …".
// The predicate may start at "được" or after it, at the verb.
var wDuocLap = set("được lập", "được tổng hợp", "được hoàn thiện", "được xây dựng", "lập", "tổng hợp", "hoàn thiện", "xây dựng")

// disciplineRe is an exhortation to keep discipline or to show a
// quality: "chấp hành tốt giờ giấc làm việc, kỷ luật, kỷ cương hành
// chính", "nêu cao tinh thần trách nhiệm", "rút kinh nghiệm, không lặp
// lại khuyết điểm". No work an office can follow up.
var disciplineRe = regexp.MustCompile(`^(?:(?:nghiem tuc|tiep tuc) )?(?:(?:chap hanh|giu gin|nang cao|de cao|neu cao|phat huy)` +
	`(?: (?:tot|nghiem|nghiem tuc|hon nua))? (?:gio giac|ky luat|ky cuong|noi quy|tinh than|y thuc|trach nhiem|vai tro guong mau)\b|` +
	`rut kinh nghiem(?:,? (?:khong|tranh) (?:de )?(?:lap lai|tai dien|xay ra)[^.;]*)?[,. ]*$)`)

func disciplineOnly(pred string) bool {
	return disciplineRe.MatchString(vn.Fold(prefix(pred, 160)))
}

// routine reports a body's standing schedule of receiving citizens
// ("Chủ tịch UBND xã tiếp công dân định kỳ vào ngày thứ Tư hằng tuần"):
// what it does itself every week, not work to follow up. A reception on a
// given day ("… chủ trì buổi tiếp công dân … vào ngày 11/11") is a task.
func (f *finder) routine(pred string) bool {
	ws := firstTokens(pred, 3) // phraseAt reads no further
	if phraseAt(ws, 0, wTiepCongDan, 3) == 0 {
		return false
	}
	dl, _, _ := vn.FindDeadline(pred, f.date)
	return dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod
}

// submissionRe finds a submission verb near the start of a sentence.
var submissionRe = regexp.MustCompile(`(?i)\b(?:báo cáo|gửi|nộp)\b`)

// prefix returns at most the first n bytes of s, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// deliverableRe finds a task whose result is a text handed over: a report,
// an explanation, a proposal, a summary.
var deliverableRe = regexp.MustCompile(`\b(?:bao cao|gui|giai trinh|de xuat|tong hop|thong ke|tham muu|du thao|danh sach)\b`)

// umbrellaRe is what an announcing predicate does: measures, tasks or
// contents in general, spelled out by the sentences after it.
var umbrellaRe = regexp.MustCompile(`\b(?:mot so|cac|nhung|nhieu|mot loat)(?: [a-z]+){0,2} ` +
	`(?:giai phap|bien phap|nhiem vu|noi dung|viec|cong viec|hoat dong|yeu cau)\b`)

// stopWorkRe opens work that stops or cuts other work ("tạm dừng các công
// việc không cần thiết"): it names the work it stops, it announces none.
var stopWorkRe = regexp.MustCompile(`^(?:tam dung|dung|han che|cat giam|bai bo|huy bo)\b`)

// isUmbrella reports a triggered clause that announces tasks rather than
// stating one: a short predicate on measures or tasks in general.
func isUmbrella(ct clauseTask) bool {
	body := vn.Fold(ct.clause[ct.predicate:])
	return len(strings.Fields(body)) <= 16 && umbrellaRe.MatchString(body) && !stopWorkRe.MatchString(body)
}

// subjectAside reads a clause whose subject is followed by an aside in
// brackets ("Các xã, phường, đặc khu (đặc biệt các địa phương ven biển)
// thông tin cho nhân dân …") as if the aside were not there; the
// predicate's offset is in c.
func (f *finder) subjectAside(c string) (clauseTask, bool) {
	open := strings.IndexByte(prefix(c, 120), '(')
	if open <= 0 {
		return clauseTask{}, false
	}
	end := strings.IndexByte(c[open:], ')')
	if end < 0 {
		return clauseTask{}, false
	}
	end += open + 1
	bare := strings.TrimRight(c[:open], " ") + " " + strings.TrimLeft(c[end:], " ")
	ct, ok := contextual(bare, f.tokenize(bare), "")
	cut := len(strings.TrimRight(c[:open], " ")) + 1
	if !ok || ct.lead == "" || ct.predicate < cut {
		return clauseTask{}, false
	}
	ct.predicate += len(c) - len(bare)
	ct.clause = c
	return ct, true
}

// ownSubject reads a clause that names its own subject and acts: "UBND các
// huyện rà soát …", "Đại hội Chi bộ X dự kiến tổ chức trước ngày …". It
// counts once the text assigns work, or after a connective.
func (f *finder) ownSubject(c string, ws []word, conn bool) (clauseTask, bool) {
	if ct, ok := f.eventTask(c, ws); ok {
		return ct, true
	}
	// Else only a clause bounded by a date is read, or a schedule: "Dự
	// kiến giữa tháng 6/2025, HĐND huyện tổ chức kỳ họp …" is planned
	// work, as after "Theo dự kiến, …".
	bound := f.directive || conn || phraseAt(ws, 0, wDuKien, 2) == 2
	ct, ok := contextual(c, ws, "")
	live := false
	if !ok || ct.lead == "" || ct.predicate == 0 {
		ct, ok = liveTarget(c, ws, f.date)
		live = ok // dated by its own target
	}
	if !ok || ct.lead == "" || ct.predicate == 0 {
		ct, ok = f.subjectAside(c)
	}
	if !ok || ct.lead == "" || ct.predicate == 0 {
		// A fronted adverbial before the subject: "Kết thúc đợt cao điểm,
		// các đơn vị báo cáo …", "Sau khi tiếp nhận, UBND xã niêm yết …",
		// after the schedule it keeps, if cited: "Theo tiến độ, từ nay đến
		// tháng 9.2022, Tỉnh đoàn tập trung …".
		from := 0
		if n := afterSchedulePhrase(ws); n > 0 && n < len(ws) {
			from = ws[n].start
		}
		rest := c[from:]
		rws := f.tokenize(rest)
		if ct, ok = contextual(rest, rws, ""); from == 0 || !ok || ct.lead == "" || ct.predicate == 0 {
			k := frontedComma(rws)
			if k < 0 {
				return clauseTask{}, false
			}
			from += rws[k+1].start
			rest = c[from:]
			if ct, ok = contextual(rest, f.tokenize(rest), ""); !ok || ct.lead == "" || ct.predicate == 0 {
				return clauseTask{}, false
			}
		}
		ct.predicate += from
		ct.clause = c
	}
	if !bound && !live && !boundedBy(c, f.date) && !f.nextDates() {
		return clauseTask{}, false
	}
	if approves(ct.lead) {
		return clauseTask{}, false
	}
	pws := f.tokenize(c[ct.predicate:])
	if datelineRe.MatchString(c) && holdsMeeting(pws) {
		// "Sáng 16/9, UBND tỉnh tổ chức Phiên họp tháng 9 để chuẩn bị …":
		// a news item's lead tells the meeting it reports.
		return clauseTask{}, false
	}
	if phraseAt(pws, 0, proposalVerbs, 2) > 0 {
		// "UBND xã Tân Dân đề xuất giữ nguyên khung giờ …": a body's
		// proposal, told, is its view; only a hand-over makes it work.
		return clauseTask{}, false
	}
	if phraseAt(pws, 0, addresseeTriggers, 4) > 0 {
		// "Lãnh đạo UBND huyện đề nghị UBND tỉnh …": a request the
		// triggers did not take as a hand-over (a petition upward, to the
		// public) is not the requester's own work.
		return clauseTask{}, false
	}
	if accountability(pws, 0) || accountability(pws, phraseAt(pws, 0, wSeCanPhaiCan, 2)) || strings.Contains(ct.lead, ";") ||
		strings.Contains(ct.lead, ":") && !namesListed(ct.lead) || isResult(c, f.date) || outcome(pws) {
		return clauseTask{}, false
	}
	if strings.HasSuffix(strings.TrimSpace(c), ":") || labelOfBody(c[ct.predicate:]) {
		// "UBND xã … ban hành Kế hoạch …, cụ thể như sau:" announces the
		// items below (seed 001); "Cơ quan lấy ý kiến: Văn phòng UBND
		// tỉnh" labels a body.
		return clauseTask{}, false
	}
	if lws := f.tokenize(ct.lead); clauseInSubject(lws) || exhortation(lws) || chairedMeeting(ct.lead) || issuedInLead(lws) {
		return clauseTask{}, false
	}
	if charterRe.MatchString(vn.Fold(ct.lead)) || endsWithTrigger(f.tokenize(ct.lead)) {
		// "Trạm Y tế phường có chức năng cung cấp …": what a unit is for,
		// not work handed to it. "…, UBND tỉnh yêu cầu phải do người đứng
		// đầu … ký": a request that names no body; the words before the
		// trigger are the requester.
		return clauseTask{}, false
	}
	ct.cue = ownSubjectCue
	if !bound && !live {
		// "Tất cả các cơ quan, đơn vị … treo cờ Tổ quốc … đến hết ngày
		// 03/02/2021": work bounded by a date assigns it; the sentences
		// after it with a body and an action do too.
		f.directive = true
	}
	return ct, true
}

// continuedCue is the cue of a subject-less sentence that goes on with
// the request before it; the next such sentence goes on too.
const continuedCue = "câu không chủ ngữ tiếp theo câu giao việc"

// ownSubjectCue is the cue of a task with its own subject and action in
// a passage that assigns work.
const ownSubjectCue = "chủ ngữ và động từ trong văn bản giao việc"

// frontedComma returns the index of the comma that ends a fronted
// adverbial of time ("Sau khi …,", "Kết thúc …,", "Định kỳ …,"), when the
// words after it name a body; else -1. A fronted purpose ("Nhằm …, UBND
// tỉnh xin thông báo …") opens what the issuer itself does.
func frontedComma(ws []word) int {
	for k, w := range ws {
		if w.raw != "," {
			continue
		}
		if k == 0 || k+1 >= len(ws) || phraseAt(ws, 0, frontedWords, 3) == 0 || !isOrgish(ws[k+1:]) || pastBefore(ws, k) {
			return -1
		}
		for _, x := range ws[:k] {
			if narrativeWords[x.fold] {
				return -1
			}
		}
		return k
	}
	return -1
}

// clauseInSubject reports words read as a subject that hold a clause of
// their own: a tense or degree adverb ("Tổ giám sát đã chỉ ra …", "Báo
// … rất hoan nghênh sự …"), reported speech ("… cho rằng, …") or a
// contrast ("…, nhưng có những vấn đề"). A body's name has none of them.
func clauseInSubject(ws []word) bool {
	for i, w := range ws {
		if w.fold == "số" && i+1 < len(ws) && ws[i+1].raw[0] >= '0' && ws[i+1].raw[0] <= '9' {
			return true // "UBND tỉnh nhận được Báo cáo số 552/BC-HĐND …": a document, not a name
		}
		if phraseAt(ws, i, wThuongTrucThuongVu, 2) == 2 {
			continue // "cơ quan thường trực", "Ban Thường vụ": names
		}
		if w.fold == "còn" && i+1 < len(ws) && ws[i+1].fold == "lại" {
			continue // "các xã còn lại": the remaining ones, a name
		}
		if narrativeWords[w.fold] || clauseWords[w.fold] && !w.upper {
			return true
		}
		if !w.upper && phraseAt(ws, i, beliefWords, 2) > 0 {
			return true
		}
	}
	return false
}

// speechVerbs tell what a speaker says, and the body named after them is
// the one that must act: "Đồng chí Bí thư nhấn mạnh các cấp ủy cần …".
var speechVerbs = set("nhấn mạnh", "lưu ý", "chỉ rõ", "nêu rõ", "cho biết", "kết luận", "phát biểu")

// afterSpeaker returns where the subject ws[s:end] starts past a speaker
// and what he says it with, when a body is named after the verb; else s.
func afterSpeaker(ws []word, s, end int) int {
	for k := s + 1; k < end; k++ {
		if n := phraseAt(ws, k, speechVerbs, 2); n > 0 && !ws[k].upper && k+n < end && isOrgish(ws[k+n:end]) {
			return k + n
		}
	}
	return s
}

// beliefWords report what a speaker believes or hopes ("Chủ tịch Quốc hội
// tin tưởng, …, Đắk Nông sẽ sớm trở thành …"): the "sẽ" after them is the
// speaker's expectation, not a commitment of the body named.
var beliefWords = set("tin tưởng", "tin rằng", "tin chắc", "hy vọng", "hi vọng", "kỳ vọng", "mong muốn", "mong mỏi", "mong rằng",
	"chúc")

// clauseWords do not occur in the name of a body.
// "còn" adds one more result: "Các hội cơ sở còn thành lập …" (G39).
var clauseWords = set("rất", "rằng", "nhưng", "chỉ", "còn")

// narrativeWords in a subject make its sentence a report, not an
// assignment: "Quận cũng chỉ đạo …", "Các phong trào đã đi vào cuộc sống và …".
var narrativeWords = set("cũng", "đều", "luôn", "vẫn", "đã", "vừa", "đang", "từng", "thường")

// isResult reports a clause that states a result in figures ("Các xã hoàn
// thành 100% chỉ tiêu"), unless it sets a target ("phấn đấu …") or a
// deadline.
func isResult(c string, date vn.Date) bool {
	if !strings.Contains(c, "%") {
		return false
	}
	f := vn.Fold(c)
	if strings.Contains(f, "phan dau") || strings.Contains(f, "bao dam") || strings.Contains(f, "dam bao") {
		return false
	}
	dl, _, _ := vn.FindDeadline(c, date)
	return dl.Kind == vn.DeadlineNone
}

// addresseeOnly reports a clause that hands over to bodies but ends before
// saying what to do: the first part of an addressee list split by ";".
func addresseeOnly(ws []word) bool {
	for i := range ws {
		n := phraseAt(ws, i, addresseeTriggers, 4)
		if n == 0 && letterSent(ws, i) {
			n = 1 // "… vừa ký ban hành công điện gửi Ban Chỉ huy …;"
		}
		if n > 0 && i+n < len(ws) && isOrgish(ws[i+n:]) {
			p := predicateStart(ws, i+n, false)
			return p < 0 || domainEnd(ws, i+n, p) < 0
		}
	}
	return false
}

// addresseeGrounds reports a request whose addressees are followed by
// its grounds and no work: "… yêu cầu UBND cấp huyện trên cơ sở Đề án …;
// tổ chức lấy ý kiến …". The work is in the next clause — unless a
// directive word after a comma opens it here: "Yêu cầu các cấp ủy trên cơ
// sở kết quả Đại hội, khẩn trương sắp xếp …; tập trung …" (a verb there
// may still be the grounds' own: "Đề án sắp xếp, sáp nhập …").
func addresseeGrounds(ws []word) bool {
	for i := range ws {
		if n := phraseAt(ws, i, addresseeTriggers, 4); n > 0 && i+n < len(ws) && isOrgish(ws[i+n:]) {
			g := groundIn(ws, i+n, predicateStart(ws, i+n, false))
			if g == 0 {
				return false
			}
			for j := g + 1; j+1 < len(ws); j++ {
				if ws[j].raw == "," && phraseAt(ws, j+1, markers, 4) > 0 {
					return false
				}
			}
			return true
		}
	}
	return false
}

// groundIn returns the index of a ground phrase ("trên cơ sở …", "căn cứ
// …") between the addressees starting at a and the predicate found at p,
// or 0. "yêu cầu UBND cấp huyện trên cơ sở Đề án sắp xếp …; tổ chức lấy ý
// kiến …": the grounds stand between the body and its work, which comes
// after ";", and a verb inside them ("sắp xếp") is not the work.
func groundIn(ws []word, a, p int) int {
	if p < 0 {
		p = len(ws) // no work in the clause at all
	}
	for k := a + 1; k < p; k++ {
		if phraseAt(ws, k, wCanCuTrenCo, 3) > 0 {
			return k
		}
	}
	return 0
}

// maskGrounds blanks, keeping every offset, grounds set off inside a
// clause between a body or a request and the work or its addressees:
// "UBND các huyện trọng điểm, căn cứ vào chỉ tiêu kế hoạch được giao, tổ
// chức rà soát …", "… đề nghị trên cơ sở kế hoạch, nhiệm vụ giao, các
// thành viên …". The grounds end at the first comma before an action or
// a body. Grounds that open the clause are left as they are.
func maskGrounds(c string) string {
	if !strings.Contains(c, "ăn cứ") && !strings.Contains(c, "rên cơ sở") {
		return c // ("căn cứ", "trên cơ sở", in either case)
	}
	ws := tokenize(c)
	for k := 1; k < len(ws); k++ {
		if phraseAt(ws, k, wCanCuTrenCo, 3) == 0 || !(ws[k-1].raw == "," || phraseAt(ws, k-1, addresseeTriggers, 4) > 0 ||
			k > 1 && phraseAt(ws, k-2, addresseeTriggers, 4) == 2) {
			continue
		}
		for j := k + 1; j+1 < len(ws); j++ {
			if ws[j].raw == ";" || ws[j].raw == ":" {
				return c
			}
			if ws[j].raw == "," && (startsWithAction(ws[j+1:]) || isOrgish(ws[j+1:])) {
				from := ws[k].start
				if ws[k-1].raw == "," {
					from = ws[k-1].start
				}
				return c[:from] + strings.Repeat(" ", ws[j].end-from) + c[ws[j].end:]
			}
		}
		return c
	}
	return c
}

// pastGrounds reads clause c again with its grounds blanked (see
// maskGrounds), when it has any; the task keeps c as written.
func (f *finder) pastGrounds(c string, read func(string, []word) (clauseTask, bool)) (clauseTask, bool) {
	mc := maskGrounds(c)
	if mc == c {
		return clauseTask{}, false
	}
	ct, ok := read(mc, f.tokenize(mc))
	if ok {
		ct.clause = c
	}
	return ct, ok
}

// workAfterGrounds returns where the work starts after grounds at g: past
// the ";" that ends them, or with none, the first comma before an action
// ("… trên cơ sở tiếp thu những ý kiến đã được thống nhất, hoàn chỉnh
// …"); -1 when none. (A comma may part the grounds' own words: "Đề án
// sắp xếp, sáp nhập …; tổ chức …".)
func workAfterGrounds(ws []word, g int) int {
	comma := -1
	for j := g; j+1 < len(ws); j++ {
		if !startsWithAction(ws[j+1:]) {
			continue
		}
		if ws[j].raw == ";" {
			return j + 1
		}
		if ws[j].raw == "," && comma < 0 {
			comma = j + 1
		}
	}
	return comma
}

// antecedentRe is a lead that refers back: "các chi bộ trên", "các đơn vị
// nêu trên".
var antecedentRe = regexp.MustCompile(`^(?i)(?:các|những) (.+?) (?:nêu trên|kể trên|nói trên|trên)$`)

// antecedent resolves "các chi bộ trên" to the bodies of that kind named in
// the sentences before ("Chi bộ thôn Đông và Chi bộ thôn Tây").
func (f *finder) antecedent(lead string) string {
	if place, ok := f.placeAntecedent(lead); ok {
		return place
	}
	if head, ok := strings.CutSuffix(lead, " này"); ok {
		// "Bộ này", "Sở này": the body of that kind named before.
		if heads := bareHead(head); heads != nil {
			if name := f.namedLast(heads); name != "" {
				return name
			}
		}
	}
	if f.addressees == "" && f.lastHand != "" && lower(lead) == "các địa phương" && phraseIn(f.tokenize(f.lastHand), localityWords) {
		// "Giao UBND huyện, thành phố Cà Mau … . Yêu cầu các địa phương
		// thành lập Tổ kiểm tra …": with no addressee block, the bodies in
		// general are those the text handed work to.
		return f.lastHand
	}
	if heads := bareHead(lead); heads != nil {
		if name := f.namedBefore(heads); name != "" {
			return name
		}
		return lead
	}
	m := antecedentRe.FindStringSubmatch(lead)
	if m == nil {
		return lead
	}
	head := set(m[1])
	for k := len(f.recent) - 1; k >= 0; k-- {
		ws := f.tokenize(f.recent[k])
		for i := range ws {
			n := phraseAt(ws, i, head, 4)
			if n == 0 || !ws[i].upper {
				continue
			}
			end := i
			for end < len(ws) {
				j := end + n
				for j < len(ws) && !ws[j].punct && ws[j].fold != "và" && isAction(ws, j) == 0 {
					j++
				}
				end = j
				if j+1 < len(ws) && (ws[j].raw == "," || ws[j].fold == "và") && phraseAt(ws, j+1, head, 4) > 0 {
					end = j + 1
					continue
				}
				break
			}
			return trimPunct(f.recent[k][ws[i].start:ws[end-1].end])
		}
	}
	return lead
}

// purposeHeading reports the title of a plan's section of aims and
// requirements: "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu:".
func purposeHeading(text string) bool {
	if len(text) > 60 {
		return false
	}
	t := strings.TrimSpace(bulletRe.ReplaceAllString(strings.TrimSpace(text), ""))
	t = strings.Trim(vn.Fold(t), " .:")
	switch t {
	case "muc dich", "yeu cau", "muc dich, yeu cau", "muc dich yeu cau", "muc dich - yeu cau", "muc dich va yeu cau",
		"quan diem", "quan diem chi dao":
		return true
	}
	return false
}

// conditionBefore reports a condition in the words before a task's work:
// "nếu", "trường hợp", "khi có" (not the time "Sau khi có ý kiến, …").
func conditionBefore(head string) bool {
	ws := tokenize(head)
	for i := range ws {
		if i >= 2 && phraseAt(ws, i-2, wKhongCoDe, 2) == 2 {
			continue // "Để không có trường hợp bệnh dại …, UBND phường yêu cầu …": what to prevent
		}
		if ws[i].fold == "nếu" || phraseAt(ws, i, conditionWords, 4) > 1 ||
			ws[i].fold == "khi" && i+1 < len(ws) && ws[i+1].fold == "có" && (i == 0 || ws[i-1].fold != "sau") {
			return true
		}
	}
	return false
}

// triggered finds a task handed over by a trigger in the clause: "yêu cầu
// X làm …", "đề nghị X …", "giao X …", "X có nhiệm vụ …", "X sẽ …".
func triggered(c string, ws []word) (clauseTask, bool) {
	return triggeredIn(c, ws, false)
}

// triggeredIn is triggered; in a list item (inItem) "chỉ đạo" is the item's
// own work ("- Công an Quận chỉ đạo công an các phường …"), not a hand-over,
// and so is the "chỉ đạo" of a sentence reporting a document issued and
// that of "Ban chỉ đạo".
func triggeredIn(c string, ws []word, inItem bool) (clauseTask, bool) {
	depth := 0 // inside brackets: an aside, never the clause's predicate
	for i := 0; i < len(ws); i++ {
		switch ws[i].raw {
		case "(", "[":
			depth++
		case ")", "]":
			depth = max(0, depth-1)
		}
		if ws[i].punct || depth > 0 {
			// "Chủ tịch HĐND huyện (thứ nhất tính từ bên phải qua) nhận khen
			// thưởng": the "phải" of a caption's aside is no modal.
			continue
		}
		if ws[i].fold == "chỉ" && phraseAt(ws, i, addresseeTriggers, 4) == 2 &&
			(inItem || banChiDao(ws, i) || issuedRe.MatchString(c[:ws[i].start])) {
			continue
		}
		n := phraseAt(ws, i, addresseeTriggers, 4)
		if n > 0 && i+n+1 < len(ws) && (ws[i+n].raw == "," && (ws[i].fold == "đề" || ws[i].fold == "yêu") && isOrgish(ws[i+n+1:]) ||
			ws[i+n].raw == ":" && !ws[i+n+1].upper && isOrgish(ws[i+n+1:]) || isOpenQuote(ws[i+n].raw)) {
			// "Bộ GD&ĐT đề nghị, Sở GD&ĐT phổ biến …", "… đề nghị: các xã,
			// đơn vị liên quan tiếp tục …", "… yêu cầu “tổ chức quán triệt …”"
			n++
		} else if n > 0 && i+n+1 < len(ws) && (ws[i+n].raw == "," || ws[i+n].raw == ":") && (ws[i].fold == "đề" || ws[i].fold == "yêu") {
			if j := skipFrontedTime(c, ws, i+n+1); j > i+n+1 && j < len(ws) && isOrgish(ws[j:]) {
				n++ // "yêu cầu: từ ngày 30/4 đến hết ngày 3/5, các đơn vị …", "yêu cầu, trong những tháng cuối năm, phường cần …"
			}
		}
		if n > 0 && (!ws[i].upper || i == 0 || opensQuote(ws, i)) && i+n < len(ws) && !ws[i+n].punct &&
			!laterTrigger(ws, i+n) && phraseAt(ws, i+n, eventNouns, 2) < 2 && // ("phát biểu chỉ đạo Hội nghị …": an event)
			!triggerAsNoun(ws, i) && !isGiaoBan(ws, i) && !choosingWork(ws, i) && !petition(ws, i) &&
			!pastDirecting(ws, i) && !proposedHandOver(ws, i) {
			a := i + n + phraseAt(ws, i+n, triggerAdverbs, 5) // "yêu cầu trước mắt các cấp ủy …" (G48)
			if t := skipTimeBeforeLead(c, ws, a); t > a {
				a = t // "đề nghị tháng 12/2018 thường trực HĐND, các ban …"
			} else {
				a = skipFrontedTime(c, ws, a) // "yêu cầu chậm nhất đến ngày 7/8, Sở Nội vụ …" (D13)
			}
			p := predicateStart(ws, a, false)
			open := false // the work starts with a verb not on the list
			// Actions are an open class: the work starts after the
			// addressees' names where they end unambiguously (see
			// openWorkStart), also before a listed verb further on ("giao
			// Sở Xây dựng kè bờ sông và báo cáo …").
			if q := openWorkStart(ws, a, p); q > a {
				p, open = q, true
			}
			if p > a {
				if p = domainEnd(ws, a, p); p < 0 {
					continue // the addressees go on after ";" (see addresseeOnly)
				}
			}
			// ("yêu cầu Ban Chỉ huy phòng chống thiên tai … các cấp theo dõi
			// …": the work starts after the body's field of work.)
			end := p // where the lead ends
			if g := groundIn(ws, a, p); g > 0 {
				// The work after the grounds, past the ";" or "," that ends
				// them (see groundIn): "giao cho Văn phòng … trên cơ sở
				// tiếp thu những ý kiến đã được thống nhất, hoàn chỉnh …".
				end, p = g, workAfterGrounds(ws, g)
			}
			if a < len(ws) && (p == a || !isOrgish(ws[a:])) {
				if g := sentTo(ws, i); g >= 0 && !upward(ws[:g], ws[g:i]) {
					// "Cục … vừa có văn bản gửi Sở NN&PTNT các tỉnh đề nghị
					// tăng cường …": the letter's addressees are the lead.
					ct := newClauseTask(c, ws, trimPunct(c[ws[g].start:ws[i-1].end]), a)
					ct.cue = "giao việc: «" + c[ws[i].start:ws[i+n-1].end] + "», gửi tới đơn vị nêu trước"
					return ct, true
				}
			}
			if p < 0 && ws[len(ws)-1].raw == ":" && isOrgish(ws[a:]) && !upward(ws[:i], ws[a:]) {
				// "Bộ … đề nghị Ủy ban nhân dân các tỉnh, thành phố …:" (or
				// "… như sau:"): the addressees of the items below.
				end := len(ws) - 1
				if end >= 2 && phraseAt(ws, end-2, wNhuSau, 2) == 2 {
					end -= 2
				}
				if end > a {
					return clauseTask{lead: normalizeLead(trimPunct(c[ws[a].start:ws[end-1].end])), predicate: ws[len(ws)-1].start,
						clause: c, leadIn: true, cue: "giao việc: «" + c[ws[i].start:ws[i+n-1].end] + "»"}, true
				}
			}
			if p > a && end > a && (isOrgish(ws[a:end]) || provinceList(ws[a:end]) || countedBodies(ws[a:end]) && ws[i].fold != "chọn") &&
				!(ws[i].fold == "chọn" && pilotOnly(ws, p)) {
				if end != p {
					ct := newClauseTask(c, ws, trimPunct(c[ws[a].start:ws[end-1].end]), p)
					ct.cue = "giao việc: «" + c[ws[i].start:ws[i+n-1].end] + "»"
					return ct, true
				}
				p = timeInLead(c, ws, a, p)
				if s := subjectBefore(ws, 0, i); s >= 0 && upward(ws[s:i], ws[a:p]) {
					continue // "Lãnh đạo UBND huyện đề nghị UBND tỉnh quan tâm hỗ trợ …": a petition
				}
				q := p
				if m := phraseAt(ws, p, wSeCanPhaiCan, 2); m > 0 && p+m < len(ws) {
					q = p + m // "yêu cầu, trong những tháng cuối năm, UBND phường cần ưu tiên …": the work after the modal
				}
				ct := newClauseTask(c, ws, trimPunct(c[ws[a].start:ws[p-1].end]), q)
				ct.cue = "giao việc: «" + c[ws[i].start:ws[i+n-1].end] + "»"
				if open {
					ct.cue += ", việc bắt đầu sau tên đơn vị"
				}
				return ct, true
			}
		}
		if n := phraseAt(ws, i, passiveTriggers, 4); n > 0 && !ws[i].upper && i > 0 && !pastBefore(ws, i) {
			// "Sở … được giao chủ trì, phối hợp …": the subject is the lead.
			if s := subjectBefore(ws, 0, i); s >= 0 && i+n < len(ws) && (isAction(ws, i+n) > 0 || assignedTarget(ws, i+n)) && !pilotOnly(ws, i+n) {
				ct := newClauseTask(c, ws, trimPunct(c[ws[s].start:ws[i-1].end]), i+n)
				ct.cue = "bị động: «" + c[ws[i].start:ws[i+n-1].end] + "»"
				return ct, true
			}
		}
		if n := phraseAt(ws, i, subjectTriggers, 3); n > 0 && !ws[i].upper && i > 0 {
			s, lend := subjectBefore(ws, 0, i), i
			if k := parentheticalTime(c, ws, i); s < 0 && k > 0 {
				s, lend = subjectBefore(ws, 0, k), k // "Các trường, chậm nhất ngày 22/3, phải …" (D13)
			}
			// "Bí thư Tỉnh ủy nhấn mạnh các cấp ủy cần …", "Tổng Bí thư
			// nhấn mạnh tỉnh cần …": the body after the speech verb.
			if s >= 0 {
				s = afterSpeaker(ws, s, lend)
			} else if seg := segmentStart(ws, 0, lend); afterSpeaker(ws, seg, lend) > seg {
				s = afterSpeaker(ws, seg, lend)
			}
			if s < 0 || pastBefore(ws, i) || directedBefore(ws, s) || !chairsSomething(ws, i, n) || i+n < len(ws) && phraseAt(ws, i+n, statusWords, 6) > 0 || accountability(ws, i) || accountability(ws, i+n) || exhortation(ws[:i]) ||
				qualifiesWork(ws, i) || agentPhrase(ws, s, i) || opinionBefore(ws[:i]) ||
				clauseInSubject(ws[s:lend]) || i+n < len(ws) && ws[i+n].fold == "được" || chairedMeeting(c[ws[s].start:ws[lend-1].end]) ||
				endsWithTrigger(ws[s:lend]) || charterRe.MatchString(vn.Fold(c[ws[s].start:ws[lend-1].end])) {
				// "Tổ giám sát đã chỉ ra những tồn tại cần khắc phục", "… cho
				// rằng, … có những vấn đề cần được nhìn nhận": the modal
				// qualifies an object, not a body that must act.
				continue
			}
			p := i
			if phraseAt(ws, i, wSeCanPhaiCan, 2) > 0 {
				p = i + n
			}
			if p >= len(ws) {
				continue
			}
			ct := newClauseTask(c, ws, trimPunct(c[ws[s].start:ws[lend-1].end]), p)
			ct.cue = "chủ ngữ + «" + c[ws[i].start:ws[i+n-1].end] + "»"
			return ct, true
		}
	}
	return clauseTask{}, false
}

// isOpenQuote reports an opening quotation mark.
func isOpenQuote(raw string) bool { return raw == "“" || raw == "\"" }

// letterNouns name a document sent to bodies: "văn bản gửi …".
var letterNouns = set("văn bản", "công văn", "công điện", "điện khẩn", "thông báo", "kế hoạch", "chỉ thị", "hướng dẫn")

// sentTo returns where the bodies a document was sent to start, when they
// stand between "gửi" and the request at i that names no body of its own:
// "vừa có văn bản gửi Sở NN&PTNT một số tỉnh, thành phố đề nghị tăng cường
// …", "ký công văn gửi các sở giáo dục và đào tạo yêu cầu …". Else -1.
func sentTo(ws []word, i int) int {
	for k := i - 1; k > 0 && k >= i-60; k-- {
		if ws[k].raw == "." {
			return -1 // (";" may part the addressees: "gửi A; B và C yêu cầu …")
		}
		if ws[k].fold != "gửi" || k+1 >= i || !isOrgish(ws[k+1:i]) {
			continue
		}
		if letterSent(ws, k) {
			return k + 1
		}
		return -1
	}
	return -1
}

// documentAsks returns where the work starts in a clause whose subject is
// the document and whose request names no body ("Công văn lưu ý phải chú ý
// kịp thời …", "Chỉ thị yêu cầu tăng cường …"), or 0.
func documentAsks(ws []word) int {
	i := phraseAt(ws, 0, letterNouns, 2)
	if i == 0 || i >= len(ws) {
		return 0
	}
	n := phraseAt(ws, i, addresseeTriggers, 4)
	if n == 0 || i+n >= len(ws) || isOrgish(ws[i+n:]) {
		return 0
	}
	j := i + n + phraseAt(ws, i+n, wSeCanPhaiCan, 2)
	if j >= len(ws) || !startsWithAction(ws[j:]) {
		return 0
	}
	return j
}

// requestsIn reports a request in a clause that gave no task, after its
// requester ("Chủ tịch UBND tỉnh cũng yêu cầu …"): not a noun ("theo đề
// nghị của …") nor a petition.
func requestsIn(ws []word) bool {
	for i := range ws {
		if ws[i].punct || ws[i].upper && i > 0 {
			continue
		}
		if phraseAt(ws, i, addresseeTriggers, 4) > 0 && ws[i].fold != "giao" && ws[i].fold != "chỉ" &&
			(i == 0 || !triggerAsNoun(ws, i) && !petition(ws, i)) {
			return true
		}
	}
	return false
}

// letterSent reports the "gửi" of a document sent, named in the eight
// words before it ("vừa có văn bản gửi", "ký công văn hỏa tốc gửi"), or
// further back when its number and issuer are set off by a comma: the
// bodies after it are the document's addressees.
func letterSent(ws []word, k int) bool {
	if ws[k].fold != "gửi" {
		return false
	}
	for j := max(0, k-8); j < k; j++ {
		if phraseAt(ws, j, letterNouns, 2) > 0 {
			return true
		}
	}
	if k == 0 || ws[k-1].raw != "," {
		return false
	}
	// "ký Công điện số 180/CĐ-TTg ngày 30/9/2025 của Thủ tướng Chính phủ,
	// gửi …": a document issued, its number and issuer set off by a comma
	// (not "(triển khai theo Công văn số …), gửi Văn phòng … để tổng hợp").
	for j := max(1, k-24); j < k-8; j++ {
		if phraseAt(ws, j, letterNouns, 2) > 0 && (phraseAt(ws, j-1, wKyBanHanh, 2) > 0 || j >= 2 && phraseAt(ws, j-2, wKyBanHanh, 2) == 2) {
			return true
		}
	}
	return false
}

// issuedInLead reports a subject that tells of a document issued ("Sở Y
// tế có văn bản", "UBND tỉnh vừa ký công văn"): the verb after it sends
// the letter, which is news, not the body's work.
func issuedInLead(ws []word) bool {
	for j := 1; j < len(ws); j++ {
		if phraseAt(ws, j, letterNouns, 2) > 0 && (ws[j-1].fold == "có" || phraseAt(ws, j-1, wKyBanHanh, 2) > 0 ||
			j >= 2 && phraseAt(ws, j-2, wKyBanHanh, 2) == 2) {
			return true
		}
	}
	return false
}

// wKyBanHanh issue a document: "vừa ký Công điện …", "ban hành Công văn …".
var wKyBanHanh = set("ký", "ban hành", "ký ban hành")

// timeInLead returns where a time phrase written between the addressees
// and their work starts ("đề nghị các cơ quan báo chí trong tháng 5 tập
// trung …"), so that it is the task's deadline and not part of the lead;
// else p.
func timeInLead(c string, ws []word, from, p int) int {
	for k := from + 1; k < p; k++ {
		if phraseAt(ws, k, wTrongTruocTuDen, 2) == 0 {
			continue
		}
		span := c[ws[k].start:ws[p-1].end]
		if dl, s, _ := vn.FindDeadline(span, vn.NewDate(2000, 1, 1)); dl.Kind != vn.DeadlineNone && s == 0 {
			return k
		}
	}
	return p
}

// laterTrigger reports another hand-over word in the words read as the
// addressees after a trigger: "Phát biểu chỉ đạo … đồng chí Bí thư yêu cầu
// các cấp ủy …" hands over at "yêu cầu", not at "chỉ đạo".
func laterTrigger(ws []word, from int) bool {
	p := predicateStart(ws, from, false)
	if p < 0 {
		p = len(ws)
	}
	for k := from; k < p; k++ {
		n := phraseAt(ws, k, addresseeTriggers, 4)
		if n > 0 && !ws[k].upper && !triggerAsNoun(ws, k) && !banChiDao(ws, k) && k+n < len(ws) && !ws[k+n].punct &&
			isOrgish(ws[k+n:]) {
			return true // not "Đoàn kiểm tra, chỉ đạo công tác …", a name
		}
	}
	return false
}

// banChiDao reports the "chỉ đạo" of a steering committee's name ("Ban
// chỉ đạo phòng, chống dịch …"), which hands nothing over.
func banChiDao(ws []word, i int) bool {
	return i > 0 && ws[i].fold == "chỉ" && ws[i-1].fold == "ban"
}

// pastDirecting reports "đã chỉ đạo X …": what a body did in answer to
// something, told in a report of results ("Sau khi nhận được phản ánh,
// UBND phường đã chỉ đạo … kiểm tra", "UBND tỉnh đã chỉ đạo các sở … giải
// quyết, trả lời cử tri"). A handing over told in the past with its work
// still live is written with "giao" ("đã giao cho Bộ Y tế chủ trì …").
func pastDirecting(ws []word, i int) bool {
	if i == 0 || ws[i].fold != "chỉ" || phraseAt(ws, i, wChiDao, 2) != 2 {
		return false
	}
	// "đã chỉ đạo", and with a manner between: "đã trực tiếp chỉ đạo",
	// "đã kịp thời chỉ đạo", "đã nhiều lần chỉ đạo"; or led as well: "đã
	// lãnh đạo, chỉ đạo".
	if i >= 3 && ws[i-1].raw == "," && ws[i-3].fold == "lãnh" && ws[i-2].fold == "đạo" {
		i -= 3
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		if phraseAt(ws, k, wDa, 1) == 1 {
			return true
		}
		if ws[k].punct || phraseAt(ws, k, directingManner, 2) == 0 && (k == 0 || phraseAt(ws, k-1, directingManner, 2) != 2) {
			return false
		}
	}
	return false
}

// statusWords after "sẽ" tell a body's new status, not work: "… 126 xã,
// phường mới sẽ chính thức đi vào hoạt động", "Nghị quyết sẽ có hiệu lực …",
// or what will no longer be done: "… sẽ không tiếp tục sắp xếp phường, xã".
var statusWords = set("chính thức đi vào hoạt động", "đi vào hoạt động", "chính thức hoạt động", "có hiệu lực",
	"chính thức có hiệu lực", "không tiếp tục", "không còn", "không có")

// directedBefore reports a past direction before the subject at s: "UBND
// tỉnh đã trực tiếp chỉ đạo các sở, ngành, địa phương … phải tập trung …"
// tells what was directed, and its "phải" hands nothing over again.
func directedBefore(ws []word, s int) bool {
	for k := max(0, s-12); k < s; k++ {
		if pastDirecting(ws, k) {
			return true
		}
	}
	return false
}

// directingManner are the words that may stand between "đã" and "chỉ đạo".
var directingManner = set("trực tiếp", "kịp thời", "nhiều lần", "quyết liệt", "thường xuyên", "liên tục", "sớm")

// assignedTarget reports a target named after a passive hand-over: "X
// được giao chỉ tiêu tuyển quân …" gives X the work the target measures,
// as "X được giao chủ trì …" gives it the work named by a verb.
func assignedTarget(ws []word, i int) bool {
	return i+2 < len(ws) && ws[i].fold == "chỉ" && ws[i+1].fold == "tiêu" && !ws[i+2].punct
}

// choosingWork reports the "chọn" of "lựa chọn", "tuyển chọn", "bình
// chọn": choosing is the work there, not a body chosen for it.
func choosingWork(ws []word, i int) bool {
	return ws[i].fold == "chọn" && i > 0 && !ws[i-1].upper && phraseAt(ws, i-1, chooseVerbs, 1) > 0
}

var chooseVerbs = set("lựa", "tuyển", "bình")

// pilotOnly reports a body chosen only to be the pilot ("chọn X làm
// điểm"), with no work named: it says where the work will be tried, and
// the work is set elsewhere ("… làm đại hội điểm" names the congress).
func pilotOnly(ws []word, p int) bool {
	return phraseAt(ws, p, wLamDiem, 2) == 2 && (p+2 >= len(ws) || ws[p+2].punct || phraseAt(ws, p+2, wDeRutKinhNghiem, 2) > 0)
}

// datelineRe opens a news item's account of the day: "Sáng 16/9, …",
// "Chiều ngày 06/4/2023, …".
var datelineRe = regexp.MustCompile(`^(?:Sáng|Chiều|Tối|Trưa|Sáng nay|Chiều nay) (?:ngày |nay )?\d{1,2} ?[/.-] ?\d{1,2}(?: ?[/.-] ?\d{4})?,`)

// holdsMeeting reports work that is holding a meeting: "tổ chức Phiên
// họp …", "tổ chức hội nghị tổng kết …".
func holdsMeeting(ws []word) bool {
	n := phraseAt(ws, 0, wTienHanhToChuc, 2)
	return n > 0 && phraseAt(ws, n, meetingNouns, 3) > 0
}

// isGiaoBan reports "giao ban" (a review meeting), not "giao Ban …" nor
// "giao ban thường vụ các tỉnh ủy …", a body's name in lowercase.
func isGiaoBan(ws []word, i int) bool {
	return ws[i].fold == "giao" && i+1 < len(ws) && ws[i+1].fold == "ban" && !ws[i+1].upper && phraseAt(ws, i+1, orgHeads, 3) < 2
}

// chairsSomething rejects "chủ trì" that only chairs a meeting ("do … chủ
// trì", "chủ trì hội nghị"): the lead of a task is followed by what to do.
func chairsSomething(ws []word, i, n int) bool {
	if ws[i].fold != "chủ" {
		return true
	}
	return i+n < len(ws) && (ws[i+n].raw == "," || isAction(ws, i+n) > 0) && phraseAt(ws, i+n, meetingWork, 2) == 0
}

// meetingWork is what a chair does at a meeting: "chủ trì làm việc với
// …", "chủ trì họp …" tell a meeting held, not work handed over.
var meetingWork = set("làm việc", "họp", "buổi làm việc", "cuộc họp", "buổi họp", "hội nghị")

func newClauseTask(c string, ws []word, lead string, p int) clauseTask {
	return clauseTask{lead: normalizeLead(lead), predicate: ws[p].start, clause: c,
		leadIn: strings.HasSuffix(strings.TrimSpace(c), ":")}
}

// contextual reads a clause in a passage that assigns tasks: with its own
// subject ("Phòng Tài chính Kế hoạch quan tâm bố trí kinh phí") or, when it
// opens with what must be done ("Tập trung, ưu tiên giải quyết …"), for lead.
func contextual(c string, ws []word, lead string) (clauseTask, bool) {
	if len(ws) == 0 {
		return clauseTask{}, false
	}
	if startsWithAction(ws) {
		return clauseTask{lead: lead, clause: c}, true
	}
	p := domainEnd(ws, 0, predicateStart(ws, 0, false))
	end := p // where the subject ends
	if p > 1 && ws[p-1].fold == "cũng" && phraseAt(ws, p, mannerMarkers, 2) > 0 && ws[p].fold != "sẽ" && ws[p].fold != "tiếp" {
		// "Các địa phương cũng chủ động mở kho lạnh …": "cũng" tells of
		// one more body told how to act (a manner marker, not "sẽ" or
		// "tiếp tục", which tell news), not of what it did ("Quận cũng
		// chỉ đạo …", see narrativeWords).
		end = p - 1
	}
	if p <= 0 || pastBefore(ws, p) || clauseInSubject(ws[:end]) || hasSemicolon(ws[:p]) {
		// A subject never reaches back over ";": "Trạm Y tế xã có chức
		// năng khám bệnh, chữa bệnh; tiêm chủng" lists what the unit is for.
		return clauseTask{}, false
	}
	if p > 1 && ws[p-1].raw == "," && commaSubject(ws[:p-1]) && !isOrgish(ws[p:]) && phraseAt(ws, p, collectiveWords, 4) == 0 {
		end = p - 1 // "Các địa phương khu vực đất liền, chỉ đạo, hướng dẫn chằng chống …"
	}
	s := subjectBefore(ws, 0, end)
	if s != 0 && !listFromStart(ws, s) {
		return clauseTask{}, false
	}
	if lead := c[ws[0].start:ws[end-1].end]; charterRe.MatchString(vn.Fold(lead)) || endsWithTrigger(ws[:end]) {
		return clauseTask{}, false // see ownSubject
	}
	return clauseTask{lead: normalizeLead(c[ws[0].start:ws[end-1].end]), predicate: ws[p].start, clause: c}, true
}

// commaSubject reports a subject set off from its work by a comma: one
// body's name, with no comma, verb or speech of its own ("Các địa phương
// khu vực đất liền,"), not "Chủ tịch tỉnh nhấn mạnh," nor a list.
func commaSubject(ws []word) bool {
	for i, w := range ws {
		if w.punct || i > 0 && (phraseAt(ws, i, addresseeTriggers, 4) > 0 || phraseAt(ws, i, speechVerbs, 2) > 0 || w.fold == "do" || w.fold == "là") {
			return false
		}
	}
	return isOrgish(ws) && !verbIn(ws)
}

// itemNounsAnnounced name the items a lead-in announces.
var itemNounsAnnounced = set("nhiệm vụ", "nội dung", "giải pháp", "công việc", "biện pháp")

// announcesItems reports a clause that names no body and ends by
// announcing the items below: "… tập trung thực hiện một số nhiệm vụ
// sau:".
func announcesItems(ws []word) bool {
	if len(ws) < 3 || ws[len(ws)-1].raw != ":" || isOrgish(ws) {
		return false
	}
	for k := len(ws) - 2; k >= max(0, len(ws)-8); k-- {
		if phraseAt(ws, k, itemNounsAnnounced, 2) > 0 {
			return true
		}
	}
	return false
}

// labelOfBody reports a predicate that is a label's end and a body after
// its colon: "(Cơ quan) lấy ý kiến: Văn phòng Ủy ban nhân dân tỉnh".
func labelOfBody(pred string) bool {
	i := strings.Index(pred, ":")
	return i > 0 && len(strings.Fields(pred[:i])) <= 3 && isOrgish(tokenize(pred[i+1:]))
}

// startsWithAction reports a clause that opens with a marker or verb.
func startsWithAction(ws []word) bool {
	return len(ws) > 0 && !ws[0].punct && isAction(ws, 0) > phraseAt(ws, 0, orgNouns, 3)
}

// inMeeting reports a request made and met in the meeting being reported
// ("tại hội nghị … yêu cầu các đơn vị báo cáo …"): no deadline, and what is
// asked is to report or explain.
func inMeeting(sentence, c string, ct clauseTask, date vn.Date) bool {
	// The meeting must be named before the work: in «"… Chủ tịch UBND phải
	// báo cáo … cho Bí thư" - đó là chỉ đạo … tại hội nghị giao ban» the
	// meeting is where the direction was given, not where it was met.
	head := sentence
	if i := strings.Index(sentence, c); i >= 0 {
		head = sentence[:i+ct.predicate]
	}
	folded := vn.Fold(head)
	if !slices.ContainsFunc(meetingWords, func(w string) bool { return strings.Contains(folded, w) }) {
		return false
	}
	ws := tokenize(c[ct.predicate:])
	if phraseAt(ws, 0, inMeetingVerbs, 3) == 0 {
		return false
	}
	dl, _, _ := vn.FindDeadline(c[ct.predicate:], date)
	return dl.Kind == vn.DeadlineNone
}

// build makes the task of ct found in source.
func (f *finder) build(ct clauseTask, source string) Task {
	body := ct.clause[ct.predicate:]
	t := Task{Lead: f.antecedent(ct.lead), Cooperating: cooperating(body, f.tokenize(body)), Source: trimSource(source),
		Cue: ct.cue}
	if t.Cooperating == nil {
		t.Cooperating = []string{}
	}
	f.setDeadline(&t, body)
	if t.Deadline.Kind == string(vn.DeadlineNone) && ct.predicate > 0 {
		// A time fronted before the subject: "Trước ngày 18/10, các địa
		// phương phải báo cáo …", "Trong tháng 5, đề nghị các xã …".
		if dl, ok := f.frontedTime(vn.NFC(ct.clause[:ct.predicate]), ct.lead, ct.cue); ok {
			t.Deadline = f.deadlineOf(dl)
		}
	}
	return t
}

// extend adds a hand-over step to the task at i ("…; trình UBND tỉnh trước
// ngày 15/11/2021"); its deadline is the task's when it has none.
func (f *finder) extend(i int, c string) {
	t := &f.tasks[i]
	t.Source = trimSource(t.Source + "; " + c)
	if t.Deadline.Kind == string(vn.DeadlineNone) {
		content := t.Content
		f.setDeadline(t, c)
		t.Content = content + "; " + t.Content
	}
}

// trimSource trims a source clause of spaces and trailing "./.".
func trimSource(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), " ./")
}

// salutation returns the addressee block of a letter: "Kính gửi: Sở …" on
// one line, or "Kính gửi:" followed by one line per addressee ("- Các bệnh
// viện tuyến tỉnh;"), joined with "; ".
func salutation(lines []line) string {
	for i, l := range lines {
		if l.kind == lineBlank {
			continue
		}
		t := l.text
		f := vn.Fold(t)
		if !strings.HasPrefix(f, "kinh gui") {
			continue
		}
		var names []string
		if rest := trimPunct(t[strings.IndexAny(t, ":")+1:]); strings.Contains(t, ":") && rest != "" {
			names = append(names, rest)
		}
		for _, m := range lines[i+1:] {
			if m.kind == lineBlank || m.kind == linePara && len(names) > 0 || len(names) > 20 {
				break
			}
			if n := trimPunct(m.text); n != "" && isOrgish(tokenize(n)) {
				names = append(names, n)
			}
		}
		return strings.Join(names, "; ")
	}
	return ""
}

// findAddressees returns the bodies a document is addressed to, from the
// sentence that reports it ("… ban hành Công văn số … chỉ đạo các sở, ban,
// ngành … tổ chức …"), so that a later "các đơn vị, địa phương" names them.
func findAddressees(lines []line) string {
	if a := salutation(lines); a != "" {
		return a
	}
	for _, l := range lines {
		if l.kind != linePara || !strings.Contains(vn.Fold(l.text), "ban hanh") {
			continue
		}
		for _, s := range sentences(l.text) {
			ws := tokenize(s)
			for i := range ws {
				if phraseAt(ws, i, wChiDaoGuiDe, 2) == 0 || ws[i].upper {
					continue
				}
				n := phraseAt(ws, i, wChiDaoGuiDe, 2)
				p := predicateStart(ws, i+n, false)
				for k := i + n + 1; k < p; k++ {
					if phraseAt(ws, k, wVeViec, 2) > 0 {
						p = k // "… gửi các sở, ngành …; UBND các huyện về việc tổ chức trực …": the letter's subject
						break
					}
				}
				if p > i+n && isOrgish(ws[i+n:p]) {
					return trimPunct(s[ws[i+n].start:ws[p-1].end])
				}
			}
		}
	}
	return ""
}

// Word sets used inside functions, built once.
var (
	wChiDao             = set("chỉ đạo")
	wGuiNopGuiKem       = set("gửi", "nộp", "gửi kèm", "gửi về")
	wPhaiCanYeuCau      = set("phải", "cần", "yêu cầu", "đề nghị", "được yêu cầu")
	wTiepCongDan        = set("tiếp công dân")
	wVeViec             = set("về việc", "về")
	wLamDiem            = set("làm điểm")
	wDuocBiet           = set("được biết")
	wThoiGian           = set("thời gian")
	wNhuSau             = set("như sau")
	wKhongCoDe          = set("không có", "không để", "tránh để")
	wTruocSauDo         = set("trước đó", "sau đó")
	wDeRutKinhNghiem    = set("để", "rút kinh nghiệm", "nhằm")
	wThuongTrucThuongVu = set("thường trực", "thường vụ")
	wDaiBieu            = set("đại biểu")
	wCanCuTrenCo        = set("căn cứ", "trên cơ sở")
	wDuKien             = set("dự kiến")
	wTienHanhToChuc     = set("tiến hành", "tổ chức")
	wChiuTrachNhiemChiu = set("chịu trách nhiệm", "chịu hoàn toàn trách nhiệm")
	wHoanThanh          = set("hoàn thành")
	wTongHop            = set("tổng hợp")
	wThiXa              = set("thị xã")
	wThiTran            = set("thị trấn")
	wCentre             = set("trung ương", "chính phủ", "thủ tướng")
	wPhoiHopVoi         = set("phối hợp với", "phối hợp cùng", "phối hợp chặt chẽ với")
	wSeCanPhaiCan       = set("sẽ", "cần", "phải", "cần phải")
	wTrongTruocTuDen    = set("trong", "trước", "từ", "đến", "vào", "chậm nhất", "ngay")
	wDa                 = set("đã")
	wMoiMoiTung         = set("mỗi", "mọi", "từng")
	wDangVienDoanVien   = set("đảng viên", "đoàn viên", "hội viên")
	wChiDaoGuiDe        = set("chỉ đạo", "gửi", "đề nghị", "yêu cầu")
)

// requestsBody reports a clause that opens with a request to a body
// ("Yêu cầu các xã …"): it names its own lead. "Lưu ý việc bố trí …"
// requests no body and is the work itself.
func requestsBody(ws []word) bool {
	n := phraseAt(ws, 0, addresseeTriggers, 4)
	return n > 0 && n < len(ws) && isOrgish(ws[n:])
}

// phraseIn reports whether any phrase of the set occurs in ws.
func phraseIn(ws []word, phrases map[string]bool) bool {
	for i := range ws {
		if phraseAt(ws, i, phrases, 3) > 0 {
			return true
		}
	}
	return false
}

// workNouns name work handed over; a past marker right after one opens a
// relative clause on it ("nhiệm vụ đã được giao", "chỉ tiêu được giao")
// and does not tell what was done.
var workNouns = set("nhiệm vụ", "phần việc", "công việc", "chỉ tiêu", "nội dung", "kế hoạch", "vốn", "việc")

// qualifiesWork reports that the past marker at i ("đã", "được") follows
// a noun of work, with "đã được" read as one marker.
func qualifiesWork(ws []word, i int) bool {
	j := i - 1
	if ws[i].fold == "được" && j >= 0 && ws[j].fold == "đã" {
		j--
	}
	if j < 0 {
		return false
	}
	return workNouns[ws[j].fold] || j > 0 && workNouns[ws[j-1].fold+" "+ws[j].fold]
}

// headAbbrevs are the abbreviations a body's head noun is written with:
// "Ban Chỉ đạo" is "BCĐ", "Ban quản lý dự án" is "BQLDA".
var headAbbrevs = map[string][]string{
	"ban":      {"bcđ", "bql", "bqlda", "bch", "ban chỉ đạo", "ban quản lý"},
	"hội đồng": {"hđ"},
	"tổ":       {"tổ công tác"},
}

// bareHead returns the heads a lead refers back to when it is only a
// body's head noun ("Ban có nhiệm vụ …", "Tổ có trách nhiệm …"): in
// Vietnamese the bare head names the body of that kind named just before.
// It returns nil for a lead that names its body.
func bareHead(lead string) map[string]bool {
	ws := tokenize(lead)
	if n := phraseAt(ws, 0, orgNouns, 3); n == 0 || n != len(ws) {
		return nil
	}
	head := lower(lead)
	heads := set(head)
	for _, a := range headAbbrevs[head] {
		heads[a] = true
	}
	return heads
}

// nameStops end a body's name written after its head in running text:
// "BCĐ nâng cấp, phát triển TP Vĩnh Long … do ông … làm Trưởng ban".
var nameStops = set("do", "vào", "gồm", "có", "với", "được", "là", "nhằm", "để", "tại", "trong", "từ", "theo")

// titleWords after a head noun make it a person's title: "Tổ trưởng".
var titleWords = set("trưởng", "phó")

// namedBefore returns the body named first in the latest sentence before
// that names one whose name opens with one of heads, written with a
// capital ("BCĐ …", "Ban Chỉ đạo …"), or "".
func (f *finder) namedBefore(heads map[string]bool) string {
	for k := len(f.recent) - 1; k >= 0; k-- {
		ws := f.tokenize(f.recent[k])
		for i := range ws {
			n := phraseAt(ws, i, heads, 3)
			if n == 0 || !ws[i].upper || i+n < len(ws) && titleWords[ws[i+n].fold] {
				continue // "Tổ trưởng", "Trưởng ban": a person's title
			}
			j := i + n
			for j < len(ws) && !strings.ContainsAny(ws[j].raw, ".;:()") && !nameStops[ws[j].fold] {
				j++
			}
			if j > i+n {
				return trimPunct(f.recent[k][ws[i].start:ws[j-1].end])
			}
		}
	}
	return ""
}

// namedLast returns the body named last, in the latest sentence before
// that names one whose name opens with one of heads ("Bộ Y tế đề nghị Bộ
// Giáo dục và Đào tạo …. Bộ này …" is the second), or "". The name ends
// at a word that ends names, a hand-over, a modal or adverb of the work,
// or a "và" that joins no other name.
func (f *finder) namedLast(heads map[string]bool) string {
	for k := len(f.recent) - 1; k >= 0; k-- {
		ws := f.tokenize(f.recent[k])
		name := ""
		for i := range ws {
			n := phraseAt(ws, i, heads, 3)
			if n == 0 || !ws[i].upper || i+n < len(ws) && titleWords[ws[i+n].fold] {
				continue
			}
			j := i + n
			for j < len(ws) && !strings.ContainsAny(ws[j].raw, ".;:(),") && !nameStops[ws[j].fold] &&
				phraseAt(ws, j, addresseeTriggers, 4) == 0 && phraseAt(ws, j, markers, 3) == 0 &&
				!(ws[j].fold == "và" && (j+1 >= len(ws) || !ws[j+1].upper)) {
				j++
			}
			if j > i+n {
				name = trimPunct(f.recent[k][ws[i].start:ws[j-1].end])
			}
		}
		if name != "" {
			return name
		}
	}
	return ""
}

// namesListed reports a lead whose colon follows a plural head and lists
// the bodies by name: "Các Bộ: Tài nguyên và Môi trường, Nông nghiệp …",
// "UBND các huyện: U Minh, Trần Văn Thời". Another colon in a subject
// ("Nội dung: …") is a label.
func namesListed(lead string) bool {
	head, _, _ := strings.Cut(lead, ":")
	ws := tokenize(head)
	if len(ws) == 0 || len(ws) > 4 || !isOrgish(ws) {
		return false
	}
	last := ws[len(ws)-1].fold
	return collectiveWords[last] || orgNouns[last] || phraseAt(ws, 0, listedTitles, 3) == len(ws)
}

// listedTitles head a list of the bodies they lead: "Giao Giám đốc: Sở Văn
// hóa …, Sở Thông tin …", "Thủ trưởng: Sở Tài chính, Kho bạc …".
var listedTitles = set("giám đốc", "thủ trưởng", "chủ tịch", "người đứng đầu", "lãnh đạo", "trưởng", "chánh văn phòng")

// opensQuote reports a word right after a colon, or after a colon and an
// opening quotation mark ("chỉ đạo rõ: “Giao cho Sở …"): a quoted
// request starts there with a capital.
func opensQuote(ws []word, i int) bool {
	j := i - 1
	if j > 0 && (ws[j].raw == "“" || ws[j].raw == "\"") {
		j--
	}
	return ws[j].raw == ":"
}

// localityWords name a local government: "các địa phương" refers back only
// to bodies named by them ("UBND huyện, thành phố Cà Mau"). ("Các đơn vị"
// is kept as written: it may mean any body.)
var localityWords = set("huyện", "xã", "phường", "thị trấn", "thị xã", "thành phố", "quận", "tỉnh", "tp")

// executionFormulaRe is the closing formula of a decision: its bodies
// "chịu trách nhiệm thi hành Quyết định này", whatever follows ("kể từ
// ngày ký"). A modal before an accountability statement ("phải chịu
// trách nhiệm toàn diện nếu …") is accountability too (see triggeredIn).
var executionFormulaRe = regexp.MustCompile(`\bchiu trach nhiem thi hanh (?:quyet dinh|ke hoach|chi thi|thong bao|van ban|nghi quyet) nay\b`)

// noticeFormulaRe is the closing formula of a notice or a letter that
// conveys opinions: "Văn phòng Chính phủ xin thông báo để các cơ quan, tổ
// chức biết, thực hiện", "… thông báo để các đơn vị liên quan biết và phối
// hợp thực hiện", "… thông báo để Sở Tài nguyên và Môi trường, các cơ
// quan liên quan thực hiện". The work is in what it conveyed.
var noticeFormulaRe = regexp.MustCompile(`\bthong bao (?:de|cho|den) [^.;]{0,120}?\b(?:biet(?:,| va| de)? ?(?:phoi hop )?(?:thuc hien|trien khai|chi dao)?|(?:phoi hop )?thuc hien)[ ./]*$`)

// charterRe ends a subject that states a unit's functions: "… có chức
// năng", "… có chức năng, nhiệm vụ".
var charterRe = regexp.MustCompile(`\bco chuc nang(?:,? nhiem vu)?$`)

// endsWithTrigger reports a subject whose last words hand work over
// ("UBND tỉnh Đồng Tháp yêu cầu"), not written as part of a name ("Ban
// Chỉ đạo").
func endsWithTrigger(lw []word) bool {
	for n := 1; n <= 2 && n <= len(lw); n++ {
		k := len(lw) - n
		if phraseAt(lw, k, addresseeTriggers, 2) == n && !lw[k].upper {
			return true
		}
	}
	return false
}

// mayTellPast is a cheap test before tokenizing: a past marker's letters.
func mayTellPast(s string) bool {
	return strings.Contains(s, "đã") || strings.Contains(s, "vừa") || strings.Contains(s, "đang") || strings.Contains(s, "được")
}

// conclusionsRe is a lead-in to the conclusions or opinions of whoever
// chaired or directs ("Văn phòng Chính phủ thông báo ý kiến của Phó Thủ
// tướng như sau:", "Chủ tịch UBND tỉnh kết luận như sau:"): what follows
// assigns, so a sentence with its own subject and an action is a task.
var conclusionsRe = regexp.MustCompile(`\b(?:ket luan|y kien|chi dao|giao nhiem vu|phan cong)\b.{0,160}\b(?:nhu sau|sau day|cu the)\s*:\s*$`)

// The conclusions may go on after the colon in the same sentence ("Kết
// luận như sau: Sở Xây dựng chủ động rà soát …").
// A long preamble ("Về đề nghị của … tại văn bản số … về việc …, Phó Thủ
// tướng có ý kiến như sau:") may come before it: only the words just
// before the colon are read.
func opensConclusions(sentence string) bool {
	i := strings.IndexByte(sentence, ':')
	if i <= 0 {
		return false
	}
	start := max(0, i-240)
	for start > 0 && !utf8.RuneStart(sentence[start]) {
		start--
	}
	return conclusionsRe.MatchString(vn.Fold(sentence[start : i+1]))
}

// requestVerbs end a part that hands over what follows its colon.
var requestVerbs = set("yêu cầu", "đề nghị", "chỉ đạo", "kết luận", "giao", "giao nhiệm vụ", "phân công", "chỉ đạo như sau",
	"kết luận như sau", "yêu cầu như sau",
	// What a directing speaker or document says: "Công văn nêu rõ: Sở Xây
	// dựng … phối hợp …", "Đồng chí Bí thư nhấn mạnh: Các cấp ủy …".
	"nêu rõ", "nhấn mạnh", "lưu ý", "chỉ rõ")

// endsWithRequest reports a part that ends with a request verb ("Chủ tịch
// UBND tỉnh yêu cầu", "Đồng chí Bí thư kết luận").
func endsWithRequest(part string) bool {
	return endsWithPhrase(tokenize(part), requestVerbs, 4)
}
