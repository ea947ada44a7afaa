package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"tiendo"
)

// ReadCachesAcrossInstances checks the rules versions and the closings in
// force, which a store may keep between calls (issue 19), from a second
// instance b on the same database as a: every change a commits shows at
// once, a rolled-back one never, and callers get copies.
func ReadCachesAcrossInstances(t *testing.T, a, b tiendo.Store) {
	ctx := context.Background()
	org := &tiendo.Org{Code: "P", Name: "Tỉnh", Kind: tiendo.KindAdministrative, Level: tiendo.LevelProvince}
	if err := a.CreateOrg(ctx, org); err != nil {
		t.Fatal(err)
	}
	acct := &tiendo.Account{Login: "vanphong", Locale: "vi", PasswordHash: "h",
		Grants: []tiendo.Grant{{Role: tiendo.RoleOffice, OrgID: &org.ID}}}
	if err := a.CreateAccount(ctx, acct); err != nil {
		t.Fatal(err)
	}
	rules := func() []*tiendo.RulesVersion {
		t.Helper()
		vs, err := b.FindRulesVersions(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return vs
	}
	inForce := func(f tiendo.ClosingFilter) []*tiendo.PeriodClosing {
		t.Helper()
		f.InForce = true
		cs, err := b.FindClosings(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		return cs
	}
	v := &tiendo.RulesVersion{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)}
	c := closing(&org.ID, "2026-Q1", &acct.ID)
	whole := closing(nil, "2026-Q1", nil)
	rollBack := func(fn func(tiendo.Store) error) error {
		err := a.Tx(ctx, func(st tiendo.Store) error {
			if err := fn(st); err != nil {
				return err
			}
			return errors.New("roll back")
		})
		if err == nil {
			t.Error("the transaction committed")
		}
		return nil
	}
	steps := []struct {
		name  string
		write func() error
		check func() bool
	}{
		{"nothing yet", func() error { return nil }, func() bool {
			return len(rules()) == 0 && len(inForce(tiendo.ClosingFilter{})) == 0
		}},
		{"a rules version", func() error { return a.CreateRulesVersion(ctx, v) }, func() bool {
			vs := rules()
			return len(vs) == 1 && vs[0].ID == v.ID && vs[0].MaxExtensions == 1
		}},
		{"a rules version changed", func() error {
			v.MaxExtensions = 3
			return a.UpdateRulesVersion(ctx, v)
		}, func() bool { vs := rules(); return len(vs) == 1 && vs[0].MaxExtensions == 3 && vs[0].Version == 2 }},
		{"a rolled-back rules version", func() error {
			return rollBack(func(st tiendo.Store) error {
				return st.CreateRulesVersion(ctx, &tiendo.RulesVersion{EffectiveFrom: d(2027, 1, 1), MaxExtensions: 1,
					DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)})
			})
		}, func() bool { return len(rules()) == 1 }},
		{"two closings", func() error {
			return errors.Join(a.CreateClosing(ctx, c), a.CreateClosing(ctx, whole))
		}, func() bool {
			org, all, w := inForce(tiendo.ClosingFilter{OrgID: &org.ID, Period: "2026-Q1"}), inForce(tiendo.ClosingFilter{}),
				inForce(tiendo.ClosingFilter{Whole: true, Period: "2026-Q1"})
			return len(org) == 1 && org[0].ID == c.ID && org[0].ClosedByName == "vanphong" && len(all) == 2 &&
				len(w) == 1 && w[0].ID == whole.ID && len(inForce(tiendo.ClosingFilter{Period: "2026-Q2"})) == 0
		}},
		{"the closer's login changed", func() error {
			acct.Login = "vanphong2"
			return a.UpdateAccount(ctx, acct)
		}, func() bool {
			cs := inForce(tiendo.ClosingFilter{OrgID: &org.ID})
			return len(cs) == 1 && cs[0].ClosedByName == "vanphong2"
		}},
		{"a rolled-back reopening", func() error {
			return rollBack(func(st tiendo.Store) error {
				r := *c
				at := time.Date(2026, 4, 2, 3, 0, 0, 0, time.UTC)
				r.ReopenedAt, r.ReopenReason = &at, "Phường báo cáo sai số liệu"
				return st.ReopenClosing(ctx, &r)
			})
		}, func() bool { return len(inForce(tiendo.ClosingFilter{OrgID: &org.ID})) == 1 }},
		{"a reopening", func() error {
			at := time.Date(2026, 4, 2, 3, 0, 0, 0, time.UTC)
			c.ReopenedAt, c.ReopenReason = &at, "Phường báo cáo sai số liệu"
			return a.ReopenClosing(ctx, c)
		}, func() bool {
			all := inForce(tiendo.ClosingFilter{})
			return len(inForce(tiendo.ClosingFilter{OrgID: &org.ID})) == 0 && len(all) == 1 && all[0].ID == whole.ID
		}},
	}
	for _, s := range steps {
		rules() // cached before the write
		inForce(tiendo.ClosingFilter{})
		if err := s.write(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if !s.check() {
			t.Errorf("%s: the other instance does not show it", s.name)
		}
	}

	// What callers get are copies.
	vs := rules()
	vs[0].MaxExtensions, vs[0].Grading[0] = 99, 'x'
	if again := rules(); again[0].MaxExtensions != 3 || string(again[0].Grading) != "[]" {
		t.Errorf("a caller's change reached the cached rules: %+v", again[0])
	}
	cs := inForce(tiendo.ClosingFilter{})
	cs[0].Period, cs[0].ClosedAt = "changed", time.Time{}
	if again := inForce(tiendo.ClosingFilter{}); again[0].Period != "2026-Q1" {
		t.Errorf("a caller's change reached the cached closings: %+v", again[0])
	}
}
