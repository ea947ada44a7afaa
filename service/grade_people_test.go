package service_test

import (
	"strconv"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TestGradesPeopleThroughPositions: in February 2020 (15/1–14/2) Phố Huế
// finished one task on time, assigned to an officer, and answered an
// explanation request 3 days late. The ward's head is graded on the
// ward's task and loses a point for the late explanation; the officer is
// graded on the task assigned to her and loses nothing.
func TestGradesPeopleThroughPositions(t *testing.T) {
	f := newFixture(t)
	sys := f.as("system")
	head := &tiendo.Person{FullName: "Nguyễn Văn An", Positions: []tiendo.Position{
		{OrgID: f.orgs["PH"], Title: "Chủ tịch UBND phường", IsHead: true}}}
	officer := &tiendo.Person{FullName: "Trần Thị Bình", Positions: []tiendo.Position{
		{OrgID: f.orgs["PH"], Title: "Chuyên viên"}}}
	for _, p := range []*tiendo.Person{head, officer} {
		if err := f.svc.CreatePerson(sys, p); err != nil {
			t.Fatal(err)
		}
	}
	overdue := f.task("PH", "trước ngày 10/01/2020")
	assigned := f.task("PH", "trước ngày 05/02/2020")
	f.task("TD", "trước ngày 10/02/2020") // overdue in February, no head, no assignee
	if _, err := f.svc.Delegate(f.as("phohue"), assigned.ID, service.DelegateInput{Version: f.ver(assigned.ID), PersonID: &officer.ID}); err != nil {
		t.Fatal(err)
	}
	f.at(date(2020, 1, 31))
	if _, err := f.svc.RunReminders(sys); err != nil {
		t.Fatal(err)
	}
	exps, err := f.svc.TaskExplanationRequests(f.as("phohue"), overdue.ID)
	if err != nil || len(exps) != 1 || exps[0].DueOn != date(2020, 2, 7) {
		t.Fatalf("explanation requests %+v, %v", exps, err)
	}
	f.at(date(2020, 2, 3))
	done, _, err := f.svc.ReportProgress(f.as("phohue"), assigned.ID, service.UpdateInput{Version: f.ver(assigned.ID), Narrative: "Xong", Done: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Confirm(f.as("office"), assigned.ID, service.ActionInput{Version: done.Version}); err != nil {
		t.Fatal(err)
	}
	f.at(date(2020, 2, 10))
	if _, err := f.svc.AnswerExplanationRequest(f.as("phohue"), exps[0].ID, exps[0].Version, "Do nghỉ Tết"); err != nil {
		t.Fatal(err)
	}
	f.at(date(2020, 2, 20))
	feb := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 2}

	people, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: feb, Kind: tiendo.SubjectPerson})
	if err != nil {
		t.Fatal(err)
	}
	orgs, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: feb})
	if err != nil {
		t.Fatal(err)
	}
	late := "Giải trình chậm 3 ngày (yêu cầu giải trình #" + itoa(exps[0].ID) + ", hạn 07/02/2020, nhiệm vụ #" + itoa(overdue.ID)
	tests := []struct {
		sheet     *service.GradeSheet
		name      string
		score     float64
		lines     []string
		notInLine string
	}{
		{people, "Nguyễn Văn An", 69, []string{
			"Nhiệm vụ #" + itoa(assigned.ID) + " «Xây dựng kế hoạch phòng cháy chữa cháy» (trọng số 1) — theo chức vụ Chủ tịch UBND phường – Phường Phố Huế",
			late, "— theo chức vụ Chủ tịch UBND phường – Phường Phố Huế): trừ 1 điểm",
			"Kết quả nhiệm vụ sau trừ điểm giải trình: 69/70 điểm"}, ""},
		{people, "Trần Thị Bình", 70, []string{"— giao trực tiếp cho cá nhân: số lượng"}, "Giải trình"},
		{orgs, "Phường Phố Huế", 69, []string{late + " «Xây dựng kế hoạch phòng cháy chữa cháy»): trừ 1 điểm"}, ""},
		{orgs, "Phường Trương Định", 0, []string{"chưa hoàn thành khi chốt số liệu"}, "Giải trình"},
	}
	if len(people.Subjects) != 2 || len(orgs.Subjects) != 2 {
		t.Fatalf("%d people, %d units", len(people.Subjects), len(orgs.Subjects))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sub := findSubject(tt.sheet, tt.name)
			if sub == nil {
				t.Fatalf("not graded")
			}
			all := joinLines(sub)
			if sub.Score != tt.score {
				t.Errorf("score %v, want %v\n%s", sub.Score, tt.score, all)
			}
			for _, l := range tt.lines {
				if !strings.Contains(all, l) {
					t.Errorf("no line with %q\n%s", l, all)
				}
			}
			if tt.notInLine != "" && strings.Contains(all, tt.notInLine) {
				t.Errorf("unexpected %q\n%s", tt.notInLine, all)
			}
		})
	}
}

func findSubject(sh *service.GradeSheet, name string) *service.GradedSubject {
	for i := range sh.Subjects {
		if sh.Subjects[i].Name == name {
			return &sh.Subjects[i]
		}
	}
	return nil
}

func joinLines(s *service.GradedSubject) string {
	var b strings.Builder
	for _, l := range s.Lines {
		b.WriteString(l.Text + "\n")
	}
	return b.String()
}

func itoa(id int64) string { return strconv.FormatInt(id, 10) }
