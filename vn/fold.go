package vn

import (
	"strings"
	"unicode"

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
	return norm.NFC.String(s)
}
