package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// DelegateInput passes a task down: to a sub-unit of the lead organisation
// (a child task) or to a person holding a position in it.
type DelegateInput struct {
	Version  int     `json:"version"`
	OrgID    *int64  `json:"org_id"`
	PersonID *int64  `json:"person_id"`
	Title    string  `json:"title"`
	Due      vn.Date `json:"due"`
}

// Delegate passes a task down inside the lead organisation. It returns the
// child task (to a sub-unit) or the task itself (to a person).
func (s *Service) Delegate(ctx context.Context, id int64, in DelegateInput) (*tiendo.Task, error) {
	if (in.OrgID == nil) == (in.PersonID == nil) {
		return nil, tiendo.FieldError("org_id", "Chọn một đơn vị cấp dưới hoặc một người")
	}
	var out *tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTask(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanDelegate(sc.actor, sc.tree, t) {
			return forbidden("phân công nhiệm vụ này")
		}
		if err := checkVersion(in.Version, t.Version); err != nil {
			return err
		}
		if !t.Status.Open() {
			return tiendo.Errorf(tiendo.ECONFLICT, "Nhiệm vụ đã kết thúc, không thể phân công")
		}
		if in.PersonID != nil {
			out, err = s.delegateToPerson(ctx, st, sc, t, *in.PersonID)
			return err
		}
		out, err = s.delegateToOrg(ctx, st, sc, t, *in.OrgID, in)
		return err
	})
	return out, err
}

func (s *Service) delegateToPerson(ctx context.Context, st tiendo.Store, sc *scope, t *tiendo.Task, personID int64) (*tiendo.Task, error) {
	p, err := st.FindPersonByID(ctx, personID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
		return nil, tiendo.FieldError("person_id", "Người được giao không tồn tại")
	} else if err != nil {
		return nil, err
	}
	inside := false
	for _, pos := range p.Positions {
		inside = inside || sc.tree.Under(pos.OrgID, t.LeadOrgID)
	}
	if !inside {
		return nil, tiendo.FieldError("person_id", "Người được giao phải thuộc đơn vị chủ trì")
	}
	before := statusView(t)
	t.AssigneeID = &p.ID
	if err := st.UpdateTask(ctx, t); err != nil {
		return nil, err
	}
	if err := s.notifyStep(ctx, st, sc.tree, step{Kind: tiendo.NotifyDelegated, Task: t, Key: taskKey(t)}); err != nil {
		return nil, err
	}
	return t, s.audit(ctx, st, "task.delegate_person", "task", t.ID, &t.ID, &t.LeadOrgID, before, statusView(t))
}

func (s *Service) delegateToOrg(ctx context.Context, st tiendo.Store, sc *scope, t *tiendo.Task, orgID int64, in DelegateInput) (*tiendo.Task, error) {
	if !tiendo.CanDelegateTo(sc.tree, t, orgID) {
		return nil, tiendo.FieldError("org_id", "Chỉ phân công cho đơn vị cấp dưới của đơn vị chủ trì")
	}
	due := in.Due
	if due.IsZero() {
		due = t.Due
	}
	if !due.IsZero() && !t.Due.IsZero() && due.After(t.Due) {
		return nil, tiendo.FieldError("due", "Thời hạn phân công không được sau thời hạn của nhiệm vụ gốc")
	}
	title := strings.TrimSpace(in.Title)
	if title == "" {
		title = t.Title
	}
	lead := t.LeadOrgID
	child := &tiendo.Task{
		DocumentID: t.DocumentID, SourceClause: t.SourceClause, SourceText: t.SourceText, Title: title,
		ExpectedOutput: t.ExpectedOutput, LeadOrgID: orgID, AssignedByOrg: &lead, ParentID: &t.ID,
		Category: t.Category, Priority: t.Priority, Weight: t.Weight, Place: t.Place, PlaceID: t.PlaceID,
		DeadlineKind: t.DeadlineKind, DeadlineText: t.DeadlineText, Due: due, OriginalDue: due,
		AssignedOn: s.today(), Status: tiendo.StatusAssigned, CreatedBy: sc.actor.AccountID,
	}
	if child.DeadlineKind == vn.DeadlineRecurring || (due.IsZero() && child.DeadlineKind != vn.DeadlineContinuous) {
		child.DeadlineKind = vn.DeadlineContinuous
		child.Due, child.OriginalDue = vn.Date{}, vn.Date{}
	} else if !due.Equal(t.Due) {
		child.DeadlineKind, child.DeadlineText = vn.DeadlineDate, ""
	}
	if child.AssignedOn.Before(t.AssignedOn) {
		child.AssignedOn = t.AssignedOn
	}
	var v tiendo.Validator
	checkInForce(&v, sc.tree, "org_id", orgID, child.AssignedOn)
	if err := v.Err(); err != nil {
		return nil, err
	}
	if err := child.Validate(); err != nil {
		return nil, err
	}
	if err := s.createTask(ctx, st, child); err != nil {
		return nil, err
	}
	if err := s.notifyStep(ctx, st, sc.tree, step{Kind: tiendo.NotifyDelegated, Task: child, Key: taskKey(child)}); err != nil {
		return nil, err
	}
	return child, s.audit(ctx, st, "task.delegate", "task", t.ID, &t.ID, &t.LeadOrgID, nil, map[string]any{"child_task_id": child.ID, "org_id": orgID})
}
