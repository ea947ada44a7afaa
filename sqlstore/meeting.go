package sqlstore

import (
	"context"
	"encoding/json"
	"fmt"

	"tiendo"
)

// jsonText encodes an id list or agenda for a JSON text column; nil is an
// empty list so reads give back a non-nil slice.
func jsonText[T any](v []T) string {
	if v == nil {
		v = []T{}
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// jsonScan decodes a JSON text column into *dst.
type jsonScan[T any] struct{ dst *[]T }

// Scan implements sql.Scanner.
func (s jsonScan[T]) Scan(src any) error {
	var b []byte
	switch v := src.(type) {
	case string:
		b = []byte(v)
	case []byte:
		b = v
	case nil:
		*s.dst = []T{}
		return nil
	default:
		return fmt.Errorf("sqlstore: cannot scan %T into a JSON list", src)
	}
	out := []T{}
	if err := json.Unmarshal(b, &out); err != nil {
		return err
	}
	*s.dst = out
	return nil
}

const seriesColumns = `id, org_id, name, frequency, chair_title, attendee_ids, agenda, version, created_at`

func scanSeries(sc interface{ Scan(...any) error }) (*tiendo.MeetingSeries, error) {
	var m tiendo.MeetingSeries
	err := sc.Scan(&m.ID, &m.OrgID, &m.Name, &m.Frequency, &m.ChairTitle, jsonScan[int64]{&m.AttendeeOrgIDs},
		&m.Agenda, &m.Version, timeScan{&m.CreatedAt})
	return &m, err
}

// CreateSeries stores a meeting series and sets ID, Version and CreatedAt.
func (s *Store) CreateSeries(ctx context.Context, m *tiendo.MeetingSeries) error {
	m.Name, m.ChairTitle, m.Agenda = text(m.Name), text(m.ChairTitle), text(m.Agenda)
	if m.AttendeeOrgIDs == nil {
		m.AttendeeOrgIDs = []int64{}
	}
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO meeting_series (org_id, name, frequency, chair_title,
			attendee_ids, agenda, version, created_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $7) RETURNING id`,
			m.OrgID, m.Name, string(m.Frequency), m.ChairTitle, jsonText(m.AttendeeOrgIDs), m.Agenda, ts(now)).Scan(&m.ID)
		if err != nil {
			return s.fail(err, "tạo cuộc họp định kỳ", "")
		}
		m.CreatedAt, m.Version = now, 1
		return nil
	})
}

// FindSeriesByID returns one series.
func (s *Store) FindSeriesByID(ctx context.Context, id int64) (*tiendo.MeetingSeries, error) {
	m, err := scanSeries(s.q().QueryRowContext(ctx, "SELECT "+seriesColumns+" FROM meeting_series WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "cuộc họp định kỳ", id)
	}
	return m, nil
}

// FindSeries lists the series of orgIDs (nil: every series) by name.
func (s *Store) FindSeries(ctx context.Context, orgIDs []int64) ([]*tiendo.MeetingSeries, error) {
	var a sqlArgs
	cond := "1 = 1"
	if orgIDs != nil {
		cond = s.inIDs(&a, "org_id", orgIDs)
	}
	return queryList(ctx, s, "đọc cuộc họp định kỳ", "SELECT "+seriesColumns+" FROM meeting_series WHERE "+cond+" ORDER BY name, id", a, scanSeries)
}

const meetingColumns = `id, series_id, org_id, title, meeting_date, start_clock, place, chair, attendee_ids,
	absent_ids, report_ids, agenda_json, minutes, notice_due, notice_no, notice_on, created_by, version,
	created_at, updated_at`

func scanMeeting(sc interface{ Scan(...any) error }) (*tiendo.Meeting, error) {
	var m tiendo.Meeting
	err := sc.Scan(&m.ID, &m.SeriesID, &m.OrgID, &m.Title, &m.Date, &m.Start, &m.Place, &m.Chair,
		jsonScan[int64]{&m.AttendeeOrgIDs}, jsonScan[int64]{&m.AbsentOrgIDs}, jsonScan[int64]{&m.ReportOrgIDs},
		jsonScan[tiendo.AgendaItem]{&m.Agenda}, &m.Minutes, &m.NoticeDue, &m.NoticeNo, &m.NoticeOn,
		zeroIDScan{&m.CreatedBy}, &m.Version, timeScan{&m.CreatedAt}, timeScan{&m.UpdatedAt})
	return &m, err
}

// normMeeting normalises text and fills nil lists, so what is stored and
// what is read back compare equal.
func normMeeting(m *tiendo.Meeting) {
	m.Title, m.Place, m.Chair, m.Minutes, m.NoticeNo = text(m.Title), text(m.Place), text(m.Chair), text(m.Minutes), text(m.NoticeNo)
	for _, p := range []*[]int64{&m.AttendeeOrgIDs, &m.AbsentOrgIDs, &m.ReportOrgIDs} {
		if *p == nil {
			*p = []int64{}
		}
	}
	if m.Agenda == nil {
		m.Agenda = []tiendo.AgendaItem{}
	}
	for i := range m.Agenda {
		a := &m.Agenda[i]
		a.Title = text(a.Title)
		if a.TaskIDs == nil {
			a.TaskIDs = []int64{}
		}
		if a.TargetIDs == nil {
			a.TargetIDs = []int64{}
		}
	}
}

// CreateMeeting stores a meeting and sets ID, Version, CreatedAt, UpdatedAt.
func (s *Store) CreateMeeting(ctx context.Context, m *tiendo.Meeting) error {
	normMeeting(m)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		err := s.w().QueryRowContext(ctx, `INSERT INTO meetings (series_id, org_id, title, meeting_date,
			start_clock, place, chair, attendee_ids, absent_ids, report_ids, agenda_json, minutes, notice_due,
			notice_no, notice_on, created_by, version, created_at, updated_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, 1, $17, $17) RETURNING id`,
			m.SeriesID, m.OrgID, m.Title, m.Date, m.Start, m.Place, m.Chair, jsonText(m.AttendeeOrgIDs),
			jsonText(m.AbsentOrgIDs), jsonText(m.ReportOrgIDs), jsonText(m.Agenda), m.Minutes, m.NoticeDue,
			m.NoticeNo, m.NoticeOn, zeroNull(m.CreatedBy), ts(now)).Scan(&m.ID)
		if err != nil {
			return s.fail(err, "tạo phiên họp", "")
		}
		m.CreatedAt, m.UpdatedAt, m.Version = now, now, 1
		return nil
	})
}

// FindMeetingByID returns one meeting.
func (s *Store) FindMeetingByID(ctx context.Context, id int64) (*tiendo.Meeting, error) {
	m, err := scanMeeting(s.q().QueryRowContext(ctx, "SELECT "+meetingColumns+" FROM meetings WHERE id = $1", id))
	if err != nil {
		return nil, s.found(err, "phiên họp", id)
	}
	return m, nil
}

// FindMeetings lists meetings by date, then id.
func (s *Store) FindMeetings(ctx context.Context, f tiendo.MeetingFilter) ([]*tiendo.Meeting, error) {
	var a sqlArgs
	var conds []string
	if f.SeriesID != nil {
		conds = append(conds, "series_id = "+a.add(*f.SeriesID))
	}
	if f.OrgIDs != nil {
		conds = append(conds, s.inIDs(&a, "org_id", f.OrgIDs))
	}
	if !f.From.IsZero() {
		conds = append(conds, "meeting_date >= "+a.add(f.From))
	}
	if !f.To.IsZero() {
		conds = append(conds, "meeting_date <= "+a.add(f.To))
	}
	order := " ORDER BY meeting_date, id"
	if f.Desc {
		order = " ORDER BY meeting_date DESC, id DESC"
	}
	if f.Limit > 0 {
		order += " LIMIT " + a.add(f.Limit)
	}
	return queryList(ctx, s, "đọc phiên họp", "SELECT "+meetingColumns+" FROM meetings"+where(conds)+order, a, scanMeeting)
}

// UpdateMeeting writes everything but the series, organisation and
// creation fields when m.Version is current.
func (s *Store) UpdateMeeting(ctx context.Context, m *tiendo.Meeting) error {
	normMeeting(m)
	return s.writeTx(ctx, func(s *Store) error {
		now := s.now()
		res, err := s.w().ExecContext(ctx, `UPDATE meetings SET title = $1, meeting_date = $2, start_clock = $3,
			place = $4, chair = $5, attendee_ids = $6, absent_ids = $7, report_ids = $8, agenda_json = $9,
			minutes = $10, notice_due = $11, notice_no = $12, notice_on = $13, updated_at = $14,
			version = version + 1 WHERE id = $15 AND version = $16`,
			m.Title, m.Date, m.Start, m.Place, m.Chair, jsonText(m.AttendeeOrgIDs), jsonText(m.AbsentOrgIDs),
			jsonText(m.ReportOrgIDs), jsonText(m.Agenda), m.Minutes, m.NoticeDue, m.NoticeNo, m.NoticeOn,
			ts(now), m.ID, m.Version)
		if err != nil {
			return s.fail(err, "cập nhật phiên họp", "")
		}
		if err := s.checkUpdated(ctx, res, "meetings", "phiên họp", m.ID); err != nil {
			return err
		}
		m.Version++
		m.UpdatedAt = now
		return nil
	})
}

// LinkConclusion records a task as a conclusion of a meeting, after the
// ones already linked.
func (s *Store) LinkConclusion(ctx context.Context, meetingID, taskID int64) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO meeting_conclusions (meeting_id, task_id, position)
			SELECT $1, $2, COALESCE(MAX(position), 0) + 1 FROM meeting_conclusions WHERE meeting_id = $1`,
			meetingID, taskID)
		return s.fail(err, "ghi kết luận phiên họp", "Nhiệm vụ đã là kết luận của một phiên họp")
	})
}

// ConclusionTaskIDs lists a meeting's conclusion tasks in the order linked.
func (s *Store) ConclusionTaskIDs(ctx context.Context, meetingID int64) ([]int64, error) {
	rows, err := s.q().QueryContext(ctx, `SELECT task_id FROM meeting_conclusions WHERE meeting_id = $1 ORDER BY position`, meetingID)
	if err != nil {
		return nil, s.fail(err, "đọc kết luận phiên họp", "")
	}
	defer rows.Close()
	ids := []int64{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, s.fail(err, "đọc kết luận phiên họp", "")
		}
		ids = append(ids, id)
	}
	return ids, s.fail(rows.Err(), "đọc kết luận phiên họp", "")
}

// SetCalendarToken stores (or replaces) an account's calendar secret hash.
func (s *Store) SetCalendarToken(ctx context.Context, accountID int64, hash string) error {
	return s.writeTx(ctx, func(s *Store) error {
		_, err := s.w().ExecContext(ctx, `INSERT INTO calendar_tokens (account_id, hash, created_at) VALUES ($1, $2, $3)
			ON CONFLICT (account_id) DO UPDATE SET hash = excluded.hash, created_at = excluded.created_at`,
			accountID, hash, ts(s.now()))
		return s.fail(err, "ghi mã lịch", "")
	})
}

// FindAccountByCalendarHash returns the account owning a calendar secret.
func (s *Store) FindAccountByCalendarHash(ctx context.Context, hash string) (*tiendo.Account, error) {
	var id int64
	err := s.q().QueryRowContext(ctx, `SELECT account_id FROM calendar_tokens WHERE hash = $1`, hash).Scan(&id)
	if err != nil {
		return nil, s.found(err, "lịch", "")
	}
	return s.FindAccountByID(ctx, id)
}
