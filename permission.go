package tiendo

import "slices"

// Who may see and do what (docs/DOMAIN.md §4), as pure functions of the
// actor, the organisation tree and the record. The service calls them on
// every read and write and to tell the pages which forms to offer; nothing
// else restates a rule. A grant covers its organisation's subtree; a grant
// without an organisation (admin only) covers the whole tree; internal jobs
// (Actor.System) pass every check.

// IsWholeTreeAdmin tells whether a sees and administers the whole tree: an
// admin grant without an organisation, or an internal job. Only such an
// actor creates top-level organisations, grants whole-tree roles and edits
// the working-day calendar.
func IsWholeTreeAdmin(a *Actor) bool {
	if a.System {
		return true
	}
	return slices.ContainsFunc(a.Grants, func(g Grant) bool { return g.OrgID == nil && g.Role == RoleAdmin })
}

// HasRole tells whether a holds one of roles over org: through a grant on
// org or an organisation above it, or a whole-tree grant.
func HasRole(a *Actor, t *OrgTree, org int64, roles ...Role) bool {
	if a.System {
		return true
	}
	for _, g := range a.Grants {
		if slices.Contains(roles, g.Role) && (g.OrgID == nil || t.Under(org, *g.OrgID)) {
			return true
		}
	}
	return false
}

// HasRoleAnywhere tells whether a holds one of roles over some
// organisation: enough to be offered a form whose submit is checked
// against the organisation it names.
func HasRoleAnywhere(a *Actor, roles ...Role) bool {
	if a.System {
		return true
	}
	return slices.ContainsFunc(a.Grants, func(g Grant) bool { return slices.Contains(roles, g.Role) })
}

// CanSeeOrg tells whether any grant of a covers org.
func CanSeeOrg(a *Actor, t *OrgTree, org int64) bool { return HasRole(a, t, org, Roles...) }

// VisibleOrgIDs lists, sorted, the organisations a's grants cover, or
// restricted=false (and nil) when a sees the whole tree.
func VisibleOrgIDs(a *Actor, t *OrgTree) (ids []int64, restricted bool) {
	if IsWholeTreeAdmin(a) {
		return nil, false
	}
	var roots []int64
	for _, g := range a.Grants {
		if g.OrgID != nil {
			roots = append(roots, *g.OrgID)
		}
	}
	return t.Subtrees(roots), true
}

// RoleOrgIDs lists the organisations where a holds one of roles, with
// their subtrees, in id order (an account's inbox sections): whole is true,
// ids nil, when such a grant covers the whole tree; held is false when a
// holds none of roles.
func RoleOrgIDs(a *Actor, t *OrgTree, roles ...Role) (ids []int64, whole, held bool) {
	var roots []int64
	for _, g := range a.Grants {
		if !slices.Contains(roles, g.Role) {
			continue
		}
		if g.OrgID == nil {
			return nil, true, true
		}
		roots = append(roots, *g.OrgID)
	}
	if len(roots) == 0 {
		return nil, false, false
	}
	ids = t.Subtrees(roots)
	slices.Sort(ids)
	return slices.Compact(ids), false, true
}

// CanSeeTask: a task is visible to anyone whose scope covers its lead, a
// cooperating organisation or the organisation that assigned it (a
// steering committee assigns to member organisations outside its subtree,
// and must follow what it assigned). The store applies the same rule to
// lists (TaskFilter.ScopeOrgIDs), so a task readable by id is never
// missing from every list.
func CanSeeTask(a *Actor, t *OrgTree, task *Task) bool {
	if CanSeeOrg(a, t, task.LeadOrgID) || slices.ContainsFunc(task.CoopOrgIDs, func(id int64) bool { return CanSeeOrg(a, t, id) }) {
		return true
	}
	return task.AssignedByOrg != nil && CanSeeOrg(a, t, *task.AssignedByOrg)
}

// AssigningOrg is the organisation whose office and leaders manage task:
// the one that assigned it, else its lead.
func AssigningOrg(task *Task) int64 {
	if task.AssignedByOrg != nil {
		return *task.AssignedByOrg
	}
	return task.LeadOrgID
}

// Who runs an organisation's other records: each list holds the roles
// that, over the organisation, may act on its meetings, targets and
// explanation requests. Pages offer a form to an actor holding one of
// them anywhere (HasRoleAnywhere); the service checks the organisation.
var (
	// MeetingRunners create meetings, record minutes and conclusions and
	// send the notice.
	MeetingRunners = []Role{RoleAdmin, RoleOffice, RoleLeader}
	// TargetKeepers create targets and set their plans.
	TargetKeepers = []Role{RoleAdmin, RoleOffice, RoleLeader}
	// TargetReporters enter what a target achieved.
	TargetReporters = []Role{RoleAdmin, RoleOffice, RoleOfficer}
	// TargetAskers ask a unit to explain a target behind plan.
	TargetAskers = []Role{RoleAdmin, RoleLeader}
	// ExplanationAnswerers answer for the unit asked to explain.
	ExplanationAnswerers = []Role{RoleOfficer, RoleOffice, RoleLeader, RoleAdmin}
)

// reporters are the roles that report for an organisation.
var reporters = []Role{RoleOfficer, RoleOffice, RoleAdmin}

// CanReportDone tells whether a acts for the lead unit of task: it
// reports completion and, as the lead side, any progress.
func CanReportDone(a *Actor, t *OrgTree, task *Task) bool {
	return HasRole(a, t, task.LeadOrgID, reporters...)
}

// CanReport tells whether a may report progress on task: for the lead or
// a cooperating unit.
func CanReport(a *Actor, t *OrgTree, task *Task) bool {
	return CanReportDone(a, t, task) || CanReportAsCooperating(a, t, task)
}

// CanReportAsCooperating tells whether a reports for one of task's
// cooperating units (progress only, never completion).
func CanReportAsCooperating(a *Actor, t *OrgTree, task *Task) bool {
	return slices.ContainsFunc(task.CoopOrgIDs, func(id int64) bool { return HasRole(a, t, id, reporters...) })
}

// CanRequestExtension tells whether a may ask for more time on task: the
// lead side, which answers for the deadline.
func CanRequestExtension(a *Actor, t *OrgTree, task *Task) bool { return CanReportDone(a, t, task) }

// CanDelegate tells whether a may pass task down inside its lead unit.
func CanDelegate(a *Actor, t *OrgTree, task *Task) bool { return CanReportDone(a, t, task) }

// CanConfirm tells whether a may confirm or return a reported completion
// of task, or mark its grading: the assigning organisation's office.
func CanConfirm(a *Actor, t *OrgTree, task *Task) bool {
	return HasRole(a, t, AssigningOrg(task), RoleOffice, RoleAdmin)
}

// CanDecideExtension tells whether a may approve or decline an extension
// of task: the assigning organisation's leaders.
func CanDecideExtension(a *Actor, t *OrgTree, task *Task) bool {
	return HasRole(a, t, AssigningOrg(task), RoleLeader, RoleAdmin)
}

// CanManageTask tells whether a may edit, postpone, resume or withdraw
// task: the assigning organisation's office and leaders.
func CanManageTask(a *Actor, t *OrgTree, task *Task) bool {
	return HasRole(a, t, AssigningOrg(task), RoleOffice, RoleLeader, RoleAdmin)
}

// CanAssignTo tells whether a may assign tasks led by org (or assign them
// in org's name): its office.
func CanAssignTo(a *Actor, t *OrgTree, org int64) bool {
	return HasRole(a, t, org, RoleOffice, RoleAdmin)
}

// DefaultAssigningOrg is the organisation of a's first office or admin
// grant that covers lead: the body a task a enters for lead is assigned
// by when the form names none. Nil when no such grant names one.
func DefaultAssigningOrg(a *Actor, t *OrgTree, lead int64) *int64 {
	for _, g := range a.Grants {
		if g.OrgID != nil && (g.Role == RoleOffice || g.Role == RoleAdmin) && t.Under(lead, *g.OrgID) {
			id := *g.OrgID
			return &id
		}
	}
	return nil
}

// DelegationTargets lists the organisations below task's lead unit (not
// the lead itself), depth first: the units it may be delegated to.
func DelegationTargets(t *OrgTree, task *Task) []int64 {
	return t.Subtree(task.LeadOrgID)[1:]
}

// CanDelegateTo tells whether task may be delegated to org: a known
// organisation strictly below its lead unit.
func CanDelegateTo(t *OrgTree, task *Task, org int64) bool {
	return org != task.LeadOrgID && t.Has(org) && t.Under(org, task.LeadOrgID)
}

// CanAdminOrg tells whether a administers org (and so its subtree): edits
// it, creates organisations below it, grants roles over it.
func CanAdminOrg(a *Actor, t *OrgTree, org int64) bool { return HasRole(a, t, org, RoleAdmin) }

// CanGrant tells whether a may give g to an account: a whole-tree grant
// only a whole-tree admin, any other only an admin of its organisation.
func CanGrant(a *Actor, t *OrgTree, g Grant) bool {
	if g.OrgID == nil {
		return IsWholeTreeAdmin(a)
	}
	return CanAdminOrg(a, t, *g.OrgID)
}

// ManagesAccount tells whether a administers every organisation acc's
// grants cover (a whole-tree admin manages every account; an account
// without grants, only a whole-tree admin).
func ManagesAccount(a *Actor, t *OrgTree, acc *Account) bool {
	if IsWholeTreeAdmin(a) {
		return true
	}
	for _, g := range acc.Grants {
		if g.OrgID == nil || !CanAdminOrg(a, t, *g.OrgID) {
			return false
		}
	}
	return len(acc.Grants) > 0
}

// HasWholeTreeGrant tells whether a holds some role over the whole tree
// (a grant without an organisation), or is an internal job: such an actor
// sees what concerns the whole tree, as a closed period of the whole tree.
func HasWholeTreeGrant(a *Actor) bool {
	return a.System || slices.ContainsFunc(a.Grants, func(g Grant) bool { return g.OrgID == nil })
}

// CanClosePeriod: the office of the organisation (or above it) closes its
// period, a whole-tree admin any; the whole tree's period (org nil) is
// closed by a whole-tree office or admin.
func CanClosePeriod(a *Actor, t *OrgTree, org *int64) bool {
	if IsWholeTreeAdmin(a) {
		return true
	}
	if org == nil {
		return slices.ContainsFunc(a.Grants, func(g Grant) bool { return g.OrgID == nil && g.Role == RoleOffice })
	}
	return HasRole(a, t, *org, RoleOffice)
}

// CanReopenPeriod: only a leader over the organisation (a whole-tree
// leader for the whole tree) reopens a closed period, with a reason.
func CanReopenPeriod(a *Actor, t *OrgTree, org *int64) bool {
	if a.System {
		return true
	}
	if org == nil {
		return slices.ContainsFunc(a.Grants, func(g Grant) bool { return g.OrgID == nil && g.Role == RoleLeader })
	}
	return HasRole(a, t, *org, RoleLeader)
}

// CanSeePlace tells whether a sees a place of the register: a place is
// visible to the units of a ward it belongs or belonged to and to those
// above that ward (issue 16 item 1).
func CanSeePlace(a *Actor, t *OrgTree, p *Place) bool {
	if IsWholeTreeAdmin(a) {
		return true
	}
	for _, w := range p.WardIDs() {
		for _, g := range a.Grants {
			if g.OrgID != nil && (t.Under(w, *g.OrgID) || t.Under(*g.OrgID, w)) {
				return true
			}
		}
	}
	return false
}

// PlaceScopeIDs lists the wards whose places a sees: the organisations
// its grants cover and those above them; restricted=false (and nil) when
// a sees the whole tree. PlaceFilter.WardIDs takes it, so lists and
// CanSeePlace agree.
func PlaceScopeIDs(a *Actor, t *OrgTree) (ids []int64, restricted bool) {
	ids, restricted = VisibleOrgIDs(a, t)
	if !restricted {
		return nil, false
	}
	for _, g := range a.Grants {
		if g.OrgID != nil {
			ids = append(ids, t.Ancestors(*g.OrgID)...)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids), true
}

// CanEditPlace tells whether a may create or change a place in ward: an
// office grant on the ward itself, an admin grant over it, or a
// whole-tree admin. Offices above the ward see its places but do not
// edit them.
func CanEditPlace(a *Actor, t *OrgTree, ward int64) bool {
	if IsWholeTreeAdmin(a) || CanAdminOrg(a, t, ward) {
		return true
	}
	return slices.ContainsFunc(a.Grants, func(g Grant) bool {
		return g.Role == RoleOffice && g.OrgID != nil && *g.OrgID == ward
	})
}
