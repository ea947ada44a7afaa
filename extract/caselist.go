package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"tiendo/vn"
)

// CaseRow is one row of a residential group's weekly list of urban-order
// violations (Ban Chỉ đạo 197), as the ward receives it: a proposal the
// ward office reviews before it becomes a case. Problems name what the
// office must fix or confirm; a row with problems is still returned, never
// dropped.
type CaseRow struct {
	Sheet       string     `json:"sheet,omitempty"`
	Row         int        `json:"row"` // 1-based row of the sheet
	No          string     `json:"no,omitempty"`
	Address     string     `json:"address"`             // Địa chỉ (the household when the list gives only that)
	Household   string     `json:"household,omitempty"` // Hộ vi phạm, chủ hộ
	Group       string     `json:"group,omitempty"`     // Tổ dân phố
	Kind        string     `json:"kind"`                // Loại vi phạm, as written
	Description string     `json:"description"`         // Nội dung
	Found       vn.Date    `json:"found"`               // Ngày phát hiện; zero when the row gives none
	Note        string     `json:"note,omitempty"`      // Ghi chú
	Problems    []RowError `json:"problems,omitempty"`
}

// CaseList is a weekly list read from a workbook.
type CaseList struct {
	Rows []CaseRow `json:"rows"`
}

// caseColumn is a role a column of a weekly list can play.
type caseColumn int

const (
	ccNone caseColumn = iota
	ccNo
	ccAddress
	ccHousehold
	ccGroup
	ccKind
	ccDescription
	ccFound
	ccNote
)

var caseColumnNames = map[caseColumn]string{
	ccNo: "STT", ccAddress: "Địa chỉ", ccHousehold: "Hộ vi phạm", ccGroup: "Tổ dân phố", ccKind: "Loại vi phạm",
	ccDescription: "Nội dung", ccFound: "Ngày phát hiện", ccNote: "Ghi chú",
}

// caseHeaderWords recognise a header cell (folded), most specific first:
// "Địa chỉ / Hộ vi phạm" is the address, "Nội dung vi phạm" the
// description, "Ngày phát hiện" the date.
var caseHeaderWords = []headerWord[caseColumn]{
	{ccNote, []string{"ghi chu"}},
	{ccFound, []string{"ngay", "thoi gian phat hien", "thoi diem"}},
	{ccGroup, []string{"to dan pho", "tdp", "to dan cu", "khu dan cu", "to so"}},
	{ccKind, []string{"loai", "hanh vi", "linh vuc"}},
	{ccAddress, []string{"dia chi", "vi tri", "dia diem", "so nha"}},
	{ccHousehold, []string{"ho vi pham", "chu ho", "ho ten", "ho gia dinh", "ten ho", "to chuc, ca nhan", "ca nhan"}},
	{ccDescription, []string{"noi dung", "mo ta", "tinh trang", "vi pham"}},
	{ccNo, []string{"stt", "so tt", "so thu tu"}},
}

func classifyCaseHeader(cell string) caseColumn { return classifyBy(cell, caseHeaderWords, ccNo) }

// errNoCaseHeader is returned for a workbook without a weekly list.
var errNoCaseHeader = &FileError{Reason: "Không tìm thấy dòng tiêu đề của danh sách vi phạm: cần các cột như " +
	"“STT”, “Địa chỉ / Hộ vi phạm”, “Tổ dân phố”, “Loại vi phạm”, “Nội dung”, “Ngày phát hiện”, “Ghi chú”"}

// findCaseHeader looks for the header in the first 30 rows: a row naming
// the address (or household) column and the kind or description column.
// Each role goes to the first column naming it (a merged header repeats).
func findCaseHeader(rows []Row) ([]caseColumn, int, bool) {
	for i := 0; i < len(rows) && i < 30; i++ {
		cols := make([]caseColumn, len(rows[i].Cells))
		seen := map[caseColumn]bool{}
		for j, c := range rows[i].Cells {
			col := classifyCaseHeader(c)
			if col == ccNone || seen[col] {
				continue
			}
			seen[col] = true
			cols[j] = col
		}
		if (seen[ccAddress] || seen[ccHousehold]) && (seen[ccKind] || seen[ccDescription]) {
			return cols, i + 1, true
		}
	}
	return nil, 0, false
}

// groupTitleRe recognises a row that names the residential group of the
// rows under it ("TỔ DÂN PHỐ SỐ 5", "Tổ 12"), folded.
var groupTitleRe = regexp.MustCompile(`^(?:to dan pho|tdp)\b|^to (?:so )?\d+\b`)

// footerRe recognises the lines under a list (folded): who made it, who
// confirms it, where to sign.
var footerRe = regexp.MustCompile(`^(?:nguoi lap|to truong|truong ban|xac nhan|\(?ky\b|tm\.? |ha noi, ngay)`)

// ReadCaseList reads a weekly list of violations from an .xlsx workbook in
// the layout wards use: a header row (anywhere in the first 30 rows, under
// merged title cells) with columns such as STT, Địa chỉ / Hộ vi phạm, Tổ
// dân phố, Loại vi phạm, Nội dung, Ngày phát hiện, Ghi chú; dates as
// dd/mm/yyyy text or Excel dates. Every sheet with such a header is read.
// A row naming only a residential group ("Tổ dân phố số 5", merged across)
// gives the group of the rows under it. Blank and numbering rows are
// skipped; every other row is returned, with its problems. A workbook
// without a list is a *FileError.
func ReadCaseList(data []byte) (CaseList, error) {
	sheets, err := readXlsx(data, true)
	if err != nil {
		return CaseList{}, err
	}
	out := CaseList{Rows: []CaseRow{}}
	found := false
	for _, sh := range sheets {
		cols, first, ok := findCaseHeader(sh.Rows)
		if !ok {
			continue
		}
		found = true
		out.Rows = append(out.Rows, caseRows(sh.Name, cols, sh.Rows[first:])...)
	}
	if !found {
		return CaseList{}, errNoCaseHeader
	}
	return out, nil
}

// caseRows reads the rows under a header.
func caseRows(sheet string, cols []caseColumn, rows []Row) []CaseRow {
	var out []CaseRow
	group := ""
	for _, r := range rows {
		cell := func(c caseColumn) string {
			for i, col := range cols {
				if col == c {
					return strings.TrimSpace(cellAt(r.Cells, i))
				}
			}
			return ""
		}
		values := distinct(nonEmpty(r.Cells))
		if len(values) == 0 || isNumberingRow(r.Cells) || cell(ccNo) == "" && allFooter(values) {
			continue
		}
		if len(values) == 1 {
			// One text alone: a group title, a row numbered but empty, the
			// list's footer ("Người lập biểu", a signature) or a title
			// merged across the row.
			v := strings.TrimSpace(values[0])
			if f := vn.Fold(v); groupTitleRe.MatchString(f) {
				group = v
				continue
			}
			if cell(ccAddress) != v && cell(ccHousehold) != v || len(nonEmpty(r.Cells)) > 1 {
				continue
			}
		}
		cr := CaseRow{Sheet: sheet, Row: r.Index, No: cell(ccNo), Address: cell(ccAddress), Household: cell(ccHousehold),
			Group: cell(ccGroup), Kind: cell(ccKind), Description: cell(ccDescription), Note: cell(ccNote)}
		if cr.Group == "" {
			cr.Group = group
		}
		if cr.Address == "" {
			cr.Address = cr.Household
		}
		fail := func(c caseColumn, msg string) {
			cr.Problems = append(cr.Problems, RowError{Sheet: sheet, Row: r.Index, Column: caseColumnNames[c], Message: msg})
		}
		if cr.Address == "" {
			fail(ccAddress, "trống, cần địa chỉ hoặc hộ vi phạm")
		}
		if cr.Kind == "" && cr.Description == "" {
			fail(ccKind, "trống, cần loại vi phạm hoặc nội dung vi phạm")
		}
		if raw := cell(ccFound); raw != "" {
			d, err := caseDate(raw)
			if err != nil {
				fail(ccFound, fmt.Sprintf("không đọc được ngày “%s” (cần dạng dd/mm/yyyy, ví dụ 12/8/2025)", raw))
			}
			cr.Found = d
		}
		out = append(out, cr)
	}
	return out
}

// allFooter reports whether every value is a footer line.
func allFooter(values []string) bool {
	for _, v := range values {
		if !footerRe.MatchString(vn.Fold(strings.TrimSpace(v))) {
			return false
		}
	}
	return true
}

// shortDateRe is a date with a two-digit year: 12/8/25.
var shortDateRe = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$`)

// caseDate reads a date cell: an Excel serial number (the stored value of
// a date-formatted cell), dd/mm/yyyy text in the forms vn.ParseDate reads,
// or dd/mm/yy (20yy).
func caseDate(s string) (vn.Date, error) {
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		// 1 is 1/1/1900; 2958465 is 31/12/9999. A bare number outside is
		// no date.
		if f < 1 || f > 2958465 {
			return vn.Date{}, fmt.Errorf("not an Excel date: %s", s)
		}
		t, err := excelize.ExcelDateToTime(f, false)
		if err != nil {
			return vn.Date{}, err
		}
		return vn.ParseISODate(t.Format("2006-01-02"))
	}
	if m := shortDateRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
		s = m[1] + "/" + m[2] + "/20" + m[3]
	}
	return vn.ParseDate(s)
}
