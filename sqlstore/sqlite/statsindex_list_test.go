package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// listWords make titles whose searches match many, some or no tasks.
var listWords = []string{"Kiểm tra", "phòng cháy chữa cháy", "đường Phố Huế", "báo cáo", "Trương Định", "kiểm điểm"}

// TestIndexedListsMatchSQL compares searches and overdue lists answered
// from the statistics index with the SQL of the same database, on random
// tasks in a two-district tree with cooperating and assigning
// organisations, for every scope shape, organisation and role filter,
// order, page and as-of date the index takes — as built, and again after audited changes applied as
// deltas.
func TestIndexedListsMatchSQL(t *testing.T) {
	ctx := context.Background()
	indexed := openStore(t)
	indexed.IndexListsFrom(1) // every subtree scope's plain list too
	plain := sqlstore.New(indexed.DB(), indexed.DB(), sqlite.Dialect{}, nil)
	tree := newListTree(t, indexed)
	rng := rand.New(rand.NewPCG(11, 2026))
	tasks := decoratedTasks(t, indexed, tree, rng, 2500)
	if err := indexed.WarmStats(ctx); err != nil {
		t.Fatal(err)
	}
	compareLists(t, indexed, plain, tree, rng, "built")
	for round := range 2 {
		for range 60 {
			k := tasks[rng.IntN(len(tasks))]
			randomChange(rng, k, tree.all)
			decorate(rng, k, tree.all)
			if err := indexed.UpdateTask(ctx, k); err != nil {
				t.Fatal(err)
			}
			audit(t, indexed, "task.edit", k.ID)
		}
		k := randomTask(rng, tree.all, 9000+round)
		decorate(rng, k, tree.all)
		if err := indexed.CreateTask(ctx, k); err != nil {
			t.Fatal(err)
		}
		audit(t, indexed, "task.create", k.ID)
		compareLists(t, indexed, plain, tree, rng, fmt.Sprintf("after changes %d", round))
	}
}

// TestIndexedListsSeeOnlyAuditedWrites shows which answer is the index's:
// a task created without an audit entry is a candidate the index does not
// know, so SQL answers and finds it; a deadline changed without one is
// not seen by the index, which is why lists from it are opt-in (serve,
// where every write is audited).
func TestIndexedListsSeeOnlyAuditedWrites(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	st.IndexLists()
	tree := newListTree(t, st)
	rng := rand.New(rand.NewPCG(3, 3))
	mk := func(title string, due vn.Date) *tiendo.Task {
		k := randomTask(rng, tree.all, 0)
		k.Title, k.Status, k.Due, k.OriginalDue, k.DeadlineKind = title, tiendo.StatusAssigned, due, due, vn.DeadlineDate
		k.AssignedOn, k.CompletedOn, k.ReportedOn = vn.NewDate(2024, 1, 1), vn.Date{}, vn.Date{}
		if err := st.CreateTask(ctx, k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	first, second := mk("Kiểm tra A", vn.NewDate(2024, 3, 1)), mk("Kiểm tra B", vn.NewDate(2024, 4, 1))
	if err := st.WarmStats(ctx); err != nil {
		t.Fatal(err)
	}
	f := tiendo.TaskFilter{Query: "kiem tra", Unscoped: true, Sort: tiendo.SortDue}
	third := mk("Kiểm tra C", vn.NewDate(2024, 2, 1)) // not audited
	if got := listIDs(t, st, f); !slices.Equal(got, []int64{third.ID, first.ID, second.ID}) {
		t.Fatalf("an unknown candidate must send the list to SQL: %v", got)
	}
	audit(t, st, "task.create", third.ID)
	second.Due = vn.NewDate(2024, 1, 15)
	if err := st.UpdateTask(ctx, second); err != nil { // not audited
		t.Fatal(err)
	}
	if got := listIDs(t, st, f); !slices.Equal(got, []int64{third.ID, first.ID, second.ID}) {
		t.Fatalf("the index answers with the facts it was told of: %v", got)
	}
	audit(t, st, "task.edit", second.ID)
	if got := listIDs(t, st, f); !slices.Equal(got, []int64{second.ID, third.ID, first.ID}) {
		t.Fatalf("after the audit entry the index reads the task again: %v", got)
	}
}

func listIDs(t *testing.T, st *sqlstore.Store, f tiendo.TaskFilter) []int64 {
	t.Helper()
	tasks, _, err := st.FindTasks(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	return taskIDs(tasks)
}

func audit(t *testing.T, st *sqlstore.Store, action string, id int64) {
	t.Helper()
	if err := st.AppendAudit(context.Background(), &tiendo.AuditEntry{Action: action, EntityType: "task",
		EntityID: id, TaskID: &id, Actor: "system"}); err != nil {
		t.Fatal(err)
	}
}

// listTree is a city with two districts of three wards each.
type listTree struct {
	all       []int64
	districts [][]int64 // each district's subtree, district first
}

func newListTree(t *testing.T, st *sqlstore.Store) listTree {
	t.Helper()
	ctx := context.Background()
	add := func(code string, level tiendo.Level, parent *int64) int64 {
		o := &tiendo.Org{Code: code, Name: "Đơn vị " + code, Kind: tiendo.KindPeoplesCommittee, Level: level, ParentID: parent}
		if err := st.CreateOrg(ctx, o); err != nil {
			t.Fatal(err)
		}
		return o.ID
	}
	city := add("TP", tiendo.LevelProvince, nil)
	tree := listTree{all: []int64{city}}
	for d := range 2 {
		dist := add(fmt.Sprintf("Q%d", d), tiendo.LevelDistrict, &city)
		sub := []int64{dist}
		for w := range 3 {
			sub = append(sub, add(fmt.Sprintf("Q%dP%d", d, w), tiendo.LevelCommune, &dist))
		}
		tree.districts = append(tree.districts, sub)
		tree.all = append(tree.all, sub...)
	}
	return tree
}

// decoratedTasks creates n random decorated tasks over tree's
// organisations, without audit entries.
func decoratedTasks(t *testing.T, st *sqlstore.Store, tree listTree, rng *rand.Rand, n int) []*tiendo.Task {
	t.Helper()
	return createTasks(t, st, n, func(i int) *tiendo.Task {
		k := randomTask(rng, tree.all, i)
		decorate(rng, k, tree.all)
		return k
	})
}

// decorate gives k a searchable title, up to four cooperating
// organisations (more than the index keeps inline) and sometimes an
// assigning one.
func decorate(rng *rand.Rand, k *tiendo.Task, orgs []int64) {
	k.Title = listWords[rng.IntN(len(listWords))] + " " + listWords[rng.IntN(len(listWords))]
	k.CoopOrgIDs = []int64{}
	for range rng.IntN(5) {
		if o := orgs[rng.IntN(len(orgs))]; o != k.LeadOrgID && !slices.Contains(k.CoopOrgIDs, o) {
			k.CoopOrgIDs = append(k.CoopOrgIDs, o)
		}
	}
	k.AssignedByOrg = nil
	if rng.IntN(3) == 0 {
		k.AssignedByOrg = &orgs[rng.IntN(len(orgs))]
	}
}

// compareLists asks both stores for the same lists.
func compareLists(t *testing.T, indexed, plain *sqlstore.Store, tree listTree, rng *rand.Rand, step string) {
	t.Helper()
	ward := tree.districts[1][2]
	scopes := []func(*tiendo.TaskFilter){
		func(f *tiendo.TaskFilter) { f.Unscoped = true },
		func(f *tiendo.TaskFilter) { f.ScopeOrgIDs = tree.all }, // every organisation: sees all
		func(f *tiendo.TaskFilter) { f.ScopeOrgIDs = tree.districts[0] },
		func(f *tiendo.TaskFilter) { f.ScopeOrgIDs = []int64{ward} },
		func(f *tiendo.TaskFilter) { f.ScopeOrgIDs = []int64{tree.districts[0][0], ward} }, // not subtrees
		func(f *tiendo.TaskFilter) { f.ScopeOrgIDs = []int64{} },
	}
	sorts := []tiendo.TaskSort{"", tiendo.SortDue, "-due", tiendo.SortOverdue, tiendo.SortID, "-id"}
	timeliness := [][]tiendo.Timeliness{nil, {tiendo.Overdue}, {tiendo.InProgress, tiendo.DoneLate}, {tiendo.Continuous}}
	for _, q := range []string{"kiem tra", "pho hue", "kiem", "truong dinh bao", "zzz", ""} {
		for si, scope := range scopes {
			for range 6 {
				f := tiendo.TaskFilter{Query: q, Sort: sorts[rng.IntN(len(sorts))], Desc: rng.IntN(4) == 0,
					Timeliness: timeliness[rng.IntN(len(timeliness))],
					AsOf:       vn.NewDate(2024, 1, 1).AddDays(rng.IntN(1100)),
					Page:       tiendo.Page{Page: 1 + rng.IntN(3), PerPage: 5 + rng.IntN(40)}}
				if q == "" && rng.IntN(3) > 0 {
					f.Timeliness = []tiendo.Timeliness{tiendo.Overdue}
					if rng.IntN(2) == 0 {
						f.AsOf = vn.NewDate(2030, 1, 1) // after every completion: open tasks only
					}
				} else if q == "" {
					f.Timeliness = nil // a scope's plain list
				}
				if rng.IntN(4) == 0 {
					f.DueFrom = vn.NewDate(2024, 6, 1).AddDays(rng.IntN(300))
					f.DueTo = f.DueFrom.AddDays(rng.IntN(400))
				}
				scope(&f)
				if rng.IntN(4) == 0 {
					f.Statuses = statusFilters[rng.IntN(len(statusFilters))]
				}
				if rng.IntN(3) == 0 {
					f.OrgIDs = [][]int64{{ward}, {tree.districts[0][0], ward}, {}, tree.districts[1]}[rng.IntN(4)]
					f.Role = []tiendo.TaskRole{"", tiendo.AsLead, tiendo.AsCooperating}[rng.IntN(3)]
				}
				sameList(t, indexed, plain, f, fmt.Sprintf("%s: %q scope %d", step, q, si))
			}
		}
	}
	// A district's subtree as a filter (org=ID&subtree=1), by an admin
	// and by a viewer of the whole tree, in every role, order and view.
	for _, scope := range scopes[:2] {
		for _, role := range []tiendo.TaskRole{"", tiendo.AsLead, tiendo.AsCooperating} {
			for _, sort := range sorts {
				for _, tl := range timeliness {
					f := tiendo.TaskFilter{OrgIDs: tree.districts[1], Role: role, Sort: sort, Timeliness: tl,
						Statuses: statusFilters[rng.IntN(len(statusFilters))],
						AsOf:     vn.NewDate(2024, 1, 1).AddDays(rng.IntN(1100)),
						Page:     tiendo.Page{Page: 1 + rng.IntN(3), PerPage: 5 + rng.IntN(40)}}
					scope(&f)
					sameList(t, indexed, plain, f, step+": subtree filter")
				}
			}
		}
	}
}

// statusFilters are status filters the facts answer (results to confirm,
// the statuses the rules set apart) and ones they leave to SQL.
var statusFilters = [][]tiendo.Status{nil, {tiendo.StatusReportedDone}, {tiendo.StatusPostponed, tiendo.StatusWithdrawn},
	{}, {tiendo.StatusAssigned}, {tiendo.StatusReportedDone, tiendo.StatusInProgress}}

// sameList asks both stores for f's page and total.
func sameList(t *testing.T, indexed, plain *sqlstore.Store, f tiendo.TaskFilter, what string) {
	t.Helper()
	ctx := context.Background()
	gotTasks, gotTotal, err := indexed.FindTasks(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	wantTasks, wantTotal, err := plain.FindTasks(ctx, f)
	if err != nil {
		t.Fatal(err)
	}
	got, want := taskIDs(gotTasks), taskIDs(wantTasks)
	if gotTotal != wantTotal || !slices.Equal(got, want) {
		t.Fatalf("%s %+v:\nindex %d %v\n  SQL %d %v", what, f, gotTotal, got, wantTotal, want)
	}
}

func taskIDs(tasks []*tiendo.Task) []int64 {
	ids := make([]int64, len(tasks))
	for i, k := range tasks {
		ids[i] = k.ID
	}
	return ids
}
