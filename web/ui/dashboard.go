package ui

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The leaders' dashboard (Bảng điều hành): the organisation-by-timeliness
// matrix of a period with every number linked to its tasks, the trend
// drawn by Chart.js (vendored by scripts/assets; without it the trend is
// still a table), the most overdue tasks, the units gone quiet and the
// comparison with the previous period.

// dashCell is one number of the matrix and the page listing its tasks.
type dashCell struct {
	N    int
	Href string
}

// dashRow is one row of the matrix.
type dashRow struct {
	Name, Code                  string
	Subtree, Total              bool
	Assigned, OnTime, Late      dashCell
	InProgress, Overdue, Contin dashCell
	Rate, OnTimeRate            string
}

// dashCompare is one measure of this period beside the previous one.
type dashCompare struct {
	Key              string
	This, Prev, Diff string
}

// dashTrend is the trend as data attributes for dashboard.js.
type dashTrend struct {
	Labels, OnTime, Late, InProgress, Overdue, Continuous, Rate string
	Points                                                      []service.TrendPoint
}

type dashboardData struct {
	Label, PeriodValue, PrevLabel string
	From, To, AsOf                vn.Date
	Rows                          []dashRow
	Trend                         dashTrend
	Compare                       []dashCompare
	Overdue                       []taskRow
	OverdueTotal                  int
	Hidden                        int // units without tasks in the period, left out of the matrix
	Quiet                         []service.QuietUnit
	QuietDays                     int
	Exports                       map[string]string
	ChartJS, DashJS               string
	Targets                       []service.TargetLine  // of the chosen organisation, else of the whole scope
	TargetsOffTrack               int                   // at risk or developing
	Closing                       *tiendo.PeriodClosing // the closing the figures were frozen by, nil when live
	ClosingHref                   string
	Cases                         []statsCell // the 197 casework of the period in scope; nil when there is none
	CasesHref                     string      // the 197 dashboard for the same period
}

// dashboardPage: GET /dieu-hanh?ky=2026-11&don-vi=CODE
func (s *Server) dashboardPage(w http.ResponseWriter, r *http.Request) error {
	if r.Header.Get("HX-Request") == "true" {
		// A boosted link: load the page in full, so that its chart scripts
		// run (htmx runs no scripts from swapped content).
		w.Header().Set("HX-Redirect", r.URL.RequestURI())
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	q := httpx.ParseQuery(r, "ky", "don-vi")
	req := service.DashboardRequest{}
	if v := q.Str("ky"); v != "" {
		p, err := vn.ParsePeriod(v)
		if err != nil {
			q.Fail("ky", "phải có dạng 2026-11, 2026-Q4, 2026-H2, 2026-9M hoặc 2026")
		}
		req.Period = p
	}
	if err := q.Err(); err != nil {
		return err
	}
	if code := q.Str("don-vi"); code != "" {
		o, err := s.svc.OrgByCode(r.Context(), code)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	d, err := s.svc.Dashboard(r.Context(), req)
	if err != nil {
		return err
	}
	names, err := s.dashOrgNames(r)
	if err != nil {
		return err
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	data := dashboardView(d, names, loc)
	if data.Targets, err = s.svc.ListTargets(r.Context(), orgList(req.OrgID)); err != nil {
		return err
	}
	data.TargetsOffTrack = offTrack(data.Targets)
	if err := s.dashboardCases(r, &data, req.OrgID); err != nil {
		return err
	}
	data.ChartJS = assetURL(s.ui.static, "vendor/chart.umd.min.js")
	data.DashJS = assetURL(s.ui.static, "dashboard.js")
	s.render(w, r, http.StatusOK, "dashboard", &page{Title: i18n.Translate(loc, "dash.title"), Data: data})
	return nil
}

func dashboardView(d *service.Dashboard, names map[int64]string, loc string) dashboardData {
	cur := d.Current
	v := dashboardData{Label: cur.Label, PeriodValue: cur.Period.String(), From: cur.From, To: cur.To, AsOf: cur.AsOf,
		OverdueTotal: d.OverdueTotal, Quiet: d.Quiet, QuietDays: d.QuietDays, Trend: trendView(d.Trend), Closing: cur.Closing}
	org := ""
	if cur.Org != nil {
		org = cur.Org.Code
	}
	v.ClosingHref = closingURL(cur.Period.String(), org, "")
	links := report.RowLinks(cur, nil)
	for _, l := range cur.Rows {
		if l.Assigned == 0 {
			v.Hidden++ // a unit without tasks in the period only lengthens the table
			continue
		}
		v.Rows = append(v.Rows, dashRowOf(l, links.View(l, false), loc))
	}
	total := dashRowOf(cur.Total, links.View(cur.Total, true), loc)
	total.Total = true
	v.Rows = append(v.Rows, total)
	for _, t := range d.Overdue {
		v.Overdue = append(v.Overdue, taskRow{Task: t, Lead: names[t.LeadOrgID], Timeliness: t.TimelinessAt(cur.AsOf),
			OverdueDays: t.OverdueDays(cur.AsOf)})
	}
	if d.Previous != nil {
		v.PrevLabel = d.Previous.Label
		v.Compare = compareView(cur.Total.Counts, d.Previous.Total.Counts, loc)
	}
	base := url.Values{"period": {cur.Period.String()}, "as_of": {cur.AsOf.String()}}
	if cur.Org != nil {
		base.Set("org", cur.Org.Code)
	}
	v.Exports = map[string]string{}
	for _, f := range []string{"xlsx", "docx", "pdf"} {
		base.Set("format", f)
		v.Exports[f] = "/api/v1/export/stats?" + base.Encode()
	}
	base.Set("format", "xlsx")
	v.Exports["ranking"] = "/api/v1/export/ranking?" + base.Encode()
	if cur.Period.Kind != vn.PeriodCustom { // a trend needs periods of one kind
		base.Del("as_of") // each period at its own as-of date
		v.Exports["trend"] = "/api/v1/export/trend?" + base.Encode()
	}
	return v
}

// dashRowOf turns a statistics line and its API links into a matrix row
// whose numbers open the dashboard's task list with the same query.
func dashRowOf(l service.StatsLine, j report.StatsRowJSON, loc string) dashRow {
	cell := func(n int, key string) dashCell {
		return dashCell{N: n, Href: "/dieu-hanh/nhiem-vu?" + strings.TrimPrefix(j.Links[key], "/api/v1/tasks?")}
	}
	c := l.Counts
	return dashRow{Name: l.Key.Name, Code: l.Key.Code, Subtree: l.Subtree,
		Assigned: cell(c.Assigned, "assigned"), OnTime: cell(c.DoneOnTime, "done_on_time"), Late: cell(c.DoneLate, "done_late"),
		InProgress: cell(c.InProgress, "in_progress"), Overdue: cell(c.Overdue, "overdue"), Contin: cell(c.Continuous, "continuous"),
		Rate: percent(c.CompletionRate(), loc), OnTimeRate: percent(c.OnTimeRate(), loc)}
}

// percent writes a rate for the locale: "80,3%" or "80.3%"; "—" for none.
func percent(r *float64, loc string) string {
	if r == nil {
		return "—"
	}
	s := report.Percent(r)
	if loc == "en" {
		s = strings.Replace(s, ",", ".", 1)
	}
	return s
}

func compareView(cur, prev tiendo.Counts, loc string) []dashCompare {
	count := func(key string, a, b int) dashCompare {
		return dashCompare{Key: key, This: i18n.FormatInt(loc, int64(a)), Prev: i18n.FormatInt(loc, int64(b)), Diff: signed(a - b)}
	}
	rate := func(key string, a, b *float64) dashCompare {
		c := dashCompare{Key: key, This: percent(a, loc), Prev: percent(b, loc), Diff: "—"}
		if a != nil && b != nil {
			pts := strconv.FormatFloat((*a-*b)*100, 'f', 1, 64)
			if loc != "en" {
				pts = strings.Replace(pts, ".", ",", 1)
			}
			if !strings.HasPrefix(pts, "-") {
				pts = "+" + pts
			}
			c.Diff = pts + " điểm %"
			if loc == "en" {
				c.Diff = pts + " pts"
			}
		}
		return c
	}
	return []dashCompare{
		count("dash.col.assigned", cur.Assigned, prev.Assigned),
		count("dash.col.done", cur.Done(), prev.Done()),
		count("dash.col.overdue", cur.Overdue, prev.Overdue),
		rate("dash.col.rate", cur.CompletionRate(), prev.CompletionRate()),
		rate("dash.col.on_time_rate", cur.OnTimeRate(), prev.OnTimeRate()),
	}
}

func signed(n int) string {
	if n > 0 {
		return "+" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func trendView(pts []service.TrendPoint) dashTrend {
	var t dashTrend
	join := func(f func(service.TrendPoint) string) string {
		parts := make([]string, len(pts))
		for i, p := range pts {
			parts[i] = f(p)
		}
		return strings.Join(parts, "|")
	}
	t.Points = pts
	t.Labels = join(func(p service.TrendPoint) string { return p.Label })
	t.OnTime = join(func(p service.TrendPoint) string { return strconv.Itoa(p.DoneOnTime) })
	t.Late = join(func(p service.TrendPoint) string { return strconv.Itoa(p.DoneLate) })
	t.InProgress = join(func(p service.TrendPoint) string { return strconv.Itoa(p.InProgress) })
	t.Overdue = join(func(p service.TrendPoint) string { return strconv.Itoa(p.Overdue) })
	t.Continuous = join(func(p service.TrendPoint) string { return strconv.Itoa(p.Continuous) })
	t.Rate = join(func(p service.TrendPoint) string {
		if r := p.CompletionRate(); r != nil {
			return strconv.FormatFloat(*r*100, 'f', 1, 64)
		}
		return ""
	})
	return t
}

// dashboardTasksData is the Data of the page behind one number.
type dashboardTasksData struct {
	Rows  []taskRow
	Total int
	Pager pager
	AsOf  vn.Date
	Back  string
}

// dashboardTasksPage: GET /dieu-hanh/nhiem-vu?<the GET /api/v1/tasks
// query of a statistics cell> — exactly the tasks the number counts.
func (s *Server) dashboardTasksPage(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "org", "role", "status", "timeliness", "as_of", "due_from", "due_to", "document", "parent",
		"category", "sort", "page", "per_page", "period", "cutoff", "subtree", "leader", "assignee", "place")
	f, err := s.TaskFilter(r.Context(), q)
	if err != nil {
		return err
	}
	if f.Sort == "" {
		f.Sort = tiendo.SortOverdue
	}
	f.Page.PerPage = PerPage
	if v := q.Str("page"); v == "" {
		f.Page.Page = 1
	}
	tasks, total, err := s.svc.ListTasks(r.Context(), f)
	if err != nil {
		return err
	}
	names, err := s.dashOrgNames(r)
	if err != nil {
		return err
	}
	d := dashboardTasksData{Total: total, AsOf: f.AsOf, Back: "/dieu-hanh"}
	if p := q.Str("period"); p != "" {
		d.Back += "?ky=" + url.QueryEscape(p)
	}
	for _, t := range tasks {
		d.Rows = append(d.Rows, taskRow{Task: t, Lead: names[t.LeadOrgID], Timeliness: t.TimelinessAt(f.AsOf),
			OverdueDays: t.OverdueDays(f.AsOf)})
	}
	d.Pager = dashPager(r.URL.Query(), f.Page, total)
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	s.render(w, r, http.StatusOK, "dashboard_tasks", &page{Title: i18n.Translate(loc, "dash.tasks_title"), Data: d})
	return nil
}

func dashPager(v url.Values, p tiendo.Page, total int) pager {
	pages := (total + p.PerPage - 1) / p.PerPage
	pg := pager{Page: p.Page, Pages: pages, First: p.Offset() + 1, Last: min(p.Offset()+p.PerPage, total)}
	link := func(n int) string {
		v.Set("page", fmt.Sprint(n))
		return "/dieu-hanh/nhiem-vu?" + v.Encode()
	}
	if p.Page > 1 {
		pg.Prev = link(p.Page - 1)
	}
	if p.Page < pages {
		pg.Next = link(p.Page + 1)
	}
	return pg
}

// dashOrgNames names every organisation the actor may list, by id.
func (s *Server) dashOrgNames(r *http.Request) (map[int64]string, error) {
	orgs, err := s.svc.ListOrgs(r.Context(), tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	return orgNames(orgs), nil
}

// orgList is the one organisation chosen, or nil for the whole scope.
func orgList(id *int64) []int64 {
	if id == nil {
		return nil
	}
	return []int64{*id}
}

// offTrack counts the targets at risk or developing, for the heading.
func offTrack(lines []service.TargetLine) int {
	n := 0
	for _, l := range lines {
		if st := l.Assessment.Status; st == tiendo.TargetAtRisk || st == tiendo.TargetDeveloping {
			n++
		}
	}
	return n
}

// dashboardCases adds the period's urban-order casework (issue 16) in the
// reader's scope, each figure linking to its cases, when there is any;
// with a unit chosen, the cases of that ward.
func (s *Server) dashboardCases(r *http.Request, d *dashboardData, org *int64) error {
	q := tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: d.From, To: d.To}, AsOf: d.AsOf, Group: tiendo.CaseByWard}
	vals := url.Values{"group": {string(q.Group)}, "from": {d.From.Format()}, "to": {d.To.Format()}}
	if org != nil {
		q.WardIDs = []int64{*org}
		vals.Set("ward", strconv.FormatInt(*org, 10))
	}
	res, err := s.svc.CaseStats(r.Context(), q)
	if err != nil || res.Total.Total == 0 {
		return err
	}
	d.Cases = statsCells(res.Total, vals, "", true)
	d.CasesHref = "/vu-viec/thong-ke?" + vals.Encode()
	return nil
}
