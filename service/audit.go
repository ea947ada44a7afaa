package service

import (
	"context"
	"encoding/json"

	"tiendo"
)

// audit appends one entry in the caller's transaction, so a change and its
// record are committed together or not at all.
func (s *Service) audit(ctx context.Context, st tiendo.Store, action, entity string, id int64, taskID, orgID *int64, before, after any) error {
	a := tiendo.ActorFromContext(ctx)
	e := &tiendo.AuditEntry{
		At: s.clock.Now().UTC(), Action: action, EntityType: entity, EntityID: id,
		TaskID: taskID, OrgID: orgID, Actor: "system",
	}
	if a != nil && !a.System {
		e.ActorID, e.Actor = &a.AccountID, a.Login
	}
	var err error
	if e.Before, err = marshalAudit(before); err != nil {
		return err
	}
	if e.After, err = marshalAudit(after); err != nil {
		return err
	}
	return st.AppendAudit(ctx, e)
}

func marshalAudit(v any) (json.RawMessage, error) {
	if v == nil {
		return nil, nil
	}
	return json.Marshal(v)
}

// TaskAudit returns the audit entries of a task the actor may see.
func (s *Service) TaskAudit(ctx context.Context, taskID int64, p tiendo.Page) ([]*tiendo.AuditEntry, int, error) {
	if _, _, err := s.visibleTask(ctx, s.store, taskID); err != nil {
		return nil, 0, err
	}
	return s.store.FindAudit(ctx, tiendo.AuditFilter{TaskID: &taskID, Page: p})
}

// OrgAudit returns the audit entries concerning an organisation's subtree,
// for office, leader and admin accounts over it.
func (s *Service) OrgAudit(ctx context.Context, orgID int64, p tiendo.Page) ([]*tiendo.AuditEntry, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	if !sc.tree.Has(orgID) || !sc.sees(orgID) {
		return nil, 0, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", orgID)
	}
	if !sc.has(orgID, tiendo.RoleAdmin, tiendo.RoleOffice, tiendo.RoleLeader) {
		return nil, 0, forbidden("xem nhật ký của đơn vị này")
	}
	return s.store.FindAudit(ctx, tiendo.AuditFilter{OrgIDs: sc.tree.Subtree(orgID), Page: p})
}
