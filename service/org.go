package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// ListOrgs returns organisations. The organisation tree is public
// administrative information and every account needs it to name cooperating
// units, so any signed-in actor may read it; tasks stay scoped.
func (s *Service) ListOrgs(ctx context.Context, f tiendo.OrgFilter) ([]*tiendo.Org, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	return s.store.FindOrgs(ctx, f)
}

// GetOrg returns one organisation.
func (s *Service) GetOrg(ctx context.Context, id int64) (*tiendo.Org, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	return s.store.FindOrgByID(ctx, id)
}

// OrgByCode returns one organisation by its code.
func (s *Service) OrgByCode(ctx context.Context, code string) (*tiendo.Org, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	return s.store.FindOrgByCode(ctx, strings.TrimSpace(code))
}

// CreateOrg adds an organisation under a parent the actor administers.
func (s *Service) CreateOrg(ctx context.Context, o *tiendo.Org) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if err := o.Validate(); err != nil {
		return err
	}
	if o.ParentID == nil && !sc.unrestricted() {
		return forbidden("tạo đơn vị cấp cao nhất")
	}
	if o.ParentID != nil {
		if !sc.tree.Has(*o.ParentID) {
			return tiendo.FieldError("parent_id", "Đơn vị cấp trên không tồn tại")
		}
		if !sc.has(*o.ParentID, tiendo.RoleAdmin) {
			return forbidden("tạo đơn vị ở đây")
		}
	}
	if err := checkNewOrg(sc, o); err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateOrg(ctx, o); err != nil {
			return err
		}
		return s.audit(ctx, st, "org.create", "org", o.ID, nil, &o.ID, nil, o)
	})
}

// UpdateOrg changes an organisation the actor administers; o.Version must be
// current.
func (s *Service) UpdateOrg(ctx context.Context, o *tiendo.Org) error {
	sc, err := s.withScope(ctx)
	if err != nil {
		return err
	}
	if err := o.Validate(); err != nil {
		return err
	}
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		before, err := st.FindOrgByID(ctx, o.ID)
		if err != nil {
			return err
		}
		if !sc.has(o.ID, tiendo.RoleAdmin) {
			return forbidden("sửa đơn vị này")
		}
		if err := checkOrgEdit(sc, before, o); err != nil {
			return err
		}
		if o.ParentID != nil && (*o.ParentID == o.ID || sc.tree.Under(*o.ParentID, o.ID)) {
			return tiendo.FieldError("parent_id", "Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới")
		}
		if err := st.UpdateOrg(ctx, o); err != nil {
			return err
		}
		return s.audit(ctx, st, "org.update", "org", o.ID, nil, &o.ID, before, o)
	})
}

// DissolveResult says what dissolving an organisation did.
type DissolveResult struct {
	Org        *tiendo.Org `json:"org"`
	MovedTasks []int64     `json:"moved_tasks"` // open tasks it led
	// MovedCoopTasks are the open tasks it cooperated on; MovedChildren
	// its sub-units that outlive it, now under the successor.
	MovedCoopTasks []int64 `json:"moved_coop_tasks"`
	MovedChildren  []int64 `json:"moved_children"`
}

// DissolveOrg ends an organisation on date `on`, links its successor and
// moves to the successor its roles in open tasks (lead and cooperating)
// and its sub-units in force, each move audited. Version is the
// organisation's version the caller read.
func (s *Service) DissolveOrg(ctx context.Context, id, successorID int64, on vn.Date, version int) (*DissolveResult, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if on.IsZero() {
		on = s.today()
	}
	var v tiendo.Validator
	v.Date("on", on)
	if err := v.Err(); err != nil {
		return nil, err
	}
	res := &DissolveResult{}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		o, err := st.FindOrgByID(ctx, id)
		if err != nil {
			return err
		}
		if !sc.has(id, tiendo.RoleAdmin) {
			return forbidden("giải thể đơn vị này")
		}
		succ, err := st.FindOrgByID(ctx, successorID)
		if tiendo.ErrorCode(err) == tiendo.ENOTFOUND {
			return tiendo.FieldError("successor", "Đơn vị kế thừa không tồn tại")
		} else if err != nil {
			return err
		}
		if succ.ID == o.ID || !o.ValidTo.IsZero() {
			return tiendo.Errorf(tiendo.ECONFLICT, "Đơn vị đã giải thể hoặc đơn vị kế thừa không hợp lệ")
		}
		if version < 1 {
			return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
		}
		if version != o.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Đơn vị đã được người khác cập nhật; hãy tải lại để xem dữ liệu mới")
		}
		if !o.ValidFrom.IsZero() && on.Before(o.ValidFrom) {
			return tiendo.FieldError("on", "Ngày giải thể không được trước ngày đơn vị bắt đầu hoạt động ("+o.ValidFrom.Format()+")")
		}
		if !succ.ValidTo.IsZero() && succ.ValidTo.Before(on) {
			return tiendo.FieldError("successor", "Đơn vị kế thừa đã hết hiệu lực")
		}
		before := *o
		o.ValidTo, o.SuccessorID = on, &succ.ID
		if err := st.UpdateOrg(ctx, o); err != nil {
			return err
		}
		if err := s.audit(ctx, st, "org.dissolve", "org", o.ID, nil, &o.ID, before, o); err != nil {
			return err
		}
		res.Org = o
		if err := s.moveOpenTasks(ctx, st, o.ID, succ.ID, res); err != nil {
			return err
		}
		res.MovedChildren, err = s.moveChildren(ctx, st, sc.tree, o, succ.ID, on)
		return err
	})
	return res, err
}

// moveOpenTasks hands the successor every role `from` has in an open
// task: the lead, or a cooperating place (kept once, and dropped when the
// successor leads the task, so nobody cooperates with itself).
func (s *Service) moveOpenTasks(ctx context.Context, st tiendo.Store, from, to int64, res *DissolveResult) error {
	ids, err := st.OpenTaskIDsWith(ctx, from)
	if err != nil {
		return err
	}
	res.MovedTasks, res.MovedCoopTasks = []int64{}, []int64{}
	for _, id := range ids {
		t, err := st.FindTaskByID(ctx, id)
		if err != nil {
			return err
		}
		before := map[string]any{"lead_org_id": t.LeadOrgID, "coop_org_ids": t.CoopOrgIDs}
		if t.LeadOrgID == from {
			t.LeadOrgID = to
			res.MovedTasks = append(res.MovedTasks, t.ID)
		} else {
			res.MovedCoopTasks = append(res.MovedCoopTasks, t.ID)
		}
		t.CoopOrgIDs = without(uniqueIDs(replaceID(t.CoopOrgIDs, from, to)), t.LeadOrgID)
		if err := st.UpdateTask(ctx, t); err != nil {
			return err
		}
		after := map[string]any{"lead_org_id": t.LeadOrgID, "coop_org_ids": t.CoopOrgIDs}
		if err := s.audit(ctx, st, "task.move_to_successor", "task", t.ID, &t.ID, &to, before, after); err != nil {
			return err
		}
	}
	return nil
}

// moveChildren puts the sub-units of o that outlive it (in force after
// `on`) under the successor. The successor itself, or the sub-unit it sits in, takes o's
// place instead (under o's parent): the tree must not loop.
func (s *Service) moveChildren(ctx context.Context, st tiendo.Store, t *tiendo.OrgTree, o *tiendo.Org, to int64, on vn.Date) ([]int64, error) {
	kids, err := st.FindOrgs(ctx, tiendo.OrgFilter{ParentID: &o.ID})
	if err != nil {
		return nil, err
	}
	moved := []int64{}
	for _, k := range kids {
		if !k.ValidTo.IsZero() && !k.ValidTo.After(on) {
			continue // ended with it or before: history stays where it was
		}
		before := map[string]any{"parent_id": k.ParentID}
		k.ParentID = &to
		if t.Under(to, k.ID) {
			k.ParentID = o.ParentID
		}
		if err := st.UpdateOrg(ctx, k); err != nil {
			return nil, err
		}
		if err := s.audit(ctx, st, "org.move_to_successor", "org", k.ID, nil, &k.ID, before,
			map[string]any{"parent_id": k.ParentID}); err != nil {
			return nil, err
		}
		moved = append(moved, k.ID)
	}
	return moved, nil
}

// replaceID returns ids with every from replaced by to.
func replaceID(ids []int64, from, to int64) []int64 {
	out := make([]int64, len(ids))
	for i, id := range ids {
		if id == from {
			id = to
		}
		out[i] = id
	}
	return out
}

func without(ids []int64, x int64) []int64 {
	out := ids[:0:0]
	for _, id := range ids {
		if id != x {
			out = append(out, id)
		}
	}
	return out
}
