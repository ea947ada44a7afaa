package storetest

import (
	"reflect"
	"time"

	"tiendo"
	"tiendo/vn"
)

func (f *fixture) target(org int64) *tiendo.Target {
	f.Helper()
	t := &tiendo.Target{Name: "Thu ngân sách", Unit: "tỉ đồng", Direction: tiendo.HigherBetter, OrgID: org,
		PeriodKind: vn.PeriodQuarter, Place: "Phố Huế", Cumulative: true, OnTrack: 0.9, Developing: 0.7}
	must(f, f.st.CreateTarget(f.ctx, t))
	return t
}

var targetCases = []testCase{
	{"CreateFindUpdate", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		t := f.target(a.ID)
		got, err := f.st.FindTargetByID(f.ctx, t.ID)
		must(f, err)
		if !reflect.DeepEqual(got, t) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, t)
		}
		t.OrgID, t.Cumulative, t.Direction = b.ID, false, tiendo.LowerBetter
		must(f, f.st.UpdateTarget(f.ctx, t))
		list, err := f.st.FindTargets(f.ctx, []int64{b.ID})
		must(f, err)
		if len(list) != 1 || !reflect.DeepEqual(list[0], t) || t.Version != 2 {
			f.Fatalf("after update %+v", list)
		}
		stale := *t
		stale.Version = 1
		wantCode(f, f.st.UpdateTarget(f.ctx, &stale), tiendo.ECONFLICT)
		_, err = f.st.FindTargetByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Create/ErrBadDirection", func(f *fixture) {
		wantCode(f, f.st.CreateTarget(f.ctx, &tiendo.Target{Name: "x", Unit: "%", Direction: "up", OrgID: f.org("A").ID,
			PeriodKind: vn.PeriodYear}), tiendo.EINVALID)
	}},
	{"Values/HistoryKept", func(f *fixture) {
		o := f.org("A")
		acct := f.account("nhap", tiendo.RoleOfficer, &o.ID)
		t := f.target(o.ID)
		vals := []*tiendo.TargetValue{
			{TargetID: t.ID, Period: "2023", Kind: tiendo.Plan, Value: 11540, Note: "Dự toán giao"},
			{TargetID: t.ID, Period: "2023-Q1", Kind: tiendo.Actual, Value: 5900, EnteredBy: acct.ID},
			{TargetID: t.ID, Period: "2023-Q1", Kind: tiendo.Actual, Value: 6001.5, Note: "Số liệu chốt", Evidence: "35/BC-TCKH", EnteredBy: acct.ID},
		}
		for _, v := range vals {
			must(f, f.st.AddTargetValue(f.ctx, v))
		}
		got, err := f.st.FindTargetValues(f.ctx, t.ID)
		must(f, err)
		if !reflect.DeepEqual(got, vals) {
			f.Fatalf("values\n got %+v\nwant %+v", got, vals)
		}
		cur, ok := tiendo.Current(got, "2023-Q1", tiendo.Actual)
		if !ok || cur.Value != 6001.5 {
			f.Fatalf("current actual %+v", cur)
		}
		wantCode(f, f.st.AddTargetValue(f.ctx, &tiendo.TargetValue{TargetID: t.ID, Period: "2023", Kind: "guess", Value: 1}), tiendo.EINVALID)
	}},
	{"Explanations/AskAndAnswer", func(f *fixture) {
		o := f.org("A")
		leader := f.account("lanhdao", tiendo.RoleLeader, &o.ID)
		unit := f.account("donvi", tiendo.RoleOfficer, &o.ID)
		t := f.target(o.ID)
		e := &tiendo.Explanation{TargetID: t.ID, Period: "2023-Q1", Question: "Vì sao chậm?", AskedBy: leader.ID}
		must(f, f.st.CreateExplanation(f.ctx, e))
		at := time.Date(2026, 3, 2, 16, 4, 5, 123456789, time.FixedZone("ICT", 7*3600))
		e.Answer, e.AnsweredBy, e.AnsweredAt = "Chờ quyết toán", &unit.ID, &at
		must(f, f.st.UpdateExplanation(f.ctx, e))
		list, err := f.st.FindExplanations(f.ctx, t.ID)
		must(f, err)
		if len(list) != 1 || !reflect.DeepEqual(list[0], e) || list[0].Open() {
			f.Fatalf("explanations\n got %+v\nwant %+v", list[0], e)
		}
		stale := *e
		stale.Version = 1
		wantCode(f, f.st.UpdateExplanation(f.ctx, &stale), tiendo.ECONFLICT)
	}},
}
