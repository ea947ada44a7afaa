package tiendo_test

import (
	"slices"
	"testing"

	"tiendo"
)

// The permission fixture: city 1 with wards 2 and 3, department 4 under
// ward 2, and a steering committee 5 at the top.
func permTree() *tiendo.OrgTree {
	return tiendo.NewOrgTree([]*tiendo.Org{
		{ID: 1}, {ID: 2, ParentID: id(1)}, {ID: 3, ParentID: id(1)}, {ID: 4, ParentID: id(2)}, {ID: 5},
	})
}

func actorWith(grants ...tiendo.Grant) *tiendo.Actor { return &tiendo.Actor{Grants: grants} }

func grant(r tiendo.Role, org int64) tiendo.Grant { return tiendo.Grant{Role: r, OrgID: id(org)} }

var (
	system    = tiendo.SystemActor()
	wholeTree = actorWith(tiendo.Grant{Role: tiendo.RoleAdmin})
	admin2    = actorWith(grant(tiendo.RoleAdmin, 2))
	office2   = actorWith(grant(tiendo.RoleOffice, 2))
	leader2   = actorWith(grant(tiendo.RoleLeader, 2))
	officer4  = actorWith(grant(tiendo.RoleOfficer, 4))
	viewer3   = actorWith(grant(tiendo.RoleViewer, 3))
	office5   = actorWith(grant(tiendo.RoleOffice, 5))
	nobody    = actorWith()

	// ward 2 assigned to its department 4
	led4 = &tiendo.Task{LeadOrgID: 4, AssignedByOrg: id(2)}
	// the city assigned to ward 3 with department 4 cooperating
	led3coop4 = &tiendo.Task{LeadOrgID: 3, CoopOrgIDs: []int64{4}, AssignedByOrg: id(1)}
	// ward 3's own task: it is its own assigning organisation
	own3 = &tiendo.Task{LeadOrgID: 3}
	// the steering committee assigned to a member outside its subtree
	byCommittee = &tiendo.Task{LeadOrgID: 3, AssignedByOrg: id(5)}
)

func TestTaskPermissions(t *testing.T) {
	tr := permTree()
	type rule func(*tiendo.Actor, *tiendo.OrgTree, *tiendo.Task) bool
	cases := []struct {
		rule  string
		fn    rule
		actor *tiendo.Actor
		task  *tiendo.Task
		want  bool
	}{
		{"see: the lead's scope", tiendo.CanSeeTask, viewer3, own3, true},
		{"see: a grant above the lead", tiendo.CanSeeTask, office2, led4, true},
		{"see: a cooperating unit", tiendo.CanSeeTask, officer4, led3coop4, true},
		{"see: the assigning committee outside its subtree", tiendo.CanSeeTask, office5, byCommittee, true},
		{"see: another ward", tiendo.CanSeeTask, viewer3, led4, false},
		{"see: a unit below is not above", tiendo.CanSeeTask, officer4, own3, false},
		{"see: no grants", tiendo.CanSeeTask, nobody, own3, false},
		{"see: whole tree", tiendo.CanSeeTask, wholeTree, led4, true},
		{"see: system", tiendo.CanSeeTask, system, led4, true},

		{"report: lead officer", tiendo.CanReport, officer4, led4, true},
		{"report: cooperating officer", tiendo.CanReport, officer4, led3coop4, true},
		{"report: a viewer never", tiendo.CanReport, viewer3, own3, false},
		{"report: a leader does not report", tiendo.CanReport, leader2, led4, false},
		{"report: office above the lead", tiendo.CanReport, office2, led4, true},

		{"report done: lead officer", tiendo.CanReportDone, officer4, led4, true},
		{"report done: not for a cooperating unit", tiendo.CanReportDone, officer4, led3coop4, false},
		{"report done: admin above the lead", tiendo.CanReportDone, admin2, led4, true},
		{"report done: leader", tiendo.CanReportDone, leader2, led4, false},
		{"cooperating: only the cooperating side", tiendo.CanReportAsCooperating, officer4, led4, false},
		{"cooperating: officer of a cooperating unit", tiendo.CanReportAsCooperating, officer4, led3coop4, true},

		{"extension request: lead side", tiendo.CanRequestExtension, officer4, led4, true},
		{"extension request: cooperating side", tiendo.CanRequestExtension, officer4, led3coop4, false},
		{"delegate: lead side", tiendo.CanDelegate, officer4, led4, true},
		{"delegate: viewer", tiendo.CanDelegate, viewer3, own3, false},

		{"confirm: assigning office", tiendo.CanConfirm, office2, led4, true},
		{"confirm: assigning admin", tiendo.CanConfirm, admin2, led4, true},
		{"confirm: not the lead's officer", tiendo.CanConfirm, officer4, led4, false},
		{"confirm: not the leader", tiendo.CanConfirm, leader2, led4, false},
		{"confirm: not the office of a ward the city assigned to", tiendo.CanConfirm, actorWith(grant(tiendo.RoleOffice, 3)), led3coop4, false},
		{"confirm: own task, the lead is the assigner", tiendo.CanConfirm, actorWith(grant(tiendo.RoleOffice, 3)), own3, true},
		{"confirm: the committee's office", tiendo.CanConfirm, office5, byCommittee, true},

		{"decide extension: assigning leader", tiendo.CanDecideExtension, leader2, led4, true},
		{"decide extension: assigning admin", tiendo.CanDecideExtension, admin2, led4, true},
		{"decide extension: not the office", tiendo.CanDecideExtension, office2, led4, false},

		{"manage: office", tiendo.CanManageTask, office2, led4, true},
		{"manage: leader", tiendo.CanManageTask, leader2, led4, true},
		{"manage: not the lead's officer", tiendo.CanManageTask, officer4, led4, false},
		{"manage: not a viewer", tiendo.CanManageTask, viewer3, own3, false},
		{"manage: system", tiendo.CanManageTask, system, own3, true},
	}
	for _, c := range cases {
		if got := c.fn(c.actor, tr, c.task); got != c.want {
			t.Errorf("%s: got %v, want %v", c.rule, got, c.want)
		}
	}
}

func TestOrgPermissions(t *testing.T) {
	tr := permTree()
	type rule func(*tiendo.Actor, *tiendo.OrgTree, int64) bool
	cases := []struct {
		rule  string
		fn    rule
		actor *tiendo.Actor
		org   int64
		want  bool
	}{
		{"assign: office over the unit", tiendo.CanAssignTo, office2, 4, true},
		{"assign: office elsewhere", tiendo.CanAssignTo, office2, 3, false},
		{"assign: office not above", tiendo.CanAssignTo, office2, 1, false},
		{"assign: leader", tiendo.CanAssignTo, leader2, 4, false},
		{"assign: admin", tiendo.CanAssignTo, admin2, 4, true},
		{"admin: below", tiendo.CanAdminOrg, admin2, 4, true},
		{"admin: above", tiendo.CanAdminOrg, admin2, 1, false},
		{"admin: office", tiendo.CanAdminOrg, office2, 2, false},
		{"admin: whole tree", tiendo.CanAdminOrg, wholeTree, 5, true},
		{"see: viewer", tiendo.CanSeeOrg, viewer3, 3, true},
		{"see: sibling", tiendo.CanSeeOrg, viewer3, 2, false},
		{"see: unknown org under no grant", tiendo.CanSeeOrg, viewer3, 99, false},
	}
	for _, c := range cases {
		if got := c.fn(c.actor, tr, c.org); got != c.want {
			t.Errorf("%s: got %v, want %v", c.rule, got, c.want)
		}
	}
}

func TestActorRules(t *testing.T) {
	tr := permTree()
	whole := []struct {
		name  string
		actor *tiendo.Actor
		want  bool
	}{
		{"whole-tree admin", wholeTree, true},
		{"system", system, true},
		{"admin of a ward", admin2, false},
		{"office without an organisation", actorWith(tiendo.Grant{Role: tiendo.RoleOffice}), false},
		{"no grants", nobody, false},
	}
	for _, c := range whole {
		if got := tiendo.IsWholeTreeAdmin(c.actor); got != c.want {
			t.Errorf("IsWholeTreeAdmin(%s) = %v", c.name, got)
		}
	}
	if !tiendo.HasRoleAnywhere(officer4, tiendo.RoleOfficer) || tiendo.HasRoleAnywhere(officer4, tiendo.RoleAdmin, tiendo.RoleOffice) || !tiendo.HasRoleAnywhere(system, tiendo.RoleAdmin) {
		t.Error("HasRoleAnywhere")
	}

	visible := []struct {
		name       string
		actor      *tiendo.Actor
		want       []int64
		restricted bool
	}{
		{"two grants", actorWith(grant(tiendo.RoleOfficer, 4), grant(tiendo.RoleViewer, 3)), []int64{3, 4}, true},
		{"a ward", office2, []int64{2, 4}, true},
		{"no grants", nobody, []int64{}, true},
		{"whole tree", wholeTree, nil, false},
		{"system", system, nil, false},
	}
	for _, c := range visible {
		ids, restricted := tiendo.VisibleOrgIDs(c.actor, tr)
		if restricted != c.restricted || !slices.Equal(ids, c.want) || (c.restricted && ids == nil) {
			t.Errorf("VisibleOrgIDs(%s) = %v, %v; want %v, %v", c.name, ids, restricted, c.want, c.restricted)
		}
	}

	grants := []struct {
		name  string
		actor *tiendo.Actor
		g     tiendo.Grant
		want  bool
	}{
		{"ward admin, below", admin2, grant(tiendo.RoleOfficer, 4), true},
		{"ward admin, elsewhere", admin2, grant(tiendo.RoleOfficer, 3), false},
		{"ward admin, whole tree", admin2, tiendo.Grant{Role: tiendo.RoleAdmin}, false},
		{"whole-tree admin, whole tree", wholeTree, tiendo.Grant{Role: tiendo.RoleAdmin}, true},
		{"office", office2, grant(tiendo.RoleOfficer, 4), false},
	}
	for _, c := range grants {
		if got := tiendo.CanGrant(c.actor, tr, c.g); got != c.want {
			t.Errorf("CanGrant(%s) = %v", c.name, got)
		}
	}

	accounts := []struct {
		name  string
		actor *tiendo.Actor
		acc   *tiendo.Account
		want  bool
	}{
		{"every grant below", admin2, &tiendo.Account{Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, 4), grant(tiendo.RoleViewer, 2)}}, true},
		{"one grant elsewhere", admin2, &tiendo.Account{Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, 4), grant(tiendo.RoleViewer, 3)}}, false},
		{"a whole-tree grant", admin2, &tiendo.Account{Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin}}}, false},
		{"no grants", admin2, &tiendo.Account{}, false},
		{"no grants, whole-tree admin", wholeTree, &tiendo.Account{}, true},
		{"office manages none", office2, &tiendo.Account{Grants: []tiendo.Grant{grant(tiendo.RoleOfficer, 4)}}, false},
	}
	for _, c := range accounts {
		if got := tiendo.ManagesAccount(c.actor, tr, c.acc); got != c.want {
			t.Errorf("ManagesAccount(%s) = %v", c.name, got)
		}
	}
}

func TestAssigningAndDelegation(t *testing.T) {
	tr := permTree()
	if got := tiendo.AssigningOrg(led4); got != 2 {
		t.Errorf("AssigningOrg = %d, want the assigning organisation", got)
	}
	if got := tiendo.AssigningOrg(own3); got != 3 {
		t.Errorf("AssigningOrg = %d, want the lead when none assigned it", got)
	}
	defaults := []struct {
		name  string
		actor *tiendo.Actor
		lead  int64
		want  *int64
	}{
		{"office above the lead", office2, 4, id(2)},
		{"office elsewhere", office2, 3, nil},
		{"first office or admin grant covering it", actorWith(grant(tiendo.RoleOfficer, 1), grant(tiendo.RoleViewer, 2), grant(tiendo.RoleAdmin, 2), grant(tiendo.RoleOffice, 1)), 4, id(2)},
		{"whole-tree admin names none", wholeTree, 4, nil},
	}
	for _, c := range defaults {
		got := tiendo.DefaultAssigningOrg(c.actor, tr, c.lead)
		if (got == nil) != (c.want == nil) || (got != nil && *got != *c.want) {
			t.Errorf("DefaultAssigningOrg(%s) = %v, want %v", c.name, got, c.want)
		}
	}
	ward2 := &tiendo.Task{LeadOrgID: 2}
	if got := tiendo.DelegationTargets(tr, ward2); !slices.Equal(got, []int64{4}) {
		t.Errorf("DelegationTargets(ward 2) = %v", got)
	}
	if got := tiendo.DelegationTargets(tr, &tiendo.Task{LeadOrgID: 1}); !slices.Equal(sorted(got), []int64{2, 3, 4}) {
		t.Errorf("DelegationTargets(city) = %v, want everything below, not the city", got)
	}
	if got := tiendo.DelegationTargets(tr, led4); len(got) != 0 {
		t.Errorf("DelegationTargets(a leaf) = %v", got)
	}
	to := []struct {
		org  int64
		want bool
	}{{4, true}, {2, false}, {3, false}, {1, false}, {99, false}}
	for _, c := range to {
		if got := tiendo.CanDelegateTo(tr, ward2, c.org); got != c.want {
			t.Errorf("CanDelegateTo(ward 2 → %d) = %v", c.org, got)
		}
	}
}

func TestRoleOrgIDs(t *testing.T) {
	tr := permTree()
	two := actorWith(grant(tiendo.RoleOffice, 2), grant(tiendo.RoleOffice, 4), grant(tiendo.RoleLeader, 3))
	for _, c := range []struct {
		name        string
		actor       *tiendo.Actor
		roles       []tiendo.Role
		want        []int64
		whole, held bool
	}{
		{"a ward office sees its subtree", office2, []tiendo.Role{tiendo.RoleOffice}, []int64{2, 4}, false, true},
		{"overlapping grants counted once", two, []tiendo.Role{tiendo.RoleOffice}, []int64{2, 4}, false, true},
		{"only the roles asked for", two, []tiendo.Role{tiendo.RoleLeader}, []int64{3}, false, true},
		{"a role not held", office2, []tiendo.Role{tiendo.RoleLeader}, nil, false, false},
		{"a whole-tree grant", wholeTree, []tiendo.Role{tiendo.RoleAdmin}, nil, true, true},
		{"no grants", nobody, []tiendo.Role{tiendo.RoleOffice}, nil, false, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ids, whole, held := tiendo.RoleOrgIDs(c.actor, tr, c.roles...)
			if !slices.Equal(ids, c.want) || whole != c.whole || held != c.held {
				t.Fatalf("got %v %v %v, want %v %v %v", ids, whole, held, c.want, c.whole, c.held)
			}
		})
	}
}
