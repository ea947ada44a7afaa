package vn

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// A pieceFinder finds what the pattern finds in the whole text.
func TestPieceFinder(t *testing.T) {
	texts := []string{
		"Thực hiện Kế hoạch số 245/KH-UBND ngày 20/12/2019; Công văn 6882 /UBND-NC2, (09/2019/NĐ-CP).",
		"vbdi_587_KH-UBND; 1.200/UBND; 20/20 - Ban; 115-KH/QU: 141/KH- UBND\nSố: 9061/VPCP-CN",
		"168a/QĐ-UBND; 298 KH/TWĐTN, 473/TTr -\nNN&PTNT; 12 Sở; 3b -X; 5 ĐA/UBND; 7 TTr/-\nA; 819/NQ – UVBTVQH 14; 1/KH — ABQH 99x; 2/TT - X",
		"12345678/UBND, Quyết định 1234567/QĐ-UBND và 12/TTr.UBND, 4/Đ&B-X, 12 -KH 3 /UBND 4  /X 5/ 2024 /QĐ",
		"",
		"không có số nào cả, chỉ có chữ; và dấu: chấm.",
		"ke hoach so 245, nghi dinh 168/2024; cong van so: 4828 (bao cao 6 thang), _ke hoach 12 xke hoach 3",
		"luat 12, van ban so:7 quy dinh  so 8, thong tu so :  9, to trinh so12, chi thi 1234567890",
	}
	patterns := []struct {
		p     pieceFinder
		worth func(string) bool
	}{
		{refSymbolPieces, numberThenSeparator},
		{kindPieces, kindThenNumber},
		{newPieceFinder(regexp.MustCompile(`(?i)\bso (\d+)[.;]`)), func(string) bool { return true }},
	}
	for _, c := range patterns {
		if c.p.in == nil {
			t.Errorf("%s runs whole", c.p.re)
		}
		for _, s := range texts {
			for _, s := range []string{s, Fold(s)} {
				want := c.p.re.FindAllStringSubmatchIndex(s, -1)
				if got := c.p.findAll(s, c.worth); !reflect.DeepEqual(got, want) {
					t.Errorf("%s in %q: %v, the whole text gives %v", c.p.re, s, got, want)
				}
			}
		}
	}
	// The bytes a piece is made of: the pattern's, the word characters
	// and all that are not ASCII; the case folding of "s" (ſ) is not ASCII.
	if in := newPieceFinder(regexp.MustCompile(`(?i)so (\d+)[.;]`)).in; in == nil || !in['.'] || !in[';'] || !in[' '] || in[','] || in[':'] {
		t.Errorf("(?i)so (\\d+)[.;]: wrong bytes")
	}
	for _, src := range []string{`a.b`, `^\d+/`, `\d+$`, `\B\d`} {
		if newPieceFinder(regexp.MustCompile(src)).in != nil {
			t.Errorf("%s is run on pieces", src)
		}
	}
}

func FuzzPieceFinder(f *testing.F) {
	f.Add("Kế hoạch số 245/KH-UBND; ke hoach so 245, nghi dinh 168/2024")
	f.Add("168a/QĐ-UBND; 298 KH/TWĐTN, 473/TTr -\nNN&PTNT; 12 Sở; 3b -X; 5 ĐA/UBND")
	f.Fuzz(func(t *testing.T, s string) {
		for _, s := range []string{s, Fold(s)} {
			if got, want := refSymbolPieces.findAll(s, numberThenSeparator), refSymbolRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("refSymbolRe in %q: %v, the whole text gives %v", s, got, want)
			}
			if got, want := kindPieces.findAll(s, kindThenNumber), kindRe.FindAllStringSubmatchIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Fatalf("kindRe in %q: %v, the whole text gives %v", s, got, want)
			}
		}
	})
}

// kindThenNumber looks for the kind words of kindRe in kindCodes: each must
// be there.
func TestKindCodesHoldKindRe(t *testing.T) {
	src := kindRe.String()
	words := src[strings.Index(src, "(")+1 : strings.Index(src, ")")]
	for _, w := range strings.Split(words, "|") {
		if _, ok := kindCodes[w]; !ok {
			t.Errorf("kindRe's %q is not in kindCodes", w)
		}
	}
}

// foldMapRuneByRune is foldMap without its ASCII shortcut.
func foldMapRuneByRune(s string) (string, []int) {
	var b strings.Builder
	off := make([]int, 0, len(s)+1)
	for i, r := range s {
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

func FuzzFoldMap(f *testing.F) {
	var ascii []byte
	for c := 0; c < utf8.RuneSelf; c++ {
		ascii = append(ascii, byte(c))
	}
	for _, s := range []string{string(ascii), "Kế hoạch số 245/KH-UBND\tngày\r\n20/12\u00a0", "a\xffĐ\u0085b", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gotF, gotOff := foldMap(s)
		wantF, wantOff := foldMapRuneByRune(s)
		if gotF != wantF || !reflect.DeepEqual(gotOff, wantOff) {
			t.Fatalf("foldMap(%q) = %q %v, rune by rune %q %v", s, gotF, gotOff, wantF, wantOff)
		}
	})
}
