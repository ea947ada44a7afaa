package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"sync"
	"sync/atomic"
)

// stmtCache holds the hot write statements (task creation, audit, the
// batcher's savepoints) prepared once on the write pool. The batcher owns
// one (SQLite: one writer connection keeps them; pgx caches statements per
// connection itself). database/sql
// otherwise prepares every statement anew, which on SQLite cost 14% of a
// create at a million tasks. A transaction binds a cached statement with
// tx.StmtContext, which reuses the preparation on the transaction's own
// connection.
//
// Statements are prepared only from outside any transaction (the batcher
// calls prepare before it begins one): with SQLite's single writer
// connection, preparing on the pool from inside a transaction would wait
// for the connection the transaction holds.
type stmtCache struct {
	queries []string
	ready   atomic.Pointer[map[string]*sql.Stmt] // nil until prepared
	mu      sync.Mutex                           // serialises prepare and close
	closed  bool
}

// hotStatements lists the SQL text the batcher caches: every statement of
// creating a task, and the batcher's savepoints.
func hotStatements(d Dialect) []string {
	return []string{sqlTaskFolded, sqlInsertTask, sqlInsertTaskOrg, sqlDeleteTaskScopes, insertTaskScopesSQL(d),
		sqlInsertAudit, sqlSavepoint, sqlRelease, sqlRollbackTo}
}

// prepare prepares the statements on db unless done. It must be called
// outside any transaction of db. A failure (before migration, say) leaves
// the cache empty to try again next time; statements then run unprepared.
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB) {
	if c == nil || c.ready.Load() != nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed || c.ready.Load() != nil {
		return
	}
	m := make(map[string]*sql.Stmt, len(c.queries))
	for _, q := range c.queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			for _, st := range m {
				st.Close()
			}
			return
		}
		m[q] = st
	}
	c.ready.Store(&m)
}

// get returns the prepared statement of query, or nil.
func (c *stmtCache) get(query string) *sql.Stmt {
	if c == nil {
		return nil
	}
	m := c.ready.Load()
	if m == nil {
		return nil
	}
	return (*m)[query]
}

// close closes the prepared statements; later transactions run unprepared.
func (c *stmtCache) close() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	m := c.ready.Swap(nil)
	if m == nil {
		return nil
	}
	var err error
	for _, st := range *m {
		err = errors.Join(err, st.Close())
	}
	return err
}

// txStmts runs statements in tx, through the cache when it holds them.
// It is the querier of hot writes (Store.hot).
type txStmts struct {
	tx    *sql.Tx
	cache *stmtCache
}

func (t txStmts) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	if st := t.cache.get(query); st != nil {
		return t.tx.StmtContext(ctx, st).ExecContext(ctx, args...)
	}
	return t.tx.ExecContext(ctx, query, args...)
}

func (t txStmts) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.cache.get(query); st != nil {
		return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	return t.tx.QueryContext(ctx, query, args...)
}

func (t txStmts) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.cache.get(query); st != nil {
		return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	return t.tx.QueryRowContext(ctx, query, args...)
}

// hot is the querier for the statements of hotStatements: like w, through
// the statement cache inside a transaction.
func (s *Store) hot() querier {
	if s.tx != nil && s.batch != nil {
		return txStmts{tx: s.tx, cache: s.batch.stmts}
	}
	return s.w()
}
