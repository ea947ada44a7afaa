package report

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// Formats are the output formats of a statistics report.
var Formats = []string{"json", "xlsx", "docx", "pdf"}

// StatsExport is everything a statistics report holds, read through the
// service so the actor's scope applies and the numbers are the API's.
type StatsExport struct {
	Stats        *service.StatsReport
	Cutoffs      *vn.Cutoffs
	Overdue      []*tiendo.Task // the longest overdue first
	OverdueTotal int
	Orgs         map[int64]*tiendo.Org
	Tree         *tiendo.OrgTree // the letterhead's source; nil: none
}

// GatherStats computes the statistics of req and lists up to overdueLimit
// of its overdue tasks (the total row's overdue cell); for a closed period
// both are those frozen at closing.
func GatherStats(ctx context.Context, svc *service.Service, req service.StatsRequest, overdueLimit int) (*StatsExport, error) {
	rep, err := svc.Stats(ctx, req)
	if err != nil {
		return nil, err
	}
	e := &StatsExport{Stats: rep, Cutoffs: req.Cutoffs}
	if e.Overdue, e.OverdueTotal, err = svc.OverdueTasks(ctx, rep, overdueLimit); err != nil {
		return nil, err
	}
	if e.Tree, err = OrgTree(ctx, svc); err != nil {
		return nil, err
	}
	e.Orgs = make(map[int64]*tiendo.Org)
	for _, id := range e.Tree.IDs() {
		e.Orgs[id] = e.Tree.Org(id)
	}
	return e, nil
}

// OrgTree reads the organisation tree the letterheads are derived from.
func OrgTree(ctx context.Context, svc *service.Service) (*tiendo.OrgTree, error) {
	orgs, err := svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	return tiendo.NewOrgTree(orgs), nil
}

// issuer is the organisation that issues a report on org (nil: the
// scope of roots, nil for the whole tree): org itself, the one root of
// the scope, or the tree's one root; 0 when there is no single one.
func issuer(tree *tiendo.OrgTree, org *tiendo.Org, roots []*tiendo.Org) int64 {
	switch {
	case org != nil:
		return org.ID
	case len(roots) == 1:
		return roots[0].ID
	case roots == nil && tree != nil && len(tree.Roots()) == 1:
		return tree.Roots()[0]
	}
	return 0
}

// letterhead fills o's empty header fields from the tree; id 0 or a nil
// tree leaves them.
func letterhead(o *ReportOptions, tree *tiendo.OrgTree, id int64, on vn.Date) {
	if tree == nil || id == 0 {
		return
	}
	if !o.Date.IsZero() {
		on = o.Date
	}
	o.fill(LetterheadOf(tree, id, on))
}

// orgNames maps ids to names for the task tables.
func orgNames(orgs map[int64]*tiendo.Org) map[int64]string {
	m := make(map[int64]string, len(orgs))
	for id, o := range orgs {
		m[id] = o.Name
	}
	return m
}

// Document is the report "Báo cáo kết quả thực hiện nhiệm vụ". Unset
// header fields come from the letterhead of the organisation reported on
// (LetterheadOf), or of the scope's one root.
func (e *StatsExport) Document(o ReportOptions) Document {
	letterhead(&o, e.Tree, issuer(e.Tree, e.Stats.Org, e.Stats.Roots), e.Stats.AsOf)
	return TaskResults(e.Stats, e.Overdue, e.OverdueTotal, orgNames(e.Orgs), o)
}

// Write writes the report in format: json (as GET /api/v1/stats), xlsx
// (the statistics table and the overdue list), docx or pdf (the report).
func (e *StatsExport) Write(w io.Writer, format string, o ReportOptions, fonts func() (*Fonts, error)) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // links keep their & for people reading the file
		return enc.Encode(NewStatsJSON(e.Stats, e.Cutoffs))
	case "xlsx":
		overdue := TaskTable("NHIỆM VỤ QUÁ HẠN "+upper(e.Stats.Label), e.Overdue, e.Stats.AsOf, orgNames(e.Orgs))
		overdue.Sheet = "Quá hạn"
		return WriteXLSX(w, StatsTable(e.Stats), overdue)
	case "docx":
		return WriteDOCX(w, e.Document(o))
	case "pdf":
		f, err := fonts()
		if err != nil {
			return err
		}
		return WritePDF(w, e.Document(o), f)
	}
	return tiendo.FieldError("format", "Định dạng phải là "+strings.Join(Formats, ", "))
}

// GradeExport is a grade sheet ready to write.
type GradeExport struct {
	Sheet *service.GradeSheet
	Tree  *tiendo.OrgTree // the letterhead's source; nil: none
}

// GatherGrades computes the grade sheet of req with the organisation tree
// its letterhead comes from.
func GatherGrades(ctx context.Context, svc *service.Service, req service.GradeRequest) (*GradeExport, error) {
	sheet, tree, err := withTree(ctx, svc, func() (*service.GradeSheet, error) { return svc.Grades(ctx, req) })
	if err != nil {
		return nil, err
	}
	return &GradeExport{Sheet: sheet, Tree: tree}, nil
}

// withTree computes a paper's figures with get, then reads the
// organisation tree its letterhead comes from.
func withTree[T any](ctx context.Context, svc *service.Service, get func() (T, error)) (T, *tiendo.OrgTree, error) {
	v, err := get()
	if err != nil {
		return v, nil, err
	}
	tree, err := OrgTree(ctx, svc)
	return v, tree, err
}

// Write writes the grade sheet: xlsx (grades and explanations), docx or
// pdf (a report), json (the sheet).
func (g GradeExport) Write(w io.Writer, format string, o ReportOptions, fonts func() (*Fonts, error)) error {
	letterhead(&o, g.Tree, issuer(g.Tree, g.Sheet.Org, nil), g.Sheet.AsOf)
	if o.Body == "" && g.Sheet.Org != nil {
		o.Body = upperName(g.Sheet.Org.Name)
	}
	return writePaper(w, format, g.Sheet, GradeTables(g.Sheet), func() Document { return GradeDocument(g.Sheet, o) }, fonts)
}

// writePaper writes a paper in format: json (v), xlsx (tables), docx or
// pdf (the document doc lays out).
func writePaper(w io.Writer, format string, v any, tables []Table, doc func() Document, fonts func() (*Fonts, error)) error {
	switch format {
	case "json":
		return json.NewEncoder(w).Encode(v)
	case "xlsx":
		return WriteXLSX(w, tables...)
	case "docx":
		return WriteDOCX(w, doc())
	case "pdf":
		f, err := fonts()
		if err != nil {
			return err
		}
		return WritePDF(w, doc(), f)
	}
	return tiendo.FieldError("format", fmt.Sprintf("Định dạng phải là %s", strings.Join(Formats, ", ")))
}

// ContentTypes are the media types of the formats.
var ContentTypes = map[string]string{
	"json": "application/json; charset=utf-8",
	"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	"pdf":  "application/pdf",
}
