package service

import (
	"context"
	"sort"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Targets (chỉ tiêu): the office, leaders and admins over the responsible
// organisation keep the catalogue and the plan; the unit (its officers and
// office) enters actual values and answers explanation requests; leaders
// ask for explanations (tiendo.TargetKeepers, TargetReporters,
// TargetAskers). Anyone whose scope covers the organisation reads.

// TargetLine is a target with its standing in its latest assessed period.
type TargetLine struct {
	Target           *tiendo.Target    `json:"target"`
	Org              string            `json:"org"`
	Assessment       tiendo.Assessment `json:"assessment"`
	OpenExplanations int               `json:"open_explanations"`
}

// TargetDetail is a target page: values with their history, the standing
// of every period, and the explanation requests.
type TargetDetail struct {
	TargetLine
	Values       []*tiendo.TargetValue `json:"values"`
	Periods      []tiendo.Assessment   `json:"periods"` // chronological, the chart's points
	Explanations []*tiendo.Explanation `json:"explanations"`
}

// CreateTarget adds an indicator to the catalogue.
func (s *Service) CreateTarget(ctx context.Context, t tiendo.Target) (*tiendo.Target, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	if !sc.tree.Has(t.OrgID) || !sc.sees(t.OrgID) {
		return nil, tiendo.FieldError("org_id", "Đơn vị không tồn tại")
	}
	if !sc.has(t.OrgID, tiendo.TargetKeepers...) {
		return nil, forbidden("thêm chỉ tiêu cho đơn vị này")
	}
	t.PlaceID = nonZeroID(t.PlaceID)
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		var v tiendo.Validator
		if err := checkTaskPlace(ctx, st, sc, &v, t.PlaceID); err != nil {
			return err
		}
		if err := v.Err(); err != nil {
			return err
		}
		if err := st.CreateTarget(ctx, &t); err != nil {
			return err
		}
		return s.audit(ctx, st, "target.create", "target", t.ID, nil, &t.OrgID, nil, t)
	})
	return &t, err
}

// ListTargets lists the targets the actor may see (of orgIDs' subtrees
// when given), each assessed in its latest period with an actual value.
func (s *Service) ListTargets(ctx context.Context, orgIDs []int64) ([]TargetLine, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	var within []int64
	for _, id := range orgIDs {
		within = append(within, sc.tree.Subtree(id)...)
	}
	if orgIDs == nil {
		within = nil
	}
	all, err := s.store.FindTargets(ctx, within)
	if err != nil {
		return nil, err
	}
	out := []TargetLine{}
	for _, t := range all {
		if !sc.sees(t.OrgID) {
			continue
		}
		d, err := s.targetDetail(ctx, sc, t)
		if err != nil {
			return nil, err
		}
		out = append(out, d.TargetLine)
	}
	return out, nil
}

// GetTarget returns a target's page data; ENOTFOUND outside the scope.
func (s *Service) GetTarget(ctx context.Context, id int64) (*TargetDetail, error) {
	t, sc, err := s.visibleTarget(ctx, s.store, id)
	if err != nil {
		return nil, err
	}
	return s.targetDetail(ctx, sc, t)
}

func (s *Service) visibleTarget(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Target, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	t, err := st.FindTargetByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !sc.sees(t.OrgID) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy chỉ tiêu %d", id)
	}
	return t, sc, nil
}

func (s *Service) targetDetail(ctx context.Context, sc *scope, t *tiendo.Target) (*TargetDetail, error) {
	values, err := s.store.FindTargetValues(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	exps, err := s.store.FindExplanations(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	d := &TargetDetail{Values: values, Explanations: exps}
	d.Target = t
	if o := sc.tree.Org(t.OrgID); o != nil {
		d.Org = o.Name
	}
	for _, e := range exps {
		if e.Open() {
			d.OpenExplanations++
		}
	}
	for _, p := range targetPeriods(t, values) {
		d.Periods = append(d.Periods, t.Assess(p, values))
	}
	d.Assessment = tiendo.Assessment{Period: tiendo.TargetPeriodOf(t.PeriodKind, s.today()), Status: tiendo.TargetUnknown}
	for i := len(d.Periods) - 1; i >= 0; i-- {
		if d.Periods[i].Actual != nil {
			d.Assessment = d.Periods[i]
			break
		}
	}
	return d, nil
}

// targetPeriods are the periods a target has values for, in order; the
// yearly plan of a sub-yearly target is a reference, not a point.
func targetPeriods(t *tiendo.Target, values []*tiendo.TargetValue) []string {
	seen := map[string]bool{}
	var keys []vn.Period
	for _, v := range values {
		p, err := tiendo.ParseTargetKey(v.Period)
		if err != nil || seen[v.Period] || (p.Kind == vn.PeriodYear && t.PeriodKind != vn.PeriodYear && v.Kind == tiendo.Plan) {
			continue
		}
		seen[v.Period] = true
		keys = append(keys, p)
	}
	sort.Slice(keys, func(i, j int) bool {
		fi, ti := keys[i].Range(vn.CalendarCutoffs())
		fj, tj := keys[j].Range(vn.CalendarCutoffs())
		if ti != tj {
			return ti.Before(tj)
		}
		return fi.Before(fj)
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = k.String()
	}
	return out
}

// ValueInput enters a plan or an actual value for a period.
type ValueInput struct {
	Period   string           `json:"period"`
	Kind     tiendo.ValueKind `json:"kind"`
	Value    float64          `json:"value"`
	Note     string           `json:"note"`
	Evidence string           `json:"evidence"`
}

// AddTargetValue records a plan (keepers) or an actual value (the
// responsible unit). Earlier entries stay as the history.
func (s *Service) AddTargetValue(ctx context.Context, id int64, in ValueInput) (*tiendo.TargetValue, error) {
	var out *tiendo.TargetValue
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTarget(ctx, st, id)
		if err != nil {
			return err
		}
		roles, what := tiendo.TargetKeepers, "đặt kế hoạch cho chỉ tiêu này"
		if in.Kind == tiendo.Actual {
			roles, what = tiendo.TargetReporters, "nhập số liệu thực hiện của chỉ tiêu này"
		}
		if !sc.has(t.OrgID, roles...) {
			return forbidden(what)
		}
		v := &tiendo.TargetValue{TargetID: t.ID, Period: strings.TrimSpace(in.Period), Kind: in.Kind, Value: in.Value,
			Note: strings.TrimSpace(in.Note), Evidence: strings.TrimSpace(in.Evidence), EnteredBy: sc.actor.AccountID}
		if err := v.Validate(); err != nil {
			return err
		}
		if err := st.AddTargetValue(ctx, v); err != nil {
			return err
		}
		out = v
		return s.audit(ctx, st, "target."+string(v.Kind), "target", t.ID, nil, &t.OrgID, nil, v)
	})
	return out, err
}

// AskExplanation sends the responsible unit a request to explain a
// period's result; leaders and admins over the unit may.
func (s *Service) AskExplanation(ctx context.Context, id int64, period, question string) (*tiendo.Explanation, error) {
	var out *tiendo.Explanation
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTarget(ctx, st, id)
		if err != nil {
			return err
		}
		if !sc.has(t.OrgID, tiendo.TargetAskers...) {
			return forbidden("yêu cầu giải trình chỉ tiêu này")
		}
		var v tiendo.Validator
		_, perr := tiendo.ParseTargetKey(period)
		v.Check(perr == nil, "period", "Kỳ dạng 2023, 2023-Q1 hoặc 2023-03")
		v.Check(strings.TrimSpace(question) != "", "question", "Cần nêu nội dung yêu cầu giải trình")
		if err := v.Err(); err != nil {
			return err
		}
		e := &tiendo.Explanation{TargetID: t.ID, Period: period, Question: strings.TrimSpace(question), AskedBy: sc.actor.AccountID}
		if err := st.CreateExplanation(ctx, e); err != nil {
			return err
		}
		out = e
		return s.audit(ctx, st, "target.ask", "target", t.ID, nil, &t.OrgID, nil, e)
	})
	return out, err
}

// AnswerExplanation records the unit's answer to an open request.
func (s *Service) AnswerExplanation(ctx context.Context, id, explanationID int64, version int, answer string) (*tiendo.Explanation, error) {
	var out *tiendo.Explanation
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTarget(ctx, st, id)
		if err != nil {
			return err
		}
		if !sc.has(t.OrgID, tiendo.TargetReporters...) {
			return forbidden("trả lời yêu cầu giải trình này")
		}
		if strings.TrimSpace(answer) == "" {
			return tiendo.FieldError("answer", "Cần nội dung giải trình")
		}
		exps, err := st.FindExplanations(ctx, t.ID)
		if err != nil {
			return err
		}
		for _, e := range exps {
			if e.ID != explanationID {
				continue
			}
			if !e.Open() {
				return tiendo.Errorf(tiendo.ECONFLICT, "Yêu cầu giải trình đã được trả lời")
			}
			before := *e
			now := s.clock.Now().UTC()
			by := sc.actor.AccountID
			e.Version, e.Answer, e.AnsweredAt = version, strings.TrimSpace(answer), &now
			e.AnsweredBy = nil
			if by != 0 {
				e.AnsweredBy = &by
			}
			if err := st.UpdateExplanation(ctx, e); err != nil {
				return err
			}
			out = e
			return s.audit(ctx, st, "target.answer", "target", t.ID, nil, &t.OrgID, before, e)
		}
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy yêu cầu giải trình %d", explanationID)
	})
	return out, err
}
