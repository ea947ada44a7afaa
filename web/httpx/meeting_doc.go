package httpx

import (
	"fmt"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
)

// PackDocument lays a briefing pack out as an NĐ 30/2020 document (the
// report package writes it as DOCX or PDF): one heading and table per
// section, in the order the meeting takes them.
func PackDocument(p *service.Pack) report.Document {
	m := p.Meeting
	d := report.Document{Body: strings.ToUpper(p.Org), Number: "Số:      /TL-GB", Date: p.AsOf, Kind: "TÀI LIỆU",
		Summary:    "Phục vụ " + lowerInitial(m.Title) + " ngày " + m.Date.Format(),
		Recipients: []string{"Chủ trì và thành phần dự họp", "Lưu: VT"}, SignerRole: "VĂN PHÒNG"}
	d.Blocks = append(d.Blocks, report.Block{Text: fmt.Sprintf("Số liệu từ ngày %s đến ngày %s; phiên họp tiếp theo dự kiến ngày %s. Chủ trì: %s. Địa điểm: %s.",
		p.From.Format(), p.AsOf.Format(), p.Next.Format(), m.Chair, m.Place)})
	section := func(title string, t report.Table, rows int) {
		d.Blocks = append(d.Blocks, report.Block{Heading: title})
		if rows == 0 {
			d.Blocks = append(d.Blocks, report.Block{Text: "Không có."})
			return
		}
		d.Blocks = append(d.Blocks, report.Block{Table: &t})
	}
	if p.Previous != nil {
		section("I. Kết quả thực hiện kết luận phiên họp ngày "+p.Previous.Date.Format(), packTaskTable(p.PreviousConclusions, true), len(p.PreviousConclusions))
	}
	section("II. Nhiệm vụ đã hoàn thành trong kỳ", packTaskTable(p.Completed, false), len(p.Completed))
	var overdue []service.PackTask
	for _, u := range p.Overdue {
		overdue = append(overdue, u.Tasks...)
	}
	section("III. Nhiệm vụ quá hạn theo đơn vị", overdueTable(overdue), len(overdue))
	section("IV. Nhiệm vụ đến hạn trước phiên họp tiếp theo", packTaskTable(p.DueSoon, false), len(p.DueSoon))
	section("V. Đề nghị gia hạn chờ quyết định", packTaskTable(p.Extensions, false), len(p.Extensions))
	section("VI. Chỉ tiêu", targetTable(p.Targets), len(p.Targets))
	section(fmt.Sprintf("VII. Đơn vị không cập nhật tiến độ quá %d ngày", p.SilentDays), silentTable(p.Silent), len(p.Silent))
	section("VIII. Đơn vị báo cáo tại phiên họp", reportingTable(p.Reporting), len(p.Reporting))
	return d
}

func lowerInitial(s string) string {
	for i, r := range s {
		return strings.ToLower(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func packTaskTable(ts []service.PackTask, withStatus bool) report.Table {
	t := report.Table{Columns: []report.Column{{Title: "Số", Kind: report.Int, Width: 6}, {Title: "Nội dung", Width: 50},
		{Title: "Đơn vị chủ trì", Width: 24}, {Title: "Thời hạn", Kind: report.Date, Width: 11}, {Title: "Tình hình", Width: 18}}}
	for _, x := range ts {
		t.Rows = append(t.Rows, []any{int(x.ID), x.Title, x.Lead, x.Due, report.TimelinessLabel(x.Timeliness)})
	}
	return t
}

func overdueTable(ts []service.PackTask) report.Table {
	t := report.Table{Columns: []report.Column{{Title: "Đơn vị chủ trì", Width: 22}, {Title: "Số", Kind: report.Int, Width: 6},
		{Title: "Nội dung", Width: 40}, {Title: "Thời hạn", Kind: report.Date, Width: 11},
		{Title: "Số ngày quá hạn", Kind: report.Int, Width: 9}, {Title: "Báo cáo gần nhất", Width: 30}}}
	for _, x := range ts {
		last := "Chưa báo cáo"
		if u := x.LastUpdate; u != nil {
			last = u.AsOf.Format() + ": " + firstNonEmpty(u.Narrative, u.Results, u.Problems)
		}
		t.Rows = append(t.Rows, []any{x.Lead, int(x.ID), x.Title, x.Due, x.OverdueDays, last})
	}
	return t
}

func targetTable(lines []service.TargetLine) report.Table {
	t := report.Table{Columns: []report.Column{{Title: "Chỉ tiêu", Width: 40}, {Title: "Đơn vị", Width: 22}, {Title: "Kỳ", Width: 9},
		{Title: "Kế hoạch", Width: 12}, {Title: "Thực hiện", Width: 12}, {Title: "Đánh giá", Width: 14}}}
	for _, l := range lines {
		a := l.Assessment
		t.Rows = append(t.Rows, []any{l.Target.Name + " (" + l.Target.Unit + ")", l.Org, a.Period,
			FormatValue(a.Expected), FormatValue(a.Actual), targetStatusLabel(a.Status)})
	}
	return t
}

func silentTable(us []service.SilentUnit) report.Table {
	t := report.Table{Columns: []report.Column{{Title: "Đơn vị", Width: 36}, {Title: "Nhiệm vụ đang mở", Kind: report.Int, Width: 10},
		{Title: "Báo cáo gần nhất", Width: 16}}}
	for _, u := range us {
		last := "Chưa báo cáo"
		if !u.LastUpdate.IsZero() {
			last = fmt.Sprintf("%s (%d ngày)", u.LastUpdate.Format(), u.Days)
		}
		t.Rows = append(t.Rows, []any{u.Name, u.OpenTasks, last})
	}
	return t
}

func reportingTable(rs []service.ReportingUnit) report.Table {
	t := report.Table{Columns: []report.Column{{Title: "Đơn vị", Width: 36}, {Title: "Đang thực hiện", Kind: report.Int, Width: 10},
		{Title: "Quá hạn", Kind: report.Int, Width: 9}, {Title: "Hoàn thành trong kỳ", Kind: report.Int, Width: 10}}}
	for _, r := range rs {
		t.Rows = append(t.Rows, []any{r.Name, r.Open, r.Overdue, r.Completed})
	}
	return t
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// FormatValue writes a figure the Vietnamese way (1.234,5), "—" for none.
func FormatValue(v *float64) string {
	if v == nil {
		return "—"
	}
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", *v), "0"), ".")
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("," + frac)
	}
	return b.String()
}

var targetStatusNames = map[tiendo.TargetStatus]string{
	tiendo.TargetOnTrack: "Đạt tiến độ", tiendo.TargetDeveloping: "Cần cố gắng",
	tiendo.TargetAtRisk: "Có nguy cơ không đạt", tiendo.TargetUnknown: "Chưa đánh giá được",
}

func targetStatusLabel(s tiendo.TargetStatus) string { return targetStatusNames[s] }
