package service_test

import (
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

func TestTargetWorkflow(t *testing.T) {
	f := newFixture(t)
	tg, err := f.svc.CreateTarget(f.as("office"), tiendo.Target{Name: "Số tuyến phố kiểu mẫu", Unit: "tuyến",
		Direction: tiendo.HigherBetter, OrgID: f.orgs["PH"], PeriodKind: vn.PeriodYear})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.CreateTarget(f.as("phohue"), tiendo.Target{Name: "x", Unit: "x", Direction: tiendo.HigherBetter,
		OrgID: f.orgs["PH"], PeriodKind: vn.PeriodYear})
	wantCode(t, err, tiendo.EFORBIDDEN)

	// Who may enter what.
	for _, c := range []struct {
		login string
		kind  tiendo.ValueKind
		code  string
	}{
		{"phohue", tiendo.Plan, tiendo.EFORBIDDEN}, {"leader", tiendo.Plan, ""},
		{"leader", tiendo.Actual, tiendo.EFORBIDDEN}, {"truongdinh", tiendo.Actual, tiendo.ENOTFOUND},
		{"phohue", tiendo.Actual, ""},
	} {
		x := 10.0
		if c.kind == tiendo.Actual {
			x = 6
		}
		_, err := f.svc.AddTargetValue(f.as(c.login), tg.ID, service.ValueInput{Period: "2022", Kind: c.kind, Value: x, Note: "Báo cáo 4 tháng"})
		wantCode(t, err, c.code)
	}
	_, err = f.svc.AddTargetValue(f.as("phohue"), tg.ID, service.ValueInput{Period: "năm nay", Kind: tiendo.Actual, Value: 1})
	wantCode(t, err, tiendo.EINVALID)

	d, err := f.svc.GetTarget(f.as("viewer"), tg.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d.Assessment.Status != tiendo.TargetAtRisk || len(d.Values) != 2 || len(d.Periods) != 1 {
		t.Fatalf("detail %+v", d)
	}

	// The leader asks for an explanation; only the unit answers, once.
	_, err = f.svc.AskExplanation(f.as("office"), tg.ID, "2022", "Vì sao đạt thấp?")
	wantCode(t, err, tiendo.EFORBIDDEN)
	e, err := f.svc.AskExplanation(f.as("leader"), tg.ID, "2022", "Vì sao đạt thấp?")
	if err != nil {
		t.Fatal(err)
	}
	lines, err := f.svc.ListTargets(f.as("leader"), nil)
	if err != nil || len(lines) != 1 || lines[0].OpenExplanations != 1 {
		t.Fatalf("list %+v %v", lines, err)
	}
	_, err = f.svc.AnswerExplanation(f.as("leader"), tg.ID, e.ID, e.Version, "x")
	wantCode(t, err, tiendo.EFORBIDDEN)
	if _, err = f.svc.AnswerExplanation(f.as("phohue"), tg.ID, e.ID, e.Version, "Chờ kinh phí"); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.AnswerExplanation(f.as("phohue"), tg.ID, e.ID, e.Version+1, "Lần hai")
	wantCode(t, err, tiendo.ECONFLICT)
	_, err = f.svc.GetTarget(f.as("truongdinh"), tg.ID)
	wantCode(t, err, tiendo.ENOTFOUND)
}
