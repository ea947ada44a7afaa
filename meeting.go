package tiendo

import (
	"context"
	"strconv"
	"strings"
	"time"

	"tiendo/vn"
)

// Frequency is how often a meeting series meets.
type Frequency string

// Meeting frequencies.
const (
	Weekly  Frequency = "weekly"  // a steering committee's weekly briefing
	Monthly Frequency = "monthly" // the People's Committee's monthly session
	AdHoc   Frequency = "adhoc"   // a progress review called when needed
)

// Frequencies lists every frequency.
var Frequencies = []Frequency{Weekly, Monthly, AdHoc}

// NoticeWorkingDays is how many working days after a meeting its
// conclusion notice is due by QĐ 45/2018/QĐ-TTg: the default of
// ReminderRules.ConclusionWorkingDays, which an organisation may change.
const NoticeWorkingDays = 5

// MeetingSeries is a recurring review meeting (giao ban) of an
// organisation: who chairs it, who attends, what it usually looks at.
type MeetingSeries struct {
	ID             int64     `json:"id"`
	OrgID          int64     `json:"org_id"`
	Name           string    `json:"name"`
	Frequency      Frequency `json:"frequency"`
	ChairTitle     string    `json:"chair_title"` // the chairing position, "Chủ tịch UBND quận"
	AttendeeOrgIDs []int64   `json:"attendee_org_ids"`
	Agenda         string    `json:"agenda"` // the usual agenda, one item a line
	CreatedAt      time.Time `json:"created_at"`
	Version        int       `json:"version"`
}

// Validate checks a series.
func (s *MeetingSeries) Validate() error {
	var v Validator
	v.Check(strings.TrimSpace(s.Name) != "", "name", "Tên cuộc họp là bắt buộc")
	v.Check(s.OrgID != 0, "org_id", "Cần đơn vị tổ chức")
	v.Check(contains(Frequencies, s.Frequency), "frequency", "Tần suất phải là hằng tuần, hằng tháng hoặc đột xuất")
	v.Text("name", s.Name, MaxShortText)
	v.Text("chair_title", s.ChairTitle, MaxShortText)
	v.Input(s)
	return v.Err()
}

// AgendaItem is one item of a meeting's agenda, with the tasks and targets
// it looks at.
type AgendaItem struct {
	Title     string  `json:"title"`
	TaskIDs   []int64 `json:"task_ids"`
	TargetIDs []int64 `json:"target_ids"`
}

// Meeting is one sitting of a series: when, where, who, the minutes and
// the conclusion notice.
type Meeting struct {
	ID             int64        `json:"id"`
	SeriesID       int64        `json:"series_id"`
	OrgID          int64        `json:"org_id"` // the series' organisation
	Title          string       `json:"title"`
	Date           vn.Date      `json:"date"`
	Start          string       `json:"start"` // "14:00"; empty for a whole-day entry
	Place          string       `json:"place"`
	Chair          string       `json:"chair"` // who chaired: name and position
	AttendeeOrgIDs []int64      `json:"attendee_org_ids"`
	AbsentOrgIDs   []int64      `json:"absent_org_ids"`
	ReportOrgIDs   []int64      `json:"report_org_ids"` // units the chair asked to report
	Agenda         []AgendaItem `json:"agenda"`
	Minutes        string       `json:"minutes"` // written by the secretary
	// NoticeDue is ConclusionWorkingDays (of the organisation's reminder
	// rules) working days after Date, zero when those rules turn the notice
	// off; NoticeNo and NoticeOn record the conclusion notice once issued.
	NoticeDue vn.Date   `json:"notice_due"`
	NoticeNo  string    `json:"notice_no"`
	NoticeOn  vn.Date   `json:"notice_on"`
	CreatedBy int64     `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	Version   int       `json:"version"`
}

// Validate checks a meeting.
func (m *Meeting) Validate() error {
	var v Validator
	v.Check(m.SeriesID != 0, "series_id", "Cần chọn cuộc họp định kỳ")
	v.Check(strings.TrimSpace(m.Title) != "", "title", "Tên phiên họp là bắt buộc")
	v.Check(!m.Date.IsZero(), "date", "Ngày họp là bắt buộc")
	v.Check(validClock(m.Start), "start", "Giờ họp dạng HH:MM, ví dụ 14:00")
	for _, id := range m.AbsentOrgIDs {
		v.Check(contains(m.AttendeeOrgIDs, id), "absent_org_ids", "Đơn vị vắng mặt phải thuộc thành phần dự họp")
	}
	for _, a := range m.Agenda {
		v.Check(strings.TrimSpace(a.Title) != "", "agenda", "Mỗi nội dung chương trình cần tiêu đề")
	}
	if !m.NoticeOn.IsZero() {
		v.Check(!m.NoticeOn.Before(m.Date), "notice_on", "Ngày ban hành thông báo không được trước ngày họp")
		v.Check(strings.TrimSpace(m.NoticeNo) != "", "notice_no", "Cần số thông báo kết luận")
	}
	for _, a := range m.Agenda {
		v.Text("agenda", a.Title, MaxShortText)
	}
	for f, s := range map[string]string{"title": m.Title, "place": m.Place, "chair": m.Chair, "notice_no": m.NoticeNo} {
		v.Text(f, s, MaxShortText)
	}
	// The notice due date is derived from the meeting date; one past the
	// range means the meeting date is too late.
	if !m.NoticeDue.IsZero() && !m.NoticeDue.InRange() {
		v.Add("date", "Ngày họp quá muộn: hạn ra thông báo kết luận vượt quá năm "+strconv.Itoa(vn.MaxYear))
	}
	v.Input(m)
	return v.Err()
}

// validClock accepts "" or HH:MM on a 24-hour clock.
func validClock(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse("15:04", s)
	return err == nil && len(s) == 5
}

// NoticeLate tells whether the conclusion notice is late at today: not
// issued and its due date passed, or issued after it.
func (m *Meeting) NoticeLate(today vn.Date) bool {
	if m.NoticeDue.IsZero() {
		return false
	}
	if !m.NoticeOn.IsZero() {
		return m.NoticeOn.After(m.NoticeDue)
	}
	return today.After(m.NoticeDue)
}

// StartTime is the meeting's start as an instant in Vietnam, and whether
// it has one.
func (m *Meeting) StartTime() (time.Time, bool) {
	if m.Start == "" {
		return time.Time{}, false
	}
	c, err := time.Parse("15:04", m.Start)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(m.Date.Year, m.Date.Month, m.Date.Day, c.Hour(), c.Minute(), 0, 0, vn.Location), true
}

// MeetingFilter selects meetings. Zero fields do not filter.
type MeetingFilter struct {
	SeriesID *int64
	OrgIDs   []int64 // the series' organisation in this set
	From, To vn.Date // meeting date range, inclusive
	Desc     bool    // latest first
	Limit    int     // 0: no limit
}

// MeetingStore persists meeting series, meetings and the tasks a meeting
// concluded with.
type MeetingStore interface {
	CreateSeries(ctx context.Context, s *MeetingSeries) error
	FindSeriesByID(ctx context.Context, id int64) (*MeetingSeries, error)
	// FindSeries lists the series of these organisations (nil: all), by name.
	FindSeries(ctx context.Context, orgIDs []int64) ([]*MeetingSeries, error)
	CreateMeeting(ctx context.Context, m *Meeting) error
	FindMeetingByID(ctx context.Context, id int64) (*Meeting, error)
	// FindMeetings lists meetings by date (then id).
	FindMeetings(ctx context.Context, f MeetingFilter) ([]*Meeting, error)
	// UpdateMeeting writes m when m.Version is current and increments it.
	UpdateMeeting(ctx context.Context, m *Meeting) error
	// LinkConclusion records that a task is a conclusion of a meeting; a
	// task concludes at most one meeting (ECONFLICT otherwise).
	LinkConclusion(ctx context.Context, meetingID, taskID int64) error
	// ConclusionTaskIDs lists the tasks a meeting concluded with, in order.
	ConclusionTaskIDs(ctx context.Context, meetingID int64) ([]int64, error)
	// SetCalendarToken stores the hash of an account's calendar feed
	// secret, replacing any earlier one.
	SetCalendarToken(ctx context.Context, accountID int64, hash string) error
	// FindAccountByCalendarHash returns ENOTFOUND for an unknown hash.
	FindAccountByCalendarHash(ctx context.Context, hash string) (*Account, error)
}
