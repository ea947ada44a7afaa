package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// UpdateInput is a progress report. Done reports the task completed as of
// AsOf; the office must still confirm it.
type UpdateInput struct {
	Version     int                 `json:"version"`
	AsOf        vn.Date             `json:"as_of"`
	Narrative   string              `json:"narrative"`
	Results     string              `json:"results"`
	Problems    string              `json:"problems"`
	Proposals   string              `json:"proposals"`
	Percent     *int                `json:"percent"`
	Done        bool                `json:"done"`
	EvidenceNo  string              `json:"evidence_no"`
	Attachments []tiendo.Attachment `json:"-"`
}

// ReportProgress records an update. The lead unit's officers (and the office
// over it) may report progress and completion; a cooperating unit's officers
// may report progress on their part only.
func (s *Service) ReportProgress(ctx context.Context, id int64, in UpdateInput) (*tiendo.Task, *tiendo.Update, error) {
	if in.AsOf.IsZero() {
		in.AsOf = s.today()
	}
	u := &tiendo.Update{TaskID: id, AsOf: in.AsOf, Narrative: strings.TrimSpace(in.Narrative),
		Results: in.Results, Problems: in.Problems, Proposals: in.Proposals, Percent: in.Percent,
		Done: in.Done, EvidenceNo: in.EvidenceNo, Attachments: in.Attachments}
	if err := s.checkUpdate(u); err != nil {
		return nil, nil, err
	}
	action := tiendo.ActStart
	if in.Done {
		action = tiendo.ActReportDone
	}
	if a := tiendo.ActorFromContext(ctx); a != nil {
		u.ReporterID = a.AccountID
	}
	allowed := rule(tiendo.CanReport)
	if in.Done {
		allowed = tiendo.CanReportDone
	}
	t, err := s.change(ctx, int(id), in.Version, action, allowed, func(st tiendo.Store, t *tiendo.Task) error {
		if u.AsOf.Before(t.AssignedOn) {
			return tiendo.FieldError("as_of", "Ngày số liệu không được trước ngày giao nhiệm vụ")
		}
		if u.Percent != nil {
			t.Percent = *u.Percent
		}
		if u.Done {
			t.ReportedOn, t.Percent = u.AsOf, 100
		}
		return st.CreateUpdate(ctx, u)
	})
	if err != nil {
		return nil, nil, err
	}
	return t, u, nil
}

func (s *Service) checkUpdate(u *tiendo.Update) error {
	if err := u.Validate(); err != nil {
		return err
	}
	if u.AsOf.After(s.today()) {
		return tiendo.FieldError("as_of", "Ngày số liệu không được ở tương lai")
	}
	if err := s.rules.CheckAttachments(u.Attachments); err != nil {
		return err
	}
	for i := range u.Attachments {
		a := &u.Attachments[i]
		sum := sha256.Sum256(a.Data)
		a.Size, a.SHA256 = int64(len(a.Data)), hex.EncodeToString(sum[:])
	}
	return nil
}

// Updates lists a task's progress reports.
func (s *Service) Updates(ctx context.Context, taskID int64) ([]*tiendo.Update, error) {
	if _, _, err := s.visibleTask(ctx, s.store, taskID); err != nil {
		return nil, err
	}
	return s.store.FindUpdates(ctx, taskID)
}

// Attachment returns a file if the actor may see its task.
func (s *Service) Attachment(ctx context.Context, id int64) (*tiendo.Attachment, error) {
	a, taskID, err := s.store.FindAttachment(ctx, id)
	if err != nil {
		return nil, err
	}
	if _, _, err := s.visibleTask(ctx, s.store, taskID); err != nil {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tệp %d", id)
	}
	return a, nil
}
