package service

import (
	"context"
	"slices"
	"sort"
	"time"

	"tiendo"
	"tiendo/vn"
)

// DefaultSilentDays is after how many days without a progress report a
// unit is listed as silent in the briefing pack.
const DefaultSilentDays = 14

// maxPackUpdates bounds how many overdue tasks get their latest report
// looked up (one query each).
const maxPackUpdates = 200

// PackTask is a task as the briefing pack shows it.
type PackTask struct {
	*tiendo.Task
	Lead        string            `json:"lead"`
	Timeliness  tiendo.Timeliness `json:"timeliness"`
	OverdueDays int               `json:"overdue_days"`
	LastUpdate  *tiendo.Update    `json:"last_update,omitempty"`
}

// PackUnit groups a unit's tasks (the overdue list is by unit).
type PackUnit struct {
	OrgID int64      `json:"org_id"`
	Name  string     `json:"name"`
	Tasks []PackTask `json:"tasks"`
}

// SilentUnit is a unit with open tasks and no progress report for a while.
type SilentUnit struct {
	OrgID      int64   `json:"org_id"`
	Name       string  `json:"name"`
	OpenTasks  int     `json:"open_tasks"`
	LastUpdate vn.Date `json:"last_update"` // zero: never reported
	Days       int     `json:"days"`        // since the last report; -1 for never
}

// ReportingUnit is a unit the chair asked to report, with its figures.
type ReportingUnit struct {
	OrgID     int64  `json:"org_id"`
	Name      string `json:"name"`
	Open      int    `json:"open"`
	Overdue   int    `json:"overdue"`
	Completed int    `json:"completed"` // in the pack's period
}

// Pack is the briefing pack of a meeting, built from live data for the
// period since the previous meeting of the series.
type Pack struct {
	Meeting             *tiendo.Meeting       `json:"meeting"`
	Series              *tiendo.MeetingSeries `json:"series"`
	Org                 string                `json:"org"`
	Previous            *tiendo.Meeting       `json:"previous"`
	From                vn.Date               `json:"from"`
	AsOf                vn.Date               `json:"as_of"`
	Next                vn.Date               `json:"next"` // next meeting, or the expected one
	SilentDays          int                   `json:"silent_days"`
	Completed           []PackTask            `json:"completed"`
	Overdue             []PackUnit            `json:"overdue"`
	DueSoon             []PackTask            `json:"due_soon"`
	Extensions          []PackTask            `json:"extensions"`
	Targets             []TargetLine          `json:"targets"`
	Silent              []SilentUnit          `json:"silent"`
	Reporting           []ReportingUnit       `json:"reporting"`
	PreviousConclusions []PackTask            `json:"previous_conclusions"`
	Conclusions         []PackTask            `json:"conclusions"`
	NoticeLate          bool                  `json:"notice_late"`
	Cases               *CaseStatsResult      `json:"cases,omitempty"`    // the 197 casework of the period; nil: no case
	CasesBy             tiendo.CaseGroup      `json:"cases_by,omitempty"` // ward, or place within one ward
}

// OffTrack counts the targets at risk or developing.
func (p *Pack) OffTrack() int {
	n := 0
	for _, t := range p.Targets {
		if t.Assessment.Status == tiendo.TargetAtRisk || t.Assessment.Status == tiendo.TargetDeveloping {
			n++
		}
	}
	return n
}

// MeetingPack builds the briefing pack of a meeting. The tasks are those
// led by the meeting organisation's subtree or an attending
// organisation's, or assigned by the meeting organisation's subtree, as
// far as the actor may see them. silentDays ≤ 0 takes DefaultSilentDays.
func (s *Service) MeetingPack(ctx context.Context, id int64, silentDays int) (*Pack, error) {
	m, sc, err := s.visibleMeeting(ctx, s.store, id)
	if err != nil {
		return nil, err
	}
	if silentDays <= 0 {
		silentDays = DefaultSilentDays
	}
	series, err := s.store.FindSeriesByID(ctx, m.SeriesID)
	if err != nil {
		return nil, err
	}
	p := &Pack{Meeting: m, Series: series, SilentDays: silentDays, AsOf: m.Date, NoticeLate: m.NoticeLate(s.today())}
	if o := sc.tree.Org(m.OrgID); o != nil {
		p.Org = o.Name
	}
	if s.today().Before(p.AsOf) {
		p.AsOf = s.today()
	}
	if err := s.packDates(ctx, p); err != nil {
		return nil, err
	}
	tasks, err := s.packTasks(ctx, sc, m, p.AsOf)
	if err != nil {
		return nil, err
	}
	names := func(id int64) string {
		if o := sc.tree.Org(id); o != nil {
			return o.Name
		}
		return ""
	}
	pt := func(t *tiendo.Task) PackTask {
		return PackTask{Task: t, Lead: names(t.LeadOrgID), Timeliness: t.TimelinessAt(p.AsOf), OverdueDays: t.OverdueDays(p.AsOf)}
	}
	s.packSections(p, tasks, pt)
	if p.AsOf.Before(s.today()) {
		if p.Extensions, err = s.packPendingExtensions(ctx, p, tasks, pt); err != nil {
			return nil, err
		}
	}
	if err := s.packOverdue(ctx, p, tasks, pt); err != nil {
		return nil, err
	}
	if err := s.packUnits(ctx, sc, p, tasks, names); err != nil {
		return nil, err
	}
	if err := s.packCases(ctx, sc, p); err != nil {
		return nil, err
	}
	if p.Targets, err = s.ListTargets(ctx, append([]int64{m.OrgID}, m.AttendeeOrgIDs...)); err != nil {
		return nil, err
	}
	sort.SliceStable(p.Targets, func(i, j int) bool {
		return statusRank(p.Targets[i].Assessment.Status) < statusRank(p.Targets[j].Assessment.Status)
	})
	for _, pair := range []struct {
		meeting *tiendo.Meeting
		dst     *[]PackTask
	}{{p.Previous, &p.PreviousConclusions}, {m, &p.Conclusions}} {
		if pair.meeting == nil {
			continue
		}
		ts, err := s.conclusionTasks(ctx, sc, pair.meeting.ID)
		if err != nil {
			return nil, err
		}
		if ts, err = s.tasksAt(ctx, ts, p.AsOf); err != nil {
			return nil, err
		}
		for _, t := range ts {
			*pair.dst = append(*pair.dst, pt(t))
		}
	}
	return p, nil
}

func statusRank(st tiendo.TargetStatus) int {
	return slices.Index([]tiendo.TargetStatus{tiendo.TargetAtRisk, tiendo.TargetDeveloping, tiendo.TargetUnknown, tiendo.TargetOnTrack}, st)
}

// packDates finds the previous and next meetings of the series; without a
// previous one the period is one cycle of the series long.
func (s *Service) packDates(ctx context.Context, p *Pack) error {
	m := p.Meeting
	prev, err := s.store.FindMeetings(ctx, tiendo.MeetingFilter{SeriesID: &m.SeriesID, To: m.Date.AddDays(-1), Desc: true, Limit: 1})
	if err != nil {
		return err
	}
	next, err := s.store.FindMeetings(ctx, tiendo.MeetingFilter{SeriesID: &m.SeriesID, From: m.Date.AddDays(1), Limit: 50})
	if err != nil {
		return err
	}
	// The next meeting as known at the pack's as-of date: one scheduled
	// (entered) by then, else the one the series' rhythm expects.
	next = slices.DeleteFunc(next, func(n *tiendo.Meeting) bool { return vn.DateOf(n.CreatedAt).After(p.AsOf) })
	cycle := func(d vn.Date, sign int) vn.Date {
		switch p.Series.Frequency {
		case tiendo.Weekly:
			return d.AddDays(7 * sign)
		case tiendo.Monthly:
			return vn.NewDate(d.Year, d.Month+timeMonth(sign), d.Day)
		}
		return d.AddDays(14 * sign)
	}
	p.From = cycle(m.Date, -1).AddDays(1)
	if len(prev) == 1 {
		p.Previous, p.From = prev[0], prev[0].Date.AddDays(1)
	}
	p.Next = cycle(m.Date, 1)
	if len(next) > 0 {
		p.Next = next[0].Date
	}
	return nil
}

// packTasks loads the tasks the pack covers, in the actor's scope, as
// they stood at the end of asOf (Task.At): counted then (not withdrawn,
// not assigned later), with the deadline, status and completion in force.
func (s *Service) packTasks(ctx context.Context, sc *scope, m *tiendo.Meeting, asOf vn.Date) ([]*tiendo.Task, error) {
	var leads []int64
	for _, root := range append([]int64{m.OrgID}, m.AttendeeOrgIDs...) {
		leads = append(leads, sc.tree.Subtree(root)...)
	}
	base := tiendo.TaskFilter{Unscoped: true}
	if ids, restricted := sc.visibleOrgIDs(); restricted {
		base = tiendo.TaskFilter{ScopeOrgIDs: ids}
	}
	base.AsOf = asOf
	led, by := base, base
	led.OrgIDs, led.Role = uniqueIDs(leads), tiendo.AsLead
	by.AssignedBy = sc.tree.Subtree(m.OrgID)
	seen := map[int64]bool{}
	var out []*tiendo.Task
	for _, f := range []tiendo.TaskFilter{led, by} {
		ts, err := s.allTasks(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, t := range ts {
			if !seen[t.ID] && t.TimelinessAt(asOf) != tiendo.Excluded {
				seen[t.ID] = true
				out = append(out, t)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// packSections fills the completed, due-soon and extension lists.
func (s *Service) packSections(p *Pack, tasks []*tiendo.Task, pt func(*tiendo.Task) PackTask) {
	for _, t := range tasks {
		if !t.CompletedOn.IsZero() && !t.CompletedOn.Before(p.From) && !t.CompletedOn.After(p.AsOf) {
			p.Completed = append(p.Completed, pt(t))
		}
		open := t.CompletedOn.IsZero() && t.Status != tiendo.StatusPostponed
		if open && !t.Due.IsZero() && t.Due.After(p.AsOf) && !t.Due.After(p.Next) {
			p.DueSoon = append(p.DueSoon, pt(t))
		}
		if t.Status == tiendo.StatusExtensionRequested {
			p.Extensions = append(p.Extensions, pt(t))
		}
	}
	sort.SliceStable(p.DueSoon, func(i, j int) bool { return p.DueSoon[i].Due.Before(p.DueSoon[j].Due) })
}

// packPendingExtensions lists, for a pack dated before today, the tasks
// with an extension request pending at its as-of date: asked by then and
// not decided by then. (The task's status says so only for today.)
func (s *Service) packPendingExtensions(ctx context.Context, p *Pack, tasks []*tiendo.Task, pt func(*tiendo.Task) PackTask) ([]PackTask, error) {
	var out []PackTask
	for _, t := range tasks {
		if tl := t.TimelinessAt(p.AsOf); tl != tiendo.InProgress && tl != tiendo.Overdue {
			continue
		}
		es, err := s.store.FindExtensions(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		for _, e := range es {
			if !vn.DateOf(e.CreatedAt).After(p.AsOf) && (e.DecidedAt == nil || vn.DateOf(*e.DecidedAt).After(p.AsOf)) {
				out = append(out, pt(t))
				break
			}
		}
	}
	return out, nil
}

// tasksAt returns tasks as they stood at the end of day asOf (Task.At)
// when it is before today, reading each one's history.
func (s *Service) tasksAt(ctx context.Context, tasks []*tiendo.Task, asOf vn.Date) ([]*tiendo.Task, error) {
	if !asOf.Before(s.today()) {
		return tasks, nil
	}
	out := make([]*tiendo.Task, len(tasks))
	for i, t := range tasks {
		h, err := s.store.FindTaskHistory(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		out[i] = t.At(asOf, h)
	}
	return out, nil
}

// packOverdue groups the overdue tasks by lead unit, longest overdue
// first, with each task's latest progress report.
func (s *Service) packOverdue(ctx context.Context, p *Pack, tasks []*tiendo.Task, pt func(*tiendo.Task) PackTask) error {
	byUnit := map[int64]*PackUnit{}
	looked := 0
	for _, t := range tasks {
		if t.TimelinessAt(p.AsOf) != tiendo.Overdue {
			continue
		}
		row := pt(t)
		if looked < maxPackUpdates {
			looked++
			ups, err := s.store.FindUpdates(ctx, t.ID)
			if err != nil {
				return err
			}
			for i := len(ups) - 1; i >= 0; i-- {
				if !ups[i].AsOf.After(p.AsOf) {
					row.LastUpdate = ups[i]
					break
				}
			}
		}
		u := byUnit[t.LeadOrgID]
		if u == nil {
			u = &PackUnit{OrgID: t.LeadOrgID, Name: row.Lead}
			byUnit[t.LeadOrgID] = u
		}
		u.Tasks = append(u.Tasks, row)
	}
	for _, u := range byUnit {
		sort.SliceStable(u.Tasks, func(i, j int) bool { return u.Tasks[i].OverdueDays > u.Tasks[j].OverdueDays })
		p.Overdue = append(p.Overdue, *u)
	}
	sort.Slice(p.Overdue, func(i, j int) bool {
		if len(p.Overdue[i].Tasks) != len(p.Overdue[j].Tasks) {
			return len(p.Overdue[i].Tasks) > len(p.Overdue[j].Tasks)
		}
		return p.Overdue[i].Name < p.Overdue[j].Name
	})
	return nil
}

// packUnits lists the silent units (quietAmong, as the dashboard: the
// lead units of the pack's tasks that await a report at its as-of date)
// and the units asked to report.
func (s *Service) packUnits(ctx context.Context, sc *scope, p *Pack, tasks []*tiendo.Task, name func(int64) string) error {
	leads := []int64{}
	seen := map[int64]bool{}
	for _, t := range tasks {
		if t.AwaitsReport(p.AsOf) && !seen[t.LeadOrgID] {
			seen[t.LeadOrgID] = true
			leads = append(leads, t.LeadOrgID)
		}
	}
	quiet, err := s.quietAmong(ctx, leads, p.AsOf, p.SilentDays)
	if err != nil {
		return err
	}
	for _, q := range quiet {
		p.Silent = append(p.Silent, SilentUnit{OrgID: q.OrgID, Name: name(q.OrgID), OpenTasks: q.OpenTasks, LastUpdate: q.LastReport, Days: q.Days})
	}
	sort.Slice(p.Silent, func(i, j int) bool { return p.Silent[i].Name < p.Silent[j].Name })
	for _, id := range p.Meeting.ReportOrgIDs {
		r := ReportingUnit{OrgID: id, Name: name(id)}
		for _, t := range tasks {
			if !sc.tree.Under(t.LeadOrgID, id) {
				continue
			}
			switch tl := t.TimelinessAt(p.AsOf); {
			case tl == tiendo.Overdue:
				r.Overdue++
				r.Open++
			case tl == tiendo.InProgress || tl == tiendo.Continuous:
				r.Open++
			}
			if !t.CompletedOn.IsZero() && !t.CompletedOn.Before(p.From) && !t.CompletedOn.After(p.AsOf) {
				r.Completed++
			}
		}
		p.Reporting = append(p.Reporting, r)
	}
	return nil
}

// timeMonth converts a signed month count for vn.NewDate arithmetic.
func timeMonth(n int) time.Month { return time.Month(n) }
