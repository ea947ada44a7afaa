package web

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"tiendo"
	"tiendo/report"
)

// maxExportTasks bounds a task-list export; a bigger list should be
// narrowed by its filters (or taken with tiendo report on the server).
const maxExportTasks = 50000

// documentParams are the optional header fields of DOCX and PDF reports.
var documentParams = []string{"format", "number", "place", "body", "signer", "signer_role"}

// formatParam reads format (one of allowed).
func formatParam(q *query, allowed ...string) string {
	f := q.str("format")
	if !slices.Contains(allowed, f) {
		q.fail("format", "phải là "+strings.Join(allowed, ", "))
	}
	return f
}

func reportOptions(q *query) report.ReportOptions {
	return report.ReportOptions{Number: q.str("number"), Place: q.str("place"), Body: q.str("body"),
		SignerName: q.str("signer"), SignerRole: strings.ReplaceAll(q.str("signer_role"), "|", "\n")}
}

// sendFile writes a generated file as a download. The file is built in
// memory first so that an error still becomes a proper error response.
func sendFile(w http.ResponseWriter, name, format string, write func(*bytes.Buffer) error) error {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	w.Header().Set("Content-Type", report.ContentTypes[format])
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s.%s"`, name, format))
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
	return nil
}

// fonts loads the PDF font; its absence is an internal error (the
// server's machine needs fonts-dejavu-core).
func fonts() (*report.Fonts, error) {
	f, err := report.LoadFonts("")
	if err != nil {
		return nil, &tiendo.Error{Code: tiendo.EINTERNAL, Message: "Máy chủ thiếu phông chữ để xuất PDF", Err: err}
	}
	return f, nil
}

// exportStats: GET /api/v1/export/stats?period=…&format=xlsx|docx|pdf|json
// — the statistics table (and the overdue list) as a file.
func (s *Server) exportStats(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, append(statsParams, documentParams...)...)
	format := formatParam(q, report.Formats...)
	o := reportOptions(q)
	req, err := s.statsRequest(r.Context(), q)
	if err != nil {
		return err
	}
	e, err := report.GatherStats(r.Context(), s.svc, req, 200)
	if err != nil {
		return err
	}
	name := "thong-ke-" + e.Stats.Period.String()
	return sendFile(w, name, format, func(b *bytes.Buffer) error { return e.Write(b, format, o, fonts) })
}

// exportRanking: GET /api/v1/export/ranking?<the ranking's parameters>&format=xlsx
// — one sheet per volume band.
func (s *Server) exportRanking(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, append(statsParams, "bands", "format")...)
	formatParam(q, "xlsx")
	rep, bands, _, err := s.ranking(r.Context(), q)
	if err != nil {
		return err
	}
	tables := report.RankingTables(rep, bands)
	return sendFile(w, "xep-hang-"+rep.Period.String(), "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, tables...) })
}

// exportTrend: GET /api/v1/export/trend?<the trend's parameters>&format=xlsx
func (s *Server) exportTrend(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, append(statsParams, "n", "format")...)
	formatParam(q, "xlsx")
	pts, err := s.trend(r.Context(), q)
	if err != nil {
		return err
	}
	t := report.TrendTable(pts)
	return sendFile(w, "xu-huong", "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, t) })
}

// exportTasks: GET /api/v1/export/tasks?<the task list filters>&format=xlsx
// — every task of the list (up to maxExportTasks) in one workbook.
func (s *Server) exportTasks(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, "q", "org", "role", "status", "timeliness", "as_of", "due_from", "due_to", "document",
		"parent", "category", "sort", "period", "cutoff", "subtree", "leader", "assignee", "format")
	formatParam(q, "xlsx")
	f, err := s.taskFilter(r.Context(), q)
	if err != nil {
		return err
	}
	tasks, err := s.allTasks(r, f)
	if err != nil {
		return err
	}
	orgs, err := s.svc.ListOrgs(r.Context(), tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	names := make(map[int64]string, len(orgs))
	for _, o := range orgs {
		names[o.ID] = o.Name
	}
	title := "DANH SÁCH NHIỆM VỤ"
	if !f.Period.IsZero() {
		title += fmt.Sprintf(" TỪ %s ĐẾN %s", f.Period.From.Format(), f.Period.To.Format())
	}
	t := report.TaskTable(title, tasks, f.AsOf, names)
	return sendFile(w, "nhiem-vu-"+f.AsOf.String(), "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, t) })
}

// allTasks reads every page of a list through the service (scope applied).
func (s *Server) allTasks(r *http.Request, f tiendo.TaskFilter) ([]*tiendo.Task, error) {
	var out []*tiendo.Task
	f.Page = tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}
	for {
		page, total, err := s.svc.ListTasks(r.Context(), f)
		if err != nil {
			return nil, err
		}
		if total > maxExportTasks {
			return nil, tiendo.Errorf(tiendo.EINVALID, "Danh sách có %d nhiệm vụ, vượt quá %d: hãy thu hẹp bộ lọc", total, maxExportTasks)
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out, nil
		}
		f.Page.Page++
	}
}

// exportGrades: GET /api/v1/export/grades?period=…&rules=…&kind=…&format=
func (s *Server) exportGrades(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, append(append(statsParams, documentParams...), "rules", "kind")...)
	format := formatParam(q, report.Formats...)
	o := reportOptions(q)
	req, err := s.gradeRequest(r, q)
	if err != nil {
		return err
	}
	g, err := report.GatherGrades(r.Context(), s.svc, req)
	if err != nil {
		return err
	}
	name := "xep-loai-" + g.Sheet.Period.String()
	return sendFile(w, name, format, func(b *bytes.Buffer) error { return g.Write(b, format, o, fonts) })
}
