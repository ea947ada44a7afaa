package extract

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheet is one worksheet: its name and rows, merged cells filled in.
type Sheet struct {
	Name string
	Rows []Row
}

// maxSheetRows bounds the rows read from a workbook.
const maxSheetRows = 20000

// maxUnzipped bounds what a workbook unpacks to, as its archive declares
// (archive/zip refuses an entry longer than declared): a zip bomb is
// refused before anything is decompressed. Worksheets over maxSheetXML are
// unpacked to temporary files rather than memory.
const (
	maxUnzipped = 256 << 20
	maxSheetXML = 16 << 20
)

// ReadXlsx reads every worksheet of an .xlsx file. A merged range's value is
// repeated in each of its cells, as a reader of the sheet sees it.
func ReadXlsx(data []byte) ([]Sheet, error) { return readXlsx(data, false) }

// readXlsx is ReadXlsx; raw reads cells' stored values rather than their
// formatted text (a date cell is its Excel serial number, "45880", not
// whatever its number format prints), merged ranges still as displayed.
func readXlsx(data []byte, raw bool) ([]Sheet, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &FileError{Reason: "Tệp không phải bảng tính Excel (.xlsx) hợp lệ"}
	}
	if err := checkUnzipped(zr, maxUnzipped); err != nil {
		return nil, err
	}
	if _, err := zipPart(data, "[Content_Types].xml"); err != nil {
		return nil, &FileError{Reason: "Tệp không phải bảng tính Excel (.xlsx) hợp lệ"}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{UnzipSizeLimit: maxUnzipped, UnzipXMLSizeLimit: maxSheetXML})
	if err != nil {
		return nil, &FileError{Reason: "Tệp không phải bảng tính Excel (.xlsx) hợp lệ: " + err.Error()}
	}
	defer f.Close()
	var out []Sheet
	for _, name := range f.GetSheetList() {
		rows, err := sheetRows(f, name, raw)
		if err != nil {
			return nil, err
		}
		fillMerged(f, name, rows)
		sh := Sheet{Name: name}
		for i, r := range rows {
			cells := make([]string, len(r))
			for j, c := range r {
				cells[j] = strings.TrimSpace(c)
			}
			sh.Rows = append(sh.Rows, Row{Cells: cells, Index: i + 1})
		}
		out = append(out, sh)
	}
	return out, nil
}

// sheetRows reads a worksheet row by row, as excelize's GetRows would
// (empty rows inside kept, trailing ones dropped), and stops at the first
// row with a value past maxSheetRows: a sheet of 400,000 rows is refused
// after reading 20,001 of them, not all.
func sheetRows(f *excelize.File, name string, raw bool) ([][]string, error) {
	it, err := f.Rows(name)
	if err != nil {
		return nil, &FileError{Reason: fmt.Sprintf("Không đọc được trang tính %q: %v", name, err)}
	}
	defer it.Close()
	var rows [][]string
	for n := 1; it.Next(); n++ {
		cols, err := it.Columns(excelize.Options{RawCellValue: raw})
		if err != nil {
			return nil, &FileError{Reason: fmt.Sprintf("Không đọc được trang tính %q: %v", name, err)}
		}
		if len(cols) == 0 {
			continue
		}
		if n > maxSheetRows {
			return nil, &FileError{Reason: fmt.Sprintf("Trang tính %q có quá nhiều dòng (tối đa %d)", name, maxSheetRows)}
		}
		rows = append(rows, make([][]string, n-1-len(rows))...)
		rows = append(rows, cols)
	}
	if err := it.Error(); err != nil {
		return nil, &FileError{Reason: fmt.Sprintf("Không đọc được trang tính %q: %v", name, err)}
	}
	return rows, nil
}

// checkUnzipped refuses an archive whose entries declare more than limit
// bytes in all.
func checkUnzipped(zr *zip.Reader, limit uint64) error {
	var total uint64
	for _, f := range zr.File {
		if total += f.UncompressedSize64; total > limit || total < f.UncompressedSize64 {
			return &FileError{Reason: fmt.Sprintf("Tệp giải nén ra quá %d MB; hãy tách thành nhiều tệp", limit>>20)}
		}
	}
	return nil
}

// fillMerged copies the value of each merged range into all its cells.
func fillMerged(f *excelize.File, sheet string, rows [][]string) {
	merged, err := f.GetMergeCells(sheet)
	if err != nil {
		return
	}
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		c2, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 > len(rows) || (r2-r1+1)*(c2-c1+1) > 10000 {
			continue
		}
		v := m.GetCellValue()
		for r := r1; r <= r2; r++ {
			for len(rows[r-1]) < c2 {
				rows[r-1] = append(rows[r-1], "")
			}
			for c := c1; c <= c2; c++ {
				rows[r-1][c-1] = v
			}
		}
	}
}

// SheetsText renders worksheets as plain text, one line per row.
func SheetsText(sheets []Sheet) string {
	var b strings.Builder
	for _, sh := range sheets {
		for _, r := range sh.Rows {
			cells := distinct(r.Cells)
			if strings.TrimSpace(strings.Join(cells, "")) == "" {
				continue
			}
			b.WriteString(strings.Join(cells, " | "))
			b.WriteByte('\n')
		}
	}
	return b.String()
}
