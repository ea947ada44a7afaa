package service

import (
	"context"
	"errors"
	"strings"

	"tiendo"
	"tiendo/extract"
	"tiendo/vn"
)

// IntakeInput is a text pasted or a file uploaded for intake. Data, when
// set, is the file's content and Name its name (the extension chooses the
// reader); otherwise Text is read. Date is the document's date when known.
type IntakeInput struct {
	Text string  `json:"text" max:"-"` // bounded by MaxIntakeText
	Date vn.Date `json:"date"`
	Name string  `json:"-"`
	Data []byte  `json:"-"`
}

// MaxIntakeText bounds a pasted text: a long plan is some tens of pages.
const MaxIntakeText = 1 << 20

// Propose reads a text or a file and stores what it proposes as a draft
// for the office to review: the documents cited, the document to file the
// tasks under, and one draft per task with its organisations matched to
// the tree. Office and admin accounts may; nothing but the proposal is
// written.
func (s *Service) Propose(ctx context.Context, in IntakeInput) (*tiendo.Proposal, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if !tiendo.HasRoleAnywhere(sc.actor, tiendo.RoleAdmin, tiendo.RoleOffice) {
		return nil, forbidden("nhập nhiệm vụ từ văn bản")
	}
	res, err := extractInput(in)
	if err != nil {
		return nil, err
	}
	on := res.Date
	if on.IsZero() || on.After(s.today()) {
		on = s.today()
	}
	m := newScopeMatcher(sc, on)
	res.MatchOrgs(m.Matcher)
	p := &tiendo.Proposal{CreatedBy: sc.actor.AccountID, OrgID: intakeOrg(sc.actor), FileName: in.Name,
		Text: in.Text, Date: res.Date, Status: tiendo.ProposalDraft, RowErrors: rowProblems(res.RowErrors)}
	if in.Data != nil && isPlainText(in.Name) {
		p.Text = string(in.Data)
	}
	p.Refs = proposalRefs(res.References)
	p.Document = defaultDocument(p.Refs, res.Date, vn.NFC(p.Text))
	for _, t := range res.Tasks {
		p.Drafts = append(p.Drafts, m.draft(t))
	}
	if len(p.Drafts) > tiendo.MaxDrafts {
		return nil, tiendo.FieldError("file", "Văn bản đề xuất quá 500 nhiệm vụ; hãy tách thành nhiều tệp")
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateProposal(ctx, p); err != nil {
			return err
		}
		return s.audit(ctx, st, "intake.propose", "proposal", p.ID, nil, p.OrgID, nil, proposalAudit(p))
	})
	return p, err
}

// extractInput runs the extraction; a file that cannot be read is a field
// error on "file" with the reader's Vietnamese message.
func extractInput(in IntakeInput) (extract.File, error) {
	if in.Data == nil {
		text := strings.TrimSpace(in.Text)
		if text == "" {
			return extract.File{}, tiendo.FieldError("text", "Hãy dán nội dung văn bản hoặc chọn một tệp")
		}
		if len(in.Text) > MaxIntakeText {
			return extract.File{}, tiendo.Errorf(tiendo.ETOOLARGE, "Văn bản dài quá 1 MiB; hãy tách thành nhiều phần")
		}
		return extract.File{Result: extract.Extract(in.Text, in.Date)}, nil
	}
	if len(in.Data) == 0 {
		return extract.File{}, tiendo.FieldError("file", "Tệp rỗng")
	}
	if _, err := tiendo.CheckUpload("file", in.Name, "", in.Data); err != nil {
		return extract.File{}, err
	}
	f, err := extract.ExtractFile(in.Name, in.Data, in.Date)
	var fe *extract.FileError
	if errors.As(err, &fe) {
		return extract.File{}, tiendo.FieldError("file", fe.Error())
	}
	if err != nil {
		return extract.File{}, err
	}
	if len(f.Tasks) == 0 && len(f.RowErrors) == 0 {
		return extract.File{}, tiendo.FieldError("file", "Không tìm thấy nhiệm vụ nào trong tệp")
	}
	return f, nil
}

func isPlainText(name string) bool {
	n := strings.ToLower(name)
	return !strings.HasSuffix(n, ".docx") && !strings.HasSuffix(n, ".xlsx")
}

// intakeOrg is the organisation a proposal belongs to: that of the actor's
// first office or admin grant; nil for an administrator of the whole tree.
func intakeOrg(a *tiendo.Actor) *int64 {
	for _, g := range a.Grants {
		if g.OrgID != nil && (g.Role == tiendo.RoleOffice || g.Role == tiendo.RoleAdmin) {
			id := *g.OrgID
			return &id
		}
	}
	return nil
}

func proposalRefs(refs []extract.Reference) []tiendo.ProposalRef {
	out := []tiendo.ProposalRef{}
	for _, r := range refs {
		number := r.Raw
		if n, err := vn.ParseDocNumber(r.Raw); err == nil {
			number = n.Canonical()
		}
		out = append(out, tiendo.ProposalRef{Raw: r.Raw, Number: number, Type: r.Type, Issuer: r.Issuer, Date: r.Date})
	}
	return out
}

func rowProblems(errs []extract.RowError) []tiendo.RowProblem {
	out := []tiendo.RowProblem{}
	for _, e := range errs {
		out = append(out, tiendo.RowProblem{Sheet: e.Sheet, Row: e.Row, Column: e.Column, Message: e.Message})
	}
	return out
}

// proposalAudit is what the audit log keeps of a proposal: not its text,
// which may be a whole file, but what the office decided.
func proposalAudit(p *tiendo.Proposal) any {
	return map[string]any{"file_name": p.FileName, "status": p.Status, "document": p.Document,
		"drafts": p.Drafts, "document_id": p.DocumentID, "task_ids": p.TaskIDs}
}

// visibleProposal loads a proposal the actor may work on: office and admin
// accounts whose scope covers the organisation it was made in. Anyone else
// gets ENOTFOUND, so an id reveals nothing.
func (s *Service) visibleProposal(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Proposal, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	p, err := st.FindProposalByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	ok := sc.unrestricted() || (p.OrgID != nil && sc.has(*p.OrgID, tiendo.RoleAdmin, tiendo.RoleOffice))
	if !ok {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đề xuất %d", id)
	}
	return p, sc, nil
}

// GetProposal returns a proposal the actor may see.
func (s *Service) GetProposal(ctx context.Context, id int64) (*tiendo.Proposal, error) {
	p, _, err := s.visibleProposal(ctx, s.store, id)
	return p, err
}

// ListProposals returns the proposals of the actor's scope, newest first.
func (s *Service) ListProposals(ctx context.Context, f tiendo.ProposalFilter) ([]*tiendo.Proposal, int, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, 0, err
	}
	f.Page = f.Page.Normalize()
	if !sc.unrestricted() {
		f.OrgIDs = []int64{}
		for _, g := range sc.actor.Grants {
			if g.OrgID != nil && (g.Role == tiendo.RoleOffice || g.Role == tiendo.RoleAdmin) {
				f.OrgIDs = append(f.OrgIDs, sc.tree.Subtree(*g.OrgID)...)
			}
		}
	}
	return s.store.FindProposals(ctx, f)
}
