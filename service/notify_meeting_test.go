package service_test

import (
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// TestConclusionNoticeReminder: a meeting whose conclusion notice is not
// issued by its due date (5 working days) is chased once, to the office of
// its organisation; a meeting whose notice is issued is not.
func TestConclusionNoticeReminder(t *testing.T) {
	f := newFixture(t)
	office := f.as("office")
	series, err := f.svc.CreateSeries(office, tiendo.MeetingSeries{OrgID: f.orgs["HBT"], Name: "Giao ban tuần",
		Frequency: tiendo.Weekly, ChairTitle: "Chủ tịch UBND quận"})
	if err != nil {
		t.Fatal(err)
	}
	late, err := f.svc.CreateMeeting(office, service.MeetingInput{SeriesID: series.ID, Date: date(2020, 1, 3)})
	if err != nil {
		t.Fatal(err)
	}
	issued, err := f.svc.CreateMeeting(office, service.MeetingInput{SeriesID: series.ID, Date: date(2020, 1, 2)})
	if err != nil {
		t.Fatal(err)
	}
	no, on := "05/TB-UBND", date(2020, 1, 8)
	if _, err := f.svc.UpdateMeeting(office, issued.ID, service.MeetingPatch{Version: issued.Version, NoticeNo: &no, NoticeOn: &on}); err != nil {
		t.Fatal(err)
	}
	if late.NoticeDue != date(2020, 1, 10) {
		t.Fatalf("notice due %v, want 10/01/2020", late.NoticeDue)
	}
	for _, s := range []struct {
		day   vn.Date
		fired int
	}{{date(2020, 1, 10), 0}, {date(2020, 1, 13), 1}, {date(2020, 1, 14), 0}} {
		f.at(s.day)
		if n, err := f.svc.RunReminders(f.as("system")); err != nil || n != s.fired {
			t.Errorf("%v: fired %d, %v; want %d", s.day, n, err, s.fired)
		}
	}
	if got := f.kinds("office"); !equal(got, []string{tiendo.RuleConclusion}) {
		t.Errorf("office has %v", got)
	}
	if got := f.kinds("phohue"); len(got) != 0 {
		t.Errorf("the ward has %v", got)
	}
}
