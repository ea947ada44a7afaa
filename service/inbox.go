package service

import (
	"context"
	"sort"
	"time"

	"tiendo"
	"tiendo/vn"
)

// InboxItems is how many items each inbox section shows; the count and
// the link to the full list cover the rest.
const InboxItems = 5

// InboxSessionGap: a visit this long after the previous one starts a new
// session, and "new since my last visit" then counts from that previous
// visit. Within a session the list stays put, so a reload does not empty it.
const InboxSessionGap = 4 * time.Hour

// inboxFirstVisit is how far back "new" reaches on an account's first visit.
const inboxFirstVisit = 7 * 24 * time.Hour

// inboxDueSoonDays: an officer's open task due within this many days is
// in "due soon or overdue".
const inboxDueSoonDays = 7

// Inbox section keys ("Việc cần xử lý"), per role (docs/DOMAIN.md).
const (
	InboxDue           = "officer.due"         // my unit's open tasks due soon or overdue
	InboxReturned      = "officer.returned"    // results the office sent back, with the reason
	InboxExplain       = "officer.explain"     // explanation requests to answer
	InboxNew           = "officer.new"         // tasks given to my unit since my last visit
	InboxConfirm       = "office.confirm"      // results waiting for confirmation, oldest first
	InboxOfficeExtend  = "office.extensions"   // extension requests waiting
	InboxOfficeOverdue = "office.overdue"      // overdue tasks my units assigned
	InboxConclusions   = "office.conclusions"  // last giao ban with no conclusion task yet
	InboxDecide        = "leader.extensions"   // extension requests to decide
	InboxAnswers       = "leader.explanations" // explanation answers to read
	InboxUnits         = "leader.units"        // units with the most overdue tasks
)

// InboxItem is one line of a section: a task, an explanation request (with
// its task), a meeting, or a unit with its count.
type InboxItem struct {
	Task        *tiendo.Task               `json:"task,omitempty"`
	Explanation *tiendo.ExplanationRequest `json:"explanation,omitempty"`
	Meeting     *tiendo.Meeting            `json:"meeting,omitempty"`
	OrgID       int64                      `json:"org_id,omitempty"`
	OrgName     string                     `json:"org_name,omitempty"`
	// Days: overdue days (positive) or days left (negative or zero) of a
	// task due soon; the age of a result waiting for confirmation; days an
	// explanation is late; the number of overdue tasks of a unit.
	Days int    `json:"days"`
	Note string `json:"note,omitempty"` // a return reason
}

// InboxSection is one block of the inbox: its count and first items.
type InboxSection struct {
	Key   string      `json:"key"`
	Role  tiendo.Role `json:"role"`
	Count int         `json:"count"`
	Items []InboxItem `json:"items"`
}

// Inbox is "what must I do today" for the actor: a section per duty of
// every role it holds, and the total of their counts.
type Inbox struct {
	AsOf     vn.Date        `json:"as_of"`
	Since    time.Time      `json:"since"` // "new" counts from here
	Total    int            `json:"total"`
	Sections []InboxSection `json:"sections"`
	items    int            // items per section: InboxItems, or 0 for counts only
}

// inboxRoles: which grants open which sections. An admin confirms and
// decides like the office and the leaders (ARCHITECTURE.md "Scope").
var inboxRoles = []struct {
	role  tiendo.Role
	holds []tiendo.Role
}{
	{tiendo.RoleOfficer, []tiendo.Role{tiendo.RoleOfficer}},
	{tiendo.RoleOffice, []tiendo.Role{tiendo.RoleOffice, tiendo.RoleAdmin}},
	{tiendo.RoleLeader, []tiendo.Role{tiendo.RoleLeader, tiendo.RoleAdmin}},
}

// Inbox gathers the actor's inbox at asOf (zero: today). It reads only.
func (s *Service) Inbox(ctx context.Context, asOf vn.Date) (*Inbox, error) {
	return s.inbox(ctx, asOf, InboxItems)
}

// InboxTotal is the inbox's total alone, for the navigation of every
// page: the same counts, without reading the items.
func (s *Service) InboxTotal(ctx context.Context, asOf vn.Date) (int, error) {
	in, err := s.inbox(ctx, asOf, 0)
	if err != nil {
		return 0, err
	}
	return in.Total, nil
}

func (s *Service) inbox(ctx context.Context, asOf vn.Date, items int) (*Inbox, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if asOf.IsZero() {
		asOf = s.today()
	}
	v, err := s.store.FindInboxVisit(ctx, sc.actor.AccountID)
	if err != nil {
		return nil, err
	}
	in := &Inbox{AsOf: asOf, Since: v.PreviousAt, Sections: []InboxSection{}, items: items}
	if in.Since.IsZero() {
		in.Since = s.clock.Now().Add(-inboxFirstVisit)
	}
	for _, r := range inboxRoles {
		orgs, ok := roleOrgs(sc, r.holds...)
		if !ok {
			continue
		}
		var secs []InboxSection
		switch r.role {
		case tiendo.RoleOfficer:
			secs, err = s.officerInbox(ctx, orgs, in)
		case tiendo.RoleOffice:
			secs, err = s.officeInbox(ctx, orgs, in)
		case tiendo.RoleLeader:
			secs, err = s.leaderInbox(ctx, orgs, in)
		}
		if err != nil {
			return nil, err
		}
		for i := range secs {
			secs[i].Role = r.role
			in.Total += secs[i].Count
		}
		in.Sections = append(in.Sections, secs...)
	}
	return in, nil
}

// SeeInbox records the actor's visit to its inbox: after a gap of
// InboxSessionGap the previous visit becomes the start of "new".
func (s *Service) SeeInbox(ctx context.Context) error {
	a, err := actor(ctx)
	if err != nil {
		return err
	}
	if a.AccountID == 0 {
		return nil // the CLI and internal jobs have no inbox
	}
	v, err := s.store.FindInboxVisit(ctx, a.AccountID)
	if err != nil {
		return err
	}
	now := s.clock.Now()
	if !v.SeenAt.IsZero() && now.Sub(v.SeenAt) >= InboxSessionGap {
		v.PreviousAt = v.SeenAt
	}
	v.SeenAt = now
	return s.store.PutInboxVisit(ctx, v)
}

// roleOrgs lists the organisations where the actor holds one of roles
// (tiendo.RoleOrgIDs): nil with ok when a grant covers the whole tree, and
// ok false when it holds none of them.
func roleOrgs(sc *scope, roles ...tiendo.Role) (ids []int64, ok bool) {
	ids, _, ok = tiendo.RoleOrgIDs(sc.actor, sc.tree, roles...)
	return ids, ok
}

// workingStatuses are the open statuses in which the lead unit has to act.
var workingStatuses = []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusInProgress,
	tiendo.StatusReturned, tiendo.StatusExtensionRequested}

func (s *Service) officerInbox(ctx context.Context, orgs []int64, in *Inbox) ([]InboxSection, error) {
	lead := func(f tiendo.TaskFilter) tiendo.TaskFilter {
		f.OrgIDs, f.Role = orEmpty(orgs), tiendo.AsLead
		return f
	}
	due, err := s.taskSection(ctx, InboxDue, in, lead(tiendo.TaskFilter{Statuses: workingStatuses,
		DueTo: in.AsOf.AddDays(inboxDueSoonDays), Sort: tiendo.SortOverdue}), func(t *tiendo.Task) int {
		return in.AsOf.Sub(t.Due)
	})
	if err != nil {
		return nil, err
	}
	ret, err := s.taskSection(ctx, InboxReturned, in, lead(tiendo.TaskFilter{
		Statuses: []tiendo.Status{tiendo.StatusReturned}, Sort: tiendo.SortDue}), nil)
	if err != nil {
		return nil, err
	}
	for i := range ret.Items {
		ret.Items[i].Note = ret.Items[i].Task.StatusReason
	}
	open := false
	exp, err := s.explanationSection(ctx, InboxExplain, tiendo.ExplanationFilter{OrgIDs: orgs, Answered: &open}, in)
	if err != nil {
		return nil, err
	}
	f := tiendo.TaskFilter{OrgIDs: orEmpty(orgs), CreatedAfter: in.Since, Sort: tiendo.SortCreated, Desc: true}
	news, err := s.taskSection(ctx, InboxNew, in, f, nil)
	if err != nil {
		return nil, err
	}
	return []InboxSection{due, ret, exp, news}, nil
}

func (s *Service) officeInbox(ctx context.Context, orgs []int64, in *Inbox) ([]InboxSection, error) {
	by := func(f tiendo.TaskFilter) tiendo.TaskFilter {
		f.AssignedBy = orgs // nil: a whole-tree admin, every task
		return f
	}
	confirm, err := s.taskSection(ctx, InboxConfirm, in, by(tiendo.TaskFilter{
		Statuses: []tiendo.Status{tiendo.StatusReportedDone}, Sort: tiendo.SortReported}), func(t *tiendo.Task) int {
		return in.AsOf.Sub(t.ReportedOn)
	})
	if err != nil {
		return nil, err
	}
	ext, err := s.taskSection(ctx, InboxOfficeExtend, in, by(tiendo.TaskFilter{
		Statuses: []tiendo.Status{tiendo.StatusExtensionRequested}, Sort: tiendo.SortDue}), nil)
	if err != nil {
		return nil, err
	}
	late, err := s.taskSection(ctx, InboxOfficeOverdue, in, by(tiendo.TaskFilter{
		Timeliness: []tiendo.Timeliness{tiendo.Overdue}, Sort: tiendo.SortOverdue}), func(t *tiendo.Task) int {
		return t.OverdueDays(in.AsOf)
	})
	if err != nil {
		return nil, err
	}
	concl, err := s.conclusionSection(ctx, orgs, in)
	if err != nil {
		return nil, err
	}
	return []InboxSection{confirm, ext, late, concl}, nil
}

func (s *Service) leaderInbox(ctx context.Context, orgs []int64, in *Inbox) ([]InboxSection, error) {
	decide, err := s.taskSection(ctx, InboxDecide, in, tiendo.TaskFilter{AssignedBy: orgs,
		Statuses: []tiendo.Status{tiendo.StatusExtensionRequested}, Sort: tiendo.SortDue}, nil)
	if err != nil {
		return nil, err
	}
	answered := true
	answers, err := s.explanationSection(ctx, InboxAnswers, tiendo.ExplanationFilter{OrgIDs: orgs, Answered: &answered,
		AnsweredFrom: vn.DateOf(in.Since)}, in)
	if err != nil {
		return nil, err
	}
	units, err := s.unitSection(ctx, orgs, in)
	if err != nil {
		return nil, err
	}
	return []InboxSection{decide, answers, units}, nil
}

// orEmpty keeps a restricted list restricted: an actor with grants whose
// subtrees hold no organisation matches nothing, never everything.
func orEmpty(ids []int64) []int64 {
	if ids == nil {
		return nil
	}
	return append([]int64{}, ids...)
}

// taskSection lists the first items of f through ListTasks (the actor's
// scope, the task list's planner) and its total; days, when given, fills
// each item's Days.
func (s *Service) taskSection(ctx context.Context, key string, in *Inbox, f tiendo.TaskFilter, days func(*tiendo.Task) int) (InboxSection, error) {
	f.AsOf, f.Page = in.AsOf, tiendo.Page{Page: 1, PerPage: max(in.items, 1)}
	tasks, total, err := s.ListTasks(ctx, f)
	if err != nil {
		return InboxSection{}, err
	}
	sec := InboxSection{Key: key, Count: total, Items: make([]InboxItem, 0, len(tasks))}
	for _, t := range tasks[:min(len(tasks), in.items)] {
		it := InboxItem{Task: t}
		if days != nil {
			it.Days = days(t)
		}
		sec.Items = append(sec.Items, it)
	}
	return sec, nil
}

// explanationSection lists explanation requests with their tasks; a task
// outside the actor's scope is left out of the items (never shown).
func (s *Service) explanationSection(ctx context.Context, key string, f tiendo.ExplanationFilter, in *Inbox) (InboxSection, error) {
	f.Page = tiendo.Page{Page: 1, PerPage: max(in.items, 1)}
	list, total, err := s.store.FindExplanationRequests(ctx, f)
	if err != nil {
		return InboxSection{}, err
	}
	sec := InboxSection{Key: key, Count: total, Items: make([]InboxItem, 0, len(list))}
	list = list[:min(len(list), in.items)]
	if len(list) == 0 {
		return sec, nil
	}
	ids := make([]int64, len(list))
	for i, e := range list {
		ids[i] = e.TaskID
	}
	// One read for the items' tasks, through the actor's scope.
	tasks, _, err := s.ListTasks(ctx, tiendo.TaskFilter{IDs: ids, Page: tiendo.Page{Page: 1, PerPage: len(ids)}})
	if err != nil {
		return InboxSection{}, err
	}
	byID := make(map[int64]*tiendo.Task, len(tasks))
	for _, t := range tasks {
		byID[t.ID] = t
	}
	for _, e := range list {
		if t := byID[e.TaskID]; t != nil {
			sec.Items = append(sec.Items, InboxItem{Task: t, Explanation: e, Days: e.LateDays(in.AsOf)})
		}
	}
	return sec, nil
}

// conclusionSection lists, per meeting series of the office's units, the
// last meeting held on or before asOf when no task records its conclusions
// yet.
func (s *Service) conclusionSection(ctx context.Context, orgs []int64, in *Inbox) (InboxSection, error) {
	asOf := in.AsOf
	sec := InboxSection{Key: InboxConclusions, Items: []InboxItem{}}
	series, err := s.store.FindSeries(ctx, orEmpty(orgs))
	if err != nil {
		return sec, err
	}
	for _, sr := range series {
		last, err := s.store.FindMeetings(ctx, tiendo.MeetingFilter{SeriesID: &sr.ID, To: asOf, Desc: true, Limit: 1})
		if err != nil {
			return sec, err
		}
		if len(last) == 0 {
			continue
		}
		ids, err := s.store.ConclusionTaskIDs(ctx, last[0].ID)
		if err != nil {
			return sec, err
		}
		if len(ids) > 0 {
			continue
		}
		sec.Count++
		if len(sec.Items) < in.items {
			sec.Items = append(sec.Items, InboxItem{Meeting: last[0], Days: asOf.Sub(last[0].Date)})
		}
	}
	return sec, nil
}

// unitSection ranks the units of the leader's statistics (this year, by
// organisation) by their overdue tasks at asOf; Count is the number of
// units with any.
func (s *Service) unitSection(ctx context.Context, orgs []int64, in *Inbox) (InboxSection, error) {
	asOf := in.AsOf
	sec := InboxSection{Key: InboxUnits, Items: []InboxItem{}}
	rep, err := s.Stats(ctx, StatsRequest{Period: vn.PeriodContaining(vn.PeriodYear, asOf, s.rules.Cutoffs),
		AsOf: asOf, Group: tiendo.GroupOrg})
	if err != nil {
		return sec, err
	}
	var items []InboxItem
	for _, r := range rep.Rows {
		if r.Overdue > 0 && (orgs == nil || containsID(orgs, r.Key.ID)) {
			items = append(items, InboxItem{OrgID: r.Key.ID, OrgName: r.Key.Name, Days: r.Overdue})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].Days > items[j].Days })
	sec.Count = len(items)
	sec.Items = append(sec.Items, items[:min(len(items), in.items)]...)
	return sec, nil
}
