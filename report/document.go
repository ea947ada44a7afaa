package report

import (
	"fmt"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// Document is an administrative document in the NĐ 30/2020/NĐ-CP layout:
// the issuing body and the national motto side by side, the number and
// symbol, place and date, the title, the body, the recipients and the
// signature.
type Document struct {
	ParentBody string // cơ quan chủ quản, e.g. "UBND QUẬN HAI BÀ TRƯNG"; may be empty
	Body       string // cơ quan ban hành, e.g. "VĂN PHÒNG HĐND VÀ UBND"
	Party      bool   // a party body's document (HD 36-HD/VPTW): "ĐẢNG CỘNG SẢN VIỆT NAM" for the motto
	Number     string // "Số: 15/BC-VP"; dots when not numbered yet
	Place      string // "Hai Bà Trưng"
	Date       vn.Date
	Kind       string // "BÁO CÁO"
	Summary    string // trích yếu: "Kết quả thực hiện nhiệm vụ Quý I/2023"
	Blocks     []Block
	Recipients []string // "Nơi nhận:" lines, without the dash
	SignerRole string   // "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" (one line each)
	SignerName string
}

// Block is a paragraph, a heading or a table of the body.
type Block struct {
	Heading string // bold paragraph
	Text    string // body paragraph, first line indented
	Table   *Table // columns and rows; Title and Subtitle are not printed
}

// ReportOptions are the parts of a report the data does not give.
type ReportOptions struct {
	ParentBody, Body, Number, Place string
	Abbrev                          string  // issuer part of the symbol ("UBND"); guessed from Body when empty
	Party                           bool    // a party body issues it (Letterhead.Party)
	Governing                       string  // the governing body as a recipient writes it ("UBND Thành phố Hà Nội")
	Date                            vn.Date // zero: the as-of date
	Recipients                      []string
	SignerRole, SignerName          string
	OverdueLimit                    int // rows of the overdue list (default 50)
}

// document starts the document o heads: its type ("BÁO CÁO") and summary.
func (o ReportOptions) document(kind, summary string) Document {
	return Document{ParentBody: o.ParentBody, Body: o.Body, Party: o.Party, Number: o.Number, Place: o.Place, Date: o.Date,
		Kind: kind, Summary: summary, Recipients: o.Recipients, SignerRole: o.SignerRole, SignerName: o.SignerName}
}

// defaults completes o for a document of type code kind ("BC") dated
// asOf when o has no date: the number left blank for the office to write,
// the recipients (the governing body first, to report to), the signer.
func (o *ReportOptions) defaults(kind string, asOf vn.Date, recipients ...string) {
	if o.Date.IsZero() {
		o.Date = asOf
	}
	if o.Body == "" {
		o.Body = "VĂN PHÒNG"
	}
	if o.Abbrev == "" {
		o.Abbrev = abbreviation(o.Body)
	}
	if o.Number == "" {
		o.Number = "Số:      /" + kind + "-" + o.Abbrev
		if o.Party {
			o.Number = "Số      -" + kind + "/" + o.Abbrev // HD 36: "Số 12-BC/ĐU"
		}
	}
	if len(o.Recipients) == 0 {
		if o.Governing != "" {
			o.Recipients = append(o.Recipients, o.Governing+" (để báo cáo)")
		}
		o.Recipients = append(append(o.Recipients, recipients...), "Lưu: VT")
	}
	if o.SignerRole == "" {
		o.SignerRole = "THỦ TRƯỞNG CƠ QUAN"
	}
}

// TaskResults is the report "Báo cáo kết quả thực hiện nhiệm vụ" for a
// statistics table and its overdue tasks (longest overdue first).
func TaskResults(rep *service.StatsReport, overdue []*tiendo.Task, overdueTotal int, orgs map[int64]string, o ReportOptions) Document {
	o.defaults("BC", rep.AsOf, "Các đơn vị có tên trong báo cáo")
	c := rep.Total.Counts
	d := o.document("BÁO CÁO", "Kết quả thực hiện nhiệm vụ "+lowerFirst(rep.Label))
	scope := "trên địa bàn"
	if rep.Org != nil {
		scope = "của " + rep.Org.Name
	}
	d.Blocks = []Block{
		{Heading: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"},
		{Text: fmt.Sprintf("Trong kỳ báo cáo (từ ngày %s đến ngày %s), tính đến ngày %s, tổng số nhiệm vụ %s là %s nhiệm vụ; "+
			"trong đó %s nhiệm vụ đã đến hạn.", rep.From.Format(), rep.To.Format(), rep.AsOf.Format(), scope, Num(c.Assigned), Num(c.Due)) +
			closedSentence(rep.Closing)},
		{Text: fmt.Sprintf("Đã hoàn thành %s nhiệm vụ (%s nhiệm vụ đúng hạn, %s nhiệm vụ quá hạn), đạt tỷ lệ %s trên tổng số "+
			"nhiệm vụ và %s trên số nhiệm vụ đến hạn; tỷ lệ hoàn thành đúng hạn %s.", Num(c.Done()), Num(c.DoneOnTime),
			Num(c.DoneLate), Percent(c.CompletionRate()), Percent(c.CompletionRateDue()), Percent(c.OnTimeRate()))},
		{Text: fmt.Sprintf("Đang thực hiện trong hạn %s nhiệm vụ; thực hiện thường xuyên %s nhiệm vụ; quá hạn %s nhiệm vụ "+
			"(quá hạn đến 30 ngày: %s; từ 31 đến 90 ngày: %s; từ 91 đến 120 ngày: %s; trên 120 ngày: %s).",
			Num(c.InProgress), Num(c.Continuous), Num(c.Overdue), Num(c.OverdueAge.UpTo30), Num(c.OverdueAge.From31To90),
			Num(c.OverdueAge.From91To120), Num(c.OverdueAge.Over120))},
		{Text: "Kết quả cụ thể theo " + strings.ToLower(groupTitles[rep.Group]) + " như sau:"},
		{Table: ptr(reportStatsTable(rep))},
		{Heading: "II. NHIỆM VỤ QUÁ HẠN"},
	}
	d.Blocks = append(d.Blocks, overdueBlocks(overdue, overdueTotal, rep.AsOf, orgs)...)
	d.Blocks = append(d.Blocks,
		Block{Heading: "III. KIẾN NGHỊ, ĐỀ XUẤT"},
		Block{Text: "Đề nghị các đơn vị có nhiệm vụ quá hạn khẩn trương hoàn thành, báo cáo kết quả và giải trình nguyên nhân chậm " +
			"trễ; đề xuất giải pháp tháo gỡ đối với các nhiệm vụ quá hạn trên 120 ngày."})
	return d
}

func overdueBlocks(overdue []*tiendo.Task, total int, asOf vn.Date, orgs map[int64]string) []Block {
	if total == 0 {
		return []Block{{Text: "Không có nhiệm vụ quá hạn."}}
	}
	t := Table{Columns: []Column{{"STT", Int, 6}, {"Nhiệm vụ", Text, 40}, {"Đơn vị chủ trì", Text, 22},
		{"Thời hạn", Date, 12}, {"Số ngày quá hạn", Int, 9}}}
	for i, k := range overdue {
		t.Rows = append(t.Rows, []any{i + 1, k.Title, orgs[k.LeadOrgID], k.Due, k.OverdueDays(asOf)})
	}
	text := fmt.Sprintf("Danh sách %s nhiệm vụ quá hạn (quá hạn lâu nhất trước):", Num(total))
	if len(overdue) < total {
		text = fmt.Sprintf("Có %s nhiệm vụ quá hạn; %d nhiệm vụ quá hạn lâu nhất như sau (danh sách đầy đủ tại tệp XLSX kèm theo):",
			Num(total), len(overdue))
	}
	return []Block{{Text: text}, {Table: &t}}
}

// reportStatsTable is the printed statistics table: the columns a page
// holds, the total last.
func reportStatsTable(rep *service.StatsReport) Table {
	t := Table{Columns: []Column{{"STT", Int, 5}, {groupTitles[rep.Group], Text, 32}, {"Tổng số", Int, 10},
		{"Đến hạn", Int, 10}, {"HT đúng hạn", Int, 10}, {"HT quá hạn", Int, 10}, {"Đang TH trong hạn", Int, 10},
		{"Quá hạn", Int, 10}, {"Tỷ lệ HT", Rate, 12}, {"Tỷ lệ đúng hạn", Rate, 12}}}
	row := func(i any, name string, c tiendo.Counts) []any {
		return []any{i, name, c.Assigned, c.Due, c.DoneOnTime, c.DoneLate, c.InProgress, c.Overdue,
			c.CompletionRate(), c.OnTimeRate()}
	}
	for i, l := range rep.Rows {
		t.Rows = append(t.Rows, row(i+1, l.Key.Name, l.Counts))
	}
	t.Rows = append(t.Rows, row(nil, "Tổng cộng", rep.Total.Counts))
	return t
}

// GradeDocument is a grade sheet as a report.
func GradeDocument(g *service.GradeSheet, o ReportOptions) Document {
	o.defaults("BC", g.AsOf, "Các đơn vị có tên trong báo cáo")
	ts := GradeTables(g)
	sum := ts[0]
	sum.Columns, sum.Rows = sum.Columns[:len(sum.Columns)-1], trimRows(sum.Rows, len(sum.Columns)-1)
	d := o.document("BÁO CÁO", "Kết quả đánh giá, xếp loại "+lowerFirst(g.Label))
	d.Blocks = []Block{
		{Heading: "I. KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI"},
		{Text: fmt.Sprintf("Căn cứ %s, kết quả thực hiện nhiệm vụ tính đến ngày %s và điểm tiêu chí chung do Văn phòng tổng hợp, "+
			"kết quả đánh giá, xếp loại như sau:", g.Rules.Name, g.AsOf.Format()) + closedSentence(g.Closing)},
		{Table: &sum},
		{Heading: "II. DIỄN GIẢI ĐIỂM"},
	}
	for i, s := range g.Subjects {
		d.Blocks = append(d.Blocks, Block{Heading: fmt.Sprintf("%d. %s", i+1, s.Name)})
		for _, l := range s.Lines {
			d.Blocks = append(d.Blocks, Block{Text: "- " + l.Text})
		}
	}
	return d
}

// closedSentence says, after a report's first paragraph, when a closed
// period's figures were closed; "" when they were computed now.
func closedSentence(c *tiendo.PeriodClosing) string {
	if c == nil {
		return ""
	}
	return " S" + closedText(c)[1:] + "."
}

func trimRows(rows [][]any, n int) [][]any {
	out := make([][]any, len(rows))
	for i, r := range rows {
		out[i] = r[:n]
	}
	return out
}

// abbreviation guesses the symbol of the issuing body for the number
// ("VĂN PHÒNG" → "VP"); the office overrides it with --number.
func abbreviation(body string) string {
	var b strings.Builder
	for _, w := range strings.Fields(body) {
		r := []rune(vn.Fold(w))
		if len(r) > 0 {
			b.WriteString(strings.ToUpper(string(r[0])))
		}
	}
	if b.Len() == 0 {
		return "UBND"
	}
	return b.String()
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func ptr[T any](v T) *T { return &v }

// CellText writes one value for a printed table.
func CellText(k Kind, v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case int:
		if k == Int {
			return Num(x)
		}
		return fmt.Sprint(x)
	case *float64:
		return Percent(x)
	case float64:
		return commaDecimal(strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", x), "0"), "."))
	case vn.Date:
		if x.IsZero() {
			return ""
		}
		return x.Format()
	}
	return fmt.Sprint(v)
}

// dateLine is "Hai Bà Trưng, ngày 14 tháng 01 năm 2020".
func dateLine(place string, d vn.Date) string {
	// NĐ 30/2020: days below 10 and months 1 and 2 take a leading zero.
	month := fmt.Sprint(int(d.Month))
	if d.Month <= 2 {
		month = "0" + month
	}
	s := fmt.Sprintf("ngày %02d tháng %s năm %d", d.Day, month, d.Year)
	if place == "" {
		return s
	}
	return place + ", " + s
}
