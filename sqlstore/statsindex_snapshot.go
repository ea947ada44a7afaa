package sqlstore

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"io"
)

// A snapshot of the statistics index lets a restarted server answer its
// first statistics request from the index (issue 19): reading every task
// again takes seconds at a million tasks (2,225 ms for the first request
// at 300,000), reading 21 bytes a task back from a file a few tens of
// milliseconds. The snapshot names the state it holds by the newest audit
// entry (its id, time, action and entity: the log is append-only, so a
// database restored from an older backup or another database does not
// match) and the schema's migration version; loading it then applies the
// audit entries written since, as a running index does, and checks the
// number and highest id of the tasks against the table, which catches
// tasks added or removed without an audit entry (tiendo gen). A change
// to a task's row made without an audit entry while the server was
// stopped is not seen, as it would not be while it runs (see statsIndex).

// snapshotMagic starts every snapshot; the digit is the format's version.
const snapshotMagic = "tiendo-stats-snapshot-1\n"

// snapshotMark names the database state a snapshot holds.
type snapshotMark struct {
	Version   int64 // newest audit id
	LoggedAt  string
	Action    string
	EntityID  int64
	Migration int64
}

// mark reads the mark of the database's state at audit id v.
func (s *Store) snapshotMark(ctx context.Context, v int64) (snapshotMark, error) {
	m := snapshotMark{Version: v}
	err := s.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(version_id), 0) FROM goose_db_version").Scan(&m.Migration)
	if err != nil {
		return m, s.fail(err, "đọc ảnh chụp thống kê", "")
	}
	if v == 0 {
		return m, nil
	}
	err = s.read.QueryRowContext(ctx, "SELECT logged_at, action, entity_id FROM audit_log WHERE id = $1", v).
		Scan(&m.LoggedAt, &m.Action, &m.EntityID)
	if err == sql.ErrNoRows {
		return m, errSnapshotStale
	}
	return m, s.fail(err, "đọc ảnh chụp thống kê", "")
}

// errSnapshotStale says a snapshot does not hold this database's state.
var errSnapshotStale = errors.New("statistics snapshot does not match the database")

// SaveStatsSnapshot writes the statistics index to w, once built (it
// writes nothing, and says so with false, before that or without one).
func (s *Store) SaveStatsSnapshot(ctx context.Context, w io.Writer) (bool, error) {
	x := s.stats
	if x == nil || !x.ready.Load() {
		return false, nil
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if !x.built {
		return false, nil
	}
	m, err := s.snapshotMark(ctx, x.version)
	if err != nil {
		return false, err
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	f := &x.facts
	extra := make([]uint16, 2*len(f.extra))
	for i, e := range f.extra {
		extra[2*i], extra[2*i+1] = e[0], e[1]
	}
	var more []int64 // id, count, organisations, … flattened
	for id, orgs := range x.more {
		more = append(more, id, int64(len(orgs)))
		for _, o := range orgs {
			more = append(more, int64(o))
		}
	}
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	putString := func(t string) {
		put(int64(len(t)))
		put([]byte(t))
	}
	putString(snapshotMagic)
	put([]int64{m.Version, m.EntityID, m.Migration, int64(len(f.org)), int64(len(x.orgIDs)), int64(len(x.open)),
		int64(len(x.led)), int64(len(more)), int64(x.lastDone)})
	putString(m.LoggedAt)
	putString(m.Action)
	for _, v := range []any{x.orgIDs, x.open, x.led, more, f.org, f.by, extra, f.status, f.assigned, f.due, f.completed} {
		put(v)
	}
	if err != nil {
		return false, err
	}
	return true, bw.Flush()
}

// LoadStatsSnapshot reads a snapshot written by SaveStatsSnapshot into the
// statistics index and brings it up to date with the audit log. ok is
// false, and the index left unbuilt, when r holds no snapshot of this
// database's state (another database, an older one, a format or schema
// since changed, tasks written without an audit entry): WarmStats then
// reads every task.
func (s *Store) LoadStatsSnapshot(ctx context.Context, r io.Reader) (ok bool, err error) {
	x := s.stats
	if x == nil || s.tx != nil {
		return false, nil
	}
	x.mu.Lock()
	err = x.load(ctx, s, bufio.NewReaderSize(r, 1<<16))
	x.mu.Unlock()
	if err == errSnapshotStale {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	v, ok, err := s.StatsVersion(ctx)
	if err != nil || !ok {
		return false, err
	}
	if err := x.refresh(ctx, s, v); err != nil {
		return false, err
	}
	var maxID, n int64
	if err := s.read.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0), COUNT(*) FROM tasks").Scan(&maxID, &n); err != nil {
		return false, s.fail(err, "đọc ảnh chụp thống kê", "")
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	held, top := 0, int64(0)
	for id, o := range x.facts.org {
		if o != 0 {
			held, top = held+1, int64(id)
		}
	}
	if int64(held) != n || top != maxID {
		x.failed(errSnapshotStale) // tasks written without an audit entry
		return false, nil
	}
	return true, nil
}

// load reads a snapshot into x (locked), which is built at the
// snapshot's version when it matches the database.
func (x *statsIndex) load(ctx context.Context, s *Store, r io.Reader) (err error) {
	get := func(v any) {
		if err == nil {
			err = binary.Read(r, binary.LittleEndian, v)
		}
	}
	getString := func(limit int64) string {
		var n int64
		get(&n)
		if err != nil || n < 0 || n > limit {
			err = errSnapshotStale
			return ""
		}
		b := make([]byte, n)
		get(b)
		return string(b)
	}
	if getString(64) != snapshotMagic {
		return errSnapshotStale
	}
	var h [9]int64
	get(&h)
	var m snapshotMark
	m.Version, m.EntityID, m.Migration = h[0], h[1], h[2]
	m.LoggedAt, m.Action = getString(64), getString(256)
	if err != nil {
		return errSnapshotStale
	}
	tasks, orgs, open, led, more := h[3], h[4], h[5], h[6], h[7]
	if tasks < 0 || tasks > maxIndexTasks || orgs < 1 || orgs > maxIndexOrgs+1 || open < 0 || open > tasks/64+1<<20 ||
		led < 0 || led > orgs || more < 0 || more > 64*tasks {
		return errSnapshotStale
	}
	now, err := s.snapshotMark(ctx, m.Version)
	if err != nil {
		return err
	}
	if now != m {
		return errSnapshotStale
	}
	x.built = false
	x.ready.Store(false)
	x.orgIDs, x.open, x.led = make([]int64, orgs), make([]uint64, open), make([]int32, led)
	flat := make([]int64, more)
	f := taskFacts{}
	f.grow(int(tasks))
	extra := make([]uint16, 2*tasks)
	for _, v := range []any{x.orgIDs, x.open, x.led, flat, f.org, f.by, extra, f.status, f.assigned, f.due, f.completed} {
		get(v)
	}
	if err != nil {
		return errSnapshotStale
	}
	for i := range f.extra {
		f.extra[i] = [2]uint16{extra[2*i], extra[2*i+1]}
		e := f.extra[i]
		if int64(f.org[i]) >= orgs || int64(f.by[i]) >= orgs || f.status[i] > factReportedDone ||
			int64(e[0]) >= orgs || (int64(e[1]) >= orgs && e[1] != spilled) {
			return errSnapshotStale // not what SaveStatsSnapshot writes
		}
	}
	x.orgIdx = make(map[int64]uint16, orgs)
	for i, id := range x.orgIDs[1:] {
		x.orgIdx[id] = uint16(i + 1)
	}
	x.more = map[int64][]uint16{}
	for i := 0; i+1 < len(flat); {
		id, n := flat[i], int(flat[i+1])
		if n < 0 || i+2+n > len(flat) {
			return errSnapshotStale
		}
		for _, o := range flat[i+2 : i+2+n] {
			if o <= 0 || o >= orgs {
				return errSnapshotStale
			}
			x.more[id] = append(x.more[id], uint16(o))
		}
		i += 2 + n
	}
	x.facts, x.lastDone = f, day(h[8])
	x.fillDays()
	x.built, x.version = true, m.Version
	x.ready.Store(true)
	return nil
}
