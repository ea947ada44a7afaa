package api

import (
	"context"
	"net/http"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// statsParams are the query parameters every statistics route reads.
var statsParams = []string{"period", "as_of", "cutoff", "group", "org"}

// statsRequest reads the parameters of a statistics route.
func (s *Server) statsRequest(ctx context.Context, q *httpx.Query) (service.StatsRequest, error) {
	p, c, _ := httpx.PeriodParam(q, true)
	req := service.StatsRequest{Period: p, Cutoffs: c, AsOf: q.Date("as_of")}
	if g := q.Str("group"); g != "" {
		req.Group = tiendo.StatsGroup(g)
		if !slices.Contains(tiendo.StatsGroups, req.Group) {
			q.Fail("group", "phải là org, leader, document, category hoặc assignee")
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
func (s *Server) oneOrgParam(ctx context.Context, q *httpx.Query, name string) (*int64, error) {
	orgs, err := s.OrgIDsParam(ctx, q, name)
	if err != nil {
		return nil, err
	}
	if len(orgs) > 1 {
		q.Fail(name, "chỉ được có một đơn vị")
	}
	if len(orgs) == 1 {
		return &orgs[0], q.Err()
	}
	return nil, q.Err()
}

// getStats: GET /api/v1/stats?period=&as_of=&cutoff=&group=&org=
func (s *Server) getStats(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, statsParams...)
	req, err := s.statsRequest(r.Context(), q)
	if err != nil {
		return err
	}
	rep, err := s.svc.Stats(r.Context(), req)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, report.NewStatsJSON(rep, req.Cutoffs))
	return nil
}

// bandView is one volume band of GET /api/v1/stats/ranking.
type bandView struct {
	service.RankBand
	Rows []report.StatsRowJSON `json:"rows"`
}

// getRanking: GET /api/v1/stats/ranking?period=&as_of=&org=&bands=300,100
func (s *Server) getRanking(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(statsParams, "bands")...)
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
	httpx.WriteJSON(w, http.StatusOK, out)
	return nil
}

// ranking reads the bands and statistics parameters of q and ranks.
func (s *Server) ranking(ctx context.Context, q *httpx.Query) (*service.StatsReport, []service.RankBand, service.StatsRequest, error) {
	bounds := service.DefaultBands
	if items := q.List("bands"); len(items) > 0 {
		bounds = nil
		for _, it := range items {
			n, err := strconv.Atoi(it)
			if err != nil || n < 1 {
				q.Fail("bands", "phải là các số nguyên dương, ví dụ 300,100")
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
	pts, err := s.trend(r.Context(), httpx.ParseQuery(r, append(statsParams, "n")...))
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
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(out))
	return nil
}

// trend reads n and the statistics parameters of q and returns the trend.
func (s *Server) trend(ctx context.Context, q *httpx.Query) ([]service.TrendPoint, error) {
	n := 12
	if v := q.Str("n"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 || n > 36 {
			q.Fail("n", "phải là số kỳ từ 1 đến 36")
		}
	}
	req, err := s.statsRequest(ctx, q)
	if err != nil {
		return nil, err
	}
	return s.svc.Trend(ctx, req, n)
}
