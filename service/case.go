package service

import (
	"context"

	"tiendo"
	"tiendo/vn"
)

// Urban-order casework (Ban Chỉ đạo 197, issue 16 item 2). A case is
// visible to the units of its ward and those above (the province sees
// all), to the unit it is assigned to and those above, and to the person
// it is assigned to. The ward's office (or admin) records, assigns and
// closes cases; the assigned unit (or person) records handling steps.
// Every write is validated and audited in its transaction.

// CaseDetail is a case's page.
type CaseDetail struct {
	Case       *tiendo.Case      `json:"case"`
	Kind       *tiendo.CaseKind  `json:"kind"`
	Ward       string            `json:"ward"`        // the ward's name
	Place      *tiendo.Place     `json:"place"`       // nil when the case has an address only
	AssignedTo string            `json:"assigned_to"` // the unit's name, "" when none
	Assignee   string            `json:"assignee"`    // the person's name, "" when none
	Timeliness tiendo.Timeliness `json:"timeliness"`  // today
	// Earlier lists the earlier cases of the same kind at the same place
	// or address, newest first (the repeat chain and its neighbours).
	Earlier []*tiendo.Case `json:"earlier"`
	// What the actor may do now.
	CanEdit   bool `json:"can_edit"`   // assign, close, reopen: the ward's office
	CanHandle bool `json:"can_handle"` // record steps: the assigned unit or person, or the ward's office
}

// CaseAssignment assigns a case: a unit, a person, or both; the deadline
// is DeadlineDays working days from AssignedOn (default: today; days
// default: the kind's), or the date Due.
type CaseAssignment struct {
	Version      int     `json:"version"`
	OrgID        *int64  `json:"org_id"`
	AssigneeID   *int64  `json:"assignee_id"`
	AssignedOn   vn.Date `json:"assigned_on"`
	DeadlineDays int     `json:"deadline_days"`
	Due          vn.Date `json:"due"`
}

// CaseClosing closes a case with its result: the evidence files and the
// day the result was reached (default today).
type CaseClosing struct {
	Version  int                 `json:"version"`
	Result   string              `json:"result"`
	ClosedOn vn.Date             `json:"closed_on"`
	Files    []tiendo.Attachment `json:"files"`
}

// CaseRepeat records a new violation at the spot of a closed case: a new
// case of the same kind, place and address, linked to it (RepeatOf).
type CaseRepeat struct {
	Description   string              `json:"description"`
	FoundOn       vn.Date             `json:"found_on"`
	Reporter      tiendo.CaseReporter `json:"reporter"`
	ReporterName  string              `json:"reporter_name"`
	ReporterPhone string              `json:"reporter_phone"`
}

// WeeklyListResult is what processing a weekly list did: the list with
// each row's outcome, and the cases created.
type WeeklyListResult struct {
	List       *tiendo.WeeklyList `json:"list"`
	Created    []*tiendo.Case     `json:"created"`
	Duplicates int                `json:"duplicates"`
	Repeats    int                `json:"repeats"`
}

// CaseStatsResult is the statistics of cases: a row per group with its
// label, and the total.
type CaseStatsResult struct {
	Query tiendo.CaseStatsQuery `json:"-"`
	Rows  []CaseStatsLine       `json:"rows"`
	Total tiendo.CaseCounts     `json:"total"`
}

// CaseStatsLine is one group of CaseStatsResult.
type CaseStatsLine struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	tiendo.CaseCounts
}

func notYet() error { return tiendo.Errorf(tiendo.EINTERNAL, "Chưa có") }

// ListCaseKinds returns the catalogue of violation kinds.
func (s *Service) ListCaseKinds(ctx context.Context) ([]*tiendo.CaseKind, error) {
	return nil, notYet()
}

// CreateCaseKind adds a kind to the catalogue (a whole-tree admin).
func (s *Service) CreateCaseKind(ctx context.Context, k tiendo.CaseKind) (*tiendo.CaseKind, error) {
	return nil, notYet()
}

// UpdateCaseKind changes a kind at the version read (a whole-tree admin).
func (s *Service) UpdateCaseKind(ctx context.Context, k tiendo.CaseKind) (*tiendo.CaseKind, error) {
	return nil, notYet()
}

// ListCases returns one page of the cases the actor may see.
func (s *Service) ListCases(ctx context.Context, f tiendo.CaseFilter) ([]*tiendo.Case, int, error) {
	return nil, 0, notYet()
}

// GetCase returns a case the actor may see; ENOTFOUND otherwise.
func (s *Service) GetCase(ctx context.Context, id int64) (*CaseDetail, error) { return nil, notYet() }

// CreateCase records a case: its ward comes from its place when it has
// one; a closed earlier case of the same kind at the same place or address
// makes it a repeat. An open one of the same kind there is a conflict
// (ECONFLICT naming it). With Assigned* set it is assigned at once.
func (s *Service) CreateCase(ctx context.Context, c tiendo.Case) (*tiendo.Case, error) {
	return nil, notYet()
}

// AssignCase assigns (or reassigns) an open case.
func (s *Service) AssignCase(ctx context.Context, id int64, a CaseAssignment) (*tiendo.Case, error) {
	return nil, notYet()
}

// AddCaseStep records a handling step with its files.
func (s *Service) AddCaseStep(ctx context.Context, id int64, step tiendo.CaseStep) (*tiendo.CaseStep, error) {
	return nil, notYet()
}

// CloseCase closes a case with its result and evidence.
func (s *Service) CloseCase(ctx context.Context, id int64, c CaseClosing) (*tiendo.Case, error) {
	return nil, notYet()
}

// ReopenCase records a repeat violation of a closed case: a new case
// linked to it.
func (s *Service) ReopenCase(ctx context.Context, id int64, r CaseRepeat) (*tiendo.Case, error) {
	return nil, notYet()
}

// CaseFile returns a file of a case the actor may see.
func (s *Service) CaseFile(ctx context.Context, id int64) (*tiendo.Attachment, error) {
	return nil, notYet()
}

// SubmitWeeklyList stores a residential group's list of the week.
func (s *Service) SubmitWeeklyList(ctx context.Context, l tiendo.WeeklyList) (*tiendo.WeeklyList, error) {
	return nil, notYet()
}

// ListWeeklyLists returns one page of the weekly lists the actor may see.
func (s *Service) ListWeeklyLists(ctx context.Context, f tiendo.WeeklyListFilter) ([]*tiendo.WeeklyList, int, error) {
	return nil, 0, notYet()
}

// GetWeeklyList returns a weekly list with its rows.
func (s *Service) GetWeeklyList(ctx context.Context, id int64) (*tiendo.WeeklyList, error) {
	return nil, notYet()
}

// ProcessWeeklyList turns a submitted list's rows into cases in one
// transaction (the ward's office): a row whose place or address has an
// open case of the same kind is flagged as its duplicate, not created;
// the others become cases, repeats when an earlier closed case of the same
// kind is there.
func (s *Service) ProcessWeeklyList(ctx context.Context, id int64, version int) (*WeeklyListResult, error) {
	return nil, notYet()
}

// CaseStats counts the cases the actor may see, grouped.
func (s *Service) CaseStats(ctx context.Context, q tiendo.CaseStatsQuery) (*CaseStatsResult, error) {
	return nil, notYet()
}

// CaseStatsCell lists the cases behind one cell of CaseStats (the same
// scope); the total equals the cell's count.
func (s *Service) CaseStatsCell(ctx context.Context, q tiendo.CaseStatsQuery, key, cell string, p tiendo.Page) ([]*tiendo.Case, int, error) {
	return nil, 0, notYet()
}

// RunCaseReminders notifies assigned units and people of cases due soon
// and overdue, once per rule step, through the notification outbox.
func (s *Service) RunCaseReminders(ctx context.Context) (int, error) { return 0, notYet() }
