package vn

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// literalFilter is a pattern with the strings one of which every match of
// it contains, read from its syntax: FindDeadline runs its patterns on
// every clause, several times, and a byte search that finds none of them
// spares running one. Read from the pattern itself, they stay right when
// the pattern changes.
type literalFilter struct {
	re   *regexp.Regexp
	need []string // nil: no such strings, run the pattern
}

func newLiteralFilter(re *regexp.Regexp) literalFilter {
	parsed, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return literalFilter{re: re}
	}
	need, ok := required(parsed.Simplify())
	if !ok {
		return literalFilter{re: re}
	}
	return literalFilter{re: re, need: minimalStrings(need)}
}

// minimalStrings drops the strings that contain another of need: a text
// that holds one holds the other.
func minimalStrings(need []string) []string {
	var out []string
	for i, s := range need {
		redundant := false
		for j, x := range need {
			if j != i && strings.Contains(s, x) && (len(x) < len(s) || j < i) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}

// mayMatch reports whether s contains one of the strings every match holds.
func (l literalFilter) mayMatch(s string) bool {
	if l.need == nil {
		return true
	}
	for _, w := range l.need {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func (l literalFilter) findAll(s string) [][]int {
	if !l.mayMatch(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, -1)
}

func (l literalFilter) find(s string) []int {
	if !l.mayMatch(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}

// maxExact bounds the strings a part of a pattern is spelled out into.
const maxExact = 64

// exact returns every string re matches, when they are few and re has no
// case folding.
func exact(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return []string{""}, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxExact {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0
	case syntax.OpCapture:
		return exact(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := exact(re.Sub[0])
		if !ok || len(sub) == maxExact {
			return nil, false
		}
		return append([]string{""}, sub...), true
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := exact(sub)
			if !ok || len(out)+len(s) > maxExact {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		out := []string{""}
		for _, sub := range re.Sub {
			s, ok := exact(sub)
			if !ok {
				return nil, false
			}
			if out = product(out, s); out == nil {
				return nil, false
			}
		}
		return out, true
	}
	return nil, false
}

// product joins each of a with each of b, or is nil when they are too many.
func product(a, b []string) []string {
	if len(a)*len(b) > maxExact {
		return nil
	}
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

// required returns strings one of which every match of re contains, none
// empty, or false when it finds none.
func required(re *syntax.Regexp) ([]string, bool) {
	if s, ok := exact(re); ok && shortest(s) > 0 {
		return s, true
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s, ok := required(sub)
			if !ok {
				return nil, false
			}
			out = append(out, s...)
		}
		return out, true
	case syntax.OpConcat:
		// Any part a match must hold will do: the runs of parts spelled
		// out whole, or what a part requires; the one whose shortest
		// string is longest is the most telling.
		var best []string
		consider := func(s []string) {
			if shortest(s) > shortest(best) {
				best = s
			}
		}
		run := []string{""}
		for _, sub := range re.Sub {
			if s, ok := exact(sub); ok {
				if p := product(run, s); p != nil {
					run = p
					continue
				}
				consider(run)
				run = s
				continue
			}
			consider(run)
			run = []string{""}
			if s, ok := required(sub); ok {
				consider(s)
			}
		}
		consider(run)
		return best, best != nil
	}
	return nil, false
}

// shortest returns the length of the shortest of s, 0 for none.
func shortest(s []string) int {
	if len(s) == 0 {
		return 0
	}
	n := len(s[0])
	for _, x := range s[1:] {
		n = min(n, len(x))
	}
	return n
}
