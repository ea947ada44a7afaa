package report

import (
	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// caseGroupTitles names the key column of each case breakdown.
var caseGroupTitles = map[tiendo.CaseGroup]string{
	tiendo.CaseByWard: "Phường, xã", tiendo.CaseByPlace: "Địa bàn", tiendo.CaseByKind: "Loại vi phạm",
	tiendo.CaseByWeek: "Tuần", tiendo.CaseByMonth: "Tháng",
}

// caseColumns are the counts of a case statistics table, in the order of
// tiendo.CaseCells.
var caseColumns = []Column{
	{"Tổng số vụ việc", Int, 10}, {"Phát hiện trong kỳ", Int, 10}, {"Xử lý đúng hạn", Int, 10},
	{"Xử lý trễ hạn", Int, 10}, {"Đang xử lý", Int, 10}, {"Quá hạn", Int, 9}, {"Tái phạm", Int, 9},
}

// CaseStatsTable is the statistics of the steering committee 197's cases
// (issue 16 item 2) with a total row last; label names the rows' groups
// (ward, street, kind as the page shows them).
func CaseStatsTable(res *service.CaseStatsResult) Table {
	q := res.Query
	t := Table{Sheet: "Vụ việc 197", Title: "THỐNG KÊ VỤ VIỆC VI PHẠM TRẬT TỰ ĐÔ THỊ",
		Subtitle: casePeriodLine(q.Period, q.AsOf),
		Columns:  append([]Column{{"STT", Int, 5}, {caseGroupTitles[q.Group], Text, 36}}, caseColumns...)}
	for i, l := range res.Rows {
		label := l.Label
		if label == "" {
			label = "Không gắn địa bàn"
		}
		t.Rows = append(t.Rows, append([]any{i + 1, label}, caseCounts(l.CaseCounts)...))
	}
	t.Rows = append(t.Rows, append([]any{nil, "Tổng cộng"}, caseCounts(res.Total)...))
	return t
}

func caseCounts(n tiendo.CaseCounts) []any {
	out := make([]any, len(tiendo.CaseCells))
	for i, c := range tiendo.CaseCells {
		out[i], _ = n.Cell(c)
	}
	return out
}

// casePeriodLine is the subtitle of a case table: PeriodLine, or the
// open period in words.
func casePeriodLine(p tiendo.DateRange, asOf vn.Date) string {
	if p.From.IsZero() || p.To.IsZero() {
		return "(" + upperFirst(casePeriodText(p, asOf)) + "; số liệu tính đến ngày " + asOf.Format() + ")"
	}
	return PeriodLine(p.From, p.To, asOf)
}
