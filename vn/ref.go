package vn

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DocRef is a reference to a document found in running text: "Kế hoạch số
// 245/KH-UBND ngày 20/12/2019", "Công văn số 9061/VPCP-CN", "Kế hoạch 115".
type DocRef struct {
	DocNumber
	// Kind is the document kind named in front of the number, as written
	// ("Kế hoạch", "công văn"), or "".
	Kind string
	// Date is the issue date written next to the reference, or zero.
	Date Date
	// Bare is set for a number written without its symbol ("công văn số
	// 4828", "Nghị định 168/2024"); its Type comes from Kind and its Issuer
	// is unknown.
	Bare bool
	// Start and End are the byte offsets of the number and symbol in the
	// NFC form of the text.
	Start, End int
}

// refSymbolRe finds a number and symbol in raw text: "245/KH-UBND",
// "09/2019/NĐ-CP", "115-KH/QU", "6882 /UBND-NC2", "141/KH- UBND". Codes start
// with a capital; a space is allowed on one side of a separator only, so a
// dash between two phrases (" - ") ends the symbol, except a dash that ends
// its line ("473/TTr -" + "NN&PTNT"): a table cell wraps a symbol there. A
// number may carry a letter ("168a/QĐ-UBND"), a party symbol may have lost
// its hyphen before a type code ("298 KH/TWĐTN"), and the slash after a year
// may be lost or typed as a space ("31/2013TT-BGDĐT", "44/2007 QĐ-BGDĐT";
// ParseDocNumber then wants a type code). After a type code a dash spaced
// on both sides goes on to the issuer, since a symbol never ends at its type
// ("819/NQ – UVBTVQH 14"), and a legislature's code (QH) keeps its term
// written after a space.
var refSymbolRe = regexp.MustCompile(
	`(\d{1,7}[a-z]?)(?: ?/ ?(\d{4})( ?[/-] ?| ?)|( ?[/-] ?| (?:` + lostHyphenTypes() + `)/))` +
		`((?:` + lostHyphenTypes() + `) [-–—] (?:\p{Lu}[\p{Lu}\p{N}&]*QH \d{2}\b|\p{Lu}[\p{Lu}\p{N}&]+)|` +
		`\p{Lu}[\p{L}\p{N}&]*(?:(?:[/-] ?| [/-]\n?|\.)\p{Lu}[\p{L}\p{N}&]*)*)`)

// lostHyphenTypes is the alternation of the type codes of two or more runes,
// longest first, that may follow a number and a space in a party symbol
// whose hyphen was lost (ParseDocNumber's lostPartyHyphen).
func lostHyphenTypes() string {
	var codes []string
	for _, c := range typeCodeList {
		if utf8.RuneCountInString(c) >= 2 {
			codes = append(codes, regexp.QuoteMeta(c))
		}
	}
	slices.SortStableFunc(codes, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(codes, "|")
}

// kindCodes maps a folded document kind word to its type code (docs/DOMAIN.md §5).
var kindCodes = map[string]string{
	"ke hoach": "KH", "quyet dinh": "QĐ", "chi thi": "CT", "nghi quyet": "NQ", "nghi dinh": "NĐ",
	"thong tu": "TT", "thong bao": "TB", "ket luan": "KL", "cong van": "", "huong dan": "HD",
	"bao cao": "BC", "chuong trinh": "CTr", "de an": "ĐA", "phuong an": "PA", "quy che": "QC",
	"quy dinh": "QyĐ", "to trinh": "TTr", "cong dien": "CĐ", "thong tri": "TT", "luat": "",
	"phap lenh": "PL", "van ban": "",
}

// kindRe finds a kind word followed by a number in folded text, with an
// optional "số": "ke hoach so 245", "nghi dinh 168/2024", "cong van so: 4828".
var kindRe = regexp.MustCompile(`\b(ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|thong bao|ket luan|` +
	`cong van|huong dan|bao cao|chuong trinh|de an|phuong an|quy che|quy dinh|to trinh|cong dien|thong tri|` +
	`luat|phap lenh|van ban) (?:(so) ?:? ?)?(\d{1,7})(?: ?/ ?(\d{4}))?`)

// timeWords follow a count, not a document number: "báo cáo 6 tháng".
var timeWords = map[string]bool{"thang": true, "nam": true, "ngay": true, "quy": true, "tuan": true,
	"lan": true, "gio": true, "nhiem": true, "noi": true, "muc": true}

// FindDocRefs returns every document reference in text, in order, with the
// issue date written next to it: right after it ("245/KH-UBND ngày
// 20/12/2019", ", ngày 20 tháng 12 năm 2019", "ngày 15.3"), in a letter's
// header line ("Số: 9061/VPCP-CN | Hà Nội, ngày 20 tháng 11 năm 2023"), or at
// the start of the sentence that says it was issued ("Ngày 01/3/2021, UBND
// tỉnh ban hành Công văn số 1066/UBND-VXNV"). A date without a year takes
// the year of the symbol, else ref's year (the year before when that would
// put it after ref). Offsets refer to NFC(text).
func FindDocRefs(text string, ref Date) []DocRef {
	text = NFC(strings.ToValidUTF8(text, "\uFFFD"))
	f, off := foldMap(text)
	var refs []DocRef
	taken := map[int]bool{} // raw start offsets of symbol matches
	for _, m := range refSymbolPieces.findAll(text, numberThenSeparator) {
		if !refBoundaryBefore(text, m[0]) {
			continue
		}
		n, err := ParseDocNumber(text[m[0]:m[1]])
		if err != nil {
			continue
		}
		kind := kindBefore(text, f, off, m[0])
		// A symbol that names only its issuer ("498/UBND") is a reference
		// when "số" or a kind word ("Công văn 285/CCTTHC") vouches for it.
		if n.Type == "" && n.Unit == "" && n.Year == 0 && kind == "" && !afterSo(f, off, m[0]) {
			continue
		}
		r := DocRef{DocNumber: n, Kind: kind, Start: m[0], End: m[1]}
		r.Date = refDate(text, f, off, m[0], m[1], n.Year, ref)
		refs = append(refs, r)
		taken[m[0]] = true
	}
	for _, m := range kindPieces.findAll(f, kindThenNumber) {
		start, end := off[m[6]], off[m[1]]
		if taken[start] || !bareRefOK(text, f, off, m) {
			continue
		}
		code := kindCodes[f[m[2]:m[3]]]
		n := DocNumber{Raw: text[off[m[0]]:end], Style: StyleState, Number: f[m[6]:m[7]], Type: code}
		if m[8] >= 0 {
			n.Year, _ = strconv.Atoi(f[m[8]:m[9]])
		}
		r := DocRef{DocNumber: n, Kind: text[off[m[2]]:off[m[3]]], Bare: true, Start: start, End: end}
		r.Date = refDate(text, f, off, start, end, n.Year, ref)
		refs = append(refs, r)
	}
	sortRefs(refs)
	return refs
}

// refSymbolPieces and kindPieces run refSymbolRe and kindRe on the pieces
// of a text that can hold their matches.
var (
	refSymbolPieces = newPieceFinder(refSymbolRe)
	kindPieces      = newPieceFinder(kindRe)
)

// numberThenSeparator reports what a match of refSymbolRe opens with: a
// figure, maybe a lowercase letter, then "/" or "-" with or without a space
// between, or a space and a capital (ASCII or not: "Đ") of a type code.
func numberThenSeparator(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		j := i + 1
		if s[j] >= 'a' && s[j] <= 'z' && j+1 < len(s) {
			j++
		}
		if s[j] == ' ' && j+1 < len(s) {
			if c := s[j+1]; c >= 'A' && c <= 'Z' || c >= 0x80 {
				return true
			}
			j++
		}
		if s[j] == '/' || s[j] == '-' {
			return true
		}
	}
	return false
}

// kindThenNumber reports a figure after a kind word of kindRe and what
// may stand between them (" ", " so", " so: "): what every match of kindRe
// holds, looked for without running it.
func kindThenNumber(f string) bool {
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' || i > 0 && f[i-1] >= '0' && f[i-1] <= '9' {
			continue
		}
		head := strings.TrimRight(f[:i], " :")
		head = strings.TrimRight(strings.TrimSuffix(head, "so"), " :")
		for kind := range kindCodes {
			if strings.HasSuffix(head, kind) {
				return true
			}
		}
	}
	return false
}

// afterSo reports "số" written right before the number at i: a công văn
// symbol that names only its issuer ("công văn số 498/UBND", "Tờ trình số
// 126/SKHĐT") counts only then; "245/UBND" alone is too loose.
func afterSo(f string, off []int, i int) bool {
	fi := foldedIndex(off, i)
	return strings.HasSuffix(strings.TrimRight(f[max(0, fi-5):fi], " :"), "so")
}

// refBoundaryBefore reports whether a number may start at i: not glued to a
// word, a file name ("vbdi_587_…") or a longer figure ("1.200", "20/20").
func refBoundaryBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("_/.,-", r)
}

// bareRefOK accepts a kind word and number without a symbol when "số" is
// written or the kind word is capitalised (a name: "Kế hoạch 115", "Nghị
// định 168"), and the number is not a count of time ("báo cáo 6 tháng").
func bareRefOK(text, f string, off []int, m []int) bool {
	after := strings.TrimLeft(f[m[1]:], " ")
	if next, _, _ := strings.Cut(after, " "); timeWords[strings.TrimRight(next, ",.;:")] {
		return false
	}
	if after != "" && (after[0] == '/' || after[0] == '-' || isASCIIDigit(rune(after[0]))) {
		return false // a symbol that did not parse, or a longer figure
	}
	if m[4] >= 0 {
		return true
	}
	first, _ := utf8.DecodeRuneInString(text[off[m[2]]:])
	return unicode.IsUpper(first)
}

// kindBefore returns the kind word written just before the number at i
// ("Kế hoạch số 245/…" → "Kế hoạch"), or "".
func kindBefore(text, f string, off []int, i int) string {
	fi := foldedIndex(off, i)
	head := f[max(0, fi-24):fi]
	for _, m := range kindTailRe.FindAllStringSubmatchIndex(head, -1) {
		base := fi - len(head)
		return text[off[base+m[2]]:off[base+m[3]]]
	}
	return ""
}

var kindTailRe = regexp.MustCompile(`\b(ke hoach|quyet dinh|chi thi|nghi quyet|nghi dinh|thong tu|thong bao|ket luan|` +
	`cong van|huong dan|bao cao|chuong trinh|de an|phuong an|quy che|quy dinh|to trinh|cong dien|thong tri|` +
	`luat|phap lenh|van ban) (?:so ?:? ?)?$`)

// foldedIndex returns the folded offset whose original offset is i.
func foldedIndex(off []int, i int) int {
	lo, hi := 0, len(off)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if off[mid] < i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Dates beside a reference, in folded text.
var (
	// refDateAfterRe is what may sit between a symbol and its date.
	refDateAfterRe = regexp.MustCompile(`^\s?[,(]?\s?(?:(?:ban hanh|ky) )?(?:ngay|ngay:)\s?(?:(?:mung|mong) )?`)
	// partialRefDateRe is a day and month without a year: "15.3", "15/3".
	partialRefDateRe = regexp.MustCompile(`^(\d{1,2}) ?[./-] ?(\d{1,2})\b`)
	// headerDateRe is the place-and-date of a letter's header: "Hà Nội,
	// ngày …", the place and the date maybe on two lines of a table cell.
	headerDateRe = regexp.MustCompile(`,\s*ngay\s+`)
	// issuedRe starts a sentence that reports an issue: "ngay 01/3/2021, …
	// ban hanh", after a dateline or a connective of a few words ("ĐNO -
	// Ngày 17-4, …", "Theo đó, ngày 16 tháng 8 năm 2019 …").
	issuedRe = regexp.MustCompile(`^(?:\([^ )]*\) (?:- )?)?(?:[^ ,;:()]+(?: [^ ,;:()]+){0,2}(?:,| -) )?(?:(?:sang|chieu|toi|trua) )?ngay `)
	// dateOfBodyRe is a date written before the body that issued the
	// reference, which follows: "ngày 12/5/2023 của UBND tỉnh tại Công văn
	// số …", "ngày 3/7 của Sở Y tế theo văn bản …".
	dateOfBodyRe = regexp.MustCompile(`\bngay (\d{1,2}[^ ]*(?: thang \d{1,2}(?: nam \d{4})?)?) cua [^.;:]{1,80}? (?:tai|theo) (?:[a-z]+ ){0,2}(?:so ?:? ?)?$`)
	// issueVerbRe is the verb of a sentence that reports an issue: "ban
	// hành", "ký", or "(đã) có / gửi công văn, văn bản …" as news writes it.
	issueVerbRe = regexp.MustCompile(`\bban hanh\b|\bky\b|\b(?:co|gui) (?:van ban|cong van|to trinh|thong bao|quyet dinh|ke hoach|chi thi|huong dan)\b`)
)

// issuerBeforeDateRe is the issuer named between a symbol and its date:
// "số 123/UBND-VP của UBND tỉnh ngày 5/3/2024", "số 1090/SGDĐT-VP của Sở
// GDĐT ngày 07/5/2021". Only words: a subject ("về việc …"), a figure or
// a comma ends it.
var issuerBeforeDateRe = regexp.MustCompile(`^ ?cua ((?:[\pL&]+ ){1,8}?)ngay\b`)

// skipIssuer returns rest after the issuer of "của <issuer> ngày …", at
// "ngày"; else rest.
func skipIssuer(rest string) string {
	m := issuerBeforeDateRe.FindStringSubmatchIndex(rest)
	if m == nil || strings.Contains(" "+rest[m[2]:m[3]], " ve ") {
		return rest
	}
	return rest[m[3]:]
}

// refDate finds the issue date of the reference at text[start:end].
func refDate(text, f string, off []int, start, end, year int, ref Date) Date {
	fs, fe := foldedIndex(off, start), foldedIndex(off, end)
	rest := f[fe:min(len(f), fe+80)]
	rest = skipIssuer(rest)
	if p := refDateAfterRe.FindString(rest); p != "" {
		if d, ok := dateAt(rest[len(p):], year, ref); ok {
			return d
		}
	}
	line := lineAround(f, fs, fe)
	if numberLabelBefore(f, line[0], fs) {
		// The place and date stand on the same line or one of the next
		// twelve, within headerSpan bytes: a "V/v …" subject, the motto and
		// blank lines come between, a line each when a table cell wraps.
		end := line[1]
		for k := 0; k < 12 && end < len(f); k++ {
			end = lineAround(f, end+1, end+1)[1]
		}
		end = min(end, fe+headerSpan)
		if loc := headerDateRe.FindStringIndex(f[fe:end]); loc != nil {
			if d, ok := dateAt(f[fe+loc[1]:end], year, ref); ok {
				return d
			}
		}
	}
	sentence := f[sentenceStart(f, fs):fs]
	if m := dateOfBodyRe.FindStringSubmatch(sentence); m != nil {
		if d, ok := dateAt(m[1], year, ref); ok {
			return d
		}
	}
	if issueVerbRe.MatchString(sentence) {
		s := strings.TrimLeft(sentence, " -")
		if p := issuedRe.FindString(s); p != "" {
			if d, ok := dateAt(s[len(p):], year, ref); ok {
				return d
			}
		}
	}
	return Date{}
}

// headerSpan bounds how far after the text's own number its header date
// is looked for.
const headerSpan = 500

// numberLabelBefore reports the label of a text's own number before the
// number at i, on its line from lineStart or, when the number starts its
// line, on the line before ("Số:" / "14/2007/QĐ-UBND"): "Số:", maybe after
// the kind ("Nghị quyết số: 653/2019/UBTVQH14").
func numberLabelBefore(f string, lineStart, i int) bool {
	label := strings.Trim(f[lineStart:i], " |-:.")
	if label == "" && lineStart > 0 {
		prev := lineAround(f, lineStart-1, lineStart-1)
		label = strings.Trim(f[prev[0]:lineStart-1], " |-:.")
	}
	head, ok := strings.CutSuffix(label, "so")
	if !ok {
		return false
	}
	head = strings.TrimSpace(head)
	_, isKind := kindCodes[head]
	return head == "" || isKind
}

// dateAt parses a date at the start of folded s: a full date, or a day and
// month whose year comes from the symbol or from ref. A line break inside
// the date ("ngày 13" / "tháng 4 năm 2023") reads as a space.
func dateAt(s string, year int, ref Date) (Date, bool) {
	s = strings.ReplaceAll(s, "\n", " ")
	if m := dateRe.FindStringSubmatchIndex(s); m != nil && m[0] == 0 {
		d, err := dateFromMatch(s[:m[1]], s, m)
		return d, err == nil
	}
	m := partialRefDateRe.FindStringSubmatch(s)
	if m == nil {
		return Date{}, false
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	y := year
	if y == 0 {
		if ref.IsZero() {
			return Date{}, false
		}
		y = nearestYear(m[0], day, month, ref)
	}
	d, err := checkedDate(m[0], y, month, day)
	return d, err == nil
}

// nearestYear returns the year of a day and month written without one: ref's,
// or the year before when that would put the day after ref, because a text
// cites what was issued before it ("ngày 28/12" in a January item). A day
// at most a month after ref keeps ref's year: ref may be a date the text
// cites rather than its own ("Ngày 04/12, UBND tỉnh ban hành …; … Báo cáo
// số 552/BC-HĐND ngày 01/12/2017"), and the text is written soon after.
func nearestYear(raw string, day, month int, ref Date) int {
	this, err := checkedDate(raw, ref.Year, month, day)
	if err != nil || this.Sub(ref) <= citedDateSlack {
		return ref.Year
	}
	return ref.Year - 1
}

// citedDateSlack is how many days after ref a year-less date keeps ref's year.
const citedDateSlack = 31

// scanWindow bounds how far lineAround and sentenceStart look for a line
// break or a full stop, so that a text on one very long line stays linear:
// a header line or a sentence that dates a reference is far shorter.
const scanWindow = 2000

// lineAround returns the bounds of the line of f holding [i, j), cut to
// scanWindow bytes either side.
func lineAround(f string, i, j int) [2]int {
	lo := max(0, i-scanWindow)
	start := lo
	if k := strings.LastIndexByte(f[lo:i], '\n'); k >= 0 {
		start = lo + k + 1
	}
	hi := min(len(f), j+scanWindow)
	end := strings.IndexByte(f[j:hi], '\n')
	if end < 0 {
		return [2]int{start, hi}
	}
	return [2]int{start, j + end}
}

// sentenceStart returns the offset where the sentence holding i begins: after
// the last full stop followed by a space, or the last line break, looking
// back at most scanWindow bytes.
func sentenceStart(f string, i int) int {
	lo := max(0, i-scanWindow)
	s := lo
	if k := strings.LastIndexByte(f[lo:i], '\n'); k >= 0 {
		s = lo + k + 1
	}
	if k := strings.LastIndex(f[lo:i], ". "); k >= 0 && lo+k+2 > s {
		s = lo + k + 2
	}
	return s
}

// sortRefs orders references by position (insertion sort: a text holds few).
func sortRefs(refs []DocRef) {
	for i := 1; i < len(refs); i++ {
		for j := i; j > 0 && refs[j].Start < refs[j-1].Start; j-- {
			refs[j], refs[j-1] = refs[j-1], refs[j]
		}
	}
}

// foldMap folds s rune by rune (lowercase, no marks, đ → d, a space other than
// a line break → one space per rune) and returns the folded text with, for each folded byte
// offset and the end, the byte offset in s it came from. Unlike Fold it keeps
// one rune per rune, so matches in the folded text map back to s.
func foldMap(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	off := make([]int, 0, len(s)+1)
	for i, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, most of the text, without foldRune's tables.
			c := byte(r)
			switch {
			case c == '\t' || c == '\v' || c == '\f' || c == '\r':
				c = ' '
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			off = append(off, i)
			continue
		}
		fr := foldRune(r)
		n := utf8.RuneLen(fr)
		if n < 0 {
			fr, n = '\uFFFD', 3
		}
		b.WriteRune(fr)
		for k := 0; k < n; k++ {
			off = append(off, i)
		}
	}
	off = append(off, len(s))
	return b.String(), off
}

// foldRune is Fold for one rune: its base letter in lower case.
func foldRune(r rune) rune {
	switch {
	case r == 'đ' || r == 'Đ':
		return 'd'
	case r == '\n':
		return r
	case unicode.IsSpace(r):
		return ' '
	case r < utf8.RuneSelf:
		return unicode.ToLower(r)
	}
	if base, ok := baseLetters[r]; ok {
		return base
	}
	return unicode.ToLower(r)
}

// baseLetters maps each precomposed Vietnamese letter to its folded base.
var baseLetters = func() map[rune]rune {
	m := map[rune]rune{}
	for _, group := range []struct {
		base    rune
		letters string
	}{
		{'a', "àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"},
		{'e', "èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ"},
		{'i', "ìíỉĩịÌÍỈĨỊ"},
		{'o', "òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"},
		{'u', "ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ"},
		{'y', "ỳýỷỹỵỲÝỶỸỴ"},
	} {
		for _, r := range group.letters {
			m[r] = group.base
		}
	}
	return m
}()

// MergeDocRefs returns one reference per document, in order of first
// mention. Repeated mentions merge, the first written date winning; a
// mention with another date is another document (numbers restart every
// year). A bare number ("Kế hoạch 115", "Nghị định 168") merges into a
// mention of the same number and type that has a symbol or a year
// ("115-KH/QU", "Nghị định 168/2024").
func MergeDocRefs(refs []DocRef) []DocRef {
	var out []DocRef
	for _, r := range refs {
		if !r.Bare {
			out = mergeInto(out, r, func(o DocRef) bool { return !o.Bare && o.Canonical() == r.Canonical() })
		}
	}
	for _, r := range refs {
		if r.Bare {
			out = mergeInto(out, r, func(o DocRef) bool { return sameBareDoc(o, r) })
		}
	}
	sortRefs(out)
	return out
}

// mergeInto merges r into the first reference of out that same accepts and
// whose date does not contradict r's, or appends it.
func mergeInto(out []DocRef, r DocRef, same func(DocRef) bool) []DocRef {
	for i, o := range out {
		if !same(o) || (!o.Date.IsZero() && !r.Date.IsZero() && o.Date != r.Date) {
			continue
		}
		if o.Date.IsZero() {
			out[i].Date = r.Date
		}
		if r.Start < o.Start {
			out[i].Start, out[i].End = r.Start, r.End
		}
		if o.Bare && r.Bare && o.Year == 0 && r.Year != 0 {
			out[i].DocNumber, out[i].Kind = r.DocNumber, r.Kind
		}
		return out
	}
	return append(out, r)
}

// sameBareDoc reports whether bare reference b names the document o.
func sameBareDoc(o, b DocRef) bool {
	if o.Number != b.Number || codeKey(o.Type) != codeKey(b.Type) {
		return false
	}
	return b.Year == 0 || o.Year == 0 || o.Year == b.Year
}
