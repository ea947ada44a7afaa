package sqlstore

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"tiendo"
	"tiendo/vn"
)

// count aggregates the organisation matrix of q from the facts through
// the root package's own rules (Task.InPeriod, Counts.Count), so the
// index adds no third copy of them. Two shortcuts keep it to a few
// nanoseconds a task:
//
//   - the cheap part of InPeriod first: a task completed before the
//     period or assigned after it (most of a long history) is skipped
//     without building a Task;
//   - an open task assigned by then counts (or, withdrawn, does not) the
//     same as any other with its status class and deadline, so whether
//     InPeriod keeps it and what Counts.Count adds are worked out once per
//     (status class, deadline) and tallied.
//
// changed are the states in force at the as-of date of the tasks changed
// after it (none when it is today): those tasks count by them, through
// the same rules, instead of by their facts.
func (x *statsIndex) count(q tiendo.StatsQuery, changed []tiendo.TaskState) []tiendo.StatsRow {
	last := q.Period.To
	if q.AsOf.Before(last) {
		last = q.AsOf
	}
	from, end := dayOf(q.Period.From), dayOf(last)
	var only []bool // by organisation index; nil: every organisation
	if q.LeadOrgIDs != nil {
		only = make([]bool, len(x.orgIDs))
		for _, id := range q.LeadOrgIDs {
			if o, ok := x.orgIdx[id]; ok {
				only[o] = true
			}
		}
	}
	counts := make([]tiendo.Counts, len(x.orgIDs))
	open := newOpenTally(q, len(x.orgIDs))
	f := &x.facts
	var k tiendo.Task
	var skipped []uint64 // a bit per task id counted from changed
	if len(changed) > 0 {
		skipped = make([]uint64, len(f.org)/64+1)
		for _, st := range changed {
			if id := st.TaskID; id >= 0 && id < int64(len(f.org)) {
				skipped[id/64] |= 1 << (id % 64)
			}
		}
	}
	for i, o := range f.org {
		if o == 0 || (only != nil && !only[o]) {
			continue
		}
		if skipped != nil && skipped[i/64]&(1<<(i%64)) != 0 {
			continue
		}
		c, st := f.completed[i], f.status[i]
		if c != 0 && c < from {
			continue
		}
		if a := f.assigned[i]; a != 0 && a > end {
			continue
		}
		if c == 0 && open.add(o, st, f.due[i]) {
			continue
		}
		k.Status = factStatuses[st]
		k.AssignedOn, k.Due, k.CompletedOn = x.date(f.assigned[i]), x.date(f.due[i]), x.date(c)
		if k.InPeriod(q.Period, q.AsOf) {
			counts[o].Count(&k, q.AsOf)
		}
	}
	for _, st := range changed {
		if st.TaskID < 0 || st.TaskID >= int64(len(f.org)) {
			continue
		}
		o := f.org[st.TaskID]
		if o == 0 || (only != nil && !only[o]) {
			continue
		}
		k.Status, k.AssignedOn, k.Due, k.CompletedOn = st.Status, st.AssignedOn, st.Due, st.CompletedOn
		if k.InPeriod(q.Period, q.AsOf) {
			counts[o].Count(&k, q.AsOf)
		}
	}
	open.addTo(counts)
	order := make([]int, 0, len(counts))
	for o, c := range counts {
		if c.Assigned > 0 {
			order = append(order, o)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(x.orgIDs[a], x.orgIDs[b]) })
	out := make([]tiendo.StatsRow, len(order))
	for i, o := range order {
		out[i] = tiendo.StatsRow{Key: strconv.FormatInt(x.orgIDs[o], 10), Counts: counts[o]}
	}
	return out
}

// factStatuses are the statuses a fact stands for: the timeliness rules
// only tell withdrawn and postponed from the rest.
var factStatuses = [...]tiendo.Status{factOther: tiendo.StatusAssigned, factPostponed: tiendo.StatusPostponed,
	factWithdrawn: tiendo.StatusWithdrawn, factReportedDone: tiendo.StatusReportedDone}

// openTally counts the open tasks of a period by outcome. An outcome is
// what Counts.Count adds for one task; an open task has at most seven
// (continuous, in progress with or without a deadline passed, overdue in
// four age buckets). Outcomes are memoised per status class and deadline
// within memoDays of the as-of date; others take the general path.
type openTally struct {
	q        tiendo.StatsQuery
	base     day                  // the deadline at memo slot 1 (slot 0: none)
	memo     []int8               // status class × slot → outcome + 1, skip, general; 0 unknown
	outcomes []tiendo.Counts      // the distinct outcomes met so far
	n        [][maxOutcomes]int32 // per organisation index
}

const (
	memoDays    = 1 << 13
	maxOutcomes = 8
	skip        = -2 // not of the period
	general     = -1 // not memoised: the general path
)

func newOpenTally(q tiendo.StatsQuery, orgs int) *openTally {
	return &openTally{q: q, base: dayOf(q.AsOf) - memoDays/2, memo: make([]int8, len(factStatuses)*(memoDays+1)),
		n: make([][maxOutcomes]int32, orgs)}
}

// add tallies an open task assigned by the period's end (or the as-of
// date) led by organisation o; false when it must take the general path.
func (t *openTally) add(o uint16, st uint8, due day) bool {
	slot := 0
	if due != 0 {
		if slot = int(due-t.base) + 1; slot < 1 || slot > memoDays {
			return false
		}
	}
	key := int(st)*(memoDays+1) + slot
	v := t.memo[key]
	if v == 0 {
		v = t.outcome(st, due)
		t.memo[key] = v
	}
	switch v {
	case general:
		return false
	case skip:
		return true
	}
	t.n[o][v-1]++
	return true
}

// outcome works out, with the root package's rules, what one open task
// with this status class and deadline adds: 1 + its index in t.outcomes,
// skip, or general when there are more outcomes than expected. With the
// assignment date checked before and no completion, InPeriod depends on
// nothing the probe leaves out.
func (t *openTally) outcome(st uint8, due day) int8 {
	k := tiendo.Task{Status: factStatuses[st], Due: due.date()}
	if !k.InPeriod(t.q.Period, t.q.AsOf) {
		return skip
	}
	var c tiendo.Counts
	c.Count(&k, t.q.AsOf)
	if i := slices.Index(t.outcomes, c); i >= 0 {
		return int8(i + 1)
	}
	if len(t.outcomes) == maxOutcomes {
		return general
	}
	t.outcomes = append(t.outcomes, c)
	return int8(len(t.outcomes))
}

// addTo adds the tallied outcomes to the counts per organisation.
func (t *openTally) addTo(counts []tiendo.Counts) {
	for o, ns := range t.n {
		for i, n := range ns[:len(t.outcomes)] {
			if n > 0 {
				counts[o].Add(times(t.outcomes[i], int(n)))
			}
		}
	}
}

// times is c added n times.
func times(c tiendo.Counts, n int) tiendo.Counts {
	a := c.OverdueAge
	return tiendo.Counts{Assigned: c.Assigned * n, Due: c.Due * n, DoneDue: c.DoneDue * n,
		DoneOnTime: c.DoneOnTime * n, DoneLate: c.DoneLate * n, InProgress: c.InProgress * n,
		Overdue: c.Overdue * n, Continuous: c.Continuous * n,
		OverdueAge: tiendo.OverdueAge{UpTo30: a.UpTo30 * n, From31To90: a.From31To90 * n,
			From91To120: a.From91To120 * n, Over120: a.Over120 * n},
		WeightAssigned: c.WeightAssigned * float64(n), WeightDoneOnTime: c.WeightDoneOnTime * float64(n),
		WeightDoneLate: c.WeightDoneLate * float64(n)}
}

// day is a civil date as 1 + days since dayEpoch: four bytes that order
// as the dates do (and as their ISO text does in SQL). 0 is no date.
type day int32

var dayEpoch = vn.Date{Year: 1900, Month: 1, Day: 1}

func dayOf(d vn.Date) day {
	if d.IsZero() {
		return 0
	}
	return day(d.Sub(dayEpoch) + 1)
}

func (n day) date() vn.Date {
	if n == 0 {
		return vn.Date{}
	}
	return dayEpoch.AddDays(int(n) - 1)
}

// date is n.date() from the index's table of the days its facts span.
func (x *statsIndex) date(n day) vn.Date {
	if i := int(n - x.firstDay); i >= 0 && i < len(x.days) {
		return x.days[i]
	}
	return n.date()
}

// fillDays tabulates the dates of the days the facts span (at most
// maxDays from the first), so counting never converts a day number twice.
func (x *statsIndex) fillDays() {
	first, last := day(0), day(0)
	f := &x.facts
	for _, col := range [][]day{f.assigned, f.due, f.completed} {
		for _, n := range col {
			if n != 0 && (first == 0 || n < first) {
				first = n
			}
			last = max(last, n)
		}
	}
	x.firstDay, x.days = first, nil
	if first == 0 {
		return
	}
	x.days = make([]vn.Date, min(int(last-first)+1, maxDays))
	for i := range x.days {
		x.days[i] = (first + day(i)).date()
	}
}

const maxDays = 1 << 14

// Scan reads "YYYY-MM-DD" text directly (SQLite's dates, a million of
// them per build) and anything else through vn.Date's own Scan.
func (n *day) Scan(src any) error {
	if src == nil {
		*n = 0
		return nil
	}
	if s, ok := src.(string); ok && len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
		// Days past the 28th go through the check that the day exists.
		if y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 28 {
			*n = dayOf(vn.Date{Year: y, Month: time.Month(m), Day: d})
			return nil
		}
	}
	var d vn.Date
	if err := d.Scan(src); err != nil {
		return err
	}
	*n = dayOf(d)
	return nil
}

// digits is the value of a string of ASCII digits, or -1.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}
