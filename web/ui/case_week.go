package ui

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// Weekly lists (issue 16 item 2): a residential group leader sends the
// week's violations from a phone (a plain form; "Thêm dòng" posts it back
// with one more row, no script needed) or as an XLSX file in the layout
// wards use (extract.ReadCaseList), reviewed row by row; the ward office
// turns a list into cases in one step, rows duplicating an open case
// flagged rather than created.

// weekRow is a row of the weekly form, numbered from 1 as its fields are
// (address_1, kind_1, …).
type weekRow struct {
	N        int
	Problems []string // from the XLSX file
	Dup      *tiendo.Case
	Kind     string // the kind as the file wrote it
}

type weekFormData struct {
	Form   formState
	Refs   *caseRefs
	Rows   []weekRow
	Weeks  []weekOption
	Review bool   // the XLSX review: rows from a file, sent in one step
	Action string // where the form posts
	File   string
}

type weekOption struct {
	Key, Label string
}

// weekOptions are the current week and the eight before it.
func weekOptions(today vn.Date) []weekOption {
	var out []weekOption
	for i := 0; i < 9; i++ {
		wk := tiendo.WeekOf(today.AddDays(-7 * i))
		_, n := time2(wk.From)
		out = append(out, weekOption{Key: tiendo.WeekKey(wk.From),
			Label: fmt.Sprintf("%d (%s – %s)", n, wk.From.Format(), wk.To.Format())})
	}
	return out
}

// time2 is d's ISO year and week.
func time2(d vn.Date) (int, int) {
	key := tiendo.WeekKey(d)
	y, w, _ := strings.Cut(key, "-W")
	yn, _ := strconv.Atoi(y)
	wn, _ := strconv.Atoi(w)
	return yn, wn
}

// weekListDefaults are the form's first values: this week, the actor's
// ward when it is one.
func (s *Server) weekListDefaults(refs *caseRefs, a *tiendo.Actor, rows int) url.Values {
	v := url.Values{"week": {tiendo.WeekKey(s.Today())}, "rows": {strconv.Itoa(rows)}}
	if id := refs.wardOf(a); id != 0 {
		v.Set("ward", strconv.FormatInt(id, 10))
	}
	for i := 1; i <= rows; i++ {
		v.Set(fmt.Sprintf("found_on_%d", i), s.Today().Format())
	}
	return v
}

func numberedRows(n int) []weekRow {
	out := make([]weekRow, n)
	for i := range out {
		out[i] = weekRow{N: i + 1}
	}
	return out
}

// newWeekListPage: GET /vu-viec/tuan/moi — the phone form.
func (s *Server) newWeekListPage(w http.ResponseWriter, r *http.Request) error {
	refs, err := s.caseRefs(r.Context())
	if err != nil {
		return err
	}
	v := s.weekListDefaults(refs, tiendo.ActorFromContext(r.Context()), 3)
	s.render(w, r, http.StatusOK, "case_week_form", &page{Data: weekFormData{Form: newForm(v), Refs: refs, Rows: numberedRows(3),
		Weeks: weekOptions(s.Today()), Action: "/vu-viec/tuan/moi"}})
	return nil
}

// maxFormRows bounds the rows of the phone form.
const maxFormRows = 100

// weekListFromForm reads the list of the weekly form: its ward, group,
// week and its rows that are not blank (unticked rows of the review
// skipped). rowOf maps a list row (1-based) to the form's row number.
func weekListFromForm(fr *formReader, today vn.Date) (tiendo.WeeklyList, map[int]int) {
	l := tiendo.WeeklyList{Note: fr.str("note")}
	if id := fr.id("ward"); id != nil {
		l.WardID = *id
	}
	l.GroupPlaceID = fr.id("group")
	if wk, err := tiendo.ParseWeek(fr.str("week")); err == nil {
		l.Week = wk
	} else {
		fr.v.Add("week", "Chọn tuần của danh sách")
	}
	n := 0
	if p := fr.integer("rows"); p != nil {
		n = min(max(*p, 0), tiendo.MaxWeeklyRows)
	}
	rowOf := map[int]int{}
	for i := 1; i <= n; i++ {
		f := func(name string) string { return fr.str(fmt.Sprintf("%s_%d", name, i)) }
		if _, review := fr.vals["include_"+strconv.Itoa(i)]; !review && fr.vals.Has("reviewing") {
			continue
		}
		if f("address") == "" && f("description") == "" && f("kind") == "" && f("place") == "" {
			continue
		}
		row := tiendo.WeeklyListRow{Row: len(l.Rows) + 1, Address: f("address"), Description: f("description"),
			PlaceID: fr.id(fmt.Sprintf("place_%d", i)), FoundOn: fr.date(fmt.Sprintf("found_on_%d", i))}
		if id := fr.id(fmt.Sprintf("kind_%d", i)); id != nil {
			row.KindID = *id
		}
		if row.FoundOn.IsZero() && !l.Week.From.IsZero() {
			row.FoundOn = min2(l.Week.To, today)
		}
		rowOf[row.Row] = i
		l.Rows = append(l.Rows, row)
	}
	return l, rowOf
}

func min2(a, b vn.Date) vn.Date {
	if a.Before(b) {
		return a
	}
	return b
}

// rowErrorRename maps the service's rows[N].field to the form's field_M.
func rowErrorRename(err error, rowOf map[int]int) map[string]string {
	out := map[string]string{}
	for k := range tiendo.ErrorFields(err) {
		if !strings.HasPrefix(k, "rows[") {
			continue
		}
		num, field, ok := strings.Cut(strings.TrimPrefix(k, "rows["), "].")
		n, err := strconv.Atoi(num)
		if !ok || err != nil {
			continue
		}
		if m, ok := rowOf[n]; ok {
			out[k] = fmt.Sprintf("%s_%d", strings.TrimSuffix(field, "_id"), m)
		}
	}
	return out
}

// createWeekListForm: POST /vu-viec/tuan/moi — "add a row" shows the form
// again with one more; "send" submits the list.
func (s *Server) createWeekListForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	if err := s.keepPlaces(ctx, refs, formPlaces(vals, "group", "place")...); err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	n := 1
	if p := fr.integer("rows"); p != nil {
		n = min(max(*p, 1), maxFormRows)
	}
	d := weekFormData{Refs: refs, Weeks: weekOptions(s.Today()), Action: "/vu-viec/tuan/moi"}
	if vals.Get("action") == "add" {
		n = min(n+1, maxFormRows)
		vals.Set("rows", strconv.Itoa(n))
		vals.Set(fmt.Sprintf("found_on_%d", n), s.Today().Format())
		d.Form, d.Rows = newForm(vals), numberedRows(n)
		d.Form.Open = true
		s.render(w, r, http.StatusOK, "case_week_form", &page{Data: d})
		return nil
	}
	l, rowOf := weekListFromForm(fr, s.Today())
	if err = fr.err(); err == nil {
		var saved *tiendo.WeeklyList
		if saved, err = s.svc.SubmitWeeklyList(ctx, l); err == nil {
			s.redirect(w, r, "/vu-viec/tuan/"+strconv.FormatInt(saved.ID, 10)+"?ok=submitted")
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	d.Form, d.Rows = newForm(vals).withError(err, rowErrorRename(err, rowOf)), numberedRows(n)
	s.render(w, r, httpx.StatusOf(err), "case_week_form", &page{Data: d})
	return nil
}

type weekListsData struct {
	Refs   *caseRefs
	Lists  []*tiendo.WeeklyList
	Total  int
	Pager  pager
	Office bool
}

// weekListsPage: GET /vu-viec/tuan — the weekly lists, newest week first.
func (s *Server) weekListsPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	fr := &formReader{vals: r.URL.Query()}
	f := tiendo.WeeklyListFilter{Page: tiendo.Page{PerPage: PerPage}}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	lists, total, err := s.svc.ListWeeklyLists(ctx, f)
	if err != nil {
		return err
	}
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "case_weeks", &page{Data: weekListsData{Refs: refs, Lists: lists, Total: total,
		Pager: newPager(r.URL, f.Page, total), Office: canAssign(tiendo.ActorFromContext(ctx))}})
	return nil
}

type weekListData struct {
	List   *tiendo.WeeklyList
	Refs   *caseRefs
	Rows   []weekListRow
	Office bool
	Dups   int
	Error  string
}

type weekListRow struct {
	tiendo.WeeklyListRow
	Dup *tiendo.Case // an open case there, before processing
}

// openDuplicate is the open case of the same kind at the row's spot
// (its place and address, tiendo.SpotFilter), nil when there is none:
// what processing will flag.
func (s *Server) openDuplicate(ctx context.Context, wardID int64, placeID *int64, address string, kindID int64) *tiendo.Case {
	if kindID == 0 || (placeID == nil && strings.TrimSpace(address) == "") {
		return nil
	}
	f := tiendo.SpotFilter(&tiendo.Case{WardID: wardID, PlaceID: placeID, Address: address, KindID: kindID})
	f.Statuses, f.Page = tiendo.OpenCaseStatuses, tiendo.Page{PerPage: 1}
	cases, _, err := s.svc.ListCases(ctx, f)
	if err != nil || len(cases) == 0 {
		return nil
	}
	return cases[0]
}

// weekListPage: GET /vu-viec/tuan/{id} — a list's rows; before it is
// processed, the rows that duplicate an open case are flagged.
func (s *Server) weekListPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	return s.renderWeekList(w, r, http.StatusOK, id, "")
}

func (s *Server) renderWeekList(w http.ResponseWriter, r *http.Request, status int, id int64, msg string) error {
	ctx := r.Context()
	l, err := s.svc.GetWeeklyList(ctx, id)
	if err != nil {
		return err
	}
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	keep := []*int64{l.GroupPlaceID}
	for _, row := range l.Rows {
		keep = append(keep, row.PlaceID)
	}
	if err := s.keepPlaces(ctx, refs, keep...); err != nil {
		return err
	}
	d := weekListData{List: l, Refs: refs, Office: canAssign(tiendo.ActorFromContext(ctx)), Error: msg}
	for _, row := range l.Rows {
		wr := weekListRow{WeeklyListRow: row}
		if l.Status == tiendo.ListSubmitted {
			if wr.Dup = s.openDuplicate(ctx, l.WardID, row.PlaceID, row.Address, row.KindID); wr.Dup != nil {
				d.Dups++
			}
		}
		d.Rows = append(d.Rows, wr)
	}
	s.render(w, r, status, "case_week", &page{Data: d, Notice: notice(r, "case.week.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// processWeekListForm: POST /vu-viec/tuan/{id}/tao-vu-viec — the ward
// office turns the list into cases.
func (s *Server) processWeekListForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	v := fr.version()
	if err = fr.err(); err == nil {
		_, err = s.svc.ProcessWeeklyList(r.Context(), id, v)
	}
	if err == nil {
		s.redirect(w, r, "/vu-viec/tuan/"+strconv.FormatInt(id, 10)+"?ok=processed")
		return nil
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderWeekList(w, r, httpx.StatusOf(err), id, errorLine(err))
}

// importWeekListPage: GET /vu-viec/tuan/nhap — the XLSX upload.
func (s *Server) importWeekListPage(w http.ResponseWriter, r *http.Request) error {
	refs, err := s.caseRefs(r.Context())
	if err != nil {
		return err
	}
	v := s.weekListDefaults(refs, tiendo.ActorFromContext(r.Context()), 0)
	s.render(w, r, http.StatusOK, "case_week_import", &page{Data: weekFormData{Form: newForm(v), Refs: refs, Weeks: weekOptions(s.Today())}})
	return nil
}

// importWeekListForm: POST /vu-viec/tuan/nhap — reads the file and shows
// its rows for review (service.ProposeWeeklyList): each row's kind matched
// to the catalogue, its problems, and whether it duplicates an open case;
// rows without problems start ticked (a duplicate too: the list keeps it,
// flagged, and no case is made of it).
func (s *Server) importWeekListForm(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	vals, files, err := s.MultipartForm(w, r)
	if err == nil && len(files) == 0 {
		err = tiendo.FieldError("file", "Chọn tệp Excel (.xlsx) danh sách vi phạm của tuần")
	}
	fr := &formReader{vals: vals}
	ward := int64(0)
	if id := fr.id("ward"); id != nil {
		ward = *id
	}
	var prop *service.WeeklyListProposal
	if err == nil {
		prop, err = s.svc.ProposeWeeklyList(ctx, ward, files[0].Data)
	}
	d := weekFormData{Refs: refs, Weeks: weekOptions(s.Today())}
	if err != nil {
		if !showsOnForm(err) && tiendo.ErrorCode(err) != tiendo.ETOOLARGE {
			return err
		}
		d.Form = newForm(vals).withError(err, nil)
		s.render(w, r, httpx.StatusOf(err), "case_week_import", &page{Data: d})
		return nil
	}
	vals.Set("rows", strconv.Itoa(len(prop.Rows)))
	vals.Set("reviewing", "1")
	wk, _ := tiendo.ParseWeek(vals.Get("week"))
	for i, p := range prop.Rows {
		n := i + 1
		set := func(name, v string) { vals.Set(fmt.Sprintf("%s_%d", name, n), v) }
		set("address", p.Row.Address)
		set("description", p.Row.Description)
		found := p.Row.FoundOn
		if found.IsZero() && !wk.From.IsZero() {
			found = min2(wk.To, s.Today())
		}
		set("found_on", found.Format())
		if p.Row.KindID != 0 {
			set("kind", strconv.FormatInt(p.Row.KindID, 10))
		}
		if p.Row.PlaceID != nil {
			set("place", strconv.FormatInt(*p.Row.PlaceID, 10))
		}
		if len(p.Problems) == 0 { // a duplicate stays on the list, flagged by processing
			set("include", "on")
		}
		d.Rows = append(d.Rows, weekRow{N: n, Kind: p.Source.Kind, Problems: p.Problems, Dup: p.DuplicateOf})
	}
	d.Form, d.Review, d.Action, d.File = newForm(vals), true, "/vu-viec/tuan/nhap/tao", files[0].Name
	s.render(w, r, http.StatusOK, "case_week_form", &page{Data: d})
	return nil
}

// createFromImportForm: POST /vu-viec/tuan/nhap/tao — the reviewed rows
// become a list and, in the same step, cases.
func (s *Server) createFromImportForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	ctx := r.Context()
	fr := &formReader{vals: vals}
	l, rowOf := weekListFromForm(fr, s.Today())
	var saved *tiendo.WeeklyList
	if err = fr.err(); err == nil {
		if saved, err = s.svc.SubmitWeeklyList(ctx, l); err == nil {
			if _, err = s.svc.ProcessWeeklyList(ctx, saved.ID, saved.Version); err == nil {
				s.redirect(w, r, "/vu-viec/tuan/"+strconv.FormatInt(saved.ID, 10)+"?ok=processed")
				return nil
			}
			// The list is kept: the office processes it from its page.
			s.redirect(w, r, "/vu-viec/tuan/"+strconv.FormatInt(saved.ID, 10)+"?ok=submitted")
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	refs, rerr := s.caseRefs(ctx)
	if rerr != nil {
		return rerr
	}
	n := 0
	if p := fr.integer("rows"); p != nil {
		n = min(max(*p, 0), tiendo.MaxWeeklyRows)
	}
	d := weekFormData{Refs: refs, Weeks: weekOptions(s.Today()), Review: true, Action: "/vu-viec/tuan/nhap/tao",
		Form: newForm(vals).withError(err, rowErrorRename(err, rowOf)), Rows: numberedRows(n)}
	s.render(w, r, httpx.StatusOf(err), "case_week_form", &page{Data: d})
	return nil
}
