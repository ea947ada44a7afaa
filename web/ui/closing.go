package ui

import (
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The closing page (Chốt số liệu): whether a period is closed for a scope,
// the form to close it, the figures' adjustments since the closing and,
// for a leader, the form to reopen it with a reason. The statistics and
// grade pages show the closed badge and link here.

type closingPageData struct {
	Status      *service.ClosingStatus
	Label       string
	Period      string // the period's machine form, for the forms
	Org         string // the organisation's code, "" for the actor's scope
	Adjustments *service.Adjustments
	Back        string
	Reason      string // a reason typed into a refused reopen form
}

// closingPage: GET /chot-so-lieu?ky=2026-Q1&don-vi=CODE
func (s *Server) closingPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderClosing(w, r, http.StatusOK, "", "")
}

// closingPeriodParam reads ky, or gives the latest month whose cut-off
// has come (the month to close next).
func (s *Server) closingPeriodParam(q *httpx.Query) vn.Period {
	if v := q.Str("ky"); v != "" {
		p, err := vn.ParsePeriod(v)
		if err != nil {
			q.Fail("ky", "phải có dạng 2026-11, 2026-Q4, 2026-H2, 2026-9M hoặc 2026")
		}
		return p
	}
	cut := s.svc.Rules().Cutoffs
	today := tiendo.Today(s.svc.Clock())
	p := vn.PeriodContaining(vn.PeriodMonth, today, cut)
	if from, to := p.Range(cut); today.Before(to) {
		p = vn.PeriodContaining(vn.PeriodMonth, from.AddDays(-1), cut)
	}
	return p
}

func (s *Server) renderClosing(w http.ResponseWriter, r *http.Request, status int, msg, reason string) error {
	q := httpx.ParseQuery(r, "ky", "don-vi", "ok")
	req := service.ClosingRequest{Period: s.closingPeriodParam(q)}
	if err := q.Err(); err != nil {
		return err
	}
	code := q.Str("don-vi")
	if code != "" {
		o, err := s.svc.OrgByCode(r.Context(), code)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	st, err := s.svc.ClosingStatus(r.Context(), req)
	if err != nil {
		return err
	}
	d := closingPageData{Status: st, Label: req.Period.Label(), Period: req.Period.String(), Org: code, Reason: reason,
		Back: closingURL(req.Period.String(), code, "")}
	if st.InForce != nil {
		if d.Adjustments, err = s.svc.ClosingAdjustments(r.Context(), st.InForce.ID); err != nil {
			return err
		}
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	p := &page{Title: i18n.Translate(loc, "closing.title"), Data: d, Error: msg, Notice: notice(r, "closing.notice."+r.URL.Query().Get("ok"))}
	s.render(w, r, status, "closing", p)
	return nil
}

// closingURL is the closing page of a period and scope, with a notice.
func closingURL(period, org, ok string) string {
	v := url.Values{"ky": {period}}
	if org != "" {
		v.Set("don-vi", org)
	}
	if ok != "" {
		v.Set("ok", ok)
	}
	return "/chot-so-lieu?" + v.Encode()
}

// closeForm: POST /chot-so-lieu — close the period (ky, don-vi).
func (s *Server) closeForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	period, code := vals.Get("ky"), vals.Get("don-vi")
	p, perr := vn.ParsePeriod(period)
	if perr != nil || period == "" {
		return s.closingFormError(w, r, period, code, "", tiendo.FieldError("ky", "Kỳ báo cáo không hợp lệ"))
	}
	req := service.ClosingRequest{Period: p}
	if code != "" {
		o, err := s.svc.OrgByCode(r.Context(), code)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	if _, err := s.svc.ClosePeriod(r.Context(), req); err != nil {
		return s.closingFormError(w, r, period, code, "", err)
	}
	s.redirect(w, r, closingURL(period, code, "closed"))
	return nil
}

// reopenForm: POST /chot-so-lieu/{id}/mo-lai — reopen with a reason.
func (s *Server) reopenForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	c, err := s.svc.GetClosing(r.Context(), id)
	if err != nil {
		return err
	}
	code := vals.Get("don-vi")
	version, _ := strconv.Atoi(vals.Get("version"))
	if _, err := s.svc.ReopenPeriod(r.Context(), id, version, vals.Get("reason")); err != nil {
		return s.closingFormError(w, r, c.Period, code, vals.Get("reason"), err)
	}
	s.redirect(w, r, closingURL(c.Period, code, "reopened"))
	return nil
}

// closingFormError shows the closing page again with the message of a
// refused form and the status of its error.
func (s *Server) closingFormError(w http.ResponseWriter, r *http.Request, period, code, reason string, err error) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.EFORBIDDEN, tiendo.ECONFLICT:
	default:
		return err
	}
	msg := tiendo.ErrorMessage(err)
	if e, ok := err.(*tiendo.Error); ok {
		for _, m := range e.Fields {
			msg += ": " + m
			break
		}
	}
	if _, perr := vn.ParsePeriod(period); perr != nil {
		period = ""
	}
	u, _ := url.Parse(closingURL(period, code, ""))
	if period == "" {
		u.RawQuery = ""
	}
	r2 := r.Clone(r.Context())
	r2.Method, r2.URL.Path, r2.URL.RawQuery = http.MethodGet, u.Path, u.RawQuery
	return s.renderClosing(w, r2, httpx.StatusOf(err), msg, reason)
}
