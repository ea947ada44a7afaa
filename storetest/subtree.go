package storetest

import (
	"slices"

	"tiendo"
)

// subtreeCases: the service's scope is whole subtrees (a grant covers an
// organisation and everything below it). The store answers those from
// task_scopes, which must agree with the rule — lead, cooperating or
// assigning organisation in the scope — after tasks change and after an
// organisation moves in the tree.
var subtreeCases = []testCase{
	{"SubtreesAgreeWithTheRule", func(f *fixture) {
		under := func(p *tiendo.Org) func(*tiendo.Org) { return func(o *tiendo.Org) { o.ParentID = &p.ID } }
		province := f.org("Tỉnh Hòa An")
		d1 := f.org("Huyện Yên Bình", under(province))
		w1 := f.org("Xã Tân Lập", under(d1))
		w2 := f.org("Xã An Hòa", under(d1))
		office := f.org("Phòng Nội vụ huyện Yên Bình", under(d1))
		d2 := f.org("Huyện Lạc Sơn", under(province))
		w3 := f.org("Xã Minh Khai", under(d2))
		t1 := f.task(w1.ID)
		t2 := f.task(w3.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{w2.ID} })
		t3 := f.task(w3.ID, func(t *tiendo.Task) { t.AssignedByOrg = &d1.ID })
		t4 := f.task(office.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusInProgress })
		t5 := f.task(w3.ID)
		tree := map[int64][]int64{}
		for _, o := range []*tiendo.Org{d1, w1, w2, office, d2, w3} {
			tree[*o.ParentID] = append(tree[*o.ParentID], o.ID)
		}
		subtree := func(roots ...*tiendo.Org) []int64 {
			var out []int64
			for _, r := range roots {
				out = append(out, r.ID)
				for i := len(out) - 1; i < len(out); i++ {
					out = append(out, tree[out[i]]...)
				}
			}
			slices.Sort(out)
			return out
		}
		check := func(step string, scopes []struct {
			name  string
			scope []int64
			want  []*tiendo.Task
		}) {
			for _, sc := range scopes {
				var want []int64
				for _, t := range sc.want {
					want = append(want, t.ID)
				}
				slices.Sort(want)
				for _, flt := range []tiendo.TaskFilter{
					{ScopeOrgIDs: sc.scope, Sort: tiendo.SortID},
					{ScopeOrgIDs: sc.scope, Sort: tiendo.SortDue},
					{ScopeOrgIDs: sc.scope, Sort: tiendo.SortCreated, Statuses: []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusInProgress}},
					{ScopeOrgIDs: sc.scope, Query: "nhiem vu", Sort: tiendo.SortDue},
					{ScopeOrgIDs: sc.scope, OrgIDs: []int64{w1.ID, w3.ID, office.ID}, Sort: tiendo.SortID},
				} {
					tasks, total, err := f.st.FindTasks(f.ctx, flt)
					must(f, err)
					var got []int64
					for _, t := range tasks {
						if flt.OrgIDs == nil || slices.Contains(flt.OrgIDs, t.LeadOrgID) {
							got = append(got, t.ID)
						}
					}
					slices.Sort(got)
					expect := want
					if flt.OrgIDs != nil {
						expect = nil
						for _, t := range sc.want {
							if slices.Contains(flt.OrgIDs, t.LeadOrgID) {
								expect = append(expect, t.ID)
							}
						}
						slices.Sort(expect)
					}
					if !slices.Equal(got, expect) || total != len(tasks) {
						f.Errorf("%s, %s (sort %s, q %q, org %v): got %v (total %d), want %v", step, sc.name, flt.Sort, flt.Query, flt.OrgIDs, got, total, expect)
					}
				}
			}
		}
		type scope = struct {
			name  string
			scope []int64
			want  []*tiendo.Task
		}
		check("as created", []scope{
			{"district: leads, cooperates, assigned", subtree(d1), []*tiendo.Task{t1, t2, t3, t4}},
			{"ward: leads", subtree(w3), []*tiendo.Task{t2, t3, t5}},
			{"province: everything", subtree(province), []*tiendo.Task{t1, t2, t3, t4, t5}},
			{"two subtrees", subtree(w1, d2), []*tiendo.Task{t1, t2, t3, t5}},
			{"a district without its wards", []int64{d1.ID}, []*tiendo.Task{t3}},
			{"a ward alone", []int64{w2.ID}, []*tiendo.Task{t2}},
		})
		// A task changing hands moves between scopes.
		t1.LeadOrgID, t1.CoopOrgIDs = w3.ID, []int64{}
		must(f, f.st.UpdateTask(f.ctx, t1))
		check("after a task moved", []scope{
			{"district", subtree(d1), []*tiendo.Task{t2, t3, t4}},
			{"ward", subtree(w3), []*tiendo.Task{t1, t2, t3, t5}},
		})
		// A ward moving to the other district takes its tasks along.
		w3.ParentID = &d1.ID
		must(f, f.st.UpdateOrg(f.ctx, w3))
		tree[d2.ID] = nil
		tree[d1.ID] = append(tree[d1.ID], w3.ID)
		check("after a ward moved", []scope{
			{"district gaining the ward", subtree(d1), []*tiendo.Task{t1, t2, t3, t4, t5}},
			{"district losing the ward", subtree(d2), nil},
			{"province", subtree(province), []*tiendo.Task{t1, t2, t3, t4, t5}},
		})
	}},
}
