package ui

import (
	"net/http"
	"net/url"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// documentsData is the Data of the document list.
type documentsData struct {
	Filter    formState
	Documents []*tiendo.Document
	Total     int
	Pager     pager
	CanAssign bool
}

// documentsPage: GET /van-ban?q=&trang=
func (s *Server) documentsPage(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	fr := &formReader{vals: q}
	f := tiendo.DocumentFilter{Query: fr.str("q"), Page: tiendo.Page{PerPage: PerPage}}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	docs, total, err := s.svc.ListDocuments(r.Context(), f)
	if err != nil {
		return err
	}
	d := documentsData{Filter: newForm(q), Documents: docs, Total: total, Pager: newPager(r.URL, f.Page, total),
		CanAssign: canAssign(tiendo.ActorFromContext(r.Context()))}
	s.render(w, r, http.StatusOK, "documents", &page{Data: d})
	return nil
}

// documentData is the Data of a document's page.
type documentData struct {
	Doc       *tiendo.Document
	Links     []docLinkView
	Tasks     []taskRow
	Total     int
	CanAssign bool
}

// docLinkView is a linked document, with its page when the actor may see it.
type docLinkView struct {
	tiendo.DocLink
	Visible bool
}

// documentPage: GET /van-ban/{id}
func (s *Server) documentPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	ctx := r.Context()
	doc, err := s.svc.GetDocument(ctx, id)
	if err != nil {
		return err
	}
	d := documentData{Doc: doc, CanAssign: canAssign(tiendo.ActorFromContext(ctx))}
	for _, l := range doc.Links {
		_, err := s.svc.GetDocument(ctx, l.TargetID)
		if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return err
		}
		d.Links = append(d.Links, docLinkView{DocLink: l, Visible: err == nil})
	}
	tasks, total, err := s.svc.ListTasks(ctx, tiendo.TaskFilter{DocumentID: &id, Page: tiendo.Page{PerPage: 200}})
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	names, today := orgNames(all), s.Today()
	for _, t := range tasks {
		d.Tasks = append(d.Tasks, taskRow{Task: t, Lead: names[t.LeadOrgID], Timeliness: t.TimelinessAt(today),
			OverdueDays: t.OverdueDays(today)})
	}
	d.Total = total
	s.render(w, r, http.StatusOK, "document", &page{Data: d})
	return nil
}

// accountsData is the Data of the accounts page.
type accountsData struct {
	Accounts []*tiendo.Account
	OrgNames map[int64]string
	Orgs     []*tiendo.Org
	Roles    []tiendo.Role
	Form     formState
}

// accountsPage: GET /tai-khoan, for administrators.
func (s *Server) accountsPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderAccounts(w, r, http.StatusOK, newForm(url.Values{"locale": {"vi"}}))
}

func (s *Server) renderAccounts(w http.ResponseWriter, r *http.Request, status int, f formState) error {
	ctx := r.Context()
	if !isAdmin(tiendo.ActorFromContext(ctx)) {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ quản trị viên quản lý tài khoản")
	}
	accs, err := s.svc.ListAccounts(ctx)
	if err != nil {
		return err
	}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return err
	}
	own, err := s.svc.OwnOrgIDs(ctx)
	if err != nil {
		return err
	}
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{IDs: own})
	if err != nil {
		return err
	}
	d := accountsData{Accounts: accs, OrgNames: orgNames(all), Orgs: orgs, Roles: tiendo.Roles, Form: f}
	p := &page{Data: d}
	if r.Method == http.MethodGet && r.URL.Query().Get("ok") == "1" {
		p.Notice = notice(r, "notice.account")
	}
	s.render(w, r, status, "accounts", p)
	return nil
}

// createAccountForm: POST /tai-khoan
func (s *Server) createAccountForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	in := service.AccountInput{Login: fr.str("login"), Password: vals.Get("password"), Locale: fr.str("locale"),
		Grants: []tiendo.Grant{{Role: tiendo.Role(fr.str("role")), OrgID: fr.id("org")}}}
	err = fr.err()
	if err == nil {
		_, err = s.svc.CreateAccount(r.Context(), in)
	}
	switch tiendo.ErrorCode(err) {
	case "":
		s.redirect(w, r, "/tai-khoan?ok=1")
		return nil
	case tiendo.EINVALID, tiendo.ECONFLICT:
		f := newForm(vals).withError(err, nil)
		f.Values.Del("password")
		if tiendo.ErrorCode(err) == tiendo.ECONFLICT {
			f.Errors["login"] = tiendo.ErrorMessage(err)
		}
		return s.renderAccounts(w, r, httpx.StatusOf(err), f)
	}
	return err
}
