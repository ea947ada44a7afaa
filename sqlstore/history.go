package sqlstore

import (
	"context"
	"encoding/json"
	"time"

	"tiendo"
	"tiendo/vn"
)

// The history of each task's state (tiendo.TaskState, migration 00064):
// every write of a task that changes what timeliness reads stores the
// state it replaces, so that an as-of date before today is answered with
// the state of that day (Task.At in Go, stateAt in rules.go).

// past tells whether a task's state may have changed after the as-of
// date t, so that answers at t must read the history: t is before today
// and, on a store from atAsOf, before the latest change. Otherwise every
// answer reads the tasks' own columns, exactly as before the history
// existed, with the same plans.
func (s *Store) past(t vn.Date) bool {
	if !t.Before(tiendo.Today(s.clock)) {
		return false
	}
	return !s.knowsLast || t.Before(s.lastChange)
}

// atAsOf returns s for an as-of date today or later; before today, a copy
// that knows the latest change's day (one probe of the task_history primary
// key), so that a past date after every change is answered as today is.
func (s *Store) atAsOf(ctx context.Context, t vn.Date) (*Store, error) {
	if t.IsZero() || !t.Before(tiendo.Today(s.clock)) {
		return s, nil
	}
	var last vn.Date
	if err := s.q().QueryRowContext(ctx, "SELECT MAX(until_on) FROM task_history").Scan(&last); err != nil {
		return nil, s.fail(err, "đọc lịch sử nhiệm vụ", "")
	}
	c := *s
	c.lastChange, c.knowsLast = last, true
	return &c, nil
}

// recordTaskState stores the state t replaces when t's write changes it
// (tiendo.StateChanged). The change is dated tiendo.ChangeDay: today, or
// the day a loader of recorded history says. Several changes on one day
// keep the state the day began with; a day before the latest recorded
// change counts as that day, so the rows' days never overlap. old is the
// row as it was before the write.
func (s *Store) recordTaskState(ctx context.Context, t, old *tiendo.Task) error {
	if !tiendo.StateChanged(old.State(vn.Date{}), t.State(vn.Date{})) {
		return nil
	}
	var last vn.Date
	err := s.w().QueryRowContext(ctx, "SELECT MAX(until_on) FROM task_history WHERE task_id = $1", t.ID).Scan(&last)
	if err != nil {
		return s.fail(err, "đọc lịch sử nhiệm vụ", "")
	}
	day := tiendo.ChangeDay(ctx, s.clock)
	if !last.IsZero() && !day.After(last) {
		return nil // the state this day began with is recorded already
	}
	st := old.State(last)
	st.TaskID, st.Until = t.ID, day
	return s.insertTaskState(ctx, st)
}

func (s *Store) insertTaskState(ctx context.Context, st tiendo.TaskState) error {
	_, err := s.w().ExecContext(ctx, `INSERT INTO task_history (task_id, until_on, from_on, due, status,
		completed_on, assigned_on) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		st.TaskID, st.Until, st.From, st.Due, string(st.Status), st.CompletedOn, st.AssignedOn)
	return s.fail(err, "ghi lịch sử nhiệm vụ", "")
}

const taskStateColumns = "h.task_id, h.from_on, h.until_on, h.due, h.status, h.completed_on, h.assigned_on"

func scanTaskState(r interface{ Scan(...any) error }) (*tiendo.TaskState, error) {
	var st tiendo.TaskState
	err := r.Scan(&st.TaskID, &st.From, &st.Until, &st.Due, &st.Status, &st.CompletedOn, &st.AssignedOn)
	return &st, err
}

// FindTaskHistory returns the past states of a task, oldest first.
func (s *Store) FindTaskHistory(ctx context.Context, taskID int64) ([]tiendo.TaskState, error) {
	list, err := queryList(ctx, s, "đọc lịch sử nhiệm vụ", "SELECT "+taskStateColumns+
		" FROM task_history h WHERE h.task_id = $1 ORDER BY h.until_on", []any{taskID}, scanTaskState)
	return derefStates(list), err
}

// statesInForce returns the states in force at t of the tasks changed
// after it (all of them when ids is nil, else those of ids): one range of
// task_history (its primary key).
func (s *Store) statesInForce(ctx context.Context, t vn.Date, ids []int64) ([]tiendo.TaskState, error) {
	var a sqlArgs
	q := "SELECT " + taskStateColumns + " FROM task_history h WHERE " + inForce("h", a.add(t))
	if ids != nil {
		if len(ids) == 0 {
			return nil, nil
		}
		q += " AND " + s.inIDs(&a, "h.task_id", ids)
	}
	list, err := queryList(ctx, s, "đọc lịch sử nhiệm vụ", q, a, scanTaskState)
	return derefStates(list), err
}

func derefStates(list []*tiendo.TaskState) []tiendo.TaskState {
	out := make([]tiendo.TaskState, len(list))
	for i, st := range list {
		out[i] = *st
	}
	return out
}

// tasksAt returns tasks as they stood at the end of day t (Task.At) when t
// is before today; the tasks themselves otherwise.
func (s *Store) tasksAt(ctx context.Context, tasks []*tiendo.Task, t vn.Date) ([]*tiendo.Task, error) {
	if t.IsZero() || !s.past(t) || len(tasks) == 0 {
		return tasks, nil
	}
	ids := make([]int64, len(tasks))
	for i, k := range tasks {
		ids[i] = k.ID
	}
	states, err := s.statesInForce(ctx, t, ids)
	if err != nil || len(states) == 0 {
		return tasks, err
	}
	out := make([]*tiendo.Task, len(tasks))
	for i, k := range tasks {
		out[i] = k.At(t, states)
	}
	return out, nil
}

// backfillTaskHistory fills task_history from the audit log once, after
// migration 00064: each audited task write whose before and after record
// the deadline, status and completion date (lifecycle steps, extensions,
// delegation, moves to a successor) and changes what timeliness reads
// becomes the state it replaced, dated by the entry's day in Vietnam.
// Tasks written without an audit entry (tiendo gen, bulk loads) keep no
// history: their past is read from their current columns, as before.
func (s *Store) backfillTaskHistory(ctx context.Context) error {
	return s.inTx(ctx, func(s *Store) error {
		var pending int
		if err := s.w().QueryRowContext(ctx, "SELECT COUNT(*) FROM task_history_backfill").Scan(&pending); err != nil {
			return s.fail(err, "đọc lịch sử nhiệm vụ", "")
		}
		if pending == 0 {
			return nil
		}
		type entry struct {
			task          int64
			at            time.Time
			before, after string
			assigned      vn.Date
		}
		var entries []entry
		err := eachRow(ctx, s, "đọc nhật ký", `SELECT a.task_id, a.logged_at, a.before_json, a.after_json, t.assigned_on
			FROM audit_log a JOIN tasks t ON t.id = a.task_id
			WHERE a.entity_type = 'task' AND a.before_json IS NOT NULL AND a.after_json IS NOT NULL
			ORDER BY a.task_id, a.id`, nil, func(r interface{ Scan(...any) error }) error {
			var e entry
			if err := r.Scan(&e.task, timeScan{&e.at}, &e.before, &e.after, &e.assigned); err != nil {
				return err
			}
			entries = append(entries, e)
			return nil
		})
		if err != nil {
			return err
		}
		var task int64
		var last vn.Date
		for _, e := range entries {
			if e.task != task {
				task, last = e.task, vn.Date{}
			}
			b, okB := auditState(e.before)
			a, okA := auditState(e.after)
			if !okB || !okA || !tiendo.StateChanged(b, a) {
				continue
			}
			day := vn.DateOf(e.at)
			if !last.IsZero() && !day.After(last) {
				continue
			}
			b.TaskID, b.From, b.Until, b.AssignedOn = e.task, last, day, e.assigned
			if err := s.insertTaskState(ctx, b); err != nil {
				return err
			}
			last = day
		}
		_, err = s.w().ExecContext(ctx, "DELETE FROM task_history_backfill")
		return s.fail(err, "ghi lịch sử nhiệm vụ", "")
	})
}

// auditState reads the state an audit entry's before or after records;
// false when it does not record all of deadline, status and completion.
func auditState(doc string) (tiendo.TaskState, bool) {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(doc), &m) != nil {
		return tiendo.TaskState{}, false
	}
	var st tiendo.TaskState
	for key, dst := range map[string]any{"due": &st.Due, "status": &st.Status, "completed_on": &st.CompletedOn} {
		raw, ok := m[key]
		if !ok || json.Unmarshal(raw, dst) != nil {
			return tiendo.TaskState{}, false
		}
	}
	return st, st.Status != ""
}

// FindTasks returns one page of the tasks matching f and their total; with
// an as-of date before today, as they stood at its end (Task.At), so that
// whoever derives their timeliness at it in Go gets what the filter used.
func (s *Store) FindTasks(ctx context.Context, f tiendo.TaskFilter) ([]*tiendo.Task, int, error) {
	s, err := s.atAsOf(ctx, s.asOf(f))
	if err != nil {
		return nil, 0, err
	}
	tasks, total, err := s.findTasks(ctx, f)
	if err != nil || f.AsOf.IsZero() {
		return tasks, total, err
	}
	tasks, err = s.tasksAt(ctx, tasks, f.AsOf)
	return tasks, total, err
}

// dueAt reads a condition on the deadline from the state in force at f's
// as-of date when that is before today (stateAt), so that a list's due
// range and the deadline of the tasks it returns (Task.At) agree.
func (s *Store) dueAt(a *sqlArgs, f tiendo.TaskFilter, cond func(string) string) func(string) string {
	if T := s.asOf(f); s.past(T) {
		return stateAt(true, a.add(T), cond)
	}
	return cond
}
