package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"tiendo/vn"
)

// word is a token of a clause: a run of letters and digits (with the "&" of
// "VH&TT"), or one punctuation mark.
type word struct {
	raw        string // as written
	fold       string // lower(raw): diacritics kept, since "cần" is not "cán"
	start, end int    // byte span in the clause
	upper      bool   // starts with a capital letter
	punct      bool
}

// tokenize splits s into words and punctuation marks.
func tokenize(s string) []word {
	return firstTokens(s, len(s))
}

// tokenMemo holds the words of the last clauses one finder tokenized: the
// rules read a clause several times (to split its events, to find its
// task, its deadline), and tokenizing was a fifth of the time of a long
// text. It belongs to one finder, so one reading never waits for another.
// Texts longer than maxMemoLen are not kept.
type tokenMemo struct {
	next  int
	keys  [8]string
	words [8][]word
}

const maxMemoLen = 16 << 10

// tokenize is tokenize through the finder's memo. The words may be shared
// with other callers: read them, never change them.
func (m *tokenMemo) tokenize(s string) []word {
	if len(s) > maxMemoLen {
		return tokenize(s)
	}
	for k, key := range m.keys {
		if key == s && m.words[k] != nil {
			return m.words[k]
		}
	}
	ws := tokenize(s)
	ws = ws[:len(ws):len(ws)] // an append copies
	m.keys[m.next], m.words[m.next] = s, ws
	m.next = (m.next + 1) % len(m.keys)
	return ws
}

// firstTokens returns the first n tokens of s, or all of them when it has
// fewer: a rule that reads how a sentence opens need not split the rest,
// which on a text without line breaks can be a whole megabyte.
func firstTokens(s string, n int) []word {
	// A word and its space take about six bytes of Vietnamese text: room
	// for that many spares the repeated growing of the slice, which was a
	// fifth of the time on a long text.
	out := make([]word, 0, min(n, len(s)/6+1))
	for i := 0; len(out) < n; {
		w, next, ok := nextToken(s, i)
		if !ok {
			break
		}
		out = append(out, w)
		i = next
	}
	return out
}

// nextToken returns the token of s that starts at or after byte i and the
// offset after it; ok is false when only spaces are left.
func nextToken(s string, i int) (w word, next int, ok bool) {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			raw := s[i:j]
			return word{raw: raw, fold: lower(raw), start: i, end: j, upper: unicode.IsUpper(r)}, j, true
		default:
			return word{raw: s[i : i+n], fold: s[i : i+n], start: i, end: i + n, punct: true}, i + n, true
		}
	}
	return word{}, len(s), false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '&'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '&'
}

// phraseAt reports the length in words of the longest phrase of set that
// starts at words[i] (0 if none). Phrases are folded words joined by spaces;
// punctuation never matches.
func phraseAt(words []word, i int, set map[string]bool, maxLen int) int {
	best := 0
	// The phrase is built in a buffer on the stack: looking a map up with
	// string(bytes) does not allocate, and phraseAt runs at every word.
	var buf [128]byte
	b := buf[:0]
	for k := 0; k < maxLen && i+k < len(words); k++ {
		w := words[i+k]
		if w.punct {
			break
		}
		if k > 0 {
			b = append(b, ' ')
		}
		b = append(b, w.fold...)
		if set[string(b)] {
			best = k + 1
		}
	}
	return best
}

// endsWithPhrase reports whether ws ends with a phrase of the set, of at
// most maxLen words ("… Chủ tịch UBND tỉnh yêu cầu", "Giao Giám đốc").
func endsWithPhrase(ws []word, set map[string]bool, maxLen int) bool {
	for i := max(0, len(ws)-maxLen); i < len(ws); i++ {
		if k := phraseAt(ws, i, set, maxLen); k > 0 && i+k == len(ws) {
			return true
		}
	}
	return false
}

// set builds a lookup set of phrases in lower form.
func set(phrases ...string) map[string]bool {
	m := make(map[string]bool, len(phrases))
	for _, p := range phrases {
		m[lower(p)] = true
	}
	return m
}

// lower is the comparison form of words: NFC, lower case, and the new-style
// tone placement ("hoá" → "hóa", "uỷ" → "ủy"), since texts mix both.
// Diacritics are kept: folding would make "cán bộ" read as "cần", "số" as
// "sở" and "bị can" as a modal.
func lower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	lowerMu.RLock()
	l, ok := lowerCache[s]
	lowerMu.RUnlock()
	if ok {
		return l
	}
	l = newStyleTones(strings.ToLower(vn.NFC(s)))
	lowerMu.Lock()
	if len(lowerCache) < maxLowerCache {
		lowerCache[s] = l
	}
	lowerMu.Unlock()
	return l
}

// lowerCache holds the lower form of the non-ASCII words seen: Vietnamese
// has a few thousand syllables, so a long text lowers each once. It stops
// growing at maxLowerCache entries, whatever text it is fed. A map under a
// read lock is looked up faster than a sync.Map (lower runs at every word).
var (
	lowerMu    sync.RWMutex
	lowerCache = map[string]string{}
)

const maxLowerCache = 50000

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// newStyleTones moves the tone mark of an open syllable ending in "oa",
// "oe", "uy" to its last vowel ("hoá" → "hóa", "thuỷ" → "thủy"). A
// syllable that goes on with a consonant keeps it where it is: "hoạch",
// "khoảng", "hoàn" are written so in both styles.
func newStyleTones(s string) string {
	if !strings.ContainsAny(s, "ou") {
		return s
	}
	var b strings.Builder
	start := -1 // start of the syllable being read
	flush := func(end int) {
		syl := s[start:end]
		for _, pair := range tonePairs {
			if strings.HasSuffix(syl, pair[0]) && !strings.HasSuffix(syl, "q"+pair[0]) { // "quý" stays
				syl = syl[:len(syl)-len(pair[0])] + pair[1]
				break
			}
		}
		b.WriteString(syl)
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
		b.WriteRune(r)
	}
	if start >= 0 {
		flush(len(s))
	}
	return b.String()
}

// tonePairs are the old-style endings and their new-style spelling.
var tonePairs = func() [][2]string {
	var out [][2]string
	r := []string{
		"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
		"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
		"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy",
	}
	for k := 0; k < len(r); k += 2 {
		out = append(out, [2]string{r[k], r[k+1]})
	}
	return out
}()

// trimPunct trims spaces and the punctuation that may surround a phrase.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(",;:.-–—|/…", r)
	})
}

// capitalize upper-cases the first letter of s.
// uncapitalize gives src, which opens where sentence does, back the case
// its first letter had in raw: raw ends with sentence but for that
// letter's case (sentence was capitalize'd from raw's tail). A source
// quoted after its connective then reads as written ("Theo đó, các thành
// viên …").
func uncapitalize(raw, sentence, src string) string {
	r, n := utf8.DecodeRuneInString(sentence)
	if n == 0 || len(raw) < len(sentence) || !strings.HasPrefix(src, sentence[:n]) {
		return src
	}
	w, m := utf8.DecodeRuneInString(raw[len(raw)-len(sentence):])
	if m != n || unicode.ToUpper(w) != r {
		return src
	}
	return string(w) + src[n:]
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
