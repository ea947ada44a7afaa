package demo

import (
	"fmt"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// meetings adds the review meetings of the seeds (the BCĐ 197 weekly
// briefing of 26/4/2023 that heard three wards, the People's Committee's
// session of 3/4/2023, Long Biên's model-streets review of 9/8/2022) and,
// relative to today, phường Hai Bà Trưng's giao ban: last month's, whose
// conclusion notice is late, and next week's with its agenda, so the
// briefing pack shows live data.
func (l *loader) meetings() error {
	bcd, err := l.series("HBT-BCD197", "Giao ban định kỳ Ban Chỉ đạo 197 quận", tiendo.Weekly, "Trưởng Ban Chỉ đạo 197 quận",
		"HBT-QLDT", "HBT-CA", "HBT-LEDAIHANH", "HBT-PHOHUE", "HBT-TRUONGDINH")
	if err != nil {
		return err
	}
	ubnd, err := l.series("HBT-UBND", "Phiên họp thành viên UBND quận", tiendo.Monthly, "Chủ tịch UBND quận",
		"HBT-VP", "HBT-QLDT", "HBT-TCKH", "HBT-NV", "HBT-PHOHUE", "HBT-TRUONGDINH")
	if err != nil {
		return err
	}
	lb, err := l.series("LB-QU", "Giao ban tiến độ tuyến phố, chung cư kiểu mẫu", tiendo.AdHoc, "Phó Chủ tịch UBND quận",
		"LB-QLDT", "LB-VHTT", "LB-TCKH", "LB-BQLDA", "LB-TTPTQD", "LB-BODE", "LB-PHUCLOI")
	if err != nil {
		return err
	}
	ward, err := l.series("HN-HAIBATRUNG-UBND", "Giao ban UBND phường Hai Bà Trưng", tiendo.Weekly, "Chủ tịch UBND phường",
		"HN-HAIBATRUNG-VP", "HN-HAIBATRUNG-KTHTDT", "HN-HAIBATRUNG-VHXH")
	if err != nil {
		return err
	}
	wardTasks, err := l.taskIDs("HN-HAIBATRUNG-KTHTDT")
	if err != nil {
		return err
	}
	for _, m := range []service.MeetingInput{
		{SeriesID: bcd.ID, Title: "Giao ban đánh giá tiến độ Kế hoạch 01/KH-BCĐ197", Date: d(2023, 4, 26), Start: "08:00",
			Place: "Trụ sở UBND quận", ReportOrgIDs: l.ids("HBT-LEDAIHANH", "HBT-PHOHUE", "HBT-TRUONGDINH")},
		{SeriesID: ubnd.ID, Title: "Phiên họp thành viên UBND quận tháng 3/2023", Date: d(2023, 4, 3), Start: "14:00",
			Place: "Hội trường UBND quận", Chair: "Chủ tịch UBND quận Nguyễn Quang Trung"},
		{SeriesID: lb.ID, Title: "Giao ban tiến độ thực hiện tuyến phố, chung cư kiểu mẫu", Date: d(2022, 8, 9), Start: "08:00",
			Place: "Phòng họp số 2 Quận ủy", Chair: "Phó Chủ tịch UBND quận Nguyễn Mạnh Trình"},
		{SeriesID: ward.ID, Title: "Giao ban UBND phường tháng trước", Date: l.today.AddDays(-25), Start: "14:00",
			Place: "Hội trường UBND phường Hai Bà Trưng", ReportOrgIDs: l.ids("HN-HAIBATRUNG-VHXH")},
		{SeriesID: ward.ID, Title: "Giao ban UBND phường tuần tới", Date: nextMonday(l.today), Start: "08:00",
			Place: "Hội trường UBND phường Hai Bà Trưng", Chair: "Chủ tịch UBND phường",
			ReportOrgIDs: l.ids("HN-HAIBATRUNG-KTHTDT", "HN-HAIBATRUNG-VHXH"), Agenda: []tiendo.AgendaItem{
				{Title: "Tiến độ các nhiệm vụ UBND phường giao trong tháng; nhiệm vụ quá hạn"},
				{Title: "Trật tự đô thị, lấn chiếm vỉa hè, công trình sai phép", TaskIDs: wardTasks},
				{Title: "Thu ngân sách, giải quyết thủ tục hành chính năm " + fmt.Sprint(l.today.Year), TargetIDs: l.targetIDs},
			}},
	} {
		org := map[int64]int64{bcd.ID: bcd.OrgID, ubnd.ID: ubnd.OrgID, lb.ID: lb.OrgID, ward.ID: ward.OrgID}[m.SeriesID]
		if _, err := l.svc.CreateMeeting(l.who(org, tiendo.RoleOffice), m); err != nil {
			return fmt.Errorf("demo: meeting %s: %w", m.Title, err)
		}
	}
	return l.issueNotices()
}

// issueNotices records the seed meetings' notices as issued on time.
func (l *loader) issueNotices() error {
	ms, err := l.svc.ListMeetings(l.sys, tiendo.MeetingFilter{To: vn.NewDate(2024, 1, 1)})
	if err != nil {
		return err
	}
	for i, m := range ms {
		no, on := fmt.Sprintf("%d/TB-VP", 40+i), m.NoticeDue
		if _, err := l.svc.UpdateMeeting(l.sys, m.ID, service.MeetingPatch{Version: m.Version, NoticeNo: &no, NoticeOn: &on}); err != nil {
			return err
		}
	}
	return nil
}

func (l *loader) series(org, name string, f tiendo.Frequency, chair string, attendees ...string) (*tiendo.MeetingSeries, error) {
	s, err := l.svc.CreateSeries(l.sys, tiendo.MeetingSeries{OrgID: l.org(org), Name: name, Frequency: f, ChairTitle: chair,
		AttendeeOrgIDs: l.ids(attendees...)})
	if err != nil {
		return nil, fmt.Errorf("demo: series %s: %w", name, err)
	}
	return s, nil
}

func (l *loader) ids(codes ...string) []int64 {
	out := make([]int64, len(codes))
	for i, c := range codes {
		out[i] = l.org(c)
	}
	return out
}

// nextMonday is the Monday of the week after today's.
func nextMonday(today vn.Date) vn.Date {
	return today.AddDays(7 - (int(today.Weekday())+6)%7)
}

// taskIDs lists the open tasks an organisation leads, for an agenda item.
func (l *loader) taskIDs(code string) ([]int64, error) {
	tasks, _, err := l.svc.ListTasks(l.sys, tiendo.TaskFilter{OrgIDs: []int64{l.org(code)}, Role: tiendo.AsLead,
		Statuses: []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusInProgress}, Page: tiendo.Page{PerPage: 5}})
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(tasks))
	for i, k := range tasks {
		ids[i] = k.ID
	}
	return ids, nil
}
