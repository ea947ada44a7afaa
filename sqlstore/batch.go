package sqlstore

import (
	"context"
	"errors"
	"sync"
)

// batcher runs the write transactions of concurrent callers in one
// database transaction and commits them together (group commit), each in a
// savepoint of its own so that it still succeeds or fails alone.
//
// SQLite has one writer. Transactions queue for it anyway, and each commit
// costs a WAL sync and its own bookkeeping, which at a few hundred
// microseconds is as much as creating a task: committing whatever queued
// while the previous batch ran spreads that cost over the batch, and a
// caller is still answered only after its work is durable.
type batcher struct {
	s       *Store
	max     int
	stmts   *stmtCache
	jobs    chan *job
	quit    chan struct{}
	start   sync.Once
	closing sync.Once
}

// job is one caller's transaction.
type job struct {
	ctx  context.Context
	fn   func(*Store) error
	done chan jobResult
}

type jobResult struct {
	err      error
	panicked bool
	panic    any
}

// BatchWrites makes concurrent write transactions (Tx and the write
// methods) share database transactions, up to max of them in one commit.
// Only for an engine with one writer connection (SQLite): there the
// callers queue anyway; with many connections it would serialise them.
// Call it before the store is used.
func (s *Store) BatchWrites(max int) {
	s.batch = &batcher{s: s, max: max, stmts: &stmtCache{queries: hotStatements(s.d)},
		jobs: make(chan *job), quit: make(chan struct{})}
}

// do runs fn in a batch and waits for the batch's commit.
func (b *batcher) do(ctx context.Context, fn func(*Store) error) error {
	b.start.Do(func() { go b.loop() })
	j := &job{ctx: ctx, fn: fn, done: make(chan jobResult, 1)}
	select {
	case b.jobs <- j:
	case <-b.quit:
		return b.s.internal("bắt đầu giao dịch", errors.New("store closed"))
	case <-ctx.Done():
		return b.s.internal("bắt đầu giao dịch", ctx.Err())
	}
	// Once handed over, the job may be running: wait for its outcome even
	// if the caller gives up meanwhile.
	r := <-j.done
	if r.panicked {
		panic(r.panic)
	}
	return r.err
}

// loop takes a job, adds every job already waiting (up to max), and runs
// them as one batch, until the store is closed.
func (b *batcher) loop() {
	for {
		var batch []*job
		select {
		case j := <-b.jobs:
			batch = append(batch, j)
		case <-b.quit:
			return
		}
	more:
		for len(batch) < b.max {
			select {
			case j := <-b.jobs:
				batch = append(batch, j)
			default:
				break more
			}
		}
		b.run(batch)
	}
}

func (b *batcher) close() {
	b.closing.Do(func() {
		close(b.quit)
		_ = b.stmts.close()
	})
}

// run executes one batch, in as many transactions as its first jobs'
// failures need (runTx); every job is answered once its outcome is known.
func (b *batcher) run(batch []*job) {
	results := make([]jobResult, len(batch))
	defer func() {
		for i, j := range batch {
			j.done <- results[i]
		}
	}()
	for done := 0; done < len(batch); {
		done += b.runTx(batch[done:], results[done:])
	}
}

// The batcher's own statements, prepared once with the hot writes.
const (
	sqlSavepoint  = "SAVEPOINT batch_job"
	sqlRelease    = "RELEASE batch_job"
	sqlRollbackTo = "ROLLBACK TO batch_job"
)

// runTx runs jobs in one transaction and fills their results; it returns
// how many it answered. The first job runs without a savepoint: a
// savepoint makes SQLite journal every page the job touches, and a job
// touching more than StmtJournalSpill's 30 pages spills it to a temporary
// file, two writes a page (issue 18: 16% of a report's CPU with 8
// clients). If that first job fails, the transaction is rolled back, the
// job answered, and the rest of the batch, not run yet, goes to the next
// transaction. The others run each between SAVEPOINT and RELEASE, a failed
// one rolled back to its savepoint, then one COMMIT for all that
// succeeded. If the transaction itself breaks (SQLite rolls the whole
// transaction back on some errors, and the savepoint is then gone), every
// job it ran fails, none is half-committed.
func (b *batcher) runTx(jobs []*job, results []jobResult) int {
	ok := make([]bool, len(jobs))
	failAll := func(err error) int {
		for i := range jobs {
			if ok[i] || results[i].err == nil && !results[i].panicked {
				results[i] = jobResult{err: err}
			}
		}
		return len(jobs)
	}
	bg := context.Background()
	b.stmts.prepare(bg, b.s.write) // before BeginTx: the writer is free
	tx, err := b.s.write.BeginTx(bg, nil)
	if err != nil {
		return failAll(b.s.internal("bắt đầu giao dịch", err))
	}
	ts := *b.s
	ts.tx = tx
	results[0] = b.runFirst(&ts, jobs[0])
	if results[0].err != nil || results[0].panicked {
		_ = tx.Rollback()
		return 1
	}
	ok[0] = true
	q := txStmts{tx: tx, cache: b.stmts}
	for i := 1; i < len(jobs); i++ {
		j := jobs[i]
		if err := j.ctx.Err(); err != nil {
			results[i] = jobResult{err: b.s.internal("bắt đầu giao dịch", err)}
			continue
		}
		if _, err := q.ExecContext(bg, sqlSavepoint); err != nil {
			_ = tx.Rollback()
			return failAll(b.s.internal("bắt đầu giao dịch", err))
		}
		results[i] = runJob(&ts, j)
		ok[i] = results[i].err == nil && !results[i].panicked
		end := []string{sqlRelease}
		if !ok[i] {
			end = []string{sqlRollbackTo, sqlRelease}
		}
		for _, stmt := range end {
			if _, err := q.ExecContext(bg, stmt); err != nil {
				_ = tx.Rollback()
				return failAll(b.s.internal("ghi giao dịch", err))
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return failAll(b.s.internal("ghi giao dịch", err))
	}
	return len(jobs)
}

// runFirst runs the first job of a transaction, or answers a cancelled
// caller without running it.
func (b *batcher) runFirst(ts *Store, j *job) jobResult {
	if err := j.ctx.Err(); err != nil {
		return jobResult{err: b.s.internal("bắt đầu giao dịch", err)}
	}
	return runJob(ts, j)
}

// runJob runs one job's function, turning a panic into a result so that
// it is raised again in the caller's goroutine.
func runJob(ts *Store, j *job) (r jobResult) {
	defer func() {
		if p := recover(); p != nil {
			r = jobResult{panicked: true, panic: p}
		}
	}()
	return jobResult{err: j.fn(ts)}
}
