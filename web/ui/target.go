package ui

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The target pages: the catalogue with each target's standing, and a
// target's page with the plan-vs-actual chart (Chart.js, drawn by
// static/target-chart.js from the data attribute; the table beside it
// carries the same figures without script), the value history, and the
// explanation requests.

type targetsData struct {
	Lines []service.TargetLine
}

func (s *Server) targetsPage(w http.ResponseWriter, r *http.Request) error {
	lines, err := s.svc.ListTargets(r.Context(), nil)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "targets", &page{Data: &targetsData{Lines: lines}})
	return nil
}

// chartData is what target-chart.js draws.
type chartData struct {
	Labels   []string   `json:"labels"`
	Expected []*float64 `json:"expected"`
	Actual   []*float64 `json:"actual"`
	Unit     string     `json:"unit"`
}

type targetData struct {
	*service.TargetDetail
	Chart      string // JSON for the canvas' data attribute
	ChartJS    string // URL of the vendored Chart.js, "" when absent
	ChartInit  string
	CanPlan    bool
	CanReport  bool
	CanAsk     bool
	CanAnswer  bool
	Value      formState
	Ask        formState
	PeriodHint string
	Place      *tiendo.Place // the register's place, when linked and visible
}

func (s *Server) targetPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderTarget(w, r, http.StatusOK, nil, nil, "")
}

func (s *Server) renderTarget(w http.ResponseWriter, r *http.Request, status int, value, ask url.Values, msg string) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetTarget(r.Context(), id)
	if err != nil {
		return err
	}
	c := chartData{Unit: d.Target.Unit}
	for _, p := range d.Periods {
		c.Labels, c.Expected, c.Actual = append(c.Labels, p.Period), append(c.Expected, p.Expected), append(c.Actual, p.Actual)
	}
	b, _ := json.Marshal(c)
	a := tiendo.ActorFromContext(r.Context())
	own, err := s.svc.OwnOrgIDs(r.Context())
	if err != nil {
		return err
	}
	unit := false
	for _, o := range own {
		unit = unit || o == d.Target.OrgID
	}
	if value == nil {
		value = url.Values{"period": {tiendo.TargetPeriodOf(d.Target.PeriodKind, s.Today())}}
	}
	place, err := s.linkedPlace(r.Context(), d.Target.PlaceID)
	if err != nil {
		return err
	}
	td := &targetData{TargetDetail: d, Place: place, Chart: string(b), ChartJS: assetURL(s.ui.static, "vendor/chart.umd.min.js"),
		ChartInit: assetURL(s.ui.static, "target-chart.js"),
		CanPlan:   hasRole(a, tiendo.TargetKeepers...),
		CanReport: hasRole(a, tiendo.TargetReporters...),
		CanAsk:    hasRole(a, tiendo.TargetAskers...), CanAnswer: unit || hasRole(a, tiendo.RoleAdmin),
		Value: newForm(value), Ask: newForm(ask)}
	s.render(w, r, status, "target", &page{Data: td, Error: msg, Notice: notice(r, "target.notice."+r.URL.Query().Get("ok"))})
	return nil
}

func targetURL(id int64, msg string) string {
	return "/chi-tieu/" + strconv.FormatInt(id, 10) + "?ok=" + url.QueryEscape(msg)
}

func (s *Server) targetFormError(w http.ResponseWriter, r *http.Request, err error, value, ask url.Values) error {
	if !showsOnForm(err) {
		return err
	}
	return s.renderTarget(w, r, httpx.StatusOf(err), value, ask, errorLine(err))
}

// targetValueForm: POST /chi-tieu/{id}/so-lieu — a plan or actual value.
func (s *Server) targetValueForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	x, perr := parseDecimal(fr.str("value"))
	if perr != nil {
		return s.targetFormError(w, r, tiendo.FieldError("value", "Giá trị phải là số, ví dụ 6.000 hoặc 99,9"), vals, nil)
	}
	in := service.ValueInput{Period: fr.str("period"), Kind: tiendo.ValueKind(fr.str("kind")), Value: x,
		Note: fr.str("note"), Evidence: fr.str("evidence")}
	if _, err := s.svc.AddTargetValue(r.Context(), id, in); err != nil {
		return s.targetFormError(w, r, err, vals, nil)
	}
	s.redirect(w, r, targetURL(id, "value"))
	return nil
}

// parseDecimal reads a number written the Vietnamese way (6.000; 99,9) or
// plainly (6000, 99.9 when there is no comma and one dot not followed by
// exactly three digits).
func parseDecimal(s string) (float64, error) {
	comma := false
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ',':
			comma = true
			out = append(out, '.')
		case c == '.':
			rest := len(s) - i - 1
			if comma || rest != 3 {
				out = append(out, '.')
			}
		case c == ' ':
		default:
			out = append(out, c)
		}
	}
	return strconv.ParseFloat(string(out), 64)
}

// askForm: POST /chi-tieu/{id}/giai-trinh — a leader's request.
func (s *Server) askForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	if _, err := s.svc.AskExplanation(r.Context(), id, fr.str("period"), fr.str("question")); err != nil {
		return s.targetFormError(w, r, err, nil, vals)
	}
	s.redirect(w, r, targetURL(id, "asked"))
	return nil
}

// answerForm: POST /chi-tieu/{id}/giai-trinh/{eid} — the unit's answer.
func (s *Server) answerForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	eid, err := httpx.PathID(r, "eid")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	if _, err := s.svc.AnswerExplanation(r.Context(), id, eid, fr.version(), fr.str("answer")); err != nil {
		return s.targetFormError(w, r, err, nil, nil)
	}
	s.redirect(w, r, targetURL(id, "answered"))
	return nil
}
