package api

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"strconv"
	"strings"
	"tiendo/web/httpx"
	"tiendo/web/i18n"

	"tiendo"
)

// The security log over the API (GET /api/v1/audit, JSON or CSV) and the
// lifting of a sign-in lockout (POST /api/v1/accounts/{id}/unlock). The
// service decides who sees what.

// maxCSVEvents bounds one CSV export; a narrower filter gets the rest.
const maxCSVEvents = 20000

// securityFilter reads ?kind=&account=&login=&from=&to=&page=&per_page=
// (dates YYYY-MM-DD in Vietnam's time, both inclusive) and &format=.
func securityFilter(r *http.Request) (tiendo.SecurityEventFilter, string, error) {
	q := httpx.ParseQuery(r, "kind", "account", "login", "from", "to", "page", "per_page", "format")
	f := tiendo.SecurityEventFilter{Kinds: q.List("kind"), AccountID: q.ID("account"), Login: q.Str("login"), Page: q.Page()}
	if from := q.Date("from"); !from.IsZero() {
		f.From = from.Time()
	}
	if to := q.Date("to"); !to.IsZero() {
		f.To = to.AddDays(1).Time()
	}
	format := q.Str("format")
	if format != "" && format != "json" && format != "csv" {
		q.Fail("format", "phải là json hoặc csv")
	}
	return f, format, q.Err()
}

// securityEvents: GET /api/v1/audit
func (s *Server) securityEvents(w http.ResponseWriter, r *http.Request) error {
	f, format, err := securityFilter(r)
	if err != nil {
		return err
	}
	if format == "csv" {
		return s.securityCSV(w, r, f)
	}
	list, total, err := s.svc.SecurityEvents(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(list, total, f.Page))
	return nil
}

// securityCSV writes every matching event (up to maxCSVEvents) as CSV in
// UTF-8 with a byte-order mark, so Excel reads the Vietnamese right; times
// are dd/mm/yyyy HH:MM in Vietnam.
func (s *Server) securityCSV(w http.ResponseWriter, r *http.Request, f tiendo.SecurityEventFilter) error {
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	cw := csv.NewWriter(&b)
	_ = cw.Write([]string{i18n.Translate(loc, "security.at"), i18n.Translate(loc, "security.kind"), i18n.Translate(loc, "security.account"),
		i18n.Translate(loc, "security.login"), i18n.Translate(loc, "security.address"), i18n.Translate(loc, "security.actor"),
		i18n.Translate(loc, "security.detail")})
	f.Page = tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}
	for n := 0; n < maxCSVEvents; f.Page.Page++ {
		list, total, err := s.svc.SecurityEvents(r.Context(), f)
		if err != nil {
			return err
		}
		for _, e := range list {
			acc := ""
			if e.AccountID != nil {
				acc = strconv.FormatInt(*e.AccountID, 10)
			}
			_ = cw.Write([]string{i18n.FormatTime(e.At), i18n.EventLabel(loc, e.Kind), acc, csvCell(e.Login), csvCell(e.Address),
				csvCell(e.Actor), csvCell(i18n.EventDetail(loc, e))})
		}
		n += len(list)
		if len(list) == 0 || n >= total {
			break
		}
	}
	cw.Flush()
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="nhat-ky-bao-mat.csv"`)
	_, _ = w.Write(b.Bytes())
	return nil
}

// csvCell keeps a spreadsheet from reading a value as a formula: the login
// tried is whatever an anonymous caller typed.
func csvCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// unlockAccount: POST /api/v1/accounts/{id}/unlock lifts a sign-in
// lockout and forgets the account's failures.
func (s *Server) unlockAccount(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	st, err := s.svc.UnlockAccount(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, st)
	return nil
}

// accountSignin: GET /api/v1/accounts/{id}/signin, the account's failed
// sign-ins and lockout.
func (s *Server) accountSignin(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	st, err := s.svc.AccountSigninState(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, st)
	return nil
}
