// Package report turns statistics, task lists and grade sheets into the
// files government offices exchange: XLSX tables, and the report "Báo cáo
// kết quả thực hiện nhiệm vụ" as DOCX (NĐ 30/2020/NĐ-CP layout) and PDF.
// It formats only: the numbers come from the service, so a file always
// agrees with the API.
package report

import (
	"fmt"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// Kind is how a column's values are written.
type Kind int

// Column kinds.
const (
	Text   Kind = iota
	Int         // a count: int
	Rate        // a fraction 0–1 shown as a percentage: *float64, nil for none
	Date        // vn.Date, zero for none
	Number      // float64 with two decimals (points)
)

// Column is one column of a table.
type Column struct {
	Title string
	Kind  Kind
	Width float64 // characters; 0 picks one from the kind
}

// Table is a titled table of values, one per column in each row.
type Table struct {
	Sheet    string // sheet name in a workbook (≤ 31 characters)
	Title    string
	Subtitle string
	Columns  []Column
	Rows     [][]any
}

// statsColumns are the columns of a statistics table after the key.
var statsColumns = []Column{
	{"Tổng số nhiệm vụ", Int, 10}, {"Đến hạn", Int, 9}, {"Hoàn thành đúng hạn", Int, 11},
	{"Hoàn thành quá hạn", Int, 11}, {"Đang thực hiện trong hạn", Int, 12}, {"Quá hạn", Int, 9},
	{"Thường xuyên", Int, 10}, {"Tỷ lệ hoàn thành (/tổng số)", Rate, 12},
	{"Tỷ lệ hoàn thành (/đến hạn)", Rate, 12}, {"Tỷ lệ đúng hạn", Rate, 10},
	{"Quá hạn ≤ 30 ngày", Int, 10}, {"Quá hạn 31–90 ngày", Int, 10}, {"Quá hạn 91–120 ngày", Int, 10},
	{"Quá hạn > 120 ngày", Int, 10},
}

// countsRow is the values of statsColumns for c.
func countsRow(c tiendo.Counts) []any {
	return []any{c.Assigned, c.Due, c.DoneOnTime, c.DoneLate, c.InProgress, c.Overdue, c.Continuous,
		c.CompletionRate(), c.CompletionRateDue(), c.OnTimeRate(), c.OverdueAge.UpTo30, c.OverdueAge.From31To90,
		c.OverdueAge.From91To120, c.OverdueAge.Over120}
}

// groupTitles names the key column of each breakdown.
var groupTitles = map[tiendo.StatsGroup]string{
	tiendo.GroupOrg: "Đơn vị chủ trì", tiendo.GroupLeader: "Lãnh đạo giao", tiendo.GroupDocument: "Văn bản",
	tiendo.GroupCategory: "Loại nhiệm vụ", tiendo.GroupAssignee: "Người thực hiện", tiendo.GroupPlace: "Địa bàn",
}

// StatsTable is a statistics table with a total row last.
func StatsTable(rep *service.StatsReport) Table {
	t := Table{Sheet: "Thống kê", Title: "THỐNG KÊ KẾT QUẢ THỰC HIỆN NHIỆM VỤ " + upper(rep.Label),
		Subtitle: ClosedLine(PeriodLine(rep.From, rep.To, rep.AsOf), rep.Closing),
		Columns:  append([]Column{{"STT", Int, 5}, {"Mã", Text, 14}, {groupTitles[rep.Group], Text, 40}}, statsColumns...)}
	for i, l := range rep.Rows {
		name := l.Key.Name
		if l.Subtree {
			name += " (gồm đơn vị trực thuộc)"
		}
		t.Rows = append(t.Rows, append([]any{i + 1, l.Key.Code, name}, countsRow(l.Counts)...))
	}
	t.Rows = append(t.Rows, append([]any{nil, "", "Tổng cộng"}, countsRow(rep.Total.Counts)...))
	return t
}

// PeriodLine says which days a report covers and its cut-off.
func PeriodLine(from, to, asOf vn.Date) string {
	return fmt.Sprintf("(Từ ngày %s đến ngày %s; số liệu tính đến ngày %s)", from.Format(), to.Format(), asOf.Format())
}

// ClosedLine adds a closed period's closing date to a subtitle in
// parentheses: "(…; số liệu đã chốt ngày 15/04/2026)". c nil: unchanged.
func ClosedLine(sub string, c *tiendo.PeriodClosing) string {
	if c == nil {
		return sub
	}
	return strings.TrimSuffix(sub, ")") + "; " + closedText(c) + ")"
}

// closedText is "số liệu đã chốt ngày 15/04/2026".
func closedText(c *tiendo.PeriodClosing) string {
	return "số liệu đã chốt ngày " + c.ClosedOn().Format()
}

// TaskTable lists tasks with their timeliness at asOf; orgs names the
// lead organisations by id.
func TaskTable(title string, tasks []*tiendo.Task, asOf vn.Date, orgs map[int64]string) Table {
	t := Table{Sheet: "Nhiệm vụ", Title: title, Subtitle: "(Tình trạng tính đến ngày " + asOf.Format() + ")",
		Columns: []Column{{"STT", Int, 5}, {"Mã nhiệm vụ", Int, 10}, {"Nội dung nhiệm vụ", Text, 60},
			{"Đơn vị chủ trì", Text, 30}, {"Ngày giao", Date, 11}, {"Thời hạn", Date, 11},
			{"Thời hạn (nguyên văn)", Text, 22}, {"Trạng thái", Text, 15}, {"Tình trạng", Text, 22},
			{"Số ngày quá hạn", Int, 9}, {"Ngày hoàn thành", Date, 11}}}
	for i, k := range tasks {
		t.Rows = append(t.Rows, []any{i + 1, int(k.ID), k.Title, orgs[k.LeadOrgID], k.AssignedOn, k.Due,
			k.DeadlineText, k.Status.Label(), TimelinessLabel(k.TimelinessAt(asOf)), k.OverdueDays(asOf), k.CompletedOn})
	}
	return t
}

// TimelinessLabel is the Vietnamese name of a timeliness category.
func TimelinessLabel(t tiendo.Timeliness) string {
	return map[tiendo.Timeliness]string{
		tiendo.DoneOnTime: "Hoàn thành đúng hạn", tiendo.DoneLate: "Hoàn thành quá hạn",
		tiendo.InProgress: "Đang thực hiện trong hạn", tiendo.Overdue: "Quá hạn",
		tiendo.Continuous: "Thường xuyên", tiendo.Excluded: "Không tính",
	}[t]
}

// GradeTables are a grade sheet and the explanation of every grade.
func GradeTables(g *service.GradeSheet) []Table {
	who := "Đơn vị"
	if g.Kind == tiendo.SubjectPerson {
		who = "Cá nhân"
	}
	sum := Table{Sheet: "Xếp loại", Title: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI " + upper(g.Label),
		Subtitle: ClosedLine(fmt.Sprintf("(Theo %s; số liệu tính đến ngày %s)", g.Rules.Name, g.AsOf.Format()), g.Closing),
		Columns: []Column{{"STT", Int, 5}, {"Mã", Text, 14}, {who, Text, 40}, {"Tiêu chí chung", Number, 10},
			{"Kết quả nhiệm vụ", Number, 10}, {"Điểm thưởng", Number, 10}, {"Tổng điểm", Number, 10},
			{"Xếp loại", Text, 34}, {"Điều chỉnh theo tỷ lệ", Text, 12}}}
	lines := Table{Sheet: "Diễn giải", Title: "DIỄN GIẢI ĐIỂM", Subtitle: sum.Subtitle,
		Columns: []Column{{"Mã", Text, 14}, {who, Text, 30}, {"Nội dung", Text, 100}, {"Điểm", Number, 10}}}
	for i, s := range g.Subjects {
		capped := ""
		if s.Capped {
			capped = "Có"
		}
		sum.Rows = append(sum.Rows, []any{i + 1, s.Code, s.Name, s.General, s.Tasks, s.Bonus, s.Score, s.Band.Name, capped})
		for _, l := range s.Lines {
			lines.Rows = append(lines.Rows, []any{s.Code, s.Name, l.Text, l.Points})
		}
	}
	return []Table{sum, lines}
}

// Percent writes a rate the Vietnamese way ("80,3%"), "–" for none.
func Percent(r *float64) string {
	if r == nil {
		return "–"
	}
	return commaDecimal(strconv.FormatFloat(*r*100, 'f', 1, 64)) + "%"
}

// Num writes a count with dots between thousands ("9.831").
func Num(n int) string {
	s := strconv.Itoa(n)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

func commaDecimal(s string) string {
	for i := range s {
		if s[i] == '.' {
			return s[:i] + "," + s[i+1:]
		}
	}
	return s
}

func upper(s string) string { return strings.ToUpper(s) }
