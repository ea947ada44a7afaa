package tiendo

import (
	"context"
	"time"

	"tiendo/vn"
)

// Category says where a task comes from.
type Category string

// Task categories (docs/DOMAIN.md §6).
const (
	CategoryLegal      Category = "legal"      // from a legal document
	CategoryProgramme  Category = "programme"  // work programme
	CategoryDirective  Category = "directive"  // a leader's directive
	CategoryConclusion Category = "conclusion" // a meeting conclusion
	CategoryOther      Category = "other"
)

// Categories lists every category.
var Categories = []Category{CategoryLegal, CategoryProgramme, CategoryDirective, CategoryConclusion, CategoryOther}

// Priority of a task.
type Priority string

// Priorities.
const (
	PriorityNormal Priority = "normal"
	PriorityUrgent Priority = "urgent"
)

// Task is a nhiệm vụ: one lead organisation, any cooperating ones, a deadline.
type Task struct {
	ID             int64    `json:"id"`
	DocumentID     *int64   `json:"document_id"`
	SourceClause   string   `json:"source_clause"` // "mục II.3", "Phụ lục 1, STT 12"
	SourceText     string   `json:"source_text"`   // the sentence that assigns it
	Title          string   `json:"title"`         // the content: what must be done
	ExpectedOutput string   `json:"expected_output"`
	LeadOrgID      int64    `json:"lead_org_id"`
	CoopOrgIDs     []int64  `json:"coop_org_ids"`
	ReportToOrgID  *int64   `json:"report_to_org_id"`
	AssignerID     *int64   `json:"assigner_id"` // assigning leader (a person)
	AssignedByOrg  *int64   `json:"assigned_by_org_id"`
	AssigneeID     *int64   `json:"assignee_id"` // person the lead unit passed it to
	ParentID       *int64   `json:"parent_id"`   // task this one was delegated from
	SeriesID       *int64   `json:"series_id"`   // recurring task this is an instance of
	Category       Category `json:"category"`
	Priority       Priority `json:"priority"`
	RegularDuty    bool     `json:"regular_duty"` // a regular duty, not an assigned task
	Weight         float64  `json:"weight"`       // workload weight for evaluation
	Place          string   `json:"place"`        // street, ward or building it concerns, as typed
	PlaceID        *int64   `json:"place_id"`     // the place of the register it concerns

	DeadlineKind vn.DeadlineKind `json:"deadline_kind"`
	DeadlineText string          `json:"deadline_text"` // the original phrase, verbatim
	Recurrence   string          `json:"recurrence"`    // "month:25", "quarter:0"… for recurring series
	OriginalDue  vn.Date         `json:"original_due"`
	Due          vn.Date         `json:"due"` // current deadline after extensions
	AssignedOn   vn.Date         `json:"assigned_on"`

	Status       Status  `json:"status"`
	StatusReason string  `json:"status_reason"` // return reason, postponement reason…
	Percent      int     `json:"percent"`       // last reported
	ReportedOn   vn.Date `json:"reported_on"`   // date the unit reported it done
	CompletedOn  vn.Date `json:"completed_on"`  // = ReportedOn once the office confirms
	Extensions   int     `json:"extensions"`    // extensions granted so far

	CreatedBy int64     `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Version   int       `json:"version"`
}

// Validate checks a task before it is stored.
func (t *Task) Validate() error {
	var v Validator
	v.Check(t.Title != "", "title", "Nội dung nhiệm vụ là bắt buộc")
	v.Check(len([]rune(t.Title)) <= 2000, "title", "Nội dung nhiệm vụ tối đa 2000 ký tự")
	v.Check(t.LeadOrgID != 0, "lead_org_id", "Cần đúng một đơn vị chủ trì")
	for _, id := range t.CoopOrgIDs {
		v.Check(id != t.LeadOrgID, "coop_org_ids", "Đơn vị chủ trì không đồng thời là đơn vị phối hợp")
	}
	v.Check(contains(Categories, t.Category), "category", "Loại nhiệm vụ không hợp lệ")
	v.Check(t.Priority == PriorityNormal || t.Priority == PriorityUrgent, "priority", "Mức độ ưu tiên không hợp lệ")
	v.Check(t.Weight >= 0 && t.Weight <= 100, "weight", "Trọng số từ 0 đến 100")
	switch t.DeadlineKind {
	case vn.DeadlineDate, vn.DeadlinePeriod:
		v.Check(!t.Due.IsZero(), "due", "Thời hạn là bắt buộc")
	case vn.DeadlineRecurring:
		v.Check(t.Recurrence != "", "deadline_text", "Nhiệm vụ định kỳ cần chu kỳ")
	case vn.DeadlineContinuous:
		v.Check(t.Due.IsZero(), "due", "Nhiệm vụ thường xuyên không có hạn")
	case vn.DeadlineNone:
	default:
		v.Add("deadline_kind", "Loại thời hạn không hợp lệ")
	}
	if !t.Due.IsZero() && !t.AssignedOn.IsZero() {
		v.Check(!t.Due.Before(t.AssignedOn), "due", "Thời hạn không được trước ngày giao")
	}
	for f, s := range map[string]string{"source_clause": t.SourceClause, "place": t.Place, "deadline_text": t.DeadlineText, "recurrence": t.Recurrence} {
		v.Text(f, s, MaxShortText)
	}
	v.Input(t)
	return v.Err()
}

// Timeliness is the derived state of a task at an as-of date (docs/DOMAIN.md §9).
type Timeliness string

// Timeliness categories.
const (
	DoneOnTime Timeliness = "done_on_time" // completed on or before the deadline
	DoneLate   Timeliness = "done_late"    // completed after the deadline
	InProgress Timeliness = "in_progress"  // not completed, deadline not passed
	Overdue    Timeliness = "overdue"      // not completed, deadline passed
	Continuous Timeliness = "continuous"   // continuous or recurring series: never overdue
	Excluded   Timeliness = "excluded"     // withdrawn, or assigned after the as-of date
)

// Timelinesses lists the categories a task can be counted in.
var Timelinesses = []Timeliness{DoneOnTime, DoneLate, InProgress, Overdue, Continuous}

// TimelinessAt derives the task's category at as-of date t. A completion
// counts from the reported date once the office confirms it; a postponed
// task is never overdue; a withdrawn one is not counted.
func (k *Task) TimelinessAt(t vn.Date) Timeliness {
	if k.Status == StatusWithdrawn || (!k.AssignedOn.IsZero() && k.AssignedOn.After(t)) {
		return Excluded
	}
	if !k.CompletedOn.IsZero() && !k.CompletedOn.After(t) {
		if k.Due.IsZero() || !k.CompletedOn.After(k.Due) {
			return DoneOnTime
		}
		return DoneLate
	}
	if k.Due.IsZero() {
		return Continuous
	}
	if k.Status == StatusPostponed || !t.After(k.Due) {
		return InProgress
	}
	return Overdue
}

// TaskState is what TimelinessAt reads of a task that changes during its
// life: the deadline, the status and the confirmed completion date (with
// the assignment date, which does not change, so that a state can be
// tested alone). The store keeps every state a task left, with the days it
// was in force (table task_history), so that a past as-of date is judged
// by the state of that date, not by today's (docs/DOMAIN.md §9).
type TaskState struct {
	TaskID      int64   `json:"task_id"`
	From        vn.Date `json:"from"`  // first day in force; zero: since the task was entered
	Until       vn.Date `json:"until"` // the day it was replaced: no longer in force at its end
	Due         vn.Date `json:"due"`
	Status      Status  `json:"status"`
	CompletedOn vn.Date `json:"completed_on"`
	AssignedOn  vn.Date `json:"assigned_on"`
}

// State is k's current state, in force from the day from.
func (k *Task) State(from vn.Date) TaskState {
	return TaskState{TaskID: k.ID, From: from, Due: k.Due, Status: k.Status, CompletedOn: k.CompletedOn, AssignedOn: k.AssignedOn}
}

// InForceAt tells whether s was the task's state at the end of day t. A
// state's days run from From to the day before Until: a change made on
// day D is in force at the end of D.
func (s TaskState) InForceAt(t vn.Date) bool {
	return (s.From.IsZero() || !s.From.After(t)) && s.Until.After(t)
}

// StateChanged tells whether going from state a to state b changes what
// TimelinessAt reads: the deadline, the completion date, or the status
// class (withdrawn, postponed, anything else). Only such changes enter the
// history; a report that moves a task from assigned to in progress does not.
func StateChanged(a, b TaskState) bool {
	return a.Due != b.Due || a.CompletedOn != b.CompletedOn || statusClass(a.Status) != statusClass(b.Status)
}

// statusClass is how TimelinessAt tells statuses apart.
func statusClass(s Status) Status {
	if s == StatusWithdrawn || s == StatusPostponed {
		return s
	}
	return ""
}

// At returns the task as it stood at the end of day t, for timeliness: k
// itself when none of its past states (history; other tasks' ignored) was
// in force at t, i.e. its state has not changed since; otherwise a copy
// with the deadline, status and completion date of the state that was.
// This is the one rule of "the past as it was": every as-of answer (lists,
// statistics, drill-downs, grades, briefing packs) reads a task through it
// before TimelinessAt and InPeriod, and the store's SQL twin is stateAt
// (sqlstore/rules.go).
func (k *Task) At(t vn.Date, history []TaskState) *Task {
	for _, s := range history {
		if s.TaskID == k.ID && s.InForceAt(t) {
			c := *k
			c.Due, c.Status, c.CompletedOn = s.Due, s.Status, s.CompletedOn
			return &c
		}
	}
	return k
}

// InPeriod tells whether task k belongs to the reporting period p at as-of
// date t. This is the one definition used by the statistics, the task
// lists (TaskFilter.Period) and the exports; docs/PERIODS.md explains it.
// A task belongs to the period when it is counted at t at all (not
// withdrawn, not assigned after t), was assigned on or before the period's
// last day, and was not completed before the period's first day. So a
// period shows the work carried during it: everything assigned in it,
// everything still open from earlier, and everything finished in it.
func (k *Task) InPeriod(p DateRange, t vn.Date) bool {
	if k.TimelinessAt(t) == Excluded {
		return false
	}
	if !k.AssignedOn.IsZero() && k.AssignedOn.After(p.To) {
		return false
	}
	return k.CompletedOn.IsZero() || !k.CompletedOn.Before(p.From)
}

// OverdueDays is how many days the task is overdue at t (0 when it is not).
func (k *Task) OverdueDays(t vn.Date) int {
	if k.TimelinessAt(t) != Overdue {
		return 0
	}
	return t.Sub(k.Due)
}

// TaskRole says how an organisation takes part in a task.
type TaskRole string

// Organisation roles in a task.
const (
	AsLead        TaskRole = "lead"
	AsCooperating TaskRole = "cooperating"
)

// TaskSort orders a task list.
type TaskSort string

// Sort orders. A leading "-" reverses.
const (
	SortDue      TaskSort = "due"
	SortCreated  TaskSort = "created"
	SortID       TaskSort = "id"
	SortAssigned TaskSort = "assigned"
	SortOverdue  TaskSort = "overdue"  // oldest overdue first
	SortReported TaskSort = "reported" // reported done earliest first: the confirmation queue
)

// TaskFilter selects tasks. Zero fields do not filter.
type TaskFilter struct {
	IDs        []int64
	Query      string   // diacritic-insensitive, every word a prefix of a word
	OrgIDs     []int64  // lead (or cooperating, with Role) organisation in this set
	Role       TaskRole // with OrgIDs: lead, cooperating, or "" for either
	Statuses   []Status
	Timeliness []Timeliness // derived at AsOf
	// AsOf defaults to today. Before today, the tasks are filtered and
	// returned as they stood at its end (Task.At): deadline, status and
	// completion date of that day.
	AsOf       vn.Date
	DueFrom    vn.Date
	DueTo      vn.Date
	DocumentID *int64 // 0: tasks with no source document
	PlaceID    *int64 // 0: tasks linked to no place of the register
	ParentID   *int64
	SeriesID   *int64
	Recurring  bool    // only recurring series
	AssignedBy []int64 // assigning organisation in this set ("Việc đã giao")
	Category   Category
	// Period keeps the tasks that belong to it at AsOf (Task.InPeriod).
	Period     DateRange
	AssignerID *int64 // assigning leader; 0: tasks with none recorded
	AssigneeID *int64 // person the lead unit passed it to; 0: none
	// CreatedAfter keeps tasks entered after this instant (the inbox's
	// "new since my last visit").
	CreatedAfter time.Time
	Sort         TaskSort
	Desc         bool
	Page         Page
	// ScopeOrgIDs, set by the service, limits results to tasks whose lead,
	// a cooperating or the assigning organisation is in the set (nil =
	// unrestricted; the service always sets it or Unscoped).
	ScopeOrgIDs []int64
	Unscoped    bool // the actor sees everything; ScopeOrgIDs is ignored
}

// TaskStore persists tasks.
type TaskStore interface {
	// FindTaskByID returns ENOTFOUND if there is none.
	FindTaskByID(ctx context.Context, id int64) (*Task, error)
	// FindTasks returns one page and the total count matching f.
	FindTasks(ctx context.Context, f TaskFilter) ([]*Task, int, error)
	// CreateTask sets ID, Version, CreatedAt, UpdatedAt.
	CreateTask(ctx context.Context, t *Task) error
	// UpdateTask writes t when t.Version is current and increments it;
	// ECONFLICT when another write came first.
	UpdateTask(ctx context.Context, t *Task) error
	// OpenTaskIDsLedBy lists the open tasks an organisation leads (used to
	// move them to a successor when it is dissolved).
	OpenTaskIDsLedBy(ctx context.Context, orgID int64) ([]int64, error)
	// OpenTaskIDsWith lists the open tasks an organisation leads or
	// cooperates on (used to move its roles to a successor).
	OpenTaskIDsWith(ctx context.Context, orgID int64) ([]int64, error)
	// FindTaskHistory returns the states a task left (Task.At), oldest first.
	FindTaskHistory(ctx context.Context, taskID int64) ([]TaskState, error)
}
