package web

import (
	"context"
	"net/http"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
)

// statsParams are the query parameters every statistics route reads.
var statsParams = []string{"period", "as_of", "cutoff", "group", "org"}

// periodParam reads period (required when required) and cutoff (the day
// monthly windows start: 15 by NĐ 09/2019, 16 for inspection reports, 1
// for calendar periods).
func periodParam(q *query, required bool) (vn.Period, *vn.Cutoffs, bool) {
	text := q.str("period")
	var c *vn.Cutoffs
	if v := q.str("cutoff"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 28 {
			q.fail("cutoff", "phải là ngày bắt đầu kỳ từ 1 đến 28")
		}
		c = &vn.Cutoffs{Day: n}
	}
	if text == "" {
		if required {
			q.fail("period", "là bắt buộc (2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 hoặc 2023-01-15..2023-03-14)")
		}
		return vn.Period{}, c, false
	}
	p, err := vn.ParsePeriod(text)
	if err != nil {
		q.fail("period", "phải có dạng 2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 hoặc 2023-01-15..2023-03-14")
		return vn.Period{}, c, false
	}
	return p, c, true
}

// statsRequest reads the parameters of a statistics route.
func (s *Server) statsRequest(ctx context.Context, q *query) (service.StatsRequest, error) {
	p, c, _ := periodParam(q, true)
	req := service.StatsRequest{Period: p, Cutoffs: c, AsOf: q.date("as_of")}
	if g := q.str("group"); g != "" {
		req.Group = tiendo.StatsGroup(g)
		if !slices.Contains(tiendo.StatsGroups, req.Group) {
			q.fail("group", "phải là org, leader, document, category hoặc assignee")
		}
	}
	if err := q.Err(); err != nil {
		return req, err
	}
	var err error
	req.OrgID, err = s.oneOrgParam(ctx, q, "org")
	return req, err
}

// oneOrgParam reads an optional parameter naming one organisation (id or
// code): nil when absent.
func (s *Server) oneOrgParam(ctx context.Context, q *query, name string) (*int64, error) {
	orgs, err := s.orgIDsParam(ctx, q, name)
	if err != nil {
		return nil, err
	}
	if len(orgs) > 1 {
		q.fail(name, "chỉ được có một đơn vị")
	}
	if len(orgs) == 1 {
		return &orgs[0], q.Err()
	}
	return nil, q.Err()
}

// periodTaskFilter applies the statistics parameters of GET /api/v1/tasks
// to f, so that a cell's link lists exactly its tasks: period and cutoff
// (resolved with the as-of date as the statistics resolve them), subtree
// (org includes everything below it), leader, assignee and document
// ("none" for tasks without one).
func (s *Server) periodTaskFilter(ctx context.Context, q *query, f *tiendo.TaskFilter) error {
	f.AssignerID, f.AssigneeID = optionalIDParam(q, "leader"), optionalIDParam(q, "assignee")
	f.DocumentID = optionalIDParam(q, "document")
	if p, c, ok := periodParam(q, false); ok {
		rng, asOf, err := s.svc.PeriodDates(p, c, f.AsOf)
		if err != nil {
			return err
		}
		f.Period, f.AsOf = rng, asOf
	} else if c != nil {
		q.fail("cutoff", "chỉ dùng cùng tham số period")
	}
	switch q.str("subtree") {
	case "", "0", "false":
	case "1", "true":
		if len(f.OrgIDs) == 0 {
			q.fail("subtree", "chỉ dùng cùng tham số org")
			return q.Err()
		}
		ids, err := s.svc.Subtrees(ctx, f.OrgIDs)
		if err != nil {
			return err
		}
		f.OrgIDs = ids
	default:
		q.fail("subtree", "phải là 1 hoặc 0")
	}
	return q.Err()
}

// optionalIDParam reads a positive id, or "none" (0: tasks with none).
func optionalIDParam(q *query, name string) *int64 {
	if q.str(name) == "none" {
		var none int64
		return &none
	}
	return q.id(name)
}

// getStats: GET /api/v1/stats?period=&as_of=&cutoff=&group=&org=
func (s *Server) getStats(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, statsParams...)
	req, err := s.statsRequest(r.Context(), q)
	if err != nil {
		return err
	}
	rep, err := s.svc.Stats(r.Context(), req)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, report.NewStatsJSON(rep, req.Cutoffs))
	return nil
}

// bandView is one volume band of GET /api/v1/stats/ranking.
type bandView struct {
	service.RankBand
	Rows []report.StatsRowJSON `json:"rows"`
}

// getRanking: GET /api/v1/stats/ranking?period=&as_of=&org=&bands=300,100
func (s *Server) getRanking(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, append(statsParams, "bands")...)
	rep, bands, req, err := s.ranking(r.Context(), q)
	if err != nil {
		return err
	}
	rl := report.RowLinks(rep, req.Cutoffs)
	out := struct {
		report.StatsJSON
		Bands []bandView `json:"bands"`
	}{StatsJSON: report.NewStatsJSON(rep, req.Cutoffs)}
	out.Rows = nil
	for _, b := range bands {
		bv := bandView{RankBand: b, Rows: []report.StatsRowJSON{}}
		for _, l := range b.Rows {
			bv.Rows = append(bv.Rows, rl.View(l, false))
		}
		out.Bands = append(out.Bands, bv)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// ranking reads the bands and statistics parameters of q and ranks.
func (s *Server) ranking(ctx context.Context, q *query) (*service.StatsReport, []service.RankBand, service.StatsRequest, error) {
	bounds := service.DefaultBands
	if items := q.list("bands"); len(items) > 0 {
		bounds = nil
		for _, it := range items {
			n, err := strconv.Atoi(it)
			if err != nil || n < 1 {
				q.fail("bands", "phải là các số nguyên dương, ví dụ 300,100")
			}
			bounds = append(bounds, n)
		}
	}
	req, err := s.statsRequest(ctx, q)
	if err != nil {
		return nil, nil, req, err
	}
	if req.Group != "" && req.Group != tiendo.GroupOrg {
		return nil, nil, req, tiendo.Errorf(tiendo.EINVALID, "Tham số \"group\" chỉ nhận org khi xếp hạng")
	}
	rep, bands, err := s.svc.Ranking(ctx, req, bounds)
	return rep, bands, req, err
}

// getTrend: GET /api/v1/stats/trend?period=&org=&n=12 — the totals of the
// n periods of the same kind ending with period.
func (s *Server) getTrend(w http.ResponseWriter, r *http.Request) error {
	pts, err := s.trend(r.Context(), parseQuery(r, append(statsParams, "n")...))
	if err != nil {
		return err
	}
	type point struct {
		Period string  `json:"period"`
		Label  string  `json:"label"`
		AsOf   vn.Date `json:"as_of"`
		tiendo.Counts
		CompletionRate *float64 `json:"completion_rate"`
		OnTimeRate     *float64 `json:"on_time_rate"`
	}
	out := make([]point, 0, len(pts))
	for _, p := range pts {
		out = append(out, point{Period: p.Period.String(), Label: p.Label, AsOf: p.AsOf, Counts: p.Counts,
			CompletionRate: p.CompletionRate(), OnTimeRate: p.OnTimeRate()})
	}
	writeJSON(w, http.StatusOK, newItems(out))
	return nil
}

// trend reads n and the statistics parameters of q and returns the trend.
func (s *Server) trend(ctx context.Context, q *query) ([]service.TrendPoint, error) {
	n := 12
	if v := q.str("n"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 36 {
			q.fail("n", "phải là số kỳ từ 1 đến 36")
		}
	}
	req, err := s.statsRequest(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.svc.Trend(ctx, req, n)
}
