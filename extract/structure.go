package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"tiendo/vn"
)

// lineKind classifies a line of the input.
type lineKind int

const (
	lineBlank  lineKind = iota
	linePara            // running text
	lineBullet          // "- …", "a) …", "1. …": one item of a list
	lineHeader          // "1. Đối với UBND các phường:", "I. Nhiệm vụ chung"
)

// line is one classified line of the input.
type line struct {
	kind lineKind
	text string // without the bullet or number
	lead string // for a header: who the items under it are for
	// numbered: a list item marked by a number or letter ("3.", "b)"), not
	// by a dash: the kind that titles a section.
	numbered bool
	// note: running text taken out of brackets in the line before, where
	// a schedule gives work (see scheduleNotes).
	note bool
}

// bulletRe matches the marker of a list item: a dash or dot, and the
// checks, arrows and diamonds portals use ("✅ Đẩy mạnh chuyển đổi số: …",
// "➢ Tổ chức …").
var bulletRe = regexp.MustCompile(`^\s*(?:[-–—+•*●◦▪○·✅✔✓☑➢➤►▶❖◆♦■□→⇒]\x{FE0F}?|[a-zđ]\)|\(?\d{1,2}\)|(?:\d{1,2}[.)])+|[IVXLC]{1,5}[.)])\s+`)

// sectionLetterRe is the capital letter that numbers a section: "A.",
// "B)".
var sectionLetterRe = regexp.MustCompile(`^\s*[A-ZĐ][.)]\s+`)

// romanRe matches a roman-numbered heading: "I.", "II)".
var romanRe = regexp.MustCompile(`^\s*[IVXLC]{1,5}[.)]\s+`)

// splitLines normalises the text and classifies its lines.
func splitLines(text string) []line {
	text = vn.NFC(strings.ToValidUTF8(text, "\uFFFD"))
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\t", " ", "\u00a0", " ", "\u200b", "").Replace(text)
	var out []line
	for _, raw := range joinWrapped(unflatten(strings.Split(text, "\n"))) {
		s := strings.TrimSpace(raw)
		if s == "" {
			out = append(out, line{kind: lineBlank})
			continue
		}
		rest, notes := scheduleNotes(s)
		out = append(out, splitClosingHeader(classifyLine(rest))...)
		for _, n := range notes {
			// "Thăm Trường THPT … (Giao Phòng Văn hóa – Xã hội chuẩn bị
			// nội dung)": a schedule's note gives work on its own.
			out = append(out, line{kind: linePara, text: n, note: true})
		}
	}
	return unmarkedItems(out)
}

// classifyLine tells what a non-blank line is: a header, an item of a list
// or running text.
func classifyLine(s string) line {
	marker := bulletRe.FindString(s)
	body := strings.TrimSpace(s[len(marker):])
	if lead, ok := groupHeader(body); ok && (marker != "" || strings.HasSuffix(body, ":")) {
		return line{kind: lineHeader, text: body, lead: lead}
	}
	switch {
	case marker != "" && allCaps(body):
		// "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …": a section title, however long.
		return line{kind: lineHeader, text: body}
	case romanRe.MatchString(s) && !strings.Contains(body, ". ") && len(tokenize(body)) <= 12:
		return line{kind: lineHeader, text: body}
	case marker != "":
		m := strings.TrimLeft(marker, " (")
		return line{kind: lineBullet, text: body, numbered: m != "" && strings.IndexFunc(m[:1], unicode.IsLetter) == 0 ||
			m != "" && m[0] >= '0' && m[0] <= '9'}
	case sectionLetterRe.MatchString(s) && allCaps(s) || allCaps(s) && len(strings.Fields(s)) >= 2 && len(strings.Fields(s)) <= 12 &&
		!strings.ContainsAny(s[len(s)-1:], ".;:"):
		// "A. NHIỆM VỤ CHUNG", "NHIỆM VỤ CỤ THỂ": a section of the
		// content announced above, not running text that would end
		// its list.
		return line{kind: lineHeader, text: strings.TrimSpace(sectionLetterRe.ReplaceAllString(s, ""))}
	default:
		return line{kind: linePara, text: s}
	}
}

// splitClosingHeader splits an item whose last sentence names the bodies of
// the items below ("1. Các cấp ủy … tiếp tục quán triệt …. Các tỉnh ủy,
// thành ủy, đảng ủy trực thuộc Trung ương:") into the item and a header.
func splitClosingHeader(l line) []line {
	if l.kind != lineBullet || !strings.HasSuffix(l.text, ":") {
		return []line{l}
	}
	ss := sentences(l.text)
	if len(ss) < 2 {
		return []line{l}
	}
	last := ss[len(ss)-1]
	lead, ok := groupHeader(last)
	if !ok {
		return []line{l}
	}
	item := l
	item.text = strings.TrimSpace(strings.TrimSuffix(l.text, last))
	return []line{item, {kind: lineHeader, text: last, lead: lead}}
}

// scheduleNotes takes out of a line the notes in brackets that give work
// to a body, as a schedule writes them: "… (Giao Văn phòng HĐND&UBND xã
// đảm bảo các điều kiện cần thiết)", "Chủ tịch thông qua góp ý … (Sở Kế
// hoạch và Đầu tư chuẩn bị nội dung và thư mời). Điểm tại …". A bracket
// that opens the line is an aside (see aside), and one that does not end
// a sentence, or names no body doing something ("(theo đề nghị của Sở Nội
// vụ)", "(đợt 1)"), stays.
func scheduleNotes(s string) (rest string, notes []string) {
	rest = s
	for from := 0; ; {
		i := strings.IndexByte(s[from:], '(')
		if i < 0 {
			return rest, notes
		}
		open := from + i
		j := strings.IndexAny(s[open+1:min(len(s), open+302)], "()")
		if j < 0 || s[open+1+j] != ')' {
			from = open + 1
			continue
		}
		end := open + 1 + j // the closing bracket
		from = end + 1
		inner := strings.TrimSpace(s[open+1 : end])
		if strings.TrimSpace(s[:open]) == "" || len(inner) < 3 || !closesSentence(s[end+1:]) || !givesWork(tokenize(inner)) {
			continue
		}
		notes = append(notes, strings.TrimSuffix(inner, ".")+".")
		k := open
		for k > 0 && s[k-1] == ' ' {
			k--
		}
		rest = strings.Replace(rest, s[k:end+1], "", 1)
	}
}

// givesWork reports words that hand a body work ("Giao Phòng Văn hóa – Xã
// hội chuẩn bị nội dung") or name a body and what it does ("Sở Giao thông
// vận tải chuẩn bị nội dung và hậu cần").
func givesWork(ws []word) bool {
	if len(ws) < 3 || !ws[0].upper && ws[0].fold != "giao" {
		return false
	}
	a := phraseAt(ws, 0, addresseeTriggers, 4)
	if a > 0 && ws[0].fold != "giao" && ws[0].fold != "đề" && ws[0].fold != "yêu" {
		return false
	}
	if a == 0 && phraseAt(ws, 0, wCacNhungMotSo, 3) > 0 {
		return false
	}
	if !isOrgish(ws[a:]) {
		return false
	}
	p := predicateStart(ws, a, a == 0)
	return p > a && subjectBefore(ws, a, p) == a && domainEnd(ws, a, p) >= 0
}

// closesSentence reports the text after a bracket when the bracket ends
// its sentence or line: a note, not a name in passing ("xã Buôn Tría (Đơn
// vị bầu cử số 05) …").
func closesSentence(after string) bool {
	after = strings.TrimSpace(after)
	return after == "" || strings.IndexAny(after[:1], ".;") == 0
}

// inlineMarkerRe is a list marker inside a line, after the end of a
// sentence and before a capital: "… năm 2019. 2. Đại hội cấp huyện: …",
// "… tháng 6 năm 2019. IV. TỔ CHỨC THỰC HIỆN 1. Báo Sóc Trăng …" (after a
// title in capitals too).
var inlineMarkerRe = regexp.MustCompile(`(?:[.:;]|\p{Lu}\p{Lu}) +((?:[IVX]{1,4}|\d{1,2})\. +)\p{Lu}`)

// unflatten puts back the line breaks of a document a page ran into one
// line: a long line holding two markers or more is split before each. A
// figure ending a sentence ("… 2019. 2. Đại hội …") is told from a decimal
// by the space and the capital after it.
func unflatten(lines []string) []string {
	var out []string
	for _, l := range lines {
		if len(l) < 300 {
			out = append(out, l)
			continue
		}
		ms := inlineMarkerRe.FindAllStringSubmatchIndex(l, -1)
		if len(ms) < 2 {
			out = append(out, l)
			continue
		}
		from := 0
		for _, m := range ms {
			out = append(out, l[from:m[2]])
			from = m[2]
		}
		out = append(out, l[from:])
	}
	return out
}

// unmarkedItems restores a list whose markers a web page or a copy lost:
// after a line that only names bodies and ends with ":", or a numbered
// item that ends with one, the lines that open with an action and name no
// subject are its items ("UBND các xã, thị trấn:" / "Lập danh sách …" /
// "Tuyên truyền …"), until a line that does not. A line that names the bodies and goes on with their first
// action ("Đảng ủy, UBND các xã: Lập, niêm yết danh sách cử tri …; niêm
// yết tài liệu …") is read as the name line and its first item.
func unmarkedItems(lines []line) []line {
	var out []line
	open := false // the lines read follow a name line
	for _, l := range lines {
		switch l.kind {
		case lineHeader:
			open = l.lead != ""
		case linePara, lineBullet:
			if lead, rest, ok := inlineHeader(l.text); ok {
				out = append(out, line{kind: lineHeader, text: lead + ":", lead: lead}, line{kind: lineBullet, text: rest})
				open = true
				continue
			}
			if l.kind == linePara {
				if open && opensWithAction(l.text) {
					l.kind = lineBullet
				} else {
					open = false
				}
			} else {
				// "4. Thông tin báo cáo:" in a list: its lines are items too.
				open = l.numbered && strings.HasSuffix(l.text, ":")
			}
		}
		out = append(out, l)
	}
	return out
}

// inlineHeader splits "Bodies: Action …." into the bodies named and the
// work that follows the colon. A headline of the same shape ("Quận Hai Bà
// Trưng: Xây dựng đô thị văn minh …", "Chủ tịch UBND tỉnh: Khẩn trương …")
// names its subject, not an addressee, and ends without a full stop.
func inlineHeader(s string) (lead, rest string, ok bool) {
	i := strings.IndexByte(prefix(s, 160), ':')
	if i <= 0 || !strings.ContainsAny(s[len(s)-1:], ".;") {
		return "", "", false
	}
	rest = strings.TrimSpace(s[i+1:])
	// A request after the colon ("… kết luận như: Đề nghị …") is read as
	// a request; a long head is a sentence, not a name.
	if !opensWithAction(rest) || phraseAt(firstTokens(rest, 4), 0, addresseeTriggers, 4) > 0 ||
		len(strings.Fields(s[:i])) > 18 || strings.Contains(s[:i], ". ") {
		return "", "", false
	}
	lead, ok = groupHeader(s[:i+1])
	return lead, rest, ok
}

// opensWithAction reports a capitalised action with no subject before it:
// how the items of a list begin.
func opensWithAction(s string) bool {
	ws := firstTokens(s, 8)
	return len(ws) > 0 && ws[0].upper && startsWithAction(ws)
}

// joinWrapped joins the lines of a hard-wrapped paragraph (a text copied
// from a PDF or a fixed-width page): a line that does not end a sentence
// goes on in the next when that one starts with a lowercase letter and is
// no list item ("… Chỉ đạo các" / "huyện, thành phố xây dựng kế hoạch …").
func joinWrapped(raws []string) []string {
	out := raws[:0:0]
	for _, r := range raws {
		t := strings.TrimSpace(r)
		if n := len(out); n > 0 && t != "" && markerOnly(out[n-1]) {
			out[n-1] = strings.TrimSpace(out[n-1]) + " " + t // "-" / "Tổ chức …": a marker its item wrapped away from
			continue
		}
		if n := len(out); n > 0 && t != "" && bulletRe.FindString(t) == "" {
			prev := strings.TrimRight(out[n-1], " ")
			first, _ := utf8.DecodeRuneInString(t)
			last, _ := utf8.DecodeLastRuneInString(prev)
			if prev != "" && !strings.ContainsRune(".:;!?…", last) && (unicode.IsLower(first) || wrappedItemLine(prev, t, first)) {
				out[n-1] = prev + " " + t
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// wrappedItemLine reports a line that goes on with a list item a copy
// wrapped: a list item that has not ended, then a line that does not start
// a sentence of its own — a date or bracket ("- Thời gian: Ngày" /
// "22/7/2018"), or a capitalised name ("… tặng quà các Mẹ" / "Việt Nam anh
// hùng, …") that is not a title in capitals.
func wrappedItemLine(prev, t string, first rune) bool {
	if bulletRe.FindString(prev) == "" || len(strings.Fields(prev)) < 2 {
		return false
	}
	if unicode.IsDigit(first) || first == '(' {
		return true
	}
	return unicode.IsUpper(first) && !allCaps(t) && !strings.HasSuffix(prev, ",") && endsInName(prev)
}

// endsInName reports a line that stops inside a name: its last word is
// capitalised ("các Mẹ", "Hội Liên hiệp").
func endsInName(s string) bool {
	f := strings.Fields(s)
	r, _ := utf8.DecodeRuneInString(f[len(f)-1])
	return unicode.IsUpper(r)
}

// markerOnly reports a line that is only a list marker ("-", "+", "•").
func markerOnly(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && utf8.RuneCountInString(s) == 1 && strings.ContainsAny(s, "-–—+•*●◦▪○·✅✔✓☑➢➤►▶❖◆♦■□→⇒")
}

// groupHeader reads "Đối với Đảng ủy, UBND các phường:" and returns the
// body named ("Đảng ủy, UBND các phường").
// A line that is only a body's name and a colon ("2. UBND các huyện, thị
// xã, thành phố:") names them too: the items under it are their tasks.
// leadInWords say a line introduces what follows rather than names the
// bodies it is for.
var leadInWords = set("như sau", "kết luận", "thông báo", "ý kiến", "chỉ đạo", "yêu cầu", "đề nghị", "giao")

func groupHeader(s string) (string, bool) {
	colon := strings.HasSuffix(strings.TrimSpace(s), ":")
	// A line that does not end with a colon is a header only with at most
	// 30 words: 31 tell, whatever the length of the line.
	var ws []word
	if colon {
		ws = tokenize(s)
	} else {
		ws = firstTokens(s, 31)
	}
	n := phraseAt(ws, 0, groupHeaderWords, 3)
	if n == 0 && colon && len(ws) > 1 && ws[0].upper && predicateStart(ws, 0, false) < 0 &&
		!strings.ContainsAny(s[:len(s)-1], ":;") && !phraseIn(ws, leadInWords) {
		n = -1 // the name alone (not "Chủ tịch UBND huyện kết luận như sau:")
	}
	if n == -1 {
		n = 0
	} else if n == 0 || len(ws) <= n || len(ws) > 30 {
		return "", false
	}
	rest := trimPunct(s[ws[n].start:])
	if rest == "" || predicateStart(ws, n, false) >= 0 && !colon {
		return "", false
	}
	if !isOrgish(tokenize(rest)) {
		return "", false
	}
	return rest, true
}

// sentences splits a paragraph at full stops, question and exclamation marks
// followed by a capital or a digit. Known abbreviations do not end one.
func sentences(p string) []string {
	var out []string
	start := 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(p) && (p[j] == '.' || p[j] == '/') {
			j++
		}
		if j >= len(p) {
			continue
		}
		if p[j] != ' ' {
			if !gluedStop(p, i, j) {
				continue
			}
			out = append(out, strings.TrimSpace(p[start:j]))
			start, i = j, j-1
			continue
		}
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(p[j:], " "))
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) || isAbbrevBefore(p[start:i]) {
			continue
		}
		out = append(out, strings.TrimSpace(p[start:j]))
		start, i = j, j-1
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// gluedStop reports a full stop a copy glued to the next sentence ("…
// theo quy định.Từ 18 giờ ngày 4/5, đóng cửa …"): a lower-case letter
// before it, a capital then a lower-case letter after it. "TP.HCM",
// "baothanhhoa.vn" and "1.500" are none.
func gluedStop(p string, i, j int) bool {
	if p[i] != '.' || i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	next, n := utf8.DecodeRuneInString(p[j:])
	after, _ := utf8.DecodeRuneInString(p[j+n:])
	return unicode.IsLower(prev) && unicode.IsUpper(next) && unicode.IsLower(after)
}

// isAbbrevBefore reports whether s ends with an abbreviation that takes a
// full stop ("TP. Hà Nội", "Đ/c.").
func isAbbrevBefore(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	last := strings.ToLower(s[i+1:])
	switch last {
	case "tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "đ/c", "v.v", "tr", "st", "p", "q":
		return true
	}
	return false
}

// splitAtSubjectColon splits a sentence at a colon followed by a body that
// acts ("… công cộng: Các tổ tuyên truyền … chủ động phối hợp …"), but not
// at one that opens an enumeration ("04 nhóm vấn đề: Đầu tư xây dựng, …").
func (f *finder) splitAtSubjectColon(s string) []string {
	var out []string
	for {
		i := strings.Index(s, ": ")
		for i >= 0 {
			// A subject and the start of its work fit in the first
			// words after the colon; the rest of a long line is not read.
			rest := prefix(strings.TrimSpace(s[i+1:]), 400)
			ws := f.tokenize(rest)
			if len(ws) > 0 && ws[0].upper && isOrgish(ws) && !titleBeforeColon(s[:i]) {
				if p := predicateStart(ws, 0, false); p > 0 {
					break
				}
			}
			j := strings.Index(s[i+2:], ": ")
			if j < 0 {
				i = -1
				break
			}
			i += 2 + j
		}
		if i < 0 {
			return append(out, s)
		}
		out = append(out, strings.TrimSpace(s[:i]))
		s = strings.TrimSpace(s[i+1:])
	}
}

// clauses splits a sentence at semicolons, and at ", đồng thời" before a
// second action of the same subject.
func clauses(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ";") {
		for _, part := range splitDongThoi(c, true) {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}

// splitDongThoi splits a clause at ", đồng thời": "đồng thời" ("at the
// same time") joins a second action of the subject before it, as ";"
// does: "… chỉ đạo các sở đẩy mạnh giải ngân …, đồng thời yêu cầu xử lý
// nghiêm …". The second clause keeps its connective (see sameTimeWork).
func splitDongThoi(c string, ellipsis bool) []string {
	if ellipsis {
		var out []string
		for _, part := range splitEllipsis(c) {
			out = append(out, splitDongThoi(part, false)...)
		}
		return out
	}
	var out []string
	for {
		i := strings.Index(c, ", đồng thời ")
		if i < 0 {
			return append(out, c)
		}
		rest := c[i+2:]
		if sameTimeWork(tokenize(prefix(rest, 80))) == 0 {
			return append(out, c)
		}
		out = append(out, c[:i])
		c = rest
	}
}

// sameTimeWork returns the index of the word where the work of a clause
// opened by "đồng thời" starts, after the connective and a request that
// names no body ("đồng thời yêu cầu xử lý …", "đồng thời chủ động …"), or
// 0 when the clause does not open so or names a body of its own.
func sameTimeWork(ws []word) int {
	if len(ws) < 3 || ws[0].fold != "đồng" || ws[1].fold != "thời" {
		return 0
	}
	i := 2
	for i < len(ws) && ws[i].raw == "," {
		i++
	}
	if n := phraseAt(ws, i, addresseeTriggers, 4); n > 0 && i+n < len(ws) && !isOrgish(ws[i+n:]) && isAction(ws, i+n) > 0 {
		i += n
	}
	if i >= len(ws) || !startsWithAction(ws[i:]) {
		return 0
	}
	return i
}

// allCaps reports a line written in capitals: at least three letters and
// no lowercase one.
func allCaps(s string) bool {
	return capitals(s, 3)
}

// capitals reports text of at least that many letters, none lowercase
// ("UBND", "NHIỆM VỤ CHUNG").
func capitals(s string, least int) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= least
}

// splitEllipsis splits a clause at "…" followed by a hand-over to a body
// ("… làm rõ… gói thầu số 7… giao cho Sở NNPTNT chủ trì …"): a quotation
// that leaves words out marks the gap with "…", and the next hand-over
// starts another task, as after ";".
func splitEllipsis(c string) []string {
	var out []string
	for {
		i, j := -1, 0
		for k := 0; k < len(c); {
			m := strings.Index(c[k:], "…")
			if m < 0 {
				break
			}
			e := k + m + len("…")
			ws := tokenize(prefix(strings.TrimLeft(c[e:], " "), 80))
			if n := phraseAt(ws, 0, addresseeTriggers, 4); n > 0 && !ws[0].upper && n < len(ws) && isOrgish(ws[n:]) {
				i, j = k+m, e
				break
			}
			k = e
		}
		if i < 0 {
			return append(out, c)
		}
		out = append(out, c[:i])
		c = strings.TrimLeft(c[j:], " ")
	}
}

// titleBeforeColon reports a hand-over to the heads of the bodies listed
// after the colon ("Giao Giám đốc: Sở Văn hóa …, Sở Thông tin …"): the
// colon belongs to the lead, and the sentence is one clause.
func titleBeforeColon(head string) bool {
	return endsWithPhrase(tokenize(head), listedTitles, 3)
}
