package service_test

import (
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

func TestGradesOrgs(t *testing.T) {
	f := statsFixture(t)
	jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
	// The office enters the general criteria for both wards' units.
	for code, pts := range map[string]float64{"PH-UBND": 30, "PH-CA": 28, "TD": 25} {
		err := f.svc.SaveGradePoints(f.as("office"), &tiendo.GradePoints{Period: "2020-01", Kind: tiendo.SubjectOrg,
			SubjectID: f.orgs[code], General: pts})
		if err != nil {
			t.Fatal(err)
		}
	}
	sheet, err := f.svc.Grades(f.as("leader"), service.GradeRequest{Period: jan})
	if err != nil {
		t.Fatal(err)
	}
	// Products: PH-UBND on time, PH-CA late, TD overdue (in-progress and
	// continuous tasks are not yet products).
	got := map[string]string{}
	for _, s := range sheet.Subjects {
		got[s.Code] = s.Band.Code
	}
	want := map[string]string{"PH-UBND": "xuat_sac", "PH-CA": "xuat_sac", "TD": "khong_hoan_thanh"}
	if len(got) != len(want) {
		t.Fatalf("subjects %v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %s, want %s", k, got[k], v)
		}
	}
	if sheet.Subjects[0].Code != "PH-UBND" || sheet.Subjects[0].Score != 100 || sheet.Subjects[1].Score != 92.17 {
		t.Errorf("order/scores: %+v", sheet.Subjects)
	}

	// A confirmed objective cause waives TD's overdue task: it leaves the
	// set, so TD keeps the task points (20 + 70 under Hà Nội's rules).
	tasks, _, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{OrgIDs: []int64{f.orgs["TD"]}})
	err = f.svc.SaveGradeMark(f.as("office"), &tiendo.GradeMark{TaskID: tasks[0].ID, Waived: true, Reason: "Chờ quy hoạch phân khu"})
	if err != nil {
		t.Fatal(err)
	}
	sheet, err = f.svc.Grades(f.as("office"), service.GradeRequest{Period: jan, Rules: "hn3814"})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sheet.Subjects {
		if s.Code == "TD" && (s.Score != 90 || !strings.Contains(s.Lines[1].Text, "Chờ quy hoạch phân khu")) {
			t.Errorf("TD after waiver: %v %v", s.Score, s.Lines)
		}
	}
}

func TestGradePermissions(t *testing.T) {
	f := statsFixture(t)
	p := &tiendo.GradePoints{Period: "2020-01", Kind: tiendo.SubjectOrg, SubjectID: f.orgs["PH"], General: 20}
	wantCode(t, f.svc.SaveGradePoints(f.as("phohue"), p), tiendo.EFORBIDDEN)
	wantCode(t, f.svc.SaveGradePoints(f.as("leader"), p), tiendo.EFORBIDDEN)
	bad := *p
	bad.General = -1
	wantCode(t, f.svc.SaveGradePoints(f.as("office"), &bad), tiendo.EINVALID)
	bad = *p
	bad.Period = "2020-13"
	wantCode(t, f.svc.SaveGradePoints(f.as("office"), &bad), tiendo.EINVALID)
	if err := f.svc.SaveGradePoints(f.as("office"), p); err != nil {
		t.Fatal(err)
	}
	tasks, _, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{OrgIDs: []int64{f.orgs["TD"]}})
	wantCode(t, f.svc.SaveGradeMark(f.as("phohue"), &tiendo.GradeMark{TaskID: tasks[0].ID, Errors: 1}), tiendo.ENOTFOUND)
	wantCode(t, f.svc.SaveGradeMark(f.as("truongdinh"), &tiendo.GradeMark{TaskID: tasks[0].ID, Errors: 1}), tiendo.EFORBIDDEN)
	wantCode(t, f.svc.SaveGradeMark(f.as("office"), &tiendo.GradeMark{TaskID: tasks[0].ID, Waived: true}), tiendo.EINVALID)
	_, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}, Rules: "x"})
	wantCode(t, err, tiendo.EINVALID)
}

// TestGradesCountAProductOnce: a task overdue since January is graded in
// January, not again in February.
func TestGradesCountAProductOnce(t *testing.T) {
	f := statsFixture(t)
	f.clock.T = time.Date(2020, 2, 20, 9, 0, 0, 0, vn.Location)
	feb, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 2}})
	if err != nil {
		t.Fatal(err)
	}
	if len(feb.Subjects) != 0 {
		t.Fatalf("February grades %+v", feb.Subjects)
	}
}
