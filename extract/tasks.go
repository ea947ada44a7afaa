package extract

import (
	"strings"

	"tiendo/vn"
)

// finder walks the lines of a text and collects the tasks it assigns.
type finder struct {
	date       vn.Date
	tasks      []Task
	addressees string // who the document is addressed to, for "các đơn vị, địa phương"

	listLead   string // lead of the list being read: a header's, or the lead-in's
	inList     bool   // reading the items of a list of tasks
	headerLead string
}

// findTasks returns the tasks of text, resolving deadlines against date.
func findTasks(text string, date vn.Date) []Task {
	f := &finder{date: date}
	lines := splitLines(text)
	f.addressees = findAddressees(lines)
	for _, l := range lines {
		switch l.kind {
		case lineBlank:
		case lineHeader:
			f.headerLead = l.lead
			if l.lead != "" {
				f.inList = true
			}
		case lineBullet:
			f.bullet(l.text)
		case linePara:
			f.inList, f.headerLead, f.listLead = false, "", ""
			f.paragraph(l.text)
		}
	}
	for i := range f.tasks {
		if genericLeads[lower(f.tasks[i].Lead)] && f.addressees != "" {
			f.tasks[i].Lead = f.addressees
		}
	}
	return f.tasks
}

// clauseTask is a task found in one clause, before its deadline is read.
type clauseTask struct {
	lead      string
	predicate int    // byte offset in the clause where what must be done begins
	clause    string // the clause
	leadIn    bool   // the clause ends with ":" and introduces a list
}

// paragraph reads the tasks of a paragraph of running text.
func (f *finder) paragraph(p string) {
	paraLead := ""
	for _, sentence := range sentences(p) {
		for _, part := range splitAtSubjectColon(sentence) {
			prev := -1 // index in f.tasks of the task of the previous clause
			for _, c := range clauses(part) {
				ws := tokenize(c)
				ct, ok := triggered(c, ws)
				switch {
				case ok && ct.leadIn:
					f.inList, f.listLead = true, ct.lead
					prev = -1
					continue
				case ok:
				case prev >= 0 && startsWithAction(ws):
					if phraseAt(ws, 0, submissionVerbs, 2) > 0 {
						f.extend(prev, c)
						continue
					}
					ct = clauseTask{lead: f.tasks[prev].Lead, clause: c}
				case paraLead != "":
					if ct, ok = contextual(c, ws, paraLead); !ok {
						prev = -1
						continue
					}
				default:
					prev = -1
					continue
				}
				if inMeeting(sentence, c, ct, f.date) {
					prev = -1
					continue
				}
				f.tasks = append(f.tasks, f.build(ct, c))
				prev = len(f.tasks) - 1
				if paraLead == "" {
					paraLead = ct.lead
				}
			}
		}
	}
}

// bullet reads one list item: a task when a list of tasks is being read or
// the item itself assigns one.
func (f *finder) bullet(text string) {
	ws := tokenize(text)
	if ct, ok := triggered(text, ws); ok {
		if ct.leadIn {
			f.inList, f.listLead = true, ct.lead
			return
		}
		f.tasks = append(f.tasks, f.build(ct, text))
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
		// Outside a list of tasks only an item with its own subject counts.
		if ct, ok := contextual(text, ws, ""); ok && ct.lead != "" {
			f.tasks = append(f.tasks, f.build(ct, text))
		}
		return
	}
	if ct, ok := contextual(text, ws, lead); ok {
		f.tasks = append(f.tasks, f.build(ct, text))
	}
}

// triggered finds a task handed over by a trigger in the clause: "yêu cầu
// X làm …", "đề nghị X …", "giao X …", "X có nhiệm vụ …", "X sẽ …".
func triggered(c string, ws []word) (clauseTask, bool) {
	for i := 0; i < len(ws); i++ {
		if ws[i].punct {
			continue
		}
		if n := phraseAt(ws, i, addresseeTriggers, 4); n > 0 && (!ws[i].upper || i == 0) &&
			!(i > 0 && phraseAt(ws, i-1, nounBeforeTrigger, 1) > 0) && !isGiaoBan(ws, i) {
			p := predicateStart(ws, i+n, false)
			if p > i+n && isOrgish(ws[i+n:p]) {
				return newClauseTask(c, ws, trimPunct(c[ws[i+n].start:ws[p-1].end]), p), true
			}
		}
		if n := phraseAt(ws, i, subjectTriggers, 3); n > 0 && !ws[i].upper && i > 0 {
			s := subjectBefore(ws, 0, i)
			if s < 0 || pastBefore(ws, i) || !chairsSomething(ws, i, n) {
				continue
			}
			p := i
			if phraseAt(ws, i, set("sẽ", "cần", "phải", "cần phải"), 2) > 0 {
				p = i + n
			}
			if p >= len(ws) {
				continue
			}
			return newClauseTask(c, ws, trimPunct(c[ws[s].start:ws[i-1].end]), p), true
		}
	}
	return clauseTask{}, false
}

// isGiaoBan reports "giao ban" (a review meeting), not "giao Ban …".
func isGiaoBan(ws []word, i int) bool {
	return ws[i].fold == "giao" && i+1 < len(ws) && ws[i+1].fold == "ban" && !ws[i+1].upper
}

// chairsSomething rejects "chủ trì" that only chairs a meeting ("do … chủ
// trì", "chủ trì hội nghị"): the lead of a task is followed by what to do.
func chairsSomething(ws []word, i, n int) bool {
	if ws[i].fold != "chủ" {
		return true
	}
	return i+n < len(ws) && (ws[i+n].raw == "," || isAction(ws, i+n) > 0)
}

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
	p := predicateStart(ws, 0, false)
	if p <= 0 || pastBefore(ws, p) {
		return clauseTask{}, false
	}
	s := subjectBefore(ws, 0, p)
	if s != 0 {
		return clauseTask{}, false
	}
	return clauseTask{lead: normalizeLead(c[ws[0].start:ws[p-1].end]), predicate: ws[p].start, clause: c}, true
}

// startsWithAction reports a clause that opens with a marker or verb.
func startsWithAction(ws []word) bool {
	return len(ws) > 0 && !ws[0].punct && isAction(ws, 0) > phraseAt(ws, 0, orgNouns, 3)
}

// inMeeting reports a request made and met in the meeting being reported
// ("tại hội nghị … yêu cầu các đơn vị báo cáo …"): no deadline, and what is
// asked is to report or explain.
func inMeeting(sentence, c string, ct clauseTask, date vn.Date) bool {
	folded := vn.Fold(sentence)
	hit := false
	for _, w := range meetingWords {
		hit = hit || strings.Contains(folded, w)
	}
	if !hit {
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
	t := Task{Lead: ct.lead, Cooperating: cooperating(body, tokenize(body)), Source: trimSource(source)}
	if t.Cooperating == nil {
		t.Cooperating = []string{}
	}
	f.setDeadline(&t, body)
	return t
}

// setDeadline reads the deadline of the task from what must be done and
// sets the content, without the deadline phrase.
func (f *finder) setDeadline(t *Task, body string) {
	body = vn.NFC(body)
	dl, s, e := vn.FindDeadline(body, f.date)
	t.Deadline = deadlineOf(dl)
	content := body
	if s >= 0 {
		content = body[:s] + " " + body[e:]
	}
	t.Content = capitalize(trimPunct(strings.Join(strings.Fields(content), " ")))
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

// findAddressees returns the bodies a document is addressed to, from the
// sentence that reports it ("… ban hành Công văn số … chỉ đạo các sở, ban,
// ngành … tổ chức …"), so that a later "các đơn vị, địa phương" names them.
func findAddressees(lines []line) string {
	for _, l := range lines {
		if l.kind != linePara || !strings.Contains(vn.Fold(l.text), "ban hanh") {
			continue
		}
		for _, s := range sentences(l.text) {
			ws := tokenize(s)
			for i := range ws {
				if phraseAt(ws, i, set("chỉ đạo", "gửi", "đề nghị", "yêu cầu"), 2) == 0 || ws[i].upper {
					continue
				}
				n := phraseAt(ws, i, set("chỉ đạo", "gửi", "đề nghị", "yêu cầu"), 2)
				p := predicateStart(ws, i+n, false)
				if p > i+n && isOrgish(ws[i+n:p]) {
					return trimPunct(s[ws[i+n].start:ws[p-1].end])
				}
			}
		}
	}
	return ""
}
