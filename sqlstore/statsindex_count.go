package sqlstore

import (
	"cmp"
	"slices"
	"strconv"
	"time"

	"tiendo"
	"tiendo/vn"
)

// count aggregates the organisation matrix of q from the facts. Each task
// goes through the root package's own rules (Task.InPeriod, Counts.Count),
// so the index adds no third copy of them; the two tests before are the
// cheap part of InPeriod that rejects most of a long history (completed
// before the period, assigned after it) without building a Task.
func (x *statsIndex) count(q tiendo.StatsQuery) []tiendo.StatsRow {
	last := q.Period.To
	if q.AsOf.Before(last) {
		last = q.AsOf
	}
	from, end := int32(packVN(q.Period.From)), int32(packVN(last))
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
	f := &x.facts
	var k tiendo.Task
	for i, o := range f.org {
		if o == 0 || (only != nil && !only[o]) {
			continue
		}
		if c := f.completed[i]; c != 0 && c < from {
			continue
		}
		if a := f.assigned[i]; a != 0 && a > end {
			continue
		}
		k.Status = factStatuses[f.status[i]]
		k.AssignedOn, k.Due, k.CompletedOn = packedDate(f.assigned[i]).date(), packedDate(f.due[i]).date(), packedDate(f.completed[i]).date()
		if k.InPeriod(q.Period, q.AsOf) {
			counts[o].Count(&k, q.AsOf)
		}
	}
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
	factWithdrawn: tiendo.StatusWithdrawn}

// packedDate is a civil date as year<<9 | month<<5 | day: four bytes that
// order as the dates do (and as their ISO text does in SQL) and unpack
// into a vn.Date without arithmetic. 0 is no date.
type packedDate int32

func packVN(d vn.Date) packedDate {
	if d.IsZero() {
		return 0
	}
	return packedDate(d.Year<<9 | int(d.Month)<<5 | d.Day)
}

func (p packedDate) date() vn.Date {
	if p == 0 {
		return vn.Date{}
	}
	return vn.Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

// Scan reads "YYYY-MM-DD" text directly (SQLite's dates, a million of
// them per build) and anything else through vn.Date's own Scan.
func (p *packedDate) Scan(src any) error {
	if src == nil {
		*p = 0
		return nil
	}
	if s, ok := src.(string); ok && len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, m, d := digits(s[0:4]), digits(s[5:7]), digits(s[8:10])
		if y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			*p = packedDate(y<<9 | m<<5 | d)
			return nil
		}
	}
	var d vn.Date
	if err := d.Scan(src); err != nil {
		return err
	}
	*p = packVN(d)
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
