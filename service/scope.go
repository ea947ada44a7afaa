package service

import "tiendo"

// scope is one actor with the tree its grants are resolved against. Its
// methods are shorthands for the rules of the root package's
// permission.go, which is where every rule is written.
type scope struct {
	actor *tiendo.Actor
	tree  *tiendo.OrgTree
}

func newScope(a *tiendo.Actor, t *tiendo.OrgTree) *scope { return &scope{actor: a, tree: t} }

// unrestricted tells whether the actor sees the whole tree.
func (sc *scope) unrestricted() bool { return tiendo.IsWholeTreeAdmin(sc.actor) }

// has tells whether the actor holds one of roles over org.
func (sc *scope) has(org int64, roles ...tiendo.Role) bool {
	return tiendo.HasRole(sc.actor, sc.tree, org, roles...)
}

// sees tells whether any grant covers org.
func (sc *scope) sees(org int64) bool { return tiendo.CanSeeOrg(sc.actor, sc.tree, org) }

// visibleOrgIDs lists the organisations whose tasks the actor may read, or
// nil with restricted=false when the actor sees everything.
func (sc *scope) visibleOrgIDs() (ids []int64, restricted bool) {
	return tiendo.VisibleOrgIDs(sc.actor, sc.tree)
}

// canSeeTask is tiendo.CanSeeTask for the actor.
func (sc *scope) canSeeTask(t *tiendo.Task) bool { return tiendo.CanSeeTask(sc.actor, sc.tree, t) }

// forbidden is the error for a visible record the actor may not change.
func forbidden(what string) error {
	return tiendo.Errorf(tiendo.EFORBIDDEN, "Bạn không có quyền %s", what)
}
