package report

import (
	"context"
	"fmt"
	"io"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// CaseExport is the statistics of the steering committee 197's cases
// (issue 16 item 2) with the organisation tree its letterhead comes from,
// read through the service so the actor's scope applies.
type CaseExport struct {
	Stats *service.CaseStatsResult
	Tree  *tiendo.OrgTree // nil: no letterhead
}

// GatherCases computes the case statistics of q and reads the tree.
func GatherCases(ctx context.Context, svc *service.Service, q tiendo.CaseStatsQuery) (*CaseExport, error) {
	res, tree, err := withTree(ctx, svc, func() (*service.CaseStatsResult, error) { return svc.CaseStats(ctx, q) })
	if err != nil {
		return nil, err
	}
	return &CaseExport{Stats: res, Tree: tree}, nil
}

// Write writes the statistics: xlsx (the table), docx or pdf (the report
// "Báo cáo kết quả xử lý vi phạm trật tự đô thị"), json (as GET
// /api/v1/cases/stats).
func (e *CaseExport) Write(w io.Writer, format string, o ReportOptions, fonts func() (*Fonts, error)) error {
	return writePaper(w, format, e.Stats, []Table{CaseStatsTable(e.Stats)}, func() Document { return e.Document(o) }, fonts)
}

// Document is the report in the NĐ 30 layout. Unset header fields come
// from the letterhead of the one ward asked about, else of the topmost
// organisation of the actor's scope (the ward, or the district or city
// above its wards).
func (e *CaseExport) Document(o ReportOptions) Document {
	q := e.Stats.Query
	letterhead(&o, e.Tree, caseIssuer(e.Tree, q), q.AsOf)
	return CaseResults(e.Stats, o)
}

// caseIssuer is the organisation a case report is issued by: the one
// ward of the query, the one root of the scope, or the tree's one root.
func caseIssuer(tree *tiendo.OrgTree, q tiendo.CaseStatsQuery) int64 {
	if tree == nil {
		return 0
	}
	if len(q.WardIDs) == 1 {
		return q.WardIDs[0]
	}
	if q.Unscoped || len(q.ScopeOrgIDs) == 0 {
		return issuer(tree, nil, nil)
	}
	in := make(map[int64]bool, len(q.ScopeOrgIDs))
	for _, id := range q.ScopeOrgIDs {
		in[id] = true
	}
	var roots []*tiendo.Org
	for _, id := range q.ScopeOrgIDs {
		if o := tree.Org(id); o != nil && (o.ParentID == nil || !in[*o.ParentID]) {
			roots = append(roots, o)
		}
	}
	return issuer(tree, nil, roots)
}

// CaseResults is the report "Báo cáo kết quả xử lý vi phạm trật tự đô
// thị": the counts in words, the table by the query's group, proposals.
func CaseResults(res *service.CaseStatsResult, o ReportOptions) Document {
	q := res.Query
	o.defaults("BC", q.AsOf, "Các đơn vị, tổ dân phố có tên trong báo cáo")
	c := res.Total
	d := o.document("BÁO CÁO", "Kết quả xử lý vi phạm trật tự đô thị "+casePeriodText(q.Period, q.AsOf))
	group := caseGroupTitles[q.Group]
	if group == "" {
		group = caseGroupTitles[tiendo.CaseByWard]
	}
	table := CaseStatsTable(res)
	d.Blocks = []Block{
		{Heading: "I. KẾT QUẢ PHÁT HIỆN, XỬ LÝ VI PHẠM"},
		{Text: fmt.Sprintf("%s, tính đến ngày %s, tổng số vụ việc vi phạm trật tự đô thị phải xử lý là %s vụ việc, "+
			"trong đó %s vụ việc phát hiện trong kỳ và %s vụ việc tái phạm.", upperFirst(casePeriodText(q.Period, q.AsOf)),
			q.AsOf.Format(), Num(c.Total), Num(c.Found), Num(c.Repeat))},
		{Text: fmt.Sprintf("Đã xử lý xong %s vụ việc (%s vụ việc đúng hạn, %s vụ việc trễ hạn); đang xử lý trong hạn %s vụ việc; "+
			"quá hạn chưa xử lý xong %s vụ việc.", Num(c.DoneOnTime+c.DoneLate), Num(c.DoneOnTime), Num(c.DoneLate),
			Num(c.Open), Num(c.Overdue))},
		{Text: "Kết quả cụ thể theo " + strings.ToLower(group) + " như sau:"},
		{Table: &table},
		{Heading: "II. KIẾN NGHỊ, ĐỀ XUẤT"},
		{Text: "Đề nghị các đơn vị, tổ dân phố có vụ việc quá hạn khẩn trương xử lý dứt điểm, báo cáo kết quả; tăng cường " +
			"kiểm tra, giám sát các địa bàn có vụ việc tái phạm, không để phát sinh vi phạm mới."},
	}
	return d
}

// casePeriodText is "từ ngày 14/09/2026 đến ngày 06/12/2026", with an
// open end written as such.
func casePeriodText(p tiendo.DateRange, asOf vn.Date) string {
	switch {
	case p.From.IsZero() && p.To.IsZero():
		return "đến ngày " + asOf.Format()
	case p.From.IsZero():
		return "đến ngày " + p.To.Format()
	case p.To.IsZero():
		return "từ ngày " + p.From.Format() + " đến ngày " + asOf.Format()
	}
	return "từ ngày " + p.From.Format() + " đến ngày " + p.To.Format()
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}
