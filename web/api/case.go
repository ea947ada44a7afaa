package api

import (
	"fmt"
	"mime"
	"net/http"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// The urban-order casework of the steering committee 197 (issue 16 item
// 2): cases, the catalogue of kinds, weekly lists and the statistics.

// listCaseKinds: GET /api/v1/case-kinds
func (s *Server) listCaseKinds(w http.ResponseWriter, r *http.Request) error {
	if err := httpx.ParseQuery(r).Err(); err != nil {
		return err
	}
	kinds, err := s.svc.ListCaseKinds(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(kinds))
	return nil
}

// createCaseKind: POST /api/v1/case-kinds
func (s *Server) createCaseKind(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.CaseKind
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	k, err := s.svc.CreateCaseKind(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, k)
	return nil
}

// putCaseKind: PUT /api/v1/case-kinds/{id} — every field, with the version read.
func (s *Server) putCaseKind(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in tiendo.CaseKind
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	in.ID = id
	k, err := s.svc.UpdateCaseKind(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, k)
	return nil
}

// caseListParams are the parameters of GET /api/v1/cases.
var caseListParams = []string{"q", "ward", "place", "address", "kind", "status", "timeliness", "as_of", "week", "from",
	"to", "period", "assigned_org", "assignee", "repeat", "repeat_of", "list", "sort", "desc", "page", "per_page"}

// caseTimeliness names the timeliness values of a case list.
var caseTimeliness = []tiendo.Timeliness{tiendo.DoneOnTime, tiendo.DoneLate, tiendo.InProgress, tiendo.Overdue}

// listCases: GET /api/v1/cases?q=&ward=&place=&kind=&status=&timeliness=&week=…
func (s *Server) listCases(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, caseListParams...)
	f := tiendo.CaseFilter{Query: q.Str("q"), WardIDs: q.IDs("ward"), PlaceID: httpx.OptionalIDParam(q, "place"),
		Address: q.Str("address"), KindIDs: q.IDs("kind"), AsOf: q.Date("as_of"), AssignedOrgIDs: q.IDs("assigned_org"),
		AssigneeID: httpx.OptionalIDParam(q, "assignee"), RepeatOf: q.ID("repeat_of"), WeeklyListID: q.ID("list"),
		Sort: tiendo.CaseSort(q.Str("sort")), Page: q.Page()}
	for _, st := range q.List("status") {
		if !slices.Contains(tiendo.CaseStatuses, tiendo.CaseStatus(st)) {
			q.Fail("status", "có giá trị không hợp lệ: "+st)
		}
		f.Statuses = append(f.Statuses, tiendo.CaseStatus(st))
	}
	for _, t := range q.List("timeliness") {
		if !slices.Contains(caseTimeliness, tiendo.Timeliness(t)) {
			q.Fail("timeliness", "phải là done_on_time, done_late, in_progress hoặc overdue")
		}
		f.Timeliness = append(f.Timeliness, tiendo.Timeliness(t))
	}
	f.Found = caseRange(q)
	if p := caseParamPeriod(q); !p.IsZero() {
		f.Period = p
	}
	f.Repeat = optBoolParam(q, "repeat")
	f.Desc = boolParam(q, "desc")
	if f.Sort != "" && !slices.Contains([]tiendo.CaseSort{tiendo.CaseSortFound, tiendo.CaseSortDue, tiendo.CaseSortID,
		tiendo.CaseSortOverdue}, f.Sort) {
		q.Fail("sort", "phải là found, due, id hoặc overdue")
	}
	if err := q.Err(); err != nil {
		return err
	}
	cases, total, err := s.svc.ListCases(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(cases, total, f.Page))
	return nil
}

// optBoolParam reads true/false, nil when absent.
func optBoolParam(q *httpx.Query, name string) *bool {
	switch q.Str(name) {
	case "":
		return nil
	case "true", "1":
		t := true
		return &t
	case "false", "0":
		f := false
		return &f
	}
	q.Fail(name, "phải là true hoặc false")
	return nil
}

// caseRange reads the days found: week=2026-W49, or from= and to=.
func caseRange(q *httpx.Query) tiendo.DateRange {
	r := tiendo.DateRange{From: q.Date("from"), To: q.Date("to")}
	if w := q.Str("week"); w != "" {
		wr, err := tiendo.ParseWeek(w)
		if err != nil {
			q.Fail("week", "phải có dạng 2026-W49")
		}
		if !r.IsZero() {
			q.Fail("week", "không dùng cùng from, to")
		}
		return wr
	}
	if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
		q.Fail("to", "phải sau from")
	}
	return r
}

// caseParamPeriod reads period= (2026-03, 2026-Q1, 2026…) as days.
func caseParamPeriod(q *httpx.Query) tiendo.DateRange {
	p, _, ok := httpx.PeriodParam(q, false)
	if !ok {
		return tiendo.DateRange{}
	}
	from, to := p.Range(vn.CalendarCutoffs())
	return tiendo.DateRange{From: from, To: to}
}

// createCase: POST /api/v1/cases
func (s *Server) createCase(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.Case
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	c, err := s.svc.CreateCase(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, c)
	return nil
}

// getCase: GET /api/v1/cases/{id}
func (s *Server) getCase(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetCase(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, d)
	return nil
}

// assignCase: POST /api/v1/cases/{id}/assign
func (s *Server) assignCase(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.CaseAssignment
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	c, err := s.svc.AssignCase(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, c)
	return nil
}

// fieldSetter sets one text part of a multipart form, recording a
// malformed value in v.
type fieldSetter func(v *tiendo.Validator, name, val string)

func textField(p *string) fieldSetter { return func(_ *tiendo.Validator, _, val string) { *p = val } }

// intField reads a non-negative integer.
func intField[T int | int64](p *T) fieldSetter {
	return func(v *tiendo.Validator, name, val string) {
		if val == "" {
			return
		}
		x, err := strconv.ParseInt(val, 10, 64)
		v.Check(err == nil && x >= 0, name, "Phải là số nguyên không âm")
		*p = T(x)
	}
}

// dateField reads an ISO date.
func dateField(p *vn.Date) fieldSetter {
	return func(v *tiendo.Validator, name, val string) {
		if val == "" {
			return
		}
		x, err := vn.ParseISODate(val)
		v.Check(err == nil, name, fmt.Sprintf("Ngày %q không hợp lệ: cần dạng YYYY-MM-DD, ví dụ 2020-01-06", val))
		*p = x
	}
}

// decodeWithFiles reads a JSON body into in, or a multipart form whose
// text parts are set by fields (an unknown name is a 400, like an unknown
// JSON field) and whose "file" parts it returns.
func (s *Server) decodeWithFiles(w http.ResponseWriter, r *http.Request, in any, fields map[string]fieldSetter) ([]tiendo.Attachment, error) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		return nil, s.DecodeJSON(w, r, in)
	}
	var v tiendo.Validator
	files, err := s.readMultipart(w, r, func(name, val string) error {
		set, ok := fields[name]
		if !ok {
			return tiendo.Errorf(tiendo.EINVALID, "Trường %q không được hỗ trợ", name)
		}
		set(&v, name, val)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, v.Err()
}

// addCaseStep: POST /api/v1/cases/{id}/steps — JSON (tiendo.CaseStep), or
// multipart/form-data with kind, on, note, doc_no, amount and "file" parts
// (photos, minutes).
func (s *Server) addCaseStep(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in tiendo.CaseStep
	files, err := s.decodeWithFiles(w, r, &in, map[string]fieldSetter{"kind": textField((*string)(&in.Kind)),
		"on": dateField(&in.On), "note": textField(&in.Note), "doc_no": textField(&in.DocNo), "amount": intField(&in.Amount)})
	if err != nil {
		return err
	}
	if files != nil {
		in.Files = files
	}
	st, err := s.svc.AddCaseStep(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, st)
	return nil
}

// closeCase: POST /api/v1/cases/{id}/close — JSON (service.CaseClosing,
// evidence already on an earlier step), or multipart/form-data with
// version, result, closed_on and "file" parts.
func (s *Server) closeCase(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.CaseClosing
	files, err := s.decodeWithFiles(w, r, &in, map[string]fieldSetter{"version": intField(&in.Version),
		"result": textField(&in.Result), "closed_on": dateField(&in.ClosedOn)})
	if err != nil {
		return err
	}
	if files != nil {
		in.Files = files
	}
	c, err := s.svc.CloseCase(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, c)
	return nil
}

// repeatCase: POST /api/v1/cases/{id}/repeat — a new violation at the
// spot of a closed case, linked to it.
func (s *Server) repeatCase(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.CaseRepeat
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	c, err := s.svc.ReopenCase(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, c)
	return nil
}

// downloadCaseFile: GET /api/v1/case-files/{id}, served as a download like
// a report's attachment.
func (s *Server) downloadCaseFile(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	a, err := s.svc.CaseFile(r.Context(), id)
	if err != nil {
		return err
	}
	serveDownload(w, a)
	return nil
}

// caseStatsParams are the parameters of the case statistics.
var caseStatsParams = []string{"group", "period", "week", "from", "to", "as_of", "ward", "place", "kind"}

// caseStatsQuery reads the parameters of the case statistics.
func caseStatsQuery(q *httpx.Query) tiendo.CaseStatsQuery {
	cq := tiendo.CaseStatsQuery{Group: tiendo.CaseGroup(q.Str("group")), AsOf: q.Date("as_of"), WardIDs: q.IDs("ward"),
		PlaceID: httpx.OptionalIDParam(q, "place"), KindIDs: q.IDs("kind")}
	if cq.Group != "" && !slices.Contains(tiendo.CaseGroups, cq.Group) {
		q.Fail("group", "phải là ward, place, kind, week hoặc month")
	}
	cq.Period = caseRange(q)
	if p := caseParamPeriod(q); !p.IsZero() {
		if !cq.Period.IsZero() {
			q.Fail("period", "không dùng cùng week, from, to")
		}
		cq.Period = p
	}
	return cq
}

// getCaseStats: GET /api/v1/cases/stats?group=&period=|week=|from=&to=&as_of=&ward=&place=&kind=
func (s *Server) getCaseStats(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, caseStatsParams...)
	cq := caseStatsQuery(q)
	if err := q.Err(); err != nil {
		return err
	}
	res, err := s.svc.CaseStats(r.Context(), cq)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, res)
	return nil
}

// getCaseStatsCell: GET /api/v1/cases/stats/cell?key=&cell=&… — the cases
// behind one cell of the statistics, as many as the cell counts.
func (s *Server) getCaseStatsCell(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(caseStatsParams, "key", "cell", "page", "per_page")...)
	cq := caseStatsQuery(q)
	key, cell, p := q.Str("key"), q.Str("cell"), q.Page()
	if !slices.Contains(tiendo.CaseCells, cell) {
		q.Fail("cell", "phải là total, found, done_on_time, done_late, open, overdue hoặc repeat")
	}
	if err := q.Err(); err != nil {
		return err
	}
	cases, total, err := s.svc.CaseStatsCell(r.Context(), cq, key, cell, p)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(cases, total, p))
	return nil
}

// listWeeklyLists: GET /api/v1/weekly-lists?group=&status=&week=
func (s *Server) listWeeklyLists(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "group", "status", "week", "page", "per_page")
	f := tiendo.WeeklyListFilter{GroupPlaceID: q.ID("group"), Status: tiendo.WeeklyListStatus(q.Str("status")), Page: q.Page()}
	if f.Status != "" && f.Status != tiendo.ListSubmitted && f.Status != tiendo.ListProcessed {
		q.Fail("status", "phải là submitted hoặc processed")
	}
	if wk := q.Str("week"); wk != "" {
		r, err := tiendo.ParseWeek(wk)
		if err != nil {
			q.Fail("week", "phải có dạng 2026-W49")
		}
		f.Week = r
	}
	if err := q.Err(); err != nil {
		return err
	}
	lists, total, err := s.svc.ListWeeklyLists(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(lists, total, f.Page))
	return nil
}

// submitWeeklyList: POST /api/v1/weekly-lists
func (s *Server) submitWeeklyList(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.WeeklyList
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	l, err := s.svc.SubmitWeeklyList(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, l)
	return nil
}

// getWeeklyList: GET /api/v1/weekly-lists/{id}
func (s *Server) getWeeklyList(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	l, err := s.svc.GetWeeklyList(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, l)
	return nil
}

// processWeeklyList: POST /api/v1/weekly-lists/{id}/process {"version": n}
func (s *Server) processWeeklyList(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in struct {
		Version int `json:"version"`
	}
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	res, err := s.svc.ProcessWeeklyList(r.Context(), id, in.Version)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, res)
	return nil
}
