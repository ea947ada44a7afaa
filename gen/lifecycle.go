package gen

import (
	"context"
	"fmt"
	"sort"

	"tiendo"
	"tiendo/vn"
)

// history is what is stored with a task besides the task itself.
type history struct {
	updates    []*tiendo.Update
	extensions []*tiendo.Extension
}

// lifecycle puts a task in a lifecycle state consistent with its dates and
// today, and returns the reports and extension requests that led there.
// Past-due tasks are mostly completed (a third of them late), some still
// open and overdue; tasks not yet due are mostly in progress.
func (g *generator) lifecycle(t *tiendo.Task, ext *tiendo.Extension, reporter int64) history {
	h := history{}
	if ext != nil {
		ext.RequestedBy = reporter
		h.extensions = append(h.extensions, ext)
	}
	a, today := t.AssignedOn, g.today
	if a.After(today) { // a recurring instance created ahead
		return h
	}
	pastDue := !t.Due.IsZero() && t.Due.Before(today)
	u, v := g.rng.Float64(), g.rng.Float64()
	switch {
	case u < 0.01:
		t.Status, t.StatusReason = tiendo.StatusWithdrawn, "Nhiệm vụ không còn phù hợp, thu hồi theo chỉ đạo."
	case u < 0.025:
		if g.chance(0.3) {
			g.progress(t, &h, a, today, 1, reporter)
		}
		t.Status, t.StatusReason = tiendo.StatusPostponed, "Tạm dừng chờ ý kiến chỉ đạo của cấp trên."
	case t.Due.IsZero(): // continuous, or a recurring series
		switch {
		case v < 0.8:
			g.inProgress(t, &h, reporter)
		case v < 0.9:
		default:
			g.complete(t, &h, g.between(a, today), reporter)
		}
	case pastDue:
		switch {
		case v < 0.78 && g.chance(0.65):
			g.complete(t, &h, g.between(a, t.Due), reporter)
		case v < 0.78:
			g.complete(t, &h, g.between(t.Due.AddDays(1), minDate(t.Due.AddDays(120), today)), reporter)
		case v < 0.81:
			g.reportDone(t, &h, g.between(maxDate(a, today.AddDays(-20)), today), reporter)
		case v < 0.83:
			g.returned(t, &h, reporter)
		case v < 0.85 && t.Extensions == 0:
			g.askExtension(t, &h, reporter)
		case v < 0.95:
			g.inProgress(t, &h, reporter)
		}
	default:
		switch {
		case v < 0.22:
			g.complete(t, &h, g.between(a, today), reporter)
		case v < 0.27:
			g.reportDone(t, &h, g.between(a, today), reporter)
		case v < 0.29:
			g.returned(t, &h, reporter)
		case v < 0.32 && t.Extensions == 0:
			g.askExtension(t, &h, reporter)
		case v < 0.8:
			g.inProgress(t, &h, reporter)
		}
	}
	return h
}

// complete: reported done on `on` and confirmed; most completions have the
// report on record.
func (g *generator) complete(t *tiendo.Task, h *history, on vn.Date, reporter int64) {
	if g.chance(0.6) {
		g.progress(t, h, t.AssignedOn, on, g.rng.IntN(3), reporter)
		h.updates = append(h.updates, g.doneUpdate(on, reporter))
	}
	t.Status, t.ReportedOn, t.CompletedOn, t.Percent = tiendo.StatusCompleted, on, on, 100
}

// reportDone: reported done, awaiting the office's confirmation.
func (g *generator) reportDone(t *tiendo.Task, h *history, on vn.Date, reporter int64) {
	g.progress(t, h, t.AssignedOn, on, g.rng.IntN(2), reporter)
	h.updates = append(h.updates, g.doneUpdate(on, reporter))
	t.Status, t.ReportedOn, t.Percent = tiendo.StatusReportedDone, on, 100
}

// returned: reported done, sent back with a reason.
func (g *generator) returned(t *tiendo.Task, h *history, reporter int64) {
	h.updates = append(h.updates, g.doneUpdate(g.between(t.AssignedOn, g.today), reporter))
	t.Status, t.Percent, t.StatusReason = tiendo.StatusReturned, 80, pick(g.rng, returnReasons)
}

// askExtension: a pending extension request.
func (g *generator) askExtension(t *tiendo.Task, h *history, reporter int64) {
	if g.chance(0.5) {
		g.progress(t, h, t.AssignedOn, g.today, 1, reporter)
	}
	h.extensions = append(h.extensions, &tiendo.Extension{RequestedBy: reporter, Reason: pick(g.rng, extensionReasons),
		ProposedDue: maxDate(t.Due, g.today).AddDays(15 + g.rng.IntN(31)), PreviousDue: t.Due, Status: tiendo.ExtensionPending})
	t.Status = tiendo.StatusExtensionRequested
}

func (g *generator) inProgress(t *tiendo.Task, h *history, reporter int64) {
	t.Status, t.Percent = tiendo.StatusInProgress, 10+5*g.rng.IntN(17)
	if g.chance(0.7) {
		g.progress(t, h, t.AssignedOn, g.today, 1+g.rng.IntN(3), reporter)
	}
}

// progress adds n progress reports between from and to with rising
// percentages, and sets the task's percent to the last.
func (g *generator) progress(t *tiendo.Task, h *history, from, to vn.Date, n int, reporter int64) {
	if n == 0 {
		return
	}
	dates := make([]vn.Date, n)
	pcts := make([]int, n)
	for i := range dates {
		dates[i], pcts[i] = g.between(from, to), 5*(1+g.rng.IntN(18))
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Before(dates[j]) })
	sort.Ints(pcts)
	for i, d := range dates {
		p := pcts[i]
		u := &tiendo.Update{AsOf: d, Narrative: pick(g.rng, progressNotes), Percent: &p, ReporterID: reporter}
		if g.chance(0.3) {
			u.Problems, u.Proposals = pick(g.rng, problemNotes), pick(g.rng, proposalNotes)
		}
		h.updates = append(h.updates, u)
		t.Percent = p
	}
}

func (g *generator) doneUpdate(on vn.Date, reporter int64) *tiendo.Update {
	return &tiendo.Update{AsOf: on, Narrative: "Đã hoàn thành nhiệm vụ.", Done: true, ReporterID: reporter,
		EvidenceNo: fmt.Sprintf("Báo cáo số %d/BC-UBND ngày %s", 1+g.rng.IntN(400), on.Format())}
}

// reporter is the account that reports for a lead unit: its district's
// office, none at province level.
func reporter(l *leadOf) int64 {
	if l.district == nil {
		return 0
	}
	return l.district.office
}

// write stores a task with its history in the batch's transaction.
func (g *generator) write(ctx context.Context, b *batch, t *tiendo.Task, h history) error {
	if err := t.Validate(); err != nil {
		return fmt.Errorf("gen: invalid task %q: %w", t.Title, err)
	}
	if b.bulk != nil {
		b.bulk.AddTask(t)
	} else if err := b.st.CreateTask(ctx, t); err != nil {
		return err
	}
	if b.first == 0 {
		b.first = t.ID
	}
	b.tasks++
	if hasPhoHue(t.Title) {
		g.stats.PhoHue++
	}
	for _, u := range h.updates {
		u.TaskID = t.ID
		if b.bulk != nil {
			b.bulk.AddUpdate(u)
		} else if err := b.st.CreateUpdate(ctx, u); err != nil {
			return err
		}
		b.updates++
	}
	for _, e := range h.extensions {
		e.TaskID = t.ID
		if b.bulk != nil {
			b.bulk.AddExtension(e)
		} else if err := b.st.CreateExtension(ctx, e); err != nil {
			return err
		}
		b.extensions++
	}
	return nil
}

// series turns t into a recurring series ("định kỳ hàng tháng trước ngày
// 25", "định kỳ hằng quý") and writes it with its instances, as the service
// would have created them: one per period up to today plus the horizon, or
// for about 200 days for a series that has ended. It returns false, having
// written nothing, when the instances would not fit in room.
func (g *generator) series(ctx context.Context, b *batch, t *tiendo.Task, room int) (bool, error) {
	rec, text := vn.Recurrence{Every: vn.PeriodMonth, Day: 25}, "định kỳ hàng tháng trước ngày 25"
	if g.chance(0.3) {
		rec, text = vn.Recurrence{Every: vn.PeriodQuarter}, "định kỳ hằng quý"
	}
	a := t.AssignedOn
	until := g.today.AddDays(tiendo.DefaultRules().RecurringHorizonDays)
	ended := a.AddDays(200).Before(until)
	if ended {
		until = a.AddDays(200)
	}
	var dues []vn.Date
	for _, due := range rec.Instances(a, until) {
		if !due.Before(a) {
			dues = append(dues, due)
		}
	}
	if len(dues) == 0 || len(dues)+1 > room {
		return false, nil
	}
	t.DeadlineKind, t.DeadlineText, t.RegularDuty = vn.DeadlineRecurring, text, true
	t.Recurrence = fmt.Sprintf("%s:%d", rec.Every, rec.Day)
	t.Status, t.Percent = tiendo.StatusInProgress, 0
	if last := dues[len(dues)-1]; ended && !last.After(g.today) {
		t.Status, t.ReportedOn, t.CompletedOn, t.Percent = tiendo.StatusCompleted, last, last, 100
	}
	if err := g.write(ctx, b, t, history{}); err != nil {
		return true, err
	}
	lead := g.leadByID(t.LeadOrgID)
	assigned := a
	for _, due := range dues {
		inst := *t
		inst.ID, inst.SeriesID, inst.Recurrence, inst.RegularDuty = 0, &t.ID, "", false
		inst.DeadlineKind, inst.Due, inst.OriginalDue, inst.AssignedOn = vn.DeadlineDate, due, due, assigned
		inst.Status, inst.Percent, inst.ReportedOn, inst.CompletedOn = tiendo.StatusAssigned, 0, vn.Date{}, vn.Date{}
		inst.CoopOrgIDs = append([]int64(nil), t.CoopOrgIDs...)
		inst.Title = t.Title + " (hạn " + due.Format() + ")"
		if err := g.write(ctx, b, &inst, g.lifecycle(&inst, nil, reporter(lead))); err != nil {
			return true, err
		}
		assigned = due.AddDays(1)
	}
	return true, nil
}

// delegate passes an open task led by a district People's Committee down to
// one of its offices, as a child task with the same or an earlier deadline.
func (g *generator) delegate(ctx context.Context, b *batch, parent *tiendo.Task, org int64) error {
	lead := parent.LeadOrgID
	child := &tiendo.Task{DocumentID: parent.DocumentID, SourceClause: parent.SourceClause, Title: parent.Title,
		LeadOrgID: org, AssignedByOrg: &lead, ParentID: &parent.ID, Category: parent.Category, Priority: parent.Priority,
		Weight: parent.Weight, Place: parent.Place, DeadlineKind: parent.DeadlineKind, DeadlineText: parent.DeadlineText,
		Due: parent.Due, OriginalDue: parent.Due, Status: tiendo.StatusAssigned}
	last := g.today
	if !parent.Due.IsZero() {
		last = minDate(parent.Due, g.today)
	}
	child.AssignedOn = g.between(parent.AssignedOn, last)
	if parent.DeadlineKind == vn.DeadlineRecurring {
		child.DeadlineKind, child.DeadlineText = vn.DeadlineContinuous, ""
	}
	return g.write(ctx, b, child, g.lifecycle(child, nil, reporter(g.leadByID(lead))))
}

// leadByID finds a lead organisation; the lists are small enough to scan
// only for the rare series and delegated tasks.
func (g *generator) leadByID(id int64) *leadOf {
	for _, l := range g.leads {
		if l.id == id {
			return l
		}
	}
	return &leadOf{id: id}
}
