package storetest

import (
	"encoding/json"
	"time"

	"tiendo"
	"tiendo/vn"
)

// closing returns a valid closing of period for org (nil: the whole tree).
func closing(org *int64, period string, by *int64) *tiendo.PeriodClosing {
	return &tiendo.PeriodClosing{OrgID: org, Period: period, From: vn.NewDate(2025, 12, 15), To: vn.NewDate(2026, 3, 14),
		AsOf: vn.NewDate(2026, 3, 14), ClosedBy: by, ClosedAt: time.Date(2026, 3, 16, 2, 0, 0, 0, time.UTC),
		Figures: json.RawMessage(`{"stats":{"org":{"total":3}}}`), Facts: json.RawMessage(`[{"id":1,"t":"overdue"}]`)}
}

var closingCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("A")
		acct := f.account("vanphong", tiendo.RoleOffice, &o.ID)
		c := closing(&o.ID, "2026-Q1", &acct.ID)
		must(f, f.st.CreateClosing(f.ctx, c))
		if c.ID == 0 || c.Version != 1 {
			f.Fatalf("after create: %+v", c)
		}
		got, err := f.st.GetClosing(f.ctx, c.ID)
		must(f, err)
		if got.OrgID == nil || *got.OrgID != o.ID || got.Period != "2026-Q1" || got.From != c.From || got.To != c.To ||
			got.AsOf != c.AsOf || !got.ClosedAt.Equal(c.ClosedAt) || got.ClosedByName != "vanphong" || !got.InForce() {
			f.Fatalf("read back %+v", got)
		}
		if !jsonEqual(got.Figures, c.Figures) || got.Facts != nil {
			f.Fatalf("figures %s, facts %s", got.Figures, got.Facts)
		}
		facts, err := f.st.ClosingFacts(f.ctx, c.ID)
		must(f, err)
		if !jsonEqual(facts, c.Facts) {
			f.Fatalf("facts %s", facts)
		}
	}},
	{"Create/ErrSecondInForce", func(f *fixture) {
		o := f.org("A")
		must(f, f.st.CreateClosing(f.ctx, closing(&o.ID, "2026-Q1", nil)))
		wantCode(f, f.st.CreateClosing(f.ctx, closing(&o.ID, "2026-Q1", nil)), tiendo.ECONFLICT)
		// the whole tree is its own scope, closed once too
		must(f, f.st.CreateClosing(f.ctx, closing(nil, "2026-Q1", nil)))
		wantCode(f, f.st.CreateClosing(f.ctx, closing(nil, "2026-Q1", nil)), tiendo.ECONFLICT)
		// another period of the same scope is not a conflict
		must(f, f.st.CreateClosing(f.ctx, closing(&o.ID, "2026-03", nil)))
	}},
	{"Create/ErrInvalid", func(f *fixture) {
		c := closing(nil, "2026-Q1", nil)
		c.Figures = json.RawMessage(`{`)
		wantCode(f, f.st.CreateClosing(f.ctx, c), tiendo.EINVALID)
		unknown := int64(4242)
		wantCode(f, f.st.CreateClosing(f.ctx, closing(&unknown, "2026-Q1", nil)), tiendo.EINVALID)
	}},
	{"Reopen/ThenCloseAgain", func(f *fixture) {
		o := f.org("A")
		leader := f.account("lanhdao", tiendo.RoleLeader, &o.ID)
		c := closing(&o.ID, "2026-Q1", nil)
		must(f, f.st.CreateClosing(f.ctx, c))
		stale := *c
		at := time.Date(2026, 4, 2, 3, 0, 0, 0, time.UTC)
		c.ReopenedBy, c.ReopenedAt, c.ReopenReason = &leader.ID, &at, "Phường báo cáo sai số liệu"
		must(f, f.st.ReopenClosing(f.ctx, c))
		if c.Version != 2 {
			f.Fatalf("version %d", c.Version)
		}
		stale.ReopenedAt, stale.ReopenReason = &at, "lần hai"
		wantCode(f, f.st.ReopenClosing(f.ctx, &stale), tiendo.ECONFLICT)
		got, err := f.st.GetClosing(f.ctx, c.ID)
		must(f, err)
		if got.InForce() || !got.ReopenedAt.Equal(at) || got.ReopenedName != "lanhdao" || got.ReopenReason != c.ReopenReason {
			f.Fatalf("reopened %+v", got)
		}
		again := closing(&o.ID, "2026-Q1", nil)
		must(f, f.st.CreateClosing(f.ctx, again))
		inForce, err := f.st.FindClosings(f.ctx, tiendo.ClosingFilter{OrgID: &o.ID, Period: "2026-Q1", InForce: true})
		must(f, err)
		if len(inForce) != 1 || inForce[0].ID != again.ID || inForce[0].Figures != nil {
			f.Fatalf("in force %+v", inForce)
		}
		all, err := f.st.FindClosings(f.ctx, tiendo.ClosingFilter{OrgID: &o.ID})
		must(f, err)
		if len(all) != 2 || all[0].ID != again.ID || all[1].ID != c.ID {
			f.Fatalf("history %+v", all)
		}
		c.ReopenReason = " "
		wantCode(f, f.st.ReopenClosing(f.ctx, c), tiendo.EINVALID)
		wantCode(f, f.st.ReopenClosing(f.ctx, &tiendo.PeriodClosing{ID: 4242, Version: 1, ReopenedAt: &at, ReopenReason: "x"}),
			tiendo.ENOTFOUND)
	}},
	{"Find/ScopesApart", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		must(f, f.st.CreateClosing(f.ctx, closing(&a.ID, "2026-Q1", nil)))
		must(f, f.st.CreateClosing(f.ctx, closing(&b.ID, "2026-Q1", nil)))
		must(f, f.st.CreateClosing(f.ctx, closing(nil, "2026-Q1", nil)))
		whole, err := f.st.FindClosings(f.ctx, tiendo.ClosingFilter{Whole: true})
		must(f, err)
		if len(whole) != 1 || whole[0].OrgID != nil {
			f.Fatalf("whole tree %+v", whole)
		}
		every, err := f.st.FindClosings(f.ctx, tiendo.ClosingFilter{Period: "2026-Q1"})
		must(f, err)
		if len(every) != 3 {
			f.Fatalf("every scope %+v", every)
		}
		_, err = f.st.GetClosing(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
}
