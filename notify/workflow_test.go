package notify_test

import (
	"context"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// A workflow step reaches the officer by mail and the office's webhook
// through the outbox exactly once, however many times the sender runs:
// the assignment, then the return of the report with its reason.
func TestWorkflowStepSentOnce(t *testing.T) {
	clock := &tiendo.FixedClock{T: at(2026, 3, 2, 9)}
	w := sqliteWorld(t, clock)
	mb := newMailbox(t)
	rc := newReceiver(t, "bí-mật-đủ-dài-0123456789")
	w.webhook(t, rc.srv.URL, rc.secret, true)
	ts, err := w.svc.CreateTasks(w.sys, service.TaskInput{Title: "Rà soát hồ sơ đất đai", LeadOrgID: w.ward,
		AssignedByOrgID: &w.office, Due: vn.NewDate(2026, 3, 31)})
	must(t, err)
	task := ts[0]
	d := dispatcher(w, clock, mb)
	for range 2 {
		_, err := d.RunOnce(context.Background())
		must(t, err)
	}
	if mb.Count() != 1 || !strings.Contains(mb.Subject(0), "Nhiệm vụ mới được giao: Rà soát hồ sơ đất đai") {
		t.Fatalf("after assignment: %d mails", mb.Count())
	}
	task, _, err = w.svc.ReportProgress(w.officer, task.ID, service.UpdateInput{Version: task.Version, Narrative: "Đã xong", Done: true})
	must(t, err)
	_, err = w.svc.Return(w.sys, task.ID, service.ActionInput{Version: task.Version, Reason: "Thiếu biên bản kiểm tra"})
	must(t, err)
	for range 2 {
		_, err := d.RunOnce(context.Background())
		must(t, err)
	}
	if mb.Count() != 2 {
		t.Fatalf("%d mails, want the assignment and the return once each", mb.Count())
	}
	if s, b := mb.Subject(1), mb.Body(1); !strings.Contains(s, "Báo cáo bị trả lại") || !strings.Contains(b, "Lý do trả lại: Thiếu biên bản kiểm tra") {
		t.Errorf("return mail %q: %q", s, b)
	}
	for id, n := range mb.Deliveries() {
		if n != 1 {
			t.Errorf("mail %s received %d times", id, n)
		}
	}
	got, bad := rc.snapshot()
	want := []string{"e:task_assigned:t1v1:w:1", "e:task_reported:t1v2:w:1", "e:task_returned:t1v3:w:1"}
	if bad != 0 || len(got) != len(want) {
		t.Fatalf("webhook got %v, bad signatures %d", got, bad)
	}
	for _, id := range want {
		if got[id] != 1 {
			t.Errorf("webhook %s received %d times (all: %v)", id, got[id], got)
		}
	}
}
