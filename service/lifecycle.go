package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// ActionInput carries the version the user read and a note or reason. A
// missing version is invalid and a stale one a conflict.
type ActionInput struct {
	Version int    `json:"version"`
	Note    string `json:"note"`
	Reason  string `json:"reason"`
}

// change runs one lifecycle step on a task in a transaction: it loads the
// task in scope, checks the version and permission, applies the status
// transition and the step's own edits, stores the task and audits it.
func (s *Service) change(ctx context.Context, id, version int, action tiendo.Action,
	allowed rule, edit func(st tiendo.Store, t *tiendo.Task) error) (*tiendo.Task, error) {
	var out *tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		t, sc, err := s.visibleTask(ctx, st, int64(id))
		if err != nil {
			return err
		}
		if !allowed(sc.actor, sc.tree, t) {
			return forbidden(actionVerb(action))
		}
		if err := checkVersion(version, t.Version); err != nil {
			return err
		}
		next, err := t.Status.Next(action)
		if err != nil {
			return err
		}
		before := *t
		t.Status = next
		if edit != nil {
			if err := edit(st, t); err != nil {
				return err
			}
		}
		if err := st.UpdateTask(ctx, t); err != nil {
			return err
		}
		if err := s.notifyAction(ctx, st, sc.tree, action, t); err != nil {
			return err
		}
		out = t
		return s.audit(ctx, st, "task."+string(action), "task", t.ID, &t.ID, &t.LeadOrgID, statusView(&before), statusView(t))
	})
	return out, err
}

// checkVersion requires the version the user read (a client that sends none
// would overwrite changes it never saw) and refuses a stale one.
func checkVersion(read, current int) error {
	if read < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
	}
	if read != current {
		return staleError()
	}
	return nil
}

func staleError() error {
	return tiendo.Errorf(tiendo.ECONFLICT, "Nhiệm vụ đã được người khác cập nhật; hãy tải lại để xem dữ liệu mới")
}

// statusView is what the audit log records of a lifecycle step.
func statusView(t *tiendo.Task) map[string]any {
	return map[string]any{"status": t.Status, "due": t.Due, "reported_on": t.ReportedOn,
		"completed_on": t.CompletedOn, "status_reason": t.StatusReason, "extensions": t.Extensions,
		"percent": t.Percent, "lead_org_id": t.LeadOrgID, "assignee_id": t.AssigneeID}
}

func actionVerb(a tiendo.Action) string {
	return map[tiendo.Action]string{
		tiendo.ActStart: "báo cáo tiến độ nhiệm vụ này", tiendo.ActReportDone: "báo cáo hoàn thành nhiệm vụ này",
		tiendo.ActConfirm: "xác nhận hoàn thành", tiendo.ActReturn: "trả lại nhiệm vụ",
		tiendo.ActRequestExtension: "xin gia hạn nhiệm vụ này", tiendo.ActApproveExtension: "quyết định gia hạn",
		tiendo.ActDeclineExtension: "quyết định gia hạn", tiendo.ActPostpone: "tạm dừng nhiệm vụ",
		tiendo.ActResume: "tiếp tục nhiệm vụ", tiendo.ActWithdraw: "thu hồi nhiệm vụ",
	}[a]
}

// rule is a permission rule of tiendo's permission.go, such as
// tiendo.CanConfirm: who may take one kind of step.
type rule func(*tiendo.Actor, *tiendo.OrgTree, *tiendo.Task) bool

// Confirm records the office's confirmation; the completion counts from the
// date the unit reported it done.
func (s *Service) Confirm(ctx context.Context, id int64, in ActionInput) (*tiendo.Task, error) {
	if err := tiendo.CheckInput(in); err != nil {
		return nil, err
	}
	return s.change(ctx, int(id), in.Version, tiendo.ActConfirm, tiendo.CanConfirm, func(_ tiendo.Store, t *tiendo.Task) error {
		t.CompletedOn, t.StatusReason, t.Percent = t.ReportedOn, strings.TrimSpace(in.Note), 100
		return nil
	})
}

// Return sends a reported completion back with a reason.
func (s *Service) Return(ctx context.Context, id int64, in ActionInput) (*tiendo.Task, error) {
	if err := tiendo.CheckInput(in); err != nil {
		return nil, err
	}
	reason := strings.TrimSpace(in.Reason)
	if reason == "" {
		return nil, tiendo.FieldError("reason", "Cần nêu lý do trả lại")
	}
	return s.change(ctx, int(id), in.Version, tiendo.ActReturn, tiendo.CanConfirm, func(_ tiendo.Store, t *tiendo.Task) error {
		t.ReportedOn, t.StatusReason = vn.Date{}, reason
		return nil
	})
}

// Postpone suspends a task; a postponed task is never overdue.
func (s *Service) Postpone(ctx context.Context, id int64, in ActionInput) (*tiendo.Task, error) {
	return s.withReason(ctx, id, in, tiendo.ActPostpone, "Cần nêu lý do tạm dừng")
}

// Resume restarts a postponed task.
func (s *Service) Resume(ctx context.Context, id int64, in ActionInput) (*tiendo.Task, error) {
	if err := tiendo.CheckInput(in); err != nil {
		return nil, err
	}
	return s.change(ctx, int(id), in.Version, tiendo.ActResume, tiendo.CanManageTask, func(_ tiendo.Store, t *tiendo.Task) error {
		t.StatusReason = strings.TrimSpace(in.Note)
		return nil
	})
}

// Withdraw cancels a task; it no longer counts in statistics.
func (s *Service) Withdraw(ctx context.Context, id int64, in ActionInput) (*tiendo.Task, error) {
	return s.withReason(ctx, id, in, tiendo.ActWithdraw, "Cần nêu lý do thu hồi")
}

func (s *Service) withReason(ctx context.Context, id int64, in ActionInput, a tiendo.Action, msg string) (*tiendo.Task, error) {
	if err := tiendo.CheckInput(in); err != nil {
		return nil, err
	}
	reason := strings.TrimSpace(in.Reason)
	if reason == "" {
		return nil, tiendo.FieldError("reason", msg)
	}
	return s.change(ctx, int(id), in.Version, a, tiendo.CanManageTask, func(_ tiendo.Store, t *tiendo.Task) error {
		t.StatusReason = reason
		return nil
	})
}
