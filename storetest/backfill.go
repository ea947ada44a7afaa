package storetest

import (
	"context"
	"database/sql"
	"encoding/json"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

// Backfill checks that the task history is filled from the audit log
// (migration 00064, run once at the first Migrate after it): st is a
// fresh migrated store on clock, db its database and migrate its Migrate:
// the test marks the backfill pending again and migrates (twice: the
// second finds nothing to do), as a database upgraded to 00064 would be.
func Backfill(t *testing.T, st tiendo.Store, clock *tiendo.FixedClock, db *sql.DB, migrate func(context.Context) error) {
	f := newFixture(t, st)
	o := f.org("A")
	k := f.task(o.ID, func(t *tiendo.Task) {
		t.AssignedOn, t.Due, t.OriginalDue = d(2023, 3, 1), d(2023, 4, 17), d(2023, 4, 17)
	})
	other := f.task(o.ID)
	state := func(status tiendo.Status, due, done vn.Date) json.RawMessage {
		b, err := json.Marshal(map[string]any{"status": status, "due": due, "completed_on": done, "percent": 10})
		must(f, err)
		return b
	}
	at := func(y, m, day, hour int) time.Time {
		return time.Date(y, time.Month(m), day, hour, 0, 0, 0, vn.Location).UTC()
	}
	for _, e := range []struct {
		task          int64
		at            time.Time
		before, after json.RawMessage
	}{
		// A progress report: no change timeliness reads.
		{k.ID, at(2023, 3, 20, 9), state(tiendo.StatusAssigned, d(2023, 4, 17), vn.Date{}), state(tiendo.StatusInProgress, d(2023, 4, 17), vn.Date{})},
		// An extension on 01/07/2025 at 06:00 in Vietnam (23:00 UTC the day before).
		{k.ID, at(2025, 7, 1, 6), state(tiendo.StatusExtensionRequested, d(2023, 4, 17), vn.Date{}), state(tiendo.StatusInProgress, d(2026, 12, 31), vn.Date{})},
		// Two changes on one day: the state the day began with is kept.
		{k.ID, at(2025, 8, 1, 9), state(tiendo.StatusInProgress, d(2026, 12, 31), vn.Date{}), state(tiendo.StatusPostponed, d(2026, 12, 31), vn.Date{})},
		{k.ID, at(2025, 8, 1, 15), state(tiendo.StatusPostponed, d(2026, 12, 31), vn.Date{}), state(tiendo.StatusInProgress, d(2026, 12, 31), vn.Date{})},
		// A confirmation.
		{k.ID, at(2025, 9, 20, 9), state(tiendo.StatusReportedDone, d(2026, 12, 31), vn.Date{}), state(tiendo.StatusCompleted, d(2026, 12, 31), d(2023, 4, 10))},
		// An entry without the state (an edit of the content).
		{other.ID, at(2025, 1, 1, 9), json.RawMessage(`{"title":"a"}`), json.RawMessage(`{"title":"b"}`)},
	} {
		id := e.task
		clock.T = e.at
		must(f, st.AppendAudit(context.Background(), &tiendo.AuditEntry{At: e.at, Actor: "system", Action: "task.step",
			EntityType: "task", EntityID: id, TaskID: &id, OrgID: &o.ID, Before: e.before, After: e.after}))
	}
	_, err := db.ExecContext(f.ctx, "INSERT INTO task_history_backfill (pending) VALUES (1)")
	must(f, err)
	must(f, migrate(f.ctx))
	must(f, migrate(f.ctx))
	h, err := st.FindTaskHistory(f.ctx, k.ID)
	must(f, err)
	want := []tiendo.TaskState{
		{TaskID: k.ID, Until: d(2025, 7, 1), Due: d(2023, 4, 17), Status: tiendo.StatusExtensionRequested, AssignedOn: d(2023, 3, 1)},
		{TaskID: k.ID, From: d(2025, 7, 1), Until: d(2025, 8, 1), Due: d(2026, 12, 31), Status: tiendo.StatusInProgress, AssignedOn: d(2023, 3, 1)},
		{TaskID: k.ID, From: d(2025, 8, 1), Until: d(2025, 9, 20), Due: d(2026, 12, 31), Status: tiendo.StatusReportedDone, AssignedOn: d(2023, 3, 1)},
	}
	if len(h) != len(want) {
		t.Fatalf("history %+v, want %+v", h, want)
	}
	for i := range want {
		if h[i] != want[i] {
			t.Errorf("row %d: %+v, want %+v", i, h[i], want[i])
		}
	}
	if h, err := st.FindTaskHistory(f.ctx, other.ID); err != nil || len(h) != 0 {
		t.Errorf("history of a task never changed: %+v %v", h, err)
	}
}
