package storetest

import (
	"slices"

	"tiendo"
	"tiendo/vn"
)

// scopeCases: TaskFilter.ScopeOrgIDs keeps the tasks the organisations
// lead, cooperate on or assigned, under every plan the store may choose.
var scopeCases = []testCase{
	{"LeadCoopOrAssigner", func(f *fixture) {
		committee := f.org("Ban Chỉ đạo 197")
		ward := f.org("Phường Phố Huế")
		other := f.org("Phường Trương Định")
		police := f.org("Công an phường Phố Huế")
		byCommittee := f.task(ward.ID, func(t *tiendo.Task) { t.AssignedByOrg = &committee.ID })
		f.task(other.ID) // led by a ward outside every scope below
		coop := f.task(other.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{police.ID} })
		tests := []struct {
			name  string
			scope []int64
			want  []int64
		}{
			{"committee sees what it assigned", []int64{committee.ID}, []int64{byCommittee.ID}},
			{"ward sees what it leads", []int64{ward.ID}, []int64{byCommittee.ID}},
			{"police sees where it cooperates", []int64{police.ID}, []int64{coop.ID}},
			{"union", []int64{committee.ID, police.ID}, []int64{byCommittee.ID, coop.ID}},
			{"empty scope sees nothing", []int64{}, nil},
		}
		for _, tt := range tests {
			for _, flt := range []tiendo.TaskFilter{
				{ScopeOrgIDs: tt.scope, Sort: tiendo.SortID},
				{ScopeOrgIDs: tt.scope, Sort: tiendo.SortDue, Statuses: []tiendo.Status{tiendo.StatusAssigned}},
				{ScopeOrgIDs: tt.scope, Sort: tiendo.SortCreated},
				{ScopeOrgIDs: tt.scope, OrgIDs: []int64{ward.ID, other.ID}, Sort: tiendo.SortID},
				{ScopeOrgIDs: tt.scope, Query: "nhiem vu", Sort: tiendo.SortID},
			} {
				tasks, total, err := f.st.FindTasks(f.ctx, flt)
				must(f, err)
				var got []int64
				for _, t := range tasks {
					got = append(got, t.ID)
				}
				slices.Sort(got)
				if !slices.Equal(got, tt.want) || total != len(tt.want) {
					f.Errorf("%s (sort %s, org %v, q %q): got %v (total %d), want %v", tt.name, flt.Sort, flt.OrgIDs, flt.Query, got, total, tt.want)
				}
			}
		}
	}},
	{"RowsFollowEveryWrite", func(f *fixture) {
		// Writes that change neither the organisations nor the copied
		// state leave a task's task_orgs and task_scopes rows alone; the
		// others update or rewrite them. Every list must follow each write.
		committee := f.org("Ban Chỉ đạo 197")
		ward := f.org("Phường Phố Huế")
		police := f.org("Công an phường Phố Huế")
		school := f.org("Trường tiểu học Phố Huế")
		other := f.org("Phường Trương Định")
		t := f.task(ward.ID, func(t *tiendo.Task) {
			t.AssignedByOrg = &committee.ID
			t.CoopOrgIDs = []int64{police.ID}
		})
		type check struct {
			name string
			flt  tiendo.TaskFilter
			want bool
		}
		scope := func(org int64, st tiendo.Status) tiendo.TaskFilter {
			return tiendo.TaskFilter{ScopeOrgIDs: []int64{org}, Statuses: []tiendo.Status{st}, Sort: tiendo.SortDue}
		}
		role := func(org int64, r tiendo.TaskRole, st tiendo.Status) tiendo.TaskFilter {
			return tiendo.TaskFilter{OrgIDs: []int64{org}, Role: r, Statuses: []tiendo.Status{st}, Sort: tiendo.SortID, Unscoped: true}
		}
		due := func(org int64, from, to vn.Date) tiendo.TaskFilter {
			return tiendo.TaskFilter{ScopeOrgIDs: []int64{org}, DueFrom: from, DueTo: to, Sort: tiendo.SortDue}
		}
		steps := []struct {
			name   string
			write  func(*tiendo.Task)
			checks []check
		}{
			{"title only", func(t *tiendo.Task) { t.Title = "Nhiệm vụ đã sửa tên" }, []check{
				{"police, assigned", scope(police.ID, tiendo.StatusAssigned), true},
				{"committee, assigned", scope(committee.ID, tiendo.StatusAssigned), true},
				{"police cooperates", role(police.ID, tiendo.AsCooperating, tiendo.StatusAssigned), true},
			}},
			{"reported", func(t *tiendo.Task) { t.Status = tiendo.StatusReportedDone }, []check{
				{"police, reported", scope(police.ID, tiendo.StatusReportedDone), true},
				{"police, assigned", scope(police.ID, tiendo.StatusAssigned), false},
				{"committee, reported", scope(committee.ID, tiendo.StatusReportedDone), true},
				{"ward leads, reported", role(ward.ID, tiendo.AsLead, tiendo.StatusReportedDone), true},
				{"police cooperates, reported", role(police.ID, tiendo.AsCooperating, tiendo.StatusReportedDone), true},
				{"police cooperates, assigned", role(police.ID, tiendo.AsCooperating, tiendo.StatusAssigned), false},
			}},
			{"due moved", func(t *tiendo.Task) { t.Due = d(2026, 6, 30) }, []check{
				{"committee, June", due(committee.ID, d(2026, 6, 1), d(2026, 6, 30)), true},
				{"committee, March", due(committee.ID, d(2026, 3, 1), d(2026, 3, 31)), false},
				{"police, June", due(police.ID, d(2026, 6, 1), d(2026, 6, 30)), true},
			}},
			{"cooperating unit changed", func(t *tiendo.Task) { t.CoopOrgIDs = []int64{school.ID} }, []check{
				{"police, reported", scope(police.ID, tiendo.StatusReportedDone), false},
				{"school, reported", scope(school.ID, tiendo.StatusReportedDone), true},
				{"school cooperates", role(school.ID, tiendo.AsCooperating, tiendo.StatusReportedDone), true},
			}},
			{"cooperating list repeats itself and the lead", func(t *tiendo.Task) {
				t.CoopOrgIDs = []int64{ward.ID, school.ID, school.ID}
				t.Status = tiendo.StatusInProgress
			}, []check{
				{"school, in progress", scope(school.ID, tiendo.StatusInProgress), true},
				{"ward leads, in progress", role(ward.ID, tiendo.AsLead, tiendo.StatusInProgress), true},
				{"ward does not cooperate", role(ward.ID, tiendo.AsCooperating, tiendo.StatusInProgress), false},
			}},
			{"lead changed", func(t *tiendo.Task) { t.LeadOrgID = other.ID }, []check{
				{"ward leads no more", role(ward.ID, tiendo.AsLead, tiendo.StatusInProgress), false},
				{"other leads", role(other.ID, tiendo.AsLead, tiendo.StatusInProgress), true},
				{"other's scope", scope(other.ID, tiendo.StatusInProgress), true},
				{"committee still assigned it", scope(committee.ID, tiendo.StatusInProgress), true},
			}},
		}
		for _, step := range steps {
			step.write(t)
			must(f, f.st.UpdateTask(f.ctx, t))
			for _, c := range step.checks {
				tasks, total, err := f.st.FindTasks(f.ctx, c.flt)
				must(f, err)
				found := slices.ContainsFunc(tasks, func(k *tiendo.Task) bool { return k.ID == t.ID })
				if found != c.want || total != len(tasks) {
					f.Errorf("after %s, %s: found %v (total %d of %d), want %v", step.name, c.name, found, total, len(tasks), c.want)
				}
			}
		}
	}},
}
