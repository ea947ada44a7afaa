package service_test

import (
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

func TestLifecycleOnTime(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")

	got, u, err := f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Narrative: "Đang xây dựng", Percent: ptr(40)})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != tiendo.StatusInProgress || got.Percent != 40 || u.ReporterID == 0 {
		t.Fatalf("after progress: %s %d", got.Status, got.Percent)
	}
	// A cooperating-free ward officer of another ward cannot report; the
	// lead officer cannot confirm its own work.
	_, err = f.svc.Confirm(f.as("phohue"), task.ID, service.ActionInput{Version: f.ver(task.ID)})
	wantCode(t, err, tiendo.EFORBIDDEN)
	_, err = f.svc.Confirm(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID)})
	wantCode(t, err, tiendo.ECONFLICT) // not reported done yet

	f.clock.T = time.Date(2020, 1, 5, 10, 0, 0, 0, time.UTC)
	got, _, err = f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Narrative: "Đã ban hành kế hoạch",
		Done: true, EvidenceNo: "12/KH-UBND", Attachments: []tiendo.Attachment{{Name: "kehoach.pdf", Data: []byte("%PDF-1.4 ...")}}})
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != tiendo.StatusReportedDone || got.ReportedOn != date(2020, 1, 5) {
		t.Fatalf("after report done: %s %v", got.Status, got.ReportedOn)
	}
	// Self-reported done does not count until confirmed.
	if tl := got.TimelinessAt(date(2020, 1, 10)); tl != tiendo.Overdue {
		t.Fatalf("unconfirmed report counted as %s", tl)
	}
	f.clock.T = time.Date(2020, 1, 10, 10, 0, 0, 0, time.UTC) // confirmed after the deadline…
	got, err = f.svc.Confirm(f.as("office"), task.ID, service.ActionInput{Version: got.Version})
	if err != nil {
		t.Fatal(err)
	}
	// …but the completion counts from the reported date.
	if got.Status != tiendo.StatusCompleted || got.TimelinessAt(date(2020, 1, 10)) != tiendo.DoneOnTime {
		t.Fatalf("after confirm: %s %s", got.Status, got.TimelinessAt(date(2020, 1, 10)))
	}
	_, err = f.svc.Confirm(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID)})
	wantCode(t, err, tiendo.ECONFLICT)
	if _, _, err = f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Narrative: "thêm"}); tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		t.Fatalf("progress on a completed task: %v", err)
	}

	updates, err := f.svc.Updates(f.as("office"), task.ID)
	if err != nil || len(updates) != 2 || len(updates[1].Attachments) != 1 {
		t.Fatalf("updates: %v %d", err, len(updates))
	}
	file, err := f.svc.Attachment(f.as("office"), updates[1].Attachments[0].ID)
	if err != nil || string(file.Data) != "%PDF-1.4 ..." {
		t.Fatalf("attachment: %v", err)
	}
	_, err = f.svc.Attachment(f.as("truongdinh"), file.ID)
	wantCode(t, err, tiendo.ENOTFOUND)

	audit, _, err := f.svc.TaskAudit(f.as("office"), task.ID, tiendo.Page{})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range audit {
		actions = append(actions, e.Action+"/"+e.Actor)
	}
	want := "task.create/office task.start/phohue task.report_done/phohue task.confirm/office"
	if strings.Join(actions, " ") != want {
		t.Fatalf("audit = %v, want %s", actions, want)
	}
}

func TestReturnAndStaleAction(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	done, _, err := f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Narrative: "Xong", Done: true})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.Return(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID)})
	wantCode(t, err, tiendo.EINVALID)
	_, err = f.svc.Return(f.as("office"), task.ID, service.ActionInput{Version: done.Version - 1, Reason: "Thiếu"})
	wantCode(t, err, tiendo.ECONFLICT)
	ret, err := f.svc.Return(f.as("office"), task.ID, service.ActionInput{Version: done.Version, Reason: "Thiếu văn bản kèm theo"})
	if err != nil {
		t.Fatal(err)
	}
	if ret.Status != tiendo.StatusReturned || !ret.ReportedOn.IsZero() || ret.StatusReason == "" {
		t.Fatalf("returned: %+v", ret)
	}
	// The unit reports again, late this time.
	f.clock.T = time.Date(2020, 1, 20, 9, 0, 0, 0, time.UTC)
	again, _, err := f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Narrative: "Bổ sung", Done: true})
	if err != nil {
		t.Fatal(err)
	}
	final, err := f.svc.Confirm(f.as("office"), task.ID, service.ActionInput{Version: again.Version})
	if err != nil {
		t.Fatal(err)
	}
	if tl := final.TimelinessAt(date(2020, 1, 31)); tl != tiendo.DoneLate {
		t.Fatalf("timeliness = %s, want done late", tl)
	}
}

func TestExtension(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	_, _, err := f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 1, 5), Reason: "x"})
	wantCode(t, err, tiendo.EINVALID) // not after the current deadline
	_, _, err = f.svc.RequestExtension(f.as("truongdinh"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 2, 5), Reason: "x"})
	wantCode(t, err, tiendo.ENOTFOUND)
	req, ext, err := f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 2, 15), Reason: "Chờ ý kiến sở"})
	if err != nil {
		t.Fatal(err)
	}
	if req.Status != tiendo.StatusExtensionRequested || ext.PreviousDue != date(2020, 1, 6) {
		t.Fatalf("request: %s %v", req.Status, ext.PreviousDue)
	}
	_, _, err = f.svc.DecideExtension(f.as("office"), task.ID, service.DecisionInput{Version: f.ver(task.ID), Approve: true})
	wantCode(t, err, tiendo.EFORBIDDEN) // leaders decide
	got, ext, err := f.svc.DecideExtension(f.as("leader"), task.ID, service.DecisionInput{Version: f.ver(task.ID), Approve: true, DecisionDoc: "15/TB-UBND"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Due != date(2020, 2, 15) || got.OriginalDue != date(2020, 1, 6) || got.Extensions != 1 || ext.Status != tiendo.ExtensionApproved {
		t.Fatalf("after approval: due %v original %v ext %d", got.Due, got.OriginalDue, got.Extensions)
	}
	if got.TimelinessAt(date(2020, 2, 1)) != tiendo.InProgress {
		t.Fatal("extended task still overdue")
	}
	_, _, err = f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 3, 1), Reason: "lần 2"})
	wantCode(t, err, tiendo.ECONFLICT) // at most one extension by default
	exts, _ := f.svc.Extensions(f.as("phohue"), task.ID)
	if len(exts) != 1 {
		t.Fatalf("extensions: %d", len(exts))
	}
}

func TestDeclinedExtensionKeepsDeadline(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	if _, _, err := f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 2, 15), Reason: "r"}); err != nil {
		t.Fatal(err)
	}
	got, ext, err := f.svc.DecideExtension(f.as("leader"), task.ID, service.DecisionInput{Version: f.ver(task.ID), Approve: false, Note: "Không đủ lý do"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Due != date(2020, 1, 6) || got.Extensions != 0 || ext.Status != tiendo.ExtensionDeclined || got.Status != tiendo.StatusInProgress {
		t.Fatalf("after decline: %+v %+v", got, ext)
	}
}

func TestPostponeWithdraw(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	_, err := f.svc.Postpone(f.as("phohue"), task.ID, service.ActionInput{Version: f.ver(task.ID), Reason: "x"})
	wantCode(t, err, tiendo.EFORBIDDEN)
	p, err := f.svc.Postpone(f.as("leader"), task.ID, service.ActionInput{Version: f.ver(task.ID), Reason: "Chờ quy hoạch"})
	if err != nil {
		t.Fatal(err)
	}
	if p.TimelinessAt(date(2020, 3, 1)) != tiendo.InProgress {
		t.Fatal("a postponed task must not be overdue")
	}
	if _, err := f.svc.Resume(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID)}); err != nil {
		t.Fatal(err)
	}
	w, err := f.svc.Withdraw(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID), Reason: "Không còn phù hợp"})
	if err != nil {
		t.Fatal(err)
	}
	if w.TimelinessAt(date(2020, 3, 1)) != tiendo.Excluded {
		t.Fatal("a withdrawn task must not be counted")
	}
	_, err = f.svc.Resume(f.as("office"), task.ID, service.ActionInput{Version: f.ver(task.ID)})
	wantCode(t, err, tiendo.ECONFLICT)
}

func ptr[T any](v T) *T { return &v }

// The system actor (demo loading, imports) has no account: its decision is
// stored with no decider instead of a dangling account id.
func TestSystemDecidesExtension(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	if _, _, err := f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: f.ver(task.ID), ProposedDue: date(2020, 2, 15), Reason: "Chờ ý kiến sở"}); err != nil {
		t.Fatal(err)
	}
	_, ext, err := f.svc.DecideExtension(f.as("system"), task.ID, service.DecisionInput{Version: f.ver(task.ID), Approve: true})
	if err != nil {
		t.Fatal(err)
	}
	if ext.DecidedBy != nil || ext.DecidedAt == nil {
		t.Fatalf("decided by %v at %v, want no account and a time", ext.DecidedBy, ext.DecidedAt)
	}
	exts, err := f.svc.Extensions(f.as("leader"), task.ID)
	if err != nil || len(exts) != 1 || exts[0].Status != tiendo.ExtensionApproved || exts[0].DecidedBy != nil {
		t.Fatalf("stored: %+v %v", exts, err)
	}
}

// TestActionsRequireVersion: every lifecycle action refuses a missing
// version (EINVALID on "version") and a stale one (ECONFLICT), whatever
// the step would otherwise do.
func TestActionsRequireVersion(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 06/01/2020")
	actions := []struct {
		name string
		run  func(version int) error
	}{
		{"confirm", func(v int) error {
			_, err := f.svc.Confirm(f.as("office"), task.ID, service.ActionInput{Version: v})
			return err
		}},
		{"return", func(v int) error {
			_, err := f.svc.Return(f.as("office"), task.ID, service.ActionInput{Version: v, Reason: "r"})
			return err
		}},
		{"postpone", func(v int) error {
			_, err := f.svc.Postpone(f.as("office"), task.ID, service.ActionInput{Version: v, Reason: "r"})
			return err
		}},
		{"resume", func(v int) error {
			_, err := f.svc.Resume(f.as("office"), task.ID, service.ActionInput{Version: v})
			return err
		}},
		{"withdraw", func(v int) error {
			_, err := f.svc.Withdraw(f.as("office"), task.ID, service.ActionInput{Version: v, Reason: "r"})
			return err
		}},
		{"report", func(v int) error {
			_, _, err := f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: v, Narrative: "x"})
			return err
		}},
		{"request extension", func(v int) error {
			_, _, err := f.svc.RequestExtension(f.as("phohue"), task.ID, service.ExtensionInput{Version: v, ProposedDue: date(2020, 2, 1), Reason: "r"})
			return err
		}},
		{"decide extension", func(v int) error {
			_, _, err := f.svc.DecideExtension(f.as("leader"), task.ID, service.DecisionInput{Version: v, Approve: true})
			return err
		}},
		{"delegate", func(v int) error {
			_, err := f.svc.Delegate(f.as("phohue"), task.ID, service.DelegateInput{Version: v, OrgID: ptr(f.orgs["PH-CA"])})
			return err
		}},
	}
	for _, a := range actions {
		for _, c := range []struct {
			version int
			code    string
		}{{0, tiendo.EINVALID}, {-1, tiendo.EINVALID}, {task.Version + 1, tiendo.ECONFLICT}} {
			err := a.run(c.version)
			if tiendo.ErrorCode(err) != c.code || (c.code == tiendo.EINVALID && tiendo.ErrorFields(err)["version"] == "") {
				t.Errorf("%s with version %d: %v, want %s", a.name, c.version, err, c.code)
			}
		}
	}
	if got := f.ver(task.ID); got != task.Version {
		t.Errorf("version %d after refused actions, want %d", got, task.Version)
	}
}
