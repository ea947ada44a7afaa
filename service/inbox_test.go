package service_test

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

// counts returns an inbox's count per section key, failing on an error.
func inboxCounts(t *testing.T, f *fixture, login string) (map[string]int, *service.Inbox) {
	t.Helper()
	in, err := f.svc.Inbox(f.as(login), tiendo.Today(f.clock))
	if err != nil {
		t.Fatalf("inbox of %s: %v", login, err)
	}
	got := map[string]int{}
	sum := 0
	for _, s := range in.Sections {
		got[s.Key] = s.Count
		sum += s.Count
		if len(s.Items) > service.InboxItems || len(s.Items) > s.Count {
			t.Fatalf("%s %s: %d items of %d", login, s.Key, len(s.Items), s.Count)
		}
	}
	if sum != in.Total {
		t.Fatalf("%s: total %d, sections sum to %d", login, in.Total, sum)
	}
	if n, err := f.svc.InboxTotal(f.as(login), tiendo.Today(f.clock)); err != nil || n != in.Total {
		t.Fatalf("%s: InboxTotal %d (%v), inbox total %d", login, n, err, in.Total)
	}
	return got, in
}

// wantCounts fails unless every key of want has that count in got; a key
// of want absent from got must be -1 (the section is not shown).
func wantCounts(t *testing.T, step, login string, got map[string]int, want map[string]int) {
	t.Helper()
	for k, n := range want {
		c, ok := got[k]
		if n == -1 {
			if ok {
				t.Fatalf("%s: %s sees section %s", step, login, k)
			}
			continue
		}
		if !ok || c != n {
			t.Fatalf("%s: %s %s = %d (shown %v), want %d; all %v", step, login, k, c, ok, n, got)
		}
	}
}

func section(in *service.Inbox, key string) service.InboxSection {
	for _, s := range in.Sections {
		if s.Key == key {
			return s
		}
	}
	return service.InboxSection{}
}

// TestInboxSectionsPerRole walks tasks through the lifecycle at a fixed
// clock and checks each role's sections at every step.
func TestInboxSectionsPerRole(t *testing.T) {
	f := newFixture(t) // 2020-01-02 09:00
	a := f.task("PH", "trước ngày 06/01/2020")
	f.task("PH", "trước ngày 31/03/2020")
	c := f.task("TD", "trước ngày 03/01/2020")

	got, _ := inboxCounts(t, f, "phohue")
	wantCounts(t, "assigned", "phohue", got, map[string]int{service.InboxDue: 1, service.InboxNew: 2,
		service.InboxReturned: 0, service.InboxExplain: 0, service.InboxConfirm: -1, service.InboxDecide: -1})
	got, _ = inboxCounts(t, f, "truongdinh")
	wantCounts(t, "assigned", "truongdinh", got, map[string]int{service.InboxDue: 1, service.InboxNew: 1})
	got, in := inboxCounts(t, f, "viewer")
	if len(in.Sections) != 0 || in.Total != 0 {
		t.Fatalf("a viewer has no duties: %v", got)
	}
	got, _ = inboxCounts(t, f, "office")
	wantCounts(t, "assigned", "office", got, map[string]int{service.InboxConfirm: 0, service.InboxOfficeOverdue: 0,
		service.InboxOfficeExtend: 0, service.InboxConclusions: 0, service.InboxDue: -1, service.InboxDecide: -1})

	// A week later both near deadlines passed: most overdue first, with its days.
	f.clock.T = time.Date(2020, 1, 8, 9, 0, 0, 0, time.UTC)
	got, in = inboxCounts(t, f, "phohue")
	wantCounts(t, "overdue", "phohue", got, map[string]int{service.InboxDue: 1})
	if it := section(in, service.InboxDue).Items[0]; it.Task.ID != a.ID || it.Days != 2 {
		t.Fatalf("due item: task %d days %d", it.Task.ID, it.Days)
	}
	got, in = inboxCounts(t, f, "office")
	wantCounts(t, "overdue", "office", got, map[string]int{service.InboxOfficeOverdue: 2})
	if it := section(in, service.InboxOfficeOverdue).Items[0]; it.Task.ID != c.ID || it.Days != 5 {
		t.Fatalf("office overdue first: task %d days %d", it.Task.ID, it.Days)
	}
	got, in = inboxCounts(t, f, "leader")
	wantCounts(t, "overdue", "leader", got, map[string]int{service.InboxUnits: 2, service.InboxDecide: 0, service.InboxConfirm: -1})
	if it := section(in, service.InboxUnits).Items[0]; it.Days != 1 || it.OrgName == "" {
		t.Fatalf("unit item %+v", it)
	}

	// Report done → waiting for the office, with its age; return → back
	// to the officer with the reason.
	if _, _, err := f.svc.ReportProgress(f.as("phohue"), a.ID, service.UpdateInput{Version: f.ver(a.ID), Narrative: "Xong", Done: true}); err != nil {
		t.Fatal(err)
	}
	f.clock.T = time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)
	got, in = inboxCounts(t, f, "office")
	wantCounts(t, "reported", "office", got, map[string]int{service.InboxConfirm: 1})
	if it := section(in, service.InboxConfirm).Items[0]; it.Task.ID != a.ID || it.Days != 2 {
		t.Fatalf("confirm item: task %d age %d", it.Task.ID, it.Days)
	}
	got, _ = inboxCounts(t, f, "phohue")
	wantCounts(t, "reported", "phohue", got, map[string]int{service.InboxDue: 0, service.InboxReturned: 0})
	if _, err := f.svc.Return(f.as("office"), a.ID, service.ActionInput{Version: f.ver(a.ID), Reason: "Thiếu văn bản"}); err != nil {
		t.Fatal(err)
	}
	got, in = inboxCounts(t, f, "phohue")
	wantCounts(t, "returned", "phohue", got, map[string]int{service.InboxDue: 1, service.InboxReturned: 1})
	if it := section(in, service.InboxReturned).Items[0]; it.Note != "Thiếu văn bản" {
		t.Fatalf("returned item note %q", it.Note)
	}
	got, _ = inboxCounts(t, f, "office")
	wantCounts(t, "returned", "office", got, map[string]int{service.InboxConfirm: 0})

	// An extension request waits for the office and the leader.
	if _, _, err := f.svc.RequestExtension(f.as("truongdinh"), c.ID, service.ExtensionInput{Version: f.ver(c.ID),
		ProposedDue: date(2020, 2, 15), Reason: "Chờ ý kiến sở"}); err != nil {
		t.Fatal(err)
	}
	got, _ = inboxCounts(t, f, "office")
	wantCounts(t, "extension", "office", got, map[string]int{service.InboxOfficeExtend: 1})
	got, _ = inboxCounts(t, f, "leader")
	wantCounts(t, "extension", "leader", got, map[string]int{service.InboxDecide: 1})

	// An explanation request: the ward answers, the leader reads.
	e := &tiendo.ExplanationRequest{TaskID: c.ID, OrgID: f.orgs["TD"], RequestedOn: date(2020, 1, 10), DueOn: date(2020, 1, 15), Question: "Vì sao chậm?"}
	if err := f.st.CreateExplanationRequest(f.as("system"), e); err != nil {
		t.Fatal(err)
	}
	got, _ = inboxCounts(t, f, "truongdinh")
	wantCounts(t, "explain", "truongdinh", got, map[string]int{service.InboxExplain: 1})
	got, _ = inboxCounts(t, f, "phohue")
	wantCounts(t, "explain", "phohue", got, map[string]int{service.InboxExplain: 0})
	got, _ = inboxCounts(t, f, "leader")
	wantCounts(t, "explain", "leader", got, map[string]int{service.InboxAnswers: 0})
	if _, err := f.svc.AnswerExplanationRequest(f.as("truongdinh"), e.ID, e.Version, "Chờ ý kiến sở"); err != nil {
		t.Fatal(err)
	}
	got, _ = inboxCounts(t, f, "truongdinh")
	wantCounts(t, "answered", "truongdinh", got, map[string]int{service.InboxExplain: 0})
	got, in = inboxCounts(t, f, "leader")
	wantCounts(t, "answered", "leader", got, map[string]int{service.InboxAnswers: 1})
	if it := section(in, service.InboxAnswers).Items[0]; it.Explanation.ID != e.ID || it.Task.ID != c.ID {
		t.Fatalf("answer item %+v", it)
	}

	// An admin over the whole tree sees the office's and the leader's duties.
	got, _ = inboxCounts(t, f, "admin")
	wantCounts(t, "admin", "admin", got, map[string]int{service.InboxOfficeExtend: 1, service.InboxDecide: 1, service.InboxDue: -1})
}

// TestInboxNewSinceLastVisit: "new" counts from the visit before the
// current session, so a reload keeps the list and the next session starts
// from the last one.
func TestInboxNewSinceLastVisit(t *testing.T) {
	f := newFixture(t)
	f.task("PH", "trước ngày 31/03/2020")
	see := func() {
		t.Helper()
		if err := f.svc.SeeInbox(f.as("phohue")); err != nil {
			t.Fatal(err)
		}
	}
	newCount := func(step string, want int) {
		t.Helper()
		got, _ := inboxCounts(t, f, "phohue")
		wantCounts(t, step, "phohue", got, map[string]int{service.InboxNew: want})
	}
	see()
	newCount("first visit: the last week", 1)
	f.clock.T = f.clock.T.Add(time.Hour)
	see()
	newCount("reload in the same session", 1)
	f.clock.T = f.clock.T.Add(service.InboxSessionGap)
	see()
	newCount("next session, nothing new", 0)
	f.clock.T = f.clock.T.Add(time.Minute)
	f.task("PH", "trước ngày 31/03/2020")
	f.task("TD", "trước ngày 31/03/2020") // another ward's
	newCount("a task assigned since", 1)
	if err := f.svc.SeeInbox(f.as("system")); err != nil {
		t.Fatalf("an internal job has no inbox: %v", err)
	}
}

func TestSavedFilters(t *testing.T) {
	f := newFixture(t)
	x := &tiendo.SavedFilter{Name: " Quá hạn của phường ", Path: "/viec/qua-han", Query: "?don-vi=3"}
	if err := f.svc.SaveFilter(f.as("phohue"), x); err != nil {
		t.Fatal(err)
	}
	if x.Name != "Quá hạn của phường" || x.Query != "don-vi=3" {
		t.Fatalf("stored %+v", x)
	}
	wantCode(t, f.svc.SaveFilter(f.as("phohue"), &tiendo.SavedFilter{Name: "Quá hạn của phường", Path: "/viec"}), tiendo.ECONFLICT)
	wantCode(t, f.svc.SaveFilter(f.as("phohue"), &tiendo.SavedFilter{Name: "x", Path: "/admin"}), tiendo.EINVALID)
	wantCode(t, f.svc.SaveFilter(f.as("phohue"), &tiendo.SavedFilter{Name: "  ", Path: "/viec"}), tiendo.EINVALID)
	wantCode(t, f.svc.SaveFilter(f.as("system"), &tiendo.SavedFilter{Name: "x", Path: "/viec"}), tiendo.EFORBIDDEN)
	if list, err := f.svc.SavedFilters(f.as("truongdinh")); err != nil || len(list) != 0 {
		t.Fatalf("another account's filters: %v %v", list, err)
	}
	wantCode(t, f.svc.DeleteSavedFilter(f.as("truongdinh"), x.ID), tiendo.ENOTFOUND)
	if err := f.svc.DeleteSavedFilter(f.as("phohue"), x.ID); err != nil {
		t.Fatal(err)
	}
	if list, err := f.svc.SavedFilters(f.as("phohue")); err != nil || len(list) != 0 {
		t.Fatalf("after delete: %v %v", list, err)
	}
}

// TestInboxConclusions: the office sees the last meeting of a series held
// by today with no conclusion task, until one is linked; a meeting still
// to come is not counted.
func TestInboxConclusions(t *testing.T) {
	f, s := meetingFixture(t) // today 02/01/2020
	f.meeting(s, time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC))
	last := f.meeting(s, time.Date(2019, 12, 27, 0, 0, 0, 0, time.UTC))
	f.meeting(s, time.Date(2020, 1, 9, 0, 0, 0, 0, time.UTC))
	got, in := inboxCounts(t, f, "office")
	wantCounts(t, "no conclusions", "office", got, map[string]int{service.InboxConclusions: 1})
	if it := section(in, service.InboxConclusions).Items[0]; it.Meeting.ID != last.ID || it.Days != 6 {
		t.Fatalf("conclusion item: meeting %d, %d days ago", it.Meeting.ID, it.Days)
	}
	task := f.task("PH", "trước ngày 31/01/2020")
	if err := f.svc.LinkConclusion(f.as("office"), last.ID, task.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = inboxCounts(t, f, "office")
	wantCounts(t, "linked", "office", got, map[string]int{service.InboxConclusions: 0})
}
