package vn

import (
	"errors"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestParseDocNumber(t *testing.T) {
	state := func(num string, year int, typ, issuer, unit string) DocNumber {
		return DocNumber{Style: StyleState, Number: num, Year: year, Type: typ, Issuer: issuer, Unit: unit}
	}
	party := func(num, typ, issuer string) DocNumber {
		return DocNumber{Style: StyleParty, Number: num, Type: typ, Issuer: issuer}
	}
	tests := []struct {
		in        string
		want      DocNumber
		canonical string
	}{
		{"245/KH-UBND", state("245", 0, "KH", "UBND", ""), "245/KH-UBND"},
		{"09/2019/NĐ-CP", state("09", 2019, "NĐ", "CP", ""), "09/2019/NĐ-CP"},
		{"42/2014/QĐ-TTg", state("42", 2014, "QĐ", "TTg", ""), "42/2014/QĐ-TTg"},
		{"9061/VPCP-CN", state("9061", 0, "", "VPCP", "CN"), "9061/VPCP-CN"},
		{"5324/UBND-KSTT", state("5324", 0, "", "UBND", "KSTT"), "5324/UBND-KSTT"},
		{"1066/UBND-VXNV", state("1066", 0, "", "UBND", "VXNV"), "1066/UBND-VXNV"},
		{"115-KH/QU", party("115", "KH", "QU"), "115-KH/QU"},
		{"445-KL/TU", party("445", "KL", "TU"), "445-KL/TU"},
		{"445-KL/TƯ", party("445", "KL", "TU"), "445-KL/TU"},
		// A department suffix is the drafting unit, as in a công văn.
		{"31-KH/HU-BTC", DocNumber{Style: StyleParty, Number: "31", Type: "KH", Issuer: "HU", Unit: "BTC"}, "31-KH/HU-BTC"},
		{"52/2009/QĐ.UBND", state("52", 2009, "QĐ", "UBND", ""), "52/2009/QĐ-UBND"},
		{"498/UBND", state("498", 0, "", "UBND", ""), "498/UBND"}, // unit left off
		{"66-QĐ/TW", party("66", "QĐ", "TW"), "66-QĐ/TW"},
		{"36-HD/VPTW", party("36", "HD", "VPTW"), "36-HD/VPTW"},
		{"156-CV/TU", party("156", "CV", "TU"), "156-CV/TU"},
		{"16-CTr/TU", party("16", "CTr", "TU"), "16-CTr/TU"},
		{"Số: 245/KH-UBND", state("245", 0, "KH", "UBND", ""), "245/KH-UBND"},
		{"số 115-KH/QU", party("115", "KH", "QU"), "115-KH/QU"},
		{"Số 161-KH/QU", party("161", "KH", "QU"), "161-KH/QU"},
		{"SỐ:09/2019/NĐ-CP", state("09", 2019, "NĐ", "CP", ""), "09/2019/NĐ-CP"},
		{"So: 245/KH-UBND", state("245", 0, "KH", "UBND", ""), "245/KH-UBND"},
		{"Số: 6882 /UBND-NC2", state("6882", 0, "", "UBND", "NC2"), "6882/UBND-NC2"},
		{"6882 /UBND-NC2", state("6882", 0, "", "UBND", "NC2"), "6882/UBND-NC2"},
		{"141/KH- UBND", state("141", 0, "KH", "UBND", ""), "141/KH-UBND"},
		{"25/2014 /QĐ-UBND", state("25", 2014, "QĐ", "UBND", ""), "25/2014/QĐ-UBND"},
		{"1961/QĐUBND", state("1961", 0, "QĐ", "UBND", ""), "1961/QĐ-UBND"},
		{"09/2019/NĐCP", state("09", 2019, "NĐ", "CP", ""), "09/2019/NĐ-CP"},
		{"12/CTrUBND", state("12", 0, "CTr", "UBND", ""), "12/CTr-UBND"},
		{"01/KH-BCĐ197", state("01", 0, "KH", "BCĐ197", ""), "01/KH-BCĐ197"},
		// A number inserted between two others carries one letter.
		{"168a/QĐ-UBND", state("168a", 0, "QĐ", "UBND", ""), "168a/QĐ-UBND"},
		{"908a/VPCP-KTN", state("908a", 0, "", "VPCP", "KTN"), "908a/VPCP-KTN"},
		{"12b-KL/HU", party("12b", "KL", "HU"), "12b-KL/HU"},
		{"30c/NQCP", state("30c", 0, "NQ", "CP", ""), "30c/NQ-CP"},
		// A party symbol that lost its hyphen: a type code before the slash.
		{"298 KH/TWĐTN", party("298", "KH", "TWĐTN"), "298-KH/TWĐTN"},
		{"17 CT/TU", party("17", "CT", "TU"), "17-CT/TU"},
		{"05 HD/BTGTU", party("05", "HD", "BTGTU"), "05-HD/BTGTU"},
		{"41 KH/ĐTN-TCKT", DocNumber{Style: StyleParty, Number: "41", Type: "KH", Issuer: "ĐTN", Unit: "TCKT"}, "41-KH/ĐTN-TCKT"},
		// The slash after the year lost, or typed as a space.
		{"31/2013TT-BGDĐT", state("31", 2013, "TT", "BGDĐT", ""), "31/2013/TT-BGDĐT"},
		{"44/2007 QĐ-BGDĐT", state("44", 2007, "QĐ", "BGDĐT", ""), "44/2007/QĐ-BGDĐT"},
		{"08/2020NĐ-CP", state("08", 2020, "NĐ", "CP", ""), "08/2020/NĐ-CP"},
		{"15/2019 TTLT-BTC-BNV", state("15", 2019, "TTLT", "BTC", "BNV"), "15/2019/TTLT-BTC-BNV"},
		// A symbol wrapped at a dash by a table cell.
		{"473/TTr -\nNN&PTNT", state("473", 0, "TTr", "NN&PTNT", ""), "473/TTr-NN&PTNT"},
		{"12/UBND -\nVX", state("12", 0, "", "UBND", "VX"), "12/UBND-VX"},
		{"72/KH-BCĐ", state("72", 0, "KH", "BCĐ", ""), "72/KH-BCĐ"},
		{"23/CT-TTg", state("23", 0, "CT", "TTg", ""), "23/CT-TTg"},
		{"2629/QĐ-UBND", state("2629", 0, "QĐ", "UBND", ""), "2629/QĐ-UBND"},
		{"21/CTr-UBND", state("21", 0, "CTr", "UBND", ""), "21/CTr-UBND"},
		{"39/2022/NĐ-CP", state("39", 2022, "NĐ", "CP", ""), "39/2022/NĐ-CP"},
		{"10/2022/TT-BLĐTBXH", state("10", 2022, "TT", "BLĐTBXH", ""), "10/2022/TT-BLĐTBXH"},
		{"01/QyĐ-UBND", state("01", 0, "QyĐ", "UBND", ""), "01/QyĐ-UBND"},
		{"1298/QĐ-UBND-HC", state("1298", 0, "QĐ", "UBND", "HC"), "1298/QĐ-UBND-HC"},
		{"587/SNV-CCHC&VTLT", state("587", 0, "", "SNV", "CCHC&VTLT"), "587/SNV-CCHC&VTLT"},
		{"45/2019/QH14", state("45", 2019, "", "QH14", ""), "45/2019/QH14"},
		{"02/qđ-tct", state("02", 0, "qđ", "tct", ""), "02/qđ-tct"},           // case kept as written
		{"09/2019/ND-CP", state("09", 2019, "ND", "CP", ""), "09/2019/ND-CP"}, // Đ lost in typing
		{"245/KH–UBND", state("245", 0, "KH", "UBND", ""), "245/KH-UBND"},     // en dash
		{"245/KH-UBND.", state("245", 0, "KH", "UBND", ""), "245/KH-UBND"},    // sentence end
		{norm.NFD.String("09/2019/NĐ-CP"), state("09", 2019, "NĐ", "CP", ""), "09/2019/NĐ-CP"},
		{norm.NFD.String("445-KL/TƯ"), party("445", "KL", "TU"), "445-KL/TU"},
	}
	for _, tt := range tests {
		got, err := ParseDocNumber(tt.in)
		if err != nil {
			t.Errorf("ParseDocNumber(%q): %v", tt.in, err)
			continue
		}
		tt.want.Raw = norm.NFC.String(strings.TrimSpace(tt.in))
		if got != tt.want {
			t.Errorf("ParseDocNumber(%q) =\n  %+v, want\n  %+v", tt.in, got, tt.want)
		}
		if c := got.Canonical(); c != tt.canonical {
			t.Errorf("ParseDocNumber(%q).Canonical() = %q, want %q", tt.in, c, tt.canonical)
		}
	}
}

func TestParseDocNumberErrors(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"", "chuỗi rỗng"},
		{"   ", "chuỗi rỗng"},
		{"abc", "thiếu số văn bản"},
		{"Số:", "thiếu số văn bản"},
		{"KH-UBND", "thiếu số văn bản"},
		{"245", "thiếu ký hiệu"},
		{"245/", "thiếu ký hiệu"},
		{"245 KH UBND", "sau số văn bản phải là dấu /"},
		{"245KH-UBND", "sau số văn bản phải là dấu /"},
		{"12/2019 UBND", "phải bắt đầu bằng chữ cái"}, // a month and a phrase
		{"12/2019UBND-X", "phải bắt đầu bằng chữ cái"},
		{"12ab/KH-UBND", "sau số văn bản phải là dấu /"}, // one letter at most: 168a/QĐ-UBND
		{"245/KH-", "phần rỗng"},
		{"245/KH--UBND", "phần rỗng"},
		{"245/-UBND", "phần rỗng"},
		{"245/KH", "thiếu cơ quan ban hành"},
		{"245/Ubnd", "ký hiệu cần dạng"},
		{"245/KH-UB ND!", "không được phép"},
		{"245/KH/UBND", "năm ban hành"},
		{"245/19/NĐ-CP", "năm ban hành"},
		{"09/2019/", "thiếu ký hiệu"},
		{"2021-2030", "SỐ-LOẠI/CƠ QUAN"},
		{"115-KH", "SỐ-LOẠI/CƠ QUAN"},
		{"115-XYZ/QU", "không phải mã loại"},
		{"115-KH/", "phần rỗng"},
		{"115-KH/Q U?", "không được phép"},
		{"12345678/KH-UBND", "quá dài"},
		{"245/KH-2019", "bắt đầu bằng chữ cái"},
		{"245/KH-UBND ngày 20/12/2019", "năm ban hành"},
	}
	for _, tt := range tests {
		_, err := ParseDocNumber(tt.in)
		var de *DocNumberError
		if !errors.As(err, &de) {
			t.Errorf("ParseDocNumber(%q) error = %v, want *DocNumberError", tt.in, err)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, tt.reason) || !strings.Contains(msg, "245/KH-UBND") || !strings.Contains(msg, "115-KH/QU") {
			t.Errorf("ParseDocNumber(%q) error = %q, want the reason %q and examples of valid numbers", tt.in, msg, tt.reason)
		}
	}
}

// TestParseDocNumberGold parses every reference the gold annotations give as
// a bare number and symbol, and checks the parts match.
func TestParseDocNumberGold(t *testing.T) {
	checked := 0
	for name, g := range readGold(t) {
		for _, ref := range g.References {
			if ref.Raw == "" || !unicode.IsDigit([]rune(ref.Raw)[0]) {
				continue // e.g. "Nghị định 168/2024": the type comes from the words
			}
			checked++
			got, err := ParseDocNumber(ref.Raw)
			if err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			year := 0
			if ref.Year != nil {
				year = *ref.Year
			}
			want := DocNumber{Raw: ref.Raw, Style: DocStyle(ref.Style), Number: ref.Number, Year: year,
				Type: ref.Type, Issuer: ref.Issuer, Unit: ref.Unit}
			if got != want {
				t.Errorf("%s: ParseDocNumber(%q) =\n  %+v, want\n  %+v", name, ref.Raw, got, want)
			}
		}
	}
	if checked < 10 {
		t.Errorf("checked only %d gold references", checked)
	}
}

func TestCanonicalZero(t *testing.T) {
	if c := (DocNumber{}).Canonical(); c != "" {
		t.Errorf("zero DocNumber Canonical() = %q, want empty", c)
	}
}

func FuzzParseDocNumber(f *testing.F) {
	for _, s := range []string{
		"245/KH-UBND", "09/2019/NĐ-CP", "42/2014/QĐ-TTg", "9061/VPCP-CN", "5324/UBND-KSTT",
		"115-KH/QU", "445-KL/TU", "445-KL/TƯ", "66-QĐ/TW", "Số: 245/KH-UBND", "số 115-KH/QU",
		"6882 /UBND-NC2", "141/KH- UBND", "1961/QĐUBND", "36-HD/VPTW", "45/2019/QH14",
		"1298/QĐ-UBND-HC", "587/SNV-CCHC&VTLT", "01/KH-BCĐ197", "12/CTrUBND", "5/2020/QĐU",
		norm.NFD.String("09/2019/NĐ-CP"), "abc", "245", "245/", "2021-2030", "245/KH--UBND",
		"0/0/0", "Số: 01 / 2020 / TTLT - BTC - BNV",
		"168a/QĐ-UBND", "12b-KL/HU", "298 KH/TWĐTN", "41 KH/ĐTN-TCKT", "473/TTr -\nNN&PTNT", "1a", "2 TT/", "3 L/X", "819/NQ – UVBTVQH 14", "12/QĐ - UBND", "31/2013TT-BGDĐT", "44/2007 QĐ-BGDĐT", "12/2019 UBND", "1/2000NĐ-",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseDocNumber(s)
		if err != nil {
			var de *DocNumberError
			if !errors.As(err, &de) {
				t.Fatalf("ParseDocNumber(%q) error %v is %T, want *DocNumberError", s, err, err)
			}
			if !strings.Contains(err.Error(), "245/KH-UBND") {
				t.Fatalf("ParseDocNumber(%q) error %q does not show a valid form", s, err)
			}
			return
		}
		if !numberForm(n.Number) {
			t.Fatalf("ParseDocNumber(%q) number %q is not digits and at most one letter", s, n.Number)
		}
		if n.Issuer == "" {
			t.Fatalf("ParseDocNumber(%q) = %+v has no issuer", s, n)
		}
		switch n.Style {
		case StyleParty:
			// A party number may name a department after its issuer
			// (246-KH/TĐTN-TCKT: issuer TĐTN, unit TCKT), as a state one does.
			if !isTypeCode(n.Type) || n.Year != 0 || strings.ContainsAny(n.Issuer, "Ưư") {
				t.Fatalf("ParseDocNumber(%q) = %+v is not a well-formed party number", s, n)
			}
		case StyleState:
			if n.Type != "" && !isTypeCode(n.Type) {
				t.Fatalf("ParseDocNumber(%q) type %q is not a known code", s, n.Type)
			}
		default:
			t.Fatalf("ParseDocNumber(%q) style %q", s, n.Style)
		}
		c := n.Canonical()
		if strings.ContainsFunc(c, unicode.IsSpace) || !norm.NFC.IsNormalString(c) {
			t.Fatalf("ParseDocNumber(%q).Canonical() = %q has spaces or is not NFC", s, c)
		}
		back, err := ParseDocNumber(c)
		if err != nil {
			t.Fatalf("Canonical %q of %q does not parse: %v", c, s, err)
		}
		back.Raw = n.Raw
		if back != n {
			t.Fatalf("Canonical %q of %q parses as %+v, want %+v", c, s, back, n)
		}
		if nfd, err := ParseDocNumber(norm.NFD.String(s)); err != nil || nfd != n {
			t.Fatalf("NFD form of %q parses as %+v, %v; want %+v", s, nfd, err, n)
		}
	})
}

// numberForm reports a document number as ParseDocNumber gives it: digits,
// maybe followed by one lowercase letter ("168a").
func numberForm(s string) bool {
	digits := strings.TrimRight(s, "abcdefghijklmnopqrstuvwxyz")
	return digits != "" && len(s)-len(digits) <= 1 && strings.Trim(digits, "0123456789") == ""
}
