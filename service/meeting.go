package service

import (
	"context"
	"slices"
	"strings"

	"tiendo"
	"tiendo/vn"
)

// Meetings belong to an organisation. Anyone whose scope covers it or one
// of the meeting's attending organisations may read a meeting (a ward
// reads the briefing it is called to); office, leaders and admins over the
// organisation run it (tiendo.MeetingRunners): create, minutes,
// conclusions, notice.

// noticeDue is the day m's conclusion notice is due: the
// ConclusionWorkingDays of the reminder rules in force for m's
// organisation, counted on the working-day calendar (make-up Saturdays
// included). Zero, no due date, when the organisation set it to 0 (off):
// nothing is then late and no reminder fires.
func (s *Service) noticeDue(ctx context.Context, tr *tiendo.OrgTree, m *tiendo.Meeting) (vn.Date, error) {
	settings, err := s.store.ReminderSettings(ctx)
	if err != nil {
		return vn.Date{}, err
	}
	n := (&reminderRun{tree: tr, settings: settings}).rulesFor(nil, m.OrgID).ConclusionWorkingDays
	if n == 0 {
		return vn.Date{}, nil
	}
	cal, err := s.calendarIn(ctx, s.store)
	if err != nil {
		return vn.Date{}, err
	}
	return cal.AddWorkingDays(m.Date, n), nil
}

// CreateSeries adds a meeting series to an organisation.
func (s *Service) CreateSeries(ctx context.Context, in tiendo.MeetingSeries) (*tiendo.MeetingSeries, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if !sc.tree.Has(in.OrgID) || !sc.sees(in.OrgID) {
		return nil, tiendo.FieldError("org_id", "Đơn vị không tồn tại")
	}
	if !sc.has(in.OrgID, tiendo.MeetingRunners...) {
		return nil, forbidden("tạo cuộc họp của đơn vị này")
	}
	for _, id := range in.AttendeeOrgIDs {
		if !sc.tree.Has(id) {
			return nil, tiendo.FieldError("attendee_org_ids", "Đơn vị dự họp không tồn tại")
		}
	}
	in.AttendeeOrgIDs = uniqueIDs(in.AttendeeOrgIDs)
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateSeries(ctx, &in); err != nil {
			return err
		}
		return s.audit(ctx, st, "meeting_series.create", "meeting_series", in.ID, nil, &in.OrgID, nil, in)
	})
	return &in, err
}

// ListSeries lists the series the actor may see.
func (s *Service) ListSeries(ctx context.Context) ([]*tiendo.MeetingSeries, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	all, err := s.store.FindSeries(ctx, nil)
	if err != nil {
		return nil, err
	}
	out := []*tiendo.MeetingSeries{}
	for _, m := range all {
		if canSeeSeries(sc, m) {
			out = append(out, m)
		}
	}
	return out, nil
}

// MeetingInput schedules a meeting of a series. Attendees default to the
// series'.
type MeetingInput struct {
	SeriesID       int64               `json:"series_id"`
	Title          string              `json:"title"`
	Date           vn.Date             `json:"date"`
	Start          string              `json:"start"`
	Place          string              `json:"place"`
	Chair          string              `json:"chair"`
	AttendeeOrgIDs []int64             `json:"attendee_org_ids"`
	ReportOrgIDs   []int64             `json:"report_org_ids"`
	Agenda         []tiendo.AgendaItem `json:"agenda"`
}

// CreateMeeting schedules a meeting; its conclusion notice is due
// ConclusionWorkingDays working days after it (noticeDue).
func (s *Service) CreateMeeting(ctx context.Context, in MeetingInput) (*tiendo.Meeting, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	series, err := s.store.FindSeriesByID(ctx, in.SeriesID)
	if tiendo.ErrorCode(err) == tiendo.ENOTFOUND || (err == nil && !canSeeSeries(sc, series)) {
		return nil, tiendo.FieldError("series_id", "Cuộc họp định kỳ không tồn tại")
	} else if err != nil {
		return nil, err
	}
	if !sc.has(series.OrgID, tiendo.MeetingRunners...) {
		return nil, forbidden("lên lịch cuộc họp này")
	}
	m := &tiendo.Meeting{SeriesID: series.ID, OrgID: series.OrgID, Title: strings.TrimSpace(in.Title), Date: in.Date,
		Start: in.Start, Place: in.Place, Chair: in.Chair, AttendeeOrgIDs: uniqueIDs(in.AttendeeOrgIDs),
		ReportOrgIDs: uniqueIDs(in.ReportOrgIDs), Agenda: in.Agenda, CreatedBy: sc.actor.AccountID}
	if in.AttendeeOrgIDs == nil {
		m.AttendeeOrgIDs = series.AttendeeOrgIDs
	}
	if m.Title == "" {
		m.Title = series.Name
	}
	if m.Chair == "" {
		m.Chair = series.ChairTitle
	}
	if err := s.checkMeeting(ctx, sc, m); err != nil {
		return nil, err
	}
	err = s.store.Tx(ctx, func(st tiendo.Store) error {
		if err := st.CreateMeeting(ctx, m); err != nil {
			return err
		}
		return s.audit(ctx, st, "meeting.create", "meeting", m.ID, nil, &m.OrgID, nil, m)
	})
	return m, err
}

// checkMeeting sets the notice due date from m's date, then validates m
// (the derived date too) and the organisations it names.
func (s *Service) checkMeeting(ctx context.Context, sc *scope, m *tiendo.Meeting) error {
	if m.Date.InRange() {
		due, err := s.noticeDue(ctx, sc.tree, m)
		if err != nil {
			return err
		}
		m.NoticeDue = due
	}
	if err := m.Validate(); err != nil {
		return err
	}
	for _, ids := range [][]int64{m.AttendeeOrgIDs, m.ReportOrgIDs} {
		for _, id := range ids {
			if !sc.tree.Has(id) {
				return tiendo.FieldError("attendee_org_ids", "Đơn vị không tồn tại")
			}
		}
	}
	return nil
}

// ListMeetings lists the meetings the actor may see, by date.
func (s *Service) ListMeetings(ctx context.Context, f tiendo.MeetingFilter) ([]*tiendo.Meeting, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, err
	}
	limit := f.Limit
	f.Limit = 0
	all, err := s.store.FindMeetings(ctx, f)
	if err != nil {
		return nil, err
	}
	out := []*tiendo.Meeting{}
	for _, m := range all {
		if canSeeMeeting(sc, m) && (limit == 0 || len(out) < limit) {
			out = append(out, m)
		}
	}
	return out, nil
}

func canSeeSeries(sc *scope, m *tiendo.MeetingSeries) bool {
	return sc.sees(m.OrgID) || slices.ContainsFunc(m.AttendeeOrgIDs, sc.sees)
}

func canSeeMeeting(sc *scope, m *tiendo.Meeting) bool {
	return sc.sees(m.OrgID) || slices.ContainsFunc(m.AttendeeOrgIDs, sc.sees)
}

// GetMeeting returns a meeting the actor may see; ENOTFOUND otherwise.
func (s *Service) GetMeeting(ctx context.Context, id int64) (*tiendo.Meeting, error) {
	m, _, err := s.visibleMeeting(ctx, s.store, id)
	return m, err
}

func (s *Service) visibleMeeting(ctx context.Context, st tiendo.Store, id int64) (*tiendo.Meeting, *scope, error) {
	sc, err := s.withScope(ctx)
	if err != nil {
		return nil, nil, err
	}
	m, err := st.FindMeetingByID(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	if !canSeeMeeting(sc, m) {
		return nil, nil, tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy phiên họp %d", id)
	}
	return m, sc, nil
}

// MeetingPatch changes a meeting; nil fields stay. Version is the one read.
type MeetingPatch struct {
	Version        int                  `json:"version"`
	Title          *string              `json:"title"`
	Date           *vn.Date             `json:"date"`
	Start          *string              `json:"start"`
	Place          *string              `json:"place"`
	Chair          *string              `json:"chair"`
	AttendeeOrgIDs *[]int64             `json:"attendee_org_ids"`
	AbsentOrgIDs   *[]int64             `json:"absent_org_ids"`
	ReportOrgIDs   *[]int64             `json:"report_org_ids"`
	Agenda         *[]tiendo.AgendaItem `json:"agenda"`
	Minutes        *string              `json:"minutes"`
	NoticeNo       *string              `json:"notice_no"`
	NoticeOn       *vn.Date             `json:"notice_on"`
}

// UpdateMeeting records the minutes, attendance, agenda or the issued
// conclusion notice.
func (s *Service) UpdateMeeting(ctx context.Context, id int64, p MeetingPatch) (*tiendo.Meeting, error) {
	var out *tiendo.Meeting
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		m, sc, err := s.visibleMeeting(ctx, st, id)
		if err != nil {
			return err
		}
		if !sc.has(m.OrgID, tiendo.MeetingRunners...) {
			return forbidden("cập nhật phiên họp này")
		}
		if p.Version < 1 {
			return tiendo.FieldError("version", "Cần phiên bản (version) của bản ghi đã đọc")
		}
		before := *m
		m.Version = p.Version
		set(&m.Title, p.Title)
		set(&m.Date, p.Date)
		set(&m.Start, p.Start)
		set(&m.Place, p.Place)
		set(&m.Chair, p.Chair)
		set(&m.AttendeeOrgIDs, p.AttendeeOrgIDs)
		set(&m.AbsentOrgIDs, p.AbsentOrgIDs)
		set(&m.ReportOrgIDs, p.ReportOrgIDs)
		set(&m.Agenda, p.Agenda)
		set(&m.Minutes, p.Minutes)
		set(&m.NoticeNo, p.NoticeNo)
		set(&m.NoticeOn, p.NoticeOn)
		if err := s.checkMeeting(ctx, sc, m); err != nil {
			return err
		}
		if err := st.UpdateMeeting(ctx, m); err != nil {
			return err
		}
		out = m
		return s.audit(ctx, st, "meeting.update", "meeting", m.ID, nil, &m.OrgID, before, m)
	})
	return out, err
}

// AddConclusions assigns the tasks a meeting concluded with (one per lead
// organisation of in) and links them to it. They are conclusion tasks
// assigned on the meeting day unless in says otherwise, and may be created
// before the conclusion notice is issued.
func (s *Service) AddConclusions(ctx context.Context, meetingID int64, in TaskInput) ([]*tiendo.Task, error) {
	var out []*tiendo.Task
	err := s.store.Tx(ctx, func(st tiendo.Store) error {
		m, sc, err := s.visibleMeeting(ctx, st, meetingID)
		if err != nil {
			return err
		}
		if !sc.has(m.OrgID, tiendo.MeetingRunners...) {
			return forbidden("ghi kết luận phiên họp này")
		}
		in.Category = tiendo.CategoryConclusion
		if in.AssignedOn.IsZero() {
			in.AssignedOn = m.Date
		}
		if in.SourceClause == "" {
			in.SourceClause = "Kết luận " + m.Title + " ngày " + m.Date.Format()
		}
		leads := in.LeadOrgIDs
		if len(leads) == 0 && in.LeadOrgID != 0 {
			leads = []int64{in.LeadOrgID}
		}
		if len(leads) == 0 {
			return tiendo.FieldError("lead_org_id", "Cần đúng một đơn vị chủ trì cho mỗi nhiệm vụ")
		}
		cr := s.newCreationRules() // once for every lead unit
		for _, lead := range uniqueIDs(leads) {
			t, err := s.taskFromInput(ctx, st, sc, in, lead, cr)
			if err != nil {
				return err
			}
			if err := s.assignTask(ctx, st, sc.tree, t); err != nil {
				return err
			}
			if err := st.LinkConclusion(ctx, m.ID, t.ID); err != nil {
				return err
			}
			out = append(out, t)
		}
		return s.audit(ctx, st, "meeting.conclude", "meeting", m.ID, nil, &m.OrgID, nil, taskIDsOf(out))
	})
	return out, err
}

// LinkConclusion records an existing task as a conclusion of the meeting.
func (s *Service) LinkConclusion(ctx context.Context, meetingID, taskID int64) error {
	return s.store.Tx(ctx, func(st tiendo.Store) error {
		m, sc, err := s.visibleMeeting(ctx, st, meetingID)
		if err != nil {
			return err
		}
		if !sc.has(m.OrgID, tiendo.MeetingRunners...) {
			return forbidden("ghi kết luận phiên họp này")
		}
		t, err := st.FindTaskByID(ctx, taskID)
		if err != nil || !sc.canSeeTask(t) {
			return tiendo.FieldError("task_id", "Nhiệm vụ không tồn tại")
		}
		if err := st.LinkConclusion(ctx, m.ID, t.ID); err != nil {
			return err
		}
		return s.audit(ctx, st, "meeting.conclude", "meeting", m.ID, &t.ID, &m.OrgID, nil, []int64{t.ID})
	})
}

// Conclusions lists the tasks a meeting concluded with that the actor may
// see, in the order they were recorded.
func (s *Service) Conclusions(ctx context.Context, meetingID int64) ([]*tiendo.Task, error) {
	_, sc, err := s.visibleMeeting(ctx, s.store, meetingID)
	if err != nil {
		return nil, err
	}
	return s.conclusionTasks(ctx, sc, meetingID)
}

func (s *Service) conclusionTasks(ctx context.Context, sc *scope, meetingID int64) ([]*tiendo.Task, error) {
	ids, err := s.store.ConclusionTaskIDs(ctx, meetingID)
	if err != nil {
		return nil, err
	}
	out := []*tiendo.Task{}
	for _, id := range ids {
		t, err := s.store.FindTaskByID(ctx, id)
		if err != nil {
			return nil, err
		}
		if sc.canSeeTask(t) {
			out = append(out, t)
		}
	}
	return out, nil
}

func taskIDsOf(ts []*tiendo.Task) []int64 {
	ids := make([]int64, len(ts))
	for i, t := range ts {
		ids[i] = t.ID
	}
	return ids
}
