package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"tiendo"
	"tiendo/vn"
)

// querier is what both a pool and a transaction can do.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Store implements tiendo.Store over database/sql. Outside a transaction it
// reads through the read pool and runs each write method in its own write
// transaction; inside Tx every call goes through the one transaction.
type Store struct {
	write *sql.DB
	read  *sql.DB
	tx    *sql.Tx // non-nil for the Store handed to a Tx callback
	d     Dialect
	clock tiendo.Clock
	cache readCaches   // shared by the Stores a Tx derives
	stats *statsIndex  // nil: TaskStats always runs SQL (IndexStats)
	batch *batcher     // nil: each write transaction commits alone
	log   *slog.Logger // where skipped rows are reported; nil: slog.Default()
	// lastChange is the latest day a task state changed (task_history),
	// when known: set on the copy atAsOf hands a read at a past as-of date.
	lastChange vn.Date
	knowsLast  bool
	textScan   *int // replaces textScanMost's bound when set (SetTextScanMax)
}

// SetLogger sets where the store reports rows it had to skip.
func (s *Store) SetLogger(l *slog.Logger) { s.log = l }

// skipRow reports a row of a list that could not be decoded (a date no
// parser accepts, text that is not a number…). Lists go on without it: one
// bad row, however it got there, must not take a page down for everyone.
func (s *Store) skipRow(what string, err error) {
	l := s.log
	if l == nil {
		l = slog.Default()
	}
	l.Error("sqlstore: skipped a row that cannot be read", "list", what, "err", err)
}

var _ tiendo.Store = (*Store)(nil)

// New returns a Store over a write pool and a read pool. SQLite passes a
// single-connection writer and a separate reader pool so that writers queue
// in Go instead of failing with "database is locked"; PostgreSQL passes the
// same pool twice. A nil clock means the system clock.
func New(write, read *sql.DB, d Dialect, clock tiendo.Clock) *Store {
	if read == nil {
		read = write
	}
	if clock == nil {
		clock = tiendo.SystemClock{}
	}
	return &Store{write: write, read: read, d: d, clock: clock, cache: newReadCaches()}
}

// readCaches are the values of rarely written tables kept between calls
// (stampCache); nil ones are not cached.
type readCaches struct {
	orgs     *stampCache[*tiendo.OrgTree]
	rules    *stampCache[[]*tiendo.RulesVersion]
	closings *stampCache[[]*tiendo.PeriodClosing] // in force, without figures
}

func newReadCaches() readCaches {
	return readCaches{
		orgs:     newStampCache[*tiendo.OrgTree](orgStampSQL),
		rules:    newStampCache[[]*tiendo.RulesVersion](readStampSQL("rules_versions")),
		closings: newStampCache[[]*tiendo.PeriodClosing](readStampSQL("period_closings")),
	}
}

// readStampSQL reads a counter of read_stamps (migration 00080).
func readStampSQL(name string) string { return "SELECT n FROM read_stamps WHERE name = '" + name + "'" }

func (c readCaches) close() error {
	return errors.Join(c.orgs.close(), c.rules.close(), c.closings.close())
}

// Dialect returns the engine's dialect.
func (s *Store) Dialect() Dialect { return s.d }

// DB returns the write pool, for components that need a *sql.DB of their
// own (session storage) and for maintenance. On SQLite it is the single
// writer connection, so writes through it queue with the store's writes;
// never use it inside Tx there, where the transaction holds that connection.
func (s *Store) DB() *sql.DB { return s.write }

// Ping checks that the database answers, for readiness probes. It uses the
// read pool: on SQLite the single writer connection may be held by a long
// transaction, and a probe must not wait for it.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.read.PingContext(ctx); err != nil {
		return s.internal("kiểm tra kết nối", err)
	}
	return nil
}

// Close closes both pools. Closing a Store bound to a transaction does
// nothing: the transaction belongs to Tx.
func (s *Store) Close() error {
	if s.tx != nil {
		return nil
	}
	if s.batch != nil {
		s.batch.close()
	}
	err := errors.Join(s.cache.close(), s.write.Close())
	if s.read != s.write {
		err = errors.Join(err, s.read.Close())
	}
	return err
}

// Tx runs fn in one write transaction and commits when fn returns nil; any
// error or panic rolls back. Inside a transaction Tx reuses it, so callers
// may compose transactional helpers freely.
func (s *Store) Tx(ctx context.Context, fn func(tiendo.Store) error) error {
	if s.tx != nil {
		return fn(s)
	}
	return s.inTx(ctx, func(ts *Store) error { return fn(ts) })
}

// inTx begins a write transaction, runs fn with a Store bound to it and
// commits. A panic in fn rolls back and is re-raised.
func (s *Store) inTx(ctx context.Context, fn func(*Store) error) (err error) {
	if s.batch != nil {
		return s.batch.do(ctx, fn)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return s.internal("bắt đầu giao dịch", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	ts := *s
	ts.tx = tx
	if err = fn(&ts); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return s.internal("ghi giao dịch", err)
	}
	return nil
}

// writeTx runs fn in the current transaction, or in a new write
// transaction when there is none: every write method goes through it.
func (s *Store) writeTx(ctx context.Context, fn func(*Store) error) error {
	if s.tx != nil {
		return fn(s)
	}
	return s.inTx(ctx, fn)
}

// q is the querier for reads: the transaction when there is one, so a
// transaction sees its own writes, else the read pool.
func (s *Store) q() querier {
	if s.tx != nil {
		return s.hot()
	}
	return s.read
}

// w is the querier for writes. Write methods call it only inside writeTx,
// where s.tx is always set.
func (s *Store) w() querier {
	return s.hot()
}

// now is the clock's time in UTC, truncated to the microsecond that both
// engines store.
func (s *Store) now() time.Time {
	return s.clock.Now().UTC().Truncate(time.Microsecond)
}

// internal wraps an unexpected driver error; its text goes to logs only.
func (s *Store) internal(what string, err error) error {
	return &tiendo.Error{Code: tiendo.EINTERNAL, Message: "Lỗi cơ sở dữ liệu", Err: fmt.Errorf("%s (%s): %w", what, s.d.Name(), err)}
}
