package service_test

import (
	"slices"
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

// A text dated after the reform that still names a pre-reform ward gets
// the ward's successor proposed, with a note; the same text dated before
// the reform matches the ward itself.
func TestIntakeProposesSuccessorOfEndedUnit(t *testing.T) {
	f := newFixture(t)
	f.clock.T = time.Date(2026, 12, 6, 9, 0, 0, 0, vn.Location)
	f.dissolve("PH-UBND", "TD", date(2025, 6, 30))
	f.dissolve("PH-CA", "TD", date(2025, 6, 30))
	const text = `UBND QUẬN HAI BÀ TRƯNG
Số: 12/KH-UBND
Hai Bà Trưng, ngày 10 tháng 11 năm %s

KẾ HOẠCH
Kiểm tra phòng cháy tại các chung cư cũ

1. Giao UBND phường Phố Huế chủ trì, phối hợp với Công an phường Phố Huế kiểm tra hệ thống phòng cháy tại các chung cư cũ, báo cáo trước ngày 15/12/%s.
2. Giao Phòng Quản lý đô thị chủ trì rà soát các điểm trông giữ xe, báo cáo trước ngày 20/12/%s.
`
	for _, c := range []struct {
		year       string
		lead, coop string
		note       bool
	}{
		{"2026", "TD", "TD", true},
		{"2024", "PH-UBND", "PH-CA", false},
	} {
		t.Run(c.year, func(t *testing.T) {
			p, err := f.svc.Propose(f.as("office"), service.IntakeInput{Text: strings.ReplaceAll(text, "%s", c.year)})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Drafts) != 2 || len(p.Drafts[0].Coop) != 1 {
				t.Fatalf("drafts %+v", p.Drafts)
			}
			lead, coop := p.Drafts[0].Lead, p.Drafts[0].Coop[0]
			if !slices.Equal(lead.OrgIDs, []int64{f.orgs[c.lead]}) || !slices.Equal(coop.OrgIDs, []int64{f.orgs[c.coop]}) {
				t.Fatalf("lead %+v coop %+v, want %s and %s", lead, coop, c.lead, c.coop)
			}
			wantNote := "«UBND phường Phố Huế» đã hết hiệu lực; đề xuất đơn vị kế thừa «Phường Trương Định»"
			if got := lead.Flag == wantNote; got != c.note {
				t.Errorf("lead note %q", lead.Flag)
			}
			if c.note && !strings.Contains(coop.Flag, "«Công an phường Phố Huế» đã hết hiệu lực") {
				t.Errorf("cooperating note %q", coop.Flag)
			}
			if qldt := p.Drafts[1].Lead; !slices.Equal(qldt.OrgIDs, []int64{f.orgs["HBT-QLDT"]}) || qldt.Flag != "" {
				t.Errorf("unit in force: %+v", qldt)
			}
		})
	}
}
