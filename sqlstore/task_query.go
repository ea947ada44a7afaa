package sqlstore

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// The query planner of task lists: a TaskFilter becomes row conditions and
// sets of ids (taskCondsIn), counted from indexes where it can (countTasks),
// ordered (taskOrder) and paged by the plan the count makes cheapest
// (planFor). The conditions that mirror domain rules are in rules.go.

// findTasks returns one page of the tasks matching f and their total
// (FindTasks, history.go, returns them as they stood at a past as-of date).
//
// A filter is split into conditions on the task row and sets of task ids
// answered from an index alone (organisation membership, full-text
// search). When there are only sets, the total is counted from the
// indexes without touching a row; the page query then picks its plan from
// the total (see planFor).
func (s *Store) findTasks(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, int, error) {
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
	if every, err := s.everyOrg(ctx, f); err != nil {
		return nil, 0, err
	} else if every {
		f.OrgIDs = nil // every task has a lead: the filter keeps them all
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
	if len(ws) > 0 {
		if tasks, total, ok, err := s.searchInRange(ctx, f, roots); ok || err != nil {
			return tasks, total, err
		}
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
	// A lone set of few tasks is read first and looked up, as counted;
	// beyond that (or in the count) the engine picks how to join it.
	tw.drive = pl == planLookup && total <= driveMax
	var q string
	if pl == planRange {
		q = "SELECT " + taskColumns + " FROM tasks t WHERE t.id IN (" + tw.rangePage(&a, order, f.Page) + ") ORDER BY " + order
	} else {
		q = "SELECT " + taskColumns + " FROM tasks t" + where(tw.conds(s.d, pl)) + " ORDER BY " + order + limit(&a, f.Page)
	}
	tasks, err := s.readTasks(ctx, q, a)
	return tasks, total, err
}

// taskWhere is a task filter as SQL: conditions on the row and sets of
// task ids read from an index alone (organisation membership, full-text
// search) that a task must be in.
type taskWhere struct {
	rows []rowCond
	sets []idSet
	// drive writes a lone first set with Dialect.Driving under planLookup.
	drive bool
}

// driveMax is the most tasks a page query reads through Dialect.Driving:
// each is a primary-key probe, cheaper than the engine's own join only
// while few.
const driveMax = 20000

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
		case tw.drive && len(tw.sets) == 1:
			conds = append(conds, d.Driving("t.id", tw.driving(set)))
		default:
			// In the count, for a big set, or beside another set (a scope
			// may be far bigger than its matches for a search), the engine
			// picks how to join it.
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
	listProbe := int64(costListProbe)
	if s.d.WalkProbes() {
		listProbe = probe
	}
	costs := map[plan]int64{
		planLookup: n * costRowRead,
		planWalk:   n*costListEntry*int64(len(tw.sets)) + walked*listProbe,
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
		c, err := timelinessCond(a, s.asOf(f), s.past(s.asOf(f)), f.Timeliness)
		if err != nil {
			return tw, err
		}
		add(true, c)
		if onlyOverdue(f) {
			// timelinessCond bound the as-of date last: the branches reuse it.
			tw.rows[len(tw.rows)-1].branches = overdueBranches(s.d, "$"+strconv.Itoa(len(*a)), s.past(s.asOf(f)))
		}
	}
	if !f.DueFrom.IsZero() {
		c := "%s.due >= " + a.add(f.DueFrom)
		add(true, s.dueAt(a, f, func(x string) string { return fmt.Sprintf(c, x) }))
	}
	if !f.DueTo.IsZero() {
		c := "%s.due <= " + a.add(f.DueTo)
		add(true, s.dueAt(a, f, func(x string) string { return fmt.Sprintf(c, x) }))
	}
	if f.DocumentID != nil {
		c := optionalID(a, "document_id", *f.DocumentID)
		add(false, func(x string) string { return x + "." + c })
	}
	if f.PlaceID != nil {
		c := optionalID(a, "place_id", *f.PlaceID)
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
		add(true, periodCond(a, f.Period, s.asOf(f), s.past(s.asOf(f))))
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
		T := a.add(s.asOf(f))
		p := stateAt(s.past(s.asOf(f)), T, func(x string) string { p, _ := timelinessPred(tiendo.Overdue, T, x); return p })("t")
		return "CASE WHEN " + p + " THEN 0 ELSE 1 END, t.due" + dir + " NULLS LAST, t.id" + dir, nil
	}
	return "", tiendo.FieldError("sort", "Cách sắp xếp không hợp lệ")
}

// branched returns the index of the row condition that has branches, or
// -1. Only one condition is split: two would multiply the queries.
func (tw taskWhere) branched() int {
	for i, c := range tw.rows {
		if len(c.branches) > 0 {
			return i
		}
	}
	return -1
}

// withBranch returns tw with row condition i replaced by its branch b.
func (tw taskWhere) withBranch(i int, b func(string) string) taskWhere {
	rows := append([]rowCond(nil), tw.rows...)
	rows[i] = rowCond{sql: b, covered: rows[i].covered}
	return taskWhere{rows: rows, sets: tw.sets, drive: tw.drive}
}

// countTasks counts the tasks of tw. A split condition is counted branch
// by branch (the branches are disjoint, so the counts add up); when only
// one branch has tasks, tw narrowed to it is returned so that the page is
// read from that branch's index too.
func (s *Store) countTasks(ctx context.Context, tw taskWhere, args []any) (taskWhere, int, error) {
	i := tw.branched()
	if i < 0 {
		n, err := s.count(ctx, tw.countSQL(s.d), args)
		return tw, n, err
	}
	total, nonEmpty, only := 0, 0, tw
	for _, b := range tw.rows[i].branches {
		part := tw.withBranch(i, b)
		n, err := s.count(ctx, part.countSQL(s.d), args)
		if err != nil {
			return tw, 0, err
		}
		if n > 0 {
			total, nonEmpty, only = total+n, nonEmpty+1, part
		}
	}
	if nonEmpty == 1 {
		return only, total, nil
	}
	return tw, total, nil
}
