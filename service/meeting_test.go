package service_test

import (
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// meetingFixture adds a weekly series of the district with both wards
// attending and returns it.
func meetingFixture(t *testing.T) (*fixture, *tiendo.MeetingSeries) {
	f := newFixture(t)
	s, err := f.svc.CreateSeries(f.as("office"), tiendo.MeetingSeries{OrgID: f.orgs["HBT"], Name: "Giao ban tuần",
		Frequency: tiendo.Weekly, ChairTitle: "Chủ tịch UBND quận", AttendeeOrgIDs: []int64{f.orgs["PH"], f.orgs["TD"]}})
	if err != nil {
		t.Fatal(err)
	}
	return f, s
}

func (f *fixture) meeting(s *tiendo.MeetingSeries, d time.Time, report ...int64) *tiendo.Meeting {
	f.t.Helper()
	m, err := f.svc.CreateMeeting(f.as("office"), service.MeetingInput{SeriesID: s.ID, Date: date(d.Year(), d.Month(), d.Day()),
		Start: "08:00", Place: "Phòng họp số 2", ReportOrgIDs: report})
	if err != nil {
		f.t.Fatalf("create meeting: %v", err)
	}
	return m
}

func TestMeetingNoticeDue(t *testing.T) {
	f, s := meetingFixture(t)
	for _, c := range []struct {
		name     string
		on, want time.Time
	}{
		{"Friday: the next week's Friday", time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC), time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)},
		{"Saturday meeting counts from Monday", time.Date(2020, 1, 4, 0, 0, 0, 0, time.UTC), time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)},
		{"Tết holidays are skipped", time.Date(2020, 1, 20, 0, 0, 0, 0, time.UTC), time.Date(2020, 2, 3, 0, 0, 0, 0, time.UTC)},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := f.meeting(s, c.on)
			if want := date(c.want.Year(), c.want.Month(), c.want.Day()); m.NoticeDue != want {
				t.Fatalf("notice due %s, want %s", m.NoticeDue, want)
			}
		})
	}
}

func TestMeetingNoticeLate(t *testing.T) {
	f, s := meetingFixture(t)
	m := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC)) // due 10/01
	f.clock.T = time.Date(2020, 1, 13, 9, 0, 0, 0, time.UTC)
	p, err := f.svc.MeetingPack(f.as("office"), m.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !p.NoticeLate {
		t.Fatal("no notice three days after its due date is not late")
	}
	no, on := "05/TB-UBND", date(2020, 1, 9)
	m, err = f.svc.UpdateMeeting(f.as("office"), m.ID, service.MeetingPatch{Version: m.Version, NoticeNo: &no, NoticeOn: &on})
	if err != nil {
		t.Fatal(err)
	}
	if m.NoticeLate(date(2020, 1, 13)) {
		t.Fatal("a notice issued before its due date is late")
	}
	_, err = f.svc.UpdateMeeting(f.as("office"), m.ID, service.MeetingPatch{Version: m.Version - 1, NoticeNo: &no})
	wantCode(t, err, tiendo.ECONFLICT)
}

func TestMeetingScope(t *testing.T) {
	f, s := meetingFixture(t)
	m := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	minutes := "Biên bản"
	for _, c := range []struct {
		login      string
		read, edit string // error codes; "" for allowed
	}{
		{"office", "", ""}, {"leader", "", ""}, {"admin", "", ""},
		{"phohue", "", tiendo.EFORBIDDEN}, // an attending ward reads, never edits
		{"qldt", tiendo.ENOTFOUND, tiendo.ENOTFOUND},
	} {
		t.Run(c.login, func(t *testing.T) {
			_, err := f.svc.GetMeeting(f.as(c.login), m.ID)
			wantCode(t, err, c.read)
			cur, _ := f.svc.GetMeeting(f.as("office"), m.ID)
			_, err = f.svc.UpdateMeeting(f.as(c.login), m.ID, service.MeetingPatch{Version: cur.Version, Minutes: &minutes})
			wantCode(t, err, c.edit)
		})
	}
	_, err := f.svc.CreateMeeting(f.as("phohue"), service.MeetingInput{SeriesID: s.ID, Date: date(2020, 1, 10)})
	wantCode(t, err, tiendo.EFORBIDDEN)
}

func TestMeetingConclusionsAndPack(t *testing.T) {
	f, s := meetingFixture(t)
	first := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	concl, err := f.svc.AddConclusions(f.as("office"), first.ID, service.TaskInput{Title: "Rà soát điểm trông giữ xe trái phép",
		LeadOrgIDs: []int64{f.orgs["PH"], f.orgs["TD"]}, Deadline: "trước ngày 08/01/2020"})
	if err != nil {
		t.Fatal(err)
	}
	if len(concl) != 2 || concl[0].Category != tiendo.CategoryConclusion || concl[0].AssignedOn != first.Date {
		t.Fatalf("conclusions %+v", concl[0])
	}
	// A conclusion linked twice is refused.
	wantCode(t, f.svc.LinkConclusion(f.as("office"), first.ID, concl[0].ID), tiendo.ECONFLICT)
	// Phố Huế reports on it late; Trương Định says nothing.
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, time.UTC)
	if _, _, err := f.svc.ReportProgress(f.as("phohue"), concl[0].ID, service.UpdateInput{Version: concl[0].Version,
		AsOf: date(2020, 1, 6), Narrative: "Đã rà soát 3/5 điểm"}); err != nil {
		t.Fatal(err)
	}
	soon := f.task("PH", "trước ngày 14/01/2020")
	later := f.task("TD", "trước ngày 30/01/2020")

	f.clock.T = time.Date(2020, 1, 10, 9, 0, 0, 0, time.UTC)
	second := f.meeting(s, time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC), f.orgs["PH"])
	p, err := f.svc.MeetingPack(f.as("office"), second.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if p.Previous == nil || p.Previous.ID != first.ID || p.From != date(2020, 1, 4) || p.Next != date(2020, 1, 17) {
		t.Fatalf("period %s–%s next %s previous %+v", p.From, p.AsOf, p.Next, p.Previous)
	}
	if len(p.PreviousConclusions) != 2 || p.PreviousConclusions[0].Timeliness != tiendo.Overdue {
		t.Fatalf("previous conclusions %+v", p.PreviousConclusions)
	}
	if len(p.Overdue) != 2 {
		t.Fatalf("overdue units %+v", p.Overdue)
	}
	for _, u := range p.Overdue {
		row := u.Tasks[0]
		if row.OverdueDays != 2 {
			t.Errorf("%s: overdue %d days, want 2", u.Name, row.OverdueDays)
		}
		if (u.OrgID == f.orgs["PH"]) != (row.LastUpdate != nil) {
			t.Errorf("%s: latest update %+v", u.Name, row.LastUpdate)
		}
	}
	if len(p.DueSoon) != 1 || p.DueSoon[0].ID != soon.ID {
		t.Fatalf("due before the next meeting: %+v (not %d)", p.DueSoon, later.ID)
	}
	silent := map[int64]int{}
	for _, u := range p.Silent {
		silent[u.OrgID] = u.Days
	}
	if d, ok := silent[f.orgs["TD"]]; !ok || d != -1 {
		t.Fatalf("silent units %+v: Trương Định never reported", p.Silent)
	}
	if d, ok := silent[f.orgs["PH"]]; !ok || d != 4 {
		t.Fatalf("silent units %+v: Phố Huế last reported 4 days ago (limit 3)", p.Silent)
	}
	if len(p.Reporting) != 1 || p.Reporting[0].OrgID != f.orgs["PH"] || p.Reporting[0].Overdue != 1 || p.Reporting[0].Open != 2 {
		t.Fatalf("reporting units %+v", p.Reporting)
	}
	// The attending ward's pack shows only what it may see.
	p, err = f.svc.MeetingPack(f.as("phohue"), second.ID, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Overdue) != 1 || p.Overdue[0].OrgID != f.orgs["PH"] {
		t.Fatalf("ward's pack shows %+v", p.Overdue)
	}
}

// TestMeetingDateBounds: a meeting date out of range, or one whose notice
// would fall due after vn.MaxYear, is refused on "date" — whichever way the
// date arrives (API, form, intake, CLI all come through here).
func TestMeetingDateBounds(t *testing.T) {
	f, s := meetingFixture(t)
	for _, c := range []struct {
		day vn.Date
		ok  bool
	}{
		{vn.Date{Year: 9999, Month: 12, Day: 31}, false},
		{vn.Date{Year: 1, Month: 1, Day: 1}, false},
		{date(2200, 12, 31), false}, // its notice would be due in 2201
		{date(2200, 12, 1), true},
		{date(1900, 1, 1), true},
	} {
		_, err := f.svc.CreateMeeting(f.as("office"), service.MeetingInput{SeriesID: s.ID, Date: c.day})
		if c.ok != (err == nil) || (!c.ok && tiendo.ErrorFields(err)["date"] == "") {
			t.Errorf("meeting on %s: %v, want ok=%v or an error on date", c.day, err, c.ok)
		}
	}
	m := f.meeting(s, time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC))
	far := vn.Date{Year: 9999, Month: 12, Day: 31}
	_, err := f.svc.UpdateMeeting(f.as("office"), m.ID, service.MeetingPatch{Version: m.Version, Date: &far})
	if tiendo.ErrorFields(err)["date"] == "" {
		t.Errorf("patch to %s: %v, want an error on date", far, err)
	}
	_, err = f.svc.UpdateMeeting(f.as("office"), m.ID, service.MeetingPatch{Date: ptr(date(2020, 1, 6))})
	if tiendo.ErrorFields(err)["version"] == "" {
		t.Errorf("patch without version: %v, want an error on version", err)
	}
}

// TestLongPastedTextIsNotCutByTheInputLimit: a pasted directive is bounded
// by MaxIntakeText, not by the free-text limit of other fields.
func TestLongPastedTextIsNotCutByTheInputLimit(t *testing.T) {
	long := strings.Repeat("Giao UBND phường. ", tiendo.MaxLongText/10)
	if err := tiendo.CheckInput(service.IntakeInput{Text: long}); err != nil {
		t.Fatal(err)
	}
	if err := tiendo.CheckInput(service.ActionInput{Version: 1, Reason: long}); tiendo.ErrorFields(err)["reason"] == "" {
		t.Fatalf("a %d-character reason: %v", len(long), err)
	}
}

// TestMeetingNoticeDueCalendar: the notice due date is counted on the one
// working-day calendar (a make-up Saturday counts) and by the number of
// working days the organisation's reminder rules set; 0 sets none.
func TestMeetingNoticeDueCalendar(t *testing.T) {
	f, s := meetingFixture(t)
	friday := time.Date(2026, 10, 2, 0, 0, 0, 0, time.UTC)
	if m := f.meeting(s, friday); m.NoticeDue != date(2026, 10, 9) {
		t.Fatalf("plain week: notice due %s, want 09/10/2026", m.NoticeDue)
	}
	if err := f.svc.PutCalendarDay(f.as("admin"), vn.DayOverride{Date: date(2026, 10, 3), Working: true, Name: "Làm bù"}); err != nil {
		t.Fatal(err)
	}
	rules := tiendo.DefaultReminderRules()
	for _, c := range []struct {
		days int
		want vn.Date
	}{
		{5, date(2026, 10, 8)},   // Sat 03/10 worked: one day earlier than 09/10
		{10, date(2026, 10, 15)}, // 03, 05–09, 12–15
		{0, vn.Date{}},           // off: no due date, never late
	} {
		rules.ConclusionWorkingDays = c.days
		if err := f.svc.SetReminderRules(f.as("office"), f.orgs["HBT"], rules); err != nil {
			t.Fatal(err)
		}
		m := f.meeting(s, friday)
		if m.NoticeDue != c.want {
			t.Errorf("%d working days: notice due %s, want %s", c.days, m.NoticeDue, c.want)
		}
		if c.days == 0 && m.NoticeLate(date(2027, 1, 1)) {
			t.Error("a meeting whose notice is off is late")
		}
	}
}
