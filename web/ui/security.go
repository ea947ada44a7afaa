package ui

import (
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/i18n"
)

// The security log page (/nhat-ky-bao-mat) for administrators: a plain GET
// form of filters, one page of events, and a link to the same selection as
// CSV (GET /api/v1/audit?…&format=csv). The sign-in lockout of an account
// is lifted from its page (/tai-khoan/{id}/mo-khoa-dang-nhap).

// securityData is the Data of the security log page.
type securityData struct {
	Filter   formState
	Kinds    []string
	Events   []securityRow
	Total    int
	Pager    pager
	CSV      string // the CSV export of the same filters
	Accounts []*tiendo.Account
}

// securityRow is one event as shown.
type securityRow struct {
	*tiendo.SecurityEvent
	Label, Detail string
}

// securityPage: GET /nhat-ky-bao-mat
func (s *Server) securityPage(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	if !isAdmin(tiendo.ActorFromContext(ctx)) {
		return tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ quản trị viên xem nhật ký bảo mật")
	}
	q := r.URL.Query()
	fr := &formReader{vals: q}
	f := tiendo.SecurityEventFilter{AccountID: fr.id("account"), Login: fr.str("login"), Page: tiendo.Page{PerPage: PerPage}}
	if k := fr.str("kind"); k != "" {
		f.Kinds = []string{k}
	}
	if d := fr.date("from"); !d.IsZero() {
		f.From = d.Time()
	}
	if d := fr.date("to"); !d.IsZero() {
		f.To = d.AddDays(1).Time()
	}
	if p := fr.integer("trang"); p != nil && *p > 0 {
		f.Page.Page = *p
	}
	if err := fr.err(); err != nil {
		return err
	}
	list, total, err := s.svc.SecurityEvents(ctx, f)
	if err != nil {
		return err
	}
	accs, err := s.svc.ListAccounts(ctx)
	if err != nil {
		return err
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(ctx))
	d := securityData{Filter: newForm(q), Kinds: tiendo.SecurityEventKinds, Total: total,
		Pager: newPager(r.URL, f.Page, total), CSV: securityCSVLink(f), Accounts: accs}
	for _, e := range list {
		d.Events = append(d.Events, securityRow{SecurityEvent: e, Label: i18n.EventLabel(loc, e.Kind), Detail: i18n.EventDetail(loc, e)})
	}
	s.render(w, r, http.StatusOK, "security", &page{Data: d})
	return nil
}

// securityCSVLink is the API's CSV export of the page's filters.
func securityCSVLink(f tiendo.SecurityEventFilter) string {
	v := url.Values{"format": {"csv"}}
	for _, k := range f.Kinds {
		v.Add("kind", k)
	}
	if f.AccountID != nil {
		v.Set("account", strconv.FormatInt(*f.AccountID, 10))
	}
	if f.Login != "" {
		v.Set("login", f.Login)
	}
	if !f.From.IsZero() {
		v.Set("from", f.From.In(vn.Location).Format("2006-01-02"))
	}
	if !f.To.IsZero() {
		v.Set("to", f.To.In(vn.Location).AddDate(0, 0, -1).Format("2006-01-02"))
	}
	return "/api/v1/audit?" + v.Encode()
}

// unlockSigninForm: POST /tai-khoan/{id}/mo-khoa-dang-nhap
func (s *Server) unlockSigninForm(w http.ResponseWriter, r *http.Request) error {
	id, _, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	if _, err := s.svc.UnlockAccount(r.Context(), id); err != nil {
		return err
	}
	s.redirect(w, r, accountURL(id, "signin-unlocked"))
	return nil
}
