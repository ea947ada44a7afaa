package extract

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"tiendo/vn"
)

// cp1258 encodes s as Windows-1258 writes Vietnamese: a precomposed base
// letter where the code page has one ("ê", "ơ"), the tone as a combining mark.
func cp1258(t *testing.T, s string) []byte {
	enc := charmap.Windows1258
	var out []byte
	for _, r := range s {
		if b, ok := enc.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		// The letter without its tone, precomposed ("ê"), then the tone as a mark.
		var base, tones []rune
		for _, m := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", m) {
				tones = append(tones, m)
			} else {
				base = append(base, m)
			}
		}
		for _, c := range norm.NFC.String(string(base)) + string(tones) {
			b, ok := enc.EncodeRune(c)
			if !ok {
				t.Fatalf("%q cannot be written in Windows-1258", r)
			}
			out = append(out, b)
		}
	}
	return out
}

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xfeff)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// TestDecodeText: the encodings offices save plain text in all give the same
// NFC text and the same tasks; binary data and broken UTF-16 are refused.
func TestDecodeText(t *testing.T) {
	const text = "Giao Sở Công Thương chủ trì kiểm tra giá bán lẻ xăng dầu trước ngày 15/7/2024.\r\nỦy ban nhân dân huyện Mỹ Lộc."
	tests := []struct {
		name string
		data []byte
		ok   bool
	}{
		{"utf-8", []byte(text), true},
		{"utf-8 with BOM", append([]byte{0xef, 0xbb, 0xbf}, text...), true},
		{"utf-8 decomposed", []byte(norm.NFD.String(text)), true},
		{"utf-16le BOM", utf16Bytes(text, binary.LittleEndian, true), true},
		{"utf-16be BOM", utf16Bytes(text, binary.BigEndian, true), true},
		{"utf-16le no BOM", utf16Bytes(text, binary.LittleEndian, false), true},
		{"windows-1258", cp1258(t, text), true},
		{"utf-16 odd length", append(utf16Bytes(text, binary.LittleEndian, true), 'x'), false},
		{"utf-16 lone surrogate", []byte{0xff, 0xfe, 'a', 0, 0x00, 0xd8, 'b', 0}, false},
		{"binary", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, false},
		{"binary high bytes", []byte{0x81, 0x8d, 0x8e, 0x8f, 0x90}, false},
	}
	for _, tt := range tests {
		got, ok := decodeText(tt.data)
		if ok != tt.ok || ok && vn.NFC(got) != text && got != text {
			t.Errorf("%s: %q %v", tt.name, got, ok)
			continue
		}
		if !ok {
			continue
		}
		f, err := ExtractFile("a.txt", tt.data, vn.Date{})
		if err != nil || len(f.Tasks) != 1 || f.Tasks[0].Lead != "Sở Công Thương" || f.Tasks[0].Deadline.Kind != "date" {
			t.Errorf("%s: %+v %v", tt.name, f.Tasks, err)
		}
	}
	if b := cp1258(t, "ệ"); len(b) != 2 || !strings.Contains(string(must(decodeText(b))), "ệ") {
		t.Errorf("ệ in Windows-1258: % x", b)
	}
}

func must(s string, ok bool) string {
	if !ok {
		return ""
	}
	return s
}

func FuzzDecodeText(f *testing.F) {
	f.Add([]byte("Giao Sở Y tế"))
	f.Add(utf16Bytes("Giao Sở Y tế", binary.LittleEndian, true))
	f.Add([]byte{0xd0, 0xea, 0xf2, 0x20, 0x6e, 0x67, 0x68, 0xec})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, ok := decodeText(data)
		if !ok {
			return
		}
		if strings.ContainsRune(s, 0) || !norm.NFC.IsNormalString(s) && !strings.ContainsRune(s, '\uFFFD') {
			t.Fatalf("decoded %q: NUL or not NFC", s)
		}
	})
}
