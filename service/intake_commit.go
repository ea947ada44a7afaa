package service

import (
	"context"
	"fmt"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// ProposalPatch edits a draft proposal. Drafts, when set, replaces the
// whole list as the office edited it (drafts changed, dropped or added);
// Status may only become "discarded". Version is the version read.
type ProposalPatch struct {
	Version  int                    `json:"version"`
	Document *tiendo.ProposalDoc    `json:"document"`
	Drafts   *[]tiendo.DraftTask    `json:"drafts"`
	Status   *tiendo.ProposalStatus `json:"status"`
}

// UpdateProposal applies an edit to a draft proposal.
func (s *Service) UpdateProposal(ctx context.Context, id int64, patch ProposalPatch) (*tiendo.Proposal, error) {
	var out *tiendo.Proposal
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		p, sc, err := s.editableProposal(ctx, st, id, patch.Version)
		if err != nil {
			return err
		}
		before := proposalAudit(p)
		action := "intake.update"
		if patch.Status != nil {
			if *patch.Status != tiendo.ProposalDiscarded {
				return tiendo.FieldError("status", "Chỉ có thể hủy đề xuất; tạo nhiệm vụ bằng thao tác xác nhận")
			}
			p.Status, action = tiendo.ProposalDiscarded, "intake.discard"
		}
		if patch.Document != nil {
			p.Document = *patch.Document
		}
		if patch.Drafts != nil {
			if err := checkDrafts(sc, *patch.Drafts); err != nil {
				return err
			}
			p.Drafts = *patch.Drafts
		}
		if err := st.UpdateProposal(ctx, p); err != nil {
			return err
		}
		out = p
		return s.audit(ctx, st, action, "proposal", p.ID, nil, p.OrgID, before, proposalAudit(p))
	})
	return out, err
}

// editableProposal loads a draft the actor may change at the version read.
func (s *Service) editableProposal(ctx context.Context, st tiendo.Store, id int64, version int) (*tiendo.Proposal, *scope, error) {
	p, sc, err := s.visibleProposal(ctx, st, id)
	if err != nil {
		return nil, nil, err
	}
	if p.Status != tiendo.ProposalDraft {
		return nil, nil, tiendo.Errorf(tiendo.ECONFLICT, "Đề xuất này đã được xử lý (%s)", proposalStatusName(p.Status))
	}
	if version != p.Version {
		return nil, nil, tiendo.Errorf(tiendo.ECONFLICT, "Đề xuất đã được người khác sửa; hãy tải lại")
	}
	return p, sc, nil
}

func proposalStatusName(st tiendo.ProposalStatus) string {
	if st == tiendo.ProposalCommitted {
		return "đã tạo nhiệm vụ"
	}
	return "đã hủy"
}

// checkDrafts validates an edited list: its length, and that every chosen
// organisation exists. A lead chosen for a flagged mention clears the flag.
func checkDrafts(sc *scope, drafts []tiendo.DraftTask) error {
	var v tiendo.Validator
	v.Check(len(drafts) <= tiendo.MaxDrafts, "drafts", "Một đề xuất có tối đa 500 nhiệm vụ")
	for i := range drafts {
		d := &drafts[i]
		for _, id := range d.Lead.OrgIDs {
			v.Check(sc.tree.Has(id), draftField(i, "lead"), "Đơn vị chủ trì không tồn tại")
		}
		for _, c := range d.Coop {
			for _, id := range c.OrgIDs {
				v.Check(sc.tree.Has(id), draftField(i, "cooperating"), "Đơn vị phối hợp không tồn tại")
			}
		}
		if len(d.Lead.OrgIDs) > 0 {
			d.Lead.Flag = ""
		}
		if d.Coop == nil {
			d.Coop = []tiendo.DraftOrg{}
		}
		if d.Lead.OrgIDs == nil {
			d.Lead.OrgIDs = []int64{}
		}
	}
	return v.Err()
}

// draftField names a field of the i-th draft (counted from 1, as the
// review screen numbers them) in errors: "drafts[3].lead".
func draftField(i int, field string) string { return fmt.Sprintf("drafts[%d].%s", i+1, field) }

// Commit creates the tasks of a draft proposal in one transaction: the
// document (found by its number and date, or created by the rules of
// CreateDocument), one task per lead unit of every draft by the rules of
// CreateTasks, and the proposal marked committed, all audited. Any invalid
// draft fails the whole commit with field errors naming the draft and the
// field, and nothing is created.
func (s *Service) Commit(ctx context.Context, id int64, version int) (*tiendo.Proposal, []*tiendo.Task, error) {
	var out *tiendo.Proposal
	var tasks []*tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		var err error
		out, tasks, err = s.commitProposal(ctx, st, id, version, TaskInput{})
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	return out, tasks, nil
}

// commitProposal is Commit within the transaction st. Every task starts
// from base (a meeting's conclusions set their category and assignment
// day); an empty base.Category is taken from the document's number.
func (s *Service) commitProposal(ctx context.Context, st tiendo.Store, id int64, version int, base TaskInput) (*tiendo.Proposal, []*tiendo.Task, error) {
	p, sc, err := s.editableProposal(ctx, st, id, version)
	if err != nil {
		return nil, nil, err
	}
	if len(p.Drafts) == 0 {
		return nil, nil, tiendo.FieldError("drafts", "Không còn nhiệm vụ nào để tạo")
	}
	docID, err := s.intakeDocument(ctx, st, sc, p.Document)
	if err != nil {
		return nil, nil, err
	}
	if base.Category == "" {
		base.Category = categoryOf(p.Document.Number)
	}
	tasks, err := s.createDrafts(ctx, st, sc, p, docID, base)
	if err != nil {
		return nil, nil, err
	}
	p.Status, p.DocumentID, p.TaskIDs = tiendo.ProposalCommitted, docID, nil
	for _, t := range tasks {
		p.TaskIDs = append(p.TaskIDs, t.ID)
	}
	if err := st.UpdateProposal(ctx, p); err != nil {
		return nil, nil, err
	}
	return p, tasks, s.audit(ctx, st, "intake.commit", "proposal", p.ID, nil, p.OrgID, nil, proposalAudit(p))
}

// intakeDocument returns the id of the proposal's document, creating it
// when no document has its number and date; nil when it names none.
func (s *Service) intakeDocument(ctx context.Context, st tiendo.Store, sc *scope, pd tiendo.ProposalDoc) (*int64, error) {
	if strings.TrimSpace(pd.Number) == "" {
		return nil, nil
	}
	d, err := s.documentFromInput(sc, DocumentInput{Number: pd.Number, Date: pd.Date, Summary: pd.Summary})
	if err != nil {
		return nil, prefixFields(err, "document.")
	}
	number := d.Number
	same, _, err := st.FindDocuments(ctx, tiendo.DocumentFilter{Number: &number, Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	for _, old := range same {
		if old.Date == d.Date && sc.canSeeDocument(old) {
			return &old.ID, nil
		}
	}
	if err := st.CreateDocument(ctx, d); err != nil {
		return nil, err
	}
	if err := s.audit(ctx, st, "document.create", "document", d.ID, nil, d.IssuerID, nil, d); err != nil {
		return nil, err
	}
	return &d.ID, nil
}

// createDrafts creates the tasks of every draft, collecting the errors of
// all drafts before failing so the office sees every one at once.
func (s *Service) createDrafts(ctx context.Context, st tiendo.Store, sc *scope, p *tiendo.Proposal, docID *int64, base TaskInput) ([]*tiendo.Task, error) {
	cr := s.newCreationRules() // once for every task of every draft
	aud := newAudienceMemo(st) // the notices' audience, asked once per unit for all tasks
	var v tiendo.Validator
	var out []*tiendo.Task
	for i, d := range p.Drafts {
		if strings.TrimSpace(d.Content) == "" {
			v.Add(draftField(i, "content"), "Nội dung nhiệm vụ là bắt buộc")
		}
		if len(d.Lead.OrgIDs) == 0 {
			msg := "Chưa chọn đơn vị chủ trì"
			if d.Lead.Flag != "" {
				msg += " (" + d.Lead.Flag + ")"
			}
			v.Add(draftField(i, "lead"), msg)
		}
		in := base
		in.DocumentID, in.SourceClause, in.SourceText, in.Title = docID, d.Clause, d.Source, d.Content
		in.ExpectedOutput, in.Deadline, in.Due = d.Output, d.Deadline, d.Due
		for _, c := range d.Coop {
			in.CoopOrgIDs = append(in.CoopOrgIDs, c.OrgIDs...)
		}
		for _, lead := range uniqueIDs(d.Lead.OrgIDs) {
			if !tiendo.CanAssignTo(sc.actor, sc.tree, lead) {
				v.Add(draftField(i, "lead"), "Đơn vị chủ trì ngoài phạm vi giao việc của bạn")
				continue
			}
			t, err := s.taskFromInput(ctx, st, sc, in, lead, cr)
			if fields := tiendo.ErrorFields(err); fields != nil {
				for f, msg := range fields {
					v.Add(draftField(i, draftFieldName(f)), msg)
				}
				continue
			} else if err != nil {
				return nil, err
			}
			if v.Err() != nil {
				continue // something is already wrong: validate the rest, create nothing
			}
			if err := s.assignTask(ctx, aud, sc.tree, t); err != nil {
				return nil, err
			}
			out = append(out, t)
		}
	}
	if err := v.Err(); err != nil {
		e := err.(*tiendo.Error)
		e.Message = "Có nhiệm vụ chưa hợp lệ; chưa tạo nhiệm vụ nào"
		return nil, e
	}
	return out, nil
}

// draftFieldName maps a task field to the draft field the office edits.
func draftFieldName(f string) string {
	switch f {
	case "title":
		return "content"
	case "lead_org_id", "lead_org_ids":
		return "lead"
	case "coop_org_ids":
		return "cooperating"
	case "deadline_kind", "deadline_text":
		return "deadline"
	case "expected_output":
		return "output"
	case "source_clause":
		return "clause"
	}
	return f
}

// categoryOf files tasks from a conclusion notice (TB, KL) as meeting
// conclusions and the rest as directives.
func categoryOf(number string) tiendo.Category {
	if n, err := vn.ParseDocNumber(number); err == nil && (n.Type == "TB" || n.Type == "KL") {
		return tiendo.CategoryConclusion
	}
	return tiendo.CategoryDirective
}

// prefixFields renames the field errors of err with a prefix.
func prefixFields(err error, prefix string) error {
	fields := tiendo.ErrorFields(err)
	if fields == nil {
		return err
	}
	out := map[string]string{}
	for k, v := range fields {
		out[prefix+k] = v
	}
	return &tiendo.Error{Code: tiendo.ErrorCode(err), Message: tiendo.ErrorMessage(err), Fields: out}
}
