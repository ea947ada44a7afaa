package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// rawSheetXlsx is a workbook whose first sheet is the given rows of inline
// strings, row numbers from 1, then tail (appended as is, so a test can
// end the sheet with bytes no XML reader accepts). The sheet is written
// by hand: excelize takes seconds to write 400,000 rows.
func rawSheetXlsx(t testing.TB, rows int, row func(i int) []string, tail string) []byte {
	t.Helper()
	var sheet strings.Builder
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&sheet, `<row r="%d">`, i)
		for j, v := range row(i) {
			fmt.Fprintf(&sheet, `<c r="%c%d" t="inlineStr"><is><t>%s</t></is></c>`, 'A'+j, i, v)
		}
		sheet.WriteString(`</row>`)
	}
	if tail == "" {
		tail = `</sheetData></worksheet>`
	}
	sheet.WriteString(tail)
	return replacePart(t, blankWorkbook(t), "xl/worksheets/sheet1.xml", sheet.String())
}

func blankWorkbook(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// replacePart rewrites a ZIP archive with one entry's content replaced.
func replacePart(t testing.TB, data []byte, name, content string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == name {
			_, err = io.WriteString(w, content)
		} else {
			var rc io.ReadCloser
			if rc, err = f.Open(); err == nil {
				_, err = io.Copy(w, rc)
				rc.Close()
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// bombXlsx is a workbook with one more entry whose header declares size
// bytes; only the header is true to a zip bomb, nothing needs inflating.
func bombXlsx(t testing.TB, size uint64) []byte {
	t.Helper()
	data := blankWorkbook(t)
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if err := zw.Copy(f); err != nil {
			t.Fatal(err)
		}
	}
	var deflated bytes.Buffer
	fw, _ := flate.NewWriter(&deflated, flate.BestCompression)
	fw.Write(make([]byte, 1<<20))
	fw.Close()
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/media/bom.bin", Method: zip.Deflate,
		CompressedSize64: uint64(deflated.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(deflated.Bytes())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestReadXlsxLimits(t *testing.T) {
	cells := func(i int) []string { return []string{fmt.Sprint(i), "Nhiệm vụ số " + fmt.Sprint(i), "UBND"} }
	gap := func(i int) []string { // one value at the very first and very last rows
		if i == 1 || i == maxSheetRows {
			return []string{"x"}
		}
		return nil
	}
	for _, c := range []struct {
		name     string
		data     []byte
		wantRows int    // rows read when accepted
		wantErr  string // part of the refusal
	}{
		{"at the row limit", rawSheetXlsx(t, maxSheetRows, cells, ""), maxSheetRows, ""},
		{"empty rows inside kept", rawSheetXlsx(t, maxSheetRows, gap, ""), maxSheetRows, ""},
		{"one row over", rawSheetXlsx(t, maxSheetRows+1, cells, ""), 0, "quá nhiều dòng (tối đa 20000)"},
		// Bytes after row 20,001 that no XML reader accepts: the limit is
		// met before them, so reading stopped there (a 400,000-row sheet
		// is timed by BenchmarkReadXlsxTooManyRows).
		{"stops at the limit", rawSheetXlsx(t, maxSheetRows+1, cells, "<row r=<<<\x00"), 0, "quá nhiều dòng"},
		{"declares 300 MB unpacked", bombXlsx(t, 300<<20), 0, "giải nén ra quá 256 MB"},
		{"declares 2^64-1 bytes", bombXlsx(t, 1<<64-1), 0, "giải nén ra quá"},
	} {
		sheets, err := ReadXlsx(c.data)
		var fe *FileError
		switch {
		case c.wantErr == "" && (err != nil || len(sheets) != 1 || len(sheets[0].Rows) != c.wantRows):
			t.Errorf("%s: %d sheets, err %v; want %d rows", c.name, len(sheets), err, c.wantRows)
		case c.wantErr != "" && (!errors.As(err, &fe) || !strings.Contains(err.Error(), c.wantErr)):
			t.Errorf("%s: error %v, want a *FileError containing %q", c.name, err, c.wantErr)
		}
	}
}

// BenchmarkReadXlsxTooManyRows times the refusal of a 400,000-row sheet
// (104 s when the whole sheet was read before counting).
func BenchmarkReadXlsxTooManyRows(b *testing.B) {
	data := rawSheetXlsx(b, 400_000, func(i int) []string { return []string{fmt.Sprint(i), "Nhiệm vụ", "UBND"} }, "")
	b.ResetTimer()
	for b.Loop() {
		if _, err := ReadXlsx(data); err == nil {
			b.Fatal("accepted")
		}
	}
}

// FuzzReadXlsx: any bytes are either refused with a *FileError or read into
// sheets within the row limit, each row's index its row number.
func FuzzReadXlsx(f *testing.F) {
	f.Add(blankWorkbook(f))
	f.Add(rawSheetXlsx(f, 3, func(i int) []string { return []string{"STT", "Nội dung"} }, ""))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sheets, err := ReadXlsx(data)
		var fe *FileError
		if err != nil {
			if !errors.As(err, &fe) {
				t.Fatalf("error %v is not a *FileError", err)
			}
			return
		}
		for _, sh := range sheets {
			if len(sh.Rows) > maxSheetRows {
				t.Fatalf("sheet %q: %d rows", sh.Name, len(sh.Rows))
			}
			for i, r := range sh.Rows {
				if r.Index != i+1 {
					t.Fatalf("sheet %q row %d has index %d", sh.Name, i, r.Index)
				}
			}
		}
	})
}
