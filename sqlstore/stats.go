package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// optionalID is "col = id", or "col IS NULL" for id 0 (none recorded).
func optionalID(a *sqlArgs, col string, id int64) string {
	if id == 0 {
		return col + " IS NULL"
	}
	return col + " = " + a.add(id)
}

// statsKeys are the group-by column of each breakdown, on tasks t.
var statsKeys = map[tiendo.StatsGroup]string{
	tiendo.GroupLeader: "t.assigner_id", tiendo.GroupDocument: "t.document_id",
	tiendo.GroupCategory: "t.category", tiendo.GroupAssignee: "t.assignee_id",
	tiendo.GroupPlace: "t.place_id",
}

// TaskStats counts the tasks of a period per group. The organisation
// breakdown comes from the in-memory index when the store keeps one
// (IndexStats, SQLite), else reads only the task_orgs index (lead rows
// carry due, status and dates); the others, and weighted counts, read the
// tasks.
func (s *Store) TaskStats(ctx context.Context, q tiendo.StatsQuery) ([]tiendo.StatsRow, error) {
	if q.Period.From.IsZero() || q.Period.To.IsZero() || q.AsOf.IsZero() {
		return nil, tiendo.Errorf(tiendo.EINVALID, "Cần kỳ báo cáo và ngày chốt số liệu")
	}
	s, err := s.atAsOf(ctx, q.AsOf)
	if err != nil {
		return nil, err
	}
	if q.Group == tiendo.GroupOrg && !q.Weighted {
		if rows, ok, err := s.indexedOrgStats(ctx, q); ok || err != nil {
			return rows, err
		}
		return s.orgStats(ctx, q)
	}
	var a sqlArgs
	T, ages := statsDates(&a, q.AsOf)
	key := "t.lead_org_id"
	if q.Group != tiendo.GroupOrg {
		if key = statsKeys[q.Group]; key == "" {
			return nil, tiendo.FieldError("group", "Cách nhóm thống kê không hợp lệ")
		}
	}
	cols := statsColumns("t", T, ages)
	if q.Weighted {
		cols = append(cols, weightColumns("t", T)...)
	}
	conds := []string{periodCond(&a, q.Period, q.AsOf, false)("t")}
	if s.past(q.AsOf) {
		conds = append(conds, unchangedAfter("t", T))
	}
	if q.LeadOrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "t.lead_org_id", q.LeadOrgIDs))
	}
	query := "SELECT " + key + ", " + strings.Join(cols, ", ") + " FROM tasks t" + where(conds) + " GROUP BY " + key
	rows, err := s.scanStats(ctx, query, a, q.Weighted)
	if err != nil || !s.past(q.AsOf) {
		return rows, err
	}
	changed, err := s.changedStats(ctx, q, key, "tasks t ON t.id = h.task_id", "t.lead_org_id")
	if err != nil {
		return nil, err
	}
	return mergeStats(rows, changed), nil
}

// changedStats is the other half of the statistics at an as-of date
// before today (stateAt): the tasks whose state changed after it, counted
// by their history rows in force then, joined to the tasks t (or their
// lead rows m) for the group key and the lead filter.
func (s *Store) changedStats(ctx context.Context, q tiendo.StatsQuery, key, join, lead string) ([]tiendo.StatsRow, error) {
	var a sqlArgs
	T, ages := statsDates(&a, q.AsOf)
	cols := statsColumns("h", T, ages)
	if q.Weighted {
		cols = append(cols, weightColumns("h", T)...)
	}
	conds := []string{inForce("h", T), periodCond(&a, q.Period, q.AsOf, false)("h")}
	if q.LeadOrgIDs != nil {
		conds = append(conds, s.inIDs(&a, lead, q.LeadOrgIDs))
	}
	query := "SELECT " + key + ", " + strings.Join(cols, ", ") + " FROM task_history h JOIN " + join + where(conds) + " GROUP BY " + key
	return s.scanStats(ctx, query, a, q.Weighted)
}

// mergeStats adds the rows of b to those of a with the same key, in the
// order the keys first appear.
func mergeStats(a, b []tiendo.StatsRow) []tiendo.StatsRow {
	at := map[string]int{}
	out := make([]tiendo.StatsRow, 0, len(a)+len(b))
	for _, r := range append(a, b...) {
		if i, ok := at[r.Key]; ok {
			out[i].Counts.Add(r.Counts)
			continue
		}
		at[r.Key] = len(out)
		out = append(out, r)
	}
	return out
}

// StatsVersion is the newest audit entry's id on SQLite: every write of
// the service is audited in its own transaction, and SQLite commits one
// writer at a time, so the ids grow in commit order and any committed
// change moves it. PostgreSQL commits concurrent transactions in any
// order of their ids, so it gives no version and nothing is cached.
func (s *Store) StatsVersion(ctx context.Context) (int64, bool, error) {
	if !s.d.CommitsInIDOrder() || s.tx != nil {
		return 0, false, nil
	}
	var v int64
	if err := s.q().QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM audit_log").Scan(&v); err != nil {
		return 0, false, s.fail(err, "đọc phiên bản dữ liệu", "")
	}
	return v, true, nil
}

// statsDates binds the as-of date and the overdue-age bounds.
func statsDates(a *sqlArgs, asOf vn.Date) (string, [3]string) {
	T := a.add(asOf)
	var ages [3]string
	for i, days := range []int{30, 90, 120} {
		ages[i] = a.add(asOf.AddDays(-days))
	}
	return T, ages
}

// orgStats counts per lead organisation in two index-only passes that
// together are periodCond: the tasks still open (partial index
// task_orgs_lead_open) and those completed since the period began
// (task_orgs_lead_done, a range on completed_on). Most of a large
// history was completed before the period and is never read.
func (s *Store) orgStats(ctx context.Context, q tiendo.StatsQuery) ([]tiendo.StatsRow, error) {
	last := periodEnd(q.Period, q.AsOf)
	byOrg := map[string]*tiendo.StatsRow{}
	var order []string
	for _, open := range []bool{true, false} {
		var a sqlArgs
		T, ages := statsDates(&a, q.AsOf)
		conds := []string{"m.role = 'lead'", periodCounted("m", a.add(last))}
		cols := openColumns(T, ages)
		// The completion half of periodCond, as its two disjoint parts.
		if open {
			conds = append(conds, "m.completed_on IS NULL")
		} else {
			conds = append(conds, "m.completed_on IS NOT NULL", "m.completed_on >= "+a.add(q.Period.From))
			cols = statsColumns("m", T, ages)
		}
		if s.past(q.AsOf) {
			conds = append(conds, unchangedAfter("m", T))
		}
		if q.LeadOrgIDs != nil {
			conds = append(conds, s.inIDs(&a, "m.org_id", q.LeadOrgIDs))
		}
		query := "SELECT m.org_id, " + strings.Join(cols, ", ") + " FROM task_orgs m" + where(conds) + " GROUP BY m.org_id"
		rows, err := s.scanStats(ctx, query, a, false)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if open {
				r.Counts = openCounts(r.Counts)
			}
			if cur := byOrg[r.Key]; cur != nil {
				cur.Counts.Add(r.Counts)
				continue
			}
			r := r
			byOrg[r.Key] = &r
			order = append(order, r.Key)
		}
	}
	out := make([]tiendo.StatsRow, 0, len(order))
	for _, k := range order {
		out = append(out, *byOrg[k])
	}
	if !s.past(q.AsOf) {
		return out, nil
	}
	changed, err := s.changedStats(ctx, q, "m.org_id", "task_orgs m ON m.task_id = h.task_id AND m.role = 'lead'", "m.org_id")
	if err != nil {
		return nil, err
	}
	return mergeStats(out, changed), nil
}

// openCounts turns the cumulative values of openColumns into counts: an
// open task is overdue, continuous (no deadline) or in progress.
func openCounts(c tiendo.Counts) tiendo.Counts {
	dated, due, overdue := c.Due, c.DoneDue, c.Overdue
	within30, within90, within120 := c.OverdueAge.UpTo30, c.OverdueAge.From31To90, c.OverdueAge.From91To120
	return tiendo.Counts{Assigned: c.Assigned, Due: due, Overdue: overdue, Continuous: c.Assigned - dated,
		InProgress: dated - overdue,
		OverdueAge: tiendo.OverdueAge{UpTo30: within30, From31To90: within90 - within30,
			From91To120: within120 - within90, Over120: overdue - within120}}
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

// OrgActivity counts each lead organisation's tasks that await a report
// at asOf and finds the latest report on them dated by then, one probe of
// the updates_task index per task. At today the tasks are read from the
// task_orgs_lead_open index (no completion date); before today from the
// states in force then (stateAt), which reads every lead row.
//
// mirrors (*tiendo.Task).AwaitsReport — checked by storetest
// testStatsOrgActivity.
func (s *Store) OrgActivity(ctx context.Context, leadOrgIDs []int64, asOf vn.Date) ([]tiendo.OrgActivity, error) {
	s, err := s.atAsOf(ctx, asOf)
	if err != nil {
		return nil, err
	}
	var a sqlArgs
	T := a.add(asOf)
	awaits := func(x string) string {
		return x + ".status NOT IN ('withdrawn', 'postponed') AND (" + x + ".assigned_on IS NULL OR " + x + ".assigned_on <= " + T +
			") AND (" + x + ".completed_on IS NULL OR " + x + ".completed_on > " + T + ")"
	}
	conds := []string{"m.role = 'lead'"}
	if s.past(asOf) {
		conds = append(conds, stateAt(true, T, awaits)("m"))
	} else {
		conds = append(conds, "m.completed_on IS NULL", awaits("m"))
	}
	if leadOrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "m.org_id", leadOrgIDs))
	}
	out := []tiendo.OrgActivity{}
	err = eachRow(ctx, s, "đọc hoạt động đơn vị", `SELECT m.org_id, COUNT(*),
		MAX((SELECT MAX(u.as_of) FROM updates u WHERE u.task_id = m.task_id AND u.as_of <= `+T+`))
		FROM task_orgs m`+where(conds)+" GROUP BY m.org_id ORDER BY m.org_id", a, func(row interface{ Scan(...any) error }) error {
		var r tiendo.OrgActivity
		if err := row.Scan(&r.OrgID, &r.OpenTasks, &r.LastReport); err != nil {
			return err
		}
		out = append(out, r)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
