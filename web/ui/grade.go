package ui

import (
	"math"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/grade"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The grade sheet page (Xếp loại): the computed grades of a period with
// every deduction explained, and for the office the forms to enter the
// general criteria (and bonus) points and to mark a task's errors or a
// confirmed objective cause.

type gradePageData struct {
	Sheet    *service.GradeSheet
	Period   string
	Rules    []grade.RuleSet
	Kind     string
	Org      string
	CanEdit  bool
	Exports  map[string]string
	Back     string // this page's address, where the forms return
	HasBonus bool
	TieBreak string // the ordering rule, in the page's language
	// ClosingHref is the closing page of the sheet's period and scope.
	ClosingHref string
}

// gradesPage: GET /xep-loai?ky=2026-11&bo=nd335&doi-tuong=org|person&don-vi=CODE
func (s *Server) gradesPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderGrades(w, r, http.StatusOK, "")
}

func (s *Server) renderGrades(w http.ResponseWriter, r *http.Request, status int, msg string) error {
	q := httpx.ParseQuery(r, "ky", "bo", "doi-tuong", "don-vi", "ok")
	req := service.GradeRequest{Rules: q.Str("bo"), Kind: tiendo.SubjectKind(q.Str("doi-tuong"))}
	if v := q.Str("ky"); v != "" {
		p, err := vn.ParsePeriod(v)
		if err != nil {
			q.Fail("ky", "phải có dạng 2026-11, 2026-Q4, 2026-H2, 2026-9M hoặc 2026")
		}
		req.Period = p
	} else {
		req.Period = vn.PeriodContaining(vn.PeriodMonth, tiendo.Today(s.svc.Clock()), s.svc.Rules().Cutoffs)
	}
	if err := q.Err(); err != nil {
		return err
	}
	if code := q.Str("don-vi"); code != "" {
		o, err := s.svc.OrgByCode(r.Context(), code)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	sheet, err := s.svc.Grades(r.Context(), req)
	if err != nil {
		return err
	}
	a := tiendo.ActorFromContext(r.Context())
	d := gradePageData{Sheet: sheet, Period: sheet.Period.String(), Rules: sheet.RuleSets, Kind: string(sheet.Kind),
		Org: q.Str("don-vi"), CanEdit: canAssign(a), Back: r.URL.Path + "?" + stripOK(r.URL.Query()).Encode(),
		HasBonus: sheet.Rules.BonusMax > 0, TieBreak: tieBreakText(i18n.LocaleOf(a), sheet.Rules),
		ClosingHref: closingURL(sheet.Period.String(), q.Str("don-vi"), "")}
	exp := url.Values{"period": {d.Period}, "rules": {sheet.Rules.Code}, "kind": {d.Kind}}
	if d.Org != "" {
		exp.Set("org", d.Org)
	}
	d.Exports = map[string]string{}
	for _, f := range []string{"xlsx", "docx", "pdf"} {
		exp.Set("format", f)
		d.Exports[f] = "/api/v1/export/grades?" + exp.Encode()
	}
	loc := i18n.LocaleOf(a)
	p := &page{Title: i18n.Translate(loc, "grade.title"), Data: d, Error: msg, Notice: notice(r, "grade.notice."+r.URL.Query().Get("ok"))}
	s.render(w, r, status, "grades", p)
	return nil
}

func stripOK(v url.Values) url.Values {
	v.Del("ok")
	return v
}

// gradePointsForm: POST /xep-loai/diem — general criteria and bonus points.
func (s *Server) gradePointsForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	id, _ := strconv.ParseInt(vals.Get("subject_id"), 10, 64)
	p := &tiendo.GradePoints{Period: vals.Get("period"), Kind: tiendo.SubjectKind(vals.Get("subject_kind")), SubjectID: id,
		General: number(vals.Get("general")), Bonus: number(vals.Get("bonus")), Note: vals.Get("note")}
	if err := s.svc.SaveGradePoints(r.Context(), p); err != nil {
		return s.gradeFormError(w, r, vals, err)
	}
	s.redirect(w, r, backWith(vals.Get("back"), "points"))
	return nil
}

// gradeMarkForm: POST /xep-loai/danh-dau — a task's major errors or a
// confirmed objective cause.
func (s *Server) gradeMarkForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	id, _ := strconv.ParseInt(vals.Get("task_id"), 10, 64)
	errs, _ := strconv.Atoi(vals.Get("errors"))
	m := &tiendo.GradeMark{TaskID: id, Errors: errs, Waived: vals.Get("waived") != "", Reason: vals.Get("reason")}
	if err := s.svc.SaveGradeMark(r.Context(), m); err != nil {
		return s.gradeFormError(w, r, vals, err)
	}
	s.redirect(w, r, backWith(vals.Get("back"), "mark"))
	return nil
}

// gradeFormError shows the sheet again with the message of a refused form.
func (s *Server) gradeFormError(w http.ResponseWriter, r *http.Request, vals url.Values, err error) error {
	code := tiendo.ErrorCode(err)
	if code != tiendo.EINVALID && code != tiendo.EFORBIDDEN && code != tiendo.ENOTFOUND {
		return err
	}
	back := safeBack(vals.Get("back"))
	u, _ := url.Parse(back)
	r2 := r.Clone(r.Context())
	r2.Method, r2.URL.Path, r2.URL.RawQuery = http.MethodGet, u.Path, u.RawQuery
	msg := tiendo.ErrorMessage(err)
	if e, ok := err.(*tiendo.Error); ok {
		for _, m := range e.Fields {
			msg += ": " + m
			break
		}
	}
	return s.renderGrades(w, r2, httpx.StatusOf(err), msg)
}

// safeBack keeps a return address on the grade page.
func safeBack(b string) string {
	u, err := url.Parse(b)
	if err != nil || u.Path != "/xep-loai" || u.Host != "" || u.Scheme != "" {
		return "/xep-loai"
	}
	return u.Path + "?" + u.RawQuery
}

func backWith(b, ok string) string {
	u, _ := url.Parse(safeBack(b))
	q := u.Query()
	q.Set("ok", ok)
	return u.Path + "?" + q.Encode()
}

// number reads points written with a comma or a dot; anything else is -1,
// which validation refuses.
func number(s string) float64 {
	if s == "" {
		return 0
	}
	f, err := strconv.ParseFloat(replaceComma(s), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return -1
	}
	return f
}

func replaceComma(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c == ',' {
			b[i] = '.'
		}
	}
	return string(b)
}
