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
}

// bulletRe matches the marker of a list item.
var bulletRe = regexp.MustCompile(`^\s*(?:[-–—+•*●◦▪○]|[a-zđ]\)|\(?\d{1,2}\)|(?:\d{1,2}[.)])+|[IVXLC]{1,5}[.)])\s+`)

// romanRe matches a roman-numbered heading: "I.", "II)".
var romanRe = regexp.MustCompile(`^\s*[IVXLC]{1,5}[.)]\s+`)

// splitLines normalises the text and classifies its lines.
func splitLines(text string) []line {
	text = vn.NFC(strings.ToValidUTF8(text, "\uFFFD"))
	text = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\t", " ", "\u00a0", " ", "\u200b", "").Replace(text)
	var out []line
	for _, raw := range joinWrapped(strings.Split(text, "\n")) {
		s := strings.TrimSpace(raw)
		if s == "" {
			out = append(out, line{kind: lineBlank})
			continue
		}
		marker := bulletRe.FindString(s)
		body := strings.TrimSpace(s[len(marker):])
		if lead, ok := groupHeader(body); ok && (marker != "" || strings.HasSuffix(body, ":")) {
			out = append(out, line{kind: lineHeader, text: body, lead: lead})
			continue
		}
		switch {
		case marker != "" && allCaps(body):
			// "I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN …": a section title, however long.
			out = append(out, line{kind: lineHeader, text: body})
		case romanRe.MatchString(s) && !strings.Contains(body, ". ") && len(tokenize(body)) <= 12:
			out = append(out, line{kind: lineHeader, text: body})
		case marker != "":
			m := strings.TrimLeft(marker, " (")
			out = append(out, line{kind: lineBullet, text: body, numbered: m != "" && strings.IndexFunc(m[:1], unicode.IsLetter) == 0 ||
				m != "" && m[0] >= '0' && m[0] <= '9'})
		default:
			out = append(out, line{kind: linePara, text: s})
		}
	}
	return out
}

// joinWrapped joins the lines of a hard-wrapped paragraph (a text copied
// from a PDF or a fixed-width page): a line that does not end a sentence
// goes on in the next when that one starts with a lowercase letter and is
// no list item ("… Chỉ đạo các" / "huyện, thành phố xây dựng kế hoạch …").
func joinWrapped(raws []string) []string {
	out := raws[:0:0]
	for _, r := range raws {
		t := strings.TrimSpace(r)
		if n := len(out); n > 0 && t != "" && bulletRe.FindString(t) == "" {
			prev := strings.TrimRight(out[n-1], " ")
			first, _ := utf8.DecodeRuneInString(t)
			last, _ := utf8.DecodeLastRuneInString(prev)
			if prev != "" && unicode.IsLower(first) && !strings.ContainsRune(".:;!?…", last) {
				out[n-1] = prev + " " + t
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// groupHeader reads "Đối với Đảng ủy, UBND các phường:" and returns the
// body named ("Đảng ủy, UBND các phường").
// A line that is only a body's name and a colon ("2. UBND các huyện, thị
// xã, thành phố:") names them too: the items under it are their tasks.
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
		!strings.ContainsAny(s[:len(s)-1], ":;") {
		n = -1 // the name alone
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
		if j >= len(p) || p[j] != ' ' {
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
func splitAtSubjectColon(s string) []string {
	var out []string
	for {
		i := strings.Index(s, ": ")
		for i >= 0 {
			rest := strings.TrimSpace(s[i+1:])
			ws := tokenize(rest)
			if len(ws) > 0 && ws[0].upper && isOrgish(ws) {
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

// clauses splits a sentence at semicolons.
func clauses(s string) []string {
	var out []string
	for _, c := range strings.Split(s, ";") {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// allCaps reports a line written in capitals: at least three letters and
// no lowercase one.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}
