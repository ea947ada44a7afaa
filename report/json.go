package report

import (
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// StatsRowJSON is one row of GET /api/v1/stats (and of tiendo report --format json). Links hold, for every
// count, the GET /api/v1/tasks query listing exactly the tasks counted.
type StatsRowJSON struct {
	Key               service.StatsKey  `json:"key"`
	Subtree           bool              `json:"subtree"`
	Assigned          int               `json:"assigned"`
	Due               int               `json:"due"`
	DoneDue           int               `json:"done_due"`
	DoneOnTime        int               `json:"done_on_time"`
	DoneLate          int               `json:"done_late"`
	InProgress        int               `json:"in_progress"`
	Overdue           int               `json:"overdue"`
	Continuous        int               `json:"continuous"`
	CompletionRate    *float64          `json:"completion_rate"`
	CompletionRateDue *float64          `json:"completion_rate_due"`
	OnTimeRate        *float64          `json:"on_time_rate"`
	OverdueAge        tiendo.OverdueAge `json:"overdue_age"`
	Links             map[string]string `json:"links"`
}

// StatsJSON is the body of GET /api/v1/stats and of tiendo report --format json.
type StatsJSON struct {
	Period string            `json:"period"`
	Label  string            `json:"label"`
	From   vn.Date           `json:"from"`
	To     vn.Date           `json:"to"`
	AsOf   vn.Date           `json:"as_of"`
	Group  string            `json:"group"`
	Org    *service.StatsKey `json:"org"`
	// Closing is the closing whose frozen figures these are; null when
	// they were computed now.
	Closing *tiendo.PeriodClosing `json:"closing"`
	Rows    []StatsRowJSON        `json:"rows"`
	Total   StatsRowJSON          `json:"total"`
}

// RowLinks builds the drill-down links of the lines of rep.
func RowLinks(rep *service.StatsReport, c *vn.Cutoffs) rowLinks {
	return rowLinks{rep: rep, cutoffs: c}
}

// rowLinks builds the drill-down link of every cell of a row.
type rowLinks struct {
	rep     *service.StatsReport
	cutoffs *vn.Cutoffs
}

// base is the part of a task-list query every link of a line shares.
func (rl rowLinks) base(l service.StatsLine, total bool) url.Values {
	v := url.Values{}
	v.Set("period", rl.rep.Period.String())
	v.Set("as_of", rl.rep.AsOf.String())
	if rl.cutoffs != nil {
		v.Set("cutoff", strconv.Itoa(rl.cutoffs.Day))
	}
	switch {
	case rl.rep.Group == tiendo.GroupOrg && !total:
		v.Set("org", l.Key.Code)
		v.Set("role", "lead")
		if l.Subtree {
			v.Set("subtree", "1")
		}
	case rl.rep.Roots != nil:
		for _, o := range rl.rep.Roots {
			v.Add("org", o.Code)
		}
		v.Set("role", "lead")
		v.Set("subtree", "1")
	}
	if !total {
		rl.groupParam(v, l)
	}
	return v
}

// groupParam narrows a link to the line's leader, document, assignee,
// place or category.
func (rl rowLinks) groupParam(v url.Values, l service.StatsLine) {
	id := "none"
	if l.Key.ID != 0 {
		id = strconv.FormatInt(l.Key.ID, 10)
	}
	switch rl.rep.Group {
	case tiendo.GroupLeader:
		v.Set("leader", id)
	case tiendo.GroupAssignee:
		v.Set("assignee", id)
	case tiendo.GroupDocument:
		v.Set("document", id)
	case tiendo.GroupPlace:
		v.Set("place", id)
	case tiendo.GroupCategory:
		v.Set("category", l.Key.Code)
	}
}

// links returns every cell's link: the line's base plus the cell's
// timeliness and due-date bounds.
func (rl rowLinks) links(l service.StatsLine, total bool) map[string]string {
	out := make(map[string]string, len(tiendo.StatsCells))
	for _, cell := range tiendo.StatsCells {
		f, err := l.CellFilter(cell)
		if err != nil {
			continue
		}
		v := rl.base(l, total)
		for _, tl := range f.Timeliness {
			v.Add("timeliness", string(tl))
		}
		if !f.DueFrom.IsZero() {
			v.Set("due_from", f.DueFrom.String())
		}
		if !f.DueTo.IsZero() {
			v.Set("due_to", f.DueTo.String())
		}
		out[cell] = "/api/v1/tasks?" + v.Encode()
	}
	return out
}

// View is one line as JSON.
func (rl rowLinks) View(l service.StatsLine, total bool) StatsRowJSON {
	c := l.Counts
	return StatsRowJSON{Key: l.Key, Subtree: l.Subtree, Assigned: c.Assigned, Due: c.Due, DoneDue: c.DoneDue,
		DoneOnTime: c.DoneOnTime, DoneLate: c.DoneLate, InProgress: c.InProgress, Overdue: c.Overdue,
		Continuous: c.Continuous, CompletionRate: c.CompletionRate(), CompletionRateDue: c.CompletionRateDue(),
		OnTimeRate: c.OnTimeRate(), OverdueAge: c.OverdueAge, Links: rl.links(l, total)}
}

// NewStatsJSON is the JSON form of a statistics table; c is the cut-off
// rule asked for (nil for the default), repeated in the links.
func NewStatsJSON(rep *service.StatsReport, c *vn.Cutoffs) StatsJSON {
	rl := RowLinks(rep, c)
	v := StatsJSON{Period: rep.Period.String(), Label: rep.Label, From: rep.From, To: rep.To, AsOf: rep.AsOf,
		Group: string(rep.Group), Closing: rep.Closing, Rows: make([]StatsRowJSON, 0, len(rep.Rows)), Total: rl.View(rep.Total, true)}
	if rep.Org != nil {
		v.Org = &service.StatsKey{ID: rep.Org.ID, Code: rep.Org.Code, Name: rep.Org.Name}
	}
	for _, l := range rep.Rows {
		v.Rows = append(v.Rows, rl.View(l, false))
	}
	return v
}
