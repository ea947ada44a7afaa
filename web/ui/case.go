package ui

import (
	"context"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// Urban-order casework of the steering committee 197 (issue 16 item 2):
// the case list with its filters, a case's page with its forms (assign,
// record a handling step with photos, close with evidence, record a
// repeat), the weekly lists (case_week.go) and the 197 dashboard
// (case_stats.go). Who may do what is the service's; the forms are offered
// when CaseDetail says.

// caseRefs are the names a case page or list shows for ids: kinds, wards,
// places and units.
type caseRefs struct {
	Kinds  []*tiendo.CaseKind
	kind   map[int64]*tiendo.CaseKind
	Wards  []*tiendo.Org // communes in force today, by name
	Units  []*tiendo.Org // every unit in force today, by name (assignment)
	org    map[int64]string
	orgs   map[int64]*tiendo.Org
	Places []*tiendo.Place // the places the actor sees, by name
	place  map[int64]*tiendo.Place
	// PlacesMore is how many places in scope the pickers do not list (past
	// the first page); the form says so rather than drop them silently.
	PlacesMore int
}

func (s *Server) caseRefs(ctx context.Context) (*caseRefs, error) {
	kinds, err := s.svc.ListCaseKinds(ctx)
	if err != nil {
		return nil, err
	}
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	places, total, err := s.svc.ListPlaces(ctx, tiendo.PlaceFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	today := s.Today()
	c := &caseRefs{kind: map[int64]*tiendo.CaseKind{}, org: orgNames(orgs), Places: places, place: map[int64]*tiendo.Place{},
		orgs: map[int64]*tiendo.Org{}, PlacesMore: max(0, total-len(places))}
	for _, k := range kinds {
		c.kind[k.ID] = k
		if k.Active {
			c.Kinds = append(c.Kinds, k)
		}
	}
	for _, o := range orgs {
		c.orgs[o.ID] = o
	}
	for _, o := range orgs {
		if !o.ActiveOn(today) {
			continue
		}
		c.Units = append(c.Units, o)
		if isWard(o, c.orgs) {
			c.Wards = append(c.Wards, o)
		}
	}
	for _, p := range places {
		c.place[p.ID] = p
	}
	return c, nil
}

// keepPlaces adds to c the places of ids it did not load (past the
// pickers' page): a row's place keeps its name and a chosen place stays
// chosen in its picker, whatever the size of the register.
func (s *Server) keepPlaces(ctx context.Context, c *caseRefs, ids ...*int64) error {
	var missing []int64
	for _, id := range ids {
		if id != nil && *id > 0 && c.place[*id] == nil && !slices.Contains(missing, *id) {
			missing = append(missing, *id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	found, _, err := s.svc.ListPlaces(ctx, tiendo.PlaceFilter{IDs: missing, Page: tiendo.Page{PerPage: len(missing)}})
	if err != nil {
		return err
	}
	for _, p := range found {
		c.place[p.ID] = p
		c.Places = append(c.Places, p)
	}
	slices.SortStableFunc(c.Places, func(a, b *tiendo.Place) int { return strings.Compare(vn.Fold(a.Name), vn.Fold(b.Name)) })
	return nil
}

// formPlaces are the place ids a form's fields name (name, and name-1,
// name_2… of a list's rows), to keep in its pickers.
func formPlaces(vals url.Values, names ...string) []*int64 {
	var out []*int64
	for key, vs := range vals {
		for _, n := range names {
			if key != n && !strings.HasPrefix(key, n+"_") {
				continue
			}
			for _, v := range vs {
				if id, err := strconv.ParseInt(v, 10, 64); err == nil {
					out = append(out, &id)
				}
			}
		}
	}
	return out
}

// casePlaces are the places of cases.
func casePlaces(cases []*tiendo.Case) []*int64 {
	out := make([]*int64, len(cases))
	for i, c := range cases {
		out[i] = c.PlaceID
	}
	return out
}

// unitsInScope are the units in force the reader may assign a case to
// (service.CaseAssignable), and keep (the current choice) wherever it is.
func (c *caseRefs) unitsInScope(assignable func(int64) bool, keep *int64) []*tiendo.Org {
	var out []*tiendo.Org
	for _, u := range c.Units {
		if assignable(u.ID) || (keep != nil && *keep == u.ID) {
			out = append(out, u)
		}
	}
	return out
}

// isWard tells whether o is a ward (commune): the top of a commune-level
// subtree; its party committee, UBND and offices below it are
// commune-level too but are no ward to choose.
func isWard(o *tiendo.Org, byID map[int64]*tiendo.Org) bool {
	var parent *tiendo.Org
	if o.ParentID != nil {
		parent = byID[*o.ParentID]
	}
	return tiendo.IsWard(o, parent)
}

// wardOf is the ward (commune) of the actor's first grant inside one,
// 0 when none: the ward a group leader's list goes to.
func (c *caseRefs) wardOf(a *tiendo.Actor) int64 {
	if a == nil {
		return 0
	}
	for _, g := range a.Grants {
		for id, n := g.OrgID, 0; id != nil && n < 20; n++ {
			o := c.orgs[*id]
			if o == nil {
				break
			}
			if isWard(o, c.orgs) {
				return o.ID
			}
			id = o.ParentID
		}
	}
	return 0
}

// under tells whether org lies below root.
func (c *caseRefs) under(org, root int64) bool {
	o := c.orgs[org]
	if o == nil {
		return false
	}
	for id, n := o.ParentID, 0; id != nil && n < 20; n++ {
		if *id == root {
			return true
		}
		o := c.orgs[*id]
		if o == nil {
			return false
		}
		id = o.ParentID
	}
	return false
}

// KindName is a kind's name, "" for an unknown id.
func (c *caseRefs) KindName(id int64) string {
	if k := c.kind[id]; k != nil {
		return k.Name
	}
	return ""
}

// OrgName is an organisation's name.
func (c *caseRefs) OrgName(id int64) string { return c.org[id] }

// PlaceName is a place's name, "" for none.
func (c *caseRefs) PlaceName(id *int64) string {
	if id == nil {
		return ""
	}
	if p := c.place[*id]; p != nil {
		return p.Name
	}
	return ""
}

// GroupPlaces are the residential groups of the register.
func (c *caseRefs) GroupPlaces() []*tiendo.Place {
	var out []*tiendo.Place
	for _, p := range c.Places {
		if p.Kind == tiendo.PlaceResidentialGroup {
			out = append(out, p)
		}
	}
	return out
}

// caseRow is a case as a list shows it.
type caseRow struct {
	*tiendo.Case
	Kind, Ward, Place, AssignedTo string
	Timeliness                    tiendo.Timeliness
}

func (s *Server) caseRows(refs *caseRefs, cases []*tiendo.Case) []caseRow {
	today := s.Today()
	out := make([]caseRow, len(cases))
	for i, c := range cases {
		out[i] = caseRow{Case: c, Kind: refs.KindName(c.KindID), Ward: refs.OrgName(c.WardID), Place: refs.PlaceName(c.PlaceID),
			Timeliness: c.TimelinessAt(today)}
		if c.AssignedOrgID != nil {
			out[i].AssignedTo = refs.OrgName(*c.AssignedOrgID)
		}
	}
	return out
}

type casesData struct {
	Filter   formState
	Refs     *caseRefs
	Rows     []caseRow
	Total    int
	Pager    pager
	Statuses []tiendo.CaseStatus
	Export   string
	Office   bool
}

// caseFilterFrom reads the list's filters: ward, place, kind, status,
// overdue, week (2026-W49, or a day of the week), q; bad values of the
// choices are ignored, as on the task list, but a mistyped week is an
// error on its field (ignoring it would list every week's cases).
func caseFilterFrom(q url.Values) (tiendo.CaseFilter, error) {
	fr := &formReader{vals: q}
	f := tiendo.CaseFilter{Query: fr.str("q"), Page: tiendo.Page{PerPage: PerPage}}
	if id := fr.id("ward"); id != nil {
		f.WardIDs = []int64{*id}
	}
	if id := fr.id("place"); id != nil {
		f.PlaceID = id
	}
	if id := fr.id("kind"); id != nil {
		f.KindIDs = []int64{*id}
	}
	if st := tiendo.CaseStatus(fr.str("status")); slices.Contains(tiendo.CaseStatuses, st) {
		f.Statuses = []tiendo.CaseStatus{st}
	}
	if fr.checked("overdue") {
		f.Timeliness = []tiendo.Timeliness{tiendo.Overdue}
		f.Sort = tiendo.CaseSortOverdue
	}
	if fr.checked("repeat") {
		yes := true
		f.Repeat = &yes
	}
	var err error
	if w := strings.TrimSpace(fr.str("week")); w != "" {
		if r, e := tiendo.ParseWeek(strings.ToUpper(w)); e == nil {
			f.Found = r
		} else if d, e := httpx.ParseFormDate(w); e == nil {
			f.Found = tiendo.WeekOf(d)
		} else {
			err = tiendo.FieldError("week", "Tuần không hợp lệ: cần dạng 2026-W49 hoặc một ngày trong tuần, ví dụ 07/12/2026")
		}
	}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	return f, err
}

// casesPage: GET /vu-viec?ward=&place=&kind=&status=&overdue=&week=&q=
func (s *Server) casesPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q := r.URL.Query()
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	d := casesData{Filter: newForm(q), Refs: refs, Statuses: tiendo.CaseStatuses, Office: canAssign(tiendo.ActorFromContext(ctx))}
	f, err := caseFilterFrom(q)
	if err != nil {
		d.Filter = d.Filter.withError(err, nil)
		s.render(w, r, http.StatusUnprocessableEntity, "cases", &page{Data: d})
		return nil
	}
	cases, total, err := s.svc.ListCases(ctx, f)
	if err != nil {
		return err
	}
	if err := s.keepPlaces(ctx, refs, append(casePlaces(cases), f.PlaceID)...); err != nil {
		return err
	}
	d.Rows, d.Total, d.Pager = s.caseRows(refs, cases), total, newPager(r.URL, f.Page, total)
	s.render(w, r, http.StatusOK, "cases", &page{Data: d})
	return nil
}

// caseData is a case's page with its forms.
type caseData struct {
	*service.CaseDetail
	Refs                       *caseRefs
	Earlier                    []caseRow
	RepeatOf                   *caseRow
	Assign, Step, Close, Again formState
	StepKinds                  []tiendo.CaseStepKind
	People                     []*tiendo.Person // who a case may be assigned to: the ward's people
	Reporters                  []tiendo.CaseReporter
	Open                       bool
	ListLink                   bool // the weekly list the case came from is the reader's to open
	// Units are the units the case may be assigned to: those in force in
	// the reader's scope (the service refuses others), and the current one.
	Units []*tiendo.Org
}

// casePage: GET /vu-viec/{id}
func (s *Server) casePage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	return s.renderCase(w, r, http.StatusOK, id, nil)
}

// renderCase shows a case's page; forms, when set, is the form sent with
// its errors (its name is one of assign, step, close, again).
func (s *Server) renderCase(w http.ResponseWriter, r *http.Request, status int, id int64, forms map[string]formState) error {
	ctx := r.Context()
	cd, err := s.svc.GetCase(ctx, id)
	if err != nil {
		return err
	}
	refs, err := s.caseRefs(ctx)
	if err != nil {
		return err
	}
	c := cd.Case
	if err := s.keepPlaces(ctx, refs, append(casePlaces(cd.Earlier), c.PlaceID)...); err != nil {
		return err
	}
	today := s.Today()
	d := caseData{CaseDetail: cd, Refs: refs, Earlier: s.caseRows(refs, cd.Earlier), StepKinds: tiendo.CaseStepKinds,
		Reporters: tiendo.CaseReporters, Open: c.Status != tiendo.CaseClosed}
	if c.WeeklyListID != nil {
		// The assigned unit sees the case, not always the ward's list.
		_, err := s.svc.GetWeeklyList(ctx, *c.WeeklyListID)
		if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return err
		}
		d.ListLink = err == nil
	}
	if cd.CanEdit && d.Open {
		assignable, err := s.svc.CaseAssignable(ctx)
		if err != nil {
			return err
		}
		d.Units = refs.unitsInScope(assignable, c.AssignedOrgID)
		// The people holding a position in the ward or its units (none
		// when the ward has ended).
		var units []int64
		for _, u := range refs.Units {
			if u.ID == c.WardID || refs.under(u.ID, c.WardID) {
				units = append(units, u.ID)
			}
		}
		if len(units) > 0 {
			if d.People, _, err = s.svc.ListPeople(ctx, tiendo.PersonFilter{OrgIDs: units, Page: tiendo.Page{PerPage: tiendo.MaxPerPage}}); err != nil {
				return err
			}
		}
	}
	assign := url.Values{"assigned_on": {today.Format()}}
	if c.AssigneeID != nil {
		assign.Set("assignee", strconv.FormatInt(*c.AssigneeID, 10))
	}
	if c.AssignedOrgID != nil {
		assign.Set("org", strconv.FormatInt(*c.AssignedOrgID, 10))
	}
	if k := cd.Kind; k != nil && k.DeadlineDays > 0 {
		assign.Set("deadline_days", strconv.Itoa(k.DeadlineDays))
	}
	d.Assign = newForm(assign)
	d.Step = newForm(url.Values{"on": {today.Format()}, "kind": {string(tiendo.StepReminded)}})
	d.Close = newForm(url.Values{"closed_on": {today.Format()}})
	d.Again = newForm(url.Values{"found_on": {today.Format()}, "reporter": {string(tiendo.ReporterGroupLeader)}})
	for name, f := range forms {
		switch name {
		case "assign":
			d.Assign = f
		case "step":
			d.Step = f
		case "close":
			d.Close = f
		case "again":
			d.Again = f
		}
	}
	if c.RepeatOf != nil {
		for i := range d.Earlier {
			if d.Earlier[i].ID == *c.RepeatOf {
				d.RepeatOf = &d.Earlier[i]
			}
		}
	}
	s.render(w, r, status, "case", &page{Data: d, Notice: notice(r, "case.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// caseURL is a case's page with a success notice.
func caseURL(id int64, ok string) string {
	u := "/vu-viec/" + strconv.FormatInt(id, 10)
	if ok != "" {
		u += "?ok=" + ok
	}
	return u
}

// caseFormDone redirects to the case after a form succeeded, or shows the
// case again with the form's errors.
func (s *Server) caseFormDone(w http.ResponseWriter, r *http.Request, id int64, to string, form string, vals url.Values, err error) error {
	if err == nil {
		s.redirect(w, r, caseURL(to2(id, to), form))
		return nil
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderCase(w, r, httpx.StatusOf(err), id, map[string]formState{form: newForm(vals).withError(err, nil)})
}

// to2 is the case to go to: the new case's id when to is set.
func to2(id int64, to string) int64 {
	if n, err := strconv.ParseInt(to, 10, 64); err == nil && n > 0 {
		return n
	}
	return id
}

// assignCaseForm: POST /vu-viec/{id}/giao
func (s *Server) assignCaseForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	a := service.CaseAssignment{Version: fr.version(), OrgID: fr.id("org"), AssigneeID: fr.id("assignee"),
		AssignedOn: fr.date("assigned_on"), Due: fr.date("due"), Reason: fr.str("reason")}
	if n := fr.integer("deadline_days"); n != nil {
		a.DeadlineDays = *n
	}
	if err = fr.err(); err == nil {
		_, err = s.svc.AssignCase(r.Context(), id, a)
	}
	return s.caseFormDone(w, r, id, "", "assign", vals, err)
}

// caseUpload handles a case's form with files: do reads it and calls the
// service; the case is shown again with the form's errors, or a file too
// large, beside the form.
func (s *Server) caseUpload(w http.ResponseWriter, r *http.Request, form string,
	do func(id int64, fr *formReader, files []tiendo.Attachment) error) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, files, err := s.MultipartForm(w, r)
	if err != nil && !showsOnForm(err) && tiendo.ErrorCode(err) != tiendo.ETOOLARGE {
		return err
	}
	if err == nil {
		fr := &formReader{vals: vals}
		if err = do(id, fr, files); err == nil {
			err = fr.err()
		}
	}
	return s.caseFormDone(w, r, id, "", form, vals, err)
}

// caseStepForm: POST /vu-viec/{id}/xu-ly — a handling step with photos.
func (s *Server) caseStepForm(w http.ResponseWriter, r *http.Request) error {
	return s.caseUpload(w, r, "step", func(id int64, fr *formReader, files []tiendo.Attachment) error {
		st := tiendo.CaseStep{Kind: tiendo.CaseStepKind(fr.str("kind")), On: fr.date("on"), Note: fr.str("note"),
			DocNo: fr.str("doc_no"), Files: files}
		if a := fr.str("amount"); a != "" {
			n, ok := parseAmount(a)
			if !ok {
				fr.v.Add("amount", "Số tiền phải là số, ví dụ 3.500.000")
			}
			st.Amount = n
		}
		if err := fr.err(); err != nil {
			return err
		}
		_, err := s.svc.AddCaseStep(r.Context(), id, st)
		return err
	})
}

// closeCaseForm: POST /vu-viec/{id}/ket-thuc — the result and its evidence.
func (s *Server) closeCaseForm(w http.ResponseWriter, r *http.Request) error {
	return s.caseUpload(w, r, "close", func(id int64, fr *formReader, files []tiendo.Attachment) error {
		c := service.CaseClosing{Version: fr.version(), Result: fr.str("result"), ClosedOn: fr.date("closed_on"), Files: files}
		if err := fr.err(); err != nil {
			return err
		}
		_, err := s.svc.CloseCase(r.Context(), id, c)
		return err
	})
}

// repeatCaseForm: POST /vu-viec/{id}/tai-pham — a new violation at the
// closed case's spot: a new case linked to it.
func (s *Server) repeatCaseForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	rp := service.CaseRepeat{Description: fr.str("description"), FoundOn: fr.date("found_on"),
		Reporter: tiendo.CaseReporter(fr.str("reporter")), ReporterName: fr.str("reporter_name"), ReporterPhone: fr.str("reporter_phone")}
	var created *tiendo.Case
	if err = fr.err(); err == nil {
		created, err = s.svc.ReopenCase(r.Context(), id, rp)
	}
	to := ""
	if created != nil {
		to = strconv.FormatInt(created.ID, 10)
	}
	return s.caseFormDone(w, r, id, to, "again", vals, err)
}

// caseFile: GET /vu-viec/tep/{id} — a photo or paper of a case.
func (s *Server) caseFile(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	a, err := s.svc.CaseFile(r.Context(), id)
	if err != nil {
		return err
	}
	ct := "application/octet-stream"
	disp := "attachment"
	if mt, _, err := mime.ParseMediaType(a.ContentType); err == nil {
		ct = mt
		// A photo is shown in the page; anything else only downloads, so
		// an uploaded HTML or SVG file cannot run script here.
		if mt == "image/jpeg" || mt == "image/png" || mt == "image/webp" {
			disp = "inline"
		} else {
			ct = "application/octet-stream"
		}
	}
	if d := mime.FormatMediaType(disp, map[string]string{"filename": a.Name}); d != "" {
		disp = d
	}
	h := w.Header()
	h.Set("Content-Type", ct)
	h.Set("Content-Disposition", disp)
	h.Set("Content-Length", strconv.Itoa(len(a.Data)))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "private, no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(a.Data)
	return nil
}

// parseAmount reads a sum of money as written: 3.500.000, 3 500 000 đ.
func parseAmount(s string) (int64, bool) {
	var digits []byte
	for _, r := range strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(s, "đồng"), "đ")) {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == '.' || r == ' ' || r == ',':
		default:
			return 0, false
		}
	}
	n, err := strconv.ParseInt(string(digits), 10, 64)
	if err != nil {
		return 0, false
	}
	return n, true
}
