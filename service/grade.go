package service

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"tiendo"
	"tiendo/grade"
	"tiendo/vn"
)

// GradeRequest asks for the grade sheet of a period: the organisations
// leading tasks (or the people the tasks were passed to) in the actor's
// scope or below OrgID, under a rule set ("" for the default).
type GradeRequest struct {
	Period  vn.Period
	Cutoffs *vn.Cutoffs
	AsOf    vn.Date
	Rules   string
	Kind    tiendo.SubjectKind
	OrgID   *int64
}

// GradedSubject is one line of a grade sheet.
type GradedSubject struct {
	ID     int64               `json:"id"`
	Code   string              `json:"code"`
	Name   string              `json:"name"`
	Points *tiendo.GradePoints `json:"points"` // as entered; nil when none yet
	Counts tiendo.Counts       `json:"-"`
	grade.Result
}

// GradeSheet is the graded set, best first.
type GradeSheet struct {
	Period   vn.Period
	Label    string
	From, To vn.Date
	AsOf     vn.Date
	Rules    grade.RuleSet
	// RuleSets are the rule sets of the rules in force at the period's
	// end (the choice the sheet offers); RulesVersion that version, nil
	// for the built-in defaults.
	RuleSets     []grade.RuleSet
	RulesVersion *tiendo.RulesVersion
	Kind         tiendo.SubjectKind
	Org          *tiendo.Org
	Subjects     []GradedSubject
	// Closing is set when the sheet is the frozen one of a closed period.
	Closing *tiendo.PeriodClosing `json:"-"`
}

// Grades computes the grade sheet. The products are the tasks completed in
// the period and those that fell due in it and are overdue at the cut-off
// (docs/DOMAIN.md §13); tasks still within their deadline are graded in the period
// their deadline or completion falls in.
func (s *Service) Grades(ctx context.Context, req GradeRequest) (*GradeSheet, error) {
	if req.Kind == "" {
		req.Kind = tiendo.SubjectOrg
	}
	if req.Kind != tiendo.SubjectOrg && req.Kind != tiendo.SubjectPerson {
		return nil, tiendo.FieldError("kind", "Đối tượng đánh giá phải là org hoặc person")
	}
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	fz, err := s.frozen(ctx, sc, req.Period, req.Cutoffs, req.AsOf, req.OrgID)
	if err != nil {
		return nil, err
	}
	if fz != nil {
		for _, g := range fz.figures.sheets {
			// the first sheets are those of the default rule set in force at closing
			if (req.Rules == "" || g.Rules.Code == req.Rules) && g.Kind == req.Kind {
				sheet := *g // the figures are shared (closedCache)
				sheet.Closing = fz.closing
				return &sheet, nil
			}
		}
	}
	return s.liveGrades(ctx, sc, req)
}

// liveGrades computes the grade sheet from the tasks as they are now.
func (s *Service) liveGrades(ctx context.Context, sc *scope, req GradeRequest) (*GradeSheet, error) {
	rng, asOf, err := s.PeriodDates(req.Period, req.Cutoffs, req.AsOf)
	if err != nil {
		return nil, err
	}
	// The period is graded by the rules in force at its end.
	rules, err := s.rulesAt(ctx, s.store, rng.To)
	if err != nil {
		return nil, err
	}
	rs, ok := grade.FindIn(rules.Grading, req.Rules)
	if !ok {
		return nil, tiendo.FieldError("rules", "Bộ tiêu chí đánh giá không tồn tại")
	}
	rep := &StatsReport{}
	if err := s.statsRoots(sc, req.OrgID, rep); err != nil {
		return nil, err
	}
	f := tiendo.TaskFilter{Period: rng, AsOf: asOf, Sort: tiendo.SortID}
	if rep.Roots != nil {
		f.OrgIDs, f.Role = sc.tree.Subtrees(orgIDs(rep.Roots)), tiendo.AsLead
	}
	tasks, err := s.products(ctx, f)
	if err != nil {
		return nil, err
	}
	sheet := &GradeSheet{Period: req.Period, Label: req.Period.Label(), From: rng.From, To: rng.To, AsOf: asOf,
		Rules: rs, RuleSets: rules.Grading, RulesVersion: rules.Version, Kind: req.Kind, Org: rep.Org}
	g := gradeWindow{from: rng.From, to: rng.To, asOf: asOf, orgIDs: f.OrgIDs}
	subjects, err := s.gradeSubjects(ctx, sc.tree, req.Kind, tasks, g)
	if err != nil {
		return nil, err
	}
	if err := s.attachPoints(ctx, req.Period.String(), req.Kind, subjects); err != nil {
		return nil, err
	}
	ins := make([]grade.Input, len(subjects))
	for i, sub := range subjects {
		ins[i] = sub.input
		ins[i].Subject = sub.Name
		ins[i].Key = fmt.Sprintf("%s\x00%020d", vn.Fold(sub.Name), sub.ID)
	}
	for i, r := range grade.GradeAll(rs, ins) {
		subjects[i].Result = r
		sheet.Subjects = append(sheet.Subjects, subjects[i].GradedSubject)
	}
	sort.SliceStable(sheet.Subjects, func(i, j int) bool { return rs.Compare(sheet.Subjects[i].Result, sheet.Subjects[j].Result) < 0 })
	return sheet, nil
}

// products are the tasks a period grades: those completed in it (by the
// cut-off), and those that fell due in it and are overdue at the cut-off.
// A task overdue since an earlier period was graded there, so it does not
// weigh on every later month again.
func (s *Service) products(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, error) {
	done, overdue := f, f
	done.Timeliness = []tiendo.Timeliness{tiendo.DoneOnTime, tiendo.DoneLate}
	overdue.Timeliness, overdue.DueFrom = []tiendo.Timeliness{tiendo.Overdue}, f.Period.From
	a, err := s.allTasks(ctx, done)
	if err != nil {
		return nil, err
	}
	b, err := s.allTasks(ctx, overdue)
	if err != nil {
		return nil, err
	}
	all := append(a, b...)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all, nil
}

// allTasks reads every page of a filtered task list.
func (s *Service) allTasks(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, error) {
	var out []*tiendo.Task
	f.Page = tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}
	for {
		page, total, err := s.store.FindTasks(ctx, f)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if len(out) >= total || len(page) == 0 {
			return out, nil
		}
		f.Page.Page++
	}
}

// subject is a graded subject being built.
type subject struct {
	GradedSubject
	input grade.Input
}

// gradeSubjects groups the products by lead organisation, or for people
// through their positions (grade_people.go), with the office's marks
// (errors, waivers) applied and the period's late or missing explanations
// added (grade_explain.go).
func (s *Service) gradeSubjects(ctx context.Context, t *tiendo.OrgTree, kind tiendo.SubjectKind, tasks []*tiendo.Task, g gradeWindow) ([]*subject, error) {
	marks, err := s.gradeMarks(ctx, tasks)
	if err != nil {
		return nil, err
	}
	exps, err := s.periodExplanations(ctx, g, tasks)
	if err != nil {
		return nil, err
	}
	set := &subjectSet{s: s, t: t, kind: kind, byID: map[int64]*subject{}}
	if kind == tiendo.SubjectPerson {
		return s.gradePeople(ctx, set, tasks, exps, marks, g)
	}
	for _, k := range tasks {
		sub, err := set.get(ctx, k.LeadOrgID)
		if err != nil {
			return nil, err
		}
		sub.add(k, g.asOf, marks[k.ID], "")
	}
	for _, e := range exps {
		sub, err := set.get(ctx, e.orgID)
		if err != nil {
			return nil, err
		}
		sub.input.Explanations = append(sub.input.Explanations, e.Explanation)
	}
	return set.order, nil
}

// gradeMarks reads the office's marks of the products, by task.
func (s *Service) gradeMarks(ctx context.Context, tasks []*tiendo.Task) (map[int64]*tiendo.GradeMark, error) {
	marks := map[int64]*tiendo.GradeMark{}
	if len(tasks) == 0 {
		return marks, nil
	}
	ids := make([]int64, len(tasks))
	for i, k := range tasks {
		ids[i] = k.ID
	}
	ms, err := s.store.FindGradeMarks(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		marks[m.TaskID] = m
	}
	return marks, nil
}

// subjectSet builds the subjects in the order they are first met.
type subjectSet struct {
	s     *Service
	t     *tiendo.OrgTree
	kind  tiendo.SubjectKind
	byID  map[int64]*subject
	order []*subject
}

func (set *subjectSet) get(ctx context.Context, id int64) (*subject, error) {
	if sub := set.byID[id]; sub != nil {
		return sub, nil
	}
	sub, err := set.s.newSubject(ctx, set.t, set.kind, id)
	if err != nil {
		return nil, err
	}
	set.byID[id] = sub
	set.order = append(set.order, sub)
	return sub, nil
}

// add counts a task as one of the subject's products, saying why it is.
func (sub *subject) add(k *tiendo.Task, asOf vn.Date, m *tiendo.GradeMark, source string) {
	sub.Counts.Count(k, asOf)
	p := productOf(k, asOf, m)
	p.Source = source
	sub.input.Products = append(sub.input.Products, p)
}

func (s *Service) newSubject(ctx context.Context, t *tiendo.OrgTree, kind tiendo.SubjectKind, id int64) (*subject, error) {
	sub := &subject{GradedSubject: GradedSubject{ID: id, Code: strconv.FormatInt(id, 10)}}
	if kind == tiendo.SubjectOrg {
		if o := t.Org(id); o != nil {
			sub.Code, sub.Name = o.Code, o.Name
		}
		return sub, nil
	}
	p, err := s.store.FindPersonByID(ctx, id)
	if err != nil {
		return nil, err
	}
	sub.Name = p.FullName
	return sub, nil
}

// productOf turns a task into a graded product at the cut-off.
func productOf(k *tiendo.Task, asOf vn.Date, m *tiendo.GradeMark) grade.Product {
	p := grade.Product{TaskID: k.ID, Title: k.Title, Weight: k.Weight, Outcome: grade.NotDone}
	switch k.TimelinessAt(asOf) {
	case tiendo.DoneOnTime:
		p.Outcome, p.Completed = grade.OnTime, k.CompletedOn.String()
	case tiendo.DoneLate:
		p.Outcome, p.Delays, p.Completed = grade.Late, 1, k.CompletedOn.String()
	}
	if m != nil {
		p.Errors, p.Waived, p.Reason = m.Errors, m.Waived, m.Reason
	}
	return p
}

// attachPoints adds the general criteria and bonus points entered.
func (s *Service) attachPoints(ctx context.Context, period string, kind tiendo.SubjectKind, subs []*subject) error {
	if len(subs) == 0 {
		return nil
	}
	ids := make([]int64, len(subs))
	for i, sub := range subs {
		ids[i] = sub.ID
	}
	ps, err := s.store.FindGradePoints(ctx, period, kind, ids)
	if err != nil {
		return err
	}
	byID := map[int64]*tiendo.GradePoints{}
	for _, p := range ps {
		byID[p.SubjectID] = p
	}
	for _, sub := range subs {
		if p := byID[sub.ID]; p != nil {
			sub.Points, sub.input.General, sub.input.Bonus = p, p.General, p.Bonus
		}
	}
	return nil
}

// SaveGradePoints records the general criteria (and bonus) points of a
// subject. Office or admin over the organisation (for a person: over one
// of the organisations where they hold a position).
func (s *Service) SaveGradePoints(ctx context.Context, p *tiendo.GradePoints) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if err := p.Validate(); err != nil {
		return err
	}
	if _, err := vn.ParsePeriod(p.Period); err != nil {
		return tiendo.FieldError("period", "Kỳ đánh giá không hợp lệ")
	}
	orgs := []int64{p.SubjectID}
	if p.Kind == tiendo.SubjectPerson {
		person, err := s.store.FindPersonByID(ctx, p.SubjectID)
		if err != nil {
			return err
		}
		orgs = orgs[:0]
		for _, pos := range person.Positions {
			orgs = append(orgs, pos.OrgID)
		}
	}
	var org *int64
	for _, id := range orgs {
		if sc.has(id, tiendo.RoleOffice, tiendo.RoleAdmin) {
			org = &id
			break
		}
	}
	if org == nil {
		return forbidden("nhập điểm đánh giá cho đối tượng này")
	}
	if a := tiendo.ActorFromContext(ctx); a != nil && !a.System {
		p.UpdatedBy = &a.AccountID
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.SaveGradePoints(ctx, p); err != nil {
			return err
		}
		return s.audit(ctx, st, "grade.points", "grade_points", p.SubjectID, nil, org, nil, p)
	})
}

// SaveGradeMark records major errors and a confirmed objective cause for a
// task. Office or admin over the organisation that assigned it, as for
// confirming completion.
func (s *Service) SaveGradeMark(ctx context.Context, m *tiendo.GradeMark) error {
	if err := m.Validate(); err != nil {
		return err
	}
	t, sc, err := s.visibleTask(ctx, s.store, m.TaskID)
	if err != nil {
		return err
	}
	if !tiendo.CanConfirm(sc.actor, sc.tree, t) {
		return forbidden("ghi nhận đánh giá nhiệm vụ này")
	}
	if a := tiendo.ActorFromContext(ctx); a != nil && !a.System {
		m.UpdatedBy = &a.AccountID
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.SaveGradeMark(ctx, m); err != nil {
			return err
		}
		return s.audit(ctx, st, "grade.mark", "task", t.ID, &t.ID, &t.LeadOrgID, nil, m)
	})
}
