package ui

import (
	"net/http"
	"net/url"
	"slices"
	"strconv"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// Creating, editing and dissolving organisations (administrators, within
// the organisations they administer; the service checks every submit).

// orgFormData is the Data of the new and the edit organisation pages.
type orgFormData struct {
	Org         *tiendo.Org // nil on the new page
	Form        formState
	Dissolve    formState
	Parents     []*tiendo.Org // where the administrator may place it
	Orgs        []*tiendo.Org // organisations in force: the successor
	Members     *orgPicker    // member units of a steering committee
	Kinds       []tiendo.OrgKind
	Levels      []tiendo.Level
	RootAllowed bool // a whole-tree administrator may leave the parent empty
	Ended       bool
	Successor   string
}

// loadOrgForm gathers the choices of the form; o is nil for a new
// organisation. An actor who administers no organisation is refused, and
// so is one who does not administer o.
func (s *Server) loadOrgForm(r *http.Request, o *tiendo.Org) (*orgFormData, error) {
	ctx := r.Context()
	admin, err := s.svc.AdminOrgs(ctx)
	if err != nil {
		return nil, err
	}
	if len(admin) == 0 || (o != nil && !slices.ContainsFunc(admin, func(a *tiendo.Org) bool { return a.ID == o.ID })) {
		return nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ quản trị viên của đơn vị mới sửa được đơn vị")
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	today := s.Today()
	d := &orgFormData{Org: o, Kinds: tiendo.OrgKinds, Levels: tiendo.Levels,
		RootAllowed: s.svc.IsWholeTreeAdmin(ctx), Dissolve: newForm(url.Values{"on": {today.Format()}})}
	var below []int64
	if o != nil {
		below = tiendo.NewOrgTree(all).Subtree(o.ID)
		d.Ended = !o.ValidTo.IsZero()
		if o.SuccessorID != nil {
			d.Successor = orgNames(all)[*o.SuccessorID]
		}
	}
	for _, a := range admin {
		if a.ActiveOn(today) && !slices.Contains(below, a.ID) {
			d.Parents = append(d.Parents, a)
		}
	}
	if o != nil && o.ParentID != nil && !slices.ContainsFunc(d.Parents, func(p *tiendo.Org) bool { return p.ID == *o.ParentID }) {
		if i := slices.IndexFunc(all, func(p *tiendo.Org) bool { return p.ID == *o.ParentID }); i >= 0 {
			d.Parents = append([]*tiendo.Org{all[i]}, d.Parents...)
		}
	}
	for _, a := range all {
		if a.ActiveOn(today) && (o == nil || a.ID != o.ID) {
			d.Orgs = append(d.Orgs, a)
		}
	}
	return d, nil
}

// orgValues are the form's values for an organisation as stored.
func orgValues(o *tiendo.Org) url.Values {
	v := url.Values{"code": {o.Code}, "abbrev": {o.Abbrev}, "name": {o.Name}, "kind": {string(o.Kind)},
		"level": {string(o.Level)}}
	if o.ParentID != nil {
		v.Set("parent_id", strconv.FormatInt(*o.ParentID, 10))
	}
	for name, d := range map[string]vn.Date{"valid_from": o.ValidFrom, "valid_to": o.ValidTo} {
		if !d.IsZero() {
			v.Set(name, d.Format())
		}
	}
	for _, m := range o.MemberIDs {
		v.Add("member_ids", strconv.FormatInt(m, 10))
	}
	return v
}

// readOrg copies the form's fields onto o. The end date is read only when
// the form shows it: on a new organisation (one recorded after it ended)
// and on one already dissolved; an organisation in force ends by
// dissolving it.
func readOrg(fr *formReader, o *tiendo.Org, withValidTo bool) {
	o.Code, o.Abbrev, o.Name = fr.str("code"), fr.str("abbrev"), fr.str("name")
	o.Kind, o.Level = tiendo.OrgKind(fr.str("kind")), tiendo.Level(fr.str("level"))
	o.ParentID = fr.id("parent_id")
	o.ValidFrom = fr.date("valid_from")
	if withValidTo {
		o.ValidTo = fr.date("valid_to")
	}
	o.MemberIDs = fr.ids("member_ids")
}

// newOrgPage: GET /don-vi/moi?cap-tren=ID
func (s *Server) newOrgPage(w http.ResponseWriter, r *http.Request) error {
	d, err := s.loadOrgForm(r, nil)
	if err != nil {
		return err
	}
	d.Form = newForm(url.Values{"parent_id": {r.URL.Query().Get("cap-tren")}, "kind": {string(tiendo.KindDepartment)}})
	return s.renderOrgForm(w, r, http.StatusOK, d, &page{Data: d})
}

// createOrgForm: POST /don-vi/moi
func (s *Server) createOrgForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" {
		return s.orgFormSearch(w, r, nil, vals)
	}
	o := &tiendo.Org{}
	fr := &formReader{vals: vals}
	readOrg(fr, o, true)
	err = fr.err()
	if err == nil {
		err = s.svc.CreateOrg(r.Context(), o)
	}
	if err != nil {
		return s.orgFormError(w, r, nil, err, vals, "edit")
	}
	s.redirect(w, r, "/don-vi?ok=org-created#org-"+strconv.FormatInt(o.ID, 10))
	return nil
}

// editOrgPage: GET /don-vi/{id}/sua
func (s *Server) editOrgPage(w http.ResponseWriter, r *http.Request) error {
	o, err := s.pathOrg(r)
	if err != nil {
		return err
	}
	d, err := s.loadOrgForm(r, o)
	if err != nil {
		return err
	}
	d.Form = newForm(orgValues(o))
	return s.renderOrgForm(w, r, http.StatusOK, d, &page{Data: d})
}

// editOrgForm: POST /don-vi/{id}/sua, with the version the form was built
// from: a stale form is a 409 showing the organisation as it now is.
func (s *Server) editOrgForm(w http.ResponseWriter, r *http.Request) error {
	o, err := s.pathOrg(r)
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" {
		return s.orgFormSearch(w, r, o, vals)
	}
	edited := *o
	fr := &formReader{vals: vals}
	edited.Version = fr.version()
	readOrg(fr, &edited, !o.ValidTo.IsZero())
	err = fr.err()
	if err == nil {
		err = s.svc.UpdateOrg(r.Context(), &edited)
	}
	if err != nil {
		return s.orgFormError(w, r, o, err, vals, "edit")
	}
	s.redirect(w, r, "/don-vi?ok=org-saved#org-"+strconv.FormatInt(o.ID, 10))
	return nil
}

// dissolveOrgForm: POST /don-vi/{id}/giai-the, ending the organisation on
// a date and moving its open tasks to the successor.
func (s *Server) dissolveOrgForm(w http.ResponseWriter, r *http.Request) error {
	o, err := s.pathOrg(r)
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	succ, on, version := fr.id("successor"), fr.date("on"), fr.version()
	fr.v.Check(succ != nil, "successor", "Chọn đơn vị kế thừa")
	if err := fr.err(); err != nil {
		return s.orgFormError(w, r, o, err, vals, "dissolve")
	}
	res, err := s.svc.DissolveOrg(r.Context(), o.ID, *succ, on, version)
	if err != nil {
		return s.orgFormError(w, r, o, err, vals, "dissolve")
	}
	s.redirect(w, r, "/don-vi?ok=org-dissolved&chuyen="+strconv.Itoa(len(res.MovedTasks))+"#org-"+strconv.FormatInt(o.ID, 10))
	return nil
}

// pathOrg reads the organisation of the path.
func (s *Server) pathOrg(r *http.Request) (*tiendo.Org, error) {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return nil, err
	}
	return s.svc.GetOrg(r.Context(), id)
}

// orgFormError answers a failed organisation form: invalid input and
// conflicts show the page again, the organisation as it now is, the typed
// values kept and the errors beside the fields.
func (s *Server) orgFormError(w http.ResponseWriter, r *http.Request, o *tiendo.Org, err error, vals url.Values, which string) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ECONFLICT:
	default:
		return err
	}
	if o != nil {
		// Read again: after a conflict the page shows the newer version.
		now, gerr := s.svc.GetOrg(r.Context(), o.ID)
		if gerr != nil {
			return gerr
		}
		o = now
	}
	d, lerr := s.loadOrgForm(r, o)
	if lerr != nil {
		return lerr
	}
	f := newForm(vals).withError(err, map[string]string{"parent": "parent_id"})
	p := &page{Data: d}
	switch {
	case which != "dissolve":
		d.Form = f
	case d.Ended:
		d.Form, p.Error = newForm(orgValues(o)), errorLine(err) // no dissolve form any more
	default:
		d.Form, d.Dissolve = newForm(orgValues(o)), f
	}
	return s.renderOrgForm(w, r, httpx.StatusOf(err), d, p)
}

// renderOrgForm shows the organisation page with the member picker drawn
// from the form's values.
func (s *Server) renderOrgForm(w http.ResponseWriter, r *http.Request, status int, d *orgFormData, p *page) error {
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	m, err := s.orgPicker(r.Context(), d.Form, pickerSpec{name: "member_ids", label: i18n.Translate(loc, "orgform.members"),
		hint: i18n.Translate(loc, "orgform.members_hint"), multiple: true})
	if err != nil {
		return err
	}
	d.Members = m
	s.render(w, r, status, "org_form", p)
	return nil
}

// orgFormSearch shows the organisation form again after the member
// picker's search button, without JavaScript: nothing is saved.
func (s *Server) orgFormSearch(w http.ResponseWriter, r *http.Request, o *tiendo.Org, vals url.Values) error {
	d, err := s.loadOrgForm(r, o)
	if err != nil {
		return err
	}
	d.Form = newForm(vals)
	return s.renderOrgForm(w, r, http.StatusOK, d, &page{Data: d})
}
