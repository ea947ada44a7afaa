package service_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"tiendo"
	"tiendo/service"
)

func TestCalendarFeed(t *testing.T) {
	f, s := meetingFixture(t)
	f.meeting(s, time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC))
	long := "Kiểm tra, xử lý vi phạm trật tự đô thị; lấn chiếm vỉa hè, lòng đường, tuyến phố Bà Triệu\\Phố Huế — đợt cao điểm trước Tết Canh Tý"
	if _, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: long, LeadOrgID: f.orgs["PH"], Deadline: "trước ngày 20/01/2020"}); err != nil {
		t.Fatal(err)
	}
	feed, err := f.svc.CalendarFeed(f.as("phohue"))
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(string(feed), "\r\n"), "\r\n") {
		if len(line) > 75 || strings.Contains(line, "\n") {
			t.Fatalf("line %d is %d octets or holds a bare LF: %q", i+1, len(line), line)
		}
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(feed))
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]*ics.VEvent{}
	for _, e := range cal.Events() {
		events[e.Id()] = e
	}
	if len(events) != 2 {
		t.Fatalf("%d events: %s", len(events), feed)
	}
	var meeting, task *ics.VEvent
	for id, e := range events {
		if strings.HasPrefix(id, "meeting-") {
			meeting = e
		} else {
			task = e
		}
	}
	start, err := meeting.GetStartAt()
	if err != nil || !start.Equal(time.Date(2020, 1, 10, 1, 0, 0, 0, time.UTC)) {
		t.Fatalf("meeting starts %v (%v), want 08:00 in Vietnam", start, err)
	}
	if got := meeting.GetProperty(ics.ComponentPropertyLocation).Value; got != "Phòng họp số 2" {
		t.Fatalf("location %q", got)
	}
	if got := task.GetProperty(ics.ComponentPropertySummary).Value; got != "Hạn: "+long {
		t.Fatalf("summary read back as %q", got)
	}
	day, err := task.GetAllDayStartAt()
	if err != nil || day.Day() != 20 {
		t.Fatalf("deadline %v %v", day, err)
	}
	// Trương Định attends the meeting but does not see Phố Huế's task.
	feed, err = f.svc.CalendarFeed(f.as("truongdinh"))
	if err != nil || strings.Contains(string(feed), "task-") {
		t.Fatalf("Trương Định's feed: %v\n%s", err, feed)
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
