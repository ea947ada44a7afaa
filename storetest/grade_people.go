package storetest

import "tiendo"

// gradePeopleCases cover what grading reads besides the tasks: the
// explanation requests that fell due in a period, per organisation.
var gradePeopleCases = []testCase{
	{"ExplanationsDue/ByDateAndOrg", func(f *fixture) {
		a, b := f.org("UBND phường A"), f.org("UBND phường B")
		ta, tb := f.task(a.ID), f.task(b.ID)
		var ids []int64
		for _, c := range []struct {
			task *tiendo.Task
			org  int64
			due  int
		}{{ta, a.ID, 9}, {ta, a.ID, 10}, {tb, b.ID, 20}, {ta, a.ID, 21}} {
			e := &tiendo.ExplanationRequest{TaskID: c.task.ID, OrgID: c.org, RequestedOn: d(2026, 4, 1),
				DueOn: d(2026, 4, c.due), Question: "Vì sao chậm?"}
			must(f, f.st.CreateExplanationRequest(f.ctx, e))
			ids = append(ids, e.ID)
		}
		tests := []struct {
			name string
			orgs []int64
			want []int64
		}{
			{"every organisation", nil, ids[1:3]},
			{"one organisation", []int64{a.ID}, ids[1:2]},
			{"no organisation", []int64{}, nil},
		}
		for _, tt := range tests {
			got, err := f.st.FindExplanationRequestsDue(f.ctx, d(2026, 4, 10), d(2026, 4, 20), tt.orgs)
			must(f, err)
			if len(got) != len(tt.want) {
				f.Fatalf("%s: %d requests, want %d", tt.name, len(got), len(tt.want))
			}
			for i, e := range got {
				if e.ID != tt.want[i] || e.DueOn.IsZero() || e.Question == "" {
					f.Errorf("%s: request %d = %+v, want id %d", tt.name, i, e, tt.want[i])
				}
			}
		}
	}},
}
