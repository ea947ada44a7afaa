package service

import (
	"reflect"
	"testing"

	"tiendo"
)

// TestStepAudience: the rule, step by step, on a task led by 10 with
// cooperating unit 11, assigned by 1 (leader person 7), passed to person 8.
func TestStepAudience(t *testing.T) {
	by, assigner, assignee := int64(1), int64(7), int64(8)
	task := &tiendo.Task{LeadOrgID: 10, CoopOrgIDs: []int64{11}, AssignedByOrg: &by, AssignerID: &assigner, AssigneeID: &assignee}
	units := []audienceGroup{{Org: 10, Roles: unitRoles, Home: true}, {Org: 11, Roles: unitRoles, Home: true}}
	lead := []audienceGroup{{Org: 10, Roles: unitRoles, Home: true}}
	office := []audienceGroup{{Org: 1, Roles: []tiendo.Role{tiendo.RoleOffice}}}
	for _, c := range []struct {
		kind string
		want audience
	}{
		{tiendo.NotifyAssigned, audience{Groups: units, Persons: []int64{8}}},
		{tiendo.NotifyDelegated, audience{Groups: units, Persons: []int64{8}}},
		{tiendo.NotifyWithdrawn, audience{Groups: units, Persons: []int64{8}}},
		{tiendo.NotifyReported, audience{Groups: office}},
		{tiendo.NotifyExplained, audience{Groups: office}},
		{tiendo.NotifyReturned, audience{Groups: lead, Accounts: []int64{99}}},
		{tiendo.NotifyConfirmed, audience{Groups: lead, Accounts: []int64{99}}},
		{tiendo.NotifyExtensionDeclined, audience{Groups: lead, Accounts: []int64{99}}},
		{tiendo.NotifyExtensionAsked, audience{Groups: []audienceGroup{{Org: 1, Roles: []tiendo.Role{tiendo.RoleLeader}}}, Persons: []int64{7}}},
		{tiendo.NotifyMentioned, audience{Groups: []audienceGroup{{Org: 12, Roles: unitRoles, Home: true}}, Accounts: []int64{99}}},
		{"unknown", audience{}},
	} {
		got := stepAudience(step{Kind: c.kind, Task: task, People: []int64{99}, Units: []int64{12}})
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %+v, want %+v", c.kind, got, c.want)
		}
	}
	// Without an assigning organisation, a report goes to the assigning leader.
	bare := &tiendo.Task{LeadOrgID: 10, AssignerID: &assigner}
	if got := stepAudience(step{Kind: tiendo.NotifyReported, Task: bare}); !reflect.DeepEqual(got, audience{Persons: []int64{7}}) {
		t.Errorf("report without an assigning organisation: %+v", got)
	}
	// Every workflow kind has a rule.
	for _, k := range tiendo.NotifyKinds {
		if a := stepAudience(step{Kind: k, Task: task, People: []int64{99}, Units: []int64{12}}); len(a.Groups)+len(a.Persons)+len(a.Accounts) == 0 {
			t.Errorf("%s tells nobody", k)
		}
	}
}
