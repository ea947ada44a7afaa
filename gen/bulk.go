package gen

import (
	"context"
	"database/sql"
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

// suspendBulk prepares a SQLite store for the bulk load and returns the
// function that restores it. PostgreSQL keeps its schema; it is vacuumed
// and analysed at the end instead (vacuumAnalyze).
//
// Three things are suspended for the load and done once at the end, each
// from the schema's own stored SQL or saved rows, so that the schema ends
// as it began (TestGenerate compares it with a fresh migration's):
//
//   - The triggers that keep the full-text indexes in sync on insert.
//     FTS5 writes its pending terms at every statement savepoint, so each
//     task would become an index segment of its own and merges would
//     dominate (83% of the time at 100,000 tasks); each index is rebuilt
//     from its table instead.
//   - The non-unique indexes of the tables the load fills (bulkTables): a
//     sort per index at the end instead of a B-tree insert in a random
//     place per row (about 25 index entries a task). Unique indexes stay:
//     they are constraints.
//   - The planner statistics in sqlite_stat1, which SQLite deletes with
//     an index; put back as they were.
//
// task_scopes (about five rows a task, derivable from task_orgs, the
// assigning organisations and the tree) was also tried as an empty view
// ignoring the store's writes, filled in one pass at the end: the store's
// statement still ran for every task (its recursive walk up the tree and
// temporary B-trees cost most of it), so the saving (about 3% of the
// load) went into the fill; the table stays.
func suspendBulk(ctx context.Context, st tiendo.Store, out io.Writer) (restore func(context.Context) error, err error) {
	noop := func(context.Context) error { return nil }
	s, ok := st.(*sqlstore.Store)
	if ok && s.Dialect().Name() == "postgres" {
		return func(ctx context.Context) error { return vacuumAnalyze(ctx, s, out) }, nil
	}
	if !ok || s.Dialect().Name() != "sqlite" {
		return noop, nil
	}
	db := s.DB()
	// The writer's cache is sized for a server (16 MiB, under a soft heap
	// limit); gen is a command of its own and lifts both. (The pages still
	// come from the process's page-cache region first; past it SQLite
	// recycles clean pages rather than grow, so the cache matters less
	// than it did before the indexes were suspended.)
	for _, p := range []string{"PRAGMA soft_heap_limit = 0", fmt.Sprintf("PRAGMA cache_size = -%d", BulkCacheMiB<<10)} {
		if _, err := db.ExecContext(ctx, p); err != nil {
			return nil, fmt.Errorf("gen: %s: %w", p, err)
		}
	}
	b := &bulk{db: db, out: out}
	if err := b.read(ctx); err != nil {
		return nil, err
	}
	if err := b.suspend(ctx); err != nil {
		return nil, errors.Join(err, b.restore(ctx))
	}
	return b.restore, nil
}

// schemaItem is a trigger, index or table of the schema, with its SQL.
type schemaItem struct{ kind, name, table, sql string }

// bulk is what suspendBulk took away, and how far it got.
type bulk struct {
	db     *sql.DB
	out    io.Writer
	items  []schemaItem // search triggers, then indexes
	stats  [][3]string  // sqlite_stat1 as it was
	undone []schemaItem // what was dropped, in order
}

func (b *bulk) read(ctx context.Context) error {
	rows, err := b.db.QueryContext(ctx, `SELECT type, name, tbl_name, sql FROM sqlite_schema
		WHERE (type = 'trigger' AND name = tbl_name || '_fts_insert')
		   OR (type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
		       AND tbl_name IN (SELECT value FROM json_each($1)))
		ORDER BY type DESC, name`, bulkTables)
	if err != nil {
		return fmt.Errorf("gen: read the schema: %w", err)
	}
	for rows.Next() {
		var it schemaItem
		if err := rows.Scan(&it.kind, &it.name, &it.table, &it.sql); err != nil {
			rows.Close()
			return err
		}
		b.items = append(b.items, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	rows, err = b.db.QueryContext(ctx, "SELECT tbl, COALESCE(idx, ''), stat FROM sqlite_stat1 ORDER BY tbl, idx")
	if err != nil {
		return fmt.Errorf("gen: read planner statistics: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r [3]string
		if err := rows.Scan(&r[0], &r[1], &r[2]); err != nil {
			return err
		}
		b.stats = append(b.stats, r)
	}
	return rows.Err()
}

func (b *bulk) suspend(ctx context.Context) error {
	for _, it := range b.items {
		if err := b.exec(ctx, "DROP "+strings.ToUpper(it.kind)+" "+it.name); err != nil {
			return fmt.Errorf("gen: suspend %s: %w", it.name, err)
		}
		b.undone = append(b.undone, it)
	}
	return nil
}

// restore undoes suspend, whatever part of it was done. Each step commits
// on its own: a statement outside an explicit transaction keeps no
// statement journal, which inside one would copy every page the index
// builds push out of the cache. A failure leaves a database to generate
// again, as a failed load does.
func (b *bulk) restore(ctx context.Context) error {
	start := time.Now()
	var steps []func() error
	for _, it := range b.undone {
		if it.kind == "trigger" {
			steps = append(steps, func() error {
				return b.exec(ctx, "INSERT INTO "+it.table+"_fts ("+it.table+"_fts) VALUES ('rebuild')", it.sql)
			})
		} else {
			steps = append(steps, func() error { return b.exec(ctx, it.sql) })
		}
	}
	for i, step := range steps {
		if err := step(); err != nil {
			return fmt.Errorf("gen: restore the schema (step %d of %d): %w", i+1, len(steps), err)
		}
	}
	b.undone = nil
	if err := b.restoreStats(ctx); err != nil {
		return err
	}
	fmt.Fprintf(b.out, "gen: search and secondary indexes built in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}

// restoreStats puts sqlite_stat1 back as it was before the load and has
// the connection load it.
func (b *bulk) restoreStats(ctx context.Context) error {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM sqlite_stat1"); err != nil {
		return fmt.Errorf("gen: restore planner statistics: %w", err)
	}
	for _, r := range b.stats {
		var idx any = r[1]
		if r[1] == "" {
			idx = nil
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ($1, $2, $3)", r[0], idx, r[2]); err != nil {
			return fmt.Errorf("gen: restore planner statistics: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "ANALYZE sqlite_schema"); err != nil {
		return fmt.Errorf("gen: reload planner statistics: %w", err)
	}
	return tx.Commit()
}

func (b *bulk) exec(ctx context.Context, stmts ...string) error {
	for _, q := range stmts {
		if _, err := b.db.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
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
