package tiendo_test

import (
	"archive/zip"
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"tiendo"
)

// zipFile makes a ZIP archive holding the named entries.
func zipFile(t testing.TB, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte("<x/>"))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func pngFile(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCheckUpload(t *testing.T) {
	pdf := []byte("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
	docx := zipFile(t, "[Content_Types].xml", "word/document.xml")
	xlsx := zipFile(t, "[Content_Types].xml", "xl/workbook.xml")
	exe := append([]byte("MZ\x90\x00\x03\x00\x00\x00"), make([]byte, 64)...)
	elf := []byte("\x7fELF\x02\x01\x01\x00")
	ole := []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00")
	text := []byte("Báo cáo tiến độ quý I\r\nĐã hoàn thành 80%.\n")
	for _, c := range []struct {
		name, declared string
		data           []byte
		wantType       string // "" when refused
		wantMsg        string // part of the refusal
	}{
		{"bao-cao.pdf", "", pdf, "application/pdf", ""},
		{"BAO-CAO.PDF", "application/pdf", pdf, "application/pdf", ""},
		{"ke-hoach.docx", "", docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ""},
		{"phu-luc.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ""},
		{"anh.png", "image/png", pngFile(t), "image/png", ""},
		{"ghi-chu.txt", "text/plain", text, "text/plain; charset=utf-8", ""},
		{"cu.doc", "application/msword", ole, "application/msword", ""},
		{"so-lieu.csv", "text/csv", []byte("T\xean,S\xf4\r\nH\xe0 N\xf4i,12\r\n"), "text/csv", ""}, // Windows-1258, as Excel saves it
		{"ho-so.bin", "", []byte("dữ liệu"), "text/plain; charset=utf-8", ""},
		{"trang.html", "text/html", []byte("<html><script>alert(1)</script>"), "text/plain; charset=utf-8", ""},
		// refused: programs whatever their name
		{"bao-cao.pdf", "application/pdf", exe, "", "chương trình"},
		{"bao-cao.pdf", "", elf, "", "chương trình"},
		{"anh.png", "", append([]byte("#!/bin/sh\n"), "rm -rf /"...), "", "chương trình"},
		{"cai-dat.exe", "", []byte("không có gì"), "", "chương trình"},
		{"chay.BAT", "", []byte("echo"), "", "chương trình"},
		// refused: content not what the extension says
		{"bao-cao.pdf", "", docx, "", "không phải tệp PDF"},
		{"ke-hoach.docx", "", xlsx, "", "không phải tài liệu Word"},
		{"ke-hoach.docx", "", pdf, "", "không phải tài liệu Word"},
		{"phu-luc.xlsx", "", []byte("không phải bảng tính"), "", "không phải bảng tính Excel"},
		{"anh.png", "", pdf, "", "không phải ảnh PNG"},
		{"anh.jpg", "", pngFile(t), "", "không phải ảnh JPEG"},
		{"ghi-chu.txt", "", []byte{0xff, 0xfe, 'a', 0}, "text/plain", ""}, // UTF-16 with its mark
		{"ghi-chu.txt", "", []byte{0xff, 0xfe, 'a'}, "", "không phải văn bản thuần"},
		{"nhat-ky.txt", "", []byte("d\x00\x01\x02 nhị phân"), "", "không phải văn bản thuần"},
		{"cu.doc", "", []byte("x"), "", "không phải tệp Office 97-2003"},
		// refused: content not what the declared type says
		{"ho-so.bin", "application/pdf", docx, "", "không khớp kiểu application/pdf"},
		{"ho-so", "image/jpeg", pdf, "", "không khớp kiểu image/jpeg"},
		{"ho-so", "text/plain", ole, "", "không khớp kiểu text/plain"},
	} {
		got, err := tiendo.CheckUpload("attachments", c.name, c.declared, c.data)
		if c.wantType != "" {
			if err != nil || got != c.wantType {
				t.Errorf("%s (%s): got %q, %v; want %q", c.name, c.declared, got, err, c.wantType)
			}
			continue
		}
		if err == nil {
			t.Errorf("%s (%s): accepted as %q, want refused", c.name, c.declared, got)
			continue
		}
		if tiendo.ErrorCode(err) != tiendo.EINVALID || tiendo.ErrorFields(err)["attachments"] == "" ||
			!strings.Contains(tiendo.ErrorFields(err)["attachments"], c.wantMsg) || !strings.Contains(tiendo.ErrorFields(err)["attachments"], c.name) {
			t.Errorf("%s (%s): error %v %v, want a field error on attachments naming the file and saying %q", c.name, c.declared, err, tiendo.ErrorFields(err), c.wantMsg)
		}
	}
}

func TestCheckAttachments(t *testing.T) {
	rules := tiendo.DefaultRules()
	rules.MaxAttachmentBytes, rules.MaxAttachments, rules.MaxAttachmentsTotalBytes = 100, 3, 250
	files := func(n, size int) []tiendo.Attachment {
		var out []tiendo.Attachment
		for range n {
			out = append(out, tiendo.Attachment{Name: "a.txt", Data: bytes.Repeat([]byte("a"), size)})
		}
		return out
	}
	for _, c := range []struct {
		name     string
		atts     []tiendo.Attachment
		wantCode string
		wantMsg  string
	}{
		{"none", nil, "", ""},
		{"at every limit", files(3, 80), "", ""},
		{"one file too many", files(4, 1), tiendo.ETOOLARGE, "Tối đa 3 tệp"},
		{"one file too large", files(1, 101), tiendo.ETOOLARGE, "Tệp quá lớn"},
		{"together too large", files(3, 90), tiendo.ETOOLARGE, "Tổng dung lượng"},
		{"wrong content", []tiendo.Attachment{{Name: "a.pdf", Data: []byte("MZ")}}, tiendo.EINVALID, "chương trình"},
	} {
		err := rules.CheckAttachments(c.atts)
		if tiendo.ErrorCode(err) != c.wantCode && !(err == nil && c.wantCode == "") {
			t.Errorf("%s: code %q (%v), want %q", c.name, tiendo.ErrorCode(err), err, c.wantCode)
			continue
		}
		if err != nil && !strings.Contains(tiendo.ErrorFields(err)["attachments"], c.wantMsg) {
			t.Errorf("%s: fields %v, want attachments saying %q", c.name, tiendo.ErrorFields(err), c.wantMsg)
		}
		for _, a := range c.atts {
			if err == nil && a.ContentType != "text/plain; charset=utf-8" {
				t.Errorf("%s: content type %q not set", c.name, a.ContentType)
			}
		}
	}
}

// FuzzCheckUpload: any content under any name is either refused with a
// field error or accepted with a media type that, declared back, is
// accepted again (the stored type never contradicts the content).
func FuzzCheckUpload(f *testing.F) {
	f.Add("a.pdf", "", []byte("%PDF-1.7"))
	f.Add("a.docx", "", zipFile(f, "[Content_Types].xml", "word/document.xml"))
	f.Add("a.txt", "text/plain", []byte("văn bản"))
	f.Add("a", "image/png", pngFile(f))
	f.Add("a.exe", "", []byte("MZ"))
	f.Fuzz(func(t *testing.T, name, declared string, data []byte) {
		ct, err := tiendo.CheckUpload("file", name, declared, data)
		if err != nil {
			if tiendo.ErrorFields(err)["file"] == "" {
				t.Fatalf("refusal %v names no field", err)
			}
			return
		}
		if _, err := tiendo.CheckUpload("file", name, ct, data); err != nil {
			t.Fatalf("accepted as %q, refused when declared so: %v", ct, err)
		}
	})
}
