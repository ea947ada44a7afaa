package service

import (
	"cmp"
	"context"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// OrgSearch asks for the units a picker offers: those whose name, code or
// abbreviation match Query (diacritic-insensitive, the last word a prefix),
// or, when IDs is set, exactly those units (to show what a form already
// holds).
type OrgSearch struct {
	Query string
	IDs   []int64
	// On is the day "ended" is judged on; zero means today.
	On vn.Date
	// Assignable keeps only the units the actor may assign tasks to.
	Assignable bool
	// Limit caps the hits (default 20, at most 100).
	Limit int
}

// OrgHit is one unit as a picker shows it: enough to tell two units of
// the same name apart (their parents) and to steer away from one that has
// ended (its successor).
type OrgHit struct {
	ID            int64        `json:"id"`
	Code          string       `json:"code"`
	Name          string       `json:"name"`
	Level         tiendo.Level `json:"level"`
	ParentID      *int64       `json:"parent_id"`
	ParentName    string       `json:"parent_name"`
	Ended         bool         `json:"ended"`
	SuccessorID   *int64       `json:"successor_id"`
	SuccessorName string       `json:"successor_name"`
	// SameName is true when another unit bears the same name (folded), so
	// the parent is what tells them apart.
	SameName bool `json:"same_name"`
}

const (
	defaultOrgHits = 20
	maxOrgHits     = 100
)

// SearchOrgs finds units for a picker, ordered by level (central first),
// current before ended, then by name. Any signed-in actor may search, as
// with ListOrgs; Assignable narrows to the actor's assignable units.
func (s *Service) SearchOrgs(ctx context.Context, in OrgSearch) ([]OrgHit, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	if in.On.IsZero() {
		in.On = s.today()
	}
	limit := in.Limit
	if limit <= 0 {
		limit = defaultOrgHits
	}
	limit = min(limit, maxOrgHits)
	all, err := s.store.FindOrgs(ctx, tiendo.OrgFilter{}) // cached by the store
	if err != nil {
		return nil, err
	}
	var found []*tiendo.Org
	switch {
	case in.IDs != nil:
		found = pickIDs(all, in.IDs)
	case len(vn.FoldTokens(in.Query)) > 0:
		if found, err = s.store.FindOrgs(ctx, tiendo.OrgFilter{Query: in.Query}); err != nil {
			return nil, err
		}
		found = withSuccessors(all, found, in.On)
	}
	if in.Assignable {
		if found, err = s.keepAssignable(ctx, found, in.On); err != nil {
			return nil, err
		}
	}
	hits := orgHits(all, found, in.On)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

// withSuccessors adds the successor of every unit found that has ended, so
// a picker offers the unit that took over beside the one typed.
func withSuccessors(all, found []*tiendo.Org, on vn.Date) []*tiendo.Org {
	var add []int64
	for _, o := range found {
		if o.SuccessorID != nil && !o.ActiveOn(on) &&
			!slices.ContainsFunc(found, func(f *tiendo.Org) bool { return f.ID == *o.SuccessorID }) {
			add = append(add, *o.SuccessorID)
		}
	}
	return append(found, pickIDs(all, add)...)
}

func pickIDs(all []*tiendo.Org, ids []int64) []*tiendo.Org {
	var out []*tiendo.Org
	for _, o := range all {
		if slices.Contains(ids, o.ID) {
			out = append(out, o)
		}
	}
	return out
}

func (s *Service) keepAssignable(ctx context.Context, orgs []*tiendo.Org, on vn.Date) ([]*tiendo.Org, error) {
	ok, err := s.AssignableOrgsOn(ctx, on)
	if err != nil {
		return nil, err
	}
	return slices.DeleteFunc(orgs, func(o *tiendo.Org) bool {
		return !slices.ContainsFunc(ok, func(a *tiendo.Org) bool { return a.ID == o.ID })
	}), nil
}

// levelRank orders levels from the top of the tree down.
func levelRank(l tiendo.Level) int {
	if i := slices.Index(tiendo.Levels, l); i >= 0 {
		return i
	}
	return len(tiendo.Levels)
}

// orgHits describes found against the whole tree, sorted for a picker.
func orgHits(all, found []*tiendo.Org, on vn.Date) []OrgHit {
	byID := make(map[int64]*tiendo.Org, len(all))
	names := make(map[string]int, len(all))
	for _, o := range all {
		byID[o.ID] = o
		names[vn.Fold(o.Name)]++
	}
	nameOf := func(id *int64) string {
		if id == nil || byID[*id] == nil {
			return ""
		}
		return byID[*id].Name
	}
	hits := make([]OrgHit, 0, len(found))
	for _, o := range found {
		hits = append(hits, OrgHit{ID: o.ID, Code: o.Code, Name: o.Name, Level: o.Level,
			ParentID: o.ParentID, ParentName: nameOf(o.ParentID), Ended: !o.ActiveOn(on),
			SuccessorID: o.SuccessorID, SuccessorName: nameOf(o.SuccessorID),
			SameName: names[vn.Fold(o.Name)] > 1})
	}
	slices.SortStableFunc(hits, func(a, b OrgHit) int {
		return cmp.Or(cmp.Compare(levelRank(a.Level), levelRank(b.Level)),
			compareBool(a.Ended, b.Ended),
			cmp.Compare(vn.Fold(a.Name), vn.Fold(b.Name)),
			cmp.Compare(vn.Fold(a.ParentName), vn.Fold(b.ParentName)),
			cmp.Compare(a.ID, b.ID))
	})
	return hits
}

// compareBool puts false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
