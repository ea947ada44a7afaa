package api

import (
	"net/http"

	"tiendo"
	"tiendo/grade"
	"tiendo/service"
	"tiendo/web/httpx"
)

// gradeRequest reads the grading parameters: those of the statistics plus
// rules (nd335 by default, hn3814) and kind (org or person).
func (s *Server) gradeRequest(r *http.Request, q *httpx.Query) (service.GradeRequest, error) {
	rules, kind := q.Str("rules"), q.Str("kind") // the service checks the code against the rules in force
	if kind != "" && kind != string(tiendo.SubjectOrg) && kind != string(tiendo.SubjectPerson) {
		q.Fail("kind", "phải là org hoặc person")
	}
	sr, err := s.statsRequest(r.Context(), q)
	if err != nil {
		return service.GradeRequest{}, err
	}
	if sr.Group != "" {
		return service.GradeRequest{}, tiendo.Errorf(tiendo.EINVALID, "Tham số \"group\" không dùng khi xếp loại")
	}
	return service.GradeRequest{Period: sr.Period, Cutoffs: sr.Cutoffs, AsOf: sr.AsOf, Rules: rules,
		Kind: tiendo.SubjectKind(kind), OrgID: sr.OrgID}, nil
}

// gradeSheetView is the body of GET /api/v1/grades.
type gradeSheetView struct {
	Period string             `json:"period"`
	Label  string             `json:"label"`
	From   string             `json:"from"`
	To     string             `json:"to"`
	AsOf   string             `json:"as_of"`
	Rules  grade.RuleSet      `json:"rules"`
	Kind   tiendo.SubjectKind `json:"kind"`
	// Closing is the closing whose frozen sheet this is; null when live.
	Closing  *tiendo.PeriodClosing   `json:"closing"`
	Subjects []service.GradedSubject `json:"subjects"`
}

// listGrades: GET /api/v1/grades?period=&as_of=&org=&rules=&kind= — the
// grade sheet with every deduction explained.
func (s *Server) listGrades(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, append(statsParams, "rules", "kind")...)
	req, err := s.gradeRequest(r, q)
	if err != nil {
		return err
	}
	g, err := s.svc.Grades(r.Context(), req)
	if err != nil {
		return err
	}
	v := gradeSheetView{Period: g.Period.String(), Label: g.Label, From: g.From.String(), To: g.To.String(),
		AsOf: g.AsOf.String(), Rules: g.Rules, Kind: g.Kind, Closing: g.Closing, Subjects: g.Subjects}
	if v.Subjects == nil {
		v.Subjects = []service.GradedSubject{}
	}
	httpx.WriteJSON(w, http.StatusOK, v)
	return nil
}

// gradeRules: GET /api/v1/grades/rules — the rule sets in force today,
// the default first.
func (s *Server) gradeRules(w http.ResponseWriter, r *http.Request) error {
	rules, err := s.svc.RulesAt(r.Context(), s.Today())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(rules.Grading))
	return nil
}

// saveGradePoints: PUT /api/v1/grades/points — the general criteria (and
// bonus) points of one subject and period, entered by the office.
func (s *Server) saveGradePoints(w http.ResponseWriter, r *http.Request) error {
	var p tiendo.GradePoints
	if err := s.DecodeJSON(w, r, &p); err != nil {
		return err
	}
	p.UpdatedBy = nil
	if err := s.svc.SaveGradePoints(r.Context(), &p); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// saveGradeMark: PUT /api/v1/grades/marks — major errors and a confirmed
// objective cause for one task.
func (s *Server) saveGradeMark(w http.ResponseWriter, r *http.Request) error {
	var m tiendo.GradeMark
	if err := s.DecodeJSON(w, r, &m); err != nil {
		return err
	}
	m.UpdatedBy = nil
	if err := s.svc.SaveGradeMark(r.Context(), &m); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, m)
	return nil
}
