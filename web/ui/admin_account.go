package ui

import (
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The account page of the administrators (/tai-khoan/{id}): grants, locale
// and person link; disable and enable; a new password; the API tokens with
// a revoke button each. Every form posts to its own address and redirects
// back with a notice; a failed one shows the page again as the account now
// is, with what was typed and the errors beside the fields.

// accountData is the Data of the account page.
type accountData struct {
	Account  *tiendo.Account
	Self     bool // the administrator's own account: it cannot disable itself
	OrgNames map[int64]string
	Orgs     []*tiendo.Org // organisations the administrator may grant
	Roles    []tiendo.Role
	People   []*tiendo.Person
	Tokens   []*tiendo.Token
	Signin   *service.SigninState // failed sign-ins and lockout
	Rows     []grantRow
	// One form per action, so an error shows in the form it belongs to.
	Edit, State, Password, TOTP formState
	TOTPOn                      bool // the account signs in with a second factor
}

// grantRow is one line of the grants editor: a role over an organisation
// (OrgID 0: the whole tree).
type grantRow struct {
	Num   int
	Role  string
	OrgID int64
}

// grantRows lays out the parallel role/org fields of a form as rows, plus
// an empty row to add a grant: plain HTML, no script.
func grantRows(vals url.Values) []grantRow {
	roles, orgs := vals["role"], vals["org"]
	var rows []grantRow
	for i, r := range roles {
		if r == "" {
			continue
		}
		row := grantRow{Role: r}
		if i < len(orgs) {
			row.OrgID, _ = strconv.ParseInt(orgs[i], 10, 64)
		}
		rows = append(rows, row)
	}
	rows = append(rows, grantRow{})
	for i := range rows {
		rows[i].Num = i + 1
	}
	return rows
}

// readGrants reads the grants editor; a row without a role is left out.
func readGrants(fr *formReader) []tiendo.Grant {
	orgs := fr.vals["org"]
	var out []tiendo.Grant
	for i, r := range fr.vals["role"] {
		if r == "" {
			continue
		}
		g := tiendo.Grant{Role: tiendo.Role(r)}
		if i < len(orgs) && orgs[i] != "" {
			id, err := strconv.ParseInt(orgs[i], 10, 64)
			if err != nil || id < 1 {
				fr.v.Add("org", "Lựa chọn không hợp lệ")
				continue
			}
			g.OrgID = &id
		}
		out = append(out, g)
	}
	return out
}

// accountValues are the edit form's values for an account as stored.
func accountValues(a *tiendo.Account) url.Values {
	v := url.Values{"locale": {a.Locale}}
	for _, g := range a.Grants {
		v.Add("role", string(g.Role))
		org := ""
		if g.OrgID != nil {
			org = strconv.FormatInt(*g.OrgID, 10)
		}
		v.Add("org", org)
	}
	if a.PersonID != nil {
		v.Set("person_id", strconv.FormatInt(*a.PersonID, 10))
	}
	return v
}

// accountPage: GET /tai-khoan/{id}
func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.loadAccountPage(r, id)
	if err != nil {
		return err
	}
	p := &page{Data: d, Notice: notice(r, "notice."+r.URL.Query().Get("ok"))}
	s.render(w, r, http.StatusOK, "account", p)
	return nil
}

// loadAccountPage reads what the page shows, through the service: an
// account out of the administrator's reach is a 404.
func (s *Server) loadAccountPage(r *http.Request, id int64) (*accountData, error) {
	ctx := r.Context()
	a := tiendo.ActorFromContext(ctx)
	if !isAdmin(a) {
		return nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ quản trị viên quản lý tài khoản")
	}
	acc, err := s.svc.GetAccount(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &accountData{Account: acc, Self: acc.ID == a.AccountID, Roles: tiendo.Roles,
		Edit: newForm(accountValues(acc))}
	all, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	d.OrgNames = orgNames(all)
	if d.Orgs, err = s.svc.AdminOrgs(ctx); err != nil {
		return nil, err
	}
	if d.People, _, err = s.svc.ListPeople(ctx, tiendo.PersonFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}}); err != nil {
		return nil, err
	}
	if d.Tokens, err = s.svc.AccountTokens(ctx, id); err != nil {
		return nil, err
	}
	if d.TOTPOn, err = s.svc.TOTPEnabled(ctx, id); err != nil {
		return nil, err
	}
	if d.Signin, err = s.svc.AccountSigninState(ctx, id); err != nil {
		return nil, err
	}
	d.Rows = grantRows(d.Edit.Values)
	return d, nil
}

// accountFormError answers a failed account form: invalid input and
// conflicts show the page again with the form; anything else is an error
// page.
func (s *Server) accountFormError(w http.ResponseWriter, r *http.Request, id int64, err error, vals url.Values, which string) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ECONFLICT:
	default:
		return err
	}
	d, lerr := s.loadAccountPage(r, id)
	if lerr != nil {
		return lerr
	}
	f := newForm(vals).withError(err, nil)
	f.Values.Del("password")
	p := &page{Data: d}
	switch {
	case which == "edit":
		d.Edit, d.Rows = f, grantRows(vals)
	case which == "password":
		d.Password = f
	case which == "totp":
		d.TOTP = f
	case d.Account.Disabled || !d.Self:
		d.State = f
	default:
		p.Error = errorLine(err) // the page has no such form for this account
	}
	s.render(w, r, httpx.StatusOf(err), "account", p)
	return nil
}

// accountURL is the account page with a notice.
func accountURL(id int64, ok string) string {
	return "/tai-khoan/" + strconv.FormatInt(id, 10) + "?ok=" + ok
}

// editAccountForm: POST /tai-khoan/{id}
func (s *Server) editAccountForm(w http.ResponseWriter, r *http.Request) error {
	id, vals, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	in := service.AccountEdit{Version: fr.version(), Grants: readGrants(fr), Locale: fr.str("locale"), PersonID: fr.id("person_id")}
	if err := fr.err(); err != nil {
		return s.accountFormError(w, r, id, err, vals, "edit")
	}
	if _, err := s.svc.EditAccount(r.Context(), id, in); err != nil {
		return s.accountFormError(w, r, id, err, vals, "edit")
	}
	s.redirect(w, r, accountURL(id, "account-saved"))
	return nil
}

// disableAccountForm: POST /tai-khoan/{id}/khoa
func (s *Server) disableAccountForm(w http.ResponseWriter, r *http.Request) error {
	return s.accountStateForm(w, r, true)
}

// enableAccountForm: POST /tai-khoan/{id}/mo-khoa
func (s *Server) enableAccountForm(w http.ResponseWriter, r *http.Request) error {
	return s.accountStateForm(w, r, false)
}

func (s *Server) accountStateForm(w http.ResponseWriter, r *http.Request, disable bool) error {
	id, vals, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	version := fr.version()
	if err := fr.err(); err != nil {
		return s.accountFormError(w, r, id, err, vals, "state")
	}
	if _, err := s.svc.SetAccountDisabled(r.Context(), id, version, disable); err != nil {
		return s.accountFormError(w, r, id, err, vals, "state")
	}
	done := "account-enabled"
	if disable {
		done = "account-disabled"
	}
	s.redirect(w, r, accountURL(id, done))
	return nil
}

// passwordForm: POST /tai-khoan/{id}/mat-khau. The password is never shown
// again, not even in a form with errors.
func (s *Server) passwordForm(w http.ResponseWriter, r *http.Request) error {
	id, vals, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	if err := s.svc.ResetPassword(r.Context(), id, vals.Get("password")); err != nil {
		return s.accountFormError(w, r, id, err, vals, "password")
	}
	s.redirect(w, r, accountURL(id, "password"))
	return nil
}

// revokeTokenForm: POST /tai-khoan/{id}/ma-truy-cap/{tid}/thu-hoi
func (s *Server) revokeTokenForm(w http.ResponseWriter, r *http.Request) error {
	id, _, err := s.accountForm(w, r)
	if err != nil {
		return err
	}
	tid, err := httpx.PathID(r, "tid")
	if err != nil {
		return err
	}
	if err := s.svc.RevokeToken(r.Context(), id, tid); err != nil {
		return err
	}
	s.redirect(w, r, accountURL(id, "token-revoked"))
	return nil
}

// accountForm reads the account id of the path and the posted form; only
// administrators get this far (the service then checks their reach).
func (s *Server) accountForm(w http.ResponseWriter, r *http.Request) (int64, url.Values, error) {
	if !isAdmin(tiendo.ActorFromContext(r.Context())) {
		return 0, nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Chỉ quản trị viên quản lý tài khoản")
	}
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return 0, nil, err
	}
	vals, err := s.postForm(w, r)
	return id, vals, err
}
