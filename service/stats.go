package service

import (
	"context"
	"crypto/sha256"
	"fmt"
	"sort"
	"strconv"
	"sync"

	"tiendo"
	"tiendo/vn"
)

// StatsRequest asks for the statistics of a reporting period.
type StatsRequest struct {
	Period  vn.Period
	Cutoffs *vn.Cutoffs // nil: the configured rules (NĐ 09/2019 by default)
	AsOf    vn.Date     // zero: the period's last day, or today if that is later
	Group   tiendo.StatsGroup
	OrgID   *int64 // only this organisation's subtree; nil: everything in scope
}

// StatsKey names a row: an organisation, a person, a document or a category.
type StatsKey struct {
	ID   int64  `json:"id,omitempty"`
	Code string `json:"code"`
	Name string `json:"name"`
}

// StatsLine is one row of a statistics table. Tasks lists exactly the
// tasks the row counts; CellFilter narrows it to one cell.
type StatsLine struct {
	Key     StatsKey
	Subtree bool // an organisation rolled up with everything below it
	tiendo.Counts
	Tasks tiendo.TaskFilter
}

// CellFilter is the task filter behind one cell (tiendo.StatsCells).
func (l StatsLine) CellFilter(cell string) (tiendo.TaskFilter, error) { return l.Tasks.ForCell(cell) }

// StatsReport is a statistics table: its period, as-of date and rows,
// with the total of all rows.
type StatsReport struct {
	Period vn.Period
	Label  string // "Quý I/2023"
	From   vn.Date
	To     vn.Date
	AsOf   vn.Date
	Group  tiendo.StatsGroup
	Org    *tiendo.Org // the organisation asked for, nil for the whole scope
	// Roots are the organisations whose subtrees the report covers (nil:
	// every organisation); task links carry them as org=…&subtree=1.
	Roots []*tiendo.Org
	Rows  []StatsLine
	Total StatsLine
	// Closing is set when the report is the frozen one of a closed period
	// (served from its snapshot, with the closing's date and author).
	Closing *tiendo.PeriodClosing `json:"-"`
	frozen  *closedFigures
}

// PeriodDates resolves a period under the cut-offs (nil: the rules') and
// an as-of date (zero: the period's last day, or today when earlier). The
// statistics and the task lists resolve it the same way.
func (s *Service) PeriodDates(p vn.Period, c *vn.Cutoffs, asOf vn.Date) (tiendo.DateRange, vn.Date, error) {
	cut := s.rules.Cutoffs
	if c != nil {
		cut = *c
	}
	from, to := p.Range(cut)
	if asOf.IsZero() {
		asOf = to
		if today := s.today(); today.Before(to) {
			asOf = today
		}
	}
	if asOf.Before(from) {
		return tiendo.DateRange{}, asOf, tiendo.FieldError("as_of", "Ngày chốt số liệu không được trước ngày đầu kỳ")
	}
	return tiendo.DateRange{From: from, To: to}, asOf, nil
}

// Subtrees returns the organisations ids and everything below them, for
// drill-down links that count a unit rolled up with its subordinates.
func (s *Service) Subtrees(ctx context.Context, ids []int64) ([]int64, error) {
	tr, err := s.store.OrgTree(ctx)
	if err != nil {
		return nil, err
	}
	return tr.Subtrees(ids), nil
}

// Stats computes a statistics table for the actor's scope.
func (s *Service) Stats(ctx context.Context, req StatsRequest) (*StatsReport, error) {
	rep, _, _, err := s.stats(ctx, req)
	return rep, err
}

// stats returns the table and, for rankings, the tree and the
// per-organisation counts (for the organisation breakdown): those frozen
// at closing when the period is closed for the report's scope and asked at
// its cut-off, otherwise computed now.
func (s *Service) stats(ctx context.Context, req StatsRequest) (*StatsReport, *tiendo.OrgTree, []tiendo.StatsRow, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	fz, err := s.frozen(ctx, sc, req.Period, req.Cutoffs, req.AsOf, req.OrgID)
	if err != nil {
		return nil, nil, nil, err
	}
	if fz != nil {
		g := req.Group
		if g == "" {
			g = tiendo.GroupOrg
		}
		if rep := fz.figures.Stats[g]; rep != nil {
			r := *rep // the figures are shared (closedCache)
			r.Closing, r.frozen = fz.closing, fz.figures
			return &r, fz.tree, fz.figures.OrgRows, nil
		}
	}
	return s.liveStats(ctx, sc, req)
}

// liveStats computes the table from the tasks as they are now.
func (s *Service) liveStats(ctx context.Context, sc *scope, req StatsRequest) (*StatsReport, *tiendo.OrgTree, []tiendo.StatsRow, error) {
	if req.Group == "" {
		req.Group = tiendo.GroupOrg
	}
	rng, asOf, err := s.PeriodDates(req.Period, req.Cutoffs, req.AsOf)
	if err != nil {
		return nil, nil, nil, err
	}
	rep := &StatsReport{Period: req.Period, Label: req.Period.Label(), From: rng.From, To: rng.To, AsOf: asOf, Group: req.Group}
	if err := s.statsRoots(sc, req.OrgID, rep); err != nil {
		return nil, nil, nil, err
	}
	q := tiendo.StatsQuery{Period: rng, AsOf: asOf, Group: req.Group}
	if rep.Roots != nil {
		q.LeadOrgIDs = sc.tree.Subtrees(orgIDs(rep.Roots))
	}
	rows, err := s.taskStats(ctx, q)
	if err != nil {
		return nil, nil, nil, err
	}
	base := tiendo.TaskFilter{Period: rng, AsOf: asOf}
	if q.LeadOrgIDs != nil {
		base.OrgIDs, base.Role = q.LeadOrgIDs, tiendo.AsLead
	}
	rep.Total = StatsLine{Key: StatsKey{Name: "Tổng cộng"}, Tasks: base}
	for _, r := range rows {
		rep.Total.Counts.Add(r.Counts)
	}
	if req.Group == tiendo.GroupOrg {
		rep.Rows = s.orgLines(sc.tree, rep, q, rows)
	} else if rep.Rows, err = s.keyLines(ctx, q, rows); err != nil {
		return nil, nil, nil, err
	}
	return rep, sc.tree, rows, nil
}

// RankBand is one volume band of a ranking: organisations whose number of
// tasks lies in [Min, Max] (Max 0: no upper bound), best first.
type RankBand struct {
	Label string      `json:"label"`
	Min   int         `json:"min"`
	Max   int         `json:"max"`
	Rows  []StatsLine `json:"-"`
}

// DefaultBands are the volume-band bounds: > 300, 101–300, ≤ 100 tasks
// (Đà Nẵng's practice, docs/DOMAIN.md §11), so a unit with many tasks is compared
// with its peers.
var DefaultBands = []int{300, 100}

// Ranking ranks every organisation leading tasks in the period within
// volume bands (bounds: lower limits, e.g. 300 and 100 give > 300,
// 101–300 and ≤ 100): higher completion rate first, then on-time rate,
// then fewer overdue tasks. Each organisation counts its own tasks.
func (s *Service) Ranking(ctx context.Context, req StatsRequest, bounds []int) (*StatsReport, []RankBand, error) {
	req.Group = tiendo.GroupOrg
	rep, t, rows, err := s.stats(ctx, req)
	if err != nil {
		return nil, nil, err
	}
	bands := makeBands(bounds)
	for _, r := range rows {
		id, _ := strconv.ParseInt(r.Key, 10, 64)
		o := t.Org(id)
		if o == nil || r.Assigned == 0 {
			continue
		}
		l := StatsLine{Key: StatsKey{ID: o.ID, Code: o.Code, Name: o.Name}, Counts: r.Counts,
			Tasks: tiendo.TaskFilter{Period: tiendo.DateRange{From: rep.From, To: rep.To}, AsOf: rep.AsOf,
				OrgIDs: []int64{o.ID}, Role: tiendo.AsLead}}
		for i := range bands {
			if r.Assigned >= bands[i].Min && (bands[i].Max == 0 || r.Assigned <= bands[i].Max) {
				bands[i].Rows = append(bands[i].Rows, l)
				break
			}
		}
	}
	for _, b := range bands {
		sort.SliceStable(b.Rows, func(i, j int) bool { return better(b.Rows[i], b.Rows[j]) })
	}
	return rep, bands, nil
}

// makeBands turns lower limits (any order) into bands, largest first.
func makeBands(bounds []int) []RankBand {
	bs := append([]int(nil), bounds...)
	sort.Sort(sort.Reverse(sort.IntSlice(bs)))
	var out []RankBand
	upper := 0
	for _, b := range bs {
		if b < 1 || (upper != 0 && b+1 > upper) {
			continue
		}
		band := RankBand{Min: b + 1, Max: upper}
		if upper == 0 {
			band.Label = "Trên " + strconv.Itoa(b) + " nhiệm vụ"
		} else {
			band.Label = "Từ " + strconv.Itoa(b+1) + " đến " + strconv.Itoa(upper) + " nhiệm vụ"
		}
		out = append(out, band)
		upper = b
	}
	last := RankBand{Min: 1, Max: upper, Label: "Tất cả"}
	if upper > 0 {
		last.Label = "Từ " + strconv.Itoa(upper) + " nhiệm vụ trở xuống"
	}
	return append(out, last)
}

// better orders a ranking: completion rate, on-time rate, fewer overdue.
func better(a, b StatsLine) bool {
	rate := func(p *float64) float64 {
		if p == nil {
			return -1
		}
		return *p
	}
	if x, y := rate(a.CompletionRate()), rate(b.CompletionRate()); x != y {
		return x > y
	}
	if x, y := rate(a.OnTimeRate()), rate(b.OnTimeRate()); x != y {
		return x > y
	}
	if a.Overdue != b.Overdue {
		return a.Overdue < b.Overdue
	}
	return a.Key.Code < b.Key.Code
}

// TrendPoint is the total of one period of a trend.
type TrendPoint struct {
	Period vn.Period
	Label  string
	AsOf   vn.Date
	tiendo.Counts
}

// Trend returns the totals of the n periods of req.Period's kind ending
// with it, oldest first, each at its own default as-of date.
func (s *Service) Trend(ctx context.Context, req StatsRequest, n int) ([]TrendPoint, error) {
	if req.Period.Kind == vn.PeriodCustom {
		return nil, tiendo.FieldError("period", "Xu hướng cần kỳ tháng, quý, 6 tháng, 9 tháng hoặc năm")
	}
	cut := s.rules.Cutoffs
	if req.Cutoffs != nil {
		cut = *req.Cutoffs
	}
	periods := []vn.Period{req.Period}
	for len(periods) < n {
		from, _ := periods[0].Range(cut)
		periods = append([]vn.Period{vn.PeriodContaining(req.Period.Kind, from.AddDays(-1), cut)}, periods...)
	}
	out := make([]TrendPoint, 0, n)
	for _, p := range periods {
		r := req
		r.Period, r.AsOf = p, vn.Date{}
		if from, _ := p.Range(cut); s.today().Before(from) {
			continue
		}
		rep, err := s.Stats(ctx, r)
		if err != nil {
			return nil, err
		}
		out = append(out, TrendPoint{Period: p, Label: rep.Label, AsOf: rep.AsOf, Counts: rep.Total.Counts})
	}
	return out, nil
}

// statsRoots sets the organisations the report covers: the one asked for
// (which the actor must see), else the actor's grant roots, else (an
// unrestricted actor) nil for everything.
func (s *Service) statsRoots(sc *scope, orgID *int64, rep *StatsReport) error {
	if orgID != nil {
		o := sc.tree.Org(*orgID)
		if o == nil || !sc.sees(*orgID) {
			return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy đơn vị %d", *orgID)
		}
		rep.Org, rep.Roots = o, []*tiendo.Org{o}
		return nil
	}
	ids, restricted := sc.visibleOrgIDs()
	if !restricted {
		return nil
	}
	rep.Roots = []*tiendo.Org{}
	for _, id := range ids {
		o := sc.tree.Org(id)
		if o != nil && (o.ParentID == nil || !containsID(ids, *o.ParentID)) {
			rep.Roots = append(rep.Roots, o)
		}
	}
	return nil
}

func containsID(ids []int64, id int64) bool {
	i := sort.Search(len(ids), func(i int) bool { return ids[i] >= id })
	return i < len(ids) && ids[i] == id
}

func orgIDs(orgs []*tiendo.Org) []int64 {
	out := make([]int64, len(orgs))
	for i, o := range orgs {
		out[i] = o.ID
	}
	return out
}

// orgLines rolls the per-organisation counts up the tree. With one root,
// the rows are the root itself (its own tasks) and each of its children
// with everything below; with several roots (or none: the tree's top),
// one row per root with everything below.
func (s *Service) orgLines(t *tiendo.OrgTree, rep *StatsReport, q tiendo.StatsQuery, rows []tiendo.StatsRow) []StatsLine {
	direct := map[int64]tiendo.Counts{}
	for _, r := range rows {
		id, _ := strconv.ParseInt(r.Key, 10, 64)
		direct[id] = r.Counts
	}
	line := func(o *tiendo.Org, subtree bool) StatsLine {
		l := StatsLine{Key: StatsKey{ID: o.ID, Code: o.Code, Name: o.Name}, Subtree: subtree,
			Tasks: tiendo.TaskFilter{Period: q.Period, AsOf: q.AsOf, OrgIDs: []int64{o.ID}, Role: tiendo.AsLead}}
		if !subtree {
			l.Counts = direct[o.ID]
			return l
		}
		l.Tasks.OrgIDs = t.Subtree(o.ID)
		sort.Slice(l.Tasks.OrgIDs, func(i, j int) bool { return l.Tasks.OrgIDs[i] < l.Tasks.OrgIDs[j] })
		for _, id := range l.Tasks.OrgIDs {
			l.Counts.Add(direct[id])
		}
		return l
	}
	var out []StatsLine
	tops := rep.Roots
	if tops == nil {
		tops = orgsByName(t, t.Roots())
	}
	if len(tops) == 1 {
		out = append(out, line(tops[0], false))
		tops = orgsByName(t, t.Children(tops[0].ID))
	}
	for _, o := range tops {
		out = append(out, line(o, true))
	}
	return out
}

// orgsByName returns the organisations of ids sorted by name, then code.
func orgsByName(t *tiendo.OrgTree, ids []int64) []*tiendo.Org {
	out := make([]*tiendo.Org, 0, len(ids))
	for _, id := range ids {
		if o := t.Org(id); o != nil {
			out = append(out, o)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if a, b := vn.Fold(out[i].Name), vn.Fold(out[j].Name); a != b {
			return a < b
		}
		return out[i].Code < out[j].Code
	})
	return out
}

// keyLines names the rows of a leader, document, assignee or category
// breakdown, largest first.
func (s *Service) keyLines(ctx context.Context, q tiendo.StatsQuery, rows []tiendo.StatsRow) ([]StatsLine, error) {
	out := make([]StatsLine, 0, len(rows))
	for _, r := range rows {
		key, err := s.statsKey(ctx, q.Group, r.Key)
		if err != nil {
			return nil, err
		}
		tasks, err := q.CellFilter(r.Key, "assigned")
		if err != nil {
			return nil, err
		}
		out = append(out, StatsLine{Key: key, Counts: r.Counts, Tasks: tasks})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Assigned != out[j].Assigned {
			return out[i].Assigned > out[j].Assigned
		}
		return out[i].Key.Code < out[j].Key.Code
	})
	return out, nil
}

// statsKey names one group key.
func (s *Service) statsKey(ctx context.Context, g tiendo.StatsGroup, key string) (StatsKey, error) {
	if g == tiendo.GroupCategory {
		return StatsKey{Code: key, Name: CategoryLabel(tiendo.Category(key))}, nil
	}
	if key == "" {
		return StatsKey{Code: "", Name: "(Không ghi)"}, nil
	}
	id, err := strconv.ParseInt(key, 10, 64)
	if err != nil {
		return StatsKey{}, tiendo.Errorf(tiendo.EINTERNAL, "Khóa thống kê %q không hợp lệ", key)
	}
	if g == tiendo.GroupDocument {
		d, err := s.store.FindDocumentByID(ctx, id)
		if err != nil {
			return StatsKey{}, err
		}
		return StatsKey{ID: id, Code: d.Number, Name: d.Summary}, nil
	}
	if g == tiendo.GroupPlace {
		p, err := s.store.FindPlaceByID(ctx, id)
		if err != nil {
			return StatsKey{}, err
		}
		return StatsKey{ID: id, Code: key, Name: p.Name}, nil
	}
	p, err := s.store.FindPersonByID(ctx, id)
	if err != nil {
		return StatsKey{}, err
	}
	return StatsKey{ID: id, Code: key, Name: p.FullName}, nil
}

// CategoryLabel is the Vietnamese name of a task category.
func CategoryLabel(c tiendo.Category) string {
	return map[tiendo.Category]string{
		tiendo.CategoryLegal: "Văn bản quy phạm pháp luật", tiendo.CategoryProgramme: "Chương trình công tác",
		tiendo.CategoryDirective: "Chỉ đạo của lãnh đạo", tiendo.CategoryConclusion: "Kết luận cuộc họp",
		tiendo.CategoryOther: "Khác",
	}[c]
}

// statsCache keeps recent statistics while the store's data version (see
// tiendo.StatsStore) stays the same: a dashboard reloading the current
// period, or twelve trend periods, is answered without recounting. Any
// committed write changes the version and empties the cache.
type statsCache struct {
	mu      sync.Mutex
	version int64
	entries map[[sha256.Size]byte]any
}

// statsCacheSize bounds the cache; a full cache is emptied.
const statsCacheSize = 256

// cached returns compute's result for key through the cache. The version
// is read before computing, so a write committed meanwhile only makes the
// entry unreachable, never stale. Results are shared: callers must not
// change them.
func (s *Service) cached(ctx context.Context, key string, compute func() (any, error)) (any, error) {
	v, ok, err := s.store.StatsVersion(ctx)
	if err != nil {
		return nil, err
	}
	if !ok {
		return compute()
	}
	k := sha256.Sum256([]byte(key))
	c := &s.statsCache
	c.mu.Lock()
	if c.version != v || c.entries == nil || len(c.entries) >= statsCacheSize {
		c.version, c.entries = v, map[[sha256.Size]byte]any{}
	}
	res, hit := c.entries[k]
	c.mu.Unlock()
	if hit {
		return res, nil
	}
	if res, err = compute(); err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.version == v {
		c.entries[k] = res
	}
	c.mu.Unlock()
	return res, nil
}

// taskStats is the store's TaskStats through the cache.
func (s *Service) taskStats(ctx context.Context, q tiendo.StatsQuery) ([]tiendo.StatsRow, error) {
	res, err := s.cached(ctx, fmt.Sprintf("stats %+v", q), func() (any, error) { return s.store.TaskStats(ctx, q) })
	if err != nil {
		return nil, err
	}
	return res.([]tiendo.StatsRow), nil
}
