package extract

import (
	"regexp"
	"strings"

	"tiendo/vn"
)

// Rules for the prose of news items and meeting reports (issue 14): how
// they report a document, call off a schedule, add one more result, or
// turn from the topic of a request to its next action.

// issuedTask reads the summary of a document reported issued ("UBND
// huyện vừa có văn bản chỉ đạo các xã tăng cường …"): the work it names
// is the addressees' task until items spell it out (then it is dropped as
// the umbrella of those items).
func issuedTask(c string, ws []word) (clauseTask, bool) {
	for i := range ws {
		if letterSent(ws, i) {
			// "… đã có điện khẩn gửi Sở Lao động … các địa phương phối hợp
			// … rà soát …": the letter's addressees and its request, with
			// no verb of request between.
			if p := domainEnd(ws, i+1, predicateStart(ws, i+1, false)); p > i+1 && isOrgish(ws[i+1:p]) && !upward(ws[:i], ws[i+1:p]) &&
				phraseAt(ws, p, addresseeTriggers, 4) == 0 && !phraseIn(ws[i+1:p], wVeViec) {
				// (Not "gửi X đề nghị …", read by the trigger, nor "gửi X về
				// việc …", which names the letter's subject, not its request.)
				return clauseTask{lead: normalizeLead(c[ws[i+1].start:ws[p-1].end]), predicate: ws[p].start, clause: c,
					cue: "văn bản gửi: «" + c[ws[i].start:ws[i].end] + "»"}, true
			}
			if ct, ok := letterSubject(c, ws, i); ok {
				return ct, true
			}
		}
		if ws[i].fold != "chỉ" || phraseAt(ws, i, wChiDao, 2) != 2 || ws[i].upper ||
			!issuedRe.MatchString(c[:ws[i].start]) {
			continue
		}
		if p := domainEnd(ws, i+2, predicateStart(ws, i+2, false)); p > i+2 && isOrgish(ws[i+2:p]) {
			return clauseTask{lead: normalizeLead(c[ws[i+2].start:ws[p-1].end]), predicate: ws[p].start, clause: c,
				cue: "văn bản chỉ đạo: «" + c[ws[i].start:ws[i+1].end] + "»"}, true
		}
	}
	return clauseTask{}, false
}

// letterSubject reads a letter sent at ws[i] whose subject is work for
// its addressees: "… vừa có văn bản gửi UBND các xã, phường về việc rà
// soát kiểm định chất lượng chung cư cũ", "… gửi các đơn vị trực thuộc
// về việc “khẩn trương xây dựng đề án …”". A subject that names no work
// ("về việc tình hình …", "về việc Kế hoạch …") is the letter's topic.
func letterSubject(c string, ws []word, i int) (clauseTask, bool) {
	for k := i + 2; k+2 < len(ws) && k < i+30; k++ {
		if ws[k].punct && ws[k].raw != "," && ws[k].raw != "&" && ws[k].raw != "-" {
			return clauseTask{}, false
		}
		if phraseAt(ws, k, wVeViec, 2) != 2 {
			continue
		}
		if !isOrgish(ws[i+1:k]) || upward(ws[:i], ws[i+1:k]) {
			return clauseTask{}, false
		}
		w := k + 2
		if isOpenQuote(ws[w].raw) {
			w++
		}
		if w >= len(ws) || !startsWithAction(ws[w:]) {
			return clauseTask{}, false
		}
		return clauseTask{lead: normalizeLead(c[ws[i+1].start:ws[k-1].end]), predicate: ws[w].start, clause: c,
			cue: "văn bản gửi: «" + c[ws[i].start:ws[i].end] + "», về việc"}, true
	}
	return clauseTask{}, false
}

// calledOffRe is a sentence that calls off what the sentence before set:
// "Tuy nhiên, … đã tạm dừng tổ chức đại hội …", "… được tạm hoãn …".
var calledOffRe = regexp.MustCompile(`^tuy nhien\b.*\b(?:tam dung|tam dinh|tam hoan|hoan to chuc|dung to chuc|huy bo)\b`)

// calledOff drops the tasks of the last sentence when this one calls
// them off, and reports whether it did.
func (f *finder) calledOff(s string) bool {
	if len(f.lastSentence) == 0 || !calledOffRe.MatchString(vn.Fold(prefix(s, 300))) {
		return false
	}
	for _, i := range f.lastSentence {
		f.drop[i] = true
	}
	f.lastSentence = f.lastSentence[:0]
	return true
}

// topicWords open a fronted topic: "Trong công tác tuyên truyền, …", "Về
// công tác phát triển đảng, …", "Đối với các hộ nghèo, …".
var topicWords = set("trong công tác", "về công tác", "về", "đối với", "trong lĩnh vực", "về lĩnh vực")

// afterTopic returns the index of the first word after a fronted topic
// when what follows it is an action without a subject, else -1.
func afterTopic(ws []word) int {
	if phraseAt(ws, 0, topicWords, 3) == 0 {
		return -1
	}
	for k, w := range ws {
		if w.raw == "," {
			if k+1 < len(ws) && startsWithAction(ws[k+1:]) {
				return k + 1
			}
			return -1
		}
		if w.punct {
			return -1
		}
	}
	return -1
}

// mannerRe is an exhortation on how to work, with nothing to follow up:
// "đổi mới phương thức lãnh đạo, gần dân, sát dân", "bám sát nghị quyết
// …, phát huy vai trò hạt nhân chính trị", "phát huy những kết quả đạt
// được", "phát huy tinh thần người đứng đầu", "phát huy hơn nữa chức năng,
// nhiệm vụ", "tập trung, chủ động, linh hoạt, hiệu quả trong chỉ đạo,
// điều hành", "chủ động thực hiện nhiệm vụ
// được giao đảm bảo thời gian, chất lượng".
var mannerRe = regexp.MustCompile(`^(?:can (?:phai )?)?(?:tiep tuc )?(?:(?:doi moi phuong thuc lanh dao|` +
	`bam sat (?:nghi quyet|chu truong|su lanh dao|su chi dao)|` +
	`phat huy (?:hon nua |manh hon |tot )?(?:vai tro|tinh than|chuc nang|(?:nhung |cac )?(?:ket qua|thanh tich|viec lam tot|mat lam duoc))|` +
	`(?:(?:tap trung|chu dong|linh hoat|hieu qua|quyet liet|sau sat),? )+trong (?:chi dao|lanh dao|dieu hanh)|` +
	`(?:chu dong |tich cuc |nghiem tuc )?(?:thuc hien|hoan thanh) (?:tot )?(?:cac )?nhiem vu duoc giao)\b|` +
	// "nghiêm túc triển khai thực hiện, không chủ quan, lơ là, mất cảnh
	// giác": carrying out what was written, with nothing of its own.
	`nghiem tuc (?:trien khai )?(?:thuc hien|to chuc thuc hien)(?:,? (?:khong|tranh) (?:chu quan|lo la|mat canh giac)[^.;]*)?[,./ ]*$|` +
	// "Xác định công tác quy hoạch là nhiệm vụ trọng tâm": a priority
	// named, not work done; the work follows after ";".
	`xac dinh [^;]{1,80}? la (?:mot (?:trong nhung )?|nhung )?(?:nhiem vu|khau|giai phap|yeu cau|nhan to|dot pha|dong luc)` +
	`(?: (?:trong tam|trong diem|then chot|hang dau|quan trong|dot pha|cap bach|xuyen suot|thuong xuyen|lau dai)(?:,? (?:trong tam|trong diem|then chot|hang dau|quan trong|cap bach|xuyen suot|thuong xuyen|lau dai))*)?[,. ]*$)`)

func mannerOnly(pred string) bool {
	return mannerRe.MatchString(vn.Fold(prefix(pred, 120)))
}

// meetingNouns name a meeting described in a report.
var meetingNouns = set("hội nghị", "cuộc họp", "phiên họp", "buổi làm việc", "buổi họp", "đại hội", "hội thảo", "tọa đàm")

// chairedMeeting reports a subject that is a meeting and who chairs it
// ("Hội nghị do Thường trực Đảng ủy xã chủ trì, gồm …"): a description.
func chairedMeeting(lead string) bool {
	ws := tokenize(lead)
	n := phraseAt(ws, 0, meetingNouns, 2)
	return n > 0 && n < len(ws) && ws[n].fold == "do"
}

// startsTopic reports whether s opens with a fronted topic word; cheap
// check before tokenizing the whole clause.
func startsTopic(s string) bool {
	l := strings.ToLower(prefix(s, 20))
	return strings.HasPrefix(l, "trong ") || strings.HasPrefix(l, "về ") || strings.HasPrefix(l, "đối với")
}

// inlineLeadInRe is a colon inside a request that opens its items on the
// same line: "… thực hiện tốt các nội dung như: Triển khai lịch …".
var inlineLeadInRe = regexp.MustCompile(`\b(?:nhu sau|sau|nhu|gom|cu the)\s*:\s*\S`)

func inlineLeadIn(pred string) bool {
	return inlineLeadInRe.MatchString(vn.Fold(pred))
}

// highlightWords open a sentence that picks out one of the results told
// before: "Nổi bật, chỉ đạo UBND xã …", "Trong đó, …".
var highlightWords = set("nổi bật", "đặc biệt", "trong đó", "điển hình")

// afterHighlight returns the index after a fronted "Nổi bật," (0 if none).
func afterHighlight(ws []word) int {
	n := phraseAt(ws, 0, highlightWords, 2)
	if n > 0 && n < len(ws) && ws[n].raw == "," {
		return n + 1
	}
	return 0
}

// liveTargetRe is work in progress with a completion target: "… đang tích
// cực chỉ đạo, đảm bảo việc tổ chức đại hội … hoàn thành trong tháng 3".
var liveTargetRe = regexp.MustCompile(`\b(?:dam bao|bao dam|phan dau)\b.*\bhoan thanh\b`)

// liveTarget reads a body's work reported in progress ("đang") that must
// be done by a date: a task of that body, though told as news (G51).
func liveTarget(c string, ws []word, date vn.Date) (clauseTask, bool) {
	from := 0
	if len(ws) > 2 && (ws[0].fold == "hiện" || ws[0].fold == "đến") && ws[2].raw == "," {
		from = 3 // "Hiện nay, …", "Đến nay, …"
	}
	for i := from + 1; i < len(ws); i++ {
		if ws[i].fold != "đang" {
			continue
		}
		subj := ws[from:i]
		if !isOrgish(subj) || clauseInSubject(subj) || !liveTargetRe.MatchString(vn.Fold(c[ws[i].start:])) {
			return clauseTask{}, false
		}
		if dl, _, _ := vn.FindDeadline(c, date); dl.Kind != vn.DeadlineDate && dl.Kind != vn.DeadlinePeriod {
			return clauseTask{}, false
		}
		return clauseTask{lead: normalizeLead(c[ws[from].start:ws[i-1].end]), predicate: ws[i].start, clause: c}, true
	}
	return clauseTask{}, false
}
