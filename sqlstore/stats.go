package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// periodCond is (*tiendo.Task).InPeriod as SQL for any alias over tasks or
// task_orgs: counted at asOf, assigned by the earlier of the period's end
// and asOf, not completed before the period starts. It uses only columns
// that task_orgs repeats, so it can be tested inside that index.
func periodCond(a *sqlArgs, p tiendo.DateRange, asOf vn.Date) func(string) string {
	last := p.To
	if asOf.Before(last) {
		last = asOf
	}
	end, start := a.add(last), a.add(p.From)
	return func(x string) string {
		return "(" + x + ".status <> 'withdrawn' AND (" + x + ".assigned_on IS NULL OR " + x + ".assigned_on <= " + end +
			") AND (" + x + ".completed_on IS NULL OR " + x + ".completed_on >= " + start + "))"
	}
}

// optionalID is "col = id", or "col IS NULL" for id 0 (none recorded).
func optionalID(a *sqlArgs, col string, id int64) string {
	if id == 0 {
		return col + " IS NULL"
	}
	return col + " = " + a.add(id)
}

// statsColumns are the aggregates of tiendo.Counts over rows aliased x
// that already belong to the period, at the as-of date bound as T. They
// mirror TimelinessAt for counted tasks; the conformance suite checks them
// against FindTasks cell by cell. ages holds the due-date bounds of the
// overdue-age buckets, newest first (as-of minus 30, 90, 120 days).
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
func weightColumns(T string) []string {
	done := "t.completed_on <= " + T
	return []string{
		"CAST(COALESCE(SUM(t.weight), 0) AS DOUBLE PRECISION)",
		"CAST(COALESCE(SUM(CASE WHEN " + done + " AND (t.due IS NULL OR t.completed_on <= t.due) THEN t.weight ELSE 0 END), 0) AS DOUBLE PRECISION)",
		"CAST(COALESCE(SUM(CASE WHEN " + done + " AND t.completed_on > t.due THEN t.weight ELSE 0 END), 0) AS DOUBLE PRECISION)",
	}
}

// statsKeys are the group-by column of each breakdown, on tasks t.
var statsKeys = map[tiendo.StatsGroup]string{
	tiendo.GroupLeader: "t.assigner_id", tiendo.GroupDocument: "t.document_id",
	tiendo.GroupCategory: "t.category", tiendo.GroupAssignee: "t.assignee_id",
}

// TaskStats counts the tasks of a period per group. The organisation
// breakdown reads only the task_orgs index (lead rows carry due, status
// and dates); the others, and weighted counts, read the tasks.
func (s *Store) TaskStats(ctx context.Context, q tiendo.StatsQuery) ([]tiendo.StatsRow, error) {
	if q.Period.From.IsZero() || q.Period.To.IsZero() || q.AsOf.IsZero() {
		return nil, tiendo.Errorf(tiendo.EINVALID, "Cần kỳ báo cáo và ngày chốt số liệu")
	}
	var a sqlArgs
	T := a.add(q.AsOf)
	var ages [3]string
	for i, days := range []int{30, 90, 120} {
		ages[i] = a.add(q.AsOf.AddDays(-days))
	}
	x, from, key := "m", "task_orgs m", "m.org_id"
	conds := []string{"m.role = 'lead'"}
	if q.Group != tiendo.GroupOrg || q.Weighted {
		x, from, key, conds = "t", "tasks t", "t.lead_org_id", nil
		if q.Group != tiendo.GroupOrg {
			if key = statsKeys[q.Group]; key == "" {
				return nil, tiendo.FieldError("group", "Cách nhóm thống kê không hợp lệ")
			}
		}
	}
	cols := statsColumns(x, T, ages)
	if q.Weighted {
		cols = append(cols, weightColumns(T)...)
	}
	conds = append(conds, periodCond(&a, q.Period, q.AsOf)(x))
	if q.LeadOrgIDs != nil {
		conds = append(conds, s.inIDs(&a, x+"."+leadColumn(x), q.LeadOrgIDs))
	}
	query := "SELECT " + key + ", " + strings.Join(cols, ", ") + " FROM " + from + where(conds) + " GROUP BY " + key
	return s.scanStats(ctx, query, a, q.Weighted)
}

// leadColumn is the lead organisation column of the stats source.
func leadColumn(x string) string {
	if x == "m" {
		return "org_id"
	}
	return "lead_org_id"
}

func (s *Store) scanStats(ctx context.Context, query string, a sqlArgs, weighted bool) ([]tiendo.StatsRow, error) {
	rows, err := s.q().QueryContext(ctx, query, a...)
	if err != nil {
		return nil, s.fail(err, "thống kê nhiệm vụ", "")
	}
	defer rows.Close()
	out := []tiendo.StatsRow{}
	for rows.Next() {
		var key sql.NullString
		var r tiendo.StatsRow
		c := &r.Counts
		dest := []any{&key, &c.Assigned, &c.Due, &c.DoneDue, &c.DoneOnTime, &c.DoneLate, &c.InProgress,
			&c.Overdue, &c.Continuous, &c.OverdueAge.UpTo30, &c.OverdueAge.From31To90,
			&c.OverdueAge.From91To120, &c.OverdueAge.Over120}
		if weighted {
			dest = append(dest, &c.WeightAssigned, &c.WeightDoneOnTime, &c.WeightDoneLate)
		}
		if err := rows.Scan(dest...); err != nil {
			return nil, s.fail(err, "thống kê nhiệm vụ", "")
		}
		r.Key = normKey(key)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(err, "thống kê nhiệm vụ", "")
	}
	return out, nil
}

// normKey writes a group key as text: database/sql turns an id into its
// decimal form on both engines; NULL (no leader, no document) is "".
func normKey(k sql.NullString) string {
	if !k.Valid {
		return ""
	}
	return k.String
}
