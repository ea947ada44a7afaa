package vn

import "regexp"

// findAllInPieces is re.FindAllStringSubmatchIndex(s, -1) for a pattern
// whose matches hold only the ASCII bytes of keep (and any non-ASCII
// byte), with no assertion but a leading \b. It runs the pattern on each
// piece of s between the other ASCII bytes for which worth, a condition
// every match meets, holds.
//
// Why: a pattern that opens with a figure or an alternation has no literal
// prefix to skip to, so Go's regexp steps its slowest matcher through all
// of a long text; on the pieces it uses the backtracker, and most pieces
// (a clause without a figure) are skipped by a byte search.
//
// The matches are the same: none can span a byte outside keep, so
// leftmost-first matching finds the same ones in the piece that holds
// them; a piece starts after a byte that is not a word character (keep
// must hold all of [0-9A-Za-z_]), so \b reads its start as it reads s.
func findAllInPieces(re *regexp.Regexp, s, keep string, worth func(string) bool) [][]int {
	var in [256]bool
	for i := 0; i < len(keep); i++ {
		in[keep[i]] = true
	}
	for b := 0x80; b < 0x100; b++ {
		in[b] = true
	}
	var out [][]int
	for start := 0; start < len(s); {
		end := start
		for end < len(s) && in[s[end]] {
			end++
		}
		if piece := s[start:end]; worth(piece) {
			for _, m := range re.FindAllStringSubmatchIndex(piece, -1) {
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

// wordBytes are the bytes \b reads as word characters.
const wordBytes = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"
