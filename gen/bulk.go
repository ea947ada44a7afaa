package gen

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"tiendo"
	"tiendo/sqlstore"
)

// bulkTables are the tables whose secondary indexes the bulk load drops
// and rebuilds at the end (a JSON array for the schema query): those it
// fills row by row and never reads during the load.
const bulkTables = `["tasks", "task_orgs", "task_scopes", "updates", "extensions", "audit_log"]`

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
// it began. Other engines are left alone.
func suspendSearch(ctx context.Context, st tiendo.Store, out io.Writer) (restore func(context.Context) error, err error) {
	noop := func(context.Context) error { return nil }
	s, ok := st.(*sqlstore.Store)
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
	// The secondary indexes of the tables the load fills are dropped too
	// and built once at the end from their stored SQL: a sort per index
	// instead of a B-tree insert per row. Unique indexes stay (they are
	// constraints), and so do those of the tables the load reads from.
	rows, err := db.QueryContext(ctx, `SELECT name, tbl_name, sql FROM sqlite_schema
		WHERE (type = 'trigger' AND name = tbl_name || '_fts_insert')
		   OR (type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
		       AND tbl_name IN (SELECT value FROM json_each($1)))
		ORDER BY type DESC, name`, bulkTables)
	if err != nil {
		return nil, fmt.Errorf("gen: read search triggers and indexes: %w", err)
	}
	type trigger struct {
		name, table, sql string
		trigger          bool // a search trigger, else an index
	}
	var triggers []trigger
	for rows.Next() {
		var t trigger
		if err := rows.Scan(&t.name, &t.table, &t.sql); err != nil {
			rows.Close()
			return nil, err
		}
		t.trigger = strings.HasPrefix(strings.ToUpper(t.sql), "CREATE TRIGGER")
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
			var err1 error
			if t.trigger {
				_, err1 = tx.ExecContext(ctx, "INSERT INTO "+t.table+"_fts ("+t.table+"_fts) VALUES ('rebuild')")
			}
			_, err2 := tx.ExecContext(ctx, t.sql)
			if err := errors.Join(err1, err2); err != nil {
				_ = tx.Rollback()
				return fmt.Errorf("gen: restore %s of %s: %w", t.name, t.table, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		fmt.Fprintf(out, "gen: search and secondary indexes rebuilt in %s\n", time.Since(start).Round(time.Millisecond))
		return nil
	}
	for _, t := range triggers {
		drop := "DROP INDEX "
		if t.trigger {
			drop = "DROP TRIGGER "
		}
		if _, err := db.ExecContext(ctx, drop+t.name); err != nil {
			return nil, errors.Join(fmt.Errorf("gen: suspend %s: %w", t.name, err), restore(ctx))
		}
		dropped = append(dropped, t)
	}
	return restore, nil
}
