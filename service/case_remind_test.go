package service_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// txCounter counts the write transactions a use case opens.
type txCounter struct {
	tiendo.Store
	n int
}

func (c *txCounter) Tx(ctx context.Context, fn func(tiendo.Store) error) error {
	c.n++
	return c.Store.Tx(ctx, fn)
}

// A case reminder pass reads what already fired and writes only what is
// due, many reminders per transaction: a pass with nothing new writes
// nothing, whatever the number of assigned cases.
func TestCaseRemindersWriteOnlyWhatIsDue(t *testing.T) {
	f, street, kinds := caseFixture(t)
	ca := f.orgs["PH-CA"]
	for i := range 3 {
		_, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, Address: fmt.Sprintf("Số %d", i+1),
			KindID: kinds[tiendo.CaseGroupSanitation].ID, Description: "Đổ rác sai giờ", FoundOn: date(2020, 1, 2),
			AssignedOrgID: &ca, Due: date(2020, 1, 3)})
		if err != nil {
			t.Fatal(err)
		}
	}
	counted := &txCounter{Store: f.st}
	svc := service.New(counted, f.clock, tiendo.DefaultRules())
	for _, step := range []struct {
		name        string
		at          time.Time
		fired, txes int
	}{
		{"due soon", time.Date(2020, 1, 2, 9, 0, 0, 0, f.clock.T.Location()), 3, 1},
		{"again", time.Date(2020, 1, 2, 10, 0, 0, 0, f.clock.T.Location()), 0, 0},
		{"overdue", time.Date(2020, 1, 6, 9, 0, 0, 0, f.clock.T.Location()), 3, 1},
		{"overdue again", time.Date(2020, 1, 7, 9, 0, 0, 0, f.clock.T.Location()), 0, 0},
	} {
		f.clock.T, counted.n = step.at, 0
		n, err := svc.RunCaseReminders(f.as("system"))
		if err != nil || n != step.fired || counted.n != step.txes {
			t.Fatalf("%s: fired %d in %d transactions, want %d in %d (%v)", step.name, n, counted.n, step.fired, step.txes, err)
		}
	}
}

// A notice about a case, in the inbox and in its mail, opens the case, as
// a task's notice opens the task: the assignment, the reminders, the close.
func TestCaseNoticesLinkTheCase(t *testing.T) {
	f, street, kinds := caseFixture(t)
	if _, err := f.svc.SetNotifyPrefs(f.as("ca-phohue"), tiendo.NotifyPrefs{Mode: tiendo.EmailInstant, Email: "ca@phohue.vn"}); err != nil {
		t.Fatal(err)
	}
	ca := f.orgs["PH-CA"]
	c, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, KindID: kinds[tiendo.CaseGroupSanitation].ID,
		Description: "Đổ rác sai giờ", FoundOn: date(2020, 1, 2), AssignedOrgID: &ca, Due: date(2020, 1, 3)})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := f.svc.RunCaseReminders(f.as("system")); err != nil || n != 1 {
		t.Fatalf("due soon: %d %v", n, err)
	}
	notes, _, err := f.svc.Notifications(f.as("ca-phohue"), false, tiendo.Page{PerPage: 10})
	if err != nil || len(notes) != 2 {
		t.Fatalf("notifications %d %v", len(notes), err)
	}
	for _, n := range notes {
		if n.CaseID == nil || *n.CaseID != c.ID || n.TaskID != nil {
			t.Errorf("%s: case %v task %v, want case %d", n.Kind, n.CaseID, n.TaskID, c.ID)
		}
	}
	mails, err := f.st.ClaimDeliveries(context.Background(), "test", f.clock.T.Add(time.Hour), f.clock.T.Add(2*time.Hour), 10)
	if err != nil || len(mails) != 2 {
		t.Fatalf("mails %d %v", len(mails), err)
	}
	link := fmt.Sprintf("/vu-viec/%d\n", c.ID)
	for _, m := range mails {
		if !strings.Contains(m.Payload, link) {
			t.Errorf("mail %q has no link to the case:\n%s", m.Subject, m.Payload)
		}
	}
}

// Moving an assigned case's deadline keeps the old and new day, who and
// why; a first assignment and a reassignment keeping the day add nothing.
func TestCaseDeadlineHistory(t *testing.T) {
	f, street, kinds := caseFixture(t)
	ca := f.orgs["PH-CA"]
	c, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, KindID: kinds[tiendo.CaseGroupSanitation].ID,
		Description: "Đổ rác sai giờ", FoundOn: date(2020, 1, 2)})
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		due    vn.Date
		reason string
		want   int
	}{
		{date(2020, 1, 10), "", 0},                  // first deadline
		{date(2020, 1, 10), "", 0},                  // same day, another assignment
		{date(2020, 1, 17), " Chờ ý kiến quận ", 1}, // extended
	} {
		c, err = f.svc.AssignCase(f.as("vp-phohue"), c.ID, service.CaseAssignment{Version: c.Version, OrgID: &ca,
			Due: step.due, Reason: step.reason})
		if err != nil {
			t.Fatal(err)
		}
		d, err := f.svc.GetCase(f.as("vp-phohue"), c.ID)
		if err != nil || len(d.Case.Deadlines) != step.want {
			t.Fatalf("due %v: deadlines %+v %v", step.due, d.Case.Deadlines, err)
		}
	}
	d, _ := f.svc.GetCase(f.as("ca-phohue"), c.ID)
	got := d.Case.Deadlines[0]
	if got.PreviousDue != date(2020, 1, 10) || got.Due != date(2020, 1, 17) || got.Reason != "Chờ ý kiến quận" || got.By != "vp-phohue" {
		t.Fatalf("history %+v", got)
	}
}
