package extract

import (
	"regexp"
	"strings"

	"tiendo/vn"
)

// ifNeededRe finds work left to the addressee's judgement, said at the end
// of its clause: "xin ý kiến Thanh tra tỉnh (nếu cần)", "… nếu cần thiết".
var ifNeededRe = regexp.MustCompile(`(?:\(\s*(?:nếu|khi|trong trường hợp|trường hợp) cần(?: thiết)?\s*\)|nếu (?:thấy )?cần(?: thiết)?)\s*[.;,]?\s*$`)

// optionalWork reports work done only if needed: nothing an office can
// follow up or find overdue.
func optionalWork(pred string) bool {
	return ifNeededRe.MatchString(lower(pred))
}

// serviceWords may stand before "tiếp nhận" in an office's service.
var serviceWords = set("sẽ", "vẫn", "tiếp tục", "cũng", "chỉ")

// publicService reports an office's standing service to the public, as news
// of opening hours tells it: "Sở Tư pháp tiếp nhận, giải quyết thủ tục
// công chứng" says what citizens may bring there, not work handed over.
// Only a subject's own statement is read so; one handed over is work.
// A date makes it work again ("… tiếp nhận hồ sơ trước ngày …").
func publicService(pred string, date vn.Date) bool {
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
var timeLabelRe = regexp.MustCompile(`(?i)^thời gian [^:]{1,40}:\s*`)

// spanStartRe is the first day of a span whose last day is the deadline:
// "từ ngày 23/7/2025" in "Từ ngày 23/7/2025 đến hết ngày 27/7/2025".
var spanStartRe = regexp.MustCompile(`^tu (?:ngay )?\d{1,2} \d{1,2}(?: \d{4})?$`)

// timeLine returns the deadline phrase of a line that gives the time of
// the work announced above it ("Thời gian treo cờ Tổ quốc: Từ ngày
// 23/7/2025 đến hết ngày 27/7/2025."), else "".
func timeLine(text string, date vn.Date) string {
	t := strings.TrimSuffix(strings.TrimSpace(vn.NFC(text)), ".")
	loc := timeLabelRe.FindStringIndex(t)
	if len(t) > 140 || loc == nil {
		return ""
	}
	rest := t[loc[1]:]
	if !onlyDeadline(rest, date) {
		return ""
	}
	return rest
}
