package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"strings"
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
//
// Beyond the hot writes listed here it learns: a statement run unprepared
// inside a batch twice is prepared before the next batch (up to
// maxLearned of them), so the reads and writes of every use case — the
// notification audience, webhooks, the calendar, a report's or an edit's
// statements — stop being parsed and planned anew on each request. Texts
// built per call (an IN list of varying length) rarely repeat exactly and
// are bounded by maxLearned.
type stmtCache struct {
	queries []string
	ready   atomic.Pointer[map[string]*sql.Stmt] // nil until prepared
	mu      sync.Mutex                           // serialises prepare and close
	closed  bool

	learn   sync.Mutex     // guards seen and wanted
	seen    map[string]int // unprepared runs of each text since it was last reset
	wanted  []string       // texts to prepare before the next batch
	pending atomic.Bool    // wanted is not empty
}

// Learning limits: a text is prepared at its learnAfter-th unprepared run,
// at most maxLearned texts are prepared beyond the hot ones, and the
// counts start again past maxSeen distinct texts.
const (
	learnAfter = 2
	maxLearned = 256
	maxSeen    = 4096
)

// hotStatements lists the SQL text the batcher caches: every statement of
// creating a task, and the batcher's savepoints.
func hotStatements(d Dialect) []string {
	return []string{sqlTaskFolded, sqlInsertTask, sqlInsertTaskOrg, sqlDeleteTaskScopes, insertTaskScopesSQL(d),
		sqlInsertAudit, sqlSavepoint, sqlRelease, sqlRollbackTo}
}

// prepare prepares the statements on db unless done, and those learnt
// since. It must be called outside any transaction of db. A failure of a
// hot one (before migration, say) leaves the cache empty to try again next
// time; statements then run unprepared. A learnt one that fails to
// prepare is left out.
func (c *stmtCache) prepare(ctx context.Context, db *sql.DB) {
	if c == nil || c.ready.Load() != nil && !c.pending.Load() {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	var m map[string]*sql.Stmt
	if cur := c.ready.Load(); cur != nil {
		m = make(map[string]*sql.Stmt, len(*cur)+1)
		for q, st := range *cur {
			m[q] = st
		}
	} else {
		m = make(map[string]*sql.Stmt, len(c.queries))
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
	}
	c.learn.Lock()
	wanted := c.wanted
	c.wanted = nil
	c.pending.Store(false)
	c.learn.Unlock()
	for _, q := range wanted {
		if _, ok := m[q]; ok || len(m) >= len(c.queries)+maxLearned {
			continue
		}
		if st, err := db.PrepareContext(ctx, q); err == nil {
			m[q] = st
		}
	}
	c.ready.Store(&m)
}

// miss records an unprepared run of query inside a batch.
func (c *stmtCache) miss(query string) {
	if c == nil || strings.Contains(strings.TrimRight(query, " \t\n;"), ";") {
		return // several statements in one text: never prepared
	}
	if m := c.ready.Load(); m == nil || len(*m) >= len(c.queries)+maxLearned {
		return
	}
	c.learn.Lock()
	defer c.learn.Unlock()
	if c.seen == nil || len(c.seen) >= maxSeen {
		c.seen = map[string]int{}
	}
	c.seen[query]++
	if c.seen[query] == learnAfter {
		c.wanted = append(c.wanted, query)
		c.pending.Store(true)
	}
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
	t.cache.miss(query)
	return t.tx.ExecContext(ctx, query, args...)
}

func (t txStmts) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	if st := t.cache.get(query); st != nil {
		return t.tx.StmtContext(ctx, st).QueryContext(ctx, args...)
	}
	t.cache.miss(query)
	return t.tx.QueryContext(ctx, query, args...)
}

func (t txStmts) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if st := t.cache.get(query); st != nil {
		return t.tx.StmtContext(ctx, st).QueryRowContext(ctx, args...)
	}
	t.cache.miss(query)
	return t.tx.QueryRowContext(ctx, query, args...)
}

// hot is the querier for the statements of hotStatements: like w, through
// the statement cache inside a batched transaction (where q and w use it
// as well, so that it learns their statements).
func (s *Store) hot() querier {
	if s.tx != nil && s.batch != nil {
		return txStmts{tx: s.tx, cache: s.batch.stmts}
	}
	if s.tx != nil {
		return s.tx
	}
	return s.write
}
