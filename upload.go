package tiendo

import (
	"archive/zip"
	"bytes"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// fileKind is what a file's extension promises: a media type to store and a
// test of the content. Extensions not listed here are accepted with their
// sniffed type, unless the content is a program.
type fileKind struct {
	mediaType string
	label     string // how the message names the format
	matches   func(data []byte) bool
}

var (
	pdfKind  = fileKind{"application/pdf", "tệp PDF", hasPrefix("%PDF-")}
	oleKind  = fileKind{"application/octet-stream", "tệp Office 97-2003", hasPrefix("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")}
	textKind = fileKind{"text/plain; charset=utf-8", "văn bản thuần", isText}
)

func ooxmlKind(mediaType, label, dir string) fileKind {
	return fileKind{mediaType, label, func(b []byte) bool { return zipHas(b, "[Content_Types].xml", dir) }}
}

func imageKind(mediaType string) fileKind {
	return fileKind{mediaType, "ảnh " + strings.ToUpper(strings.TrimPrefix(mediaType, "image/")),
		func(b []byte) bool { return http.DetectContentType(b) == mediaType }}
}

func zipKind(mediaType, label string) fileKind {
	return fileKind{mediaType, label, func(b []byte) bool { return zipHas(b) }}
}

var fileKinds = map[string]fileKind{
	".pdf":  pdfKind,
	".docx": ooxmlKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "tài liệu Word (.docx)", "word/"),
	".xlsx": ooxmlKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bảng tính Excel (.xlsx)", "xl/"),
	".pptx": ooxmlKind("application/vnd.openxmlformats-officedocument.presentationml.presentation", "bản trình chiếu PowerPoint (.pptx)", "ppt/"),
	".odt":  zipKind("application/vnd.oasis.opendocument.text", "tài liệu OpenDocument"),
	".ods":  zipKind("application/vnd.oasis.opendocument.spreadsheet", "tài liệu OpenDocument"),
	".zip":  zipKind("application/zip", "tệp nén ZIP"),
	".doc":  {"application/msword", oleKind.label, oleKind.matches},
	".xls":  {"application/vnd.ms-excel", oleKind.label, oleKind.matches},
	".ppt":  {"application/vnd.ms-powerpoint", oleKind.label, oleKind.matches},
	".png":  imageKind("image/png"),
	".jpg":  imageKind("image/jpeg"),
	".jpeg": imageKind("image/jpeg"),
	".gif":  imageKind("image/gif"),
	".webp": imageKind("image/webp"),
	".txt":  textKind,
	".csv":  {"text/csv; charset=utf-8", "CSV", isText},
}

// programExts are names a mail client or a desktop would run on a click.
var programExts = map[string]bool{".exe": true, ".com": true, ".scr": true, ".msi": true, ".dll": true,
	".bat": true, ".cmd": true, ".ps1": true, ".vbs": true, ".js": true, ".jar": true, ".hta": true,
	".lnk": true, ".sh": true, ".apk": true, ".elf": true}

// programMagic are the first bytes of executables: PE (MZ), ELF, Mach-O
// (both byte orders, 32 and 64 bit, fat) and scripts with an interpreter line.
var programMagic = []string{"MZ", "\x7fELF", "\xfe\xed\xfa\xce", "\xfe\xed\xfa\xcf",
	"\xce\xfa\xed\xfe", "\xcf\xfa\xed\xfe", "\xca\xfe\xba\xbe", "#!"}

// CheckUpload checks a file's content against its name's extension and its
// declared media type (empty or application/octet-stream when the client
// declared none) and returns the media type to store: the extension's,
// never the client's. Programs are refused whatever their name. Errors
// are field errors on field, in Vietnamese.
func CheckUpload(field, name, declared string, data []byte) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if programExts[ext] || isProgram(data) {
		return "", FieldError(field, fmt.Sprintf("Tệp %q là chương trình chạy được; không nhận tệp loại này", name))
	}
	kind, known := fileKinds[ext]
	if !known {
		kind = fileKind{mediaType: http.DetectContentType(data)}
		if strings.HasPrefix(kind.mediaType, "text/") {
			// Text is stored as plain text (never HTML or XML that a
			// browser would render), else as bytes.
			kind.mediaType = "application/octet-stream"
			if isText(data) {
				kind.mediaType = textKind.mediaType
			}
		}
	} else if !kind.matches(data) {
		return "", FieldError(field, fmt.Sprintf("Nội dung tệp %q không phải %s như phần mở rộng %s cho biết", name, kind.label, ext))
	}
	if !declaredFits(declared, kind.mediaType, data) {
		return "", FieldError(field, fmt.Sprintf("Nội dung tệp %q không khớp kiểu %s đã khai báo", name, declared))
	}
	if strings.HasPrefix(kind.mediaType, "text/") && !utf8.Valid(data) {
		// A text in a legacy code page (a CSV saved by Excel on Windows):
		// kept, without claiming UTF-8.
		return strings.TrimSuffix(kind.mediaType, "; charset=utf-8"), nil
	}
	return kind.mediaType, nil
}

// declaredFits reports whether a declared media type agrees with the
// content. Browsers declare what the operating system guesses from the
// name, often a generic type; only a declared PDF, image or text type is a
// claim about the content that can be checked.
func declaredFits(declared, stored string, data []byte) bool {
	mt, _, err := mime.ParseMediaType(declared)
	if declared == "" || err != nil {
		return declared == ""
	}
	sniffed := http.DetectContentType(data)
	switch {
	case mt == "application/pdf":
		return hasPrefix("%PDF-")(data)
	case strings.HasPrefix(mt, "image/"):
		return strings.HasPrefix(sniffed, "image/")
	case mt == "text/plain" || mt == "text/csv":
		return isText(data)
	}
	return true
}

func hasPrefix(p string) func([]byte) bool {
	return func(b []byte) bool { return bytes.HasPrefix(b, []byte(p)) }
}

// isText: no NUL or other control bytes but white space, in whatever
// encoding (UTF-8, or a legacy code page such as Windows-1258); or UTF-16
// with its byte-order mark (Notepad's "Unicode").
func isText(b []byte) bool {
	if bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) {
		return len(b)%2 == 0
	}
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return false
		}
	}
	return true
}

func isProgram(b []byte) bool {
	for _, m := range programMagic {
		if bytes.HasPrefix(b, []byte(m)) {
			return true
		}
	}
	return false
}

// zipHas reports whether b is a ZIP archive holding every named entry; a
// name ending in "/" asks for any entry under that folder. Only the
// central directory is read, nothing is decompressed.
func zipHas(b []byte, names ...string) bool {
	if !bytes.HasPrefix(b, []byte("PK\x03\x04")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return false
	}
	for _, n := range names {
		found := false
		for _, f := range zr.File {
			if f.Name == n || (strings.HasSuffix(n, "/") && strings.HasPrefix(f.Name, n)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// AttachmentLimits returns how many files one report may carry and their
// total size, with the defaults for rules that leave them zero.
func (r Rules) AttachmentLimits() (count int, total int64) {
	d := DefaultRules()
	count, total = r.MaxAttachments, r.MaxAttachmentsTotalBytes
	if count <= 0 {
		count = d.MaxAttachments
	}
	if total <= 0 {
		total = d.MaxAttachmentsTotalBytes
	}
	return count, total
}

// CheckAttachments checks a report's files: their number, each one's size
// and their total size (too_large), and each one's content against its name
// (CheckUpload). It sets each file's ContentType to the type checked.
func (r Rules) CheckAttachments(atts []Attachment) error {
	maxCount, maxTotal := r.AttachmentLimits()
	if len(atts) > maxCount {
		return &Error{Code: ETOOLARGE, Message: fmt.Sprintf("Báo cáo có %d tệp đính kèm, vượt quá %d tệp", len(atts), maxCount),
			Fields: map[string]string{"attachments": fmt.Sprintf("Tối đa %d tệp mỗi báo cáo", maxCount)}}
	}
	var total int64
	for i := range atts {
		a := &atts[i]
		if r.MaxAttachmentBytes > 0 && int64(len(a.Data)) > r.MaxAttachmentBytes {
			return &Error{Code: ETOOLARGE, Message: fmt.Sprintf("Tệp %q vượt quá %d MB", a.Name, r.MaxAttachmentBytes>>20),
				Fields: map[string]string{"attachments": "Tệp quá lớn"}}
		}
		if total += int64(len(a.Data)); total > maxTotal {
			return &Error{Code: ETOOLARGE, Message: fmt.Sprintf("Các tệp đính kèm cộng lại vượt quá %d MB", maxTotal>>20),
				Fields: map[string]string{"attachments": fmt.Sprintf("Tổng dung lượng tối đa %d MB", maxTotal>>20)}}
		}
		ct, err := CheckUpload("attachments", a.Name, a.ContentType, a.Data)
		if err != nil {
			return err
		}
		a.ContentType = ct
	}
	return nil
}
