package tiendo

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"tiendo/vn"
)

// Urban-order casework of the steering committee 197 (Ban Chỉ đạo 197,
// issue 16 item 2). A case (vụ việc) is one violation found at a place of
// the register or at an address: the ward that manages the place assigns
// it to a unit or a person with a deadline in working days, the unit
// records its handling steps, the ward closes it with a result and
// evidence; a new violation of the same kind at the same place or address
// after an earlier case was closed is a repeat, linked to that case.
// docs/DOMAIN.md §Casework explains the model.

// CaseKindGroup is the field of law a violation kind belongs to.
type CaseKindGroup string

// Kind groups.
const (
	CaseGroupUrbanOrder   CaseKindGroup = "urban_order"  // trật tự đô thị
	CaseGroupLand         CaseKindGroup = "land"         // đất đai
	CaseGroupConstruction CaseKindGroup = "construction" // trật tự xây dựng
	CaseGroupPavement     CaseKindGroup = "pavement"     // lấn chiếm vỉa hè, lòng đường
	CaseGroupSanitation   CaseKindGroup = "sanitation"   // vệ sinh môi trường
	CaseGroupOther        CaseKindGroup = "other"
)

// CaseKindGroups lists every group.
var CaseKindGroups = []CaseKindGroup{CaseGroupUrbanOrder, CaseGroupLand, CaseGroupConstruction,
	CaseGroupPavement, CaseGroupSanitation, CaseGroupOther}

// CaseKind is an entry of the configurable catalogue of violation kinds.
// The migration seeds one kind per group; administrators add and rename
// them, and retire one by making it inactive (cases keep their kind).
type CaseKind struct {
	ID    int64         `json:"id"`
	Code  string        `json:"code" max:"50"` // short code, unique: "VH", "XD"
	Name  string        `json:"name" max:"500"`
	Group CaseKindGroup `json:"group"`
	// DeadlineDays is the default time to handle a case of this kind, in
	// working days from its assignment; 0 leaves the deadline to the
	// assigner.
	DeadlineDays int       `json:"deadline_days"`
	Active       bool      `json:"active"`
	Version      int       `json:"version"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

// MaxCaseDeadlineDays bounds a case's deadline in working days.
const MaxCaseDeadlineDays = 365

// Validate checks a catalogue entry.
func (k *CaseKind) Validate() error {
	var v Validator
	v.Check(strings.TrimSpace(k.Code) != "", "code", "Mã loại vi phạm là bắt buộc")
	v.Check(strings.TrimSpace(k.Name) != "", "name", "Tên loại vi phạm là bắt buộc")
	v.Check(slices.Contains(CaseKindGroups, k.Group), "group", "Nhóm vi phạm không hợp lệ")
	v.Check(k.DeadlineDays >= 0 && k.DeadlineDays <= MaxCaseDeadlineDays, "deadline_days",
		fmt.Sprintf("Thời hạn xử lý từ 0 đến %d ngày làm việc", MaxCaseDeadlineDays))
	v.Input(k)
	return v.Err()
}

// CaseStatus is where a case is in its handling.
type CaseStatus string

// Case statuses. A closed case is never reopened in place: a new
// violation at the same spot is a new case whose RepeatOf is the closed
// one, so the closed case's result and statistics stay as they were.
const (
	CaseOpen     CaseStatus = "open"     // recorded, not yet assigned
	CaseAssigned CaseStatus = "assigned" // assigned to a unit or person with a deadline
	CaseHandling CaseStatus = "handling" // at least one handling step recorded
	CaseClosed   CaseStatus = "closed"   // handled, with a result
)

// CaseStatuses lists every status in order.
var CaseStatuses = []CaseStatus{CaseOpen, CaseAssigned, CaseHandling, CaseClosed}

// CaseReporter says who reported a violation.
type CaseReporter string

// Reporters.
const (
	ReporterGroupLeader CaseReporter = "group_leader" // tổ trưởng tổ dân phố
	ReporterCitizen     CaseReporter = "citizen"      // người dân báo qua điện thoại
	ReporterInspection  CaseReporter = "inspection"   // đoàn kiểm tra
)

// CaseReporters lists every reporter.
var CaseReporters = []CaseReporter{ReporterGroupLeader, ReporterCitizen, ReporterInspection}

// Case is one violation of urban order (vụ việc vi phạm).
type Case struct {
	ID int64 `json:"id"`
	// WardID is the ward (or commune) that manages the case: the ward of
	// its place on the day it was found, or the ward given when there is
	// no place.
	WardID int64 `json:"ward_id"`
	// PlaceID is the place of the register (street, residential group,
	// building, address); Address is the house number or household as
	// typed ("số 12 ngõ 34, hộ ông Nguyễn Văn A"). At least one is set.
	PlaceID     *int64       `json:"place_id"`
	Address     string       `json:"address" max:"500"`
	KindID      int64        `json:"kind_id"`
	Description string       `json:"description"`
	Reporter    CaseReporter `json:"reporter"`
	// ReporterName and ReporterPhone say who reported it (the group
	// leader, the citizen who phoned, the inspection team).
	ReporterName  string  `json:"reporter_name" max:"500"`
	ReporterPhone string  `json:"reporter_phone" max:"50"`
	FoundOn       vn.Date `json:"found_on"`

	Status CaseStatus `json:"status"`
	// AssignedOrgID is the unit handling it, AssigneeID the person; either
	// or both once assigned.
	AssignedOrgID *int64  `json:"assigned_org_id"`
	AssigneeID    *int64  `json:"assignee_id"`
	AssignedOn    vn.Date `json:"assigned_on"`
	// DeadlineDays is the deadline in working days from AssignedOn (0 when
	// Due was given as a date); Due is the day it must be handled by.
	DeadlineDays int     `json:"deadline_days"`
	Due          vn.Date `json:"due"`

	Result   string  `json:"result"`    // kết quả xử lý
	ClosedOn vn.Date `json:"closed_on"` // day it was handled (the result's day)

	// RepeatOf is the earlier closed case at the same place or address,
	// of the same kind, that this one repeats (tái phạm).
	RepeatOf *int64 `json:"repeat_of"`
	// WeeklyListID is the weekly list the case came from, if any.
	WeeklyListID *int64 `json:"weekly_list_id"`

	// Steps, Files and Deadlines are filled by FindCaseByID (files
	// without data).
	Steps     []CaseStep     `json:"steps"`
	Files     []Attachment   `json:"files"`
	Deadlines []CaseDeadline `json:"deadlines"`

	CreatedBy int64     `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Version   int       `json:"version"`
}

// Validate checks the fields a caller sets when recording a case.
func (c *Case) Validate() error {
	var v Validator
	v.Check(c.WardID > 0, "ward_id", "Phải chọn phường, xã quản lý vụ việc")
	v.Check(c.PlaceID != nil || strings.TrimSpace(c.Address) != "", "address", "Phải chọn địa bàn hoặc nhập địa chỉ")
	v.Check(c.PlaceID == nil || *c.PlaceID > 0, "place_id", "Địa bàn không hợp lệ")
	v.Check(c.KindID > 0, "kind_id", "Phải chọn loại vi phạm")
	v.Check(strings.TrimSpace(c.Description) != "", "description", "Nội dung vi phạm là bắt buộc")
	v.Check(slices.Contains(CaseReporters, c.Reporter), "reporter", "Nguồn phát hiện không hợp lệ")
	v.Check(!c.FoundOn.IsZero(), "found_on", "Ngày phát hiện là bắt buộc")
	v.Date("found_on", c.FoundOn)
	v.Check(c.DeadlineDays >= 0 && c.DeadlineDays <= MaxCaseDeadlineDays, "deadline_days",
		fmt.Sprintf("Thời hạn xử lý từ 0 đến %d ngày làm việc", MaxCaseDeadlineDays))
	v.Date("due", c.Due)
	if !c.Due.IsZero() && !c.AssignedOn.IsZero() {
		v.Check(!c.Due.Before(c.AssignedOn), "due", "Thời hạn không được trước ngày giao")
	}
	if !c.AssignedOn.IsZero() && !c.FoundOn.IsZero() {
		v.Check(!c.AssignedOn.Before(c.FoundOn), "assigned_on", "Ngày giao không được trước ngày phát hiện")
	}
	v.Input(c)
	return v.Err()
}

// Repeat tells whether the case repeats an earlier one.
func (c *Case) Repeat() bool { return c.RepeatOf != nil }

// TimelinessAt is the case's state at the end of day t, in the categories
// of tasks: DoneOnTime or DoneLate once closed on or before t (against
// Due; a case closed with no deadline is on time), Overdue when open past
// its deadline, InProgress when open otherwise (an unassigned case has no
// deadline and is never overdue), Excluded when found after t.
func (c *Case) TimelinessAt(t vn.Date) Timeliness {
	if c.FoundOn.After(t) {
		return Excluded
	}
	if c.Status == CaseClosed && !c.ClosedOn.IsZero() && !c.ClosedOn.After(t) {
		if c.Due.IsZero() || !c.ClosedOn.After(c.Due) {
			return DoneOnTime
		}
		return DoneLate
	}
	if c.Due.IsZero() || !t.After(c.Due) {
		return InProgress
	}
	return Overdue
}

// InPeriod tells whether the case belongs to period p at t, like tasks:
// found on or before its last day (and by t), and not closed before its
// first day. A period shows the cases carried during it.
func (c *Case) InPeriod(p DateRange, t vn.Date) bool {
	if c.TimelinessAt(t) == Excluded || (!p.To.IsZero() && c.FoundOn.After(p.To)) {
		return false
	}
	return c.TimelinessAt(t) == InProgress || c.TimelinessAt(t) == Overdue || p.From.IsZero() || !c.ClosedOn.Before(p.From)
}

// CaseStepKind is a handling step.
type CaseStepKind string

// Handling steps.
const (
	StepReminded CaseStepKind = "reminded" // nhắc nhở
	StepMinutes  CaseStepKind = "minutes"  // lập biên bản
	StepFined    CaseStepKind = "fined"    // xử phạt, with an amount
	StepRestored CaseStepKind = "restored" // khắc phục, trả lại hiện trạng
	StepForced   CaseStepKind = "forced"   // cưỡng chế, tháo dỡ
	StepNote     CaseStepKind = "note"     // any other progress note
)

// CaseStepKinds lists every step kind.
var CaseStepKinds = []CaseStepKind{StepReminded, StepMinutes, StepFined, StepRestored, StepForced, StepNote}

// MaxFineAmount bounds a fine, in đồng.
const MaxFineAmount = 10_000_000_000

// CaseStep is one handling step of a case, with its photos and papers.
type CaseStep struct {
	ID     int64        `json:"id"`
	CaseID int64        `json:"case_id"`
	Kind   CaseStepKind `json:"kind"`
	On     vn.Date      `json:"on"`
	Note   string       `json:"note"`
	// DocNo is the number of the minutes or the penalty decision.
	DocNo string `json:"doc_no" max:"500"`
	// Amount is the fine in đồng (StepFined only).
	Amount int64        `json:"amount"`
	Files  []Attachment `json:"files"` // UpdateID unused; data not returned on reads
	ByID   int64        `json:"by_id"`
	By     string       `json:"by"` // login, filled on reads
	// Closing marks the step that closed the case (its files are the
	// evidence of the result).
	Closing   bool      `json:"closing"`
	CreatedAt time.Time `json:"created_at"`
}

// Validate checks a step.
func (s *CaseStep) Validate() error {
	var v Validator
	v.Check(slices.Contains(CaseStepKinds, s.Kind), "kind", "Loại bước xử lý không hợp lệ")
	v.Check(!s.On.IsZero(), "on", "Ngày thực hiện là bắt buộc")
	v.Date("on", s.On)
	if s.Kind == StepFined {
		v.Check(s.Amount > 0 && s.Amount <= MaxFineAmount, "amount", "Số tiền phạt phải lớn hơn 0")
	} else {
		v.Check(s.Amount == 0, "amount", "Chỉ bước xử phạt có số tiền")
	}
	v.Check(s.Kind != StepNote || strings.TrimSpace(s.Note) != "", "note", "Cần nội dung")
	for _, a := range s.Files {
		v.Check(a.Name != "" && len(a.Name) <= 255, "files", "Tên tệp không hợp lệ")
	}
	v.Input(s)
	return v.Err()
}

// CaseDeadline is one change of a case's deadline once it had one (a
// reassignment with a new deadline, an extension): the old and new day,
// who and why, as a task keeps its extensions' previous and new due.
type CaseDeadline struct {
	ID          int64     `json:"id"`
	CaseID      int64     `json:"case_id"`
	PreviousDue vn.Date   `json:"previous_due"`
	Due         vn.Date   `json:"due"`
	Reason      string    `json:"reason"`
	ByID        int64     `json:"by_id"`
	By          string    `json:"by"` // login, filled on reads
	CreatedAt   time.Time `json:"created_at"`
}

// CaseSort orders a case list.
type CaseSort string

// Case orders; the list is newest found first by default.
const (
	CaseSortFound   CaseSort = "found"
	CaseSortDue     CaseSort = "due"
	CaseSortID      CaseSort = "id"
	CaseSortOverdue CaseSort = "overdue" // oldest overdue first
)

// CaseFilter selects cases. Zero fields do not filter.
type CaseFilter struct {
	IDs []int64
	// Query is folded like tasks': every word a prefix of a word of the
	// description, the address or the place's name.
	Query   string
	WardIDs []int64 // managing ward in this set
	PlaceID *int64  // 0: cases with no place
	// Address keeps the cases whose folded address equals Address's;
	// NoAddress (with Address "") those with no address.
	Address    string
	NoAddress  bool
	KindIDs    []int64
	Statuses   []CaseStatus
	Timeliness []Timeliness // at AsOf (default today)
	AsOf       vn.Date
	// Found keeps the cases found in the range (a week: Monday–Sunday).
	Found DateRange
	// Period keeps the cases that belong to it at AsOf (Case.InPeriod).
	Period DateRange
	// Due keeps the cases whose deadline is in the range (either end open).
	Due            DateRange
	AssignedOrgIDs []int64
	AssigneeID     *int64
	Repeat         *bool // true: repeats only; false: first violations only
	RepeatOf       *int64
	WeeklyListID   *int64
	Sort           CaseSort
	Desc           bool
	Page           Page
	// ScopeOrgIDs, set by the service, keeps the cases whose ward or
	// assigned unit is in the set, or (ScopePersonID) assigned to that
	// person. Unscoped: the actor sees every case.
	ScopeOrgIDs   []int64
	ScopePersonID int64
	Unscoped      bool
}

// SpotFilter selects the cases of kind at c's spot: the same place (or
// none) and the same folded address, in c's ward, other than c. Duplicate
// and repeat detection and a case's earlier cases use it.
func SpotFilter(c *Case) CaseFilter {
	place := int64(0)
	if c.PlaceID != nil {
		place = *c.PlaceID
	}
	f := CaseFilter{WardIDs: []int64{c.WardID}, PlaceID: &place, Address: c.Address, NoAddress: strings.TrimSpace(c.Address) == "",
		KindIDs: []int64{c.KindID}, Unscoped: true}
	return f
}

// OpenCaseStatuses are the statuses of a case not yet closed.
var OpenCaseStatuses = []CaseStatus{CaseOpen, CaseAssigned, CaseHandling}

// Notification kinds and reminder rules of cases.
const (
	NotifyCaseAssigned = "case_assigned" // a case was assigned to the unit or person
	NotifyCaseClosed   = "case_closed"   // a case the ward follows was closed
	RuleCaseDueSoon    = "case_due_soon" // a case's deadline is today or the next working day
	RuleCaseOverdue    = "case_overdue"  // a case is past its deadline
)

// CaseNotifyKinds lists the kinds above, for catalogues and tests.
var CaseNotifyKinds = []string{NotifyCaseAssigned, NotifyCaseClosed, RuleCaseDueSoon, RuleCaseOverdue}

// CanSeeCase tells whether a sees case c: the units of its ward and those
// above (the province sees all), the unit it is assigned to and those
// above, and the person it is assigned to. CaseFilter's scope fields, set
// from VisibleOrgIDs and the actor's person, select the same cases.
func CanSeeCase(a *Actor, t *OrgTree, c *Case) bool {
	if IsWholeTreeAdmin(a) || CanSeeOrg(a, t, c.WardID) {
		return true
	}
	if c.AssignedOrgID != nil && CanSeeOrg(a, t, *c.AssignedOrgID) {
		return true
	}
	return c.AssigneeID != nil && a.PersonID != nil && *a.PersonID == *c.AssigneeID
}

// CanManageCases tells whether a records, assigns, closes and reopens the
// cases of ward and processes its weekly lists: its office or admin, or
// those of an organisation above it.
func CanManageCases(a *Actor, t *OrgTree, ward int64) bool {
	return IsWholeTreeAdmin(a) || HasRole(a, t, ward, RoleOffice, RoleAdmin)
}

// CanHandleCase tells whether a records handling steps on c and closes
// it: those who manage its ward's cases, the officers and office of the
// unit it is assigned to, and the person it is assigned to.
func CanHandleCase(a *Actor, t *OrgTree, c *Case) bool {
	if CanManageCases(a, t, c.WardID) {
		return true
	}
	if c.AssignedOrgID != nil && HasRole(a, t, *c.AssignedOrgID, RoleOffice, RoleOfficer, RoleAdmin) {
		return true
	}
	return c.AssigneeID != nil && a.PersonID != nil && *a.PersonID == *c.AssigneeID
}

// CanSubmitWeeklyList tells whether a may submit a weekly list for ward:
// anyone working in it (officer, office, leader or admin), such as a
// residential group leader's account.
func CanSubmitWeeklyList(a *Actor, t *OrgTree, ward int64) bool {
	return IsWholeTreeAdmin(a) || HasRole(a, t, ward, RoleOfficer, RoleOffice, RoleLeader, RoleAdmin)
}

// CaseStore persists cases, their steps and files, the catalogue of kinds
// and the weekly lists.
type CaseStore interface {
	// FindCaseKinds lists the catalogue by code (inactive kinds too).
	FindCaseKinds(ctx context.Context) ([]*CaseKind, error)
	// FindCaseKindByID returns ENOTFOUND if there is none.
	FindCaseKindByID(ctx context.Context, id int64) (*CaseKind, error)
	// CreateCaseKind sets ID, Version and the times; ECONFLICT when the
	// code is taken.
	CreateCaseKind(ctx context.Context, k *CaseKind) error
	// UpdateCaseKind writes k when k.Version is current; ECONFLICT otherwise.
	UpdateCaseKind(ctx context.Context, k *CaseKind) error

	// FindCaseByID returns the case with its steps and files (no data);
	// ENOTFOUND if there is none.
	FindCaseByID(ctx context.Context, id int64) (*Case, error)
	// FindCases returns one page (without steps and files) and the total.
	FindCases(ctx context.Context, f CaseFilter) ([]*Case, int, error)
	// CreateCase sets ID, Version, CreatedAt, UpdatedAt.
	CreateCase(ctx context.Context, c *Case) error
	// UpdateCase writes c's fields (not its steps) when c.Version is
	// current and increments it; ECONFLICT otherwise.
	UpdateCase(ctx context.Context, c *Case) error
	// CreateCaseDeadline stores a change of deadline and sets ID, By and
	// CreatedAt.
	CreateCaseDeadline(ctx context.Context, d *CaseDeadline) error
	// CreateCaseStep stores s with its files and sets the IDs and CreatedAt.
	CreateCaseStep(ctx context.Context, s *CaseStep) error
	// FindCaseFile returns one file with its data and its case's id.
	FindCaseFile(ctx context.Context, id int64) (*Attachment, int64, error)
	// CaseStats counts, per group key, the cases that belong to q.Period
	// at q.AsOf (Case.InPeriod). Groups without cases are left out.
	CaseStats(ctx context.Context, q CaseStatsQuery) ([]CaseStatsRow, error)

	// CreateWeeklyList stores l with its rows and sets ID, Version, CreatedAt.
	CreateWeeklyList(ctx context.Context, l *WeeklyList) error
	// FindWeeklyListByID returns the list with its rows; ENOTFOUND otherwise.
	FindWeeklyListByID(ctx context.Context, id int64) (*WeeklyList, error)
	// FindWeeklyLists returns one page (without rows), newest week first.
	FindWeeklyLists(ctx context.Context, f WeeklyListFilter) ([]*WeeklyList, int, error)
	// UpdateWeeklyList writes l's status and rows' outcomes when l.Version
	// is current; ECONFLICT otherwise.
	UpdateWeeklyList(ctx context.Context, l *WeeklyList) error
}
