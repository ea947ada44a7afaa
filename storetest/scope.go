package storetest

import (
	"slices"

	"tiendo"
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
}
