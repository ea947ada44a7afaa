package extract

import (
	"bytes"
	"encoding/binary"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"tiendo/vn"
)

// decodeText returns the text of a plain-text file as NFC UTF-8: UTF-8
// (with or without a byte-order mark), UTF-16 (with a byte-order mark, or
// without one when every other byte of an ASCII-rich text is zero), or
// Windows-1258, the Vietnamese code page of older Windows editors, whose
// tone marks are separate combining characters and are composed here.
// Anything else, such as a binary file, gives ok false.
func decodeText(data []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return decodeUTF16(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return decodeUTF16(data[2:], binary.BigEndian)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if order, ok := utf16Order(data); ok {
			return decodeUTF16(data, order)
		}
		return "", false
	}
	if utf8.Valid(data) {
		// Decomposed text (tone marks as combining characters, as some
		// editors save it) is composed like the other encodings.
		return vn.NFC(string(data)), true
	}
	return decodeWindows1258(data)
}

// utf16Order guesses the byte order of UTF-16 text without a byte-order
// mark: Vietnamese text is mostly ASCII letters and spaces, so one byte of
// most code units is zero, always the same one.
func utf16Order(data []byte) (binary.ByteOrder, bool) {
	if len(data)%2 != 0 || len(data) < 2 {
		return nil, false
	}
	var evenZero, oddZero int
	for i := 0; i+1 < len(data); i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	units := len(data) / 2
	switch {
	case oddZero*2 > units && evenZero == 0:
		return binary.LittleEndian, true
	case evenZero*2 > units && oddZero == 0:
		return binary.BigEndian, true
	}
	return nil, false
}

// decodeUTF16 decodes UTF-16 in the given byte order; an odd length, an
// unpaired surrogate or a NUL make it unreadable.
func decodeUTF16(data []byte, order binary.ByteOrder) (string, bool) {
	if len(data)%2 != 0 {
		return "", false
	}
	units := make([]uint16, len(data)/2)
	for i := range units {
		u := order.Uint16(data[2*i:])
		if u == 0 {
			return "", false
		}
		units[i] = u
	}
	for i := 0; i < len(units); i++ {
		switch {
		case utf16.IsSurrogate(rune(units[i])) && units[i] < 0xdc00 && i+1 < len(units) &&
			units[i+1] >= 0xdc00 && units[i+1] <= 0xdfff:
			i++
		case utf16.IsSurrogate(rune(units[i])):
			return "", false
		}
	}
	return vn.NFC(string(utf16.Decode(units))), true
}

// decodeWindows1258 decodes the Vietnamese Windows code page. Bytes the code
// page leaves undefined, and control characters other than tab, line feed,
// carriage return and form feed, mean the file is not text.
func decodeWindows1258(data []byte) (string, bool) {
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' {
			return "", false
		}
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(data)
	if err != nil || bytes.ContainsRune(out, utf8.RuneError) {
		return "", false
	}
	return vn.NFC(string(out)), true
}
