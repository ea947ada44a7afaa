package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// TestStatsIndexMatchesSQL compares the organisation matrix from the
// in-memory index with the SQL pass over the same database, on random
// tasks, for many periods and as-of dates (before, inside and after the
// period) and subsets of leads — once as built, and again after random
// audited changes have been applied as deltas.
func TestStatsIndexMatchesSQL(t *testing.T) {
	ctx := context.Background()
	indexed := openStore(t)
	// The same database without the index: its TaskStats runs the SQL.
	plain := sqlstore.New(indexed.DB(), indexed.DB(), sqlite.Dialect{}, nil)
	rng := rand.New(rand.NewPCG(7, 2026))
	var orgs []int64
	for i := range 7 {
		o := &tiendo.Org{Code: fmt.Sprintf("O%d", i), Name: fmt.Sprintf("Đơn vị %d", i),
			Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
		if err := indexed.CreateOrg(ctx, o); err != nil {
			t.Fatal(err)
		}
		orgs = append(orgs, o.ID)
	}
	tasks := createTasks(t, indexed, 3000, func(i int) *tiendo.Task { return randomTask(rng, orgs, i) })
	compareStats(t, indexed, plain, rng, orgs, "built")
	// Random audited changes, read by the index as deltas.
	for round := range 3 {
		for range 40 {
			k := tasks[rng.IntN(len(tasks))]
			randomChange(rng, k, orgs)
			// Dated over 2024–2026: the past as-of dates below count the
			// changed tasks by their states in force then (task history).
			on := tiendo.NewContextWithChangeDay(ctx, vn.NewDate(2024, 1, 1).AddDays(rng.IntN(1000)))
			if err := indexed.UpdateTask(on, k); err != nil {
				t.Fatal(err)
			}
			audit(t, indexed, "task.edit", k.ID)
		}
		compareStats(t, indexed, plain, rng, orgs, fmt.Sprintf("after changes %d", round))
	}
	if n, bytes := indexed.StatsIndexSize(); n != len(tasks) || bytes < 15*n {
		t.Errorf("index holds %d tasks in %d bytes, want %d tasks", n, bytes, len(tasks))
	}
}

// createTasks creates n tasks made by mk in one transaction, without
// audit entries (as a bulk load does).
func createTasks(t *testing.T, st *sqlstore.Store, n int, mk func(i int) *tiendo.Task) []*tiendo.Task {
	t.Helper()
	ctx := context.Background()
	var tasks []*tiendo.Task
	err := st.Tx(ctx, func(st tiendo.Store) error {
		for i := range n {
			k := mk(i)
			if err := st.CreateTask(ctx, k); err != nil {
				return err
			}
			tasks = append(tasks, k)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tasks
}

// randomTask is a task over 2024–2026 with any status, sometimes no
// deadline or no assignment date, completed before, inside or after
// any period.
func randomTask(rng *rand.Rand, orgs []int64, i int) *tiendo.Task {
	start := vn.NewDate(2024, 1, 1)
	k := &tiendo.Task{
		Title: fmt.Sprintf("Nhiệm vụ %d", i), LeadOrgID: orgs[rng.IntN(len(orgs))], Category: tiendo.CategoryOther,
		Priority: tiendo.PriorityNormal, DeadlineKind: vn.DeadlineDate, Weight: 1, CoopOrgIDs: []int64{},
		AssignedOn: start.AddDays(rng.IntN(900)),
	}
	randomChange(rng, k, orgs)
	return k
}

// randomChange gives k a random status, deadline and completion.
func randomChange(rng *rand.Rand, k *tiendo.Task, orgs []int64) {
	if rng.IntN(20) == 0 {
		k.LeadOrgID = orgs[rng.IntN(len(orgs))]
	}
	k.Status = tiendo.Statuses[rng.IntN(len(tiendo.Statuses))]
	k.Due, k.DeadlineKind = k.AssignedOn.AddDays(rng.IntN(240)-10), vn.DeadlineDate
	if rng.IntN(8) == 0 {
		k.Due, k.DeadlineKind = vn.Date{}, vn.DeadlineContinuous
	}
	k.OriginalDue = k.Due
	k.ReportedOn, k.CompletedOn = vn.Date{}, vn.Date{}
	if k.Status == tiendo.StatusCompleted || rng.IntN(10) == 0 {
		k.ReportedOn = k.AssignedOn.AddDays(rng.IntN(400))
		k.CompletedOn = k.ReportedOn
	}
}

// compareStats asks both stores for the organisation matrix of months,
// quarters, years and random ranges of 2024–2026, at as-of dates before,
// inside, at the end of and after each period, for all leads and subsets.
func compareStats(t *testing.T, indexed, plain *sqlstore.Store, rng *rand.Rand, orgs []int64, step string) {
	t.Helper()
	var periods []tiendo.DateRange
	for _, ps := range []string{"2024-03", "2025-Q1", "2025-Q4", "2024-H2", "2025-9M", "2025", "2026-Q2"} {
		p, err := vn.ParsePeriod(ps)
		if err != nil {
			t.Fatal(err)
		}
		from, to := p.Range(vn.DefaultCutoffs())
		periods = append(periods, tiendo.DateRange{From: from, To: to})
	}
	for range 8 {
		from := vn.NewDate(2024, 1, 1).AddDays(rng.IntN(1000))
		periods = append(periods, tiendo.DateRange{From: from, To: from.AddDays(rng.IntN(200))})
	}
	for _, p := range periods {
		span := p.To.Sub(p.From)
		for _, asOf := range []vn.Date{p.From.AddDays(-20), p.From, p.From.AddDays(span / 2), p.To, p.To.AddDays(1), p.To.AddDays(150)} {
			for _, leads := range [][]int64{nil, {}, {orgs[1]}, {orgs[0], orgs[4], orgs[5], 999}} {
				q := tiendo.StatsQuery{Period: p, AsOf: asOf, Group: tiendo.GroupOrg, LeadOrgIDs: leads}
				got, want := bothStats(t, indexed, plain, q)
				byKey := func(a, b tiendo.StatsRow) int {
					if len(a.Key) != len(b.Key) {
						return len(a.Key) - len(b.Key)
					}
					return strings.Compare(a.Key, b.Key)
				}
				slices.SortFunc(want, byKey)
				if !slices.Equal(got, want) {
					t.Fatalf("%s: %s..%s at %s leads %v:\nindex %+v\n  SQL %+v", step, p.From, p.To, asOf, leads, got, want)
				}
			}
		}
	}
}

// TestStatsIndexConcurrentWrites asks for the matrix from several
// goroutines while others write (each write audited in its transaction,
// as the service does): requests that read an older version than the
// index already holds, or a newer one, must leave it matching the SQL.
func TestStatsIndexConcurrentWrites(t *testing.T) {
	ctx := context.Background()
	indexed := openStore(t)
	plain := sqlstore.New(indexed.DB(), indexed.DB(), sqlite.Dialect{}, nil)
	o := &tiendo.Org{Code: "O", Name: "Đơn vị", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	if err := indexed.CreateOrg(ctx, o); err != nil {
		t.Fatal(err)
	}
	// A second organisation cooperates on some tasks: the index reads
	// cooperating organisations after the tasks, while tasks are created.
	coop := &tiendo.Org{Code: "C", Name: "Đơn vị phối hợp", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	if err := indexed.CreateOrg(ctx, coop); err != nil {
		t.Fatal(err)
	}
	q := tiendo.StatsQuery{Period: tiendo.DateRange{From: vn.NewDate(2024, 1, 1), To: vn.NewDate(2026, 12, 31)},
		AsOf: vn.NewDate(2025, 6, 30), Group: tiendo.GroupOrg}
	errs := make(chan error, 8)
	for w := range 8 {
		go func() {
			rng := rand.New(rand.NewPCG(uint64(w), 1))
			for i := range 15 {
				var err error
				if w%2 == 0 {
					_, err = indexed.TaskStats(ctx, q)
				} else {
					err = indexed.Tx(ctx, func(st tiendo.Store) error {
						k := randomTask(rng, []int64{o.ID}, w*100+i)
						if i%2 == 0 {
							k.CoopOrgIDs = []int64{coop.ID}
						}
						if err := st.CreateTask(ctx, k); err != nil {
							return err
						}
						return st.AppendAudit(ctx, &tiendo.AuditEntry{Action: "task.create", EntityType: "task",
							EntityID: k.ID, TaskID: &k.ID, Actor: "system"})
					})
				}
				if err != nil {
					errs <- err
					return
				}
			}
			errs <- nil
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if got, want := bothStats(t, indexed, plain, q); !slices.Equal(got, want) {
		t.Fatalf("after concurrent writes:\nindex %+v\n  SQL %+v", got, want)
	}
}

// bothStats asks the store with the index and the one without it.
func bothStats(t *testing.T, indexed, plain *sqlstore.Store, q tiendo.StatsQuery) (got, want []tiendo.StatsRow) {
	t.Helper()
	got, err := indexed.TaskStats(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if want, err = plain.TaskStats(context.Background(), q); err != nil {
		t.Fatal(err)
	}
	return got, want
}
