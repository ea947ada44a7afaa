package sqlstore

import (
	"context"
)

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
func overdueBranches(d Dialect, T string) []func(x string) string {
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
	return []func(string) string{open, late}
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
	return taskWhere{rows: rows, sets: tw.sets}
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
