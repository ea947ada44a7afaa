package sqlstore

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"tiendo"
)

// A search inside a small scope (a ward, one organisation) is answered
// from the scope's tasks: their folded text is tested word by word, which
// costs a row read per task of the scope whatever the words. The full-text
// index costs a step per task matching the words anywhere, which for
// common words ("kiem tra": 109,000 of a million tasks) is far more than
// the few thousand tasks of a ward. Both tests are the same rule — each
// query word is a prefix of a word of search_folded, whose words are
// [a-z0-9]+ joined by single spaces — so the results do not depend on the
// plan.

// textScanMax is the most tasks of a scope read for a text test: at about
// 3 µs a row (CPU, measured at a million tasks), about 36 ms; the index
// intersection costs some 75 ms for "kiem tra" in any scope.
const textScanMax = 12000

// textScanMaxIndexed replaces textScanMax when lists can be answered from
// the statistics index (IndexLists): there a search costs about 0.25 µs a
// match anywhere ("kiem tra": 27 ms), which beats the text test above
// some 6,000 tasks even for the commonest words. With fewer tasks in all
// the commonest words match fewer of them, and the bound is a hundredth of
// the tasks (issue 19: at 300,000 a scope of 5,500 tasks cost 28 ms of CPU
// by the text test, "kiem tra" 12 ms from the index).
const textScanMaxIndexed = 6000

// textScanMost is the bound findByText uses.
func (s *Store) textScanMost() int {
	if s.textScan != nil {
		return *s.textScan
	}
	if !s.listsFromIndex() {
		return textScanMax
	}
	return max(min(textScanMaxIndexed, s.stats.tasks()/100), 1000)
}

// SetTextScanMax replaces the most tasks of a scope whose text a search
// tests row by row (findByText), for tests and benchmarks that compare
// the plans: 0 sends every search to the indexes. A negative n restores
// the default.
func (s *Store) SetTextScanMax(n int) {
	if n < 0 {
		s.textScan = nil
		return
	}
	s.textScan = &n
}

// findByText lists the tasks of f when its search is inside organisations'
// membership ranges (a scope subtree, one or several organisations)
// holding at most textScanMax tasks that meet the conditions the range
// repeats; ok is false, and nothing is read but that bounded count, when
// it does not apply. One pass over the range's tasks gives the ids of
// every match in order, so the total and the page.
func (s *Store) findByText(ctx context.Context, f tiendo.TaskFilter, roots []int64, ws []string) (tasks []*tiendo.Task, total int, ok bool, err error) {
	most := s.textScanMost()
	scope := f
	scope.Query = ""
	var a sqlArgs
	tw, err := s.taskCondsIn(&a, scope, roots)
	// Several organisations' rows may repeat a task: the bound then counts
	// it more than once, which only makes it stricter.
	if err != nil || len(tw.sets) != 1 || tw.sets[0].member == nil || !tw.covered() {
		return nil, 0, false, err
	}
	conds := []string{tw.sets[0].member("m")}
	for _, c := range tw.rows {
		conds = append(conds, c.sql("m"))
	}
	n, err := s.count(ctx, "SELECT COUNT(*) FROM (SELECT 1 FROM "+tw.sets[0].memberTable()+" m"+where(conds)+
		" LIMIT "+strconv.Itoa(most+1)+") x", a)
	if err != nil || n > most {
		return nil, 0, false, s.fail(err, "đếm nhiệm vụ", "")
	}
	conds = []string{s.d.Driving("t.id", tw.driving(tw.sets[0])), likeWords(&a, "t.search_folded", ws)}
	order, err := s.taskOrder(&a, f)
	if err != nil {
		return nil, 0, false, err
	}
	ids, err := s.ids(ctx, "SELECT t.id FROM tasks t"+where(conds)+" ORDER BY "+order, a, "đọc nhiệm vụ")
	if err != nil {
		return nil, 0, false, err
	}
	tasks, err = s.pageByID(ctx, ids, f.Page)
	return tasks, len(ids), true, err
}

// pageByID reads page p of the tasks of ids, in the order of ids.
func (s *Store) pageByID(ctx context.Context, ids []int64, p tiendo.Page) ([]*tiendo.Task, error) {
	p = p.Normalize()
	return s.tasksByID(ctx, ids[min(p.Offset(), len(ids)):min(p.Offset()+p.PerPage, len(ids))])
}

// tasksByID reads the tasks of ids, in the order of ids.
func (s *Store) tasksByID(ctx context.Context, ids []int64) ([]*tiendo.Task, error) {
	if len(ids) == 0 {
		return []*tiendo.Task{}, nil
	}
	var a sqlArgs
	tasks, err := s.readTasks(ctx, "SELECT "+taskColumns+" FROM tasks t WHERE "+s.inIDs(&a, "t.id", ids), a)
	if err != nil {
		return nil, err
	}
	pos := make(map[int64]int, len(ids))
	for i, id := range ids {
		pos[id] = i
	}
	slices.SortFunc(tasks, func(x, y *tiendo.Task) int { return pos[x.ID] - pos[y.ID] })
	return tasks, nil
}

// searchInRange lists the tasks of f when its search is inside one
// membership set (a scope's subtree, one or several organisations) too
// big for the text test (findByText), ordered by due or id: one query
// intersects the set's membership range with the full-text matches and
// returns the ids in the list's order, which give the total and the page.
// The general plan counted the intersection, then built it again for the
// page (issue 19: on PostgreSQL the matches of a common word are a bitmap
// heap scan of thousands of table pages, paid twice; a 25,000-task scope's
// search took 224 ms p50). ok is false when f has another shape.
func (s *Store) searchInRange(ctx context.Context, f tiendo.TaskFilter, roots []int64) (tasks []*tiendo.Task, total int, ok bool, err error) {
	sort := strings.TrimPrefix(string(f.Sort), "-")
	if sort != "" && sort != string(tiendo.SortDue) && sort != string(tiendo.SortID) &&
		(sort != string(tiendo.SortOverdue) || !onlyOverdue(f)) {
		return nil, 0, false, nil
	}
	var a sqlArgs
	tw, err := s.taskCondsIn(&a, f, roots)
	if err != nil || len(tw.sets) != 2 || tw.sets[0].member == nil || tw.sets[1].member != nil || !tw.covered() {
		return nil, 0, false, err
	}
	set := tw.sets[0]
	conds := []string{set.member("m")}
	for _, c := range tw.rows {
		conds = append(conds, c.sql("m"))
	}
	conds = append(conds, "m.task_id IN ("+tw.sets[1].sql+")")
	order, err := s.taskOrder(&a, f)
	if err != nil {
		return nil, 0, false, err
	}
	order = strings.NewReplacer("t.due", "m.due", "t.id", "m.task_id").Replace(order)
	sel := "SELECT m.task_id"
	if !set.single {
		// Several organisations' rows may repeat a task, with the same due.
		sel = "SELECT DISTINCT m.task_id, m.due"
	}
	q := sel + " FROM " + set.memberTable() + " m" + where(conds) + " ORDER BY " + order
	if !set.single {
		q = "SELECT task_id FROM (" + q + ") x"
	}
	ids, err := s.ids(ctx, q, a, "đọc nhiệm vụ")
	if err != nil {
		return nil, 0, false, err
	}
	tasks, err = s.pageByID(ctx, ids, f.Page)
	return tasks, len(ids), true, err
}
