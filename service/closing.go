package service

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"tiendo"
	"tiendo/vn"
)

// Closing a period (chốt số liệu, docs/PERIODS.md "Closing a period"): the
// office freezes a period's statistics, rankings and grades for one scope
// (an organisation's subtree, or the whole tree) at its cut-off. Requests
// for that scope and period at the cut-off are then served from the
// frozen figures; later changes that would alter them are listed as
// adjustments, computed live and compared, never applied.

// closedFigures is what a closing freezes. Every breakdown of the
// statistics, the per-organisation counts (rankings are made from them
// with any bands), every rule set's grade sheet of units and of people,
// and the head of the overdue list the reports print.
type closedFigures struct {
	Stats        map[tiendo.StatsGroup]*StatsReport `json:"stats"`
	OrgRows      []tiendo.StatsRow                  `json:"org_rows"`
	Grades       []frozenSheet                      `json:"grades"`
	Overdue      []*tiendo.Task                     `json:"overdue"` // longest overdue first, at most closingOverdue
	OverdueTotal int                                `json:"overdue_total"`

	sheets []*GradeSheet // Grades restored, once, when read back
}

// closingOverdue is how many of the longest overdue tasks a closing keeps:
// the reports list 200 (web/export_api.go), the dashboard 10.
const closingOverdue = 200

// closedCache keeps the decoded figures of recently served closings. A
// closing's figures never change (reopening only takes it out of force,
// and a closing not in force is never looked up), so an entry is never
// stale, in any instance. Entries are shared: callers must not change them.
type closedCache struct {
	mu      sync.Mutex
	entries map[int64]*closedFigures
}

// closedCacheSize bounds the cache; a full cache is emptied.
const closedCacheSize = 32

func (c *closedCache) get(id int64) *closedFigures {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.entries[id]
}

func (c *closedCache) put(id int64, f *closedFigures) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= closedCacheSize {
		c.entries = map[int64]*closedFigures{}
	}
	c.entries[id] = f
}

// frozenSheet is a grade sheet as frozen: the subjects' counts, which the
// sheet's JSON leaves out (with their weights), kept beside it in order.
type frozenSheet struct {
	*GradeSheet
	Counts []frozenCounts `json:"counts"`
}

type frozenCounts struct {
	tiendo.Counts
	WeightAssigned   float64 `json:"weight_assigned"`
	WeightDoneOnTime float64 `json:"weight_done_on_time"`
	WeightDoneLate   float64 `json:"weight_done_late"`
}

func freezeSheet(g *GradeSheet) frozenSheet {
	fs := frozenSheet{GradeSheet: g, Counts: make([]frozenCounts, len(g.Subjects))}
	for i, sub := range g.Subjects {
		c := sub.Counts
		fs.Counts[i] = frozenCounts{Counts: c, WeightAssigned: c.WeightAssigned, WeightDoneOnTime: c.WeightDoneOnTime,
			WeightDoneLate: c.WeightDoneLate}
	}
	return fs
}

// sheet restores the frozen sheet with its subjects' counts.
func (fs frozenSheet) sheet() *GradeSheet {
	g := fs.GradeSheet
	for i := range g.Subjects {
		if i < len(fs.Counts) {
			c := fs.Counts[i]
			g.Subjects[i].Counts = c.Counts
			g.Subjects[i].Counts.WeightAssigned, g.Subjects[i].Counts.WeightDoneOnTime, g.Subjects[i].Counts.WeightDoneLate =
				c.WeightAssigned, c.WeightDoneOnTime, c.WeightDoneLate
		}
	}
	return g
}

// TaskFact is what a closing keeps of one task of the period: everything
// the figures depend on, so a later difference says what changed.
type TaskFact struct {
	ID          int64             `json:"id"`
	Lead        int64             `json:"lead"`
	Status      tiendo.Status     `json:"status"`
	Due         vn.Date           `json:"due"`
	CompletedOn vn.Date           `json:"completed_on"`
	Timeliness  tiendo.Timeliness `json:"timeliness"`
	OverdueDays int               `json:"overdue_days,omitempty"`
	Category    tiendo.Category   `json:"category"`
	Assigner    *int64            `json:"assigner,omitempty"`
	Document    *int64            `json:"document,omitempty"`
	Assignee    *int64            `json:"assignee,omitempty"`
	Weight      float64           `json:"weight"`
	Errors      int               `json:"errors,omitempty"`
	Waived      bool              `json:"waived,omitempty"`
}

// ClosingRequest names a period and a scope: an organisation's subtree,
// or nil for the actor's own (the whole tree for a whole-tree account,
// the one unit a ward's account holds).
type ClosingRequest struct {
	Period vn.Period
	OrgID  *int64
}

// ClosingStatus is what the pages show about a period and scope: the
// closing in force (nil when open), every closing of it, newest first, and
// what the actor may do.
type ClosingStatus struct {
	Period    vn.Period
	From, To  vn.Date
	OrgID     *int64
	InForce   *tiendo.PeriodClosing
	History   []*tiendo.PeriodClosing
	CanClose  bool // the period may be closed now, by this actor
	CanReopen bool
}

// frozenView is a closing found for a request, with its decoded figures.
type frozenView struct {
	closing *tiendo.PeriodClosing
	figures *closedFigures
	tree    *tiendo.OrgTree
}

// closingScope resolves the scope of a closing request as the statistics
// resolve theirs (statsRoots): an organisation the actor sees, or the
// actor's one root, or the whole tree (nil) for an unrestricted actor.
// ok is false when the scope has several roots: no closing covers it.
func (s *Service) closingScope(sc *scope, orgID *int64) (org *int64, ok bool, err error) {
	rep := &StatsReport{}
	if err := s.statsRoots(sc, orgID, rep); err != nil {
		return nil, false, err
	}
	switch {
	case rep.Roots == nil:
		return nil, true, nil
	case len(rep.Roots) == 1:
		id := rep.Roots[0].ID
		return &id, true, nil
	}
	return nil, false, nil
}

// frozen returns the closing in force for the request's scope and period
// when the request asks for the figures at the closing's cut-off (the
// same days and as-of date), or nil.
func (s *Service) frozen(ctx context.Context, sc *scope, p vn.Period, c *vn.Cutoffs, asOf vn.Date, orgID *int64) (*frozenView, error) {
	if p.Kind == vn.PeriodCustom || p.Kind == "" {
		return nil, nil
	}
	rng, asOf, err := s.PeriodDates(p, c, asOf)
	if err != nil {
		return nil, err
	}
	org, ok, err := s.closingScope(sc, orgID)
	if err != nil || !ok {
		return nil, err
	}
	cl, err := s.closingInForce(ctx, org, p)
	if err != nil || cl == nil {
		return nil, err
	}
	if cl.From != rng.From || cl.To != rng.To || cl.AsOf != asOf {
		return nil, nil
	}
	fig := s.closed.get(cl.ID)
	if fig == nil {
		full, err := s.store.GetClosing(ctx, cl.ID)
		if err != nil {
			return nil, err
		}
		fig = &closedFigures{}
		if err := decodeFrozen(full.Figures, fig); err != nil {
			return nil, err
		}
		fig.sheets = fig.restoreSheets()
		s.closed.put(cl.ID, fig)
	}
	return &frozenView{closing: cl, figures: fig, tree: sc.tree}, nil
}

// decodeFrozen reads a closing's stored figures or facts.
func decodeFrozen(raw json.RawMessage, v any) error {
	if err := json.Unmarshal(raw, v); err != nil {
		return &tiendo.Error{Code: tiendo.EINTERNAL, Message: "Không đọc được số liệu đã chốt", Err: err}
	}
	return nil
}

// restoreSheets are the frozen grade sheets restored (it changes them:
// call it once, on figures just decoded).
func (f *closedFigures) restoreSheets() []*GradeSheet {
	out := make([]*GradeSheet, len(f.Grades))
	for i, fs := range f.Grades {
		out[i] = fs.sheet()
	}
	return out
}

// closingInForce returns the closing in force of a scope and period, or nil.
func (s *Service) closingInForce(ctx context.Context, org *int64, p vn.Period) (*tiendo.PeriodClosing, error) {
	list, err := s.store.FindClosings(ctx, tiendo.ClosingFilter{OrgID: org, Whole: org == nil, Period: p.String(), InForce: true})
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return list[0], nil
}

// closingFigures computes, as an internal job (so the figures do not
// depend on who closes), the figures and facts of a period for a scope.
func (s *Service) closingFigures(ctx context.Context, p vn.Period, org *int64) (*closedFigures, []TaskFact, *StatsReport, error) {
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	sc, err := s.withScope(sys)
	if err != nil {
		return nil, nil, nil, err
	}
	fig := &closedFigures{Stats: map[tiendo.StatsGroup]*StatsReport{}}
	var byOrg *StatsReport
	for _, g := range tiendo.StatsGroups {
		rep, _, rows, err := s.liveStats(sys, sc, StatsRequest{Period: p, Group: g, OrgID: org})
		if err != nil {
			return nil, nil, nil, err
		}
		fig.Stats[g] = rep
		if g == tiendo.GroupOrg {
			byOrg, fig.OrgRows = rep, rows
		}
	}
	// Every rule set in force at the period's end, the default first.
	rules, err := s.rulesAt(ctx, s.store, byOrg.To)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, rs := range rules.Grading {
		for _, k := range []tiendo.SubjectKind{tiendo.SubjectOrg, tiendo.SubjectPerson} {
			sheet, err := s.liveGrades(sys, sc, GradeRequest{Period: p, Rules: rs.Code, Kind: k, OrgID: org})
			if err != nil {
				return nil, nil, nil, err
			}
			fig.Grades = append(fig.Grades, freezeSheet(sheet))
		}
	}
	f, err := byOrg.Total.CellFilter("overdue")
	if err != nil {
		return nil, nil, nil, err
	}
	f.Sort, f.Page = tiendo.SortOverdue, tiendo.Page{Page: 1, PerPage: closingOverdue}
	if fig.Overdue, fig.OverdueTotal, err = s.ListTasks(sys, f); err != nil {
		return nil, nil, nil, err
	}
	facts, err := s.periodFacts(ctx, byOrg.Total.Tasks, sc.tree)
	if err != nil {
		return nil, nil, nil, err
	}
	return fig, facts, byOrg, nil
}

// periodFacts reads every task of a report's total (its period, as-of date
// and scope) with its grade mark, by id. It reads one lead organisation at
// a time: a whole province's period in pages of one list would page by
// offset, which costs the square of its length.
func (s *Service) periodFacts(ctx context.Context, f tiendo.TaskFilter, t *tiendo.OrgTree) ([]TaskFact, error) {
	orgs := f.OrgIDs
	if orgs == nil {
		orgs = t.IDs()
	}
	f.Sort, f.Role = tiendo.SortID, tiendo.AsLead
	var tasks []*tiendo.Task
	for _, id := range orgs {
		g := f
		g.OrgIDs = []int64{id}
		led, err := s.allTasks(ctx, g)
		if err != nil {
			return nil, err
		}
		tasks = append(tasks, led...)
	}
	sort.Slice(tasks, func(i, j int) bool { return tasks[i].ID < tasks[j].ID })
	marks, err := s.gradeMarks(ctx, tasks)
	if err != nil {
		return nil, err
	}
	out := make([]TaskFact, len(tasks))
	for i, k := range tasks {
		out[i] = TaskFact{ID: k.ID, Lead: k.LeadOrgID, Status: k.Status, Due: k.Due, CompletedOn: k.CompletedOn,
			Timeliness: k.TimelinessAt(f.AsOf), OverdueDays: k.OverdueDays(f.AsOf), Category: k.Category,
			Assigner: k.AssignerID, Document: k.DocumentID, Assignee: k.AssigneeID, Weight: k.Weight}
		if m := marks[k.ID]; m != nil {
			out[i].Errors, out[i].Waived = m.Errors, m.Waived
		}
	}
	return out, nil
}

// ClosePeriod closes a period for a scope at its cut-off: the office of the
// organisation (or a whole-tree admin; for the whole tree, a whole-tree
// office or admin), on the period's last day or later, with the cut-offs
// in force. The figures are computed, stored and audited in one go.
func (s *Service) ClosePeriod(ctx context.Context, req ClosingRequest) (*tiendo.PeriodClosing, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	org, ok, err := s.closingScope(sc, req.OrgID)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, tiendo.FieldError("org", "Cần chọn một đơn vị để chốt số liệu")
	}
	if !tiendo.CanClosePeriod(sc.actor, sc.tree, org) {
		return nil, forbidden("chốt số liệu của phạm vi này")
	}
	if req.Period.Kind == "" {
		return nil, tiendo.FieldError("period", "Cần kỳ báo cáo")
	}
	from, to := req.Period.Range(s.rules.Cutoffs)
	if err := tiendo.CheckClosable(req.Period, to, s.today()); err != nil {
		return nil, err
	}
	if cl, err := s.closingInForce(ctx, org, req.Period); err != nil {
		return nil, err
	} else if cl != nil {
		return nil, tiendo.Errorf(tiendo.ECONFLICT, "Kỳ này đã được chốt số liệu ngày %s", cl.ClosedOn().Format())
	}
	fig, facts, _, err := s.closingFigures(ctx, req.Period, org)
	if err != nil {
		return nil, err
	}
	c := &tiendo.PeriodClosing{OrgID: org, Period: req.Period.String(), From: from, To: to, AsOf: to,
		ClosedAt: s.clock.Now().UTC()}
	if !sc.actor.System {
		c.ClosedBy = &sc.actor.AccountID
	}
	if c.Figures, err = json.Marshal(fig); err != nil {
		return nil, err
	}
	if c.Facts, err = json.Marshal(facts); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateClosing(ctx, c); err != nil {
			return err
		}
		summary := fig.Stats[tiendo.GroupOrg].Total.Counts
		return s.audit(ctx, st, "period.close", "period_closing", c.ID, nil, org, nil,
			map[string]any{"period": c.Period, "from": c.From, "to": c.To, "as_of": c.AsOf, "tasks": len(facts), "total": summary})
	})
	if err != nil {
		return nil, err
	}
	c.Figures, c.Facts = nil, nil
	c.ClosedByName = sc.actor.Login
	return c, nil
}

// ReopenPeriod reopens a closed period: a leader over its scope, with a
// reason, at the version read. The closing stays as history; the period's
// figures are computed live again until it is closed anew.
func (s *Service) ReopenPeriod(ctx context.Context, id int64, version int, reason string) (*tiendo.PeriodClosing, error) {
	sc, c, err := s.visibleClosing(ctx, id)
	if err != nil {
		return nil, err
	}
	if !tiendo.CanReopenPeriod(sc.actor, sc.tree, c.OrgID) {
		return nil, forbidden("mở lại kỳ đã chốt")
	}
	if err := tiendo.CheckReopenReason(reason); err != nil {
		return nil, err
	}
	if !c.InForce() {
		return nil, tiendo.Errorf(tiendo.ECONFLICT, "Kỳ này đã được mở lại")
	}
	c.Figures = nil
	now := s.clock.Now().UTC()
	c.Version, c.ReopenedAt, c.ReopenReason = version, &now, strings.TrimSpace(reason)
	if !sc.actor.System {
		c.ReopenedBy, c.ReopenedName = &sc.actor.AccountID, sc.actor.Login
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.ReopenClosing(ctx, c); err != nil {
			return err
		}
		return s.audit(ctx, st, "period.reopen", "period_closing", c.ID, nil, c.OrgID,
			map[string]any{"period": c.Period, "closed_at": c.ClosedAt}, map[string]any{"reason": c.ReopenReason})
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// visibleClosing reads a closing whose scope the actor sees (ENOTFOUND
// otherwise, as for any record out of scope).
func (s *Service) visibleClosing(ctx context.Context, id int64) (*scope, *tiendo.PeriodClosing, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	c, err := s.store.GetClosing(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if c.OrgID == nil && !tiendo.HasWholeTreeGrant(sc.actor) || c.OrgID != nil && !sc.sees(*c.OrgID) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy kỳ đã chốt %d", id)
	}
	return sc, c, nil
}

// GetClosing returns a closing the actor may see, without its figures.
func (s *Service) GetClosing(ctx context.Context, id int64) (*tiendo.PeriodClosing, error) {
	_, c, err := s.visibleClosing(ctx, id)
	if err != nil {
		return nil, err
	}
	c.Figures = nil
	return c, nil
}

// ClosingStatus tells whether a period is closed for a scope, its
// closings, and what the actor may do about it.
func (s *Service) ClosingStatus(ctx context.Context, req ClosingRequest) (*ClosingStatus, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	org, ok, err := s.closingScope(sc, req.OrgID)
	if err != nil {
		return nil, err
	}
	st := &ClosingStatus{Period: req.Period, OrgID: org}
	st.From, st.To = req.Period.Range(s.rules.Cutoffs)
	if !ok {
		return st, nil
	}
	if st.History, err = s.store.FindClosings(ctx, tiendo.ClosingFilter{OrgID: org, Whole: org == nil, Period: req.Period.String()}); err != nil {
		return nil, err
	}
	if len(st.History) > 0 && st.History[0].InForce() {
		st.InForce = st.History[0]
		st.CanReopen = tiendo.CanReopenPeriod(sc.actor, sc.tree, org)
	} else {
		st.CanClose = tiendo.CanClosePeriod(sc.actor, sc.tree, org) && tiendo.CheckClosable(req.Period, st.To, s.today()) == nil
	}
	return st, nil
}

// OverdueTasks lists up to limit of a report's overdue tasks, longest
// overdue first, and their number: those frozen at closing for a closed
// period, else the total row's overdue cell now.
func (s *Service) OverdueTasks(ctx context.Context, rep *StatsReport, limit int) ([]*tiendo.Task, int, error) {
	limit = max(1, min(limit, tiendo.MaxPerPage))
	if rep.frozen != nil {
		return rep.frozen.Overdue[:min(limit, len(rep.frozen.Overdue))], rep.frozen.OverdueTotal, nil
	}
	f, err := rep.Total.CellFilter("overdue")
	if err != nil {
		return nil, 0, err
	}
	f.Sort, f.Page = tiendo.SortOverdue, tiendo.Page{Page: 1, PerPage: limit}
	return s.ListTasks(ctx, f)
}

// Adjustments are the differences between a closing's frozen figures and
// the same figures computed now: the counts of the total row, each task
// whose change alters them (with the audit entries written since the
// closing: when and by whom), and each grade that moved.
type Adjustments struct {
	Closing *tiendo.PeriodClosing `json:"closing"`
	Counts  []CountChange         `json:"counts"`
	Tasks   []TaskAdjustment      `json:"tasks"`
	Grades  []GradeChange         `json:"grades"`
}

// CountChange is one count of the total row that differs.
type CountChange struct {
	Cell   string `json:"cell"`
	Frozen int    `json:"frozen"`
	Live   int    `json:"live"`
}

// TaskAdjustment is one task whose change after the closing would alter
// the figures. Changes names what differs: entered or left the period,
// timeliness, overdue_days, lead, category, assigner, document, assignee,
// weight, grade_mark. Frozen is nil for a task that entered the period,
// Live nil for one that left it.
type TaskAdjustment struct {
	TaskID  int64                `json:"task_id"`
	Title   string               `json:"title"`
	Changes []string             `json:"changes"`
	Frozen  *TaskFact            `json:"frozen"`
	Live    *TaskFact            `json:"live"`
	Audit   []*tiendo.AuditEntry `json:"audit"` // written after the closing, oldest first
}

// GradeChange is one graded subject whose score or grade moved, under one
// rule set; a missing score (nil) means the subject was not graded then.
type GradeChange struct {
	Rules       string             `json:"rules"`
	Kind        tiendo.SubjectKind `json:"kind"`
	Code        string             `json:"code"`
	Name        string             `json:"name"`
	FrozenScore *float64           `json:"frozen_score"`
	LiveScore   *float64           `json:"live_score"`
	FrozenBand  string             `json:"frozen_band"`
	LiveBand    string             `json:"live_band"`
}

// maxAdjustmentAudit bounds the audit entries shown per adjusted task.
const maxAdjustmentAudit = 50

// ClosingAdjustments computes the period's figures now and lists how they
// differ from those frozen by the closing. Anyone who sees the closing's
// scope reads them.
func (s *Service) ClosingAdjustments(ctx context.Context, id int64) (*Adjustments, error) {
	_, c, err := s.visibleClosing(ctx, id)
	if err != nil {
		return nil, err
	}
	p, err := vn.ParsePeriod(c.Period)
	if err != nil {
		return nil, &tiendo.Error{Code: tiendo.EINTERNAL, Message: "Kỳ đã chốt không hợp lệ", Err: err}
	}
	var frozen closedFigures
	if err := decodeFrozen(c.Figures, &frozen); err != nil {
		return nil, err
	}
	raw, err := s.store.ClosingFacts(ctx, id)
	if err != nil {
		return nil, err
	}
	var frozenFacts []TaskFact
	if err := decodeFrozen(raw, &frozenFacts); err != nil {
		return nil, err
	}
	c.Figures = nil
	adj := &Adjustments{Closing: c, Counts: []CountChange{}, Tasks: []TaskAdjustment{}, Grades: []GradeChange{}}
	live, liveFacts, _, err := s.closingFiguresAt(ctx, p, c)
	if err != nil {
		return nil, err
	}
	fz, lv := frozen.Stats[tiendo.GroupOrg].Total.Counts, live.Stats[tiendo.GroupOrg].Total.Counts
	for _, cell := range tiendo.StatsCells {
		a, _ := fz.Cell(cell)
		b, _ := lv.Cell(cell)
		if a != b {
			adj.Counts = append(adj.Counts, CountChange{Cell: cell, Frozen: a, Live: b})
		}
	}
	adj.Grades = gradeChanges(frozen.restoreSheets(), live.restoreSheets())
	if adj.Tasks, err = s.taskAdjustments(ctx, c, frozenFacts, liveFacts); err != nil {
		return nil, err
	}
	return adj, nil
}

// closingFiguresAt computes a closing's figures now, for the same days
// and as-of date even if the cut-offs have changed since.
func (s *Service) closingFiguresAt(ctx context.Context, p vn.Period, c *tiendo.PeriodClosing) (*closedFigures, []TaskFact, *StatsReport, error) {
	if from, to := p.Range(s.rules.Cutoffs); from != c.From || to != c.To {
		p = vn.Period{Kind: vn.PeriodCustom, From: c.From, To: c.To}
	}
	return s.closingFigures(ctx, p, c.OrgID)
}

// factChanges names what differs between two facts of a task, only what
// alters the figures.
func factChanges(a, b TaskFact) []string {
	var out []string
	add := func(changed bool, name string) {
		if changed {
			out = append(out, name)
		}
	}
	add(a.Timeliness != b.Timeliness, "timeliness")
	add(a.Timeliness == tiendo.Overdue && b.Timeliness == tiendo.Overdue && a.OverdueDays != b.OverdueDays, "overdue_days")
	add(a.Lead != b.Lead, "lead")
	add(a.Category != b.Category, "category")
	add(!sameID(a.Assigner, b.Assigner), "assigner")
	add(!sameID(a.Document, b.Document), "document")
	add(!sameID(a.Assignee, b.Assignee), "assignee")
	add(a.Weight != b.Weight, "weight")
	add(a.Errors != b.Errors || a.Waived != b.Waived, "grade_mark")
	return out
}

// taskAdjustments pairs the frozen and live facts by task and explains
// each difference with the task's audit entries since the closing.
func (s *Service) taskAdjustments(ctx context.Context, c *tiendo.PeriodClosing, frozen, live []TaskFact) ([]TaskAdjustment, error) {
	byID := map[int64]*TaskFact{}
	for i := range frozen {
		byID[frozen[i].ID] = &frozen[i]
	}
	var out []TaskAdjustment
	seen := map[int64]bool{}
	for i := range live {
		l := &live[i]
		seen[l.ID] = true
		f := byID[l.ID]
		switch {
		case f == nil:
			out = append(out, TaskAdjustment{TaskID: l.ID, Changes: []string{"entered"}, Live: l})
		default:
			if ch := factChanges(*f, *l); len(ch) > 0 {
				out = append(out, TaskAdjustment{TaskID: l.ID, Changes: ch, Frozen: f, Live: l})
			}
		}
	}
	for i := range frozen {
		if !seen[frozen[i].ID] {
			out = append(out, TaskAdjustment{TaskID: frozen[i].ID, Changes: []string{"left"}, Frozen: &frozen[i]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].TaskID < out[j].TaskID })
	if len(out) == 0 {
		return []TaskAdjustment{}, nil
	}
	ids := make([]int64, len(out))
	for i := range out {
		ids[i] = out[i].TaskID
	}
	tasks, err := s.allTasks(ctx, tiendo.TaskFilter{IDs: ids, Sort: tiendo.SortID})
	if err != nil {
		return nil, err
	}
	titles := map[int64]string{}
	for _, k := range tasks {
		titles[k.ID] = k.Title
	}
	for i := range out {
		out[i].Title = titles[out[i].TaskID]
		if out[i].Audit, err = s.auditSince(ctx, out[i].TaskID, c.ClosedAt); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// auditSince returns a task's audit entries written after t, oldest first
// (at most maxAdjustmentAudit).
func (s *Service) auditSince(ctx context.Context, task int64, t time.Time) ([]*tiendo.AuditEntry, error) {
	out := []*tiendo.AuditEntry{}
	for page := 1; ; page++ {
		list, total, err := s.store.FindAudit(ctx, tiendo.AuditFilter{TaskID: &task, Page: tiendo.Page{Page: page, PerPage: tiendo.MaxPerPage}})
		if err != nil {
			return nil, err
		}
		for _, e := range list {
			if e.At.After(t) && len(out) < maxAdjustmentAudit {
				out = append(out, e)
			}
		}
		if page*tiendo.MaxPerPage >= total || len(list) == 0 {
			return out, nil
		}
	}
}

// gradeChanges lists the subjects whose score or grade differs between
// two sets of sheets (matched by rule set and kind).
func gradeChanges(frozen, live []*GradeSheet) []GradeChange {
	out := []GradeChange{}
	key := func(g *GradeSheet) string { return g.Rules.Code + "/" + string(g.Kind) }
	lv := map[string]*GradeSheet{}
	for _, g := range live {
		lv[key(g)] = g
	}
	for _, f := range frozen {
		l := lv[key(f)]
		if l == nil {
			continue
		}
		type line struct {
			score float64
			band  string
			name  string
			code  string
		}
		lines := func(g *GradeSheet) map[int64]line {
			m := map[int64]line{}
			for _, sub := range g.Subjects {
				m[sub.ID] = line{sub.Score, sub.Band.Name, sub.Name, sub.Code}
			}
			return m
		}
		a, b := lines(f), lines(l)
		ids := make([]int64, 0, len(a)+len(b))
		for id := range a {
			ids = append(ids, id)
		}
		for id := range b {
			if _, ok := a[id]; !ok {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			x, inA := a[id]
			y, inB := b[id]
			if inA && inB && x.score == y.score && x.band == y.band {
				continue
			}
			ch := GradeChange{Rules: f.Rules.Code, Kind: f.Kind, Code: x.code, Name: x.name, FrozenBand: x.band, LiveBand: y.band}
			if !inA {
				ch.Code, ch.Name = y.code, y.name
			} else {
				ch.FrozenScore = &x.score
			}
			if inB {
				ch.LiveScore = &y.score
			}
			out = append(out, ch)
		}
	}
	return out
}

// ClosingLabel is the closed badge: "Đã chốt ngày 15/04/2026 bởi vanphong".
func ClosingLabel(c *tiendo.PeriodClosing) string {
	by := c.ClosedByName
	if by == "" {
		by = "hệ thống"
	}
	return "Đã chốt ngày " + c.ClosedOn().Format() + " bởi " + by
}
