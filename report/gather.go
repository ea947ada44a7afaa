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
	if e.Orgs, err = orgsByID(ctx, svc); err != nil {
		return nil, err
	}
	return e, nil
}

func orgsByID(ctx context.Context, svc *service.Service) (map[int64]*tiendo.Org, error) {
	orgs, err := svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	m := make(map[int64]*tiendo.Org, len(orgs))
	for _, o := range orgs {
		m[o.ID] = o
	}
	return m, nil
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
// header fields come from the organisation reported on: its name as the
// issuing body, its parent's as the governing body.
func (e *StatsExport) Document(o ReportOptions) Document {
	if org := e.Stats.Org; org != nil {
		if o.Body == "" {
			o.Body = strings.ToUpper(org.Name)
		}
		if o.ParentBody == "" && org.ParentID != nil {
			if p := e.Orgs[*org.ParentID]; p != nil {
				o.ParentBody = strings.ToUpper(p.Name)
			}
		}
	}
	if o.Body == "" {
		o.Body = "VĂN PHÒNG"
	}
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
}

// Write writes the grade sheet: xlsx (grades and explanations), docx or
// pdf (a report), json (the sheet).
func (g GradeExport) Write(w io.Writer, format string, o ReportOptions, fonts func() (*Fonts, error)) error {
	if o.Body == "" {
		o.Body = "VĂN PHÒNG"
		if g.Sheet.Org != nil {
			o.Body = strings.ToUpper(g.Sheet.Org.Name)
		}
	}
	switch format {
	case "json":
		return json.NewEncoder(w).Encode(g.Sheet)
	case "xlsx":
		return WriteXLSX(w, GradeTables(g.Sheet)...)
	case "docx":
		return WriteDOCX(w, GradeDocument(g.Sheet, o))
	case "pdf":
		f, err := fonts()
		if err != nil {
			return err
		}
		return WritePDF(w, GradeDocument(g.Sheet, o), f)
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
