package service

import (
	"context"

	"tiendo"
)

// AdminOrgs lists the organisations the actor administers, in code order:
// where it may create organisations, and which ones it may edit or
// dissolve.
func (s *Service) AdminOrgs(ctx context.Context) ([]*tiendo.Org, error) {
	return s.orgsWhere(ctx, tiendo.CanAdminOrg)
}

// checkOrgEdit holds the rules of editing an organisation beyond its own
// fields: it stays where the actor administers (a new parent must be one
// too, so an admin cannot move its unit out of its reach or under another
// district), its members exist, and its end and successor change only by
// dissolving it, which also moves its open tasks.
func checkOrgEdit(sc *scope, before, o *tiendo.Org) error {
	var v tiendo.Validator
	if !sameID(before.ParentID, o.ParentID) {
		switch {
		case o.ParentID == nil:
			if !sc.unrestricted() {
				return forbidden("đưa đơn vị lên cấp cao nhất")
			}
		case !sc.tree.Has(*o.ParentID):
			v.Add("parent_id", "Đơn vị cấp trên không tồn tại")
		case *o.ParentID == o.ID || sc.tree.Under(*o.ParentID, o.ID):
			v.Add("parent_id", "Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới")
		case !sc.has(*o.ParentID, tiendo.RoleAdmin):
			return forbidden("chuyển đơn vị tới đơn vị cấp trên này")
		}
	}
	for _, m := range o.MemberIDs {
		if !sc.tree.Has(m) || m == o.ID {
			v.Add("member_ids", "Đơn vị thành viên không tồn tại hoặc là chính đơn vị này")
			break
		}
	}
	if len(o.MemberIDs) > 0 && o.Kind != tiendo.KindSteeringCommittee {
		v.Add("member_ids", "Chỉ ban chỉ đạo mới có đơn vị thành viên")
	}
	switch {
	case before.ValidTo.IsZero() && !o.ValidTo.IsZero():
		v.Add("valid_to", "Đơn vị kết thúc bằng chức năng giải thể (chuyển nhiệm vụ cho đơn vị kế thừa)")
	case !before.ValidTo.IsZero() && o.ValidTo.IsZero():
		v.Add("valid_to", "Không thể bỏ ngày hết hiệu lực của đơn vị đã giải thể")
	}
	if !sameID(before.SuccessorID, o.SuccessorID) {
		v.Add("successor", "Đơn vị kế thừa chỉ đặt khi giải thể")
	}
	return v.Err()
}

// checkNewOrg holds the same member rules for a new organisation.
func checkNewOrg(sc *scope, o *tiendo.Org) error {
	return checkOrgEdit(sc, &tiendo.Org{ParentID: o.ParentID, ValidTo: o.ValidTo, SuccessorID: o.SuccessorID}, o)
}

func sameID(a, b *int64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
