package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"tiendo"
)

// Handling a case: assignment, steps, closing with evidence, a repeat
// linked to the closed case, its files, and the notices they send.

// canAssignCaseTo tells whether the actor may assign a case to org: a
// unit of the tree in the actor's sight (AssignCase's rule, and the
// assign picker's through CaseAssignable).
func (sc *scope) canAssignCaseTo(org int64) bool { return sc.tree.Org(org) != nil && sc.sees(org) }

// CaseAssignable tells which units the actor may assign a case to, by
// the rule AssignCase applies, for a form to offer only those.
func (s *Service) CaseAssignable(ctx context.Context) (func(org int64) bool, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	return sc.canAssignCaseTo, nil
}

// AssignCase assigns (or reassigns) a case that is not closed.
func (s *Service) AssignCase(ctx context.Context, id int64, a CaseAssignment) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, c.WardID) {
			return forbidden("giao vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc, không thể giao")
		}
		out = c
		return s.assignCase(ctx, st, sc, c, a)
	})
	return out, err
}

func (s *Service) assignCase(ctx context.Context, st tiendo.Store, sc *scope, c *tiendo.Case, a CaseAssignment) error {
	if err := tiendo.CheckInput(a); err != nil {
		return err
	}
	if a.Version != c.Version {
		return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã được người khác cập nhật; hãy tải lại")
	}
	var v tiendo.Validator
	v.Check(a.OrgID != nil || a.AssigneeID != nil, "org_id", "Chọn đơn vị hoặc người được giao")
	if a.OrgID != nil {
		v.Check(sc.canAssignCaseTo(*a.OrgID), "org_id", "Đơn vị không tồn tại")
	}
	if a.AssigneeID != nil {
		p, err := st.FindPersonByID(ctx, *a.AssigneeID)
		if err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return err
		}
		ok := false
		if p != nil {
			for _, pos := range p.Positions {
				ok = ok || sc.sees(pos.OrgID)
			}
		}
		v.Check(ok, "assignee_id", "Người được giao không tồn tại")
	}
	if a.AssignedOn.IsZero() {
		a.AssignedOn = s.today()
	}
	v.Date("assigned_on", a.AssignedOn)
	v.Date("due", a.Due)
	v.Check(!a.AssignedOn.After(s.today()), "assigned_on", "Ngày giao không được sau hôm nay")
	v.Check(a.DeadlineDays >= 0 && a.DeadlineDays <= tiendo.MaxCaseDeadlineDays, "deadline_days",
		fmt.Sprintf("Thời hạn xử lý từ 0 đến %d ngày làm việc", tiendo.MaxCaseDeadlineDays))
	if err := v.Err(); err != nil {
		return err
	}
	if a.Due.IsZero() {
		if a.DeadlineDays == 0 {
			k, err := st.FindCaseKindByID(ctx, c.KindID)
			if err != nil {
				return err
			}
			a.DeadlineDays = k.DeadlineDays
		}
		if a.DeadlineDays == 0 {
			return tiendo.FieldError("deadline_days", "Nhập thời hạn xử lý (số ngày làm việc hoặc ngày)")
		}
		cal, err := s.calendarIn(ctx, st)
		if err != nil {
			return err
		}
		a.Due = cal.AddWorkingDays(a.AssignedOn, a.DeadlineDays)
	} else {
		a.DeadlineDays = 0
	}
	before := *c
	c.AssignedOrgID, c.AssigneeID, c.AssignedOn, c.DeadlineDays, c.Due = a.OrgID, a.AssigneeID, a.AssignedOn, a.DeadlineDays, a.Due
	if c.Status == tiendo.CaseOpen {
		c.Status = tiendo.CaseAssigned
	}
	if err := c.Validate(); err != nil {
		return err
	}
	if err := st.UpdateCase(ctx, c); err != nil {
		return err
	}
	if !before.Due.IsZero() && before.Due != c.Due {
		d := &tiendo.CaseDeadline{CaseID: c.ID, PreviousDue: before.Due, Due: c.Due, Reason: strings.TrimSpace(a.Reason),
			ByID: actorID(ctx)}
		if err := st.CreateCaseDeadline(ctx, d); err != nil {
			return err
		}
		c.Deadlines = append(c.Deadlines, *d)
	}
	if err := s.audit(ctx, st, "case.assign", "case", c.ID, nil, &c.WardID, caseView(&before), caseView(c)); err != nil {
		return err
	}
	return s.notifyCase(ctx, st, sc.tree, tiendo.NotifyCaseAssigned, c, fmt.Sprintf("c%dv%d", c.ID, c.Version))
}

// caseView is what the audit records of a case: its fields without its
// steps and files.
func caseView(c *tiendo.Case) tiendo.Case {
	v := *c
	v.Steps, v.Files, v.Deadlines = nil, nil, nil
	return v
}

// AddCaseStep records a handling step with its files: the case moves to
// handling.
func (s *Service) AddCaseStep(ctx context.Context, id int64, step tiendo.CaseStep) (*tiendo.CaseStep, error) {
	step.Closing = false
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanHandleCase(sc.actor, sc.tree, c) {
			return forbidden("cập nhật xử lý vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc")
		}
		if step.On.IsZero() {
			step.On = s.today()
		}
		if err := s.checkStep(&step, c); err != nil {
			return err
		}
		step.CaseID, step.ByID = c.ID, actorID(ctx)
		if err := st.CreateCaseStep(ctx, &step); err != nil {
			return err
		}
		if c.Status != tiendo.CaseHandling {
			c.Status = tiendo.CaseHandling
			if err := st.UpdateCase(ctx, c); err != nil {
				return err
			}
		}
		return s.audit(ctx, st, "case.step", "case_step", step.ID, nil, &c.WardID, nil, stepView(step))
	})
	if err != nil {
		return nil, err
	}
	return &step, nil
}

// checkStep validates a step of c and its files.
func (s *Service) checkStep(step *tiendo.CaseStep, c *tiendo.Case) error {
	if err := step.Validate(); err != nil {
		return err
	}
	if step.On.Before(c.FoundOn) || step.On.After(s.today()) {
		return tiendo.FieldError("on", "Ngày thực hiện phải từ ngày phát hiện đến hôm nay")
	}
	if err := s.rules.CheckAttachments(step.Files); err != nil {
		return renameField(err, "attachments", "files")
	}
	for i := range step.Files {
		sum := sha256.Sum256(step.Files[i].Data)
		step.Files[i].SHA256 = hex.EncodeToString(sum[:])
	}
	return nil
}

// renameField moves an error's field from one name to another.
func renameField(err error, from, to string) error {
	var te *tiendo.Error
	if errors.As(err, &te) && te.Fields != nil {
		if m, ok := te.Fields[from]; ok {
			c := *te
			c.Fields = map[string]string{to: m}
			return &c
		}
	}
	return err
}

// stepView is what the audit records of a step: the files without data.
func stepView(st tiendo.CaseStep) tiendo.CaseStep {
	files := make([]tiendo.Attachment, len(st.Files))
	for i, f := range st.Files {
		f.Data = nil
		files[i] = f
	}
	st.Files = files
	return st
}

// CloseCase closes a case with its result and evidence: files now, or
// files of an earlier step. Those who handle it may close it.
func (s *Service) CloseCase(ctx context.Context, id int64, in CaseClosing) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		c, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanHandleCase(sc.actor, sc.tree, c) {
			return forbidden("kết thúc vụ việc")
		}
		if c.Status == tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã kết thúc")
		}
		if in.Version != c.Version {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc đã được người khác cập nhật; hãy tải lại")
		}
		if in.ClosedOn.IsZero() {
			in.ClosedOn = s.today()
		}
		var v tiendo.Validator
		v.Check(strings.TrimSpace(in.Result) != "", "result", "Kết quả xử lý là bắt buộc")
		v.Check(len(in.Files) > 0 || len(c.Files) > 0, "files", "Cần ảnh hoặc tài liệu chứng minh kết quả")
		v.Date("closed_on", in.ClosedOn)
		v.Input(in)
		if err := v.Err(); err != nil {
			return err
		}
		step := tiendo.CaseStep{Kind: tiendo.StepNote, On: in.ClosedOn, Note: in.Result, Files: in.Files}
		if err := s.checkStep(&step, c); err != nil {
			return renameField(err, "on", "closed_on")
		}
		step.CaseID, step.ByID, step.Closing = c.ID, actorID(ctx), true
		if err := st.CreateCaseStep(ctx, &step); err != nil {
			return err
		}
		before := caseView(c)
		c.Status, c.Result, c.ClosedOn = tiendo.CaseClosed, in.Result, in.ClosedOn
		if err := st.UpdateCase(ctx, c); err != nil {
			return err
		}
		c.Steps = append(c.Steps, step)
		c.Files = append(c.Files, step.Files...)
		if err := s.audit(ctx, st, "case.close", "case", c.ID, nil, &c.WardID, before, caseView(c)); err != nil {
			return err
		}
		out = c
		return s.notifyCase(ctx, st, sc.tree, tiendo.NotifyCaseClosed, c, fmt.Sprintf("c%dv%d", c.ID, c.Version))
	})
	return out, err
}

// ReopenCase records a repeat violation at the spot of a closed case: a
// new case of its kind, place and address, linked to it.
func (s *Service) ReopenCase(ctx context.Context, id int64, r CaseRepeat) (*tiendo.Case, error) {
	var out *tiendo.Case
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		prev, sc, err := s.visibleCase(ctx, st, id)
		if err != nil {
			return err
		}
		if !tiendo.CanManageCases(sc.actor, sc.tree, prev.WardID) {
			return forbidden("ghi nhận tái phạm")
		}
		if prev.Status != tiendo.CaseClosed {
			return tiendo.Errorf(tiendo.ECONFLICT, "Vụ việc chưa kết thúc: chỉ ghi nhận tái phạm sau khi đã xử lý xong")
		}
		if r.FoundOn.IsZero() {
			r.FoundOn = s.today()
		}
		if r.Reporter == "" {
			r.Reporter = tiendo.ReporterInspection
		}
		if strings.TrimSpace(r.Description) == "" {
			r.Description = prev.Description
		}
		c := &tiendo.Case{WardID: prev.WardID, PlaceID: prev.PlaceID, Address: prev.Address, KindID: prev.KindID,
			Description: r.Description, Reporter: r.Reporter, ReporterName: r.ReporterName, ReporterPhone: r.ReporterPhone,
			FoundOn: r.FoundOn, Status: tiendo.CaseOpen, CreatedBy: actorID(ctx)}
		var v tiendo.Validator
		v.Check(!r.FoundOn.Before(prev.ClosedOn), "found_on", "Ngày tái phạm phải sau ngày kết thúc vụ việc trước")
		v.Check(!r.FoundOn.After(s.today()), "found_on", "Ngày phát hiện không được sau hôm nay")
		if err := c.Validate(); err != nil {
			for f, m := range tiendo.ErrorFields(err) {
				v.Add(f, m)
			}
		}
		if err := v.Err(); err != nil {
			return err
		}
		if err := s.createCase(ctx, st, c); err != nil {
			return err
		}
		out = c
		return nil
	})
	return out, err
}

// CaseFile returns a file of a case the actor may see.
func (s *Service) CaseFile(ctx context.Context, id int64) (*tiendo.Attachment, error) {
	f, caseID, err := s.store.FindCaseFile(ctx, id)
	if err != nil {
		return nil, err
	}
	if _, _, err := s.visibleCase(ctx, s.store, caseID); err != nil {
		return nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy tệp %d", id)
	}
	return f, nil
}

// notifyCase tells the assigned unit's people and the assigned person
// (NotifyCaseAssigned), or the ward's office (NotifyCaseClosed), as a
// workflow step of a task does: in-app, instant mail through the outbox,
// and the units' webhooks, once per key.
func (s *Service) notifyCase(ctx context.Context, st tiendo.Store, tr *tiendo.OrgTree, kind string, c *tiendo.Case, key string) error {
	var a audience
	var title string
	var orgs []int64
	switch kind {
	case tiendo.NotifyCaseAssigned:
		if c.AssignedOrgID != nil {
			a.Groups = append(a.Groups, audienceGroup{Org: *c.AssignedOrgID, Roles: unitRoles, Home: true})
			orgs = tr.Ancestors(*c.AssignedOrgID)
		}
		if c.AssigneeID != nil {
			a.Persons = append(a.Persons, *c.AssigneeID)
		}
		title = fmt.Sprintf("Được giao xử lý vụ việc %d, hạn %s", c.ID, c.Due.Format())
	case tiendo.NotifyCaseClosed:
		a.Groups = append(a.Groups, audienceGroup{Org: c.WardID, Roles: []tiendo.Role{tiendo.RoleOffice}})
		orgs = tr.Ancestors(c.WardID)
		title = fmt.Sprintf("Vụ việc %d đã xử lý xong", c.ID)
	}
	accounts, err := resolve(ctx, st, tr, a, nil, actorID(ctx))
	if err != nil {
		return err
	}
	body := caseBody(c)
	for _, id := range accounts {
		n := &tiendo.Notification{AccountID: id, CaseID: &c.ID, Kind: kind, Title: title, Body: body}
		if err := st.CreateNotification(ctx, n); err != nil {
			return err
		}
		if err := s.enqueueMail(ctx, st, n); err != nil {
			return err
		}
	}
	org := c.WardID
	if c.AssignedOrgID != nil {
		org = *c.AssignedOrgID
	}
	return postWebhooks(ctx, st, orgs, fmt.Sprintf("e:%s:%s", kind, key), WebhookEvent{Event: "workflow",
		Rule: kind, OrgID: org, FiredOn: s.today(), Title: title, Body: body, CasePath: fmt.Sprintf("/vu-viec/%d", c.ID)})
}

// caseBody is the text of a case's notifications.
func caseBody(c *tiendo.Case) string {
	where := c.Address
	if where == "" {
		where = "địa bàn " + strconv.FormatInt(derefID(c.PlaceID), 10)
	}
	return fmt.Sprintf("%s (%s), phát hiện ngày %s.", c.Description, where, c.FoundOn.Format())
}

func derefID(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}
