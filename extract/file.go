package extract

import (
	"path/filepath"
	"strings"

	"tiendo/vn"
)

// File is what extraction proposes for one file: the references and tasks
// of its text, the tasks of its appendix tables, and the rows of those
// tables that could not become tasks.
type File struct {
	Result
	RowErrors []RowError `json:"row_errors,omitempty"`
}

// ExtractFile reads a plain text (.txt, or any text in UTF-8, UTF-16 or
// Windows-1258), Word (.docx) or
// Excel (.xlsx) file. In a .docx, tables with a task header are read as an
// appendix and the rest as running text; in an .xlsx every sheet with a
// task header is an appendix, and a workbook with none is an error.
// Errors are *FileError, with a message in Vietnamese.
func ExtractFile(name string, data []byte, date vn.Date) (File, error) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx":
		return extractDocx(data, date)
	case ".xlsx":
		return extractXlsx(data, date)
	case ".doc", ".xls", ".pdf", ".odt", ".ods":
		return File{}, &FileError{Reason: "Chưa đọc được định dạng " + strings.ToLower(filepath.Ext(name)) +
			"; hãy lưu tệp thành .docx, .xlsx hoặc văn bản thuần (.txt)"}
	}
	text, ok := decodeText(data)
	if !ok {
		return File{}, &FileError{Reason: "Tệp không phải văn bản UTF-8, UTF-16 hay Windows-1258, tài liệu Word (.docx) hay bảng tính Excel (.xlsx)"}
	}
	return File{Result: Extract(text, date)}, nil
}

func extractDocx(data []byte, date vn.Date) (File, error) {
	doc, err := ReadDocx(data)
	if err != nil {
		return File{}, err
	}
	var text strings.Builder
	var tables [][]Row
	for _, b := range doc.Blocks {
		if b.Rows != nil {
			if _, ok := findHeader(b.Rows); ok {
				tables = append(tables, b.Rows)
				continue
			}
			for _, r := range b.Rows {
				text.WriteString(strings.Join(distinct(r.Cells), " | "))
				text.WriteByte('\n')
			}
			continue
		}
		text.WriteString(b.Text)
		text.WriteByte('\n')
	}
	if date.IsZero() {
		date = documentDate(doc.Text())
	}
	out := File{Result: Extract(text.String(), date)}
	out.References = references(doc.Text(), date)
	for _, rows := range tables {
		tasks, errs, _ := Appendix("", rows, date)
		out.Tasks = append(out.Tasks, tasks...)
		out.RowErrors = append(out.RowErrors, errs...)
	}
	return out, nil
}

func extractXlsx(data []byte, date vn.Date) (File, error) {
	sheets, err := ReadXlsx(data)
	if err != nil {
		return File{}, err
	}
	text := SheetsText(sheets)
	if date.IsZero() {
		date = documentDate(text)
	}
	out := File{Result: Result{Date: date, References: references(text, date), Tasks: []Task{}}}
	found := false
	for _, sh := range sheets {
		tasks, errs, err := Appendix(sh.Name, sh.Rows, date)
		if err != nil {
			continue
		}
		found = true
		out.Tasks = append(out.Tasks, tasks...)
		out.RowErrors = append(out.RowErrors, errs...)
	}
	if !found {
		return File{}, errNoHeader
	}
	return out, nil
}
