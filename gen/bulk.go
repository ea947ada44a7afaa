package gen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"tiendo"
	"tiendo/sqlstore"
)

// BulkCacheMiB is the writer's page cache during generation.
const BulkCacheMiB = 1024

// suspendSearch prepares a SQLite store for the bulk load and returns the
// function that restores it.
//
// SQLite's FTS5 writes its pending terms to disk at every statement
// savepoint, and nearly every insert opens one, so each task would become
// an index segment of its own and segment merges would dominate, growing
// with the table (83% of the time at 100,000 tasks). Instead the triggers
// that keep the full-text indexes in sync on insert are dropped for the
// load, and each index is rebuilt once from its table at the end; the
// triggers are recreated from their own stored SQL, so the schema ends as
// it began. PostgreSQL keeps its triggers; it is vacuumed and analysed at
// the end instead (vacuumAnalyze).
func suspendSearch(ctx context.Context, st tiendo.Store, out io.Writer) (restore func(context.Context) error, err error) {
	noop := func(context.Context) error { return nil }
	s, ok := st.(*sqlstore.Store)
	if ok && s.Dialect().Name() == "postgres" {
		return func(ctx context.Context) error { return vacuumAnalyze(ctx, s, out) }, nil
	}
	if !ok || s.Dialect().Name() != "sqlite" {
		return noop, nil
	}
	db := s.DB()
	// The writer's page cache is sized for a server (16 MiB, under a
	// process-wide soft heap limit): a bulk load outgrows it within
	// 30,000 tasks, and then every index insert reads its page back from
	// the file and spills dirty pages to the WAL mid-transaction; the rate
	// fell from 2,400 to 1,400 tasks/s by 45,000. The generator is a
	// command of its own, so it lifts the heap limit and lets the cache
	// hold the indexes it writes (BulkCacheMiB).
	for _, p := range []string{"PRAGMA soft_heap_limit = 0", fmt.Sprintf("PRAGMA cache_size = -%d", BulkCacheMiB<<10)} {
		if _, err := db.ExecContext(ctx, p); err != nil {
			return nil, fmt.Errorf("gen: %s: %w", p, err)
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT name, tbl_name, sql FROM sqlite_schema
		WHERE type = 'trigger' AND name = tbl_name || '_fts_insert' ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("gen: read search triggers: %w", err)
	}
	type trigger struct{ name, table, sql string }
	var triggers []trigger
	for rows.Next() {
		var t trigger
		if err := rows.Scan(&t.name, &t.table, &t.sql); err != nil {
			rows.Close()
			return nil, err
		}
		triggers = append(triggers, t)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var dropped []trigger
	restore = func(ctx context.Context) error {
		start := time.Now()
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, t := range dropped {
			_, err1 := tx.ExecContext(ctx, "INSERT INTO "+t.table+"_fts ("+t.table+"_fts) VALUES ('rebuild')")
			_, err2 := tx.ExecContext(ctx, t.sql)
			if err := errors.Join(err1, err2); err != nil {
				_ = tx.Rollback()
				return fmt.Errorf("gen: restore search index of %s: %w", t.table, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		fmt.Fprintf(out, "gen: search indexes rebuilt in %s\n", time.Since(start).Round(time.Millisecond))
		return nil
	}
	for _, t := range triggers {
		if _, err := db.ExecContext(ctx, "DROP TRIGGER "+t.name); err != nil {
			return nil, errors.Join(fmt.Errorf("gen: suspend %s: %w", t.name, err), restore(ctx))
		}
		dropped = append(dropped, t)
	}
	return restore, nil
}

// vacuumAnalyze ends a bulk load into PostgreSQL. Until a table is vacuumed
// its visibility map is empty, so every index-only scan also reads the
// table (a district's count of 29,300 index entries read 11,450 heap
// pages), and until it is analysed the planner guesses its sizes. A server
// with autovacuum on would get there later; one with it off never would.
// VACUUM cannot run inside a transaction, so it goes straight to the pool.
func vacuumAnalyze(ctx context.Context, s *sqlstore.Store, out io.Writer) error {
	start := time.Now()
	if _, err := s.DB().ExecContext(ctx, "VACUUM (ANALYZE)"); err != nil {
		return fmt.Errorf("gen: vacuum and analyse: %w", err)
	}
	fmt.Fprintf(out, "gen: vacuumed and analysed in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
