package vn

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Deadline phrases in running folded text. Each needs a cue, because a
// sentence that assigns a task also names dates and years that are not its
// deadline: the date of a plan it implements ("kế hoạch số 245/KH-UBND ngày
// 20/12/2019"), the year of a programme ("Chương trình công tác năm 2023"),
// the period under review ("3 tháng đầu năm 2023").
var (
	// partialDayRe is a day and month without a year: "06/01", "15-3", "15.3",
	// "15 thang 3".
	partialDayRe = regexp.MustCompile(`\b(?:\d{1,2} ?[/.-] ?\d{1,2}|\d{1,2} thang \d{1,2})\b`)
	// dateCueRe ends with a word that makes the next date a deadline:
	// "chậm nhất trước ngày", "xong trước", "hạn", "đến ngày", "không quá ngày".
	// An hour may stand between the cue and the day: "trước 16 giờ 00 ngày",
	// "trước 16h, ngày", "trước 9h sáng ngày" (with its part of the day).
	// So may the weekday: "trước 16 giờ, thứ Sáu, ngày 15/3", "trước thứ
	// 6 (30/9)", "trước 17h ngày thứ Sáu 30/9". "Hạn cuối
	// ngày" is a deadline too.
	// "Hạn chót nộp là ngày", "hạn gửi báo cáo là" name what is due, and
	// "đến ngày bầu cử 23/5/2021" the event it is due by. An hour may be
	// written "19g00".
	dateCueRe = regexp.MustCompile(`(?:(?:(?:cham|muon) nhat|han chot|thoi han|han) ,? ?)?` +
		`(?:truoc|den|han|qua|khong qua|(?:cham|muon) nhat(?: la| vao)?|(?:han chot|han cuoi|han)(?: (?:nop|gui|bao cao|hoan thanh)(?: bao cao)?)?(?: la)?)(?: \d{1,2} ?(?:gio|h|g)(?: ?\d{1,2})?['’′]?(?: phut)?(?: (?:sang|chieu|toi|trua))?,?)?` +
		`(?: ` + weekdayPattern + `,?)?(?: (?:ngay|het ngay|het)(?: (?:bau cu|khai giang|khai mac|be mac))?)? ?[:(]? ?$`)
	// eventDateCueRe ends with the words that date an event, which is the
	// deadline of the task to hold it: "vào sáng ngày", "trong ngày",
	// "Thời gian: sáng ngày".
	// An event over several days is dated by the last: "trong hai ngày 24
	// và 25-2", "vào các ngày 14, 15/9", "từ ngày 19 - 23/4/2025", "vào
	// 24 - 25/05/2018".
	// Opening, closing and launching days date their events as "tổ chức
	// ngày" does: "khai giảng ngày 5/9", "bế mạc ngày …", "phát động ngày …".
	eventDateCueRe = regexp.MustCompile(`(?:\b(?:trong|vao|tu)(?: (?:cac|hai|ba|\d{1,2}))? ngay \d{1,2}(?:(?: ?,| va) \d{1,2})*(?: ?,| va| ?-) ?|\bvao \d{1,2}(?: ?,| va| ?-) ?|` +
		`\bvao (?:(?:buoi )?(?:sang|chieu|toi|trua) )?(?:` + weekdayPattern + `,? ?\(? ?)?(?:ngay)?|\btrong (?:ngay|cac ngay)|` +
		`\b(?:to chuc|dien ra|khai mac|be mac|khai giang|be giang|phat dong|ra quan) (?:(?:sang|chieu|toi|trua) )?ngay|\bdip (?:nghi )?` + occasionName + `|\bluc \d{1,2} ?(?:gio|h|g)(?: ?\d{1,2})?['’′]?(?: phut)?,? (?:(?:sang|chieu|toi|trua) )?(?:ngay)?|` +
		`\b(?:thoi (?:gian|han)(?: hoan thanh| thuc hien| to chuc)? ?:?|` + timeLabel + `) (?:\d{1,2} ?(?:gio|h|g) ?(?:\d{1,2})?['’′]?(?: phut)?,? )?(?:(?:sang|chieu|toi|trua) )?(?:ngay)?|\b(?:sang|chieu|toi|trua)(?: ngay)?) ?:? ?$`)
	// periodCueRe is a period with the word that makes it a deadline:
	// "trong quý IV/2022", "trong tháng 9/2023", "trong năm 2022", "đến hết
	// năm 2024", "trước quý III", "cuối năm", "trong năm nay".
	// "Thời gian thực hiện: tháng 5/2024" gives the period the same way,
	// and so does "từ nay đến tháng 9/2023".
	periodCueRe = regexp.MustCompile(`\b(?:dau|giua) thang \d{1,2}\b(?: ?(?:/|-|\.|nam) ?\d{4})?|\b(?:trong|truoc|den het|den cuoi|het|cuoi|ngay trong|vao|tu nay den|` +
		`thoi (?:gian|han)(?: hoan thanh| thuc hien| to chuc)? ?:|` + timeLabel + `) ` +
		`(?:quy (?:[ivx]+|\d)\b(?: ?(?:/|-|nam) ?\d{4})?|thang \d{1,2}\b(?: ?(?:/|-|\.|nam) ?\d{4})?|` +
		`(?:0?6|sau|0?9|chin) thang (?:(?:dau|cuoi) )?nam(?: \d{4})?|nam(?: \d{4}| nay| toi| sau)?|quy(?: nay| toi)?|thang(?: nay| toi)?)\b`)
	// recurringCueRe is a frequency, with a due day after it if written:
	// "định kỳ hàng tháng trước ngày 25", "hằng quý", "định kỳ 6 tháng".
	// A daily or weekly one takes the weekday written after it: "hằng
	// tuần vào thứ Hai" (and the hour or weekday before it, see
	// recurringHeadRe).
	recurringCueRe = regexp.MustCompile(`\b(?:(?:dinh ky )?(?:hang|moi) (?:thang|quy|nam|ngay|tuan)|tung nam \d{4}(?:,? (?:va )?\d{4})+|` +
		`dinh ky (?:(?:0?\d{1,2}|mot|ba|sau) )?(?:thang|quy|nam))\b(?:,? (?:vao|truoc) ngay \d{1,2}\b(?: ?[/.-] ?\d{1,2}\b)?|` +
		`,? (?:vao |truoc )?(?:(?:sang|chieu) )?` + weekdayPattern + `\b)?` +
		`(?: (?:cua )?thang (?:cuoi|dau) (?:quy|nam|ky)|,? (?:vao|trong|truoc) thang \d{1,2}\b)?`)
	// recurringHeadRe is the hour or weekday written before a frequency:
	// "trước 14 giờ hằng ngày", "thứ Sáu hằng tuần". It is matched apart,
	// on the words before recurringCueRe's match, because a pattern that
	// may open with a figure would be tried at every offset of a long text.
	recurringHeadRe = regexp.MustCompile(`\b(?:(?:vao|truoc) ngay \d{1,2} |(?:(?:vao|truoc) )?(?:\d{1,2} ?(?:gio|h|g)(?: ?\d{1,2})?['’′]?(?: phut)?,? (?:(?:sang|chieu) )?(?:` + weekdayPattern + `,? )?|` +
		`(?:(?:sang|chieu) )?` + weekdayPattern + `,? ))$`)
	// monthWindowRe is a span of months, dated by its last month: "từ tháng
	// 4 - 6", "từ tháng 4 đến tháng 5-2020", "tháng 6 đến tháng 8-2020"; or
	// a month with its year fronted in a schedule ("Tháng 1-2020, tiến hành
	// …"). Without "từ" it counts only at the start of the clause.
	monthWindowRe = regexp.MustCompile(`\b(tu )?thang (\d{1,2})(?: ?(?:-|den(?: het)?(?: thang)?) ?(\d{1,2}))?\b(?: ?[/.-] ?(\d{4})\b)?`)
	// frontedPeriodRe is a quarter or year fronted in a plan's item ("Quý
	// II/2023, Thành ủy sẽ tổ chức giám sát …", "Năm 2025, …") or written
	// after "hoàn thành" ("hoàn thành quý II/2024"): the period is the
	// deadline. The year must be written.
	frontedPeriodRe = regexp.MustCompile(`^ *(quy (?:[ivx]+|\d) ?[/-] ?\d{4}|nam \d{4}) ?,|\bhoan thanh (quy (?:[ivx]+|\d) ?[/-] ?\d{4}|thang \d{1,2} ?[/.-] ?\d{4}|nam \d{4})\b`)
	// beforeMonthRe is "trước tháng 3.2014": the month before is the last
	// one allowed.
	// So is "trước năm 2025": the year before ends it.
	beforeMonthRe = regexp.MustCompile(`\btruoc (?:thang (\d{1,2})\b(?: ?(?:/|-|\.|nam) ?(\d{4})\b)?|nam (\d{4})\b)`)
	// continuousCueRe is ongoing work: "thường xuyên", "liên tục", and
	// "theo định kỳ" with no frequency written ("duy trì tiếp công dân theo
	// định kỳ"), which ParseDeadline's continuousCues read the same way.
	continuousCueRe = regexp.MustCompile(`\b(?:thuong xuyen|lien tuc|theo dinh ky)\b`)
)

// timeLabel is a line's label for the time of the work before a colon:
// "Thời gian nộp báo cáo:", "Hạn gửi hồ sơ về UBND huyện:", "Thời hạn
// triển khai:". Its words may be any; the colon makes it a label.
const timeLabel = `(?:(?:thoi (?:gian|han)|han(?: chot| cuoi)?)(?: [a-z]+){1,6}|tien do(?: [a-z]+){0,3}) ?:`

// occasionWord is a word of an occasion's name after "dịp" ("dịp Giỗ Tổ
// Hùng Vương 18/4", "dịp nghỉ Lễ Quốc khánh 02/9"): any word but "từ",
// which opens a window dated by its end ("dịp Tết từ ngày 8/2 đến hết
// ngày 14/2"), and no figure.
const occasionWord = `(?:[a-z]{3,}|[a-su-z][a-z]|t[a-tv-z]|[a-z])`

// occasionName is what stands between "dịp" and the occasion's day: "dịp
// nghỉ Lễ Quốc khánh ", "dịp kỷ niệm ngày thành lập Đảng ".
const occasionName = `(?:nghi )?(?:` + occasionWord + ` ){0,6}(?:ngay )?`

// FindDeadline finds the deadline of a task in a clause of running text and
// returns it with the byte span of its phrase in NFC(clause); Text is that
// phrase. Only cued phrases count (see the patterns above); when several are
// written, a date beats a period, a period a recurrence, a recurrence
// ongoing work — except that a recurrence beats a day without a year
// ("hằng năm trước ngày 15/12"). Dates and periods without a year resolve
// against ref as in ParseDeadline; a phrase that does not resolve is skipped.
// With no cued phrase the kind is DeadlineNone and the span is (-1, -1).
func FindDeadline(clause string, ref Date) (Deadline, int, int) {
	text := NFC(strings.ToValidUTF8(clause, "\uFFFD"))
	f, off := foldMap(text)
	none := Deadline{Kind: DeadlineNone}
	pick := func(span [2]int) (Deadline, int, int, bool) {
		start, end := off[span[0]], off[span[1]]
		dl, err := ParseDeadline(text[start:end], ref)
		if err != nil || dl.Kind == DeadlineNone {
			return none, -1, -1, false
		}
		return dl, start, end, true
	}
	recurring := recurringSpan(f)
	if span, partial, ok := cuedDate(f); ok && !(partial && recurring != nil) {
		if dl, s, e, ok := pick(span); ok {
			return dl, s, e
		}
	}
	if _, span, ok := relativeDate(f, ref); ok {
		if dl, s, e, ok := pick(span); ok {
			return dl, s, e
		}
	}
	if dl, s, e, ok := monthWindow(text, f, off, ref); ok {
		return dl, s, e
	}
	if dl, s, e, ok := beforeMonth(text, f, off, ref); ok {
		return dl, s, e
	}
	if m := frontedPeriod(f); m != nil {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		if dl, err := ParseDeadline(text[off[m[g]]:off[m[g+1]]], ref); err == nil && dl.Kind == DeadlinePeriod {
			return dl, off[m[g]], off[m[g+1]]
		}
	}
	for _, m := range periodCues(f) {
		if recurring != nil && m[0] < recurring[1] && recurring[0] < m[1] {
			continue // "hằng quý trước ngày 20 tháng cuối quý": the period is the recurrence's
		}
		if recurring != nil && recurring[1] <= m[0] {
			break // "sơ kết hằng năm, sơ kết giữa kỳ vào năm 2008": the schedule written first is the work's
		}
		if seasonRe.MatchString(f[:m[0]]) {
			continue // "bảo vệ rừng nhất là những tháng cuối năm": a season to watch, not an end
		}
		if pastPeriod(f[m[1]:min(len(f), m[1]+16)]) || strings.HasSuffix(f[:m[0]], "nhu ") {
			continue // "chỉ đạt 54% như trong tháng vừa qua": a time gone by, or compared with
		}
		if citedTitleRe.MatchString(f[max(0, m[0]-300):m[0]]) {
			continue // "Hướng dẫn số 54-HD/BTGTU, ngày … của Ban Tuyên giáo Tỉnh ủy tuyên truyền … trong năm 2023": the document's title
		}
		if next := firstWord(strings.TrimLeft(f[m[1]:], " ")); strings.HasSuffix(f[:m[1]], "nam") && timeUnits[next] {
			continue // "trong năm ngày": five days, a duration
		}
		if unit := lastWord(f[m[0]:m[1]]); unit == "thang" || unit == "nam" || unit == "quy" {
			// A bare "tháng", "năm", "quý" is the current one ("trong
			// tháng", "trong năm"), unless a name follows: "trong tháng
			// Tư" is April, "trong năm học 2022 - 2023" a school year.
			if dl, s, e, named, ok := namedMonth(text, off, m, ref); named {
				if ok {
					return dl, s, e
				}
				continue
			}
			if next := firstWord(strings.TrimLeft(f[m[1]:], " ")); unit == "nam" && next == "hoc" {
				continue
			}
		}
		if dl, s, e, ok := lastListedMonth(text, f, off, m, ref); ok {
			return dl, s, e
		}
		if dl, s, e, ok := pick([2]int{m[0], m[1]}); ok {
			return dl, s, e
		}
	}
	if recurring != nil {
		if dl, s, e, ok := pick([2]int{recurring[0], recurring[1]}); ok {
			return dl, s, e
		}
	}
	if m := continuousCue(f); m != nil {
		if dl, s, e, ok := pick([2]int{m[0], m[1]}); ok {
			return dl, s, e
		}
	}
	return none, -1, -1
}

// monthNameRe is a month's name written after "tháng", capitalised as
// names are: "tháng Tư", "tháng Mười một", "tháng Chạp", with its year if
// written ("tháng Giêng năm 2023").
var monthNameRe = regexp.MustCompile(`^ +(Giêng|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười một|Mười hai|Mười|Chạp)(?: năm (\d{4}))?(?:[^\p{L}\p{M}]|$)`)

// monthNumbers are the months the names stand for.
var monthNumbers = map[string]int{"Giêng": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8,
	"Chín": 9, "Mười": 10, "Mười một": 11, "Mười hai": 12, "Chạp": 12}

// namedMonth reads a month named after the bare "tháng" that phrase m of
// periodCueRe ends with ("trong tháng Tư"). named reports that a name
// follows; ok that it gave a period.
func namedMonth(text string, off []int, m []int, ref Date) (Deadline, int, int, bool, bool) {
	if lastWord(text[off[m[0]]:off[m[1]]]) != "tháng" {
		return Deadline{}, -1, -1, false, false
	}
	n := monthNameRe.FindStringSubmatchIndex(text[off[m[1]]:])
	if n == nil {
		return Deadline{}, -1, -1, false, false
	}
	at := off[m[1]]
	month, year, end := monthNumbers[text[at+n[2]:at+n[3]]], "", at+n[3]
	if n[4] >= 0 {
		year, end = text[at+n[4]:at+n[5]], at+n[5]
	}
	if strings.HasPrefix(text[off[m[0]]:], "trước") || strings.HasPrefix(text[off[m[0]]:], "Trước") {
		// "trước tháng Tư" is the month before, as "trước tháng 4".
		month--
		if month == 0 && year != "" {
			y, _ := strconv.Atoi(year)
			month, year = 12, strconv.Itoa(y-1)
		} else if month == 0 {
			month = 12
		}
	}
	phrase := fmt.Sprintf("trong tháng %d", month)
	if year != "" {
		phrase += "/" + year
	}
	dl, err := ParseDeadline(phrase, ref)
	if err != nil || dl.Kind != DeadlinePeriod {
		return Deadline{}, -1, -1, true, false
	}
	dl.Text = text[off[m[0]]:end]
	return dl, off[m[0]], end, true, true
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// listedMonthRe is a month listed right after a cued month: "trong tháng
// 10 và tháng 11/2022", "trong tháng 5, tháng 6 năm 2024", "trong tháng
// 10 và 11/2022".
var listedMonthRe = regexp.MustCompile(`^(?: ?,| va) (?:thang (\d{1,2}\b(?: ?(?:/|-|\.|nam) ?\d{4}\b)?)|(\d{1,2} ?[/.-] ?\d{4})\b)`)

// lastListedMonth dates work over several listed months by the last, as
// lastListed does for days: the phrase m of periodCueRe is extended over
// the months listed after it, and the last one, with the cue, is read.
func lastListedMonth(text, f string, off []int, m []int, ref Date) (Deadline, int, int, bool) {
	if !strings.Contains(f[m[0]:m[1]], "thang ") {
		return Deadline{}, -1, -1, false
	}
	end, last := m[1], ""
	for {
		l := listedMonthRe.FindStringSubmatchIndex(f[end:])
		if l == nil {
			break
		}
		g := 2
		if l[2] < 0 {
			g = 4
		}
		last, end = "thang "+f[end+l[g]:end+l[g+1]], end+l[1]
	}
	if last == "" {
		return Deadline{}, -1, -1, false
	}
	dl, err := ParseDeadline("trong "+last, ref)
	if err != nil || dl.Kind != DeadlinePeriod {
		return Deadline{}, -1, -1, false
	}
	dl.Text = text[off[m[0]]:off[end]]
	return dl, off[m[0]], off[end], true
}

// recurringSpan returns the span of the first frequency in folded f with
// the hour or weekday written before it, or nil.
func recurringSpan(f string) []int {
	m := recurringCueFilter.find(f)
	if m == nil {
		return nil
	}
	head := f[max(0, m[0]-40):m[0]]
	if h := recurringHeadRe.FindStringIndex(head); h != nil && (h[0] == 0 || head[h[0]-1] == ' ') {
		m[0] -= len(head) - h[0]
	}
	return m
}

// quantityAfterRe is a unit after a figure: what follows "2 - 3" in a
// range of figures ("2 - 3 tỷ đồng", "2-3 ngày").
var quantityAfterRe = regexp.MustCompile(`^ ?(?:ty|trieu|nghin|ngan|dong|ngay|tuan|thang|gio|phut|nguoi|ha|km|tan|kg|lan|%)(?:\b|$)`)

// cuedDate finds the first date in folded f introduced by a deadline cue,
// returning the span from the cue to the end of the date and whether the
// date lacks a year.
func cuedDate(f string) ([2]int, bool, bool) {
	if !dateFilter.mayMatch(f) && !partialDayFilter.mayMatch(f) {
		return [2]int{}, false, false
	}
	var hits []dateHit
	for _, m := range dateMatcher.findAll(f) {
		hits = append(hits, dateHit{m[0], m[1], false})
	}
	for _, m := range partialDayMatcher.findAll(f) {
		overlaps := false
		for _, h := range hits {
			if m[0] < h.end && h.start < m[1] {
				overlaps = true
				break
			}
		}
		if !overlaps {
			hits = append(hits, dateHit{m[0], m[1], true})
		}
	}
	best := -1
	var span [2]int
	for i, h := range hits {
		head := f[max(0, h.start-48):h.start]
		loc := dateCueRe.FindStringIndex(head)
		if loc == nil {
			loc = eventDateCueRe.FindStringIndex(head)
		}
		if loc == nil || (loc[0] > 0 && head[loc[0]-1] != ' ' && head[loc[0]-1] != ',') {
			continue
		}
		if strings.HasSuffix(head[:loc[0]], "tu ") && strings.Contains(f[h.end:min(len(f), h.end+24)], "den ") {
			continue // "từ chiều ngày 18/01 đến hết ngày 25/01": a window's start; its end is cued apart
		}
		if strings.HasPrefix(head[loc[0]:], "den") && cutOffRe.MatchString(head[:loc[0]]) {
			continue // "số liệu tính đến ngày 15/3": the data's cut-off, not a deadline
		}
		if publishedLabelRe.MatchString(head[loc[0]:]) {
			continue // "Thời gian đăng: 09/02/2022": when the page was posted
		}
		if h.partial && strings.Contains(f[h.start:h.end], "-") && !strings.HasSuffix(head, "ngay ") &&
			quantityAfterRe.MatchString(f[h.end:min(len(f), h.end+12)]) {
			continue // "vào 2 - 3 tỷ đồng", "trong 2-3 ngày tới": a range of figures, not a day and month
		}
		if strings.HasPrefix(head[loc[0]:], "vao") && issuedOnRe.MatchString(head[:loc[0]]) && !termKyRe.MatchString(head[:loc[0]]) {
			continue // "công văn số 651 do UBND tỉnh ban hành vào ngày 15/5/2018": the document's date
		}
		if best < 0 || h.start < hits[best].start {
			best, span = i, [2]int{h.start - len(head) + loc[0], h.end}
		}
	}
	if best < 0 {
		return [2]int{}, false, false
	}
	return lastListed(f, span, hits[best].partial, hits)
}

// dateMatcher and partialDayMatcher find what dateRe and partialDayRe
// find, trying them only where a figure starts a word.
var (
	dateMatcher       = newFigureMatcher(dateRe)
	partialDayMatcher = newFigureMatcher(partialDayRe)
)

// cutOffRe ends the words before "đến ngày" that make the day the cut-off
// of the data a report covers: "tính đến ngày", "tính từ ngày 1/1 đến
// ngày", "từ đầu năm học đến ngày".
var cutOffRe = regexp.MustCompile(`(?:\btinh(?: tu [a-z0-9 /.-]{1,24})?|\btu dau (?:nam|ky|thang|quy|vu)[a-z0-9 /.-]{0,20}) ?$`)

// seasonRe ends the words before a period that make it a stretch of
// time the work must watch rather than the time it ends by: "những tháng
// cuối năm", "các ngày cuối tháng 12", "mấy tuần cuối quý".
// pastPeriodRe, right after a period, puts it in the past: "trong tháng
// vừa qua", "trong năm qua", "trong tháng trước" (but "trong tháng, trước
// ngày 20" bounds it).
var pastPeriodRe = regexp.MustCompile(`^ (?:vua qua|qua|truoc)\b(?: (\S+))?`)

// pastPeriod reports the words after a period that put it in the past.
func pastPeriod(after string) bool {
	m := pastPeriodRe.FindStringSubmatch(after)
	return m != nil && m[1] != "ngay" && (m[1] == "" || m[1][0] < '0' || m[1][0] > '9')
}

var seasonRe = regexp.MustCompile(`\b(?:nhung|cac|may) (?:thang|ngay|tuan) $`)

// citedTitleRe ends the words before a period that make it part of a
// cited document's title: its number and symbol, its date if written, its
// issuer after "của", then the title up to the period with no comma or
// ";" between (folded). "… theo Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022
// của Ban Tuyên giáo Tỉnh ủy tuyên truyền kỷ niệm các ngày lễ lớn … trong
// năm 2023": the year is the guidance's, not the work's.
// The issuer and title must run to eight words or more, so that a time
// right after a short issuer ("Chỉ thị số 05-CT/TW của Bộ Chính trị trong
// quý III/2022") stays the work's. A comma ends the title, so a title
// written "phòng, chống …" loses its year to the work: a clause after a
// comma ("…, hoàn thành trước …") cannot be told from it by punctuation.
var citedTitleRe = regexp.MustCompile(`\bso \d+[a-z0-9./-]*[/-][a-z0-9./-]+(?:,? ngay \d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4})?,? cua(?: [^ ,;:()]+){8,} $`)

// issuedOnRe ends the words before "vào ngày" that make the day a
// document's own: it was issued, signed or published then ("do UBND tỉnh
// ban hành vào ngày …", "được ký vào ngày …"), which bounds no work.
var issuedOnRe = regexp.MustCompile(`\b(?:ban hanh|ky|ky ban hanh|phat hanh|cong bo)(?: van ban(?: nay)?)? $`)

// termKyRe is "kỳ" of a term or a recurrence, which folds as "ký" (signed)
// does: "tiếp công dân định kỳ vào ngày 15/4" is not a date of signing.
var termKyRe = regexp.MustCompile(`\b(?:dinh|hoc|nhiem|moi|tung|cac) ky $`)

// publishedLabelRe is the label of a page's or document's own time, not
// of work: "Thời gian đăng:", "Thời gian cập nhật:", "Thời gian ban hành:".
var publishedLabelRe = regexp.MustCompile(`^thoi (?:gian|han) (?:dang|cap nhat|ban hanh|xuat ban|phat hanh|ky)\b`)

// dateHit is a date found in folded text, with or without its year.
type dateHit struct {
	start, end int
	partial    bool
}

// listedDayRe joins the days of one event: "trong ngày 30/4 và ngày 1/5",
// "vào các ngày 14/9, 15/9".
var listedDayRe = regexp.MustCompile(`^(?: ?,| va) (?:ngay )?$`)

// lastListed extends the span of a cued date over the dates listed right
// after it, since work over several days is due on the last; it returns
// whether that last one lacks a year.
func lastListed(f string, span [2]int, partial bool, hits []dateHit) ([2]int, bool, bool) {
	for extended := true; extended; {
		extended = false
		for _, h := range hits {
			if h.start > span[1] && h.start-span[1] <= 10 && listedDayRe.MatchString(f[span[1]:h.start]) {
				span[1], partial, extended = h.end, h.partial, true
			}
		}
	}
	return span, partial, true
}

// monthWindow reads a span of months ("từ tháng 4 đến tháng 5-2020") or a
// fronted month and year ("Tháng 1-2020, …") in folded f as the last day
// of its last month; off maps f to the NFC text.
func monthWindow(text, f string, off []int, ref Date) (Deadline, int, int, bool) {
	if !monthWindowFilter.mayMatch(f) {
		return Deadline{}, -1, -1, false
	}
	for _, m := range monthWindowRe.FindAllStringSubmatchIndex(f, -1) {
		from, window, year := m[2] >= 0, m[6] >= 0, m[8] >= 0
		atStart := strings.TrimLeft(f[:m[0]], " ,-") == ""
		if !(from && window) && !(atStart && (window || year)) {
			continue // "tháng 9/2023" in a title, "từ tháng 3" with no end
		}
		dl, err := ParseDeadline(text[off[m[0]]:off[m[1]]], ref)
		if err != nil || dl.Kind != DeadlinePeriod {
			continue
		}
		return dl, off[m[0]], off[m[1]], true
	}
	return Deadline{}, -1, -1, false
}

// beforeMonth reads "trước tháng 3.2014" as the last day of the month
// before (28/02/2014).
func beforeMonth(text, f string, off []int, ref Date) (Deadline, int, int, bool) {
	if !beforeMonthFilter.mayMatch(f) {
		return Deadline{}, -1, -1, false
	}
	m := beforeMonthRe.FindStringSubmatchIndex(f)
	if m == nil {
		return Deadline{}, -1, -1, false
	}
	dl, err := ParseDeadline(text[off[m[0]]:off[m[1]]], ref)
	if err != nil || dl.Kind != DeadlinePeriod {
		return Deadline{}, -1, -1, false
	}
	return dl, off[m[0]], off[m[1]], true
}

// frontedPeriod is frontedPeriodRe's submatches in folded f.
func frontedPeriod(f string) []int {
	if !frontedPeriodFilter.mayMatch(f) {
		return nil
	}
	return frontedPeriodRe.FindStringSubmatchIndex(f)
}

// continuousCue is continuousCueRe's match in folded f.
func continuousCue(f string) []int {
	return continuousCueFilter.find(f)
}

// periodCues returns the matches of periodCueRe in folded f.
func periodCues(f string) [][]int {
	return periodCueFilter.findAll(f)
}

// The strings one of which every match of a pattern holds.
var (
	periodCueFilter     = newLiteralFilter(periodCueRe)
	recurringCueFilter  = newLiteralFilter(recurringCueRe)
	continuousCueFilter = newLiteralFilter(continuousCueRe)
	dateFilter          = newLiteralFilter(dateRe)
	partialDayFilter    = newLiteralFilter(partialDayRe)
	monthWindowFilter   = newLiteralFilter(monthWindowRe)
	beforeMonthFilter   = newLiteralFilter(beforeMonthRe)
	frontedPeriodFilter = newLiteralFilter(frontedPeriodRe)
	relativeFilter      = newLiteralFilter(relativeRe)
)
