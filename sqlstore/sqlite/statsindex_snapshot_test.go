package sqlite_test

import (
	"bytes"
	"context"
	"math/rand/v2"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
)

// TestStatsSnapshot saves the statistics index, loads it into a fresh
// index over the same database (a restart) and compares statistics and
// lists with the SQL: as saved, after audited changes made since (applied
// as deltas on load), and refused when tasks were written without an audit
// entry, after the audit log moved on, or from bytes that are no snapshot.
func TestStatsSnapshot(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	plain := sqlstore.New(st.DB(), st.DB(), sqlite.Dialect{}, nil)
	tree := newListTree(t, st)
	rng := rand.New(rand.NewPCG(19, 2026))
	tasks := decoratedTasks(t, st, tree, rng, 2000)
	audit(t, st, "task.edit", tasks[0].ID)
	if err := st.WarmStats(ctx); err != nil {
		t.Fatal(err)
	}
	var snap bytes.Buffer
	if ok, err := st.SaveStatsSnapshot(ctx, &snap); err != nil || !ok {
		t.Fatalf("save: %v %v", ok, err)
	}
	saved := snap.Bytes()
	restart := func(data []byte) bool {
		t.Helper()
		st.IndexStats()
		st.IndexListsFrom(1)
		ok, err := st.LoadStatsSnapshot(ctx, bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !restart(saved) {
		t.Fatal("a snapshot of this very state was refused")
	}
	compareStats(t, st, plain, rng, tree.all, "loaded")
	compareLists(t, st, plain, tree, rng, "loaded")

	for range 50 { // audited changes after the snapshot: deltas on load
		k := tasks[rng.IntN(len(tasks))]
		randomChange(rng, k, tree.all)
		decorate(rng, k, tree.all)
		if err := st.UpdateTask(ctx, k); err != nil {
			t.Fatal(err)
		}
		audit(t, st, "task.edit", k.ID)
	}
	if !restart(saved) {
		t.Fatal("a snapshot followed by audited changes was refused")
	}
	compareStats(t, st, plain, rng, tree.all, "loaded with deltas")
	compareLists(t, st, plain, tree, rng, "loaded with deltas")

	// A task added without an audit entry (tiendo gen): refused.
	createTasks(t, st, 1, func(i int) *tiendo.Task { return randomTask(rng, tree.all, 5000+i) })
	if restart(saved) {
		t.Fatal("a snapshot missing an unaudited task was used")
	}
	compareStats(t, st, plain, rng, tree.all, "refused, built")

	for _, bad := range [][]byte{nil, []byte("not a snapshot"), saved[:len(saved)/2]} {
		if restart(bad) {
			t.Fatalf("%d bytes of no snapshot were used", len(bad))
		}
	}
}
