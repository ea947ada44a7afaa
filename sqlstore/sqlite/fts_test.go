package sqlite_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// Creates leave the search index in many small segments (migration 00055:
// no merging on every write); MergeSearch merges them. Neither may change
// what a search finds.
func TestMergeSearchKeepsResults(t *testing.T) {
	ctx := context.Background()
	st := open(t).(*sqlstore.Store)
	org := &tiendo.Org{Code: "PH", Name: "UBND phường Phố Huế", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	if err := st.CreateOrg(ctx, org); err != nil {
		t.Fatal(err)
	}
	titles := []string{"Kiểm tra trật tự xây dựng", "Rà soát hồ sơ đất đai", "Tuyên truyền phòng cháy chữa cháy"}
	for i := range 60 { // each in its own transaction: a segment each
		task := &tiendo.Task{Title: fmt.Sprintf("%s đợt %d", titles[i%len(titles)], i), LeadOrgID: org.ID,
			Category: tiendo.CategoryDirective, Priority: tiendo.PriorityNormal, DeadlineKind: vn.DeadlineDate,
			AssignedOn: vn.NewDate(2026, 1, 5), Due: vn.NewDate(2026, 2, 5), Status: tiendo.StatusAssigned, Weight: 1}
		if err := st.CreateTask(ctx, task); err != nil {
			t.Fatal(err)
		}
	}
	queries := []struct {
		q    string
		want int
	}{
		{"kiem tra", 20}, {"KIỂM", 20}, {"chay", 20}, {"pho hue", 60}, {"d", 60}, {"dot 1", 11}, {"xay dung dat", 0},
	}
	search := func() [][]int64 {
		var out [][]int64
		for _, c := range queries {
			tasks, total, err := st.FindTasks(ctx, tiendo.TaskFilter{Query: c.q, Unscoped: true, Page: tiendo.Page{PerPage: 100}})
			if err != nil {
				t.Fatal(err)
			}
			if total != c.want {
				t.Errorf("%q: %d tasks, want %d", c.q, total, c.want)
			}
			ids := []int64{}
			for _, task := range tasks {
				ids = append(ids, task.ID)
			}
			out = append(out, ids)
		}
		return out
	}
	before, segsBefore := search(), segments(t, st)
	if segsBefore < 8 {
		t.Fatalf("%d segments after 60 creates: writes merged more than migration 00055 allows", segsBefore)
	}
	steps, err := sqlite.MergeSearch(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	after, segsAfter := search(), segments(t, st)
	t.Logf("%d segments after the creates, %d after %d merge steps", segsBefore, segsAfter, steps)
	if steps == 0 || segsAfter >= 4 {
		t.Errorf("%d merge steps: %d segments, then %d", steps, segsBefore, segsAfter)
	}
	for i, c := range queries {
		if !slices.Equal(before[i], after[i]) {
			t.Errorf("%q: %v before merging, %v after", c.q, before[i], after[i])
		}
	}
	if steps, err := sqlite.MergeSearch(ctx, st); err != nil || steps != 0 {
		t.Errorf("second merge: %d steps, %v; want nothing left to do", steps, err)
	}
}

// segments counts the segments of the task search index.
func segments(t *testing.T, st *sqlstore.Store) int {
	t.Helper()
	var n int
	if err := st.DB().QueryRow("SELECT COUNT(DISTINCT segid) FROM tasks_fts_idx").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}
