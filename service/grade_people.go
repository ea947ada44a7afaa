package service

import (
	"context"

	"tiendo"
)

// headPosition is a head's position in a unit, as a grade line names it.
type headPosition struct {
	personID int64
	source   string
}

// gradePeople grades people through their positions (docs/DOMAIN.md §13): the head
// of a unit on every product the unit leads and on the unit's late or
// missing explanations; anyone on the tasks assigned to them personally
// (the only rule for people holding no head position). A task both routes
// reach counts once, through the position.
func (s *Service) gradePeople(ctx context.Context, set *subjectSet, tasks []*tiendo.Task, exps []periodExplanation,
	marks map[int64]*tiendo.GradeMark, g gradeWindow) ([]*subject, error) {
	var orgs []int64
	for _, k := range tasks {
		orgs = append(orgs, k.LeadOrgID)
	}
	for _, e := range exps {
		orgs = append(orgs, e.orgID)
	}
	heads, err := s.headsOf(ctx, set.t, orgs, g)
	if err != nil {
		return nil, err
	}
	for _, k := range tasks {
		counted := map[int64]bool{}
		for _, h := range heads[k.LeadOrgID] {
			sub, err := set.get(ctx, h.personID)
			if err != nil {
				return nil, err
			}
			sub.add(k, g.asOf, marks[k.ID], h.source)
			counted[h.personID] = true
		}
		if k.AssigneeID == nil || counted[*k.AssigneeID] {
			continue
		}
		sub, err := set.get(ctx, *k.AssigneeID)
		if err != nil {
			return nil, err
		}
		sub.add(k, g.asOf, marks[k.ID], "giao trực tiếp cho cá nhân")
	}
	for _, e := range exps {
		for _, h := range heads[e.orgID] {
			sub, err := set.get(ctx, h.personID)
			if err != nil {
				return nil, err
			}
			x := e.Explanation
			x.Source = h.source
			sub.input.Explanations = append(sub.input.Explanations, x)
		}
	}
	return set.order, nil
}

// headsOf finds, per unit, the people holding its head position at some
// time in the period.
func (s *Service) headsOf(ctx context.Context, t *tiendo.OrgTree, orgs []int64, g gradeWindow) (map[int64][]headPosition, error) {
	out := map[int64][]headPosition{}
	if len(orgs) == 0 {
		return out, nil
	}
	wanted := map[int64]bool{}
	var unique []int64
	for _, id := range orgs {
		if !wanted[id] {
			wanted[id] = true
			unique = append(unique, id)
		}
	}
	f := tiendo.PersonFilter{OrgIDs: unique, Page: tiendo.Page{Page: 1, PerPage: tiendo.MaxPerPage}}
	for seen := 0; ; f.Page.Page++ {
		people, total, err := s.store.FindPeople(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			for _, pos := range p.Positions {
				if pos.IsHead && wanted[pos.OrgID] && heldIn(pos, g) {
					out[pos.OrgID] = append(out[pos.OrgID], headPosition{p.ID, positionSource(t, pos)})
				}
			}
		}
		if seen += len(people); seen >= total || len(people) == 0 {
			return out, nil
		}
	}
}

// heldIn says whether the position was held at some time in the period.
func heldIn(pos tiendo.Position, g gradeWindow) bool {
	return (pos.ValidFrom.IsZero() || !pos.ValidFrom.After(g.to)) && (pos.ValidTo.IsZero() || !pos.ValidTo.Before(g.from))
}

// positionSource names a position the way a grade line cites it.
func positionSource(t *tiendo.OrgTree, pos tiendo.Position) string {
	src := "theo chức vụ " + pos.Title
	if o := t.Org(pos.OrgID); o != nil {
		src += " – " + o.Name
	}
	return src
}
