package service

import (
	"context"
	"fmt"
	"strconv"

	"tiendo"
	"tiendo/vn"
)

// conclusionLookback bounds the meetings the conclusion rule reads: a
// notice more than this many days late has been chased long since.
const conclusionLookback = 120

// fireConclusions reminds the office of a meeting's organisation, once per
// meeting, when its conclusion notice (thông báo kết luận) is still not
// issued on the first working day after it was due: QĐ 45/2018/QĐ-TTg
// gives 5 working days, the default of ConclusionWorkingDays, from which
// the meeting's NoticeDue is set (noticeDue), shown on its page.
// ConclusionWorkingDays = 0 in the organisation's rules turns it off.
func (r *reminderRun) fireConclusions(ctx context.Context) (int, error) {
	meetings, err := r.s.store.FindMeetings(ctx, tiendo.MeetingFilter{From: r.today.AddDays(-conclusionLookback), To: r.today})
	if err != nil {
		return 0, err
	}
	fired := 0
	for _, m := range meetings {
		if !m.NoticeOn.IsZero() || m.NoticeDue.IsZero() || r.rulesFor(nil, m.OrgID).ConclusionWorkingDays == 0 {
			continue
		}
		on := r.cal.NextWorkingDay(m.NoticeDue)
		if r.today.Before(on) {
			continue
		}
		ok, err := r.fireConclusion(ctx, m, on)
		if err != nil {
			return fired, err
		}
		if ok {
			fired++
		}
	}
	return fired, nil
}

// fireConclusion writes one meeting's reminder, its notifications and
// webhook deliveries in one transaction; false when it was fired before.
func (r *reminderRun) fireConclusion(ctx context.Context, m *tiendo.Meeting, on vn.Date) (bool, error) {
	rem := &tiendo.Reminder{Rule: tiendo.RuleConclusion, OrgID: m.OrgID, Period: "meeting:" + strconv.FormatInt(m.ID, 10),
		FiredOn: on, Title: "Chưa ban hành thông báo kết luận: " + m.Title + " ngày " + m.Date.Format(),
		Body: fmt.Sprintf("Thông báo kết luận phiên họp ngày %s phải ban hành trước ngày %s (QĐ 45/2018/QĐ-TTg). Đề nghị văn phòng khẩn trương hoàn thành, ghi số và ngày ban hành trên trang phiên họp.",
			m.Date.Format(), m.NoticeDue.Format())}
	fired := false
	err := r.s.store.Tx(ctx, func(st tiendo.Store) error {
		ok, err := st.FireReminder(ctx, rem)
		if err != nil || !ok {
			return err
		}
		fired = true
		home, err := r.unitHome(ctx, st, m.OrgID, nil)
		if err != nil {
			return err
		}
		accounts, err := st.AccountIDsWithGrant(ctx, home, tiendo.RoleOffice)
		if err != nil {
			return err
		}
		if err := r.s.notifyAccounts(ctx, st, rem, accounts); err != nil {
			return err
		}
		if err := r.s.enqueueWebhooks(ctx, st, rem, r.tree.Ancestors(m.OrgID)); err != nil {
			return err
		}
		return r.s.audit(ctx, st, "reminder.fire", "reminder", rem.ID, nil, &m.OrgID, nil, rem)
	})
	return fired, err
}
