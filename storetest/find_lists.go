package storetest

import (
	"cmp"
	"fmt"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// testFindOverdueLists checks overdue lists, which the store counts and
// pages in two parts (open tasks from one index, tasks completed after the
// as-of date from another), against TimelinessAt: in a scope (a subtree)
// and unscoped, in due order, page by page, for as-of dates before and
// after completions so that either part, both or neither has tasks.
func testFindOverdueLists(f *fixture) {
	under := func(p *tiendo.Org) func(*tiendo.Org) { return func(o *tiendo.Org) { o.ParentID = &p.ID } }
	parent := f.org("Huyện Yên Bình")
	a := f.org("Xã Tân Lập", under(parent))
	other := f.org("Xã Minh Khai")
	var tasks []*tiendo.Task
	statuses := []tiendo.Status{tiendo.StatusInProgress, tiendo.StatusPostponed, tiendo.StatusWithdrawn, tiendo.StatusCompleted}
	for i, st := range statuses {
		for _, assigned := range []vn.Date{{}, d(2026, 1, 10), d(2026, 3, 1)} {
			for _, due := range []vn.Date{{}, d(2026, 2, 1), d(2026, 1, 15)} {
				for _, done := range []vn.Date{{}, d(2026, 1, 20), d(2026, 2, 10)} {
					lead := a.ID
					if i%2 == 1 && done.IsZero() {
						lead = other.ID
					}
					tasks = append(tasks, f.task(lead, func(t *tiendo.Task) {
						t.Status, t.AssignedOn, t.Due, t.OriginalDue, t.CompletedOn = st, assigned, due, due, done
						if due.IsZero() {
							t.DeadlineKind = vn.DeadlineContinuous
						}
					}))
				}
			}
		}
	}
	byDue := func(x, y *tiendo.Task) int {
		switch {
		case x.Due.Before(y.Due):
			return -1
		case y.Due.Before(x.Due):
			return 1
		}
		return cmp.Compare(x.ID, y.ID)
	}
	slices.SortFunc(tasks, byDue)
	scope := []int64{parent.ID, a.ID}
	for _, asOf := range []vn.Date{d(2026, 1, 5), d(2026, 1, 16), d(2026, 2, 2), d(2026, 2, 10), d(2026, 3, 15)} {
		for _, scoped := range []bool{false, true} {
			var want []int64
			for _, t := range tasks {
				if t.TimelinessAt(asOf) == tiendo.Overdue && (!scoped || t.LeadOrgID == a.ID) {
					want = append(want, t.ID)
				}
			}
			flt := tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}, AsOf: asOf, Sort: tiendo.SortOverdue}
			if scoped {
				flt.ScopeOrgIDs = scope
			}
			var got []int64
			for page := 1; page <= len(want)/4+1; page++ {
				flt.Page = tiendo.Page{Page: page, PerPage: 4}
				list, total, err := f.st.FindTasks(f.ctx, flt)
				must(f, err)
				if total != len(want) {
					f.Fatalf("overdue at %s (scoped %v): total %d, want %d", asOf, scoped, total, len(want))
				}
				got = append(got, taskIDs(list)...)
			}
			wantIDs(f, fmt.Sprintf("overdue at %s (scoped %v), in due order", asOf, scoped), got, want)
		}
	}
}
