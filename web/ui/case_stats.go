package ui

import (
	"bytes"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The 197 dashboard (issue 16 item 2): the counts of cases per ward,
// street, kind or week of a period (found, handled on time, late, open,
// overdue, repeat), each cell a link to the cases behind it, which the
// service guarantees add up to it.

type caseStatsData struct {
	Form   formState
	Refs   *caseRefs
	Rows   []caseStatsRow
	Total  []statsCell
	Groups []tiendo.CaseGroup
	Cells  []string
	Query  string // the query's parameters, for the drill-down links
	Export string // the XLSX file of the table
	Report string // the report in the NĐ 30 layout (DOCX), the same query
}

// caseStatsQuery reads the dashboard's query: group (default week),
// from/to (default the last twelve weeks), ward, kind, as of today.
func (s *Server) caseStatsQuery(q url.Values) (tiendo.CaseStatsQuery, url.Values) {
	fr := &formReader{vals: q}
	today := s.Today()
	out := tiendo.CaseStatsQuery{AsOf: today, Group: tiendo.CaseGroup(fr.str("group")),
		Period: tiendo.DateRange{From: fr.date("from"), To: fr.date("to")}}
	if !slices.Contains(tiendo.CaseGroups, out.Group) {
		out.Group = tiendo.CaseByWeek
	}
	if fr.err() != nil || out.Period.From.IsZero() && out.Period.To.IsZero() {
		out.Period = tiendo.DateRange{From: tiendo.WeekOf(today).From.AddDays(-7 * 11), To: today}
	}
	if id := fr.id("ward"); id != nil {
		out.WardIDs = []int64{*id}
	}
	if id := fr.id("kind"); id != nil {
		out.KindIDs = []int64{*id}
	}
	if id := fr.id("place"); id != nil {
		out.PlaceID = id
	}
	v := url.Values{"group": {string(out.Group)}, "from": {out.Period.From.Format()}, "to": {out.Period.To.Format()}}
	for _, k := range []string{"ward", "kind", "place"} {
		if x := q.Get(k); x != "" && fr.id(k) != nil {
			v.Set(k, x)
		}
	}
	return out, v
}

// caseStatsPage: GET /vu-viec/thong-ke
func (s *Server) caseStatsPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	raw := r.URL.Query()
	q, vals := s.caseStatsQuery(raw)
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	groups := []tiendo.CaseGroup{tiendo.CaseByWeek, tiendo.CaseByWard, tiendo.CaseByPlace, tiendo.CaseByKind, tiendo.CaseByMonth}
	// A mistyped date or an end before the start is shown on the form
	// with what was typed, not silently replaced by the default period.
	fr := &formReader{vals: raw}
	fr.date("from")
	fr.date("to")
	err = fr.err()
	var res *service.CaseStatsResult
	if err == nil {
		res, err = s.svc.CaseStats(ctx, q)
	}
	if err != nil {
		if !showsOnForm(err) {
			return err
		}
		f := newForm(raw).withError(err, nil)
		f.Values.Set("group", string(q.Group))
		s.render(w, r, http.StatusUnprocessableEntity, "case_stats", &page{Data: caseStatsData{Form: f, Refs: refs, Groups: groups, Cells: tiendo.CaseCells}})
		return nil
	}
	d := caseStatsData{Form: newForm(vals), Refs: refs, Total: statsCells(res.Total, vals, "", true), Cells: tiendo.CaseCells,
		Groups: groups, Query: vals.Encode(), Export: "/vu-viec/thong-ke/xuat-excel?" + vals.Encode(), Report: caseReportLink(q, "docx")}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(ctx))
	for _, line := range res.Rows {
		d.Rows = append(d.Rows, caseStatsRow{Key: line.Key, Label: caseStatsRowLabel(loc, q.Group, line.Key, line.Label),
			Cells: statsCells(line.CaseCounts, vals, line.Key, false)})
	}
	s.render(w, r, http.StatusOK, "case_stats", &page{Data: d})
	return nil
}

// caseStatsRowLabel names a row of the dashboard in the reader's locale:
// the service's labels of weeks, months and "no place" are Vietnamese
// (the report's files are), organisations, places and kinds are names.
func caseStatsRowLabel(loc string, g tiendo.CaseGroup, key, label string) string {
	switch g {
	case tiendo.CaseByWeek:
		if w, err := tiendo.ParseWeek(key); err == nil {
			_, n, _ := strings.Cut(key, "W")
			return i18n.Translate(loc, "case.stats.week_row", strings.TrimLeft(n, "0"), w.From.Format(), w.To.Format())
		}
	case tiendo.CaseByMonth:
		if y, m, ok := strings.Cut(key, "-"); ok {
			return i18n.Translate(loc, "case.stats.month_row", m, y)
		}
	case tiendo.CaseByPlace:
		if _, err := strconv.ParseInt(key, 10, 64); err != nil {
			return i18n.Translate(loc, "case.stats.no_place")
		}
	}
	return label
}

// caseStatsRow is a line of the dashboard: its group and its cells in
// the order of tiendo.CaseCells.
type caseStatsRow struct {
	Key, Label string
	Cells      []statsCell
}

type statsCell struct {
	Name string
	N    int
	Href string // the cases behind it
}

// statsCells are n's cells with their drill-down links: the query vals
// with key set (total: the whole query, no group).
func statsCells(n tiendo.CaseCounts, vals url.Values, key string, total bool) []statsCell {
	out := make([]statsCell, len(tiendo.CaseCells))
	for i, c := range tiendo.CaseCells {
		v, _ := n.Cell(c)
		q := url.Values{}
		for k, x := range vals {
			q[k] = x
		}
		q.Set("cell", c)
		if total {
			q.Set("total", "1")
		} else {
			q.Set("key", key)
		}
		out[i] = statsCell{Name: c, N: v, Href: "/vu-viec/thong-ke/o?" + q.Encode()}
	}
	return out
}

// caseStatsExport: GET /vu-viec/thong-ke/xuat-excel — the dashboard's
// table as an XLSX file.
func (s *Server) caseStatsExport(w http.ResponseWriter, r *http.Request) error {
	q, _ := s.caseStatsQuery(r.URL.Query())
	res, err := s.svc.CaseStats(r.Context(), q)
	if err != nil {
		return err
	}
	if res.Query.Group == "" {
		res.Query = q
	}
	return httpx.SendFile(w, "vu-viec-197-"+q.AsOf.String(), "xlsx", func(b *bytes.Buffer) error {
		return report.WriteXLSX(b, report.CaseStatsTable(res))
	})
}

// caseReportLink is the API export of the dashboard's query q in format:
// the same filters in the API's parameters (ISO dates, ids).
func caseReportLink(q tiendo.CaseStatsQuery, format string) string {
	v := url.Values{"group": {string(q.Group)}, "from": {q.Period.From.String()}, "to": {q.Period.To.String()},
		"as_of": {q.AsOf.String()}, "format": {format}}
	for k, ids := range map[string][]int64{"ward": q.WardIDs, "kind": q.KindIDs} {
		for _, id := range ids {
			v.Add(k, strconv.FormatInt(id, 10))
		}
	}
	if q.PlaceID != nil {
		v.Set("place", strconv.FormatInt(*q.PlaceID, 10))
	}
	return "/api/v1/export/cases?" + v.Encode()
}

type caseCellData struct {
	Refs  *caseRefs
	Rows  []caseRow
	Total int
	Pager pager
	Cell  string
	Label string
	From  vn.Date
	To    vn.Date
	Back  string
}

// caseStatsCellPage: GET /vu-viec/thong-ke/o?…&key=&cell= — the cases
// behind one cell.
func (s *Server) caseStatsCellPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	raw := r.URL.Query()
	q, vals := s.caseStatsQuery(raw)
	fr := &formReader{vals: raw}
	p := tiendo.Page{PerPage: PerPage}
	if n := fr.integer("trang"); n != nil && *n > 0 {
		p.Page = *n
	}
	cell, key := raw.Get("cell"), raw.Get("key")
	if raw.Get("total") == "1" {
		q.Group = ""
	}
	if !slices.Contains(tiendo.CaseCells, cell) {
		return tiendo.FieldError("cell", "Ô thống kê không hợp lệ")
	}
	cases, total, err := s.svc.CaseStatsCell(ctx, q, key, cell, p)
	if err != nil {
		return err
	}
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	if err := s.keepPlaces(ctx, refs, casePlaces(cases)...); err != nil {
		return err
	}
	d := caseCellData{Refs: refs, Rows: s.caseRows(refs, cases), Total: total, Pager: newPager(r.URL, p, total), Cell: cell,
		Label: caseGroupLabel(refs, q.Group, key), From: q.Period.From, To: q.Period.To, Back: "/vu-viec/thong-ke?" + vals.Encode()}
	s.render(w, r, http.StatusOK, "case_stats_cell", &page{Data: d})
	return nil
}

// caseGroupLabel names a group key for the drill-down's heading.
func caseGroupLabel(refs *caseRefs, g tiendo.CaseGroup, key string) string {
	id, _ := strconv.ParseInt(key, 10, 64)
	switch g {
	case tiendo.CaseByWard:
		return refs.OrgName(id)
	case tiendo.CaseByKind:
		return refs.KindName(id)
	case tiendo.CaseByPlace:
		if id == 0 {
			return "—"
		}
		return refs.PlaceName(&id)
	}
	return key
}
