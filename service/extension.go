package service

import (
	"context"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// ExtensionInput requests a new deadline.
type ExtensionInput struct {
	Version     int     `json:"version"`
	ProposedDue vn.Date `json:"proposed_due"`
	Reason      string  `json:"reason"`
}

// RequestExtension asks the assigning leader for a later deadline. A task may
// be granted at most the MaxExtensions of the rules in force today (rules.go).
func (s *Service) RequestExtension(ctx context.Context, id int64, in ExtensionInput) (*tiendo.Task, *tiendo.Extension, error) {
	var v tiendo.Validator
	v.Check(strings.TrimSpace(in.Reason) != "", "reason", "Cần nêu lý do xin gia hạn")
	v.Check(!in.ProposedDue.IsZero(), "proposed_due", "Cần đề xuất thời hạn mới")
	v.Input(in)
	if err := v.Err(); err != nil {
		return nil, nil, err
	}
	var ext *tiendo.Extension
	t, err := s.change(ctx, int(id), in.Version, tiendo.ActRequestExtension, tiendo.CanRequestExtension, func(st tiendo.Store, t *tiendo.Task) error {
		if t.Due.IsZero() {
			return tiendo.Errorf(tiendo.ECONFLICT, "Nhiệm vụ không có thời hạn nên không thể gia hạn")
		}
		v, err := s.versionAt(ctx, st, s.today())
		if err != nil {
			return err
		}
		if limit := s.maxExtensions(v); t.Extensions >= limit {
			return tiendo.Errorf(tiendo.ECONFLICT, "Nhiệm vụ đã được gia hạn tối đa %d lần", limit)
		}
		if !in.ProposedDue.After(t.Due) {
			return tiendo.FieldError("proposed_due", "Thời hạn đề xuất phải sau thời hạn hiện tại ("+t.Due.Format()+")")
		}
		ext = &tiendo.Extension{TaskID: t.ID, RequestedBy: actorID(ctx), Reason: strings.TrimSpace(in.Reason),
			ProposedDue: in.ProposedDue, PreviousDue: t.Due, Status: tiendo.ExtensionPending}
		return st.CreateExtension(ctx, ext)
	})
	return t, ext, err
}

// DecisionInput decides an extension request. Due, when set, grants a date
// other than the one proposed.
type DecisionInput struct {
	Version     int     `json:"version"`
	ExtensionID int64   `json:"extension_id"`
	Approve     bool    `json:"approve"`
	Due         vn.Date `json:"due"`
	Note        string  `json:"note"`
	DecisionDoc string  `json:"decision_doc"`
}

// DecideExtension approves or declines the pending request; leaders of the
// assigning organisation decide. The original deadline stays recorded.
func (s *Service) DecideExtension(ctx context.Context, taskID int64, in DecisionInput) (*tiendo.Task, *tiendo.Extension, error) {
	if err := tiendo.CheckInput(in); err != nil {
		return nil, nil, err
	}
	action := tiendo.ActDeclineExtension
	if in.Approve {
		action = tiendo.ActApproveExtension
	}
	var ext *tiendo.Extension
	t, err := s.change(ctx, int(taskID), in.Version, action, tiendo.CanDecideExtension, func(st tiendo.Store, t *tiendo.Task) error {
		var err error
		if ext, err = pendingExtension(ctx, st, t.ID, in.ExtensionID); err != nil {
			return err
		}
		now := s.clock.Now().UTC()
		ext.DecidedAt, ext.DecisionNote, ext.DecisionDoc = &now, in.Note, in.DecisionDoc
		if by := actorID(ctx); by != 0 { // the system actor has no account row
			ext.DecidedBy = &by
		}
		ext.Status = tiendo.ExtensionDeclined
		if in.Approve {
			due := ext.ProposedDue
			if !in.Due.IsZero() {
				due = in.Due
			}
			if !due.After(ext.PreviousDue) {
				return tiendo.FieldError("due", "Thời hạn mới phải sau thời hạn cũ")
			}
			ext.Status, ext.ProposedDue = tiendo.ExtensionApproved, due
			t.Due, t.Extensions = due, t.Extensions+1
		}
		return st.UpdateExtension(ctx, ext)
	})
	return t, ext, err
}

func pendingExtension(ctx context.Context, st tiendo.Store, taskID, extID int64) (*tiendo.Extension, error) {
	exts, err := st.FindExtensions(ctx, taskID)
	if err != nil {
		return nil, err
	}
	for _, e := range exts {
		if e.Status == tiendo.ExtensionPending && (extID == 0 || e.ID == extID) {
			return e, nil
		}
	}
	return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không có đề nghị gia hạn đang chờ quyết định")
}

// Extensions lists a task's extension requests.
func (s *Service) Extensions(ctx context.Context, taskID int64) ([]*tiendo.Extension, error) {
	if _, _, err := s.visibleTask(ctx, s.store, taskID); err != nil {
		return nil, err
	}
	return s.store.FindExtensions(ctx, taskID)
}

func actorID(ctx context.Context) int64 {
	if a := tiendo.ActorFromContext(ctx); a != nil {
		return a.AccountID
	}
	return 0
}
