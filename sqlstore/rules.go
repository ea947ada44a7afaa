package sqlstore

import (
	"strings"

	"tiendo"
	"tiendo/vn"
)

// The SQL twins of the domain's rules, side by side. Each mirrors one Go
// definition, named in its comment, and is checked against it by the
// conformance suite on both engines (storetest): change the two together.
//
//	rule                       Go definition                     SQL twin               storetest check
//	state in force at T        (*tiendo.Task).At                 stateAt, inForce,      Task/History (storetest)
//	                                                             unchangedAfter
//	timeliness at an as-of T   (*tiendo.Task).TimelinessAt       timelinessPred/Cond    testFindTimeliness
//	overdue (split for index)  TimelinessAt(T) == Overdue        overdueBranches        testFindOverdueLists
//	period membership          (*tiendo.Task).InPeriod           periodCond, …          testStatsCellsMatchFind
//	statistics per row         (*tiendo.Counts).Count            statsColumns, …        testStatsCellsMatchFind, testStatsWeighted
//	organisation's role        TaskFilter.OrgIDs and Role        orgMembership          testFindOrgRoles
//	scope                      (*service.scope).canSeeTask       scopeMembership,       testFindScope, SubtreesAgreeWithTheRule
//	                                                             subtreeMembership
//
// Dates compare as ISO text on SQLite and as date on PostgreSQL, which
// orders them the same way.

// stateAt is (*tiendo.Task).At as SQL. cond is a condition on the state
// columns (due, status, completed_on, assigned_on) of any alias; stateAt
// returns the same condition on the state in force at the as-of date bound
// as T, for rows aliased x over tasks (t) or over task_orgs and
// task_scopes (any other alias, by task_id): the row's own columns for a
// task with no history row ending after T (its state has not changed
// since), else its history row in force at T. When T is not in the past
// (past false) no row can end after it and cond is returned untouched, so
// today's lists keep their plans.
//
// mirrors (*tiendo.Task).At — checked by storetest Task/History (testHistoryTimeliness, testHistoryGrid).
func stateAt(past bool, T string, cond func(x string) string) func(x string) string {
	if !past {
		return cond
	}
	return func(x string) string {
		id := taskIDOf(x)
		return "((" + cond(x) + " AND " + unchangedAfter(x, T) + ") OR " +
			id + " IN (SELECT h.task_id FROM task_history h WHERE " + inForce("h", T) + " AND " + cond("h") + "))"
	}
}

// taskIDOf is the task id of a row aliased x: tasks t, or a membership row.
func taskIDOf(x string) string {
	if x == "t" {
		return "t.id"
	}
	return x + ".task_id"
}

// unchangedAfter is true for a row aliased x (see taskIDOf) whose task's
// state has not changed after T: no history row ends after T. An anti-join
// probing task_history's primary key (task_id, until_on) per row, which
// both engines plan well however many tasks changed.
func unchangedAfter(x, T string) string {
	return "NOT EXISTS (SELECT 1 FROM task_history c WHERE c.task_id = " + taskIDOf(x) + " AND c.until_on > " + T + ")"
}

// inForce is (tiendo.TaskState).InForceAt(T) for history rows aliased h.
//
// mirrors (tiendo.TaskState).InForceAt — checked by storetest Task/History (testHistoryTimeliness, testHistoryGrid).
func inForce(h, T string) string {
	return h + ".until_on > " + T + " AND (" + h + ".from_on IS NULL OR " + h + ".from_on <= " + T + ")"
}

// timelinessPred is category k of (*tiendo.Task).TimelinessAt at the
// as-of date bound as T, for rows aliased x (tasks, task_orgs or
// task_scopes); false for an unknown category.
//
// mirrors (*tiendo.Task).TimelinessAt — checked by storetest testFindTimeliness.
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
// for any alias (TaskFilter.Timeliness). It binds asOf only when used: PostgreSQL refuses unused
// parameters.
func timelinessCond(a *sqlArgs, asOf vn.Date, past bool, ks []tiendo.Timeliness) (func(string) string, error) {
	if len(ks) == 0 {
		return func(string) string { return "1 = 0" }, nil
	}
	for _, k := range ks {
		if _, ok := timelinessPred(k, "", ""); !ok {
			return nil, tiendo.FieldError("timeliness", "Tình trạng thời hạn không hợp lệ")
		}
	}
	T := a.add(asOf)
	return stateAt(past, T, func(x string) string {
		parts := make([]string, len(ks))
		for i, k := range ks {
			parts[i], _ = timelinessPred(k, T, x)
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	}), nil
}

// Overdue lists count and page from the partial indexes of migration
// 00013 (tasks_open_due, task_scopes_open_due): the tasks still open and
// neither withdrawn nor postponed, by due date. Overdue at T is then one
// range (due < T) of that index instead of a walk over every task due
// before T, most of them long completed. A task completed after T was
// still open at T; those few are counted through the completion-date
// index, as a second branch.

// notOverdueStatuses is the status test of the partial indexes, written
// exactly as there: an engine uses a partial index only for a query that
// repeats its condition.
const notOverdueStatuses = "status NOT IN ('withdrawn', 'postponed')"

// overdueBranches are two disjoint conditions whose union is
// timelinessPred(Overdue, T, x): open tasks (completed_on IS NULL), read
// from the partial index, and tasks completed after T. Unindexed keeps an
// engine without statistics (SQLite) from walking the due index for the
// second: the completion-date index finds those rows, none when T is today.
//
// mirrors (*tiendo.Task).TimelinessAt(T) == Overdue — checked by storetest
// testFindOverdueLists.
//
// Before today (past), each branch keeps only the tasks whose state has
// not changed after T and a third branch reads the others' states in force
// at T from task_history (stateAt).
func overdueBranches(d Dialect, T string, past bool) []func(x string) string {
	rest := func(x, due string) string {
		return " AND " + due + " < " + T + " AND (" + x + ".assigned_on IS NULL OR " + x + ".assigned_on <= " + T + ")"
	}
	open := func(x string) string {
		// Unindexed as in the indexes' WHERE (SQLite), so that the
		// completion-date index is not used for the quarter of the table
		// still open.
		return "(" + d.Unindexed(x+".completed_on") + " IS NULL AND " + x + "." + notOverdueStatuses + rest(x, x+".due") + ")"
	}
	late := func(x string) string {
		cond := x + ".completed_on > " + T + " AND " + d.Unindexed(x+".status") + " NOT IN ('withdrawn', 'postponed')" +
			rest(x, d.Unindexed(x+".due"))
		if x != "t" {
			// Membership rows: find the tasks by their completion date,
			// then their row of the organisation by primary key.
			cond += " AND " + x + ".task_id IN (SELECT id FROM tasks WHERE completed_on > " + T + ")"
		}
		return "(" + cond + ")"
	}
	if !past {
		return []func(string) string{open, late}
	}
	unchanged := func(b func(string) string) func(string) string {
		return func(x string) string {
			return "(" + b(x) + " AND " + unchangedAfter(x, T) + ")"
		}
	}
	changed := func(x string) string {
		p, _ := timelinessPred(tiendo.Overdue, T, "h")
		return taskIDOf(x) + " IN (SELECT h.task_id FROM task_history h WHERE " + inForce("h", T) + " AND " + p + ")"
	}
	return []func(string) string{unchanged(open), unchanged(late), changed}
}

// periodCond is (*tiendo.Task).InPeriod as SQL for any alias over tasks or
// task_orgs: counted at asOf, assigned by the earlier of the period's end
// and asOf, not completed before the period starts. It uses only columns
// that task_orgs repeats, so it can be tested inside that index.
//
// mirrors (*tiendo.Task).InPeriod — checked by storetest
// testStatsCellsMatchFind (TaskStats and FindTasks with TaskFilter.Period
// against InPeriod).
//
// Before today (past) it reads the state in force at asOf (stateAt).
func periodCond(a *sqlArgs, p tiendo.DateRange, asOf vn.Date, past bool) func(string) string {
	end, start := a.add(periodEnd(p, asOf)), a.add(p.From)
	cond := func(x string) string {
		return "(" + periodCounted(x, end) + " AND (" + x + ".completed_on IS NULL OR " + x + ".completed_on >= " + start + "))"
	}
	if !past {
		return cond
	}
	return stateAt(true, a.add(asOf), cond)
}

// periodEnd is the last assignment day of a task of p at asOf: the earlier
// of the period's end and asOf.
func periodEnd(p tiendo.DateRange, asOf vn.Date) vn.Date {
	if asOf.Before(p.To) {
		return asOf
	}
	return p.To
}

// periodCounted is the half of periodCond that does not read the
// completion: counted, and assigned by end (bound periodEnd). orgStats
// adds the other half as two disjoint parts, each read from its own index.
func periodCounted(x, end string) string {
	return x + ".status <> 'withdrawn' AND (" + x + ".assigned_on IS NULL OR " + x + ".assigned_on <= " + end + ")"
}

// statsColumns are the aggregates of tiendo.Counts over rows aliased x
// that already belong to the period, at the as-of date bound as T. They
// mirror TimelinessAt for counted tasks; the conformance suite checks them
// against FindTasks cell by cell. ages holds the due-date bounds of the
// overdue-age buckets, newest first (as-of minus 30, 90, 120 days).
//
// mirrors (*tiendo.Counts).Count — checked by storetest testStatsCellsMatchFind.
func statsColumns(x, T string, ages [3]string) []string {
	due, done, comp, status := x+".due", x+".completed_on <= "+T, x+".completed_on", x+".status"
	open := "(" + comp + " IS NULL OR " + comp + " > " + T + ")"
	overdue := open + " AND " + status + " <> 'postponed' AND " + due + " < " + T
	sum := func(cond string) string { return "SUM(CASE WHEN " + cond + " THEN 1 ELSE 0 END)" }
	return []string{
		"COUNT(*)",
		sum(due + " <= " + T),
		sum(done + " AND " + due + " <= " + T),
		sum(done + " AND (" + due + " IS NULL OR " + comp + " <= " + due + ")"),
		sum(done + " AND " + comp + " > " + due),
		sum(open + " AND " + due + " IS NOT NULL AND (" + status + " = 'postponed' OR " + due + " >= " + T + ")"),
		sum(overdue),
		sum(open + " AND " + due + " IS NULL"),
		sum(overdue + " AND " + due + " >= " + ages[0]),
		sum(overdue + " AND " + due + " < " + ages[0] + " AND " + due + " >= " + ages[1]),
		sum(overdue + " AND " + due + " < " + ages[1] + " AND " + due + " >= " + ages[2]),
		sum(overdue + " AND " + due + " < " + ages[2]),
	}
}

// weightColumns sum the workload weights of tasks t (grading).
//
// mirrors the weights of (*tiendo.Counts).Count — checked by storetest
// testStatsWeighted.
// The state (due, completed_on) is read from rows aliased x: the tasks
// themselves, or their history rows in force at T.
func weightColumns(x, T string) []string {
	due, comp := x+".due", x+".completed_on"
	done := comp + " <= " + T
	return []string{
		"CAST(COALESCE(SUM(t.weight), 0) AS DOUBLE PRECISION)",
		"CAST(COALESCE(SUM(CASE WHEN " + done + " AND (" + due + " IS NULL OR " + comp + " <= " + due + ") THEN t.weight ELSE 0 END), 0) AS DOUBLE PRECISION)",
		"CAST(COALESCE(SUM(CASE WHEN " + done + " AND " + comp + " > " + due + " THEN t.weight ELSE 0 END), 0) AS DOUBLE PRECISION)",
	}
}

// openColumns count open tasks (completed_on IS NULL) cheaply, in the
// scan order of statsColumns but with cumulative values that openCounts
// turns into the categories: assigned, with a deadline, due by T, unused,
// unused, unused, overdue, unused, overdue since T−30, T−90, T−120, unused.
// Every expression skipped here is one less per open task.
//
// mirrors (*tiendo.Counts).Count for open tasks, with openCounts —
// checked by storetest testStatsCellsMatchFind.
func openColumns(T string, ages [3]string) []string {
	overdue := "m.status <> 'postponed' AND m.due < " + T
	sum := func(cond string) string { return "SUM(CASE WHEN " + cond + " THEN 1 ELSE 0 END)" }
	return []string{"COUNT(*)", "COUNT(m.due)", sum("m.due <= " + T), "0", "0", "0", sum(overdue), "0",
		sum(overdue + " AND m.due >= " + ages[0]), sum(overdue + " AND m.due >= " + ages[1]),
		sum(overdue + " AND m.due >= " + ages[2]), "0"}
}

// orgMembership restricts tw to tasks an organisation in ids takes part
// in: as lead (a condition on the tasks_lead_due index), as cooperating
// organisation, or either (a set read from the task_orgs index).
//
// mirrors TaskFilter.OrgIDs and Role (Task.LeadOrgID, CoopOrgIDs) — checked
// by storetest testFindOrgRoles.
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
//
// mirrors (*service.scope).canSeeTask — checked by storetest testFindScope.
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

// subtreeMembership limits tw to the tasks in the subtrees of roots: the
// scope rule read from task_scopes, which holds each task under its lead,
// cooperating and assigning organisations and all their ancestors.
//
// mirrors (*service.scope).canSeeTask over whole subtrees — checked by
// storetest SubtreesAgreeWithTheRule.
func (s *Store) subtreeMembership(a *sqlArgs, tw *taskWhere, roots []int64) {
	in := s.inIDs(a, "org_id", roots)
	tw.sets = append(tw.sets, idSet{
		sql:    "SELECT task_id AS id FROM task_scopes WHERE " + in,
		row:    "EXISTS (SELECT 1 FROM task_scopes p WHERE p.task_id = t.id AND p." + in + ")",
		member: func(x string) string { return x + "." + in },
		single: len(roots) == 1,
		table:  "task_scopes",
	})
}
