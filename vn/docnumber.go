package vn

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DocStyle tells state documents (NĐ 30/2020/NĐ-CP) from party documents
// (HD 36-HD/VPTW); they are numbered and written differently.
type DocStyle string

// Document styles.
const (
	StyleState DocStyle = "state" // 245/KH-UBND, 09/2019/NĐ-CP, 9061/VPCP-CN
	StyleParty DocStyle = "party" // 115-KH/QU, 66-QĐ/TW
)

// DocNumber is a document's number and symbol (số, ký hiệu) split into parts.
// See docs/DOMAIN.md §5 for the grammar.
type DocNumber struct {
	Raw    string   // the input, trimmed and in NFC
	Style  DocStyle // state or party
	Number string   // the number as written, leading zeros kept ("09")
	Year   int      // the year written inside the symbol (09/2019/NĐ-CP → 2019), else 0
	Type   string   // type code as written ("KH", "NĐ", "QĐ"); "" for a công văn or a law
	Issuer string   // issuing body's code ("UBND", "CP", "VPCP", "QU"); TƯ is normalised to TU
	Unit   string   // drafting unit of a công văn ("CN" in 9061/VPCP-CN), else ""
}

// Canonical renders n in normalised form: "245/KH-UBND", "09/2019/NĐ-CP",
// "9061/VPCP-CN", "115-KH/QU"; the zero DocNumber renders as "". Two spellings of the same number (stray spaces,
// a lost hyphen, "Số:" in front) have the same canonical form, so it is the
// key for matching references to documents.
func (n DocNumber) Canonical() string {
	if n.Number == "" {
		return ""
	}
	if n.Style == StyleParty {
		if n.Unit != "" {
			return n.Number + "-" + n.Type + "/" + n.Issuer + "-" + n.Unit
		}
		return n.Number + "-" + n.Type + "/" + n.Issuer
	}
	var b strings.Builder
	b.WriteString(n.Number)
	b.WriteByte('/')
	if n.Year != 0 {
		fmt.Fprintf(&b, "%04d/", n.Year)
	}
	sep := ""
	for _, part := range []string{n.Type, n.Issuer, n.Unit} {
		if part != "" {
			b.WriteString(sep)
			b.WriteString(part)
			sep = "-"
		}
	}
	return b.String()
}

// DocNumberError reports text that is not a document number.
type DocNumberError struct {
	Input  string // the text as given
	Reason string // what is wrong, in Vietnamese
}

func (e *DocNumberError) Error() string {
	return fmt.Sprintf("số, ký hiệu %q không hợp lệ: %s; cần dạng 245/KH-UBND, 09/2019/NĐ-CP, 9061/VPCP-CN hoặc 115-KH/QU",
		e.Input, e.Reason)
}

// typeCodes are the document type codes: the state codes of NĐ 30/2020
// Appendix III, the legal normative ones (NĐ, TT, TTLT, L…), copies and
// consolidated texts, and the party codes of HD 36-HD/VPTW (KL, TT, CV…).
// Keys are codeKey forms so that matching ignores case and the stroke of Đ
// ("qd", "QD" and "QĐ" all match), because OCR and unaccented typing lose
// both.
var typeCodes = func() map[string]bool {
	m := make(map[string]bool, len(typeCodeList))
	for _, c := range typeCodeList {
		m[codeKey(c)] = true
	}
	return m
}()

// typeCodeList holds the type codes as written, for typeCodes and for the
// pattern that finds a party symbol whose hyphen was lost (refSymbolRe).
var typeCodeList = func() []string {
	return []string{
		// NĐ 30/2020, Appendix III.
		"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA",
		"BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB",
		// Copies and consolidated texts.
		"SY", "TrS", "SL", "VBHN",
		// Legal normative documents: nghị định, thông tư, liên tịch, lệnh, pháp lệnh.
		"NĐ", "TT", "TTLT", "NQLT", "L", "PL",
		// Party documents (HD 36-HD/VPTW) beyond the state codes.
		"KL", "CV",
	}
}()

// maxTypeCodeLen is the longest type code in runes, bounding the search for a
// type code glued to its issuer ("QĐUBND").
const maxTypeCodeLen = 4

func isTypeCode(s string) bool { return typeCodes[codeKey(s)] }

// codeKey is the comparison form of a code: lowercase, with đ read as d. It
// is narrower than Fold on purpose: codes are plain capitals plus Đ, so any
// other mark means the text is not a code.
func codeKey(s string) string { return strings.ToLower(strokeReplacer.Replace(s)) }

var strokeReplacer = strings.NewReplacer("Đ", "D", "đ", "d")

// hornReplacer undoes the OCR and typing slip that turns TU (Tỉnh ủy) into
// TƯ. Party issuer codes are built from initials, where Ư never occurs.
var hornReplacer = strings.NewReplacer("Ư", "U", "ư", "u")

// docPrefixRe matches the "Số:" label in front of a number, with or without
// diacritics, colon or space.
var docPrefixRe = regexp.MustCompile(`^(?i:số|so)\s*[:.]?\s*`)

// dashReplacer maps the dashes word processors substitute for a hyphen.
var dashReplacer = strings.NewReplacer("‐", "-", "‑", "-", "‒", "-", "–", "-", "—", "-", "−", "-")

// ParseDocNumber parses one document number and symbol as written in real
// text: "245/KH-UBND", "09/2019/NĐ-CP", "9061/VPCP-CN", "115-KH/QU",
// "445-KL/TƯ", "Số: 245/KH-UBND", "6882 /UBND-NC2", "141/KH- UBND",
// "1961/QĐUBND" (hyphen lost). A hyphen right after the number means party
// style; otherwise the symbol is TYPE-ISSUER when its first part is a known
// type code and ISSUER-UNIT (a công văn) when it is not. Errors are
// *DocNumberError.
func ParseDocNumber(s string) (DocNumber, error) {
	raw := NFC(strings.TrimSpace(s))
	var fail failFunc = func(reason string) (DocNumber, error) {
		return DocNumber{}, &DocNumberError{Input: s, Reason: reason}
	}
	if raw == "" {
		return fail("chuỗi rỗng")
	}
	if !utf8.ValidString(raw) {
		return fail("không phải văn bản UTF-8 hợp lệ")
	}

	body := raw[len(docPrefixRe.FindString(raw)):]
	body = strings.TrimRight(body, ".,;")
	body = dashReplacer.Replace(body)
	// Stray spaces around the separators are common ("6882 /UBND-NC2",
	// "141/KH- UBND"); a symbol never contains a meaningful space.
	// Joining can bring a mark next to a letter, so normalise again.
	body = NFC(strings.Join(strings.Fields(body), ""))

	digits := 0
	for digits < len(body) && body[digits] >= '0' && body[digits] <= '9' {
		digits++
	}
	if digits == 0 {
		return fail("thiếu số văn bản (phải là chữ số)")
	}
	const maxNumberDigits = 7
	if digits > maxNumberDigits {
		return fail("số văn bản quá dài")
	}
	// A number inserted between two others carries a letter: "168a/QĐ-UBND".
	if digits+1 < len(body) && body[digits] >= 'a' && body[digits] <= 'z' && strings.ContainsRune("/-", rune(body[digits+1])) {
		digits++
	}
	n := DocNumber{Raw: raw, Number: body[:digits]}
	rest := body[digits:]

	switch {
	case lostPartyHyphen(rest):
		// "298 KH/TWĐTN": a type code before the slash is a party symbol.
		return parsePartySymbol(n, rest, fail)
	case strings.HasPrefix(rest, "-"):
		return parsePartySymbol(n, rest[1:], fail)
	case strings.HasPrefix(rest, "/"):
		return parseStateSymbol(n, rest[1:], fail)
	case rest == "":
		return fail("thiếu ký hiệu sau số văn bản")
	default:
		return fail("sau số văn bản phải là dấu / (văn bản hành chính) hoặc dấu - (văn bản của Đảng)")
	}
}

// lostPartyHyphen reports a party symbol written without the hyphen after
// its number ("298 KH/TWĐTN" once its spaces are dropped: "KH/TWĐTN"): a type
// code of two or more runes right before the slash.
func lostPartyHyphen(rest string) bool {
	typ, _, ok := strings.Cut(rest, "/")
	return ok && utf8.RuneCountInString(typ) >= 2 && isTypeCode(typ)
}

// failFunc returns a *DocNumberError for the input being parsed.
type failFunc func(reason string) (DocNumber, error)

// parsePartySymbol parses "TYPE/ISSUER", the part after "115-". A party
// symbol may end with the drafting department after a hyphen, as a công
// văn does ("246-KH/TĐTN-TCKT": Thành đoàn's plan drafted by its Ban Tổ
// chức - Kiểm tra): the issuer is the part before it, the unit the rest.
func parsePartySymbol(n DocNumber, sym string, fail failFunc) (DocNumber, error) {
	typ, issuer, ok := strings.Cut(sym, "/")
	if !ok {
		return fail("văn bản của Đảng cần dạng SỐ-LOẠI/CƠ QUAN")
	}
	if !isTypeCode(typ) {
		return fail(fmt.Sprintf("%q không phải mã loại văn bản", typ))
	}
	if err := checkCodes(typ); err != "" {
		return fail(err)
	}
	issuer = hornReplacer.Replace(issuer)
	if err := checkCodes(issuer); err != "" {
		return fail(err)
	}
	issuer, unit, _ := strings.Cut(issuer, "-")
	n.Style, n.Type, n.Issuer, n.Unit = StyleParty, typ, issuer, unit
	return n, nil
}

// parseStateSymbol parses what follows "245/": an optional year, then
// TYPE-ISSUER[-UNIT], ISSUER-UNIT (công văn) or a lone ISSUER after a year
// (laws: 45/2019/QH14).
func parseStateSymbol(n DocNumber, sym string, fail failFunc) (DocNumber, error) {
	n.Style = StyleState
	// A full stop typed for the hyphen between two codes ("136/2001/QĐ.TTg").
	sym = strings.ReplaceAll(sym, ".", "-")
	if head, tail, ok := strings.Cut(sym, "/"); ok {
		y, isNum := atoiDigits(head)
		if !isNum || len(head) != 4 || y == 0 {
			return fail(fmt.Sprintf("phần %q giữa hai dấu / phải là năm ban hành gồm 4 chữ số", head))
		}
		n.Year, sym = y, tail
	} else if y, tail, ok := yearGluedToType(sym); ok {
		n.Year, sym = y, tail
	}
	if sym == "" {
		return fail("thiếu ký hiệu sau số văn bản")
	}
	if err := checkCodes(sym); err != "" {
		return fail(err)
	}

	parts := strings.Split(sym, "-")
	switch {
	case len(parts) > 1 && isTypeCode(parts[0]):
		n.Type, n.Issuer, n.Unit = parts[0], parts[1], strings.Join(parts[2:], "-")
	case len(parts) > 1:
		n.Issuer, n.Unit = parts[0], strings.Join(parts[1:], "-")
	case isTypeCode(sym):
		return fail("thiếu cơ quan ban hành sau mã loại văn bản")
	default:
		if typ, issuer, ok := splitGluedType(sym); ok {
			n.Type, n.Issuer = typ, issuer
		} else if n.Year != 0 {
			// A law carries only its issuer and term: 45/2019/QH14.
			n.Issuer = sym
		} else if loneIssuerCode(sym) {
			// A công văn whose drafting unit was left off: 498/UBND.
			// FindDocRefs takes it only after "số".
			n.Issuer = sym
		} else {
			return fail("ký hiệu cần dạng LOẠI-CƠ QUAN (KH-UBND) hoặc CƠ QUAN-ĐƠN VỊ (VPCP-CN)")
		}
	}
	return n, nil
}

// yearGluedToType splits a year whose slash was lost, or typed as a space
// ParseDocNumber has dropped, off the type code after it ("2013TT-BGDĐT" →
// 2013, "TT-BGDĐT"). Only a type code and its hyphen vouch for the year:
// "12/2019 UBND tỉnh" is a month and a phrase, not a law's symbol.
func yearGluedToType(sym string) (int, string, bool) {
	if len(sym) < 5 {
		return 0, "", false
	}
	y, isNum := atoiDigits(sym[:4])
	typ, _, hyphen := strings.Cut(sym[4:], "-")
	if !isNum || y == 0 || !hyphen || !isTypeCode(typ) {
		return 0, "", false
	}
	return y, sym[4:], true
}

// loneIssuerCode reports an issuer code that may stand alone after the
// number: two or more letters, no lowercase one (UBND, SKHĐT, but not TTg
// or a single letter).
func loneIssuerCode(sym string) bool {
	letters := 0
	for _, r := range sym {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// splitGluedType splits a type code off the front of a symbol whose hyphen
// was lost in PDF-to-text conversion ("QĐUBND" → "QĐ", "UBND"), preferring
// the longest code ("CTrUBND" → "CTr", "UBND"). Single-letter codes and
// remainders shorter than two runes are not split, so issuers such as
// "LĐTBXH" or "QH15" stay whole.
func splitGluedType(sym string) (typ, issuer string, ok bool) {
	runes := []rune(sym)
	for k := min(maxTypeCodeLen, len(runes)-2); k >= 2; k-- {
		head, tail := string(runes[:k]), runes[k:]
		if isTypeCode(head) && unicode.IsLetter(tail[0]) {
			return head, string(tail), true
		}
	}
	return "", "", false
}

// checkCodes validates a run of hyphen-separated codes: each non-empty, made
// of letters, digits and "&" (CCHC&VTLT), starting with a letter. It returns a
// reason in Vietnamese, or "" when the codes are well formed.
func checkCodes(sym string) string {
	for _, part := range strings.Split(sym, "-") {
		if part == "" {
			return "ký hiệu có phần rỗng (thừa hoặc thiếu dấu -)"
		}
		first, _ := utf8.DecodeRuneInString(part)
		if !unicode.IsLetter(first) {
			return fmt.Sprintf("phần ký hiệu %q phải bắt đầu bằng chữ cái", part)
		}
		for _, r := range part {
			if !unicode.IsLetter(r) && !isASCIIDigit(r) && r != '&' {
				return fmt.Sprintf("ký tự %s không được phép trong ký hiệu", strconv.QuoteRune(r))
			}
		}
	}
	return ""
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }
