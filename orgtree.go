package tiendo

import (
	"slices"

	"tiendo/vn"
)

// maxDepth bounds every walk up the tree: real trees are a handful of
// levels deep, and the bound keeps a parent cycle in bad data from
// looping.
const maxDepth = 64

// OrgTree is the organisation hierarchy as one value: who is below whom,
// and which body is in force after a reform. Every walk of the tree goes
// through it, so a subtree, an ancestor chain and "is X under Y" agree
// everywhere (scope, statistics, reminders, the pages).
//
// A tree is immutable once built, so one tree can serve every request at
// once (the store shares one until the organisations change): it copies
// the organisations it is given, and every method hands out copies, never
// its own organisations or slices.
type OrgTree struct {
	byID     map[int64]*Org
	order    []int64 // ids in the order given (the store's: by code)
	children map[int64][]int64
	roots    []int64
}

// NewOrgTree indexes copies of orgs; children keep the order of orgs (the
// store returns them by code). Changing orgs afterwards does not change
// the tree.
func NewOrgTree(orgs []*Org) *OrgTree {
	t := &OrgTree{byID: make(map[int64]*Org, len(orgs)), order: make([]int64, 0, len(orgs)),
		children: map[int64][]int64{}}
	for _, o := range orgs {
		o = o.Clone()
		t.byID[o.ID] = o
		t.order = append(t.order, o.ID)
		if o.ParentID != nil {
			t.children[*o.ParentID] = append(t.children[*o.ParentID], o.ID)
		} else {
			t.roots = append(t.roots, o.ID)
		}
	}
	return t
}

// Org returns a copy of the organisation with id, or nil when the tree
// has none.
func (t *OrgTree) Org(id int64) *Org { return t.byID[id].Clone() }

// Has tells whether the tree holds an organisation with id.
func (t *OrgTree) Has(id int64) bool { return t.byID[id] != nil }

// IsWard tells whether organisation id is a ward or commune itself — the
// unit cases and places belong to — rather than a body inside one (its
// People's Committee, party committee or offices, also commune-level).
func (t *OrgTree) IsWard(id int64) bool {
	o := t.byID[id]
	if o == nil {
		return false
	}
	var parent *Org
	if o.ParentID != nil {
		parent = t.byID[*o.ParentID]
	}
	return IsWard(o, parent)
}

// IsWard tells whether o, whose parent is parent (nil at a root), is a
// ward or commune: commune-level and not inside another commune-level unit.
func IsWard(o, parent *Org) bool {
	return o.Level == LevelCommune && (parent == nil || parent.Level != LevelCommune)
}

// Orgs returns copies of every organisation, in the order the tree was
// built from.
func (t *OrgTree) Orgs() []*Org {
	out := make([]*Org, len(t.order))
	for i, id := range t.order {
		out[i] = t.byID[id].Clone()
	}
	return out
}

// IDs returns the ids of every organisation, sorted.
func (t *OrgTree) IDs() []int64 {
	ids := make([]int64, 0, len(t.byID))
	for id := range t.byID {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// Children returns the ids directly below id (a new slice).
func (t *OrgTree) Children(id int64) []int64 { return slices.Clone(t.children[id]) }

// Roots returns the ids of the organisations without a parent (a new
// slice).
func (t *OrgTree) Roots() []int64 { return slices.Clone(t.roots) }

// Subtree returns root and all its descendants, root first, depth first.
// An id the tree does not know is its own one-element subtree, so a filter
// built from it matches nothing else.
func (t *OrgTree) Subtree(root int64) []int64 {
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

// Subtrees returns the union of the subtrees of ids, sorted, each id once
// (never nil).
func (t *OrgTree) Subtrees(ids []int64) []int64 {
	set := map[int64]bool{}
	out := []int64{}
	for _, id := range ids {
		for _, x := range t.Subtree(id) {
			if !set[x] {
				set[x] = true
				out = append(out, x)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Ancestors returns id and the organisations above it, nearest first;
// empty for an id the tree does not know.
func (t *OrgTree) Ancestors(id int64) []int64 {
	var out []int64
	for len(out) < maxDepth {
		o := t.byID[id]
		if o == nil {
			break
		}
		out = append(out, id)
		if o.ParentID == nil {
			break
		}
		id = *o.ParentID
	}
	return out
}

// Under tells whether id is root or below it.
func (t *OrgTree) Under(id, root int64) bool {
	return id == root || slices.Contains(t.Ancestors(id), root)
}

// InForce follows the successor chain from id to the body in force on d:
// after the 2025 reform a dissolved ward's work belongs to the ward that
// succeeded it. It returns id itself when that is in force, has no
// successor or is unknown, and the last body of the chain when none is in
// force on d.
func (t *OrgTree) InForce(id int64, on vn.Date) int64 {
	for guard := 0; guard < maxDepth; guard++ {
		o := t.byID[id]
		if o == nil || o.ActiveOn(on) || o.SuccessorID == nil || t.byID[*o.SuccessorID] == nil {
			return id
		}
		id = *o.SuccessorID
	}
	return id
}

// SuccessorInForce returns the organisation that stands for id on d: id
// itself when it is in force, otherwise the first body in force along its
// successor chain (InForce). It returns nil when id is unknown, the chain
// ends without one in force, or loops (bad data must not hang a request).
func (t *OrgTree) SuccessorInForce(id int64, d vn.Date) *Org {
	o := t.byID[t.InForce(id, d)]
	if o == nil || !o.ActiveOn(d) {
		return nil
	}
	return o.Clone()
}
