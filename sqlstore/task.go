package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

const taskColumns = `t.id, t.document_id, t.source_clause, t.source_text, t.title, t.expected_output,
	t.lead_org_id, t.report_to_org_id, t.assigner_id, t.assigned_by_org_id, t.assignee_id, t.parent_id,
	t.series_id, t.category, t.priority, t.regular_duty, t.weight, t.place, t.deadline_kind,
	t.deadline_text, t.recurrence, t.original_due, t.due, t.assigned_on, t.status, t.status_reason,
	t.percent, t.reported_on, t.completed_on, t.extensions, t.created_by, t.created_at, t.updated_at,
	t.version`

func scanTask(sc interface{ Scan(...any) error }) (*tiendo.Task, error) {
	var t tiendo.Task
	err := sc.Scan(&t.ID, idScan{&t.DocumentID}, &t.SourceClause, &t.SourceText, &t.Title, &t.ExpectedOutput,
		&t.LeadOrgID, idScan{&t.ReportToOrgID}, idScan{&t.AssignerID}, idScan{&t.AssignedByOrg},
		idScan{&t.AssigneeID}, idScan{&t.ParentID}, idScan{&t.SeriesID}, &t.Category, &t.Priority,
		boolScan{&t.RegularDuty}, &t.Weight, &t.Place, &t.DeadlineKind, &t.DeadlineText, &t.Recurrence,
		&t.OriginalDue, &t.Due, &t.AssignedOn, &t.Status, &t.StatusReason, &t.Percent, &t.ReportedOn,
		&t.CompletedOn, &t.Extensions, zeroIDScan{&t.CreatedBy}, timeScan{&t.CreatedAt},
		timeScan{&t.UpdatedAt}, &t.Version)
	if err != nil {
		return nil, err
	}
	t.CoopOrgIDs = []int64{}
	return &t, nil
}

// FindTaskByID returns one task with its cooperating organisations.
func (s *Store) FindTaskByID(ctx context.Context, id int64) (*tiendo.Task, error) {
	t, err := scanTask(s.q().QueryRowContext(ctx, "SELECT "+taskColumns+" FROM tasks t WHERE t.id = $1", id))
	if err != nil {
		return nil, s.found(err, "nhiệm vụ", id)
	}
	if err := s.loadCoopOrgs(ctx, []*tiendo.Task{t}); err != nil {
		return nil, err
	}
	return t, nil
}

// FindTasks returns one page of the tasks matching f and their total.
//
// A filter is split into conditions on the task row and sets of task ids
// answered from an index alone (organisation membership, full-text
// search). When there are only sets, the total is counted from the
// indexes without touching a row; the page query then picks its plan from
// the total (see planFor).
func (s *Store) FindTasks(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, int, error) {
	var roots []int64
	if !f.Unscoped && f.ScopeOrgIDs != nil {
		r, all, ok, err := s.scopeRoots(ctx, f.ScopeOrgIDs)
		if err != nil {
			return nil, 0, err
		}
		f.Unscoped = all // a province-wide viewer sees every task
		if ok {
			roots = r
		}
	}
	ws := queryWords(f.Query)
	if len(ws) > 0 {
		tasks, total, ok, err := s.findByText(ctx, f, roots, ws)
		if ok || err != nil {
			return tasks, total, err
		}
	}
	if tasks, total, ok, err := s.indexedList(ctx, f, roots, ws); ok || err != nil {
		return tasks, total, err
	}
	var a sqlArgs
	tw, err := s.taskCondsIn(&a, f, roots)
	if err != nil {
		return nil, 0, err
	}
	// The count binds only the WHERE arguments: the order may add its own.
	countArgs := append([]any(nil), a...)
	order, err := s.taskOrder(&a, f)
	if err != nil {
		return nil, 0, err
	}
	tw, total, err := s.countTasks(ctx, tw, countArgs)
	if err != nil {
		return nil, 0, s.fail(err, "đếm nhiệm vụ", "")
	}
	if total == 0 {
		return []*tiendo.Task{}, 0, nil
	}
	pl, err := s.planFor(ctx, f, tw, total)
	if err != nil {
		return nil, 0, err
	}
	var q string
	if pl == planRange {
		q = "SELECT " + taskColumns + " FROM tasks t WHERE t.id IN (" + tw.rangePage(&a, order, f.Page) + ") ORDER BY " + order
	} else {
		q = "SELECT " + taskColumns + " FROM tasks t" + where(tw.conds(s.d, pl)) + " ORDER BY " + order + limit(&a, f.Page)
	}
	tasks, err := s.readTasks(ctx, q, a)
	return tasks, total, err
}

// readTasks runs a query of taskColumns and loads the tasks' cooperating
// organisations.
func (s *Store) readTasks(ctx context.Context, q string, args []any) ([]*tiendo.Task, error) {
	tasks, err := queryList(ctx, s, "đọc nhiệm vụ", q, args, scanTask)
	if err != nil {
		return nil, err
	}
	if err := s.loadCoopOrgs(ctx, tasks); err != nil {
		return nil, err
	}
	return tasks, nil
}

// taskWhere is a task filter as SQL: conditions on the row and sets of
// task ids read from an index alone (organisation membership, full-text
// search) that a task must be in.
type taskWhere struct {
	rows []rowCond
	sets []idSet
}

// rowCond is a condition on a task row, written for any alias. covered
// conditions use only the columns that task_orgs repeats (due, status,
// completed_on, assigned_on), so they can be tested there too.
type rowCond struct {
	sql     func(alias string) string
	covered bool
	// branches, when set, are disjoint conditions whose union is sql,
	// counted one by one so that each can use its own index (countTasks).
	branches []func(alias string) string
}

// idSet is a subquery selecting task ids as column id, and the same test
// written on one task row (alias t), cheap when few rows are tested. A
// membership set also has its condition on task_orgs for any alias, and
// says whether it names a single organisation (then no task repeats).
type idSet struct {
	sql    string
	row    string
	member func(alias string) string
	single bool
	table  string // of the membership rows: task_orgs unless set
}

// memberTable is the table whose rows member tests.
func (set idSet) memberTable() string {
	if set.table == "" {
		return "task_orgs"
	}
	return set.table
}

// driving returns the set's subquery for when it drives the plan: a
// membership set then also applies the covered row conditions inside the
// task_orgs index, so only matching tasks are looked up.
func (tw taskWhere) driving(set idSet) string {
	if set.member == nil {
		return set.sql
	}
	conds := []string{set.member("m")}
	for _, c := range tw.rows {
		if c.covered {
			conds = append(conds, c.sql("m"))
		}
	}
	return "SELECT m.task_id AS id FROM " + set.memberTable() + " m" + where(conds)
}

// conds returns every condition for a query over tasks t under plan pl.
// With planLookup the first set drives (its tasks are looked up by id) and
// the others are only tested against, so SQLite never fetches a big search
// result to intersect it with a small organisation. The walking plans let
// no set drive: the query follows the ORDER BY index and tests each row.
func (tw taskWhere) conds(d Dialect, pl plan) []string {
	var conds []string
	for _, c := range tw.rows {
		conds = append(conds, c.sql("t"))
	}
	for i, set := range tw.sets {
		switch {
		case pl == planProbe:
			conds = append(conds, set.row)
		case pl == planWalk || i > 0:
			conds = append(conds, d.Unindexed("t.id")+" IN ("+set.sql+")")
		default:
			conds = append(conds, "t.id IN ("+tw.driving(set)+")")
		}
	}
	return conds
}

// countSQL counts the matching tasks from indexes alone where it can:
// an organisation's tasks with conditions on due, status and dates from
// the task_orgs index; sets alone from their indexes; anything else from
// the tasks.
func (tw taskWhere) countSQL(d Dialect) string {
	if len(tw.sets) > 0 && tw.sets[0].member != nil && tw.covered() {
		conds := []string{tw.sets[0].member("m")}
		for _, c := range tw.rows {
			conds = append(conds, c.sql("m"))
		}
		for _, set := range tw.sets[1:] {
			conds = append(conds, d.Unindexed("m.task_id")+" IN ("+set.sql+")")
		}
		count := "COUNT(DISTINCT m.task_id)"
		if tw.sets[0].single {
			count = "COUNT(*)" // one row per task and organisation
		}
		return "SELECT " + count + " FROM " + tw.sets[0].memberTable() + " m" + where(conds)
	}
	if len(tw.rows) > 0 || len(tw.sets) == 0 {
		return "SELECT COUNT(*) FROM tasks t" + where(tw.conds(d, planLookup))
	}
	var conds []string
	for _, set := range tw.sets[1:] {
		conds = append(conds, d.Unindexed("x.id")+" IN ("+set.sql+")")
	}
	return "SELECT COUNT(*) FROM (" + tw.sets[0].sql + ") x" + where(conds)
}

// rangePage selects the ids of page p from the first set's membership
// rows (planRange), in the order of order (by due, then id) written for
// them. Only the page's ids reach the tasks table.
func (tw taskWhere) rangePage(a *sqlArgs, order string, p tiendo.Page) string {
	set := tw.sets[0]
	conds := []string{set.member("m")}
	for _, c := range tw.rows {
		conds = append(conds, c.sql("m"))
	}
	byMember := strings.NewReplacer("t.due", "m.due", "t.id", "m.task_id").Replace(order)
	return "SELECT m.task_id FROM " + set.memberTable() + " m" + where(conds) + " ORDER BY " + byMember + limit(a, p)
}

// covered tells whether every row condition can be tested on task_orgs.
func (tw taskWhere) covered() bool {
	for _, c := range tw.rows {
		if !c.covered {
			return false
		}
	}
	return true
}

// Plans for the page query, chosen by planFor.
type plan int

const (
	planLookup plan = iota // the first set drives: look its tasks up, sort
	planWalk               // walk the ORDER BY index, test ids against lists built once
	planProbe              // walk the ORDER BY index, test each row on its own
	planRange              // read the page from one organisation's membership range, in order
)

// Rough costs, in nanoseconds, measured at a million tasks on SQLite.
const (
	costRowRead     = 5000  // a task row read by id, scattered over the file
	costListEntry   = 600   // an id added to an in-memory list
	costListProbe   = 300   // an index entry walked and tested against a list
	costMemberProbe = 5000  // an index entry walked and task_orgs probed
	costSearchProbe = 55000 // an index entry walked and the FTS index probed
)

// planFor picks the page query's plan from the count. Walking the ORDER BY
// index finds a page after about (offset+page)·rows/total entries; looking
// up reads total rows. total is known, so the choice rests on real numbers,
// not planner guesses: a big organisation or a common word walks, a small
// one looks up.
func (s *Store) planFor(ctx context.Context, f tiendo.TaskFilter, tw taskWhere, total int) (plan, error) {
	sort := strings.TrimPrefix(string(f.Sort), "-")
	byIndex := sort == "" || sort == string(tiendo.SortDue) || sort == string(tiendo.SortID) ||
		(sort == string(tiendo.SortOverdue) && onlyOverdue(f))
	if len(tw.sets) == 0 || !byIndex {
		return planLookup, nil
	}
	if sort != string(tiendo.SortID) && len(tw.sets) == 1 && tw.sets[0].single && tw.sets[0].member != nil && tw.covered() {
		// The membership index is ordered by due within an organisation
		// and holds every condition: the page is a walk of the range the
		// count has just read, however big it is.
		return planRange, nil
	}
	var rows int64
	if err := s.q().QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM tasks").Scan(&rows); err != nil {
		return planLookup, s.fail(err, "đếm nhiệm vụ", "")
	}
	p := f.Page.Normalize()
	n := int64(total)
	walked := int64(p.Offset()+p.PerPage) * rows / n
	probe := int64(0)
	for _, set := range tw.sets {
		if set.member != nil {
			probe += costMemberProbe
		} else {
			probe += costSearchProbe
		}
	}
	costs := map[plan]int64{
		planLookup: n * costRowRead,
		planWalk:   n*costListEntry*int64(len(tw.sets)) + walked*costListProbe,
		planProbe:  walked * probe,
	}
	best := planLookup
	for _, pl := range []plan{planWalk, planProbe} {
		if costs[pl] < costs[best] {
			best = pl
		}
	}
	return best, nil
}

// asOf is the filter's as-of date, today by the store's clock when unset.
func (s *Store) asOf(f tiendo.TaskFilter) vn.Date {
	if f.AsOf.IsZero() {
		return tiendo.Today(s.clock)
	}
	return f.AsOf
}

// taskCondsIn builds the conditions of a task filter whose scope, when
// roots is not nil, is the subtrees of roots (see scopeRoots).
func (s *Store) taskCondsIn(a *sqlArgs, f tiendo.TaskFilter, roots []int64) (taskWhere, error) {
	var tw taskWhere
	add := func(covered bool, sql func(string) string) {
		tw.rows = append(tw.rows, rowCond{sql: sql, covered: covered})
	}
	// col binds nothing more: it writes a fixed condition for any alias.
	col := func(covered bool, format string) {
		add(covered, func(x string) string { return fmt.Sprintf(format, x) })
	}
	if f.Role != "" && f.Role != tiendo.AsLead && f.Role != tiendo.AsCooperating {
		return tw, tiendo.FieldError("role", "Vai trò đơn vị không hợp lệ")
	}
	if !f.Unscoped && roots != nil {
		s.subtreeMembership(a, &tw, roots)
	} else if !f.Unscoped && f.ScopeOrgIDs != nil {
		s.scopeMembership(a, &tw, f.ScopeOrgIDs)
	}
	if f.OrgIDs != nil {
		s.orgMembership(a, &tw, f.Role, f.OrgIDs)
	}
	if ws := queryWords(f.Query); len(ws) > 0 {
		param := a.add(s.d.SearchQuery(ws))
		tw.sets = append(tw.sets, idSet{sql: s.d.SearchSet("tasks", param), row: s.d.SearchRow("tasks", "t", param)})
	}
	if f.IDs != nil {
		in := s.inIDs(a, "id", f.IDs)
		add(false, func(x string) string { return onAlias(x, in) })
	}
	if f.Statuses != nil {
		in := statusIn(a, f.Statuses)
		add(true, func(x string) string { return onAlias(x, in) })
	}
	if f.Timeliness != nil {
		c, err := timelinessCond(a, s.asOf(f), f.Timeliness)
		if err != nil {
			return tw, err
		}
		add(true, c)
		if onlyOverdue(f) {
			// timelinessCond bound the as-of date last: the branches reuse it.
			tw.rows[len(tw.rows)-1].branches = overdueBranches(s.d, "$"+strconv.Itoa(len(*a)))
		}
	}
	if !f.DueFrom.IsZero() {
		col(true, "%s.due >= "+a.add(f.DueFrom))
	}
	if !f.DueTo.IsZero() {
		col(true, "%s.due <= "+a.add(f.DueTo))
	}
	if f.DocumentID != nil {
		c := optionalID(a, "document_id", *f.DocumentID)
		add(false, func(x string) string { return x + "." + c })
	}
	if f.ParentID != nil {
		col(false, "%s.parent_id = "+a.add(*f.ParentID))
	}
	if f.SeriesID != nil {
		col(false, "%s.series_id = "+a.add(*f.SeriesID))
	}
	if f.Recurring {
		col(false, "%s.deadline_kind = 'recurring'")
	}
	if f.AssignedBy != nil {
		in := s.inIDs(a, "assigned_by_org_id", f.AssignedBy)
		add(false, func(x string) string { return onAlias(x, in) })
	}
	if f.Category != "" {
		col(false, "%s.category = "+a.add(string(f.Category)))
	}
	if !f.Period.IsZero() {
		add(true, periodCond(a, f.Period, s.asOf(f)))
	}
	if !f.CreatedAfter.IsZero() {
		col(false, "%s.created_at > "+a.add(ts(f.CreatedAfter)))
	}
	for _, p := range []struct {
		column string
		id     *int64
	}{{"assigner_id", f.AssignerID}, {"assignee_id", f.AssigneeID}} {
		if p.id != nil {
			c := optionalID(a, p.column, *p.id)
			add(false, func(x string) string { return x + "." + c })
		}
	}
	return tw, nil
}

// onlyOverdue tells whether f keeps the overdue tasks alone.
func onlyOverdue(f tiendo.TaskFilter) bool {
	return len(f.Timeliness) == 1 && f.Timeliness[0] == tiendo.Overdue
}

// statusIn is "status IN (…)" for statuses. Known statuses are written as
// literals, so that an engine can use an index on one status (migration
// 00060: the results waiting for confirmation); anything else is bound
// (and matches nothing).
func statusIn(a *sqlArgs, statuses []tiendo.Status) string {
	lits := make([]string, len(statuses))
	for i, st := range statuses {
		if !st.Valid() {
			return inStrings(a, "status", statuses)
		}
		lits[i] = "'" + string(st) + "'" // a known status: [a-z_]+
	}
	switch len(lits) {
	case 0:
		return "1 = 0"
	case 1:
		return "status = " + lits[0] // SQLite matches a partial index's "=" only
	}
	return "status IN (" + strings.Join(lits, ", ") + ")"
}

// onAlias qualifies a condition that starts with a column name, such as
// inIDs and inStrings produce; the constant "1 = 0" of an empty set stays.
func onAlias(x, cond string) string {
	if cond == "1 = 0" {
		return cond
	}
	return x + "." + cond
}

// orgMembership restricts tw to tasks an organisation in ids takes part
// in: as lead (a condition on the tasks_lead_due index), as cooperating
// organisation, or either (a set read from the task_orgs index).
func (s *Store) orgMembership(a *sqlArgs, tw *taskWhere, role tiendo.TaskRole, ids []int64) {
	if len(ids) == 0 {
		tw.rows = append(tw.rows, rowCond{sql: func(string) string { return "1 = 0" }, covered: true})
		return
	}
	// Bind only what the branch uses: PostgreSQL refuses unused parameters.
	if role == tiendo.AsLead {
		lead := s.inIDs(a, "lead_org_id", ids)
		tw.rows = append(tw.rows, rowCond{sql: func(x string) string { return onAlias(x, lead) }})
		return
	}
	in := s.inIDs(a, "org_id", ids)
	if role == tiendo.AsCooperating {
		in += " AND role = 'cooperating'"
	}
	member := func(x string) string {
		return x + "." + strings.ReplaceAll(in, " AND role", " AND "+x+".role")
	}
	tw.sets = append(tw.sets, idSet{
		sql: "SELECT task_id AS id FROM task_orgs WHERE " + in,
		// One primary-key probe per row tested.
		row:    "EXISTS (SELECT 1 FROM task_orgs p WHERE p.task_id = t.id AND " + member("p") + ")",
		member: member,
		single: len(ids) == 1,
	})
}

// scopeMembership limits the tasks to those the organisations ids lead,
// cooperate on or assigned: the service's canSeeTask rule, so what a list
// shows and what can be opened by id agree. A steering committee's tasks
// go to member organisations outside its subtree; its office still follows
// them.
func (s *Store) scopeMembership(a *sqlArgs, tw *taskWhere, ids []int64) {
	if len(ids) == 0 {
		tw.rows = append(tw.rows, rowCond{sql: func(string) string { return "1 = 0" }, covered: true})
		return
	}
	in := s.inIDs(a, "org_id", ids)
	by := s.inIDs(a, "assigned_by_org_id", ids)
	assigned := "SELECT id FROM tasks WHERE " + by
	tw.sets = append(tw.sets, idSet{
		sql: "SELECT task_id AS id FROM task_orgs WHERE " + in + " UNION " + assigned,
		row: "(EXISTS (SELECT 1 FROM task_orgs p WHERE p.task_id = t.id AND p." + in + ") OR t." + by + ")",
		member: func(x string) string {
			return "(" + x + "." + in + " OR " + x + ".task_id IN (" + assigned + "))"
		},
	})
}

// The timeliness predicates below mirror (*tiendo.Task).TimelinessAt at
// the as-of date bound as T; the conformance suite checks that they agree
// on a grid of tasks and dates. Dates compare as ISO text on SQLite and as
// date on PostgreSQL, which orders them the same way.
func timelinessPred(k tiendo.Timeliness, T, x string) (string, bool) {
	status, assigned, completed, due := x+".status", x+".assigned_on", x+".completed_on", x+".due"
	counted := status + " <> 'withdrawn' AND (" + assigned + " IS NULL OR " + assigned + " <= " + T + ")"
	done := completed + " IS NOT NULL AND " + completed + " <= " + T
	open := "(" + completed + " IS NULL OR " + completed + " > " + T + ")"
	switch k {
	case tiendo.Excluded:
		return "(" + status + " = 'withdrawn' OR " + assigned + " > " + T + ")", true
	case tiendo.DoneOnTime:
		return "(" + counted + " AND " + done + " AND (" + due + " IS NULL OR " + completed + " <= " + due + "))", true
	case tiendo.DoneLate:
		return "(" + counted + " AND " + done + " AND " + completed + " > " + due + ")", true
	case tiendo.Continuous:
		return "(" + counted + " AND " + open + " AND " + due + " IS NULL)", true
	case tiendo.InProgress:
		return "(" + counted + " AND " + open + " AND " + due + " IS NOT NULL AND (" + status + " = 'postponed' OR " + T + " <= " + due + "))", true
	case tiendo.Overdue:
		return "(" + counted + " AND " + open + " AND " + status + " <> 'postponed' AND " + T + " > " + due + ")", true
	}
	return "", false
}

// timelinessCond is true for tasks in any of the categories ks at asOf,
// for any alias. It binds asOf only when used: PostgreSQL refuses unused
// parameters.
func timelinessCond(a *sqlArgs, asOf vn.Date, ks []tiendo.Timeliness) (func(string) string, error) {
	if len(ks) == 0 {
		return func(string) string { return "1 = 0" }, nil
	}
	for _, k := range ks {
		if _, ok := timelinessPred(k, "", ""); !ok {
			return nil, tiendo.FieldError("timeliness", "Tình trạng thời hạn không hợp lệ")
		}
	}
	T := a.add(asOf)
	return func(x string) string {
		parts := make([]string, len(ks))
		for i, k := range ks {
			parts[i], _ = timelinessPred(k, T, x)
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	}, nil
}

// taskOrder is the ORDER BY of a task list, always ending in the id so
// that pages never overlap. Tasks without a date sort last either way.
func (s *Store) taskOrder(a *sqlArgs, f tiendo.TaskFilter) (string, error) {
	sort, desc := f.Sort, f.Desc
	if strings.HasPrefix(string(sort), "-") {
		sort, desc = sort[1:], !desc
	}
	dir := " ASC"
	if desc {
		dir = " DESC"
	}
	switch sort {
	case "", tiendo.SortDue:
		return "t.due" + dir + " NULLS LAST, t.id" + dir, nil
	case tiendo.SortCreated:
		return "t.created_at" + dir + ", t.id" + dir, nil
	case tiendo.SortID:
		return "t.id" + dir, nil
	case tiendo.SortAssigned:
		return "t.assigned_on" + dir + " NULLS LAST, t.id" + dir, nil
	case tiendo.SortReported:
		return "t.reported_on" + dir + " NULLS LAST, t.id" + dir, nil
	case tiendo.SortOverdue:
		if onlyOverdue(f) {
			// Every row is overdue: the same order as by due, which an index gives.
			return "t.due" + dir + " NULLS LAST, t.id" + dir, nil
		}
		// Overdue tasks first, the longest overdue (earliest due) first.
		p, _ := timelinessPred(tiendo.Overdue, a.add(s.asOf(f)), "t")
		return "CASE WHEN " + p + " THEN 0 ELSE 1 END, t.due" + dir + " NULLS LAST, t.id" + dir, nil
	}
	return "", tiendo.FieldError("sort", "Cách sắp xếp không hợp lệ")
}

// loadCoopOrgs fills CoopOrgIDs of the given tasks.
func (s *Store) loadCoopOrgs(ctx context.Context, tasks []*tiendo.Task) error {
	if len(tasks) == 0 {
		return nil
	}
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.ID
	}
	var a sqlArgs
	m, err := s.loadPairs(ctx, "SELECT task_id, org_id FROM task_orgs WHERE "+s.inIDs(&a, "task_id", ids)+
		" AND role = 'cooperating' ORDER BY task_id, org_id", a)
	if err != nil {
		return s.fail(err, "đọc đơn vị phối hợp", "")
	}
	for _, t := range tasks {
		t.CoopOrgIDs = append([]int64{}, m[t.ID]...)
	}
	return nil
}

func normTask(t *tiendo.Task) {
	t.SourceClause, t.SourceText, t.Title = text(t.SourceClause), text(t.SourceText), text(t.Title)
	t.ExpectedOutput, t.Place, t.DeadlineText = text(t.ExpectedOutput), text(t.Place), text(t.DeadlineText)
	t.Recurrence, t.StatusReason = text(t.Recurrence), text(t.StatusReason)
}

// taskFolded computes a task's search text: title, source sentence, place,
// the source document's number and the lead organisation's name.
func (s *Store) taskFolded(ctx context.Context, t *tiendo.Task) (string, error) {
	var number, org sql.NullString
	err := s.hot().QueryRowContext(ctx, sqlTaskFolded, nullID(t.DocumentID), t.LeadOrgID).Scan(&number, &org)
	if err != nil {
		return "", s.fail(err, "đọc nhiệm vụ", "")
	}
	return folded(t.Title, t.SourceText, t.Place, number.String, org.String), nil
}

// Statements of task creation, prepared once (see hotStatements).
const (
	sqlTaskFolded = `SELECT (SELECT number FROM documents WHERE id = $1), (SELECT name FROM orgs WHERE id = $2)`
	sqlInsertTask = `INSERT INTO tasks (document_id, source_clause, source_text, title,
		expected_output, lead_org_id, report_to_org_id, assigner_id, assigned_by_org_id, assignee_id, parent_id,
		series_id, category, priority, regular_duty, weight, place, deadline_kind, deadline_text, recurrence,
		original_due, due, assigned_on, status, status_reason, percent, reported_on, completed_on, extensions,
		created_by, search_folded, version, created_at, updated_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
		$21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $31, 1, $32, $32) RETURNING id`
	sqlInsertTaskOrg = `INSERT INTO task_orgs (task_id, org_id, role, due, status, completed_on, assigned_on)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`
)

// CreateTask stores t with its cooperating organisations and sets ID,
// Version, CreatedAt and UpdatedAt.
func (s *Store) CreateTask(ctx context.Context, t *tiendo.Task) error {
	normTask(t)
	return s.writeTx(ctx, func(s *Store) error {
		search, err := s.taskFolded(ctx, t)
		if err != nil {
			return err
		}
		now := s.now()
		err = s.hot().QueryRowContext(ctx, sqlInsertTask,
			nullID(t.DocumentID), t.SourceClause, t.SourceText, t.Title, t.ExpectedOutput, t.LeadOrgID,
			nullID(t.ReportToOrgID), nullID(t.AssignerID), nullID(t.AssignedByOrg), nullID(t.AssigneeID),
			nullID(t.ParentID), nullID(t.SeriesID), string(t.Category), string(t.Priority), t.RegularDuty,
			t.Weight, t.Place, string(t.DeadlineKind), t.DeadlineText, t.Recurrence, t.OriginalDue, t.Due,
			t.AssignedOn, string(t.Status), t.StatusReason, t.Percent, t.ReportedOn, t.CompletedOn,
			t.Extensions, zeroNull(t.CreatedBy), search, ts(now)).Scan(&t.ID)
		if err != nil {
			return s.fail(err, "tạo nhiệm vụ", "")
		}
		t.Version, t.CreatedAt, t.UpdatedAt = 1, now, now
		return s.writeTaskOrgs(ctx, t)
	})
}

// UpdateTask writes t and replaces its cooperating organisations when
// t.Version is current; ECONFLICT when another write came first.
func (s *Store) UpdateTask(ctx context.Context, t *tiendo.Task) error {
	normTask(t)
	return s.writeTx(ctx, func(s *Store) error {
		search, err := s.taskFolded(ctx, t)
		if err != nil {
			return err
		}
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE tasks SET document_id = $1, source_clause = $2, source_text = $3,
			title = $4, expected_output = $5, lead_org_id = $6, report_to_org_id = $7, assigner_id = $8,
			assigned_by_org_id = $9, assignee_id = $10, parent_id = $11, series_id = $12, category = $13,
			priority = $14, regular_duty = $15, weight = $16, place = $17, deadline_kind = $18,
			deadline_text = $19, recurrence = $20, original_due = $21, due = $22, assigned_on = $23,
			status = $24, status_reason = $25, percent = $26, reported_on = $27, completed_on = $28,
			extensions = $29, search_folded = $30, updated_at = $31, version = version + 1
			WHERE id = $32 AND version = $33`,
			nullID(t.DocumentID), t.SourceClause, t.SourceText, t.Title, t.ExpectedOutput, t.LeadOrgID,
			nullID(t.ReportToOrgID), nullID(t.AssignerID), nullID(t.AssignedByOrg), nullID(t.AssigneeID),
			nullID(t.ParentID), nullID(t.SeriesID), string(t.Category), string(t.Priority), t.RegularDuty,
			t.Weight, t.Place, string(t.DeadlineKind), t.DeadlineText, t.Recurrence, t.OriginalDue, t.Due,
			t.AssignedOn, string(t.Status), t.StatusReason, t.Percent, t.ReportedOn, t.CompletedOn,
			t.Extensions, search, ts(now), t.ID, t.Version)
		if err != nil {
			return s.fail(err, "cập nhật nhiệm vụ", "")
		}
		if err := s.checkUpdated(ctx, res, "tasks", "nhiệm vụ", t.ID); err != nil {
			return err
		}
		if _, err := s.w().ExecContext(ctx, "DELETE FROM task_orgs WHERE task_id = $1", t.ID); err != nil {
			return s.fail(err, "cập nhật đơn vị tham gia", "")
		}
		if err := s.writeTaskOrgs(ctx, t); err != nil {
			return err
		}
		t.Version++
		t.UpdatedAt = now
		return nil
	})
}

// writeTaskOrgs inserts the organisations taking part in t: the lead and
// each cooperating one once, with the task's due, status and dates
// repeated so that an organisation's lists are counted from the task_orgs
// index alone. Every write of a task rewrites them, so they never drift.
func (s *Store) writeTaskOrgs(ctx context.Context, t *tiendo.Task) error {
	insert := func(org int64, role tiendo.TaskRole) error {
		_, err := s.hot().ExecContext(ctx, sqlInsertTaskOrg, t.ID, org, string(role), t.Due, string(t.Status), t.CompletedOn, t.AssignedOn)
		return s.fail(err, "ghi đơn vị tham gia", "")
	}
	if err := insert(t.LeadOrgID, tiendo.AsLead); err != nil {
		return err
	}
	seen := map[int64]bool{t.LeadOrgID: true}
	for _, id := range t.CoopOrgIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		if err := insert(id, tiendo.AsCooperating); err != nil {
			return err
		}
	}
	if t.CoopOrgIDs == nil {
		t.CoopOrgIDs = []int64{}
	}
	return s.writeTaskScopes(ctx, t)
}

// OpenTaskIDsLedBy lists the tasks an organisation leads that are neither
// completed nor withdrawn, by id.
func (s *Store) OpenTaskIDsLedBy(ctx context.Context, orgID int64) ([]int64, error) {
	rows, err := s.q().QueryContext(ctx, `SELECT id FROM tasks WHERE lead_org_id = $1
		AND status NOT IN ('completed', 'withdrawn') ORDER BY id`, orgID)
	if err != nil {
		return nil, s.fail(err, "đọc nhiệm vụ", "")
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, s.fail(err, "đọc nhiệm vụ", "")
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err, "đọc nhiệm vụ", "")
	}
	return ids, nil
}

// refreshTaskSearch recomputes search_folded for the tasks matching cond
// (one $1 argument) after a document number or organisation name changed.
// It leaves version and updated_at alone: the search text is derived.
func (s *Store) refreshTaskSearch(ctx context.Context, cond string, arg any) error {
	type row struct {
		id     int64
		search string
	}
	// A task that cannot be read keeps its old search text (reported)
	// rather than blocking the rename that asked for the refresh. We are
	// inside writeTx, so eachRow reads through the transaction.
	var todo []row
	err := eachRow(ctx, s, "đọc nhiệm vụ", `SELECT t.id, t.title, t.source_text, t.place,
		COALESCE(d.number, ''), COALESCE(o.name, '')
		FROM tasks t LEFT JOIN documents d ON d.id = t.document_id LEFT JOIN orgs o ON o.id = t.lead_org_id
		WHERE `+cond, []any{arg}, func(r interface{ Scan(...any) error }) error {
		var id int64
		var title, source, place, number, org string
		if err := r.Scan(&id, &title, &source, &place, &number, &org); err != nil {
			return err
		}
		todo = append(todo, row{id, folded(title, source, place, number, org)})
		return nil
	})
	if err != nil {
		return err
	}
	for _, r := range todo {
		if _, err := s.w().ExecContext(ctx, "UPDATE tasks SET search_folded = $1 WHERE id = $2", r.search, r.id); err != nil {
			return s.fail(err, "cập nhật tìm kiếm nhiệm vụ", "")
		}
	}
	return nil
}
