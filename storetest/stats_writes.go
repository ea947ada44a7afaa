package storetest

import (
	"fmt"

	"tiendo"
)

// testStatsFollowsWrites counts the organisation matrix, then makes each
// kind of write the service makes — each with the audit entry the service
// writes in its transaction — and counts again. On SQLite the first count
// builds the in-memory statistics index and later ones re-read only the
// tasks the new audit entries name (or rebuild for an entry that names
// none), so a missed write shows here as a stale count.
func testStatsFollowsWrites(f *fixture) {
	sd := f.statsData(80)
	a, b := sd.orgs[0], sd.orgs[3]
	audit := func(t *tiendo.Task, action string) {
		f.Helper()
		must(f, f.st.AppendAudit(f.ctx, &tiendo.AuditEntry{Action: action, EntityType: "task", EntityID: t.ID,
			TaskID: &t.ID, OrgID: &t.LeadOrgID, Actor: "system"}))
	}
	change := func(t *tiendo.Task, action string, edit func(*tiendo.Task)) {
		f.Helper()
		edit(t)
		must(f, f.st.UpdateTask(f.ctx, t))
		audit(t, action)
	}
	open := func(org *tiendo.Org) *tiendo.Task {
		for _, t := range sd.tasks {
			// Assigned before the first period checked, so it counts in all.
			if t.LeadOrgID == org.ID && t.CompletedOn.IsZero() && t.Status != tiendo.StatusWithdrawn &&
				t.Status != tiendo.StatusPostponed && !t.Due.IsZero() && t.AssignedOn.Before(d(2025, 6, 1)) {
				return t
			}
		}
		f.Fatalf("no open task led by %d", org.ID)
		return nil
	}
	f.checkOrgStats("first count", sd)
	steps := []struct {
		name string
		run  func()
	}{
		{"create", func() {
			t := f.task(a.ID, func(t *tiendo.Task) { t.AssignedOn, t.Due = d(2025, 7, 2), d(2025, 7, 20) })
			audit(t, "task.create")
			sd.tasks = append(sd.tasks, t)
		}},
		{"complete", func() {
			change(open(a), "task.confirm", func(t *tiendo.Task) {
				t.Status, t.ReportedOn, t.CompletedOn = tiendo.StatusCompleted, d(2025, 8, 1), d(2025, 8, 1)
			})
		}},
		{"postpone", func() {
			change(open(a), "task.postpone", func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed })
		}},
		{"withdraw", func() {
			change(open(b), "task.withdraw", func(t *tiendo.Task) { t.Status = tiendo.StatusWithdrawn })
		}},
		{"extension approved", func() {
			change(open(b), "task.approve_extension", func(t *tiendo.Task) {
				t.Due, t.Extensions = t.Due.AddDays(90), t.Extensions+1
			})
		}},
		{"document created", func() {
			doc := f.document("7/TB-UBND", d(2025, 9, 1), "")
			must(f, f.st.AppendAudit(f.ctx, &tiendo.AuditEntry{Action: "document.create", EntityType: "document",
				EntityID: doc.ID, Actor: "system"}))
		}},
		{"dissolve and move", func() {
			b.ValidTo, b.SuccessorID = d(2025, 9, 30), &a.ID
			must(f, f.st.UpdateOrg(f.ctx, b))
			must(f, f.st.AppendAudit(f.ctx, &tiendo.AuditEntry{Action: "org.dissolve", EntityType: "org",
				EntityID: b.ID, OrgID: &b.ID, Actor: "system"}))
			ids, err := f.st.OpenTaskIDsLedBy(f.ctx, b.ID)
			must(f, err)
			for _, t := range sd.tasks {
				if containsID(ids, t.ID) {
					change(t, "task.move_to_successor", func(t *tiendo.Task) {
						t.LeadOrgID, t.CoopOrgIDs = a.ID, []int64{}
					})
				}
			}
		}},
		{"change audited without naming tasks", func() {
			t := open(a)
			t.Status = tiendo.StatusWithdrawn
			must(f, f.st.UpdateTask(f.ctx, t))
			must(f, f.st.AppendAudit(f.ctx, &tiendo.AuditEntry{Action: "import.bulk", EntityType: "import", Actor: "system"}))
		}},
	}
	for _, step := range steps {
		step.run()
		f.checkOrgStats("after "+step.name, sd)
	}
}

// checkOrgStats compares the organisation matrix, for a few periods and
// as-of dates and for a subset of leads, with the counts in Go.
func (f *fixture) checkOrgStats(step string, sd statsData) {
	f.Helper()
	// The writes are dated today: at the past as-of dates below, the
	// tasks count by the states they replaced (Task.At).
	states := f.histories(sd.tasks)
	for i, q := range statsQueries() {
		for _, leads := range [][]int64{nil, {sd.orgs[0].ID, sd.orgs[3].ID}} {
			q.Group, q.LeadOrgIDs = tiendo.GroupOrg, leads
			rows, err := f.st.TaskStats(f.ctx, q)
			must(f, err)
			want := expectedStats(tasksAt(sd.tasks, states, q.AsOf), q)
			name := fmt.Sprintf("%s: %s..%s@%s leads %v", step, q.Period.From, q.Period.To, q.AsOf, leads)
			if len(rows) != len(want) {
				f.Fatalf("%s: %d rows, want %d", name, len(rows), len(want))
			}
			for _, r := range rows {
				if r.Counts != want[r.Key] {
					f.Fatalf("%s key %q:\n got %+v\nwant %+v", name, r.Key, r.Counts, want[r.Key])
				}
				if i == 4 && leads == nil {
					f.checkCells(name, q, r)
				}
			}
		}
	}
}
