package vn

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"PHỐ HUẾ", "pho hue"},
		{"Phố Huế", "pho hue"},
		{"Đường", "duong"},
		{"đường Giải Phóng – Lê Duẩn", "duong giai phong – le duan"},
		{"Trương Định", "truong dinh"},
		{"Hai Bà Trưng", "hai ba trung"},
		{"Ủy ban nhân dân", "uy ban nhan dan"},
		{"ỦY BAN NHÂN DÂN", "uy ban nhan dan"},
		{"Quận ủy", "quan uy"},
		{"  Phòng\tVăn hóa\n\nvà  Thông tin  ", "phong van hoa va thong tin"},
		{"\u00a0Lê\u2003Đại\u3000Hành\u00a0", "le dai hanh"}, // no-break, em and ideographic spaces
		{norm.NFD.String("Đại Cồ Việt"), "dai co viet"},
		{"Tr\u01b0\u0323\u0300ng", "trung"}, // ư with marks in a non-canonical order
		{"245/KH-UBND", "245/kh-ubnd"},
		{"99,9%", "99,9%"},
		{"", ""},
		{"   ", ""},
		{"a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Phố Huế", []string{"pho", "hue"}},
		{"Kế hoạch số 245/KH-UBND", []string{"ke", "hoach", "so", "245", "kh", "ubnd"}},
		{`"Đại La" OR * -- ;DROP`, []string{"dai", "la", "or", "drop"}},
		{"Phòng Tài chính – Kế hoạch", []string{"phong", "tai", "chinh", "ke", "hoach"}},
		{"", nil},
		{"…", nil},
	}
	for _, tt := range tests {
		if got := FoldTokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("FoldTokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNFC(t *testing.T) {
	composed := "Nghị định"
	decomposed := norm.NFD.String(composed)
	if decomposed == composed {
		t.Fatal("test input is not decomposable")
	}
	if got := NFC(decomposed); got != composed {
		t.Errorf("NFC(NFD %q) = %q", composed, got)
	}
	if got := NFC(composed); got != composed {
		t.Errorf("NFC(%q) = %q, want unchanged", composed, got)
	}
}

// The runes nfcInert accepts are in NFC whatever surrounds them, and a
// text of them is left as it is.
func TestNFCInert(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		s := string(r)
		if !nfcInert(s) {
			continue
		}
		p := norm.NFC.PropertiesString(s)
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(s) {
			t.Errorf("%U is taken as inert: combining class %d, boundary before %v, normal %v",
				r, p.CCC(), p.BoundaryBefore(), norm.NFC.IsNormalString(s))
		}
	}
	// A text of inert runes is in NFC: each rune after every other, and
	// after some far away (Hangul jamo, Indic vowels), without a change.
	var inert []rune
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if nfcInert(string(r)) {
			inert = append(inert, r)
		}
	}
	for i, r := range inert {
		for _, q := range []rune{inert[(i+1)%len(inert)], inert[(i+len(inert)/3)%len(inert)], inert[(i*7919)%len(inert)]} {
			if s := string(r) + string(q); !norm.NFC.IsNormalString(s) {
				t.Errorf("%U %U are each inert but not in NFC together", r, q)
			}
		}
	}
	for _, s := range []string{"Phòng Tài chính – Kế hoạch “số 1”…", "a\xffb", "\u2000x", "Hoa\u0300", "ệ\u0323", "e\xcc\x81", "ệ\xe1\xbb", "\xff\u0301", ""} {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{
		"PHỐ HUẾ", "Đường", "đ Đ", norm.NFD.String("Trương Định, Lê Đại Hành"),
		"  a \t b\n", "Ǆ ǅ ǆ İ ß ẞ Ω K Å", "\u0301\u0301x", "a\xffb", "Phòng Tài chính – Kế hoạch",
		"ʼn ǰ ΐ", "\u1100\u1161", "ﬀ ﬁ", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, out)
		}
		if again := Fold(out); again != out {
			t.Fatalf("Fold is not idempotent: Fold(%q) = %q, Fold of that = %q", s, out, again)
		}
		if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
			t.Fatalf("Fold(%q) = %q has untrimmed or repeated spaces", s, out)
		}
		for _, r := range out {
			switch {
			case unicode.Is(unicode.Mn, r):
				t.Fatalf("Fold(%q) = %q keeps mark %U", s, out, r)
			case r == 'đ' || r == 'Đ':
				t.Fatalf("Fold(%q) = %q keeps đ", s, out)
			case unicode.IsSpace(r) && r != ' ':
				t.Fatalf("Fold(%q) = %q keeps whitespace %U", s, out, r)
			case unicode.ToLower(r) != r:
				t.Fatalf("Fold(%q) = %q keeps upper-case %U", s, out, r)
			}
		}
		if utf8.ValidString(s) {
			// Canonically equivalent input must fold the same.
			if got := Fold(norm.NFC.String(s)); got != out {
				t.Fatalf("Fold(NFC %q) = %q, Fold = %q", s, got, out)
			}
			if got := Fold(norm.NFD.String(s)); got != out {
				t.Fatalf("Fold(NFD %q) = %q, Fold = %q", s, got, out)
			}
		}
		for _, tok := range FoldTokens(s) {
			if tok == "" || !strings.Contains(out, tok) {
				t.Fatalf("FoldTokens(%q) has %q, not in Fold = %q", s, tok, out)
			}
			for _, r := range tok {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					t.Fatalf("FoldTokens(%q) token %q has %U", s, tok, r)
				}
			}
		}
	})
}

// Fold's table path gives what the general path gives.
func FuzzFoldTable(f *testing.F) {
	for _, s := range []string{"PHỐ HUẾ", "Đường  Lê\tĐại Hành\u00a0", "Ǆ ǅ ǆ İ ß ẞ", "e\u0323\u0302", "a\u0085b", "\u0301x", "x Ω y", "a\xffb", "a\xff\xfe b\xff\uFFFD\xff\xff", "\xff", "\xe1\xbb ệ\xe1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldSlow(s); got != want {
			t.Fatalf("Fold(%q) = %q, the general path gives %q", s, got, want)
		}
	})
}

// Every rune of the table, alone and between others, folds as the general
// path folds it.
func TestFoldTable(t *testing.T) {
	check := func(r rune) {
		for _, s := range []string{string(r), "A" + string(r) + "b", " " + string(r) + " ", "x\u0301" + string(r) + "\u0323"} {
			if got, want := Fold(s), foldSlow(s); got != want {
				t.Errorf("Fold(%q) = %q, the general path gives %q", s, got, want)
			}
		}
	}
	for r := rune(0); r < 0x370; r++ {
		check(r)
	}
	for r := rune(extendedStart); r < extendedEnd; r++ {
		check(r)
	}
}

// Every rune outside the table folds alone as the general path folds it,
// among table runes, spaces and marks (which send Fold to the general path).
func TestFoldOtherRunes(t *testing.T) {
	for r := rune(0x370); r <= unicode.MaxRune; r++ {
		if r >= extendedStart && r < extendedEnd || r >= 0xD800 && r < 0xE000 {
			continue
		}
		if r > 0x10000 && r%7 != 0 && !unicode.In(r, unicode.M, unicode.Lu, unicode.Z) {
			continue // the astral planes sampled, their marks, capitals and spaces all
		}
		for _, s := range []string{string(r), "Đ" + string(r) + "b", " " + string(r) + "\u2003", "ệ" + string(r) + "\u0323"} {
			if got, want := Fold(s), foldSlow(s); got != want {
				t.Errorf("Fold(%q) = %q, the general path gives %q", s, got, want)
			}
		}
	}
}

func BenchmarkFold(b *testing.B) {
	title := "Kiểm tra, đôn đốc việc chỉnh trang đô thị tại phố Huế trên địa bàn phường Phố Huế năm 2026"
	b.Run("table", func(b *testing.B) {
		for range b.N {
			Fold(title)
		}
	})
	b.Run("general", func(b *testing.B) {
		for range b.N {
			foldSlow(title)
		}
	})
}

// NFC's shortcut gives what the normaliser gives.
func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Phòng Tài chính – Kế hoạch", "Hoa\u0300 a\xffb", "\u2001 \u0344", "가", "e\xff\u0301", "\xe1\xbb\u0301a\xcc", "ệ\xe1\xbbe\xcc\x81"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Fatalf("NFC(%q) = %q, want %q", s, got, want)
		}
	})
}
