package tiendo

import (
	"context"
	"strconv"

	"tiendo/vn"
)

// DateRange is a span of civil days, both ends inclusive.
type DateRange struct {
	From vn.Date `json:"from"`
	To   vn.Date `json:"to"`
}

// IsZero tells whether the range is unset.
func (r DateRange) IsZero() bool { return r.From.IsZero() && r.To.IsZero() }

// OverdueAge counts overdue tasks by how long they have been overdue,
// in the buckets practice reports (≤ 30, 31–90, 91–120, > 120 days).
type OverdueAge struct {
	UpTo30      int `json:"0_30"`
	From31To90  int `json:"31_90"`
	From91To120 int `json:"91_120"`
	Over120     int `json:"over_120"`
}

// AgeBuckets are the overdue-age buckets as inclusive day ranges (0 for
// no upper bound), in the order of OverdueAge's fields.
var AgeBuckets = []struct {
	Key      string
	Min, Max int
}{{"0_30", 1, 30}, {"31_90", 31, 90}, {"91_120", 91, 120}, {"over_120", 121, 0}}

// Add counts one task overdue for days days.
func (a *OverdueAge) Add(days int) {
	switch {
	case days <= 30:
		a.UpTo30++
	case days <= 90:
		a.From31To90++
	case days <= 120:
		a.From91To120++
	default:
		a.Over120++
	}
}

// Counts are the statistics of one set of tasks in a period at an as-of
// date: the five timeliness categories (docs/DOMAIN.md §9), the totals and the
// overdue ages. Weighted sums are filled only when asked for (grading).
type Counts struct {
	Assigned   int        `json:"assigned"`     // every task of the period
	Due        int        `json:"due"`          // with a deadline on or before the as-of date
	DoneDue    int        `json:"done_due"`     // completed, among Due
	DoneOnTime int        `json:"done_on_time"` // completed on or before the deadline
	DoneLate   int        `json:"done_late"`
	InProgress int        `json:"in_progress"`
	Overdue    int        `json:"overdue"`
	Continuous int        `json:"continuous"`
	OverdueAge OverdueAge `json:"overdue_age"`

	WeightAssigned   float64 `json:"-"`
	WeightDoneOnTime float64 `json:"-"`
	WeightDoneLate   float64 `json:"-"`
}

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	c.Assigned += o.Assigned
	c.Due += o.Due
	c.DoneDue += o.DoneDue
	c.DoneOnTime += o.DoneOnTime
	c.DoneLate += o.DoneLate
	c.InProgress += o.InProgress
	c.Overdue += o.Overdue
	c.Continuous += o.Continuous
	c.OverdueAge.UpTo30 += o.OverdueAge.UpTo30
	c.OverdueAge.From31To90 += o.OverdueAge.From31To90
	c.OverdueAge.From91To120 += o.OverdueAge.From91To120
	c.OverdueAge.Over120 += o.OverdueAge.Over120
	c.WeightAssigned += o.WeightAssigned
	c.WeightDoneOnTime += o.WeightDoneOnTime
	c.WeightDoneLate += o.WeightDoneLate
}

// Count adds task k, which must belong to the period, at as-of date t.
func (c *Counts) Count(k *Task, t vn.Date) {
	c.Assigned++
	c.WeightAssigned += k.Weight
	due := !k.Due.IsZero() && !k.Due.After(t)
	if due {
		c.Due++
	}
	switch k.TimelinessAt(t) {
	case DoneOnTime:
		c.DoneOnTime++
		c.WeightDoneOnTime += k.Weight
	case DoneLate:
		c.DoneLate++
		c.WeightDoneLate += k.Weight
	case InProgress:
		c.InProgress++
		return
	case Overdue:
		c.Overdue++
		c.OverdueAge.Add(k.OverdueDays(t))
		return
	default:
		c.Continuous++
		return
	}
	if due {
		c.DoneDue++
	}
}

// Done is the number of completed tasks.
func (c Counts) Done() int { return c.DoneOnTime + c.DoneLate }

// CompletionRate is completed ÷ assigned (VPCP 2025 style); nil when
// nothing was assigned.
func (c Counts) CompletionRate() *float64 { return ratio(c.Done(), c.Assigned) }

// CompletionRateDue is completed ÷ due by the as-of date (VPCP 2017
// style), counting only completed tasks that were due; nil when none was.
func (c Counts) CompletionRateDue() *float64 { return ratio(c.DoneDue, c.Due) }

// OnTimeRate is completed on time ÷ completed; nil when none completed.
func (c Counts) OnTimeRate() *float64 { return ratio(c.DoneOnTime, c.Done()) }

func ratio(n, d int) *float64 {
	if d == 0 {
		return nil
	}
	r := float64(n) / float64(d)
	return &r
}

// StatsGroup says what the statistics are broken down by.
type StatsGroup string

// Breakdowns (docs/DOMAIN.md §11). Assignee groups by the person the lead unit
// passed the task to, for grading people.
const (
	GroupOrg      StatsGroup = "org"      // lead organisation
	GroupLeader   StatsGroup = "leader"   // assigning leader
	GroupDocument StatsGroup = "document" // source document
	GroupCategory StatsGroup = "category"
	GroupAssignee StatsGroup = "assignee"
	GroupPlace    StatsGroup = "place" // place of the register
)

// StatsGroups lists every breakdown.
var StatsGroups = []StatsGroup{GroupOrg, GroupLeader, GroupDocument, GroupCategory, GroupAssignee, GroupPlace}

// StatsQuery asks for the counts of the tasks of a period at an as-of date.
type StatsQuery struct {
	Period DateRange
	AsOf   vn.Date
	// LeadOrgIDs keeps the tasks led by one of these organisations; nil
	// keeps every task.
	LeadOrgIDs []int64
	Group      StatsGroup
	Weighted   bool // also sum the workload weights
}

// StatsRow is the counts of one group. Key is the lead organisation,
// leader, document, assignee or place id in decimal ("" for tasks with none), or
// the category.
type StatsRow struct {
	Key string
	Counts
}

// StatsStore answers the statistics queries.
type StatsStore interface {
	// TaskStats counts, per group key, the tasks that belong to q.Period at
	// q.AsOf (Task.InPeriod). Groups without tasks are left out.
	TaskStats(ctx context.Context, q StatsQuery) ([]StatsRow, error)
	// StatsVersion returns a number that changes with every committed write
	// that may change a statistic, or ok=false when the engine cannot give
	// one exactly; statistics may be cached only under such a version.
	StatsVersion(ctx context.Context) (version int64, ok bool, err error)
	// OrgActivity returns, per lead organisation in leadOrgIDs (nil: all)
	// leading tasks that await a report at asOf (Task.AwaitsReport, with
	// the states in force then), how many, and the date of its latest
	// progress report on them dated on or before asOf.
	OrgActivity(ctx context.Context, leadOrgIDs []int64, asOf vn.Date) ([]OrgActivity, error)
}

// OrgActivity is how recently a unit reported on the tasks that await its
// reports.
type OrgActivity struct {
	OrgID      int64
	OpenTasks  int
	LastReport vn.Date // the latest report's as-of date; zero: never
}

// AwaitsReport tells whether, at the end of day t, task k is work its lead
// unit owes progress reports on: counted at t (neither withdrawn nor
// assigned after t), not completed by t, and not postponed. It is half of
// the one definition of a quiet unit, which the dashboard and the briefing
// pack share (the other half is Quiet); the store's twin is OrgActivity.
func (k *Task) AwaitsReport(t vn.Date) bool {
	switch k.TimelinessAt(t) {
	case InProgress, Overdue, Continuous:
		return k.Status != StatusPostponed
	}
	return false
}

// Quiet tells how many days a unit leading tasks that await its reports
// (AwaitsReport) has been silent at t, given the as-of date of its latest
// report on them (zero: never; days is then -1), and whether that makes it
// quiet: it never reported, or more than limit days ago.
func Quiet(last, t vn.Date, limit int) (days int, quiet bool) {
	if last.IsZero() {
		return -1, true
	}
	days = t.Sub(last)
	return days, days > limit
}

// StatsCells names every count of a statistics row, as the API, the
// drill-down links and the exports call them.
var StatsCells = []string{"assigned", "due", "done_due", "done_on_time", "done_late", "in_progress", "overdue",
	"continuous", "overdue_0_30", "overdue_31_90", "overdue_91_120", "overdue_over_120"}

// Cell returns the count named cell (one of StatsCells).
func (c Counts) Cell(name string) (int, bool) {
	v, ok := map[string]int{
		"assigned": c.Assigned, "due": c.Due, "done_due": c.DoneDue, "done_on_time": c.DoneOnTime,
		"done_late": c.DoneLate, "in_progress": c.InProgress, "overdue": c.Overdue, "continuous": c.Continuous,
		"overdue_0_30": c.OverdueAge.UpTo30, "overdue_31_90": c.OverdueAge.From31To90,
		"overdue_91_120": c.OverdueAge.From91To120, "overdue_over_120": c.OverdueAge.Over120,
	}[name]
	return v, ok
}

// CellFilter returns the task filter that lists exactly the tasks one
// cell counts: the tasks of the period at the as-of date, led by one of
// q.LeadOrgIDs (when set), in the group key, narrowed by the cell. The
// conformance suite checks, cell by cell, that FindTasks with it totals
// the count TaskStats gives.
func (q StatsQuery) CellFilter(key, cell string) (TaskFilter, error) {
	f := TaskFilter{Period: q.Period, AsOf: q.AsOf}
	if q.LeadOrgIDs != nil {
		f.OrgIDs, f.Role = q.LeadOrgIDs, AsLead
	}
	if err := f.narrowToGroup(q.Group, key); err != nil {
		return f, err
	}
	return f.ForCell(cell)
}

// ForCell narrows a filter of the tasks of a period (Period and AsOf set)
// to the tasks one cell counts.
func (f TaskFilter) ForCell(cell string) (TaskFilter, error) {
	T := f.AsOf
	switch cell {
	case "assigned":
	case "due":
		f.DueTo = T
	case "done_due":
		f.DueTo, f.Timeliness = T, []Timeliness{DoneOnTime, DoneLate}
	case "done_on_time", "done_late", "in_progress", "overdue", "continuous":
		f.Timeliness = []Timeliness{Timeliness(cell)}
	default:
		b, ok := ageBucket(cell)
		if !ok {
			return f, FieldError("cell", "Ô thống kê không hợp lệ")
		}
		f.Timeliness = []Timeliness{Overdue}
		f.DueTo = T.AddDays(-b.Min)
		if b.Max > 0 {
			f.DueFrom = T.AddDays(-b.Max)
		}
	}
	return f, nil
}

// narrowToGroup restricts f to the tasks of one group key.
func (f *TaskFilter) narrowToGroup(g StatsGroup, key string) error {
	id := func() (*int64, error) {
		if key == "" {
			var none int64
			return &none, nil
		}
		n, err := strconv.ParseInt(key, 10, 64)
		if err != nil || n < 1 {
			return nil, FieldError("key", "Khóa nhóm không hợp lệ")
		}
		return &n, nil
	}
	var err error
	switch g {
	case GroupOrg:
		var p *int64
		if p, err = id(); err == nil {
			f.OrgIDs, f.Role = []int64{*p}, AsLead
		}
	case GroupLeader:
		f.AssignerID, err = id()
	case GroupDocument:
		f.DocumentID, err = id()
	case GroupAssignee:
		f.AssigneeID, err = id()
	case GroupPlace:
		f.PlaceID, err = id()
	case GroupCategory:
		f.Category = Category(key)
	default:
		err = FieldError("group", "Cách nhóm thống kê không hợp lệ")
	}
	return err
}

func ageBucket(cell string) (b struct {
	Key      string
	Min, Max int
}, ok bool) {
	for _, b := range AgeBuckets {
		if "overdue_"+b.Key == cell {
			return b, true
		}
	}
	return b, false
}
