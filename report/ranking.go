package report

import (
	"tiendo/service"
)

// RankingTables are the ranking of organisations as one sheet per volume
// band, each in rank order with the counts of the statistics table, so a
// unit is compared with its peers (GET /api/v1/stats/ranking).
func RankingTables(rep *service.StatsReport, bands []service.RankBand) []Table {
	tables := make([]Table, 0, len(bands))
	for _, b := range bands {
		t := Table{Sheet: b.Label, Title: "XẾP HẠNG ĐƠN VỊ " + upper(rep.Label) + " — " + upper(b.Label),
			Subtitle: ClosedLine(PeriodLine(rep.From, rep.To, rep.AsOf), rep.Closing),
			Columns:  append([]Column{{"Hạng", Int, 6}, {"Mã", Text, 14}, {"Đơn vị chủ trì", Text, 40}}, statsColumns...)}
		for i, l := range b.Rows {
			t.Rows = append(t.Rows, append([]any{i + 1, l.Key.Code, l.Key.Name}, countsRow(l.Counts)...))
		}
		tables = append(tables, t)
	}
	return tables
}

// TrendTable is the totals of consecutive periods, oldest first, each at
// its own as-of date (GET /api/v1/stats/trend).
func TrendTable(pts []service.TrendPoint) Table {
	t := Table{Sheet: "Xu hướng", Title: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ QUA CÁC KỲ",
		Columns: append([]Column{{"Kỳ", Text, 18}, {"Số liệu tính đến ngày", Date, 12}}, statsColumns...)}
	if len(pts) > 0 {
		first, last := pts[0], pts[len(pts)-1]
		t.Subtitle = "(" + first.Label + " – " + last.Label + ")"
	}
	for _, p := range pts {
		t.Rows = append(t.Rows, append([]any{p.Label, p.AsOf}, countsRow(p.Counts)...))
	}
	return t
}
