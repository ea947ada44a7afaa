package service_test

import (
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
)

// TestStepRecipients walks a task through every workflow step and checks
// who is told of each: the accounts concerned, never the actor. Phố Huế
// (PH) leads, Trương Định (TD) cooperates; the district office assigns
// and the district leader decides extensions.
func TestStepRecipients(t *testing.T) {
	f := newFixture(t)
	logins := []string{"office", "leader", "phohue", "truongdinh", "qldt", "viewer", "admin"}
	var id int64
	ver := func() int { return f.ver(id) }
	steps := []struct {
		name string
		do   func() error
		want map[string]string // login → the kind it newly has
	}{
		{"assigned", func() error {
			ts, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Rà soát hồ sơ đất đai",
				LeadOrgID: f.orgs["PH"], CoopOrgIDs: []int64{f.orgs["TD"]}, Deadline: "trước ngày 31/01/2020"})
			if err == nil {
				id = ts[0].ID
			}
			return err
		}, map[string]string{"phohue": tiendo.NotifyAssigned, "truongdinh": tiendo.NotifyAssigned}},
		{"progress report: nobody", func() error {
			_, _, err := f.svc.ReportProgress(f.as("phohue"), id, service.UpdateInput{Version: ver(), Narrative: "Đang làm"})
			return err
		}, nil},
		{"reported done", func() error {
			_, _, err := f.svc.ReportProgress(f.as("phohue"), id, service.UpdateInput{Version: ver(), Narrative: "Xong", Done: true})
			return err
		}, map[string]string{"office": tiendo.NotifyReported}},
		{"returned", func() error {
			_, err := f.svc.Return(f.as("office"), id, service.ActionInput{Version: ver(), Reason: "Thiếu biên bản"})
			return err
		}, map[string]string{"phohue": tiendo.NotifyReturned}},
		{"extension requested", func() error {
			_, _, err := f.svc.RequestExtension(f.as("phohue"), id, service.ExtensionInput{Version: ver(), ProposedDue: date(2020, 2, 28), Reason: "Chờ ý kiến sở"})
			return err
		}, map[string]string{"leader": tiendo.NotifyExtensionAsked}},
		{"extension approved", func() error {
			_, _, err := f.svc.DecideExtension(f.as("leader"), id, service.DecisionInput{Version: ver(), Approve: true})
			return err
		}, map[string]string{"phohue": tiendo.NotifyExtensionApproved}},
		{"postponed", func() error {
			_, err := f.svc.Postpone(f.as("office"), id, service.ActionInput{Version: ver(), Reason: "Chờ kinh phí"})
			return err
		}, map[string]string{"phohue": tiendo.NotifyPostponed, "truongdinh": tiendo.NotifyPostponed}},
		{"resumed by the leader: the office hears nothing", func() error {
			_, err := f.svc.Resume(f.as("leader"), id, service.ActionInput{Version: ver()})
			return err
		}, map[string]string{"phohue": tiendo.NotifyResumed, "truongdinh": tiendo.NotifyResumed}},
		{"reported again", func() error {
			_, _, err := f.svc.ReportProgress(f.as("phohue"), id, service.UpdateInput{Version: ver(), Narrative: "Đã bổ sung", Done: true})
			return err
		}, map[string]string{"office": tiendo.NotifyReported}},
		{"confirmed", func() error {
			_, err := f.svc.Confirm(f.as("office"), id, service.ActionInput{Version: ver(), Note: "Đạt yêu cầu"})
			return err
		}, map[string]string{"phohue": tiendo.NotifyConfirmed}},
	}
	seen := map[string]int{}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		for _, login := range logins {
			got := f.stepKinds(login)
			fresh := got[seen[login]:]
			seen[login] = len(got)
			want := s.want[login]
			if (want == "" && len(fresh) != 0) || (want != "" && !equal(fresh, []string{want})) {
				t.Errorf("%s: %s newly has %v, want %q", s.name, login, fresh, want)
			}
		}
	}
	// The returned notice carries its reason.
	list, _, err := f.svc.Notifications(f.as("phohue"), false, tiendo.Page{PerPage: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range list {
		if n.Kind == tiendo.NotifyReturned && !strings.Contains(n.Body, "Lý do trả lại: Thiếu biên bản") {
			t.Errorf("returned notice body %q", n.Body)
		}
	}
}

// A withdrawal tells the lead unit; a delegation to a sub-unit tells it and
// not the delegating officer.
func TestStepRecipientsWithdrawAndDelegate(t *testing.T) {
	f := newFixture(t)
	task := f.task("HBT-QLDT", "trước ngày 31/01/2020")
	if _, err := f.svc.Withdraw(f.as("leader"), task.ID, service.ActionInput{Version: f.ver(task.ID), Reason: "Trùng"}); err != nil {
		t.Fatal(err)
	}
	if got := f.stepKinds("qldt"); !equal(got, []string{tiendo.NotifyAssigned, tiendo.NotifyWithdrawn}) {
		t.Errorf("qldt has %v", got)
	}
	if got := f.stepKinds("office"); len(got) != 0 {
		t.Errorf("office has %v", got)
	}
	parent := f.task("PH", "trước ngày 31/01/2020")
	ca := f.orgs["PH-CA"]
	if _, err := f.svc.Delegate(f.as("phohue"), parent.ID, service.DelegateInput{Version: f.ver(parent.ID), OrgID: &ca}); err != nil {
		t.Fatal(err)
	}
	// PH-CA has no accounts: its home is the ward, whose officer delegated.
	if got := f.stepKinds("phohue"); !equal(got, []string{tiendo.NotifyAssigned}) {
		t.Errorf("phohue has %v, the actor is never told", got)
	}
}
