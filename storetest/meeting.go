package storetest

import (
	"reflect"

	"tiendo"
)

// series creates a weekly series of org.
func (f *fixture) series(org int64, attendees ...int64) *tiendo.MeetingSeries {
	f.Helper()
	s := &tiendo.MeetingSeries{OrgID: org, Name: "Giao ban tuần", Frequency: tiendo.Weekly,
		ChairTitle: "Trưởng ban", AttendeeOrgIDs: attendees, Agenda: "Tiến độ\nKiến nghị"}
	must(f, f.st.CreateSeries(f.ctx, s))
	return s
}

// meeting creates a meeting of s on day.
func (f *fixture) meeting(s *tiendo.MeetingSeries, day int) *tiendo.Meeting {
	f.Helper()
	m := &tiendo.Meeting{SeriesID: s.ID, OrgID: s.OrgID, Title: "Phiên họp", Date: d(2026, 4, day),
		NoticeDue: d(2026, 4, day).AddDays(7)}
	must(f, f.st.CreateMeeting(f.ctx, m))
	return m
}

var meetingCases = []testCase{
	{"Series/CreateAndFind", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		s := f.series(a.ID, b.ID)
		got, err := f.st.FindSeriesByID(f.ctx, s.ID)
		must(f, err)
		if !reflect.DeepEqual(got, s) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, s)
		}
		list, err := f.st.FindSeries(f.ctx, []int64{b.ID})
		must(f, err)
		if len(list) != 0 {
			f.Fatalf("series of B: %+v", list)
		}
		list, err = f.st.FindSeries(f.ctx, nil)
		must(f, err)
		if len(list) != 1 || list[0].ID != s.ID {
			f.Fatalf("all series: %+v", list)
		}
	}},
	{"Series/ErrUnknownOrg", func(f *fixture) {
		wantCode(f, f.st.CreateSeries(f.ctx, &tiendo.MeetingSeries{OrgID: 4242, Name: "X", Frequency: tiendo.Weekly}), tiendo.EINVALID)
	}},
	{"Series/ErrBadFrequency", func(f *fixture) {
		o := f.org("A")
		wantCode(f, f.st.CreateSeries(f.ctx, &tiendo.MeetingSeries{OrgID: o.ID, Name: "X", Frequency: "daily"}), tiendo.EINVALID)
	}},
	{"RoundTrip", func(f *fixture) {
		a, b, c := f.org("A"), f.org("B"), f.org("C")
		s := f.series(a.ID, b.ID, c.ID)
		t := f.task(b.ID)
		m := &tiendo.Meeting{SeriesID: s.ID, OrgID: a.ID, Title: "Giao ban tháng 4", Date: d(2026, 4, 3), Start: "14:00",
			Place: "Phòng họp số 2", Chair: "Chủ tịch UBND", AttendeeOrgIDs: []int64{b.ID, c.ID}, AbsentOrgIDs: []int64{c.ID},
			ReportOrgIDs: []int64{b.ID}, Agenda: []tiendo.AgendaItem{{Title: "Tiến độ", TaskIDs: []int64{t.ID}}},
			NoticeDue: d(2026, 4, 10)}
		must(f, f.st.CreateMeeting(f.ctx, m))
		got, err := f.st.FindMeetingByID(f.ctx, m.ID)
		must(f, err)
		if !reflect.DeepEqual(got, m) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, m)
		}
		m.Minutes, m.NoticeNo, m.NoticeOn = "Biên bản", "12/TB-UBND", d(2026, 4, 9)
		must(f, f.st.UpdateMeeting(f.ctx, m))
		got, err = f.st.FindMeetingByID(f.ctx, m.ID)
		must(f, err)
		if !reflect.DeepEqual(got, m) || got.Version != 2 {
			f.Fatalf("after update\n got %+v\nwant %+v", got, m)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		m := f.meeting(f.series(f.org("A").ID), 3)
		stale := *m
		m.Minutes = "một"
		must(f, f.st.UpdateMeeting(f.ctx, m))
		stale.Minutes = "hai"
		wantCode(f, f.st.UpdateMeeting(f.ctx, &stale), tiendo.ECONFLICT)
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindMeetingByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Find/Filters", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		sa, sb := f.series(a.ID), f.series(b.ID)
		m1, m2, m3 := f.meeting(sa, 10), f.meeting(sa, 3), f.meeting(sb, 5)
		check := func(what string, flt tiendo.MeetingFilter, want ...int64) {
			f.Helper()
			list, err := f.st.FindMeetings(f.ctx, flt)
			must(f, err)
			var ids []int64
			for _, m := range list {
				ids = append(ids, m.ID)
			}
			wantIDs(f, what, ids, want)
		}
		check("all by date", tiendo.MeetingFilter{}, m2.ID, m3.ID, m1.ID)
		check("series", tiendo.MeetingFilter{SeriesID: &sa.ID}, m2.ID, m1.ID)
		check("org", tiendo.MeetingFilter{OrgIDs: []int64{b.ID}}, m3.ID)
		check("range", tiendo.MeetingFilter{From: d(2026, 4, 4), To: d(2026, 4, 10)}, m3.ID, m1.ID)
		check("latest first, limited", tiendo.MeetingFilter{Desc: true, Limit: 2}, m1.ID, m3.ID)
	}},
	{"Conclusions/LinkInOrder", func(f *fixture) {
		a := f.org("A")
		m := f.meeting(f.series(a.ID), 3)
		t1, t2 := f.task(a.ID), f.task(a.ID)
		must(f, f.st.LinkConclusion(f.ctx, m.ID, t2.ID))
		must(f, f.st.LinkConclusion(f.ctx, m.ID, t1.ID))
		ids, err := f.st.ConclusionTaskIDs(f.ctx, m.ID)
		must(f, err)
		wantIDs(f, "conclusions", ids, []int64{t2.ID, t1.ID})
		other := f.meeting(f.series(a.ID), 10)
		wantCode(f, f.st.LinkConclusion(f.ctx, other.ID, t1.ID), tiendo.ECONFLICT)
		wantCode(f, f.st.LinkConclusion(f.ctx, m.ID, 4242), tiendo.EINVALID)
	}},
	{"CalendarToken/SetReplaceFind", func(f *fixture) {
		o := f.org("A")
		acct := f.account("lich", tiendo.RoleOfficer, &o.ID)
		must(f, f.st.SetCalendarToken(f.ctx, acct.ID, "h1"))
		must(f, f.st.SetCalendarToken(f.ctx, acct.ID, "h2"))
		_, err := f.st.FindAccountByCalendarHash(f.ctx, "h1")
		wantCode(f, err, tiendo.ENOTFOUND)
		got, err := f.st.FindAccountByCalendarHash(f.ctx, "h2")
		must(f, err)
		if got.ID != acct.ID {
			f.Fatalf("account %d, want %d", got.ID, acct.ID)
		}
	}},
}
