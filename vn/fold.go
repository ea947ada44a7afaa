package vn

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold lowercases s, removes all diacritics, maps đ/Đ to d, collapses every
// run of whitespace to one space and trims the ends. Searching compares folded
// text so that "pho hue", "Phố Huế" and "PHỐ HUẾ" all find each other, since
// users often type without tone marks.
//
// Input may be in any normalisation form (NFD text from macOS or PDF
// extraction folds the same as NFC). Invalid UTF-8 bytes become U+FFFD.
func Fold(s string) string {
	// Text is almost all ASCII and Vietnamese letters: fold those rune by
	// rune from a table (foldLatin, made by foldSlow itself), and leave
	// anything else to the general path. The table spares the
	// decomposition's allocations and tables, most of folding's cost when
	// a task's search text is written.
	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	invalidEnd := -1 // offset after the last invalid byte
	for i, r := range s {
		var f string
		switch {
		case r < 0x80:
			switch {
			case r == ' ' || r >= '\t' && r <= '\r':
				pendingSpace = b.Len() > 0
				continue
			case r >= 'A' && r <= 'Z':
				r += 'a' - 'A'
			}
			if pendingSpace {
				b.WriteByte(' ')
				pendingSpace = false
			}
			b.WriteByte(byte(r))
			continue
		case r >= 0x300 && r < 0x370: // combining diacritical marks, all Mn
			continue
		case r == 0x85 || r == 0xA0: // the spaces of Latin-1
			pendingSpace = b.Len() > 0
			continue
		case r < latinEnd:
			f = foldLatin[r]
		case r >= extendedStart && r < extendedEnd:
			f = foldLatin[latinEnd+r-extendedStart]
		case unicode.IsSpace(r): // "\u2003", "\u3000"
			pendingSpace = b.Len() > 0
			continue
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			// A run of invalid bytes is one U+FFFD, as strings.ToValidUTF8
			// makes it for the general path.
			if i == invalidEnd {
				invalidEnd = i + 1
				continue
			}
			invalidEnd = i + 1
			f = "\uFFFD"
		case unicode.In(r, unicode.M):
			// A mark may reorder with the marks around it: the general
			// path decides.
			return foldSlow(s)
		default:
			// Any other rune ("–", "“", "…", "№") folds on its own like the
			// table's: a text with a dash need not take the general path
			// whole, which was a tenth of the time on a long text.
			f = foldOther(r)
		}
		if f == "" {
			continue
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteString(f)
	}
	return b.String()
}

// The runes foldLatin holds: Basic Latin to Latin Extended-B, and Latin
// Extended Additional (the Vietnamese letters with two marks: ệ, ố).
const (
	latinEnd      = 0x250
	extendedStart = 0x1E00
	extendedEnd   = 0x1F00
)

// foldLatin is foldSlow of each rune of those ranges alone, indexed by the
// rune (the second range after the first). Folding is rune by rune there:
// lowercasing and decomposition map each rune on its own, and the marks
// they leave are dropped.
var foldLatin = func() []string {
	t := make([]string, latinEnd+extendedEnd-extendedStart)
	for r := rune(0); r < latinEnd; r++ {
		t[r] = foldSlow(string(r))
	}
	for r := rune(extendedStart); r < extendedEnd; r++ {
		t[latinEnd+r-extendedStart] = foldSlow(string(r))
	}
	return t
}()

// foldOther is foldSlow of a rune outside foldLatin: from a table for
// General Punctuation (dashes, quotes, "…"), the commonest such runes in
// Vietnamese texts, else computed.
func foldOther(r rune) string {
	if r >= punctStart && r < punctEnd {
		return foldPunct[r-punctStart]
	}
	return foldSlow(string(r))
}

// General Punctuation, U+2000 to U+206F.
const (
	punctStart = 0x2000
	punctEnd   = 0x2070
)

var foldPunct = func() []string {
	t := make([]string, punctEnd-punctStart)
	for r := rune(punctStart); r < punctEnd; r++ {
		t[r-punctStart] = foldSlow(string(r))
	}
	return t
}()

// foldSlow is Fold for any text.
func foldSlow(s string) string {
	// Lowercase before decomposing so that a capital whose lowercase form
	// carries marks (Ố → ố) is decomposed too; decomposition never changes
	// case, so after this pass only the marks need to go.
	s = norm.NFD.String(strings.ToLower(strings.ToValidUTF8(s, "\uFFFD")))

	var b strings.Builder
	b.Grow(len(s))
	pendingSpace := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			pendingSpace = b.Len() > 0
			continue
		case r == 'đ' || r == 'Đ':
			// đ is a letter of its own, not d plus a mark, so NFD keeps it.
			r = 'd'
		}
		if pendingSpace {
			b.WriteByte(' ')
			pendingSpace = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// FoldTokens returns the words of Fold(s), splitting on every rune that is not
// a letter or a digit. Search queries are built from these tokens so that
// punctuation and operators typed by a user never reach the query language.
func FoldTokens(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// NFC returns s in Unicode normalisation form C. All stored text is NFC so that
// equal-looking Vietnamese strings compare equal byte for byte; text pasted
// from PDFs or macOS often arrives decomposed (NFD).
func NFC(s string) string {
	if nfcInert(s) {
		return s // what norm.NFC.String returns, for less than its cost
	}
	return norm.NFC.String(s)
}

// nfcInert reports a text made only of runes that are in NFC whatever
// surrounds them: each is its own normal form, has combining class 0 and
// combines with nothing before it (ASCII, the precomposed Vietnamese
// letters, most punctuation and symbols). Such a text is in NFC. Most
// Vietnamese text is, and the extractor normalises each clause several
// times.
func nfcInert(s string) bool {
	var inert *[1 << 10]uint64
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if inert == nil {
			inert = inertBMP()
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if n == 1 {
			i++ // an invalid byte, which the normaliser leaves as it is
			continue
		}
		if r > 0xFFFF || inert[r>>6]&(1<<(r&63)) == 0 {
			return false
		}
		i += n
	}
	return true
}

// inertBMP is the set of runes of the Basic Multilingual Plane that
// nfcInert accepts, as a bitmap, made on first use (a few milliseconds).
var inertBMP = sync.OnceValue(func() *[1 << 10]uint64 {
	var set [1 << 10]uint64
	for r := rune(0); r <= 0xFFFF; r++ {
		s := string(r)
		if p := norm.NFC.PropertiesString(s); p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s) {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	return &set
})
