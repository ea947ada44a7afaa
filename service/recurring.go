package service

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// A recurring task ("định kỳ hằng tháng trước ngày 25") is a series: the
// series task itself has no deadline and each period gets an instance task
// with its own date, created ahead by RecurringHorizonDays.

func formatRecurrence(r vn.Recurrence) string { return fmt.Sprintf("%s:%d", r.Every, r.Day) }

func parseRecurrence(s string) (vn.Recurrence, error) {
	kind, day, ok := strings.Cut(s, ":")
	d, err := strconv.Atoi(day)
	if !ok || err != nil || d < 0 || d > 31 {
		return vn.Recurrence{}, tiendo.Errorf(tiendo.EINVALID, "Chu kỳ %q không hợp lệ", s)
	}
	return vn.Recurrence{Every: vn.PeriodKind(kind), Day: d}, nil
}

// plannedInstance is an instance a series should have and does not.
type plannedInstance struct{ due, assigned vn.Date }

// missingInstances lists the instances of a series that are due within
// the horizon and do not exist yet, reading through st.
func (s *Service) missingInstances(ctx context.Context, st tiendo.Store, series *tiendo.Task) ([]plannedInstance, error) {
	r, err := parseRecurrence(series.Recurrence)
	if err != nil {
		return nil, err
	}
	existing, _, err := st.FindTasks(ctx, tiendo.TaskFilter{SeriesID: &series.ID, Unscoped: true,
		Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return nil, err
	}
	have := map[vn.Date]bool{}
	for _, t := range existing {
		have[t.Due] = true
	}
	until := s.today().AddDays(s.rules.RecurringHorizonDays)
	assigned := series.AssignedOn
	var out []plannedInstance
	for _, due := range r.Instances(series.AssignedOn, until) {
		if due.Before(series.AssignedOn) {
			continue
		}
		if !have[due] {
			out = append(out, plannedInstance{due: due, assigned: assigned})
		}
		assigned = due.AddDays(1)
	}
	return out, nil
}

// createInstances adds the missing instances of a series in st's
// transaction. It returns how many it created.
func (s *Service) createInstances(ctx context.Context, st tiendo.Store, series *tiendo.Task) (int, error) {
	missing, err := s.missingInstances(ctx, st, series)
	if err != nil {
		return 0, err
	}
	for i, m := range missing {
		inst := instanceOf(series, m.due, m.assigned)
		if err := st.CreateTask(ctx, inst); err != nil {
			return i, err
		}
		if err := s.audit(ctx, st, "task.create_instance", "task", inst.ID, &inst.ID, &inst.LeadOrgID, nil, inst); err != nil {
			return i, err
		}
	}
	return len(missing), nil
}

func instanceOf(series *tiendo.Task, due, assigned vn.Date) *tiendo.Task {
	t := *series
	t.ID, t.Version, t.SeriesID = 0, 0, &series.ID
	t.DeadlineKind, t.Recurrence = vn.DeadlineDate, ""
	t.Due, t.OriginalDue, t.AssignedOn = due, due, assigned
	t.Status, t.CoopOrgIDs = tiendo.StatusAssigned, append([]int64(nil), series.CoopOrgIDs...)
	t.Title = series.Title + " (hạn " + due.Format() + ")"
	return &t
}

// EnsureRecurring tops up the instances of every open recurring series; the
// server runs it daily. Running it twice creates nothing new.
func (s *Service) EnsureRecurring(ctx context.Context) (int, error) {
	ctx = tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	total := 0
	for page := 1; ; page++ {
		series, _, err := s.store.FindTasks(ctx, tiendo.TaskFilter{Unscoped: true, Recurring: true,
			Statuses: openStatuses(), Page: tiendo.Page{Page: page, PerPage: 200}, Sort: tiendo.SortID})
		if err != nil {
			return total, err
		}
		for _, t := range series {
			n, err := s.topUpSeries(ctx, t)
			total += n
			if err != nil {
				return total, err
			}
		}
		if len(series) < 200 {
			return total, nil
		}
	}
}

// topUpSeries creates a series' missing instances in one transaction. When
// another server created one of them first, the unique (series, due) index
// makes this transaction a conflict; it is then run again, and the second
// run sees that server's instances and creates only the rest.
func (s *Service) topUpSeries(ctx context.Context, series *tiendo.Task) (int, error) {
	// Most days a series lacks nothing: find that out on the read pool, so
	// the daily pass over thousands of series takes no write lock for them.
	missing, err := s.missingInstances(ctx, s.store, series)
	if err != nil || len(missing) == 0 {
		return 0, err
	}
	var n int
	for attempt := 0; attempt < 3; attempt++ {
		err = s.store.Tx(ctx, func(st tiendo.Store) error {
			var err error
			n, err = s.createInstances(ctx, st, series)
			return err
		})
		if tiendo.ErrorCode(err) != tiendo.ECONFLICT {
			break
		}
	}
	if err != nil {
		return 0, err
	}
	return n, nil
}

func openStatuses() []tiendo.Status {
	var out []tiendo.Status
	for _, st := range tiendo.Statuses {
		if st.Open() {
			out = append(out, st)
		}
	}
	return out
}
