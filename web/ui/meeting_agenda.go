package ui

import (
	"net/http"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The forms that were API-only: a new meeting series on the meetings page,
// and a meeting's attendance (who was absent) and agenda on its page.

// createSeriesForm: POST /giao-ban/dinh-ky — a new meeting series.
func (s *Server) createSeriesForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" { // a unit search without JavaScript
		f := newForm(vals)
		f.Open = true
		return s.renderMeetingsForms(w, r, http.StatusOK, newForm(nil), f, "")
	}
	fr := &formReader{vals: vals}
	in := tiendo.MeetingSeries{Name: fr.str("series_name"), Frequency: tiendo.Frequency(fr.str("frequency")),
		ChairTitle: fr.str("chair_title"), AttendeeOrgIDs: fr.ids("attendees"), Agenda: fr.str("series_agenda")}
	if id := fr.id("series_org"); id != nil {
		in.OrgID = *id
	}
	err = fr.err()
	if err == nil {
		if _, err = s.svc.CreateSeries(r.Context(), in); err == nil {
			s.redirect(w, r, "/giao-ban?ok=series")
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	rename := map[string]string{"name": "series_name", "org_id": "series_org", "attendee_org_ids": "attendees"}
	return s.renderMeetingsForms(w, r, httpx.StatusOf(err), newForm(nil), newForm(vals).withError(err, rename), tiendo.ErrorMessage(err))
}

// agendaForm: POST /giao-ban/{id}/chuong-trinh — who of the attending
// units was absent, and the agenda, one item a line. An item kept under
// the same title keeps the tasks and targets it looks at.
func (s *Server) agendaForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	m, err := s.svc.GetMeeting(r.Context(), id)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	absent := fr.ids("absent")
	if absent == nil {
		absent = []int64{}
	}
	agenda := agendaFromLines(fr.str("agenda"), m.Agenda)
	p := service.MeetingPatch{Version: fr.version(), AbsentOrgIDs: &absent, Agenda: &agenda}
	if err := fr.err(); err != nil {
		return s.meetingFormError(w, r, err, nil, nil)
	}
	if _, err := s.svc.UpdateMeeting(r.Context(), id, p); err != nil {
		return s.meetingFormError(w, r, err, nil, nil)
	}
	s.redirect(w, r, meetingURL(id, "agenda"))
	return nil
}

// agendaFromLines turns the agenda as typed, one item a line, into items,
// keeping the tasks and targets of an earlier item of the same title.
func agendaFromLines(text string, old []tiendo.AgendaItem) []tiendo.AgendaItem {
	byTitle := map[string]tiendo.AgendaItem{}
	for _, a := range old {
		byTitle[a.Title] = a
	}
	out := []tiendo.AgendaItem{}
	for _, line := range strings.Split(text, "\n") {
		title := strings.TrimSpace(line)
		if title == "" {
			continue
		}
		item, ok := byTitle[title]
		if !ok {
			item = tiendo.AgendaItem{Title: title, TaskIDs: []int64{}, TargetIDs: []int64{}}
		}
		out = append(out, item)
	}
	return out
}

// agendaText is the agenda as the form shows it, one item a line.
func agendaText(items []tiendo.AgendaItem) string {
	titles := make([]string, len(items))
	for i, a := range items {
		titles[i] = a.Title
	}
	return strings.Join(titles, "\n")
}
