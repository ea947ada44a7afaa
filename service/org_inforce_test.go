package service_test

import (
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// endedFixture dissolves UBND phường Phố Huế into Phường Trương Định on
// 2/1/2020 (in force until that day) and moves the clock to 6/1/2020.
func endedFixture(t *testing.T) *fixture {
	f := newFixture(t)
	f.dissolve("PH-UBND", "TD", date(2020, 1, 2))
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, vn.Location)
	return f
}

func (f *fixture) dissolve(code, successor string, on vn.Date) *service.DissolveResult {
	f.t.Helper()
	o, err := f.svc.GetOrg(f.as("admin"), f.orgs[code])
	if err != nil {
		f.t.Fatal(err)
	}
	res, err := f.svc.DissolveOrg(f.as("admin"), o.ID, f.orgs[successor], on, o.Version)
	if err != nil {
		f.t.Fatalf("dissolve %s: %v", code, err)
	}
	return res
}

// wantEnded fails unless err is invalid with field naming the ended unit,
// the day it ended and its successor.
func wantEnded(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, tiendo.EINVALID)
	msg := tiendo.ErrorFields(err)[field]
	for _, part := range []string{"«UBND phường Phố Huế» đã hết hiệu lực từ 03/01/2020", "đơn vị kế thừa: «Phường Trương Định»"} {
		if !strings.Contains(msg, part) {
			t.Fatalf("%s = %q (fields %v), want it to contain %q", field, msg, tiendo.ErrorFields(err), part)
		}
	}
}

func TestCreateRefusesEndedUnit(t *testing.T) {
	f := endedFixture(t)
	for _, c := range []struct {
		name  string
		in    service.TaskInput
		field string
	}{
		{"lead", service.TaskInput{LeadOrgID: f.orgs["PH-UBND"]}, "lead_org_id"},
		{"one of several leads", service.TaskInput{LeadOrgIDs: []int64{f.orgs["TD"], f.orgs["PH-UBND"]}}, "lead_org_id"},
		{"cooperating", service.TaskInput{LeadOrgID: f.orgs["TD"], CoopOrgIDs: []int64{f.orgs["PH-UBND"]}}, "coop_org_ids"},
		{"assigned after the end", service.TaskInput{LeadOrgID: f.orgs["PH-UBND"], AssignedOn: date(2020, 1, 3)}, "lead_org_id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.in.Title, c.in.Deadline = "Kiểm tra PCCC", "trước ngày 30/01/2020"
			_, err := f.svc.CreateTasks(f.as("office"), c.in)
			wantEnded(t, err, c.field)
		})
	}
	f.wantNoTasks()
	// Work assigned while the unit was in force is recorded as it was.
	ts, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Kiểm tra PCCC", Deadline: "trước ngày 30/01/2020",
		LeadOrgID: f.orgs["PH-UBND"], AssignedOn: date(2020, 1, 2)})
	if err != nil || ts[0].LeadOrgID != f.orgs["PH-UBND"] {
		t.Fatalf("task assigned on the last day: %v", err)
	}
}

func TestEditRefusesAddingEndedCooperatingUnit(t *testing.T) {
	f := newFixture(t)
	task := f.task("TD", "trước ngày 30/01/2020")
	if _, err := f.svc.EditTask(f.as("office"), task.ID, service.TaskPatch{Version: task.Version,
		CoopOrgIDs: &[]int64{f.orgs["PH-UBND"]}}); err != nil {
		t.Fatal(err)
	}
	f.dissolve("PH-UBND", "TD", date(2020, 1, 2))
	f.dissolve("HBT-QLDT", "HBT-UBND", date(2020, 1, 2))
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, vn.Location)
	// Kept while already there (dissolving moved it to the lead, so it is
	// gone), but a newly added ended unit is refused.
	_, err := f.svc.EditTask(f.as("office"), task.ID, service.TaskPatch{Version: f.ver(task.ID),
		CoopOrgIDs: &[]int64{f.orgs["HBT-QLDT"]}})
	wantCode(t, err, tiendo.EINVALID)
	if msg := tiendo.ErrorFields(err)["coop_org_ids"]; !strings.Contains(msg, "«UBND quận Hai Bà Trưng»") {
		t.Fatalf("coop_org_ids = %q", msg)
	}
}

func TestDelegateRefusesEndedUnit(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 30/01/2020")
	f.dissolve("PH-CA", "TD", date(2020, 1, 2))
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, vn.Location)
	_, err := f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["PH-CA"])})
	wantCode(t, err, tiendo.EINVALID)
	if msg := tiendo.ErrorFields(err)["org_id"]; !strings.Contains(msg, "«Công an phường Phố Huế» đã hết hiệu lực") ||
		!strings.Contains(msg, "«Phường Trương Định»") {
		t.Fatalf("org_id = %q", msg)
	}
	// The same delegation on the unit's last day passes.
	f.clock.T = time.Date(2020, 1, 2, 15, 0, 0, 0, vn.Location)
	if _, err := f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: f.ver(task.ID), OrgID: ptr(f.orgs["PH-CA"])}); err != nil {
		t.Fatal(err)
	}
}

func TestCommitRefusesEndedUnit(t *testing.T) {
	f := endedFixture(t)
	text := strings.Replace(planText, "ngày 20 tháng 12 năm 2019", "ngày 04 tháng 01 năm 2020", 1)
	p, err := f.svc.Propose(f.as("office"), service.IntakeInput{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	p = f.chooseLeads(p, 1, "PH-UBND", "TD")
	_, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version)
	wantEnded(t, err, "drafts[2].lead")
	f.wantNoTasks()
}

func TestConclusionRefusesEndedUnit(t *testing.T) {
	f, s := meetingFixture(t)
	f.dissolve("PH-UBND", "TD", date(2020, 1, 2))
	m := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	_, err := f.svc.AddConclusions(f.as("office"), m.ID, service.TaskInput{Title: "Rà soát điểm trông giữ xe",
		LeadOrgIDs: []int64{f.orgs["PH-UBND"]}, Deadline: "trước ngày 08/01/2020"})
	wantEnded(t, err, "lead_org_id")
	_, err = f.svc.AddConclusions(f.as("office"), m.ID, service.TaskInput{Title: "Rà soát điểm trông giữ xe",
		LeadOrgIDs: []int64{f.orgs["TD"]}, CoopOrgIDs: []int64{f.orgs["PH-UBND"]}, Deadline: "trước ngày 08/01/2020"})
	wantEnded(t, err, "coop_org_ids")
	if got, _ := f.svc.Conclusions(f.as("office"), m.ID); len(got) != 0 {
		t.Fatalf("conclusions created: %d", len(got))
	}
}
