// Classes of directive language read for issue 14 beside the main reading
// of tasks.go: work left to judgement, an office's standing service, a time
// line under an announcement, a closing request that dates the work, an
// urging letter that renews a hand-over it recites.
package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"tiendo/vn"
)

// ifNeededRe finds work left to the addressee's judgement, said at the end
// of its clause: "xin ý kiến Thanh tra tỉnh (nếu cần)", "… nếu cần thiết".
var ifNeededRe = regexp.MustCompile(`(?:\(\s*(?:nếu|khi|trong trường hợp|trường hợp) cần(?: thiết)?\s*\)|nếu (?:thấy )?cần(?: thiết)?)\s*[.;,]?\s*$`)

// onNoticeRe finds work done when a notice, a request or a need comes:
// "… sẽ trực tiếp tham gia khi có thông báo của Ban Tiếp công dân", "…
// cung cấp hồ sơ khi được yêu cầu", "… báo cáo khi có phát sinh".
var onNoticeRe = regexp.MustCompile(`(?:^|\s)(\S+)\s+(?:khi có (?:thông báo|yêu cầu|đề nghị|phát sinh)|khi được yêu cầu|khi phát sinh|nếu có phát sinh)`)

// onNotice reports work that waits for a notice, a request or a need: it
// has no time of its own and cannot fall overdue, like work "nếu cần". A
// state lasting until a notice ("tạm dừng … cho đến khi có thông báo
// mới") is timed by it, not waiting for it.
func onNotice(pred string) bool {
	for _, m := range onNoticeRe.FindAllStringSubmatch(lower(pred), -1) {
		if m[1] != "đến" {
			return true
		}
	}
	return false
}

// optionalWork reports work done only if needed: nothing an office can
// follow up or find overdue.
func optionalWork(pred string) bool {
	tail := pred
	if len(tail) > 48 {
		k := len(tail) - 48
		for k < len(tail) && !utf8.RuneStart(tail[k]) {
			k++
		}
		tail = tail[k:] // the phrase closes the clause: its end is enough
	}
	return ifNeededRe.MatchString(lower(tail))
}

// serviceWords may stand before "tiếp nhận" in an office's service.
var serviceWords = set("sẽ", "vẫn", "tiếp tục", "cũng", "chỉ")

// publicService reports an office's standing service to the public, as news
// of opening hours tells it: "Sở Tư pháp tiếp nhận, giải quyết thủ tục
// công chứng" says what citizens may bring there, not work handed over.
// Only a subject's own statement is read so; one handed over is work.
// A date makes it work again ("… tiếp nhận hồ sơ trước ngày …").
func publicService(pred string, date vn.Date) bool {
	if !strings.Contains(prefix(pred, 40), "tiếp nhận") {
		return false
	}
	ws := tokenize(pred)
	i := 0
	for n := phraseAt(ws, i, serviceWords, 2); n > 0; n = phraseAt(ws, i, serviceWords, 2) {
		i += n
	}
	if phraseAt(ws, i, wTiepNhan, 2) == 0 {
		return false
	}
	found := false
	for k := i + 2; k < len(ws) && k < i+8; k++ {
		if phraseAt(ws, k, serviceObjects, 2) > 0 {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	dl, _, _ := vn.FindDeadline(pred, date)
	return dl.Kind == vn.DeadlineNone
}

var (
	wTiepNhan      = set("tiếp nhận")
	serviceObjects = set("hồ sơ", "thủ tục")
)

// timeLabelRe is a time line's label naming its activity: "Thời gian treo
// cờ:", "Thời gian nộp hồ sơ:".
var timeLabelRe = regexp.MustCompile(`(?i)^thời gian(?: [^:]{1,40})?:\s*`)

// spanStartRe is the first day of a span whose last day is the deadline:
// "từ ngày 23/7/2025" in "Từ ngày 23/7/2025 đến hết ngày 27/7/2025", "từ
// ngày 25 tháng 4" in "từ ngày 25 tháng 4 cho đến hết ngày 03 tháng 5 năm
// 2021" ("cho đến" is "đến").
var spanStartRe = regexp.MustCompile(`^tu (?:ngay )?\d{1,2}(?: thang)? \d{1,2}(?:(?: nam)? \d{4})?(?: cho)?$`)

// timeLine returns the deadline phrase of a line that gives the time of
// the work announced above it ("Thời gian treo cờ Tổ quốc: Từ ngày
// 23/7/2025 đến hết ngày 27/7/2025."), else "".
func timeLine(text string, date vn.Date) string {
	t := strings.TrimSuffix(strings.TrimSpace(vn.NFC(text)), ".")
	loc := timeLabelRe.FindStringIndex(t)
	if len(t) > 140 || loc == nil {
		return ""
	}
	rest := weekdayAfterRe.ReplaceAllString(t[loc[1]:], "")
	if onlyDeadline(rest, date) {
		return rest
	}
	// A bare day ("Thời gian: Ngày 22/7/2018"): the label is its cue.
	if labelled := weekdayAfterRe.ReplaceAllString(t, ""); onlyDeadline(labelled, date) {
		return labelled
	}
	return ""
}

// weekdayAfterRe is the day of the week written after a date: "Ngày
// 22/7/2018 (Chủ nhật)", "7h00 ngày 02/8/2025 (Thứ 7)".
var weekdayAfterRe = regexp.MustCompile(`(?i)\s*[(,–-]\s*(?:chủ nhật|thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*\)?\s*$`)

// closingDeadlineRe is the closing request to carry out and complete what
// was handed over, once its deadline is taken out (folded): "nghiêm túc
// triển khai thực hiện và hoàn thành các cuộc thanh tra".
var closingDeadlineRe = regexp.MustCompile(`^(?:(?:nghiem tuc|khan truong|to chuc|trien khai|thuc hien) )*` +
	`(?:thuc hien|trien khai)(?: (?:tot|nghiem tuc|co hieu qua))?,? (?:va |dam bao |de )?hoan thanh(?: [a-z]+){0,6}$`)

// closingStartRe is how the closing request opens (folded).
var closingStartRe = regexp.MustCompile(`^(?:(?:nghiem tuc|khan truong|to chuc|trien khai|thuc hien) )*(?:thuc hien|trien khai)\b`)

// closingDeadline reads "Yêu cầu A và B nghiêm túc triển khai thực hiện và
// hoàn thành … trước ngày 15/12/2023" after the work was handed over: it
// dates the tasks before it that have no deadline and is no task itself.
// With nothing undated before it, it is read as a task of its own.
func (f *finder) closingDeadline(pred string) bool {
	if !closingStartRe.MatchString(vn.Fold(prefix(pred, 48))) {
		return false // most work is not the closing request: keep it cheap
	}
	dl, s, e := vn.FindDeadline(pred, f.date)
	if dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
		return false
	}
	p := vn.NFC(pred)
	rest := strings.Join(strings.Fields(strings.NewReplacer(",", " , ", ".", " ").Replace(vn.Fold(p[:s]+" "+p[e:]))), " ")
	rest = strings.ReplaceAll(rest, " ,", ",")
	if !closingDeadlineRe.MatchString(rest) {
		return false
	}
	var undated []int
	for i, t := range f.tasks {
		if t.Deadline.Kind == string(vn.DeadlineNone) && !f.drop[i] {
			undated = append(undated, i)
		}
	}
	for _, i := range undated {
		f.extendDeadline(i, pred)
	}
	return len(undated) > 0
}

// notYetRe is a reminder's report that work handed over earlier is still
// undone: "Tuy nhiên, đến nay … chưa trình …", "Đến nay, … vẫn chưa …".
var notYetRe = regexp.MustCompile(`^(?:tuy nhien,? )?(?:den nay|cho den nay|den thoi diem nay)\b.*\bchua\b`)

// notYetDone reads such a report after the sentence that recited the
// hand-over: its tasks are kept as recited, to be dropped when the letter
// asks the same body again (f.reasked); it is no task itself.
func (f *finder) notYetDone(s string) bool {
	head := prefix(s, 300)
	if len(f.lastSentence) == 0 || !strings.Contains(head, "chưa") || !notYetRe.MatchString(vn.Fold(head)) {
		return false
	}
	f.recited = append(f.recited[:0], f.lastSentence...)
	return true
}

// undoneRe reports, in the sentence that recites a hand-over, that it is
// still undone: "… đã giao X … nhưng đến nay chưa hoàn thành".
var undoneRe = regexp.MustCompile(`\b(?:nhung|song|tuy nhien),? (?:den nay|cho den nay|den thoi diem nay)\b.*\bchua\b`)

// recitedUndone keeps the tasks of such a sentence (cur) as recited, as
// notYetDone does for a report in the next sentence: an overdue hand-over
// reminded with a new date is one task, dated by the reminder.
func (f *finder) recitedUndone(sentence string, cur []int) {
	head := prefix(sentence, 300)
	if len(cur) > 0 && strings.Contains(head, "chưa") && undoneRe.MatchString(vn.Fold(head)) {
		f.recited = append(f.recited[:0], cur...)
	}
}

// reasked drops a recited task when task i asks its body again: an urging
// letter ("Văn phòng UBND tỉnh đề nghị Sở … khẩn trương trình nội dung
// trên trước ngày …") renews the hand-over it recited, as one task.
func (f *finder) reasked(i int) {
	for _, j := range f.recited {
		if j != i && !f.drop[j] && LeadOK(f.tasks[j].Lead, f.tasks[i].Lead) {
			f.drop[j] = true
			f.tasks[i].Cue += "; nhắc lại việc đã giao chưa thực hiện"
		}
	}
}

// conditionalReportRe splits "triển khai thực hiện và báo cáo Chủ tịch
// UBND tỉnh nếu có vấn đề phát sinh …" into the formula before the
// report and the condition after it.
var conditionalReportRe = regexp.MustCompile(`^(.*?)\s+và\s+(?:báo cáo|gửi|phản ánh|xin ý kiến)\s.*?\s(?:nếu|khi có|trường hợp|trong trường hợp)\s`)

// closingWithCondition reports the closing formula with a report asked
// only if a problem arises ("… triển khai thực hiện và báo cáo Chủ tịch
// UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền"):
// the formula carries out the text itself and the report is a condition,
// so neither is a task of its own.
func closingWithCondition(pred string) bool {
	m := conditionalReportRe.FindStringSubmatch(lower(pred))
	return m != nil && enforcementFormula(m[1]+"./.")
}

// duringWorkRe is a requirement on how the work is done, not work:
// "(phải) đảm bảo an toàn cho nhân viên … trong quá trình thực hiện".
var duringWorkRe = regexp.MustCompile(`^(?:(?:phải|cần) )?(?:đảm bảo|bảo đảm)\s.*\strong (?:suốt )?quá trình (?:thực hiện|triển khai|thi công|tổ chức)[^,;]*$`)

// requirementOnly reports a request that only says what must hold while
// the work given elsewhere is done ("Sở cũng lưu ý các đơn vị phải đảm
// bảo an toàn cho nhân viên y tế, người lao động trong quá trình thực
// hiện"): like a plan's "Yêu cầu", it has no work of its own.
func requirementOnly(pred string) bool {
	return duringWorkRe.MatchString(lower(strings.TrimRight(strings.TrimSpace(pred), ".;")))
}
