package vn

import (
	"regexp"
	"regexp/syntax"
	"unicode"
)

// pieceFinder runs a pattern on the pieces of a text that can hold its
// matches: the runs between ASCII bytes that no match holds, read from
// the pattern's syntax (plus the word characters, for \b).
//
// Why: a pattern that opens with a figure or an alternation has no literal
// prefix to skip to, so Go's regexp steps its slowest matcher through all
// of a long text; on the pieces it uses the backtracker, and most pieces
// (a clause without a figure) are skipped by a byte search.
//
// The matches are the same: none can span a byte outside the pieces, so
// leftmost-first matching finds the same ones in the piece that holds
// them; a piece starts and ends beside a byte that is not a word
// character, so \b reads its edges as it reads the text. A pattern with
// another assertion, or one that matches any character, runs whole.
type pieceFinder struct {
	re *regexp.Regexp
	in *[256]bool // the bytes a piece is made of; nil: run the pattern whole
}

func newPieceFinder(re *regexp.Regexp) pieceFinder {
	p := pieceFinder{re: re}
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil || !onlyWordBoundaries(parsed) {
		return p
	}
	var in [256]bool
	if !asciiAlphabet(parsed, &in) {
		return p
	}
	for i := 0; i < len(wordBytes); i++ {
		in[wordBytes[i]] = true
	}
	for b := 0x80; b < 0x100; b++ {
		in[b] = true
	}
	p.in = &in
	return p
}

// findAll is p.re.FindAllStringSubmatchIndex(s, -1), on the pieces of s
// for which worth, a condition every match meets, holds.
func (p pieceFinder) findAll(s string, worth func(string) bool) [][]int {
	if p.in == nil {
		return p.re.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && p.in[s[end]] {
			end++
		}
		if piece := s[start:end]; worth(piece) {
			for _, m := range p.re.FindAllStringSubmatchIndex(piece, -1) {
				for k := range m {
					if m[k] >= 0 {
						m[k] += start
					}
				}
				out = append(out, m)
			}
		}
		start = end + 1
	}
	return out
}

// asciiAlphabet marks in the ASCII bytes a match of re may hold; false
// when it may hold any.
func asciiAlphabet(re *syntax.Regexp, in *[256]bool) bool {
	switch re.Op {
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return false
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			for c := r; ; {
				if c < 0x80 {
					in[c] = true
				}
				if re.Flags&syntax.FoldCase == 0 {
					break
				}
				if c = unicode.SimpleFold(c); c == r {
					break
				}
			}
		}
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1] && c < 0x80; c++ {
				in[c] = true
			}
		}
	}
	for _, sub := range re.Sub {
		if !asciiAlphabet(sub, in) {
			return false
		}
	}
	return true
}

// wordBytes are the bytes \b reads as word characters.
const wordBytes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
