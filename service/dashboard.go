package service

import (
	"context"
	"fmt"
	"sort"

	"tiendo"
	"tiendo/vn"
)

// Dashboard is the leaders' page: the organisation-by-timeliness matrix of
// a period and the previous one, the trend, the most overdue tasks and
// the units that have gone quiet.
type Dashboard struct {
	Current, Previous *StatsReport
	Trend             []TrendPoint
	Overdue           []*tiendo.Task // the most overdue at the current as-of date
	OverdueTotal      int
	Quiet             []QuietUnit
	QuietDays         int
}

// QuietUnit is a unit with tasks awaiting its reports and no progress
// report for more than the dashboard's number of days (quietAmong).
type QuietUnit struct {
	Org        *tiendo.Org
	OpenTasks  int
	LastUpdate vn.Date // the latest report's as-of date; zero: never reported
	Days       int     // since the last report; -1 when never
}

// DashboardRequest chooses the period (zero: the current month), the
// organisation (nil: the actor's scope), how many trend periods and
// overdue tasks to show, and when a unit counts as silent.
type DashboardRequest struct {
	StatsRequest
	TrendPeriods int // default 12
	TopOverdue   int // default 10
	SilentDays   int // default 30
}

// Dashboard gathers the leaders' page.
func (s *Service) Dashboard(ctx context.Context, req DashboardRequest) (*Dashboard, error) {
	cut := s.rules.Cutoffs
	if req.Cutoffs != nil {
		cut = *req.Cutoffs
	}
	if req.Period == (vn.Period{}) {
		req.Period = vn.PeriodContaining(vn.PeriodMonth, s.today(), cut)
	}
	req.Group = tiendo.GroupOrg
	req.TrendPeriods, req.TopOverdue, req.SilentDays = orDefault(req.TrendPeriods, 12), orDefault(req.TopOverdue, 10), orDefault(req.SilentDays, 30)
	d := &Dashboard{QuietDays: req.SilentDays}
	var err error
	if d.Current, err = s.Stats(ctx, req.StatsRequest); err != nil {
		return nil, err
	}
	if req.Period.Kind != vn.PeriodCustom {
		prev := req.StatsRequest
		from, _ := req.Period.Range(cut)
		prev.Period, prev.AsOf = vn.PeriodContaining(req.Period.Kind, from.AddDays(-1), cut), vn.Date{}
		if d.Previous, err = s.Stats(ctx, prev); err != nil {
			return nil, err
		}
		if d.Trend, err = s.Trend(ctx, req.StatsRequest, req.TrendPeriods); err != nil {
			return nil, err
		}
	}
	if d.Overdue, d.OverdueTotal, err = s.OverdueTasks(ctx, d.Current, req.TopOverdue); err != nil {
		return nil, err
	}
	if d.Quiet, err = s.quietUnits(ctx, d.Current, req.SilentDays); err != nil {
		return nil, err
	}
	return d, nil
}

func orDefault(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// quietUnits lists the units of the report's scope that have gone quiet
// at its as-of date (quietAmong), the longest silent first.
func (s *Service) quietUnits(ctx context.Context, rep *StatsReport, days int) ([]QuietUnit, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	var leads []int64
	if rep.Roots != nil {
		leads = sc.tree.Subtrees(orgIDs(rep.Roots))
	}
	quiet, err := s.quietAmong(ctx, leads, rep.AsOf, days)
	if err != nil {
		return nil, err
	}
	var out []QuietUnit
	for _, q := range quiet {
		if o := sc.tree.Org(q.OrgID); o != nil {
			out = append(out, QuietUnit{Org: o, OpenTasks: q.OpenTasks, LastUpdate: q.LastReport, Days: q.Days})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if (out[i].Days < 0) != (out[j].Days < 0) {
			return out[i].Days < 0
		}
		if out[i].Days != out[j].Days {
			return out[i].Days > out[j].Days
		}
		return out[i].OpenTasks > out[j].OpenTasks
	})
	return out, nil
}

// quietUnit is a unit quietAmong found quiet.
type quietUnit struct {
	tiendo.OrgActivity
	Days int // since the latest report; -1 when never
}

// quietAmong is the one definition of a quiet unit, which the dashboard
// and the briefing pack share: of the lead organisations leads (nil: all),
// those leading tasks that await a report at asOf (Task.AwaitsReport,
// counted by the store's OrgActivity) whose latest report on them, dated by
// asOf, is more than days old or missing (tiendo.Quiet). Ordered by id.
func (s *Service) quietAmong(ctx context.Context, leads []int64, asOf vn.Date, days int) ([]quietUnit, error) {
	res, err := s.cached(ctx, fmt.Sprintf("activity %v %s", leads, asOf), func() (any, error) { return s.store.OrgActivity(ctx, leads, asOf) })
	if err != nil {
		return nil, err
	}
	var out []quietUnit
	for _, a := range res.([]tiendo.OrgActivity) {
		if n, quiet := tiendo.Quiet(a.LastReport, asOf, days); quiet {
			out = append(out, quietUnit{OrgActivity: a, Days: n})
		}
	}
	return out, nil
}
