package storetest

import (
	"encoding/json"
	"reflect"

	"tiendo"
)

var rulesCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("A")
		acct := f.account("quantri", tiendo.RoleAdmin, &o.ID)
		grading := json.RawMessage(`[{"code":"nd335","bands":[{"code":"x","min":90}]}]`)
		later := &tiendo.RulesVersion{EffectiveFrom: d(2026, 7, 1), MaxExtensions: 2, DefaultDeadlineWorkingDays: 15,
			Grading: grading, Note: "Theo văn bản mới", CreatedBy: &acct.ID}
		must(f, f.st.CreateRulesVersion(f.ctx, later))
		earlier := &tiendo.RulesVersion{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10,
			Grading: json.RawMessage(`[]`)}
		must(f, f.st.CreateRulesVersion(f.ctx, earlier))
		if later.ID == 0 || later.Version != 1 || later.CreatedAt.IsZero() || !later.UpdatedAt.Equal(later.CreatedAt) {
			f.Fatalf("after create: %+v", later)
		}
		list, err := f.st.FindRulesVersions(f.ctx)
		must(f, err)
		if !reflect.DeepEqual(list, []*tiendo.RulesVersion{earlier, later}) {
			f.Fatalf("list\n got %+v %+v\nwant %+v %+v", list[0], list[1], earlier, later)
		}
		if got := tiendo.RulesVersionAt(list, d(2026, 6, 30)); got.ID != earlier.ID {
			f.Fatalf("in force on 30/06: %+v", got)
		}
	}},
	{"Create/ErrSameDate", func(f *fixture) {
		v := &tiendo.RulesVersion{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)}
		must(f, f.st.CreateRulesVersion(f.ctx, v))
		again := *v
		wantCode(f, f.st.CreateRulesVersion(f.ctx, &again), tiendo.ECONFLICT)
	}},
	{"Create/ErrInvalid", func(f *fixture) {
		for _, v := range []*tiendo.RulesVersion{
			{MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)},
			{EffectiveFrom: d(2026, 1, 1), MaxExtensions: -1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)},
			{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 0, Grading: json.RawMessage(`[]`)},
			{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`{`)},
		} {
			wantCode(f, f.st.CreateRulesVersion(f.ctx, v), tiendo.EINVALID)
		}
	}},
	{"Update/OK", func(f *fixture) {
		v := &tiendo.RulesVersion{EffectiveFrom: d(2026, 1, 1), MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: json.RawMessage(`[]`)}
		must(f, f.st.CreateRulesVersion(f.ctx, v))
		stale := *v
		v.MaxExtensions, v.Grading, v.Note = 3, json.RawMessage(`[{"code":"hn3814"}]`), "Sửa"
		must(f, f.st.UpdateRulesVersion(f.ctx, v))
		if v.Version != 2 {
			f.Fatalf("version %d", v.Version)
		}
		list, err := f.st.FindRulesVersions(f.ctx)
		must(f, err)
		if len(list) != 1 || !reflect.DeepEqual(list[0], v) {
			f.Fatalf("after update %+v, want %+v", list[0], v)
		}
		wantCode(f, f.st.UpdateRulesVersion(f.ctx, &stale), tiendo.ECONFLICT)
		missing := *v
		missing.ID = 4242
		wantCode(f, f.st.UpdateRulesVersion(f.ctx, &missing), tiendo.ENOTFOUND)
	}},
	{"Find/NoneIsEmpty", func(f *fixture) {
		list, err := f.st.FindRulesVersions(f.ctx)
		must(f, err)
		if len(list) != 0 || tiendo.RulesVersionAt(list, d(2026, 1, 1)) != nil {
			f.Fatalf("list %+v", list)
		}
	}},
}
