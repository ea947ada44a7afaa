package extract

import (
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

// ReadXlsx reads every worksheet of an .xlsx file. A merged range's value is
// repeated in each of its cells, as a reader of the sheet sees it.
func ReadXlsx(data []byte) ([]Sheet, error) {
	if _, err := zipPart(data, "[Content_Types].xml"); err != nil {
		return nil, &FileError{Reason: "Tệp không phải bảng tính Excel (.xlsx) hợp lệ"}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		return nil, &FileError{Reason: "Tệp không phải bảng tính Excel (.xlsx) hợp lệ: " + err.Error()}
	}
	defer f.Close()
	var out []Sheet
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			return nil, &FileError{Reason: fmt.Sprintf("Không đọc được trang tính %q: %v", name, err)}
		}
		if len(rows) > maxSheetRows {
			return nil, &FileError{Reason: fmt.Sprintf("Trang tính %q có quá nhiều dòng (tối đa %d)", name, maxSheetRows)}
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
