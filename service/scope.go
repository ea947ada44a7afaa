package service

import (
	"context"
	"sort"

	"tiendo"
)

// tree is the organisation hierarchy, loaded per request: it is small
// (hundreds of rows) and loading it keeps every instance of a multi-instance
// deployment correct without cache invalidation.
type tree struct {
	byID     map[int64]*tiendo.Org
	children map[int64][]int64
}

func (s *Service) loadTree(ctx context.Context, st tiendo.Store) (*tree, error) {
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	t := &tree{byID: make(map[int64]*tiendo.Org, len(orgs)), children: map[int64][]int64{}}
	for _, o := range orgs {
		t.byID[o.ID] = o
		if o.ParentID != nil {
			t.children[*o.ParentID] = append(t.children[*o.ParentID], o.ID)
		}
	}
	return t, nil
}

// subtree returns root and all its descendants.
func (t *tree) subtree(root int64) []int64 {
	var out []int64
	stack := []int64{root}
	seen := map[int64]bool{}
	for len(stack) > 0 {
		id := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
		stack = append(stack, t.children[id]...)
	}
	return out
}

// within tells whether id is root or below it.
func (t *tree) within(id, root int64) bool {
	for guard := 0; guard < 64; guard++ {
		if id == root {
			return true
		}
		o := t.byID[id]
		if o == nil || o.ParentID == nil {
			return false
		}
		id = *o.ParentID
	}
	return false
}

// scope is what one actor may see and do, resolved against the tree.
type scope struct {
	actor *tiendo.Actor
	tree  *tree
}

func newScope(a *tiendo.Actor, t *tree) *scope { return &scope{actor: a, tree: t} }

// unrestricted tells whether the actor sees the whole tree.
func (sc *scope) unrestricted() bool {
	if sc.actor.System {
		return true
	}
	for _, g := range sc.actor.Grants {
		if g.OrgID == nil && g.Role == tiendo.RoleAdmin {
			return true
		}
	}
	return false
}

// has tells whether the actor holds one of roles over org.
func (sc *scope) has(org int64, roles ...tiendo.Role) bool {
	if sc.actor.System {
		return true
	}
	for _, g := range sc.actor.Grants {
		if !roleIn(g.Role, roles) {
			continue
		}
		if g.OrgID == nil || sc.tree.within(org, *g.OrgID) {
			return true
		}
	}
	return false
}

// sees tells whether any grant covers org.
func (sc *scope) sees(org int64) bool { return sc.has(org, tiendo.Roles...) }

// visibleOrgIDs lists the organisations whose tasks the actor may read, or
// nil with ok=false when the actor sees everything.
func (sc *scope) visibleOrgIDs() (ids []int64, restricted bool) {
	if sc.unrestricted() {
		return nil, false
	}
	set := map[int64]bool{}
	for _, g := range sc.actor.Grants {
		if g.OrgID == nil {
			continue
		}
		for _, id := range sc.tree.subtree(*g.OrgID) {
			set[id] = true
		}
	}
	ids = make([]int64, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids, true
}

// canSeeTask: a task is visible to anyone whose scope covers its lead, a
// cooperating organisation or the organisation that assigned it (a
// steering committee assigns to member organisations outside its subtree,
// and must follow what it assigned). The store applies the same rule to
// lists (TaskFilter.ScopeOrgIDs), so a task readable by id is never
// missing from every list.
func (sc *scope) canSeeTask(t *tiendo.Task) bool {
	if sc.sees(t.LeadOrgID) {
		return true
	}
	for _, id := range t.CoopOrgIDs {
		if sc.sees(id) {
			return true
		}
	}
	return t.AssignedByOrg != nil && sc.sees(*t.AssignedByOrg)
}

// assigner is the organisation whose office and leaders manage the task.
func assigner(t *tiendo.Task) int64 {
	if t.AssignedByOrg != nil {
		return *t.AssignedByOrg
	}
	return t.LeadOrgID
}

func roleIn(r tiendo.Role, roles []tiendo.Role) bool {
	for _, x := range roles {
		if r == x {
			return true
		}
	}
	return false
}

// forbidden is the error for a visible record the actor may not change.
func forbidden(what string) error {
	return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền %s", what)
}

// ancestors returns org and its ancestors, nearest first.
func (t *tree) ancestors(org int64) []int64 {
	var out []int64
	for guard := 0; guard < 64; guard++ {
		o := t.byID[org]
		if o == nil {
			break
		}
		out = append(out, org)
		if o.ParentID == nil {
			break
		}
		org = *o.ParentID
	}
	return out
}
