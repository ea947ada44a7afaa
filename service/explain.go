package service

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"tiendo"
)

// TaskExplanationRequests lists the explanation requests of a task the actor sees.
func (s *Service) TaskExplanationRequests(ctx context.Context, task int64) ([]*tiendo.ExplanationRequest, error) {
	if _, _, err := s.visibleTask(ctx, s.store, task); err != nil {
		return nil, err
	}
	return s.store.ListExplanationRequests(ctx, task)
}

// ExplanationView is an explanation request as a task page shows it: its
// lateness at today (answered late, or unanswered past its due date) and
// whether the actor may answer it now.
type ExplanationView struct {
	*tiendo.ExplanationRequest
	LateDays  int  `json:"late_days"`
	CanAnswer bool `json:"can_answer"`
}

// TaskExplanations lists a visible task's explanation requests, oldest first.
func (s *Service) TaskExplanations(ctx context.Context, task int64) ([]ExplanationView, error) {
	_, sc, err := s.visibleTask(ctx, s.store, task)
	if err != nil {
		return nil, err
	}
	list, err := s.store.ListExplanationRequests(ctx, task)
	if err != nil {
		return nil, err
	}
	today := s.today()
	out := make([]ExplanationView, 0, len(list))
	for _, e := range list {
		out = append(out, ExplanationView{ExplanationRequest: e, LateDays: e.LateDays(today),
			CanAnswer: e.AnsweredOn.IsZero() && sc.has(e.OrgID, tiendo.ExplanationAnswerers...)})
	}
	return out, nil
}

// AnswerExplanationRequest records the lead unit's answer to an explanation
// request: officers, office or leaders of the lead unit. The answer date
// against the request's due date is its lateness, visible to the office in
// the task's timeline and the audit log; the office is notified.
func (s *Service) AnswerExplanationRequest(ctx context.Context, id int64, version int, answer string) (*tiendo.ExplanationRequest, error) {
	answer = strings.TrimSpace(answer)
	if answer == "" || len([]rune(answer)) > 10000 {
		return nil, tiendo.FieldError("answer", "Nội dung giải trình là bắt buộc, tối đa 10000 ký tự")
	}
	var out *tiendo.ExplanationRequest
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		e, err := st.FindExplanationRequest(ctx, id)
		if err != nil {
			return err
		}
		t, sc, err := s.visibleTask(ctx, st, e.TaskID)
		if err != nil {
			return err
		}
		if !sc.has(e.OrgID, tiendo.ExplanationAnswerers...) {
			return forbidden("giải trình thay đơn vị này")
		}
		if !e.AnsweredOn.IsZero() {
			return tiendo.Errorf(tiendo.ECONFLICT, "Yêu cầu giải trình này đã được trả lời")
		}
		if version != e.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Dữ liệu đã được người khác cập nhật; hãy tải lại")
		}
		before := *e
		acct := sc.actor.AccountID
		e.Answer, e.AnsweredOn, e.AnsweredBy = answer, s.today(), &acct
		if err := st.AnswerExplanationRequest(ctx, e); err != nil {
			return err
		}
		if err := s.notifyOffice(ctx, st, sc.tree, t, e); err != nil {
			return err
		}
		out = e
		return s.audit(ctx, st, "explanation.answer", "explanation", e.ID, &t.ID, &e.OrgID, before, e)
	})
	return out, err
}

// notifyOffice tells the assigning office that an explanation came in.
func (s *Service) notifyOffice(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, t *tiendo.Task, e *tiendo.ExplanationRequest) error {
	body := "Đơn vị đã giải trình đúng hạn."
	if late := e.LateDays(e.AnsweredOn); late > 0 {
		body = fmt.Sprintf("Đơn vị giải trình chậm %d ngày so với thời hạn %s.", late, e.DueOn.Format())
	}
	return s.notifyStep(ctx, st, tr, step{Kind: tiendo.NotifyExplained, Task: t, Key: "x" + strconv.FormatInt(e.ID, 10), Reason: body})
}
