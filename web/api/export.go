package api

import (
	"bytes"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/web/httpx"
)

// documentParams are the optional header fields of DOCX and PDF reports.
var documentParams = []string{"format", "number", "place", "body", "signer", "signer_role"}

// formatParam reads format (one of allowed).
func formatParam(q *httpx.Query, allowed ...string) string {
	f := q.Str("format")
	if !slices.Contains(allowed, f) {
		q.Fail("format", "phải là "+strings.Join(allowed, ", "))
	}
	return f
}

func reportOptions(q *httpx.Query) report.ReportOptions {
	return report.ReportOptions{Number: q.Str("number"), Place: q.Str("place"), Body: q.Str("body"),
		SignerName: q.Str("signer"), SignerRole: strings.ReplaceAll(q.Str("signer_role"), "|", "\n")}
}

// exportStats: GET /api/v1/export/stats?period=…&format=xlsx|docx|pdf|json
// — the statistics table (and the overdue list) as a file.
func (s *Server) exportStats(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(statsParams, documentParams...)...)
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
	return httpx.SendFile(w, name, format, func(b *bytes.Buffer) error { return e.Write(b, format, o, httpx.Fonts) })
}

// exportRanking: GET /api/v1/export/ranking?<the ranking's parameters>&format=xlsx
// — one sheet per volume band.
func (s *Server) exportRanking(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(statsParams, "bands", "format")...)
	formatParam(q, "xlsx")
	rep, bands, _, err := s.ranking(r.Context(), q)
	if err != nil {
		return err
	}
	tables := report.RankingTables(rep, bands)
	return httpx.SendFile(w, "xep-hang-"+rep.Period.String(), "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, tables...) })
}

// exportTrend: GET /api/v1/export/trend?<the trend's parameters>&format=xlsx
func (s *Server) exportTrend(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(statsParams, "n", "format")...)
	formatParam(q, "xlsx")
	pts, err := s.trend(r.Context(), q)
	if err != nil {
		return err
	}
	t := report.TrendTable(pts)
	return httpx.SendFile(w, "xu-huong", "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, t) })
}

// exportTasks: GET /api/v1/export/tasks?<the task list filters>&format=xlsx
// — every task of the list (up to maxExportTasks) in one workbook.
func (s *Server) exportTasks(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "org", "role", "status", "timeliness", "as_of", "due_from", "due_to", "document",
		"parent", "category", "sort", "period", "cutoff", "subtree", "leader", "assignee", "place", "format")
	formatParam(q, "xlsx")
	f, err := s.TaskFilter(r.Context(), q)
	if err != nil {
		return err
	}
	tasks, err := s.AllTasks(r, f)
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
	return httpx.SendFile(w, "nhiem-vu-"+f.AsOf.String(), "xlsx", func(b *bytes.Buffer) error { return report.WriteXLSX(b, t) })
}

// exportGrades: GET /api/v1/export/grades?period=…&rules=…&kind=…&format=
func (s *Server) exportGrades(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(append(statsParams, documentParams...), "rules", "kind")...)
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
	return httpx.SendFile(w, name, format, func(b *bytes.Buffer) error { return g.Write(b, format, o, httpx.Fonts) })
}

// exportCases: GET /api/v1/export/cases?<the case statistics' parameters>&format=xlsx|docx|pdf|json
// — the steering committee 197's case statistics as a table or a report
// in the NĐ 30 layout, in the actor's scope like GET /api/v1/cases/stats.
func (s *Server) exportCases(w http.ResponseWriter, r *http.Request) error {
	// place is the case statistics' place id here, so the place of issue
	// comes from the letterhead.
	q := httpx.ParseQuery(r, append(caseStatsParams, "format", "number", "body", "signer", "signer_role")...)
	format := formatParam(q, report.Formats...)
	o := reportOptions(q)
	o.Place = ""
	cq := caseStatsQuery(q)
	if err := q.Err(); err != nil {
		return err
	}
	e, err := report.GatherCases(r.Context(), s.svc, cq)
	if err != nil {
		return err
	}
	name := "vu-viec-197-" + e.Stats.Query.AsOf.String()
	return httpx.SendFile(w, name, format, func(b *bytes.Buffer) error { return e.Write(b, format, o, httpx.Fonts) })
}
