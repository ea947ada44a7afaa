package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"tiendo/sqlstore"
)

// mergePages is how many pages of index one merge step writes: about a
// tenth of a second, so that creates queued behind a step wait little.
const mergePages = 500

// MergeSearch merges the segments of the task search index that writes
// leave behind (migration 00055 turns merging during writes down), in
// short write transactions of its own so that requests interleave. It
// stops when FTS5 finds nothing left to merge, or when ctx ends, and
// returns the number of steps that did work. The server runs it with its
// periodic jobs; the results of a search never depend on it, only their
// speed.
func MergeSearch(ctx context.Context, st *sqlstore.Store) (int, error) {
	db := st.DB()
	steps := 0
	for ctx.Err() == nil {
		worked, err := mergeStep(ctx, db)
		if err != nil {
			return steps, err
		}
		if !worked {
			return steps, nil
		}
		steps++
	}
	return steps, nil
}

// mergeStep runs one 'merge' command. FTS5 reports no work by changing
// fewer than two rows (sqlite3_total_changes before and after).
func mergeStep(ctx context.Context, db *sql.DB) (bool, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("sqlite: merge search index: %w", err)
	}
	defer tx.Rollback()
	var before, after int64
	if err := tx.QueryRowContext(ctx, "SELECT total_changes()").Scan(&before); err != nil {
		return false, fmt.Errorf("sqlite: merge search index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO tasks_fts (tasks_fts, rank) VALUES ('merge', $1)", mergePages); err != nil {
		return false, fmt.Errorf("sqlite: merge search index: %w", err)
	}
	if err := tx.QueryRowContext(ctx, "SELECT total_changes()").Scan(&after); err != nil {
		return false, fmt.Errorf("sqlite: merge search index: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("sqlite: merge search index: %w", err)
	}
	return after-before >= 2, nil
}
