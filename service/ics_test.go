package service_test

import (
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TestCalendarFeed: the feed holds the meetings an account attends and the
// deadlines of the open tasks its organisations lead, no one else's; its
// secret resolves the account until replaced. report.WriteICS writes it.
func TestCalendarFeed(t *testing.T) {
	f, s := meetingFixture(t)
	m := f.meeting(s, time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC))
	title := "Kiểm tra, xử lý vi phạm trật tự đô thị tuyến phố Bà Triệu"
	if _, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: title, LeadOrgID: f.orgs["PH"], Deadline: "trước ngày 20/01/2020"}); err != nil {
		t.Fatal(err)
	}
	feed, err := f.svc.CalendarFeed(f.as("phohue"))
	if err != nil {
		t.Fatal(err)
	}
	if len(feed.Meetings) != 1 || feed.Meetings[0].ID != m.ID {
		t.Fatalf("meetings %+v, want the one Phố Huế attends", feed.Meetings)
	}
	if len(feed.Tasks) != 1 || feed.Tasks[0].Title != title || feed.Tasks[0].Due != vn.NewDate(2020, 1, 20) {
		t.Fatalf("tasks %+v, want its deadline on 20/01/2020", feed.Tasks)
	}
	if feed.Generated.IsZero() {
		t.Fatal("no generation time for DTSTAMP")
	}
	// Trương Định attends the meeting but does not see Phố Huế's task.
	feed, err = f.svc.CalendarFeed(f.as("truongdinh"))
	if err != nil || len(feed.Meetings) != 1 || len(feed.Tasks) != 0 {
		t.Fatalf("Trương Định's feed: %v %+v", err, feed)
	}

	// The secret resolves its account until replaced.
	secret, err := f.svc.NewCalendarToken(f.as("phohue"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := f.svc.ActorForCalendarToken(f.as("system"), secret)
	if err != nil || a.Login != "phohue" {
		t.Fatalf("actor %+v %v", a, err)
	}
	if _, err := f.svc.NewCalendarToken(f.as("phohue")); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.ActorForCalendarToken(f.as("system"), secret)
	wantCode(t, err, tiendo.ENOTFOUND)
}
