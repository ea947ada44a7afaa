package service

import (
	"slices"

	"tiendo"
	"tiendo/vn"
)

// checkInForce refuses new work for a body that has ended by the day the
// work is assigned (DOMAIN §3): the message names the body, the day it
// ended and the successor to choose instead. Tasks assigned before the end
// are not touched by this rule.
func checkInForce(v *tiendo.Validator, t *tiendo.OrgTree, field string, id int64, on vn.Date) {
	o := t.Org(id)
	if o == nil || !o.EndedBy(on) {
		return
	}
	v.Add(field, endedMessage(t, o, on))
}

// endedMessage says that o has ended and names its successor in force on
// on (or its direct successor when none in its chain is).
func endedMessage(t *tiendo.OrgTree, o *tiendo.Org, on vn.Date) string {
	msg := "Đơn vị «" + o.Name + "» đã hết hiệu lực từ " + o.ValidTo.AddDays(1).Format()
	succ := t.SuccessorInForce(o.ID, on)
	if succ == nil && o.SuccessorID != nil {
		succ = t.Org(*o.SuccessorID)
	}
	if succ == nil || succ.ID == o.ID {
		return msg + "; hãy chọn đơn vị đang hoạt động"
	}
	return msg + "; đơn vị kế thừa: «" + succ.Name + "»"
}

// checkAddedCoops refuses cooperating units newly added by an edit that
// have ended by today; units already cooperating stay.
func checkAddedCoops(t *tiendo.OrgTree, before, after []int64, today vn.Date) error {
	var v tiendo.Validator
	for _, id := range after {
		if !slices.Contains(before, id) {
			checkInForce(&v, t, "coop_org_ids", id, today)
		}
	}
	return v.Err()
}
