package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"sync"
)

// stampCache keeps one value read from rarely written tables between
// calls, shared by every request: the organisation tree (org_stamp,
// migration 00071), the rules versions and the closings in force
// (read_stamps, migration 00080).
//
// The cache is checked against the database on every use, so every
// instance of a multi-instance deployment still sees a change at once:
// triggers bump a counter in the same transaction as any insert, update
// or delete of the tables, so its value names one committed state of
// them. Reading it is one primary-key lookup, prepared once.
type stampCache[T any] struct {
	query string // reads the counter: one row, one integer
	mu    sync.Mutex
	stamp int64
	val   T
	full  bool // val was loaded under stamp; shared, never changed
	// stmt is query prepared on the read pool once it first succeeds
	// (parsing it was a third of its cost); nil before, or once closed.
	stmt   *sql.Stmt
	closed bool
}

func newStampCache[T any](query string) *stampCache[T] { return &stampCache[T]{query: query} }

// get returns the cached value while the counter has not moved, and
// otherwise what load returns, kept for the next call. Inside a
// transaction, or without a cache, it loads: the transaction may hold
// writes that are not committed, or never will be. The counter is read
// before load, so the value cached under it is never older than it: a
// change in between only causes one more load.
func (c *stampCache[T]) get(ctx context.Context, s *Store, what string, load func() (T, error)) (T, error) {
	if s.tx != nil || c == nil {
		return load()
	}
	c.mu.Lock()
	stmt := c.stmt
	c.mu.Unlock()
	var row *sql.Row
	if stmt != nil {
		row = stmt.QueryRowContext(ctx)
	} else {
		row = s.read.QueryRowContext(ctx, c.query)
	}
	var stamp int64
	err := row.Scan(&stamp)
	if errors.Is(err, sql.ErrNoRows) {
		stamp = -1 // the counter row is gone: never cache
	} else if err != nil {
		var zero T
		return zero, s.fail(err, what, "")
	}
	if stmt == nil {
		c.prepare(ctx, s.read)
	}
	c.mu.Lock()
	if c.full && c.stamp == stamp && stamp >= 0 {
		v := c.val
		c.mu.Unlock()
		return v, nil
	}
	c.mu.Unlock()
	v, err := load()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	c.stamp, c.val, c.full = stamp, v, true
	c.mu.Unlock()
	return v, nil
}

// prepare prepares the counter's query on db unless done; a failure
// leaves it unprepared, to try again next time.
func (c *stampCache[T]) prepare(ctx context.Context, db *sql.DB) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stmt != nil || c.closed {
		return
	}
	if st, err := db.PrepareContext(ctx, c.query); err == nil {
		c.stmt = st
	}
}

// close releases the prepared statement.
func (c *stampCache[T]) close() error {
	if c == nil {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.stmt == nil {
		return nil
	}
	err := c.stmt.Close()
	c.stmt = nil
	return err
}
