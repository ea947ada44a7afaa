package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// maxPartSize bounds the XML part read from an office file, so that a
// hostile archive cannot exhaust memory (a zip bomb).
const maxPartSize = 64 << 20

// Doc is the content of a DOCX body in reading order: paragraphs and tables.
type Doc struct {
	Blocks []Block
}

// Block is one paragraph (Text) or one table (Rows).
type Block struct {
	Text string
	Rows []Row
}

// Row is a table row: one string per grid column. A cell spanning several
// columns (gridSpan) is repeated in each; a cell continuing a vertical merge
// (vMerge) repeats the text of the cell above, as a reader sees it.
type Row struct {
	Cells []string
	Index int // 1-based row number in the table or sheet, for messages
}

// FileError reports an unreadable or unrecognised file, in Vietnamese.
type FileError struct {
	Reason string
}

func (e *FileError) Error() string { return e.Reason }

// ReadDocx reads the body of a .docx file.
func ReadDocx(data []byte) (*Doc, error) {
	part, err := zipPart(data, "word/document.xml")
	if err != nil {
		return nil, err
	}
	return parseDocumentXML(part)
}

// zipPart returns one part of an OOXML package.
func zipPart(data []byte, name string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &FileError{Reason: "Tệp không phải tài liệu Word (.docx) hay bảng tính Excel (.xlsx) hợp lệ"}
	}
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, &FileError{Reason: fmt.Sprintf("Không đọc được phần %s của tệp: %v", name, err)}
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPartSize+1))
		if err != nil {
			return nil, &FileError{Reason: fmt.Sprintf("Không đọc được phần %s của tệp: %v", name, err)}
		}
		if len(b) > maxPartSize {
			return nil, &FileError{Reason: "Tệp quá lớn"}
		}
		return b, nil
	}
	return nil, &FileError{Reason: "Tệp không có nội dung văn bản Word (thiếu word/document.xml)"}
}

// docxState is the reader's position in the WordprocessingML tree.
type docxState struct {
	doc    Doc
	tables []*tableState // nested tables, innermost last
	para   strings.Builder
	inPara bool
	inText bool // inside w:t: only its characters are text
}

type tableState struct {
	rows    []Row
	row     []string
	cell    strings.Builder
	span    int
	vMerge  string // "", "restart" or "continue"
	cellPar int    // paragraphs in the current cell
}

// parseDocumentXML walks word/document.xml with a streaming decoder.
func parseDocumentXML(part []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(part))
	st := &docxState{}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &FileError{Reason: "Nội dung tài liệu Word bị hỏng: " + err.Error()}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			st.start(t)
		case xml.EndElement:
			st.end(t)
		case xml.CharData:
			if st.inPara && st.inText {
				st.para.Write(t)
			}
		}
	}
	return &st.doc, nil
}

func (st *docxState) start(t xml.StartElement) {
	tbl := st.table()
	switch t.Name.Local {
	case "p":
		st.inPara = true
		st.para.Reset()
	case "t":
		st.inText = true
	case "tab":
		if st.inPara {
			st.para.WriteByte(' ')
		}
	case "br", "cr":
		if st.inPara {
			st.para.WriteByte('\n')
		}
	case "tbl":
		st.tables = append(st.tables, &tableState{})
	case "tr":
		if tbl != nil {
			tbl.row = nil
		}
	case "tc":
		if tbl != nil {
			tbl.cell.Reset()
			tbl.span, tbl.vMerge, tbl.cellPar = 1, "", 0
		}
	case "gridSpan":
		if tbl != nil {
			if n, err := strconv.Atoi(attr(t, "val")); err == nil && n > 1 && n < 64 {
				tbl.span = n
			}
		}
	case "vMerge":
		if tbl != nil {
			tbl.vMerge = attr(t, "val")
			if tbl.vMerge == "" {
				tbl.vMerge = "continue"
			}
		}
	}
}

func (st *docxState) end(t xml.EndElement) {
	tbl := st.table()
	switch t.Name.Local {
	case "t":
		st.inText = false
	case "p":
		st.inPara = false
		text := strings.TrimSpace(st.para.String())
		if tbl != nil {
			if tbl.cellPar > 0 {
				tbl.cell.WriteByte('\n')
			}
			tbl.cell.WriteString(text)
			tbl.cellPar++
			return
		}
		st.doc.Blocks = append(st.doc.Blocks, Block{Text: text})
	case "tc":
		if tbl == nil {
			return
		}
		text := strings.TrimSpace(tbl.cell.String())
		if tbl.vMerge == "continue" && len(tbl.rows) > 0 {
			above := tbl.rows[len(tbl.rows)-1].Cells
			if col := len(tbl.row); col < len(above) {
				text = above[col]
			}
		}
		for k := 0; k < tbl.span; k++ {
			tbl.row = append(tbl.row, text)
		}
	case "tr":
		if tbl != nil {
			tbl.rows = append(tbl.rows, Row{Cells: tbl.row, Index: len(tbl.rows) + 1})
		}
	case "tbl":
		if tbl == nil {
			return
		}
		st.tables = st.tables[:len(st.tables)-1]
		if outer := st.table(); outer != nil {
			// A nested table is read as text of the outer cell.
			for _, r := range tbl.rows {
				outer.cell.WriteString(strings.Join(r.Cells, " "))
				outer.cell.WriteByte('\n')
			}
			return
		}
		st.doc.Blocks = append(st.doc.Blocks, Block{Rows: tbl.rows})
	}
}

func (st *docxState) table() *tableState {
	if len(st.tables) == 0 {
		return nil
	}
	return st.tables[len(st.tables)-1]
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// Text renders the document as plain text: paragraphs as lines, table rows
// as lines of their distinct cells separated by " | ".
func (d *Doc) Text() string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Rows == nil {
			b.WriteString(bl.Text)
			b.WriteByte('\n')
			continue
		}
		for _, r := range bl.Rows {
			b.WriteString(strings.Join(distinct(r.Cells), " | "))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// distinct drops a cell equal to the one before it (a spanned cell).
func distinct(cells []string) []string {
	var out []string
	for i, c := range cells {
		if i > 0 && c == cells[i-1] {
			continue
		}
		out = append(out, c)
	}
	return out
}
