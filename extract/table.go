package extract

import (
	"fmt"
	"regexp"
	"strings"

	"tiendo/vn"
)

// column is a role a column of a plan appendix can play.
type column int

const (
	colNone     column = iota
	colNo              // STT
	colContent         // Nội dung nhiệm vụ
	colLead            // Cơ quan chủ trì
	colCoop            // Cơ quan phối hợp
	colDeadline        // Thời gian hoàn thành
	colOutput          // Sản phẩm
)

// columnNames are the Vietnamese labels used in messages.
var columnNames = map[column]string{
	colNo: "STT", colContent: "Nội dung nhiệm vụ", colLead: "Cơ quan chủ trì", colCoop: "Cơ quan phối hợp",
	colDeadline: "Thời gian hoàn thành", colOutput: "Sản phẩm",
}

// headerWord is a role of a column and the words (folded) that name it
// in a header cell.
type headerWord[C comparable] struct {
	col   C
	words []string
}

// classifyBy returns the role of a header cell: "TT" is no, else the
// first role of table one of whose words the folded cell contains.
func classifyBy[C comparable](cell string, table []headerWord[C], no C) C {
	f := vn.Fold(cell)
	var none C
	if f == "tt" {
		return no
	}
	for _, h := range table {
		for _, w := range h.words {
			if strings.Contains(f, w) {
				return h.col
			}
		}
	}
	return none
}

// headerWords recognise a header cell (folded), most specific first.
var headerWords = []headerWord[column]{
	{colCoop, []string{"phoi hop"}},
	{colLead, []string{"chu tri", "don vi thuc hien", "co quan thuc hien", "don vi thuc hien", "trach nhiem", "don vi"}},
	{colDeadline, []string{"thoi gian", "thoi han", "tien do", "han hoan thanh", "moc"}},
	{colOutput, []string{"san pham", "ket qua", "hinh thuc"}},
	{colNo, []string{"stt", "so tt", "so thu tu"}},
	{colContent, []string{"noi dung", "nhiem vu", "cong viec", "ten de an", "de an", "giai phap"}},
}

// classifyHeader returns the role of a header cell.
func classifyHeader(cell string) column { return classifyBy(cell, headerWords, colNo) }

// RowError reports a row of an appendix that cannot become a task.
type RowError struct {
	Sheet   string `json:"sheet,omitempty"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

func (e RowError) Error() string {
	where := fmt.Sprintf("Dòng %d, cột “%s”", e.Row, e.Column)
	if e.Sheet != "" {
		where = fmt.Sprintf("Trang “%s”, %s", e.Sheet, strings.ToLower(where[:1])+where[1:])
	}
	return where + ": " + e.Message
}

// errNoHeader is returned for a table without a recognisable header.
var errNoHeader = &FileError{Reason: "Không tìm thấy dòng tiêu đề của bảng nhiệm vụ: cần các cột như " +
	"“STT”, “Nội dung nhiệm vụ”, “Cơ quan chủ trì”, “Cơ quan phối hợp”, “Thời gian hoàn thành”"}

// header is a recognised header: the role of each column and the row after it.
type header struct {
	cols  []column
	first int // index in rows of the first data row
}

// findHeader looks for the header in the first rows: a row naming the
// content column and the lead or deadline column, possibly continued on
// the next row ("Cơ quan thực hiện" over "Chủ trì | Phối hợp").
func findHeader(rows []Row) (header, bool) {
	for i := 0; i < len(rows) && i < 30; i++ {
		cols := classifyRow(rows[i].Cells)
		if !has(cols, colContent) || !(has(cols, colLead) || has(cols, colDeadline)) {
			continue
		}
		first := i + 1
		if i+1 < len(rows) {
			joined := make([]string, max(len(rows[i].Cells), len(rows[i+1].Cells)))
			for c := range joined {
				joined[c] = cellAt(rows[i].Cells, c) + " " + cellAt(rows[i+1].Cells, c)
			}
			if below := classifyRow(rows[i+1].Cells); has(below, colLead) || has(below, colCoop) {
				cols, first = classifyRow(joined), i+2
			}
		}
		return header{cols: cols, first: first}, true
	}
	return header{}, false
}

func classifyRow(cells []string) []column {
	cols := make([]column, len(cells))
	seen := map[column]bool{}
	for i, c := range cells {
		if i > 0 && c == cells[i-1] && cols[i-1] != colNone && !seen[classifyHeader(c)] {
			continue
		}
		col := classifyHeader(c)
		if seen[col] && col != colNone {
			continue // a merged header cell repeated: the first column holds it
		}
		seen[col] = true
		cols[i] = col
	}
	return cols
}

func has(cols []column, c column) bool {
	for _, x := range cols {
		if x == c {
			return true
		}
	}
	return false
}

func cellAt(cells []string, i int) string {
	if i < len(cells) {
		return cells[i]
	}
	return ""
}

// groupNoRe is the number of a group row: "I", "II.", "A", "1." over tasks
// numbered "1.1".
var groupNoRe = regexp.MustCompile(`^(?:[IVXLC]{1,5}|[A-ZĐ])[.)]?$`)

// numberingRe matches a row of column numbers under the header: "(1)", "1".
var numberingRe = regexp.MustCompile(`^\(?\d{1,2}\)?$`)

// Appendix reads the tasks of a plan appendix table. Group rows ("I. Nhiệm
// vụ chung") name the clause of the tasks under them. Rows that cannot
// become a task are reported as RowErrors naming the row and column; the
// tasks of the other rows are returned. A table without a recognisable
// header is errNoHeader.
func Appendix(sheet string, rows []Row, date vn.Date) ([]Task, []RowError, error) {
	h, ok := findHeader(rows)
	if !ok {
		return nil, nil, errNoHeader
	}
	var tasks []Task
	var errs []RowError
	group := ""
	for _, r := range rows[h.first:] {
		cell := func(c column) string {
			for i, col := range h.cols {
				if col == c {
					return strings.TrimSpace(cellAt(r.Cells, i))
				}
			}
			return ""
		}
		content, no := cell(colContent), cell(colNo)
		if isBlankRow(r.Cells) || isNumberingRow(r.Cells) {
			continue
		}
		if isGroupRow(r.Cells, no, content, cell(colLead), cell(colDeadline)) {
			group = strings.TrimSpace(strings.Trim(no+". "+content, ". "))
			if no == "" || no == content {
				group = content
			}
			continue
		}
		fail := func(c column, msg string) {
			errs = append(errs, RowError{Sheet: sheet, Row: r.Index, Column: columnNames[c], Message: msg})
		}
		t := Task{Lead: cell(colLead), Content: content, Source: content, Cue: "dòng của bảng phụ lục", Output: cell(colOutput),
			Cooperating: splitOrgs(cell(colCoop)), Clause: appendixClause(group, no)}
		switch {
		case content == "":
			fail(colContent, "trống, cần nội dung nhiệm vụ")
			continue
		case t.Lead == "":
			fail(colLead, "trống, cần đúng một cơ quan chủ trì")
			continue
		}
		dl, err := vn.ParseDeadline(cell(colDeadline), date)
		if err != nil {
			fail(colDeadline, fmt.Sprintf("không đọc được thời hạn “%s” (ví dụ hợp lệ: 30/6/2024, Quý II/2024, Tháng 9/2024, Năm 2024, Hằng tháng, Thường xuyên)", cell(colDeadline)))
			continue
		}
		t.Deadline = deadlineOf(dl)
		tasks = append(tasks, t)
	}
	return tasks, errs, nil
}

func isBlankRow(cells []string) bool { return strings.TrimSpace(strings.Join(cells, "")) == "" }

func isNumberingRow(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if !numberingRe.MatchString(c) {
			return false
		}
		n++
	}
	return n >= 2
}

// isGroupRow reports a row that heads a group of tasks: numbered "I", "A",
// or one text merged across the row, with no lead and no deadline.
func isGroupRow(cells []string, no, content, lead, deadline string) bool {
	spanned := (lead == "" || lead == content) && (deadline == "" || deadline == content)
	if groupNoRe.MatchString(no) && spanned {
		return true
	}
	return len(distinct(nonEmpty(cells))) == 1 && content != "" && spanned
}

func nonEmpty(cells []string) []string {
	var out []string
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			out = append(out, c)
		}
	}
	return out
}

// appendixClause locates a row: "Phụ lục, I. Nhiệm vụ chung, STT 3".
func appendixClause(group, no string) string {
	parts := []string{"Phụ lục"}
	if group != "" {
		parts = append(parts, group)
	}
	if no != "" {
		parts = append(parts, "STT "+no)
	}
	return strings.Join(parts, ", ")
}

// splitOrgs splits a cell naming several bodies: one per line or after
// ";", or after a comma that starts another body ("Sở Tài chính, các
// phường") but not inside a name ("Sở Văn hóa, Thể thao và Du lịch").
func splitOrgs(s string) []string {
	out := []string{}
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' }) {
		parts := strings.Split(p, ",")
		cur := parts[0]
		for _, q := range parts[1:] {
			if isOrgish(tokenize(q)) {
				out = appendOrg(out, cur)
				cur = q
			} else {
				cur += "," + q
			}
		}
		out = appendOrg(out, cur)
	}
	return out
}

func appendOrg(out []string, s string) []string {
	if s = trimPunct(s); s != "" {
		out = append(out, s)
	}
	return out
}
