package sqlstore

import (
	"context"
	"database/sql"
	"iter"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Lists from the statistics index. Three views are slow in SQL at a
// million tasks because their exact total reads every task they count: a
// search with common words in a district or the whole tree ("kiem tra"
// matches 110,000 tasks; intersecting them with a district's rows costs
// 75 ms and more), the overdue tasks of the whole tree (183,000 index
// entries to count) and a district's plain list (90,000 rows). The facts
// answer them in memory: the search index gives the candidates (or every
// task is one), the facts tell which of them the scope sees (lead,
// cooperating or assigning organisation), their timeliness (through
// Task.TimelinessAt) and their order (due, id); only the page's rows are
// read from the table.
//
// The facts see only audited writes (see statsIndex), so this is opt-in
// (IndexLists, which serve turns on); a candidate the facts do not know
// sends the request to SQL.

// IndexLists lets FindTasks answer the views above from the statistics
// index once it is built. Without IndexStats it does nothing.
func (s *Store) IndexLists() { s.IndexListsFrom(bigScope) }

// IndexListsFrom is IndexLists with the smallest scope, in tasks its
// organisations lead, whose plain list the index answers (tests lower it).
func (s *Store) IndexListsFrom(minScope int) {
	if s.stats != nil {
		s.stats.lists, s.stats.minScope = true, minScope
	}
}

// listsFromIndex tells whether indexedList may answer now: turned on, the
// index built, outside a transaction.
func (s *Store) listsFromIndex() bool {
	x := s.stats
	return x != nil && x.lists && s.tx == nil && x.ready.Load()
}

// indexedList answers FindTasks from the facts when f is a view they hold
// (listFromIndex); ok is false, with nothing read, when it does not apply.
func (s *Store) indexedList(ctx context.Context, f tiendo.TaskFilter, roots []int64, ws []string) (tasks []*tiendo.Task, total int, ok bool, err error) {
	// Until serve has built the index in the background, SQL answers.
	if !listFromIndex(f, ws) || !s.listsFromIndex() {
		return nil, 0, false, nil
	}
	if s.past(s.asOf(f)) {
		return nil, 0, false, nil // the facts hold today's states: SQL reads the history
	}
	x := s.stats
	if bigScopeList(f, ws) && (roots == nil || x.ledIn(f.ScopeOrgIDs) < x.minScope) {
		return nil, 0, false, nil // a small scope's range is cheap in SQL
	}
	if len(ws) == 0 && f.Unscoped && f.OrgIDs != nil && x.ledIn(f.OrgIDs) < x.minScope/orgsScopeRatio {
		return nil, 0, false, nil // a few organisations' rows are cheap in SQL
	}
	var cand []int64
	if len(ws) > 0 {
		// Read before the version: every candidate is then known to facts
		// refreshed to it.
		var a sqlArgs
		q := s.d.IDList(s.d.SearchSet("tasks", a.add(s.d.SearchQuery(ws))))
		if cand, err = s.idList(ctx, q, a); err != nil || len(cand) == 0 {
			return []*tiendo.Task{}, 0, err == nil, err
		}
	}
	v, ok, err := s.StatsVersion(ctx)
	if err != nil || !ok {
		return nil, 0, false, err
	}
	if err := x.refresh(ctx, s, v); err != nil {
		if unavailable(err) {
			err = nil
		}
		return nil, 0, false, err
	}
	x.mu.RLock()
	page, total, known := x.list(f, s.asOf(f), cand)
	x.mu.RUnlock()
	if !known {
		return nil, 0, false, nil
	}
	tasks, err = s.tasksByID(ctx, page)
	return tasks, total, true, err
}

// idList runs a Dialect.IDList query.
func (s *Store) idList(ctx context.Context, q string, a sqlArgs) ([]int64, error) {
	var list sql.NullString
	if err := s.q().QueryRowContext(ctx, q, a...).Scan(&list); err != nil {
		return nil, s.fail(err, "tìm nhiệm vụ", "")
	}
	ids := make([]int64, 0, strings.Count(list.String, ",")+1)
	for f := range strings.SplitSeq(list.String, ",") {
		if f == "" {
			continue
		}
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return nil, s.internal("tìm nhiệm vụ", err)
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// listFromIndex tells whether f is a view the facts hold and that is worth
// answering from them: a search, every task of the tree by timeliness
// overdue, a scope's plain list, or the tasks several organisations take
// part in (an organisation's subtree as a filter), with nothing but scope,
// organisations taking part, timeliness, due range and an order by due,
// overdue or id. indexedList then weighs the scope's size.
func listFromIndex(f tiendo.TaskFilter, ws []string) bool {
	if f.OrgIDs != nil && len(f.OrgIDs) < 2 && len(ws) == 0 {
		return false // one organisation's list is one index range in SQL
	}
	if f.Role != "" && f.Role != tiendo.AsLead && f.Role != tiendo.AsCooperating {
		return false // SQL says why
	}
	if _, ok := factStatusMask(f.Statuses); !ok {
		return false // statuses the facts do not tell apart
	}
	if f.IDs != nil || f.DocumentID != nil || f.PlaceID != nil ||
		f.ParentID != nil || f.SeriesID != nil || f.Recurring || f.AssignedBy != nil || f.Category != "" ||
		!f.Period.IsZero() || f.AssignerID != nil || f.AssigneeID != nil || !f.CreatedAfter.IsZero() {
		return false
	}
	switch tiendo.TaskSort(strings.TrimPrefix(string(f.Sort), "-")) {
	case "", tiendo.SortDue, tiendo.SortOverdue, tiendo.SortID:
	default:
		return false
	}
	for _, k := range f.Timeliness {
		if !slices.Contains(tiendo.Timelinesses, k) && k != tiendo.Excluded {
			return false // SQL says why
		}
	}
	// A scope's results to confirm are one range of a partial index in SQL.
	plain := f.Timeliness == nil && f.Statuses == nil
	return len(ws) > 0 || (f.Unscoped && onlyOverdue(f)) || (bigScopeList(f, ws) && plain) || len(f.OrgIDs) > 1
}

// factStatusMask flags the fact statuses of a status filter (nil: none);
// ok is false when it names a status the facts hold as factOther.
func factStatusMask(statuses []tiendo.Status) (mask []bool, ok bool) {
	if statuses == nil {
		return nil, true
	}
	mask = make([]bool, len(factStatuses))
	for _, st := range statuses {
		i := slices.Index(factStatuses[:], st)
		if i <= int(factOther) {
			return nil, false
		}
		mask[i] = true
	}
	return mask, true
}

// bigScopeList is a list of a scope of subtrees with no words: answered
// from the facts only when the scope leads at least bigScope tasks
// (IndexListsFrom), where SQL's exact total reads every one of its rows
// (≈ 10 ms for a district's 90,000) and the facts' walk of every task
// costs about half that.
func bigScopeList(f tiendo.TaskFilter, ws []string) bool {
	return len(ws) == 0 && !f.Unscoped && f.ScopeOrgIDs != nil
}

const bigScope = 20000

// orgsScopeRatio divides bigScope for a list filtered by several
// organisations (an admin's org=ID&subtree=1, a statistics cell's link):
// SQL gathers their task_orgs rows and counts them DISTINCT, one sort entry
// a row, about ten times the cost of a scope's single task_scopes range
// (issue 19: a district of 31,000 tasks cost 48 ms of CPU that way, 62% of
// it counting). So the facts answer from bigScope/orgsScopeRatio tasks.
const orgsScopeRatio = 10

// scopeOrgs are the organisations whose tasks f's scope sees
// (scopeMembership), nil when it sees every task. When scopeRoots found
// roots, ScopeOrgIDs already holds every organisation of their subtrees.
func scopeOrgs(f tiendo.TaskFilter) []int64 {
	if f.Unscoped {
		return nil
	}
	return f.ScopeOrgIDs
}

// listEntry is a task in a list's order: overdue ones first when the
// order asks (first 0), then by due (0, no date, last either way), then id.
type listEntry struct {
	first uint8
	due   day
	id    int64
}

// list returns the ids of f's page and the total, from the candidates
// cand (every task when nil) that f's scope sees; known is false when a
// candidate is not in the facts. Call with x.mu read-locked.
func (x *statsIndex) list(f tiendo.TaskFilter, asOf vn.Date, cand []int64) (page []int64, total int, known bool) {
	visible, member := x.orgMask(scopeOrgs(f)), x.orgMask(f.OrgIDs)
	statuses, _ := factStatusMask(f.Statuses)
	sort, desc := strings.TrimPrefix(string(f.Sort), "-"), f.Desc != strings.HasPrefix(string(f.Sort), "-")
	byID := sort == string(tiendo.SortID)
	overdueFirst := sort == string(tiendo.SortOverdue) && !onlyOverdue(f)
	// Over every task, the cheap test first (hoisted: comparing the
	// category's text per task cost most of the loop).
	prefilter := cand == nil && onlyOverdue(f)
	p := f.Page.Normalize()
	top := newTopList(p.Offset()+p.PerPage, desc)
	from, to, T := dayOf(f.DueFrom), dayOf(f.DueTo), dayOf(asOf)
	fd := &x.facts
	var k tiendo.Task
	for id := range x.candidates(cand, prefilter && x.lastDone <= T) {
		if id <= 0 || int(id) >= len(fd.org) || fd.org[id] == 0 {
			if cand != nil {
				return nil, 0, false
			}
			continue
		}
		if visible != nil && !x.sees(visible, id) || member != nil && !x.takesPart(member, f.Role, id) ||
			statuses != nil && !statuses[fd.status[id]] {
			continue
		}
		due := fd.due[id]
		if (from != 0 && (due == 0 || due < from)) || (to != 0 && (due == 0 || due > to)) {
			continue
		}
		e := listEntry{due: due, id: id}
		if f.Timeliness != nil || overdueFirst {
			if prefilter && !mayBeOverdue(fd.status[id], due, fd.completed[id], T) {
				continue
			}
			k.Status = factStatuses[fd.status[id]]
			k.AssignedOn, k.Due, k.CompletedOn = x.date(fd.assigned[id]), x.date(due), x.date(fd.completed[id])
			tl := k.TimelinessAt(asOf)
			if f.Timeliness != nil && !slices.Contains(f.Timeliness, tl) {
				continue
			}
			if overdueFirst && tl != tiendo.Overdue {
				e.first = 1
			}
		}
		if byID {
			e.due = 1
		}
		total++
		top.add(e)
	}
	ids := top.sorted()
	return ids[min(p.Offset(), len(ids)):], total, true
}

// candidates yields cand, or with openOnly the tasks with no completion
// date (the only ones overdue at an as-of date on or after every
// completion: a task completed on that date is done), or every task id.
func (x *statsIndex) candidates(cand []int64, openOnly bool) iter.Seq[int64] {
	return func(yield func(int64) bool) {
		switch {
		case cand != nil:
			for _, id := range cand {
				if !yield(id) {
					return
				}
			}
		case openOnly:
			for w, word := range x.open {
				for ; word != 0; word &= word - 1 {
					if !yield(int64(w*64 + bits.TrailingZeros64(word))) {
						return
					}
				}
			}
		default:
			for id := range len(x.facts.org) {
				if !yield(int64(id)) {
					return
				}
			}
		}
	}
}

// mayBeOverdue is a cheap test true of every task overdue at T (open at T,
// a deadline before it, neither withdrawn nor postponed): the full rule
// then decides, only for these.
func mayBeOverdue(st uint8, due, completed, T day) bool {
	return st != factPostponed && st != factWithdrawn && due != 0 && due < T && (completed == 0 || completed > T)
}

// ledIn is how many tasks the organisations ids lead: a lower bound of
// the tasks a scope sees (as of the last refresh: an estimate).
func (x *statsIndex) ledIn(ids []int64) int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	n := 0
	for _, id := range ids {
		if o, ok := x.orgIdx[id]; ok && int(o) < len(x.led) {
			n += int(x.led[o])
		}
	}
	return n
}

// tasks is about how many tasks the facts hold: the highest id.
func (x *statsIndex) tasks() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.facts.org)
}

// orgMask flags, per organisation index, the organisations ids; nil for
// nil (no restriction), all false for none.
func (x *statsIndex) orgMask(ids []int64) []bool {
	if ids == nil {
		return nil
	}
	mask := make([]bool, len(x.orgIDs))
	for _, id := range ids {
		if o, ok := x.orgIdx[id]; ok {
			mask[o] = true
		}
	}
	return mask
}

// sees tells whether a task's lead, assigning or a cooperating
// organisation is visible (scopeMembership).
func (x *statsIndex) sees(visible []bool, id int64) bool {
	return visible[x.facts.org[id]] || visible[x.facts.by[id]] || x.cooperates(visible, id)
}

// takesPart tells whether an organisation of member takes part in task id
// in role (orgMembership): lead, cooperating, or either for "".
func (x *statsIndex) takesPart(member []bool, role tiendo.TaskRole, id int64) bool {
	lead := member[x.facts.org[id]]
	switch role {
	case tiendo.AsLead:
		return lead
	case tiendo.AsCooperating:
		return x.cooperates(member, id)
	}
	return lead || x.cooperates(member, id)
}

// cooperates tells whether a cooperating organisation of task id is set
// in mask.
func (x *statsIndex) cooperates(mask []bool, id int64) bool {
	e := x.facts.extra[id]
	if e[1] != spilled {
		return mask[e[0]] || mask[e[1]] // index 0, no organisation, is never set
	}
	for _, o := range x.more[id] {
		if mask[o] {
			return true
		}
	}
	return false
}

// topList keeps the first n entries added, in list order, in a heap whose
// root is the last of them.
type topList struct {
	n    int
	desc bool
	h    []listEntry
}

func newTopList(n int, desc bool) *topList { return &topList{n: n, desc: desc} }

// before orders entries as taskOrder does: first, then due (no date
// last in both directions), then id.
func (t *topList) before(a, b listEntry) bool {
	if a.first != b.first {
		return a.first < b.first
	}
	if (a.due == 0) != (b.due == 0) {
		return b.due == 0
	}
	if a.due != b.due {
		return (a.due < b.due) != t.desc
	}
	return (a.id < b.id) != t.desc
}

func (t *topList) add(e listEntry) {
	h := t.h
	if len(h) < t.n {
		h = append(h, e)
		for i := len(h) - 1; i > 0; { // sift up
			p := (i - 1) / 2
			if !t.before(h[p], h[i]) {
				break
			}
			h[p], h[i] = h[i], h[p]
			i = p
		}
		t.h = h
		return
	}
	if len(h) == 0 || !t.before(e, h[0]) {
		return
	}
	h[0] = e
	for i := 0; ; { // sift down
		l, r, last := 2*i+1, 2*i+2, i
		if l < len(h) && t.before(h[last], h[l]) {
			last = l
		}
		if r < len(h) && t.before(h[last], h[r]) {
			last = r
		}
		if last == i {
			return
		}
		h[i], h[last] = h[last], h[i]
		i = last
	}
}

// sorted returns the ids kept, in list order.
func (t *topList) sorted() []int64 {
	slices.SortFunc(t.h, func(a, b listEntry) int {
		if a.id == b.id {
			return 0
		}
		if t.before(a, b) {
			return -1
		}
		return 1
	})
	ids := make([]int64, len(t.h))
	for i, e := range t.h {
		ids[i] = e.id
	}
	return ids
}
