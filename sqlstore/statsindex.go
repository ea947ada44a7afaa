package sqlstore

import (
	"context"
	"database/sql"
	"slices"
	"sync"
	"sync/atomic"

	"tiendo"
	"tiendo/vn"
)

// statsIndex keeps, in memory, the facts of every task that the
// organisation matrix counts (lead organisation, status, assigned, due and
// completion dates), so TaskStats by organisation aggregates in Go instead
// of reading ~300,000 index rows per request at a million tasks.
//
// It is kept current by the audit log: every write of the service is
// audited in its transaction and SQLite commits one writer at a time, so
// the newest audit id (StatsVersion) names a state of the tasks. Each use
// reads that version; when it moved, the tasks named by the new entries
// are read again. An entry that may change tasks without naming them
// rebuilds the index. Writes that bypass the service (tiendo gen, demo,
// migrations) happen before the first use, which reads every task; a
// write made later without an audit entry is not seen — the service's
// statistics cache relies on the same rule.
type statsIndex struct {
	mu    sync.RWMutex
	built bool
	// ready is built, readable without the lock: while the first build
	// holds it (serve's warmStats, seconds at a million tasks), requests
	// do not queue behind it but let SQL answer (refresh).
	ready   atomic.Bool
	warming atomic.Bool // WarmStatsInBackground is building it: requests never do
	off     bool        // the data set does not fit: the SQL pass answers
	version int64       // the audit id the facts are at least as new as
	orgIDs  []int64
	orgIdx  map[int64]uint16 // lead organisation id → index in orgIDs (from 1)
	facts   taskFacts
	// more holds the other organisations of the tasks with more than
	// fit in facts.extra (rare).
	more     map[int64][]uint16
	lists    bool // FindTasks may answer from the facts (IndexLists)
	minScope int  // the smallest scope whose plain list they answer
	// open marks the tasks with no completion date, a bit per id, and
	// lastDone is at least the latest completion date held: at an as-of
	// date on or after it, only those tasks can be overdue.
	open     []uint64
	lastDone day
	led      []int32 // tasks per lead organisation index
	// days[i] is the date of day firstDay+i, over the days the facts held
	// at the last build span; others are converted when met.
	firstDay day
	days     []vn.Date
}

// taskFacts is a struct of arrays indexed by task id (ids are dense:
// INTEGER PRIMARY KEY): 21 bytes a task. Org 0 is no task.
type taskFacts struct {
	org []uint16
	by  []uint16 // the assigning organisation, 0 when none is recorded
	// extra holds up to two cooperating organisations (0: none), so lists
	// can tell which tasks a scope or an organisation takes part in; tasks
	// with more keep them all in statsIndex.more, and {0, spilled} here.
	extra     [][2]uint16
	status    []uint8
	assigned  []day
	due       []day
	completed []day
}

// Task statuses as the timeliness rules see them, and the one a list
// filters on most (the results waiting for confirmation), which the rules
// treat as any other.
const (
	factOther uint8 = iota
	factPostponed
	factWithdrawn
	factReportedDone
)

// Bounds beyond which the index is not used and the SQL pass answers:
// lead organisations must fit a uint16, and ids must be dense enough for
// arrays indexed by id to stay small.
const (
	maxIndexOrgs  = 1<<16 - 2 // 1<<16 - 1 is spilled
	maxIndexTasks = 1 << 26
	// maxDelta is the most tasks re-read one by one; more rebuilds.
	maxDelta = 20000
)

// IndexStats makes TaskStats answer the organisation breakdown from an
// in-memory index of task facts kept current through the audit log. Only
// for an engine whose StatsVersion is exact (SQLite). Call it before the
// store is used.
func (s *Store) IndexStats() { s.stats = &statsIndex{} }

// StatsIndexSize reports the tasks the index holds and the bytes its
// arrays take (0, 0 before its first use or without the index).
func (s *Store) StatsIndexSize() (tasks, bytes int) {
	if s.stats == nil {
		return 0, 0
	}
	x := s.stats
	x.mu.RLock()
	defer x.mu.RUnlock()
	for _, o := range x.facts.org {
		if o != 0 {
			tasks++
		}
	}
	f := &x.facts
	return tasks, cap(f.org)*2 + cap(f.by)*2 + cap(f.extra)*4 + cap(f.status) + (cap(f.assigned)+cap(f.due)+cap(f.completed))*4
}

// WarmStats builds the statistics index now (at server start, say) rather
// than on the first request that needs it; requests meanwhile are answered
// by SQL. It returns once the index is built, by it or by a request.
func (s *Store) WarmStats(ctx context.Context) error {
	if s.stats == nil || s.tx != nil {
		return nil
	}
	v, ok, err := s.StatsVersion(ctx)
	if err != nil || !ok {
		return err
	}
	return s.stats.update(ctx, s, v, true)
}

// WarmStatsInBackground is WarmStats in a goroutine, whose result the
// channel gives. Until it ends, requests do not build the index
// themselves: SQL answers them.
func (s *Store) WarmStatsInBackground(ctx context.Context) <-chan error {
	done := make(chan error, 1)
	if s.stats == nil || s.tx != nil {
		done <- nil
		return done
	}
	s.stats.warming.Store(true)
	go func() {
		defer s.stats.warming.Store(false)
		done <- s.WarmStats(ctx)
	}()
	return done
}

// indexedOrgStats answers the organisation breakdown from the index;
// ok=false when the index cannot (none, inside a transaction, no exact
// version, or a data set outside its bounds).
func (s *Store) indexedOrgStats(ctx context.Context, q tiendo.StatsQuery) (rows []tiendo.StatsRow, ok bool, err error) {
	if s.stats == nil || s.tx != nil {
		return nil, false, nil
	}
	// The version is read before any fact: facts read after it are at
	// least as new, and a change committed in between is read again next
	// time (its audit id is above the version recorded).
	v, ok, err := s.StatsVersion(ctx)
	if err != nil || !ok {
		return nil, false, err
	}
	x := s.stats
	if err := x.refresh(ctx, s, v); err != nil {
		if unavailable(err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	// Before today, the tasks changed since count by their states in force
	// at the as-of date (Task.At): one range of task_history, read after
	// the facts so that none is older than the facts it replaces.
	var changed []tiendo.TaskState
	if s.past(q.AsOf) {
		if changed, err = s.statesInForce(ctx, q.AsOf, nil); err != nil {
			return nil, false, err
		}
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if !x.built {
		return nil, false, nil
	}
	return x.count(q, changed), true, nil
}

// errIndexBounds says the data set does not fit the index.
var errIndexBounds = tiendo.Errorf(tiendo.EINTERNAL, "statistics index bounds")

// errIndexBuilding says the index is being built for the first time.
var errIndexBuilding = tiendo.Errorf(tiendo.EINTERNAL, "statistics index being built")

// unavailable tells whether err only means that the index cannot answer
// now (SQL answers instead), not that reading failed.
func unavailable(err error) bool { return err == errIndexBounds || err == errIndexBuilding }

// refresh brings the index to version v or later: a full read the first
// time, else the tasks named by the audit entries in (x.version, v]. An
// index already past v (a concurrent request read a newer version and
// refreshed first) is used as it is: it is at least as new as asked.
//
// Until the index is first built, a request that finds it being built
// does not wait: it gets errIndexBuilding and SQL answers it.
func (x *statsIndex) refresh(ctx context.Context, s *Store, v int64) error {
	return x.update(ctx, s, v, false)
}

// update is refresh; warm waits for a first build in progress rather
// than leave it to SQL (WarmStats).
func (x *statsIndex) update(ctx context.Context, s *Store, v int64, warm bool) error {
	if x.ready.Load() {
		x.mu.RLock()
		current, off := x.built && x.version >= v, x.off
		x.mu.RUnlock()
		if off {
			return errIndexBounds
		}
		if current {
			return nil
		}
		x.mu.Lock()
	} else if warm {
		x.mu.Lock()
	} else if x.warming.Load() || !x.mu.TryLock() {
		return errIndexBuilding
	}
	defer x.mu.Unlock()
	if x.off {
		return errIndexBounds
	}
	if x.built && x.version >= v {
		return nil
	}
	if x.built {
		ids, full, err := touchedTasks(ctx, s, x.version, v)
		if err != nil {
			return err
		}
		if !full {
			if err := x.reread(ctx, s, ids); err != nil {
				return x.failed(err)
			}
			x.version = v
			return nil
		}
	}
	return x.failed(x.build(ctx, s, v))
}

// failed leaves the index unbuilt after an error, so the next use reads
// every task again, and switches it off for good when the data set does
// not fit.
func (x *statsIndex) failed(err error) error {
	if err != nil {
		x.built, x.facts = false, taskFacts{}
		x.ready.Store(false)
		x.off = err == errIndexBounds
	}
	return err
}

// build reads every task.
func (x *statsIndex) build(ctx context.Context, s *Store, v int64) error {
	x.built = false
	x.ready.Store(false)
	x.facts, x.orgIDs, x.orgIdx, x.more = taskFacts{}, []int64{0}, map[int64]uint16{}, map[int64][]uint16{}
	x.open, x.lastDone, x.led = nil, 0, nil
	var maxID, n int64
	if err := s.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM tasks").Scan(&maxID, &n); err != nil {
		return s.fail(err, "đọc chỉ mục thống kê", "")
	}
	if maxID >= maxIndexTasks || maxID > 4*n+1<<16 {
		return errIndexBounds
	}
	x.facts.grow(int(maxID) + 1)
	if err := x.read(ctx, s, "SELECT "+factColumns+" FROM tasks", nil); err != nil {
		return err
	}
	if err := x.readCoops(ctx, s, "", nil); err != nil {
		return err
	}
	x.fillDays()
	x.built, x.version = true, v
	x.ready.Store(true)
	return nil
}

// reread reads the facts of the tasks ids again; a task no longer there
// is dropped.
func (x *statsIndex) reread(ctx context.Context, s *Store, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	for _, id := range ids {
		if id > 0 && int(id) < len(x.facts.org) {
			x.setLead(id, 0)
			x.markOpen(id, false)
		}
	}
	var a sqlArgs
	if err := x.read(ctx, s, "SELECT "+factColumns+" FROM tasks WHERE "+s.inIDs(&a, "id", ids), a); err != nil {
		return err
	}
	var b sqlArgs
	return x.readCoops(ctx, s, " AND "+s.inIDs(&b, "task_id", ids), b)
}

// factColumns are the columns of a task's facts, in read's order.
const factColumns = "id, lead_org_id, status, assigned_on, due, completed_on, assigned_by_org_id"

// readCoops adds the cooperating organisations of the tasks that cond
// (" AND …" on task_orgs, or "") selects, after read has set their facts.
func (x *statsIndex) readCoops(ctx context.Context, s *Store, cond string, a sqlArgs) error {
	rows, err := s.read.QueryContext(ctx, "SELECT task_id, org_id FROM task_orgs WHERE role = 'cooperating'"+cond, a...)
	if err != nil {
		return s.fail(err, "đọc chỉ mục thống kê", "")
	}
	defer rows.Close()
	var id, org int64
	for rows.Next() {
		if err := rows.Scan(&id, &org); err != nil {
			return s.fail(err, "đọc chỉ mục thống kê", "")
		}
		if err := x.addOrg(id, org); err != nil {
			return err
		}
	}
	return s.fail(rows.Err(), "đọc chỉ mục thống kê", "")
}

// read stores the facts of the rows query returns.
func (x *statsIndex) read(ctx context.Context, s *Store, query string, a sqlArgs) error {
	rows, err := s.read.QueryContext(ctx, query, a...)
	if err != nil {
		return s.fail(err, "đọc chỉ mục thống kê", "")
	}
	defer rows.Close()
	var id, org int64
	var status sql.RawBytes
	var assigned, due, completed day
	var by sql.NullInt64
	for rows.Next() {
		if err := rows.Scan(&id, &org, &status, &assigned, &due, &completed, &by); err != nil {
			return s.fail(err, "đọc chỉ mục thống kê", "")
		}
		if err := x.set(id, org, string(status), assigned, due, completed); err != nil {
			return err
		}
		if by.Valid {
			o, err := x.orgIndex(by.Int64)
			if err != nil {
				return err
			}
			x.facts.by[id] = o
		}
	}
	return s.fail(rows.Err(), "đọc chỉ mục thống kê", "")
}

// set records one task's facts, growing the arrays for a new id.
func (x *statsIndex) set(id, org int64, status string, assigned, due, completed day) error {
	if id <= 0 || id >= maxIndexTasks {
		return errIndexBounds
	}
	o, err := x.orgIndex(org)
	if err != nil {
		return err
	}
	f := &x.facts
	if int(id) >= len(f.org) {
		f.grow(int(id) + 1)
	}
	x.setLead(id, o)
	f.assigned[id], f.due[id], f.completed[id] = assigned, due, completed
	if f.extra[id][1] == spilled {
		delete(x.more, id)
	}
	f.extra[id], f.by[id] = [2]uint16{}, 0
	x.markOpen(id, completed == 0)
	x.lastDone = max(x.lastDone, completed)
	switch tiendo.Status(status) {
	case tiendo.StatusWithdrawn:
		f.status[id] = factWithdrawn
	case tiendo.StatusPostponed:
		f.status[id] = factPostponed
	case tiendo.StatusReportedDone:
		f.status[id] = factReportedDone
	default:
		f.status[id] = factOther
	}
	return nil
}

// setLead makes o (0: none, the task is gone) task id's lead, keeping the
// count of tasks per lead.
func (x *statsIndex) setLead(id int64, o uint16) {
	if old := x.facts.org[id]; old != 0 {
		x.led[old]--
	}
	if o != 0 {
		if int(o) >= len(x.led) {
			x.led = append(x.led, make([]int32, int(o)+1-len(x.led))...)
		}
		x.led[o]++
	}
	x.facts.org[id] = o
}

// markOpen sets or clears task id's bit in x.open.
func (x *statsIndex) markOpen(id int64, open bool) {
	w, bit := int(id/64), uint64(1)<<(id%64)
	if w >= len(x.open) {
		if !open {
			return
		}
		x.open = growTo(x.open, w+1, w+1+w/64+16)
	}
	if open {
		x.open[w] |= bit
	} else {
		x.open[w] &^= bit
	}
}

// orgIndex returns the index of organisation org, giving it one when new.
func (x *statsIndex) orgIndex(org int64) (uint16, error) {
	o, ok := x.orgIdx[org]
	if !ok {
		if len(x.orgIDs) > maxIndexOrgs {
			return 0, errIndexBounds
		}
		o = uint16(len(x.orgIDs))
		x.orgIdx[org] = o
		x.orgIDs = append(x.orgIDs, org)
	}
	return o, nil
}

// addOrg records that org cooperates on task id: in extra
// while two slots hold them, else all in more. A task whose facts are not
// set is skipped: the cooperating organisations are read after the tasks,
// so a task created in between is not there yet (its audit entry, above
// the version read first, brings it next time).
func (x *statsIndex) addOrg(id, org int64) error {
	if id <= 0 || int(id) >= len(x.facts.org) || x.facts.org[id] == 0 {
		return nil
	}
	o, err := x.orgIndex(org)
	if err != nil || o == x.facts.org[id] {
		return err
	}
	e := &x.facts.extra[id]
	switch {
	case e[1] == spilled:
		if more := x.more[id]; !slices.Contains(more, o) {
			x.more[id] = append(more, o)
		}
	case e[0] == 0 || e[0] == o:
		e[0] = o
	case e[1] == 0 || e[1] == o:
		e[1] = o
	default:
		x.more[id] = []uint16{e[0], e[1], o}
		*e = [2]uint16{0, spilled}
	}
	return nil
}

// spilled in a task's extra[1] says its organisations are in more.
const spilled = 1<<16 - 1

// grow lengthens every array to n, with room to spare for new tasks.
func (f *taskFacts) grow(n int) {
	if n <= len(f.org) {
		return
	}
	spare := n + n/64 + 1024
	f.org = growTo(f.org, n, spare)
	f.extra = growTo(f.extra, n, spare)
	f.by = growTo(f.by, n, spare)
	f.status = growTo(f.status, n, spare)
	f.assigned = growTo(f.assigned, n, spare)
	f.due = growTo(f.due, n, spare)
	f.completed = growTo(f.completed, n, spare)
}

func growTo[T any](s []T, n, spare int) []T {
	if n <= cap(s) {
		return s[:n]
	}
	out := make([]T, n, max(spare, cap(s)+cap(s)/8))
	copy(out, s)
	return out
}
