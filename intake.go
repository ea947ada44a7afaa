package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// ProposalStatus is where an intake proposal stands.
type ProposalStatus string

// Proposal statuses: a draft is reviewed and edited; committing it creates
// its tasks (once); a discarded one is kept for the record.
const (
	ProposalDraft     ProposalStatus = "draft"
	ProposalCommitted ProposalStatus = "committed"
	ProposalDiscarded ProposalStatus = "discarded"
)

// Proposal is what intake read from a pasted text or an uploaded file: the
// documents it cites, the document to file the tasks under, and the draft
// tasks as the office has edited them. Nothing in it is a task until it is
// committed, and then all of its drafts become tasks together.
type Proposal struct {
	ID        int64          `json:"id"`
	CreatedBy int64          `json:"created_by"`
	OrgID     *int64         `json:"org_id"`              // organisation of the office that made it: its scope
	FileName  string         `json:"file_name"`           // "" for a pasted text
	Text      string         `json:"source_text" max:"-"` // the pasted text, or the file's text for reference: bounded by the upload limit, NUL replaced by the store
	Date      vn.Date        `json:"date"`                // the document date the extraction used
	Refs      []ProposalRef  `json:"references"`
	Document  ProposalDoc    `json:"document"`
	Drafts    []DraftTask    `json:"drafts"`
	RowErrors []RowProblem   `json:"row_errors"`
	Status    ProposalStatus `json:"status"`
	// DocumentID and TaskIDs are set by the commit.
	DocumentID *int64    `json:"document_id"`
	TaskIDs    []int64   `json:"task_ids"`
	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	Version    int       `json:"version"`
}

// ProposalRef is a document the text cites, as parsed.
type ProposalRef struct {
	Raw    string  `json:"raw"`
	Number string  `json:"number_symbol"` // normalised number/symbol, "245/KH-UBND"
	Type   string  `json:"type"`
	Issuer string  `json:"issuer"`
	Date   vn.Date `json:"date"`
}

// ProposalDoc is the document the committed tasks are filed under. An empty
// Number files them under none. On commit an existing document with the same
// number and date is used, otherwise one is created.
type ProposalDoc struct {
	Number  string  `json:"number_symbol"`
	Date    vn.Date `json:"date"`
	Summary string  `json:"summary"`
}

// DraftTask is one proposed task as the office edits it. Lead names the lead
// units: several make one task each.
type DraftTask struct {
	Content  string     `json:"content"`
	Lead     DraftOrg   `json:"lead"`
	Coop     []DraftOrg `json:"cooperating"`
	Deadline string     `json:"deadline"` // the phrase as written, parsed on commit
	Due      vn.Date    `json:"due"`      // an explicit date, winning over the phrase's
	Clause   string     `json:"clause"`   // "Phụ lục, STT 12"
	Source   string     `json:"source"`   // the clause of the text that assigns it
	// Cue says why extraction read Source as a task (the trigger word, an
	// announcing sentence, a passive …), so the office can trust or correct it.
	Cue    string `json:"cue,omitempty"`
	Output string `json:"output"`
	// Row is the appendix row it came from (0 for running text).
	Row int `json:"row,omitempty"`
}

// DraftOrg is an organisation mention and the organisations it was matched
// to. An unmatched or doubtful mention carries a Flag (in Vietnamese) and
// the Candidates the office may choose from; it is never guessed silently.
type DraftOrg struct {
	Text       string      `json:"text"`
	OrgIDs     []int64     `json:"org_ids"`
	Confidence float64     `json:"confidence"`
	Flag       string      `json:"flag,omitempty"`
	Candidates []OrgOption `json:"candidates,omitempty"`
}

// OrgOption is an organisation offered for a flagged mention.
type OrgOption struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// RowProblem is a row of an appendix table that could not become a draft.
type RowProblem struct {
	Sheet   string `json:"sheet,omitempty"`
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// Validate checks what the store relies on.
func (p *Proposal) Validate() error {
	var v Validator
	v.Check(p.Status == ProposalDraft || p.Status == ProposalCommitted || p.Status == ProposalDiscarded,
		"status", "Trạng thái đề xuất không hợp lệ")
	v.Check(len(p.Drafts) <= MaxDrafts, "drafts", "Một đề xuất có tối đa 500 nhiệm vụ")
	v.Input(p)
	return v.Err()
}

// MaxDrafts bounds the drafts of one proposal: a plan's appendix has dozens,
// a province's yearly programme a few hundred.
const MaxDrafts = 500

// ProposalFilter selects proposals.
type ProposalFilter struct {
	Status ProposalStatus // "" for any
	// OrgIDs keeps proposals whose organisation is in the set (nil: every
	// proposal); CreatedBy keeps one account's (0: anyone's).
	OrgIDs    []int64
	CreatedBy int64
	Page      Page
}

// IntakeStore persists intake proposals.
type IntakeStore interface {
	// CreateProposal sets ID, Version, CreatedAt, UpdatedAt.
	CreateProposal(ctx context.Context, p *Proposal) error
	// FindProposalByID returns ENOTFOUND if there is none.
	FindProposalByID(ctx context.Context, id int64) (*Proposal, error)
	// FindProposals returns one page, newest first, and the total.
	FindProposals(ctx context.Context, f ProposalFilter) ([]*Proposal, int, error)
	// UpdateProposal writes p when p.Version is current and increments it;
	// ECONFLICT when another write came first.
	UpdateProposal(ctx context.Context, p *Proposal) error
}
