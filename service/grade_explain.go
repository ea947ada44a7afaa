package service

import (
	"context"

	"tiendo"
	"tiendo/grade"
	"tiendo/vn"
)

// gradeWindow is what a grade sheet reads: the period's dates, the
// cut-off, and the organisations in scope (nil: every one).
type gradeWindow struct {
	from, to, asOf vn.Date
	orgIDs         []int64
}

// periodExplanation is a late or missing explanation and the unit asked.
type periodExplanation struct {
	grade.Explanation
	orgID int64
}

// periodExplanations are the explanation requests due in the period that
// were answered late, or not answered by the cut-off. An answer given
// after the cut-off does not count yet, so a sheet recomputed later with
// the same cut-off says the same.
func (s *Service) periodExplanations(ctx context.Context, g gradeWindow, tasks []*tiendo.Task) ([]periodExplanation, error) {
	reqs, err := s.store.FindExplanationRequestsDue(ctx, g.from, g.to, g.orgIDs)
	if err != nil {
		return nil, err
	}
	titles := map[int64]string{}
	for _, k := range tasks {
		titles[k.ID] = k.Title
	}
	var out []periodExplanation
	for _, e := range reqs {
		x, ok := explanationAt(e, g.asOf)
		if !ok {
			continue
		}
		title, known := titles[e.TaskID]
		if !known {
			k, err := s.store.FindTaskByID(ctx, e.TaskID)
			if err != nil {
				return nil, err
			}
			title, titles[e.TaskID] = k.Title, k.Title
		}
		x.Title = title
		out = append(out, periodExplanation{Explanation: x, orgID: e.OrgID})
	}
	return out, nil
}

// explanationAt says whether a request weighs on the grade at the cut-off,
// and how: answered after its due date, or unanswered past it.
func explanationAt(e *tiendo.ExplanationRequest, asOf vn.Date) (grade.Explanation, bool) {
	x := grade.Explanation{RequestID: e.ID, TaskID: e.TaskID, DueOn: e.DueOn.Format()}
	answered := !e.AnsweredOn.IsZero() && !e.AnsweredOn.After(asOf)
	switch {
	case answered:
		x.LateDays = e.AnsweredOn.Sub(e.DueOn)
		return x, x.LateDays > 0
	case asOf.After(e.DueOn):
		x.Missing = true
		return x, true
	}
	return x, false
}
