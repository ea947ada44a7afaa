package report_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
)

// TestWriteICS: a feed written as iCalendar is read back by another
// implementation with the same times, place and (long, escaped) titles,
// and no line passes 75 octets.
func TestWriteICS(t *testing.T) {
	long := "Kiểm tra, xử lý vi phạm trật tự đô thị; lấn chiếm vỉa hè, lòng đường, tuyến phố Bà Triệu\\Phố Huế — đợt cao điểm trước Tết Canh Tý"
	feed := &service.CalendarFeed{
		Meetings: []*tiendo.Meeting{
			{ID: 7, Title: "Giao ban tuần", Date: vn.NewDate(2020, 1, 10), Start: "08:00", Place: "Phòng họp số 2", Chair: "Chủ tịch UBND"},
			{ID: 8, Title: "Giao ban tháng, cả ngày", Date: vn.NewDate(2020, 1, 31), NoticeDue: vn.NewDate(2020, 2, 7)},
		},
		Tasks:     []*tiendo.Task{{ID: 42, Title: long, Due: vn.NewDate(2020, 1, 20), DeadlineText: "trước ngày 20/01/2020"}},
		Generated: time.Date(2020, 1, 5, 9, 0, 0, 0, vn.Location),
	}
	var b bytes.Buffer
	if err := report.WriteICS(&b, feed); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSuffix(b.String(), "\r\n"), "\r\n") {
		if len(line) > 75 || strings.Contains(line, "\n") {
			t.Fatalf("line %d is %d octets or holds a bare LF: %q", i+1, len(line), line)
		}
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]*ics.VEvent{}
	for _, e := range cal.Events() {
		events[e.Id()] = e
	}
	if len(events) != 3 {
		t.Fatalf("%d events: %s", len(events), b.String())
	}
	start, err := events["meeting-7@tiendo"].GetStartAt()
	if err != nil || !start.Equal(time.Date(2020, 1, 10, 1, 0, 0, 0, time.UTC)) {
		t.Fatalf("meeting starts %v (%v), want 08:00 in Vietnam", start, err)
	}
	if got := events["meeting-7@tiendo"].GetProperty(ics.ComponentPropertyLocation).Value; got != "Phòng họp số 2" {
		t.Fatalf("location %q", got)
	}
	day, err := events["meeting-8@tiendo"].GetAllDayStartAt()
	if err != nil || day.Day() != 31 {
		t.Fatalf("a meeting without a start time is an all-day event: %v %v", day, err)
	}
	task := events["task-42@tiendo"]
	if got := task.GetProperty(ics.ComponentPropertySummary).Value; got != "Hạn: "+long {
		t.Fatalf("summary read back as %q", got)
	}
	day, err = task.GetAllDayStartAt()
	if err != nil || day.Day() != 20 {
		t.Fatalf("deadline %v %v", day, err)
	}
	if got := task.GetProperty(ics.ComponentPropertyDtstamp).Value; got != "20200105T020000Z" {
		t.Fatalf("DTSTAMP %q, want the generation time in UTC", got)
	}
}
