package service_test

import (
	"slices"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

// kinds returns the reminder kinds of a login, oldest first; the
// workflow steps' own (task_assigned…) are stepKinds'.
func (f *fixture) kinds(login string) []string {
	f.t.Helper()
	var out []string
	for _, k := range f.allKinds(login) {
		if !slices.Contains(tiendo.NotifyKinds, k) {
			out = append(out, k)
		}
	}
	return out
}

// stepKinds returns the workflow kinds of a login, oldest first.
func (f *fixture) stepKinds(login string) []string {
	f.t.Helper()
	var out []string
	for _, k := range f.allKinds(login) {
		if slices.Contains(tiendo.NotifyKinds, k) {
			out = append(out, k)
		}
	}
	return out
}

func (f *fixture) allKinds(login string) []string {
	f.t.Helper()
	list, _, err := f.svc.Notifications(f.as(login), false, tiendo.Page{PerPage: 100})
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for i := len(list) - 1; i >= 0; i-- {
		out = append(out, list[i].Kind)
	}
	return out
}

func (f *fixture) at(d vn.Date) { f.clock.T = d.Time().Add(8 * time.Hour) }

func TestRunRemindersLadder(t *testing.T) {
	f := newFixture(t)
	f.task("PH", "trước ngày 10/01/2020") // Friday; Tết 2020 is off 24–30/1
	steps := []struct {
		day   vn.Date
		fired int
		kinds []string
	}{
		{date(2020, 1, 6), 0, nil},
		{date(2020, 1, 7), 1, []string{"due_soon"}}, // 3 working days before
		{date(2020, 1, 10), 0, []string{"due_soon"}},
		{date(2020, 1, 13), 1, []string{"due_soon", "overdue"}},
		{date(2020, 1, 17), 1, []string{"due_soon", "overdue", "escalation"}}, // 5 working days late
		{date(2020, 1, 30), 0, []string{"due_soon", "overdue", "escalation"}}, // Tết does not count
		// The explanation request: Phố Huế has no head or leader with an
		// account, so its officer is told (it answers).
		{date(2020, 1, 31), 1, []string{"due_soon", "overdue", "escalation", "escalation"}},
		{date(2020, 2, 14), 1, []string{"due_soon", "overdue", "escalation", "escalation"}},            // leader notice
		{date(2020, 2, 20), 1, []string{"due_soon", "overdue", "escalation", "escalation", "monthly"}}, // 3 working days before 25/2
	}
	for _, s := range steps {
		f.at(s.day)
		n, err := f.svc.RunReminders(f.as("system"))
		if err != nil {
			t.Fatal(err)
		}
		if n != s.fired {
			t.Errorf("%v: fired %d, want %d", s.day, n, s.fired)
		}
		if again, _ := f.svc.RunReminders(f.as("system")); again != 0 {
			t.Errorf("%v: second run fired %d", s.day, again)
		}
		if got := f.kinds("phohue"); !equal(got, s.kinds) {
			t.Errorf("%v: phohue has %v, want %v", s.day, got, s.kinds)
		}
	}
	// The office is copied on escalations; the district leader gets the notice.
	if got := f.kinds("office"); !equal(got, []string{"escalation", "escalation", "escalation"}) {
		t.Errorf("office has %v", got)
	}
	if got := f.kinds("leader"); !equal(got, []string{"escalation"}) {
		t.Errorf("leader has %v", got)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Concurrent scans fire every reminder once.
func TestRunRemindersConcurrentOnce(t *testing.T) {
	f := newFixture(t)
	for range 5 {
		f.task("PH", "trước ngày 10/01/2020")
		f.task("TD", "trước ngày 15/01/2020")
	}
	f.at(date(2020, 2, 20))
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := f.svc.RunReminders(f.as("system"))
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	// 10 tasks × (overdue + 3 steps) + 2 monthly notices.
	if total != 42 {
		t.Errorf("fired %d in all, want 42", total)
	}
}

func TestExplanationAnswerAndLateness(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH", "trước ngày 10/01/2020")
	f.at(date(2020, 1, 31))
	if _, err := f.svc.RunReminders(f.as("system")); err != nil {
		t.Fatal(err)
	}
	list, err := f.svc.TaskExplanationRequests(f.as("phohue"), task.ID)
	if err != nil || len(list) != 1 {
		t.Fatalf("explanations %v, %v", list, err)
	}
	e := list[0]
	if e.DueOn != date(2020, 2, 7) {
		t.Errorf("due on %v, want 5 working days after 31/1", e.DueOn)
	}
	_, err = f.svc.AnswerExplanationRequest(f.as("truongdinh"), e.ID, e.Version, "Không phải đơn vị")
	wantCode(t, err, tiendo.ENOTFOUND)
	f.at(date(2020, 2, 10))
	got, err := f.svc.AnswerExplanationRequest(f.as("phohue"), e.ID, e.Version, "Do nghỉ Tết, đề xuất gia hạn đến 28/2")
	if err != nil {
		t.Fatal(err)
	}
	if late := got.LateDays(date(2020, 3, 1)); late != 3 {
		t.Errorf("late %d days, want 3", late)
	}
	_, err = f.svc.AnswerExplanationRequest(f.as("phohue"), e.ID, got.Version, "lần hai")
	wantCode(t, err, tiendo.ECONFLICT)
	if k := f.allKinds("office"); k[len(k)-1] != "explanation_answer" {
		t.Errorf("office not told of the answer: %v", k)
	}
}

func TestReminderRulesPerOrg(t *testing.T) {
	f := newFixture(t)
	f.task("PH", "trước ngày 10/01/2020")
	rules := tiendo.DefaultReminderRules()
	rules.DueSoonWorkingDays = 0
	rules.Overdue = false
	rules.Escalation = nil
	wantCode(t, f.svc.SetReminderRules(f.as("phohue"), f.orgs["HBT"], rules), tiendo.ENOTFOUND) // out of scope
	wantCode(t, f.svc.SetReminderRules(f.as("phohue"), f.orgs["PH"], rules), tiendo.EFORBIDDEN)
	if err := f.svc.SetReminderRules(f.as("office"), f.orgs["HBT"], rules); err != nil {
		t.Fatal(err)
	}
	bad := rules
	bad.Escalation = []tiendo.EscalationStep{{Action: "reminder", AfterWorkingDays: 5}, {Action: "reminder", AfterWorkingDays: 5}}
	wantCode(t, f.svc.SetReminderRules(f.as("office"), f.orgs["HBT"], bad), tiendo.EINVALID)
	f.at(date(2020, 1, 20))
	if n, err := f.svc.RunReminders(f.as("system")); err != nil || n != 0 {
		t.Errorf("fired %d, %v with the rules off", n, err)
	}
	got, own, err := f.svc.ReminderRulesOf(f.as("phohue"), f.orgs["PH"])
	if err != nil || own || got.Overdue {
		t.Errorf("PH inherits: %+v own=%v err=%v", got, own, err)
	}
}

func TestMarkReadAndUnread(t *testing.T) {
	f := newFixture(t)
	f.task("PH", "trước ngày 10/01/2020")
	if _, err := f.svc.MarkRead(f.as("phohue"), nil); err != nil { // the assignment's notice
		t.Fatal(err)
	}
	f.at(date(2020, 1, 17))
	if _, err := f.svc.RunReminders(f.as("system")); err != nil {
		t.Fatal(err)
	}
	n, _ := f.svc.UnreadCount(f.as("phohue"))
	if n != 2 {
		t.Fatalf("unread %d, want 2 (overdue, escalation)", n)
	}
	list, _, _ := f.svc.Notifications(f.as("phohue"), true, tiendo.Page{})
	if c, _ := f.svc.MarkRead(f.as("truongdinh"), []int64{list[0].ID}); c != 0 {
		t.Error("another account marked phohue's notification read")
	}
	if c, _ := f.svc.MarkRead(f.as("phohue"), []int64{list[0].ID}); c != 1 {
		t.Error("mark one read")
	}
	if n, _ := f.svc.UnreadCount(f.as("phohue")); n != 1 {
		t.Errorf("unread %d after one read", n)
	}
	if c, _ := f.svc.MarkRead(f.as("phohue"), nil); c != 1 {
		t.Error("mark all read")
	}
}

// A scan catches up on missed days, but not on reminders older than its
// window: the first scan of an imported archive sends only what is news.
func TestRunRemindersCatchUpWindow(t *testing.T) {
	f := newFixture(t)
	f.task("PH", "trước ngày 10/01/2020") // steps on 13/1, 17/1, 31/1 and 14/2 (Tết off 23–29/1)
	f.task("TD", "trước ngày 27/03/2020") // overdue on 30/3, first step on 6/4 (Giỗ Tổ 2/4 off)
	f.at(date(2020, 4, 10))
	n, err := f.svc.RunReminders(f.as("system"))
	if err != nil {
		t.Fatal(err)
	}
	// Within 60 days: Phố Huế's leader notice of 14/2, Trương Định's
	// overdue notice and first escalation. Older steps are not sent.
	if n != 3 {
		t.Errorf("fired %d, want 3", n)
	}
	if got := f.kinds("phohue"); len(got) != 0 {
		t.Errorf("phohue was sent %v (steps older than 60 days)", got)
	}
	if got := f.kinds("leader"); !equal(got, []string{"escalation"}) {
		t.Errorf("leader has %v, want the notice of 14/2", got)
	}
}
