package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
)

// plannerStats are the planner statistics the migrations write into
// sqlite_stat1 (00001, 00005, 00013, 00060, 00077), exactly: a test checks that a
// freshly migrated database holds these and nothing else.
var plannerStats = [][3]string{
	{"audit_log", "audit_log_org", "5000000 5000 1"},
	{"audit_log", "audit_log_task", "5000000 5 1"},
	{"documents", "documents_date", "50000 5 1"},
	{"documents", "documents_issuer", "50000 100"},
	{"orgs", "orgs_parent", "600 10"},
	{"positions", "positions_org", "5000 10 1"},
	{"task_orgs", "task_orgs_org", "2000000 3300 3 2 2 2 2"},
	{"task_scopes", "task_scopes", "4000000 4 1"},
	{"task_scopes", "task_scopes_open_due", "1000000 1500 6 1 1 1 1"},
	{"task_scopes", "task_scopes_org", "4000000 6000 5 3 3 3"},
	{"task_scopes", "task_scopes_reported", "100000 150 2 1 1 1 1"},
	{"tasks", "tasks_assigned_by", "1000000 20000 20"},
	{"tasks", "tasks_completed", "1000000 1000"},
	{"tasks", "tasks_document", "1000000 30"},
	{"tasks", "tasks_due", "1000000 1000 200 150 150"},
	{"tasks", "tasks_lead_due", "1000000 1700 3 2 2 2"},
	{"tasks", "tasks_open_due", "250000 250 1 1 1 1"},
	{"tasks", "tasks_parent", "1000000 5"},
	{"tasks", "tasks_status_due", "1000000 125000 150 100 100"},
	{"updates", "updates_task", "3000000 3 1"},
}

// pinPlannerStats puts the migrations' planner statistics back when
// something replaced them: an ANALYZE or PRAGMA optimize run by hand
// writes the real ones (and samples in sqlite_stat4), and the planner then
// picks plans the store's queries were not written for — on a
// million-task copy, a province's list by due went from 2.4 ms to 586 ms.
// It runs on the writer before the readers open, so every connection
// loads these. A database not yet migrated as far as every index named
// here is left alone: its migrations write them.
func pinPlannerStats(ctx context.Context, db *sql.DB) error {
	var indexes int
	// An index's statistics are named by the index, a WITHOUT ROWID
	// table's primary key by the table (task_scopes).
	err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_schema
		WHERE type IN ('index', 'table') AND name IN (SELECT value FROM json_each($1))`, plannerNames(1)).Scan(&indexes)
	if err != nil || indexes < len(plannerStats) {
		return statsErr(err)
	}
	have, samples, err := currentPlannerStats(ctx, db)
	if err != nil || (samples == 0 && slices.Equal(have, plannerStats)) {
		return statsErr(err)
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return statsErr(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM sqlite_stat1"); err != nil {
		return statsErr(err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM sqlite_stat4 WHERE tbl IN (SELECT value FROM json_each($1))", plannerNames(0)); err != nil {
		return statsErr(err)
	}
	for _, r := range plannerStats {
		if _, err := tx.ExecContext(ctx, "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ($1, $2, $3)", r[0], r[1], r[2]); err != nil {
			return statsErr(err)
		}
	}
	if _, err := tx.ExecContext(ctx, "ANALYZE sqlite_schema"); err != nil { // reload them
		return statsErr(err)
	}
	return statsErr(tx.Commit())
}

// currentPlannerStats reads sqlite_stat1 in plannerStats' order, and how
// many sample rows sqlite_stat4 holds for their tables (ANALYZE writes
// them; the migrations' ANALYZE of empty tables wrote none).
func currentPlannerStats(ctx context.Context, db *sql.DB) (rows [][3]string, samples int, err error) {
	if err := db.QueryRowContext(ctx, "SELECT COUNT(*) FROM sqlite_stat4 WHERE tbl IN (SELECT value FROM json_each($1))",
		plannerNames(0)).Scan(&samples); err != nil {
		return nil, 0, err
	}
	rs, err := db.QueryContext(ctx, "SELECT tbl, COALESCE(idx, ''), stat FROM sqlite_stat1 ORDER BY tbl, idx")
	if err != nil {
		return nil, 0, err
	}
	defer rs.Close()
	for rs.Next() {
		var r [3]string
		if err := rs.Scan(&r[0], &r[1], &r[2]); err != nil {
			return nil, 0, err
		}
		rows = append(rows, r)
	}
	return rows, samples, rs.Err()
}

// plannerNames is a JSON array of column col of plannerStats: 0 the
// tables, 1 the indexes.
func plannerNames(col int) string {
	names := make([]string, len(plannerStats))
	for i, r := range plannerStats {
		names[i] = r[col]
	}
	b, _ := json.Marshal(names) // strings always marshal
	return string(b)
}

func statsErr(err error) error {
	if err != nil {
		return fmt.Errorf("sqlite: planner statistics: %w", err)
	}
	return nil
}
