package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"tiendo"
)

const proposalColumns = `id, created_by, org_id, file_name, source_text, doc_date, refs_json, document_json,
	drafts_json, row_errors_json, status, document_id, task_ids, version, created_at, updated_at`

func scanProposal(sc interface{ Scan(...any) error }) (*tiendo.Proposal, error) {
	var p tiendo.Proposal
	var doc string
	err := sc.Scan(&p.ID, zeroIDScan{&p.CreatedBy}, idScan{&p.OrgID}, &p.FileName, &p.Text, &p.Date,
		jsonScan[tiendo.ProposalRef]{&p.Refs}, &doc, jsonScan[tiendo.DraftTask]{&p.Drafts},
		jsonScan[tiendo.RowProblem]{&p.RowErrors}, &p.Status, idScan{&p.DocumentID},
		jsonScan[int64]{&p.TaskIDs}, &p.Version, timeScan{&p.CreatedAt}, timeScan{&p.UpdatedAt})
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(doc), &p.Document); err != nil {
		return nil, fmt.Errorf("sqlstore: proposal %d document: %w", p.ID, err)
	}
	for i := range p.Drafts {
		normDraft(&p.Drafts[i])
	}
	return &p, nil
}

// normProposal gives every text the stored form and every list a non-nil
// value, so a proposal reads back exactly as it was written.
func normProposal(p *tiendo.Proposal) {
	p.FileName, p.Text = text(p.FileName), text(p.Text)
	for i := range p.Refs {
		r := &p.Refs[i]
		r.Raw, r.Number, r.Type, r.Issuer = text(r.Raw), text(r.Number), text(r.Type), text(r.Issuer)
	}
	p.Document.Number, p.Document.Summary = text(p.Document.Number), text(p.Document.Summary)
	for i := range p.Drafts {
		d := &p.Drafts[i]
		d.Content, d.Deadline, d.Clause, d.Source, d.Output = text(d.Content), text(d.Deadline), text(d.Clause), text(d.Source), text(d.Output)
		normDraftOrg(&d.Lead)
		for j := range d.Coop {
			normDraftOrg(&d.Coop[j])
		}
		normDraft(d)
	}
	for i := range p.RowErrors {
		e := &p.RowErrors[i]
		e.Sheet, e.Column, e.Message = text(e.Sheet), text(e.Column), text(e.Message)
	}
	p.Refs, p.Drafts, p.RowErrors, p.TaskIDs = nonNil(p.Refs), nonNil(p.Drafts), nonNil(p.RowErrors), nonNil(p.TaskIDs)
}

func normDraftOrg(o *tiendo.DraftOrg) {
	o.Text, o.Flag = text(o.Text), text(o.Flag)
	if len(o.Candidates) == 0 {
		o.Candidates = nil // omitted in JSON: reads back as nil
	}
	for i := range o.Candidates {
		o.Candidates[i].Name = text(o.Candidates[i].Name)
	}
}

// normDraft makes the lists of a draft non-nil (JSON null reads back as nil).
func normDraft(d *tiendo.DraftTask) {
	d.Coop = nonNil(d.Coop)
	d.Lead.OrgIDs = nonNil(d.Lead.OrgIDs)
	for j := range d.Coop {
		d.Coop[j].OrgIDs = nonNil(d.Coop[j].OrgIDs)
	}
}

func nonNil[T any](v []T) []T {
	if v == nil {
		return []T{}
	}
	return v
}

func documentJSON(d tiendo.ProposalDoc) string {
	b, _ := json.Marshal(d)
	return string(b)
}

// CreateProposal stores p.
func (s *Store) CreateProposal(ctx context.Context, p *tiendo.Proposal) error {
	if err := p.Validate(); err != nil {
		return err
	}
	normProposal(p)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO proposals (created_by, org_id, file_name, source_text, doc_date,
			refs_json, document_json, drafts_json, row_errors_json, status, document_id, task_ids, version,
			created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1, $13, $13) RETURNING id`,
			zeroNull(p.CreatedBy), nullID(p.OrgID), p.FileName, p.Text, p.Date, jsonText(p.Refs),
			documentJSON(p.Document), jsonText(p.Drafts), jsonText(p.RowErrors), string(p.Status),
			nullID(p.DocumentID), jsonText(p.TaskIDs), ts(now)).Scan(&p.ID)
		if err != nil {
			return s.fail(err, "tạo đề xuất nhiệm vụ", "")
		}
		p.CreatedAt, p.UpdatedAt, p.Version = now, now, 1
		return nil
	})
}

// FindProposalByID returns one proposal.
func (s *Store) FindProposalByID(ctx context.Context, id int64) (*tiendo.Proposal, error) {
	p, err := scanProposal(s.q().QueryRowContext(ctx, "SELECT "+proposalColumns+" FROM proposals WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "đề xuất nhiệm vụ", id)
	}
	return p, nil
}

// FindProposals returns one page of proposals, newest first, and the total.
func (s *Store) FindProposals(ctx context.Context, f tiendo.ProposalFilter) ([]*tiendo.Proposal, int, error) {
	var a sqlArgs
	var conds []string
	if f.Status != "" {
		conds = append(conds, "status = "+a.add(string(f.Status)))
	}
	if f.OrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "org_id", f.OrgIDs))
	}
	if f.CreatedBy != 0 {
		conds = append(conds, "created_by = "+a.add(f.CreatedBy))
	}
	w := where(conds)
	total, err := s.count(ctx, "SELECT COUNT(*) FROM proposals"+w, a)
	if err != nil {
		return nil, 0, s.fail(err, "đếm đề xuất nhiệm vụ", "")
	}
	list, err := queryList(ctx, s, "đọc đề xuất nhiệm vụ",
		"SELECT "+proposalColumns+" FROM proposals"+w+" ORDER BY id DESC"+limit(&a, f.Page), a, scanProposal)
	return list, total, err
}

// UpdateProposal writes p when p.Version is current.
func (s *Store) UpdateProposal(ctx context.Context, p *tiendo.Proposal) error {
	if err := p.Validate(); err != nil {
		return err
	}
	normProposal(p)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE proposals SET org_id = $1, file_name = $2, source_text = $3,
			doc_date = $4, refs_json = $5, document_json = $6, drafts_json = $7, row_errors_json = $8, status = $9,
			document_id = $10, task_ids = $11, updated_at = $12, version = version + 1
			WHERE id = $13 AND version = $14`,
			nullID(p.OrgID), p.FileName, p.Text, p.Date, jsonText(p.Refs), documentJSON(p.Document),
			jsonText(p.Drafts), jsonText(p.RowErrors), string(p.Status), nullID(p.DocumentID),
			jsonText(p.TaskIDs), ts(now), p.ID, p.Version)
		if err != nil {
			return s.fail(err, "cập nhật đề xuất nhiệm vụ", "")
		}
		if err := s.checkUpdated(ctx, res, "proposals", "đề xuất nhiệm vụ", p.ID); err != nil {
			return err
		}
		p.UpdatedAt = now
		p.Version++
		return nil
	})
}
