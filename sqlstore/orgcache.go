package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"sync"

	"tiendo"
)

// orgCache keeps one organisation tree between calls, shared by every
// request. The service needs the tree on every request to check scope;
// reading and decoding hundreds of rows, and indexing them, each time cost
// more than the rest of a task creation.
//
// The cache is checked against the database on every use, so every
// instance of a multi-instance deployment still sees a change at once:
// triggers on orgs and org_members (migration 00071) bump the one-row
// counter org_stamp in the same transaction as any insert, update or
// delete, so its value names one committed state of the organisations.
// Reading it is one primary-key lookup.
type orgCache struct {
	mu    sync.Mutex
	stamp int64
	tree  *tiendo.OrgTree // nil until filled; immutable, shared
	// stmt is stampSQL prepared on the read pool once it first succeeds
	// (parsing it was a third of its cost); nil before, or once closed.
	stmt   *sql.Stmt
	closed bool
}

// stampSQL reads the counter the organisation triggers bump.
const stampSQL = "SELECT n FROM org_stamp WHERE id = 1"

// OrgTree returns the organisation tree, shared with other callers while
// the organisations have not changed. Inside a transaction it reads the
// rows: the transaction may hold writes that are not committed, or never
// will be.
func (s *Store) OrgTree(ctx context.Context) (*tiendo.OrgTree, error) {
	if s.tx != nil || s.orgs == nil {
		orgs, err := s.findOrgs(ctx, tiendo.OrgFilter{})
		if err != nil {
			return nil, err
		}
		return tiendo.NewOrgTree(orgs), nil
	}
	// The stamp is read before the rows, so the tree cached under it is
	// never older than it: a change in between only causes one more load.
	c := s.orgs
	c.mu.Lock()
	stmt := c.stmt
	c.mu.Unlock()
	var row *sql.Row
	if stmt != nil {
		row = stmt.QueryRowContext(ctx)
	} else {
		row = s.read.QueryRowContext(ctx, stampSQL)
	}
	var stamp int64
	err := row.Scan(&stamp)
	if errors.Is(err, sql.ErrNoRows) {
		stamp = -1 // the counter row is gone: never cache
	} else if err != nil {
		return nil, s.fail(err, "đọc đơn vị", "")
	}
	if stmt == nil {
		c.prepare(ctx, s.read)
	}
	c.mu.Lock()
	if c.tree != nil && c.stamp == stamp && stamp >= 0 {
		t := c.tree
		c.mu.Unlock()
		return t, nil
	}
	c.mu.Unlock()
	orgs, err := s.findOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	t := tiendo.NewOrgTree(orgs)
	c.mu.Lock()
	c.stamp, c.tree = stamp, t
	c.mu.Unlock()
	return t, nil
}

// prepare prepares stampSQL on db unless done; a failure leaves the
// query unprepared, to try again next time.
func (c *orgCache) prepare(ctx context.Context, db *sql.DB) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stmt != nil || c.closed {
		return
	}
	if st, err := db.PrepareContext(ctx, stampSQL); err == nil {
		c.stmt = st
	}
}

// close releases the prepared statement.
func (c *orgCache) close() error {
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

// allOrgs returns every organisation, copies of the shared tree's.
func (s *Store) allOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	if s.tx != nil {
		return s.findOrgs(ctx, tiendo.OrgFilter{})
	}
	t, err := s.OrgTree(ctx)
	if err != nil {
		return nil, err
	}
	return t.Orgs(), nil
}
