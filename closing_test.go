package tiendo_test

import (
	"encoding/json"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

func TestClosingPermissions(t *testing.T) {
	tr := permTree()
	wholeOffice := actorWith(tiendo.Grant{Role: tiendo.RoleOffice})
	wholeLeader := actorWith(tiendo.Grant{Role: tiendo.RoleLeader})
	type rule func(*tiendo.Actor, *tiendo.OrgTree, *int64) bool
	cases := []struct {
		rule  string
		fn    rule
		actor *tiendo.Actor
		org   *int64
		want  bool
	}{
		{"close: the office of the org", tiendo.CanClosePeriod, office2, id(2), true},
		{"close: the office above the org", tiendo.CanClosePeriod, office2, id(4), true},
		{"close: another ward's office", tiendo.CanClosePeriod, office2, id(3), false},
		{"close: a leader is not the office", tiendo.CanClosePeriod, leader2, id(2), false},
		{"close: an admin of the org is not the office", tiendo.CanClosePeriod, admin2, id(2), false},
		{"close: whole-tree admin anywhere", tiendo.CanClosePeriod, wholeTree, id(3), true},
		{"close: whole tree by whole-tree admin", tiendo.CanClosePeriod, wholeTree, nil, true},
		{"close: whole tree by whole-tree office", tiendo.CanClosePeriod, wholeOffice, nil, true},
		{"close: whole tree not by a ward's office", tiendo.CanClosePeriod, office2, nil, false},
		{"reopen: a leader over the org", tiendo.CanReopenPeriod, leader2, id(4), true},
		{"reopen: the office may not", tiendo.CanReopenPeriod, office2, id(2), false},
		{"reopen: a whole-tree admin is not a leader", tiendo.CanReopenPeriod, wholeTree, id(2), false},
		{"reopen: another ward's leader", tiendo.CanReopenPeriod, leader2, id(3), false},
		{"reopen: whole tree by a whole-tree leader", tiendo.CanReopenPeriod, wholeLeader, nil, true},
		{"reopen: whole tree not by a ward's leader", tiendo.CanReopenPeriod, leader2, nil, false},
		{"reopen: internal job", tiendo.CanReopenPeriod, system, nil, true},
		{"whole tree seen by a whole-tree leader", func(a *tiendo.Actor, _ *tiendo.OrgTree, _ *int64) bool { return tiendo.HasWholeTreeGrant(a) }, wholeLeader, nil, true},
		{"whole tree not seen by a ward's office", func(a *tiendo.Actor, _ *tiendo.OrgTree, _ *int64) bool { return tiendo.HasWholeTreeGrant(a) }, office2, nil, false},
	}
	for _, c := range cases {
		if got := c.fn(c.actor, tr, c.org); got != c.want {
			t.Errorf("%s: got %v, want %v", c.rule, got, c.want)
		}
	}
}

func TestCheckClosable(t *testing.T) {
	q1 := vn.Period{Kind: vn.PeriodQuarter, Year: 2026, Index: 1}
	to := vn.NewDate(2026, 3, 14)
	cases := []struct {
		name  string
		p     vn.Period
		today vn.Date
		ok    bool
	}{
		{"on the cut-off day", q1, to, true},
		{"after it", q1, to.AddDays(40), true},
		{"the day before", q1, to.AddDays(-1), false},
		{"a custom range", vn.Period{Kind: vn.PeriodCustom, From: to.AddDays(-10), To: to}, to, false},
	}
	for _, c := range cases {
		err := tiendo.CheckClosable(c.p, to, c.today)
		if (err == nil) != c.ok {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestClosingValidate(t *testing.T) {
	at := time.Date(2026, 3, 14, 20, 0, 0, 0, time.UTC) // 03:00 on 15/03 in Vietnam
	ok := func() *tiendo.PeriodClosing {
		return &tiendo.PeriodClosing{Period: "2026-Q1", From: vn.NewDate(2025, 12, 15), To: vn.NewDate(2026, 3, 14),
			AsOf: vn.NewDate(2026, 3, 14), ClosedAt: at, Figures: json.RawMessage(`{}`), Facts: json.RawMessage(`[]`)}
	}
	if err := ok().Validate(); err != nil {
		t.Fatal(err)
	}
	if got := ok().ClosedOn(); got != vn.NewDate(2026, 3, 15) {
		t.Errorf("closed on %v", got)
	}
	cases := map[string]func(c *tiendo.PeriodClosing){
		"period":        func(c *tiendo.PeriodClosing) { c.Period = "2026-Q5" },
		"as_of":         func(c *tiendo.PeriodClosing) { c.AsOf = c.To.AddDays(-1) },
		"figures":       func(c *tiendo.PeriodClosing) { c.Figures = json.RawMessage(`{`) },
		"reason":        func(c *tiendo.PeriodClosing) { now := at; c.ReopenedAt = &now; c.ReopenReason = "  " },
		"reversed days": func(c *tiendo.PeriodClosing) { c.From = c.To.AddDays(1) },
	}
	for name, breakIt := range cases {
		c := ok()
		breakIt(c)
		if tiendo.ErrorCode(c.Validate()) != tiendo.EINVALID {
			t.Errorf("%s: accepted", name)
		}
	}
	if tiendo.CheckReopenReason(" ") == nil || tiendo.CheckReopenReason("Sai số liệu phường") != nil {
		t.Error("reopen reason")
	}
}
