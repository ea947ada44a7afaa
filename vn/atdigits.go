package vn

import (
	"regexp"
	"regexp/syntax"
	"unicode/utf8"
)

// figureMatcher finds the matches of a pattern that opens with \b and a
// figure ("\b(?:\d{1,2} ?[/.-] ?\d{1,2}|…)") and whose matches are short:
// it tries the pattern, anchored, only where a figure starts a word, on the
// few bytes a match can span. Go's regexp has no literal to skip to in such
// a pattern and steps through every byte of the text; dates are looked for
// in every clause, several times.
//
// The matches are the same as re.FindAllStringIndex's: a match starts where
// \b holds before a figure, which is where the anchored pattern is tried;
// at each such start the anchored pattern prefers the same match; the
// window holds the longest match and one byte more, which is all a \b at
// its end reads. A pattern this does not hold for (checked on its syntax)
// runs whole.
type figureMatcher struct {
	re       *regexp.Regexp
	anchored *regexp.Regexp // nil: run re on the whole text
	maxLen   int
}

func newFigureMatcher(re *regexp.Regexp) figureMatcher {
	m := figureMatcher{re: re}
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return m
	}
	parsed = parsed.Simplify()
	if n := maxMatchLen(parsed); n >= 0 && opensWithBoundaryAndFigure(parsed) && onlyWordBoundaries(parsed) {
		m.anchored = regexp.MustCompile(`^(?:` + re.String() + `)`)
		m.maxLen = n
	}
	return m
}

// findAll is m.re.FindAllStringIndex(s, -1).
func (m figureMatcher) findAll(s string) [][]int {
	if m.anchored == nil {
		return m.re.FindAllStringIndex(s, -1)
	}
	var out [][]int
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		loc := m.anchored.FindStringIndex(s[i:min(len(s), i+m.maxLen+1)])
		if loc == nil {
			continue
		}
		out = append(out, []int{i, i + loc[1]})
		i += loc[1] - 1 // on after the match, as FindAll goes on
	}
	return out
}

func isWordByte(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
}

// maxMatchLen returns the most bytes a match of re can span, or -1 when
// that is unbounded.
func maxMatchLen(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return 0
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				n += utf8.UTFMax // a case variant may be longer
			} else {
				n += utf8.RuneLen(r)
			}
		}
		return n
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax
	case syntax.OpCapture:
		return maxMatchLen(re.Sub[0])
	case syntax.OpQuest:
		return maxMatchLen(re.Sub[0])
	case syntax.OpRepeat:
		n := maxMatchLen(re.Sub[0])
		if n < 0 || re.Max < 0 {
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n := maxMatchLen(sub)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return -1 // star, plus
}

// opensWithBoundaryAndFigure reports a pattern every match of which is \b
// followed by a figure.
func opensWithBoundaryAndFigure(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	return re.Op == syntax.OpConcat && len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpWordBoundary &&
		opensWithFigure(re.Sub[1])
}

// opensWithFigure reports a pattern every match of which starts with an
// ASCII digit.
func opensWithFigure(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return opensWithFigure(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min >= 1 && opensWithFigure(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && opensWithFigure(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !opensWithFigure(sub) {
				return false
			}
		}
		return len(re.Sub) > 0
	case syntax.OpLiteral:
		return len(re.Rune) > 0 && re.Rune[0] >= '0' && re.Rune[0] <= '9'
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			if re.Rune[i] < '0' || re.Rune[i+1] > '9' {
				return false
			}
		}
		return len(re.Rune) > 0
	}
	return false
}

// onlyWordBoundaries reports a pattern whose only assertions are \b: the
// start or end of a window is not the start or end of the text.
func onlyWordBoundaries(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return false
	}
	for _, sub := range re.Sub {
		if !onlyWordBoundaries(sub) {
			return false
		}
	}
	return true
}
