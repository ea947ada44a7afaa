package report

import (
	"fmt"
	"strings"

	"tiendo"
	"tiendo/service"
)

// PackDocument lays a meeting's briefing pack out as an NĐ 30/2020
// report of the meeting's organisation (its letterhead from tree, which
// may be nil): one heading and table per section, numbered from I in the
// order the meeting takes them.
func PackDocument(p *service.Pack, tree *tiendo.OrgTree) Document {
	m := p.Meeting
	o := ReportOptions{Date: p.AsOf}
	letterhead(&o, tree, m.OrgID, p.AsOf)
	if o.Body == "" {
		o.Body = upperName(p.Org)
	}
	o.defaults("BC", p.AsOf, "Chủ trì và thành phần dự họp")
	d := o.document("BÁO CÁO", "Tình hình thực hiện nhiệm vụ phục vụ "+lowerFirst(m.Title)+" ngày "+m.Date.Format())
	d.Blocks = append(d.Blocks, Block{Text: fmt.Sprintf("Số liệu từ ngày %s đến ngày %s; phiên họp tiếp theo dự kiến ngày %s. Chủ trì: %s. Địa điểm: %s.",
		p.From.Format(), p.AsOf.Format(), p.Next.Format(), m.Chair, m.Place)})
	n := 0
	section := func(title string, t Table, rows int) {
		n++
		d.Blocks = append(d.Blocks, Block{Heading: Roman(n) + ". " + title})
		if rows == 0 {
			d.Blocks = append(d.Blocks, Block{Text: "Không có."})
			return
		}
		d.Blocks = append(d.Blocks, Block{Table: &t})
	}
	if p.Previous != nil {
		section("Kết quả thực hiện kết luận phiên họp ngày "+p.Previous.Date.Format(), packTaskTable(p.PreviousConclusions), len(p.PreviousConclusions))
	}
	section("Nhiệm vụ đã hoàn thành trong kỳ", packTaskTable(p.Completed), len(p.Completed))
	var overdue []service.PackTask
	for _, u := range p.Overdue {
		overdue = append(overdue, u.Tasks...)
	}
	section("Nhiệm vụ quá hạn theo đơn vị", packOverdueTable(overdue), len(overdue))
	section("Nhiệm vụ đến hạn trước phiên họp tiếp theo", packTaskTable(p.DueSoon), len(p.DueSoon))
	section("Đề nghị gia hạn chờ quyết định", packTaskTable(p.Extensions), len(p.Extensions))
	section("Chỉ tiêu", targetTable(p.Targets), len(p.Targets))
	if p.Cases != nil {
		section("Vụ việc vi phạm trật tự đô thị trong kỳ", CaseStatsTable(p.Cases), len(p.Cases.Rows))
	}
	section(fmt.Sprintf("Đơn vị không cập nhật tiến độ quá %d ngày", p.SilentDays), silentTable(p.Silent), len(p.Silent))
	section("Đơn vị báo cáo tại phiên họp", reportingTable(p.Reporting), len(p.Reporting))
	return d
}

// Roman writes 1–39 as a Roman numeral, the numbering of a document's
// parts ("I", "IV", "XII").
func Roman(n int) string {
	var b strings.Builder
	for _, r := range []struct {
		v int
		s string
	}{{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for ; n >= r.v; n -= r.v {
			b.WriteString(r.s)
		}
	}
	return b.String()
}

func packTaskTable(ts []service.PackTask) Table {
	t := Table{Columns: []Column{{"Số", Int, 6}, {"Nội dung", Text, 50}, {"Đơn vị chủ trì", Text, 24},
		{"Thời hạn", Date, 11}, {"Tình hình", Text, 18}}}
	for _, x := range ts {
		t.Rows = append(t.Rows, []any{int(x.ID), x.Title, x.Lead, x.Due, TimelinessLabel(x.Timeliness)})
	}
	return t
}

func packOverdueTable(ts []service.PackTask) Table {
	t := Table{Columns: []Column{{"Đơn vị chủ trì", Text, 22}, {"Số", Int, 6}, {"Nội dung", Text, 40},
		{"Thời hạn", Date, 11}, {"Số ngày quá hạn", Int, 9}, {"Báo cáo gần nhất", Text, 30}}}
	for _, x := range ts {
		last := "Chưa báo cáo"
		if u := x.LastUpdate; u != nil {
			last = u.AsOf.Format() + ": " + firstNonEmpty(u.Narrative, u.Results, u.Problems)
		}
		t.Rows = append(t.Rows, []any{x.Lead, int(x.ID), x.Title, x.Due, x.OverdueDays, last})
	}
	return t
}

func targetTable(lines []service.TargetLine) Table {
	t := Table{Columns: []Column{{"Chỉ tiêu", Text, 40}, {"Đơn vị", Text, 22}, {"Kỳ", Text, 9},
		{"Kế hoạch", Text, 12}, {"Thực hiện", Text, 12}, {"Đánh giá", Text, 14}}}
	for _, l := range lines {
		a := l.Assessment
		t.Rows = append(t.Rows, []any{l.Target.Name + " (" + l.Target.Unit + ")", l.Org, a.Period,
			Figure(a.Expected), Figure(a.Actual), TargetStatusLabel(a.Status)})
	}
	return t
}

func silentTable(us []service.SilentUnit) Table {
	t := Table{Columns: []Column{{"Đơn vị", Text, 36}, {"Nhiệm vụ đang mở", Int, 10}, {"Báo cáo gần nhất", Text, 16}}}
	for _, u := range us {
		last := "Chưa báo cáo"
		if !u.LastUpdate.IsZero() {
			last = fmt.Sprintf("%s (%d ngày)", u.LastUpdate.Format(), u.Days)
		}
		t.Rows = append(t.Rows, []any{u.Name, u.OpenTasks, last})
	}
	return t
}

func reportingTable(rs []service.ReportingUnit) Table {
	t := Table{Columns: []Column{{"Đơn vị", Text, 36}, {"Đang thực hiện", Int, 10}, {"Quá hạn", Int, 9},
		{"Hoàn thành trong kỳ", Int, 10}}}
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

// Figure writes a measured value the Vietnamese way (1.234,5), "—" for
// none.
func Figure(v *float64) string {
	if v == nil {
		return "—"
	}
	s := strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", *v), "0"), ".")
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
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

// TargetStatusLabel is the Vietnamese name of a target's standing.
func TargetStatusLabel(s tiendo.TargetStatus) string { return targetStatusNames[s] }
