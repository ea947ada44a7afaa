package gen

import (
	"context"
	"fmt"
	"strings"
	"time"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/vn"
)

// batch counts what one transaction wrote.
type batch struct {
	st         tiendo.Store
	bulk       *sqlstore.Bulk // nil: write task by task
	first      int64
	tasks      int
	updates    int
	extensions int
}

// buildTasks writes opts.Tasks tasks in transactions of batchSize, with one
// audit entry each, and reports progress every twentieth of the way.
func (g *generator) buildTasks(ctx context.Context) error {
	total, done, nextReport := g.opts.Tasks, 0, 0
	start := time.Now()
	for done < total {
		n := min(batchSize, total-done)
		var b *batch
		err := g.st.Tx(ctx, func(st tiendo.Store) error {
			b = &batch{st: st}
			if s, ok := st.(*sqlstore.Store); ok && !g.opts.PerTask {
				bulk, err := s.BeginBulk(ctx)
				if err != nil {
					return err
				}
				b.bulk = bulk
			}
			for b.tasks < n {
				if err := g.story(ctx, b, n-b.tasks); err != nil {
					return err
				}
			}
			if b.bulk != nil {
				if err := b.bulk.Flush(ctx); err != nil {
					return err
				}
			}
			return g.audit(ctx, st, "task", b.first, map[string]any{"first_task_id": b.first, "tasks": b.tasks,
				"updates": b.updates, "extensions": b.extensions})
		})
		if err != nil {
			return err
		}
		done += b.tasks
		g.stats.Tasks += b.tasks
		g.stats.Updates += b.updates
		g.stats.Extensions += b.extensions
		if done >= nextReport || done == total {
			rate := float64(done) / max(time.Since(start).Seconds(), 1e-9)
			fmt.Fprintf(g.out, "gen: %d/%d tasks (%.0f tasks/s)\n", done, total, rate)
			nextReport = done + max(total/20, 1)
		}
	}
	return nil
}

// story writes one task and what hangs off it: a recurring series with its
// instances, or a task possibly delegated to a sub-unit, with updates and
// extensions. It writes at most room tasks.
func (g *generator) story(ctx context.Context, b *batch, room int) error {
	l := g.leads[g.zipf.Uint64()]
	is := g.issuerFor(l)
	t := g.newTask(l, is)
	if g.chance(0.01) {
		if ok, err := g.series(ctx, b, t, room); ok || err != nil {
			return err
		}
	}
	g.deadline(t)
	ext := g.extension(t)
	plan := g.lifecycle(t, ext, reporter(l))
	if err := g.write(ctx, b, t, plan); err != nil {
		return err
	}
	if room >= 2 && len(l.subUnits) > 0 && t.Status.Open() && t.Status != tiendo.StatusPostponed && g.chance(0.3) {
		return g.delegate(ctx, b, t, pick(g.rng, l.subUnits))
	}
	return nil
}

// newTask fills what a task gets from its lead and assigning body: source
// document, title, place, cooperating units, category, priority, weight.
func (g *generator) newTask(l *leadOf, is issuer) *tiendo.Task {
	assigner := is.id
	t := &tiendo.Task{LeadOrgID: l.id, AssignedByOrg: &assigner, Category: tiendo.CategoryDirective,
		Priority: tiendo.PriorityNormal, Weight: 1, Status: tiendo.StatusAssigned}
	if docs := g.docs[is.id]; len(docs) > 0 && g.chance(0.7) {
		doc := pick(g.rng, docs)
		t.DocumentID = &doc.ID
		t.AssignedOn = minDate(doc.Date.AddDays(g.rng.IntN(11)), g.today)
		t.SourceClause = fmt.Sprintf("Mục %s.%d", pick(g.rng, []string{"I", "II", "III", "IV"}), 1+g.rng.IntN(9))
		t.Category = map[string]tiendo.Category{"KH": tiendo.CategoryProgramme, "TB": tiendo.CategoryConclusion,
			"KL": tiendo.CategoryConclusion, "QĐ": tiendo.CategoryLegal, "NQ": tiendo.CategoryLegal}[doc.Type]
		if t.Category == "" {
			t.Category = tiendo.CategoryDirective
		}
	} else {
		t.AssignedOn = g.between(g.start, g.today)
		if g.chance(0.1) {
			t.Category = tiendo.CategoryOther
		}
	}
	th := pick(g.rng, themes)
	title := pick(g.rng, th.actions) + " " + pick(g.rng, th.objects)
	switch r := g.rng.Float64(); {
	case r < 0.5 && th.spatial:
		t.Place = pick(g.rng, streets)
		title += " tại " + t.Place
	case r < 0.8:
		t.Place = l.area
		title += " trên địa bàn " + t.Place
	}
	switch r := g.rng.Float64(); {
	case r < 0.2:
		title += fmt.Sprintf(" năm %d", t.AssignedOn.Year)
	case r < 0.3:
		title += fmt.Sprintf(" đợt %d/%d", 1+g.rng.IntN(4), t.AssignedOn.Year)
	}
	t.Title = title
	if g.chance(0.35) {
		pool := g.province.members
		if l.district != nil && g.chance(0.8) {
			pool = l.district.members
		}
		for range 1 + g.rng.IntN(2) {
			if c := pick(g.rng, pool); c != l.id && !contains(t.CoopOrgIDs, c) {
				t.CoopOrgIDs = append(t.CoopOrgIDs, c)
			}
		}
	}
	if g.chance(0.08) {
		t.Priority = tiendo.PriorityUrgent
	}
	switch r := g.rng.Float64(); {
	case r < 0.1:
		t.Weight = 0.5
	case r < 0.2:
		t.Weight = 2
	}
	return t
}

// deadline sets one of the deadline kinds, with the phrase a document
// would use: a date (55%), a period (17%), none given (18%: the default of
// 10 working days), continuous (10%).
func (g *generator) deadline(t *tiendo.Task) {
	a := t.AssignedOn
	switch r := g.rng.Float64(); {
	case r < 0.55:
		t.DeadlineKind = vn.DeadlineDate
		t.Due = a.AddDays(pick(g.rng, []int{7, 10, 15, 15, 20, 30, 30, 30, 45, 60, 90, 120}) + g.rng.IntN(5))
		t.DeadlineText = "trước ngày " + t.Due.Format()
		if g.chance(0.2) {
			t.DeadlineText = "chậm nhất ngày " + t.Due.Format()
		}
	case r < 0.72:
		t.DeadlineKind = vn.DeadlinePeriod
		target := a.AddDays(10 + g.rng.IntN(190))
		p := vn.Period{Kind: vn.PeriodQuarter, Year: target.Year, Index: (int(target.Month)-1)/3 + 1}
		t.DeadlineText = fmt.Sprintf("trong quý %s/%d", []string{"I", "II", "III", "IV"}[p.Index-1], p.Year)
		switch g.rng.IntN(4) {
		case 0:
			p = vn.Period{Kind: vn.PeriodMonth, Year: target.Year, Index: int(target.Month)}
			t.DeadlineText = fmt.Sprintf("trong tháng %d/%d", p.Index, p.Year)
		case 1:
			p = vn.Period{Kind: vn.PeriodYear, Year: target.Year}
			t.DeadlineText = fmt.Sprintf("trong năm %d", p.Year)
			if target.Month <= 6 {
				p = vn.Period{Kind: vn.PeriodHalfYear, Year: target.Year, Index: 1}
				t.DeadlineText = fmt.Sprintf("6 tháng đầu năm %d", p.Year)
			}
		}
		t.Due = p.CalendarEnd()
	case r < 0.9:
		t.DeadlineKind = vn.DeadlineNone
		t.Due = g.cal.AddWorkingDays(a, tiendo.DefaultRules().DefaultDeadlineWorkingDays)
	default:
		t.DeadlineKind, t.DeadlineText = vn.DeadlineContinuous, "thường xuyên"
	}
	t.OriginalDue = t.Due
}

// extension grants (3%) or declines (1%) an extension of a dated task. It
// returns the decided request to store, or nil.
func (g *generator) extension(t *tiendo.Task) *tiendo.Extension {
	if t.Due.IsZero() {
		return nil
	}
	r := g.rng.Float64()
	if r >= 0.04 {
		return nil
	}
	proposed := t.Due.AddDays(15 + g.rng.IntN(46))
	decided := t.Due.Time().Add(9 * time.Hour).UTC()
	e := &tiendo.Extension{Reason: pick(g.rng, extensionReasons), ProposedDue: proposed, PreviousDue: t.Due,
		Status: tiendo.ExtensionDeclined, DecidedBy: &g.leader, DecidedAt: &decided}
	if r < 0.03 {
		e.Status, e.DecisionNote = tiendo.ExtensionApproved, "Đồng ý gia hạn."
		t.Due, t.Extensions = proposed, 1
	} else {
		e.DecisionNote = "Không đồng ý; đề nghị khẩn trương hoàn thành."
	}
	return e
}

func contains(ids []int64, id int64) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

func minDate(a, b vn.Date) vn.Date {
	if b.Before(a) {
		return b
	}
	return a
}

func maxDate(a, b vn.Date) vn.Date {
	if a.Before(b) {
		return b
	}
	return a
}

// hasPhoHue tells whether a title names phố Huế.
func hasPhoHue(title string) bool { return strings.Contains(title, phoHue) }
