package service

import (
	"context"

	"tiendo"
)

// packCases sets the pack's casework (issue 16 item 2): the counts of the
// urban-order cases carried since the previous meeting in the locality of
// the meeting's organisation (the nearest administrative unit above it,
// else its own subtree and the attendees'), as far as the actor may see
// them; by ward, or by street and place when they lie in one ward. A
// meeting whose locality has no case gets none.
func (s *Service) packCases(ctx context.Context, sc *scope, p *Pack) error {
	q := tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: p.From, To: p.AsOf}, AsOf: p.AsOf, Group: tiendo.CaseByWard,
		WardIDs: packCaseWards(sc.tree, p.Meeting)}
	res, err := s.CaseStats(ctx, q)
	if err != nil || res.Total.Total == 0 {
		return err
	}
	if len(res.Rows) == 1 {
		q.Group = tiendo.CaseByPlace
		if res, err = s.CaseStats(ctx, q); err != nil {
			return err
		}
	}
	p.Cases, p.CasesBy = res, q.Group
	return nil
}

// packCaseWards are the organisations whose cases a meeting reviews.
func packCaseWards(tree *tiendo.OrgTree, m *tiendo.Meeting) []int64 {
	for _, id := range tree.Ancestors(m.OrgID) {
		if o := tree.Org(id); o != nil && o.Kind == tiendo.KindAdministrative {
			return tree.Subtree(id)
		}
	}
	return tree.Subtrees(append([]int64{m.OrgID}, m.AttendeeOrgIDs...))
}
