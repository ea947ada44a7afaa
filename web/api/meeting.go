package api

import (
	"net/http"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// listSeries: GET /api/v1/meeting-series
func (s *Server) listSeries(w http.ResponseWriter, r *http.Request) error {
	list, err := s.svc.ListSeries(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(list))
	return nil
}

// createSeries: POST /api/v1/meeting-series
func (s *Server) createSeries(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.MeetingSeries
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	out, err := s.svc.CreateSeries(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, out)
	return nil
}

// listMeetings: GET /api/v1/meetings?series=&from=&to=
func (s *Server) listMeetings(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "series", "from", "to")
	f := tiendo.MeetingFilter{SeriesID: q.ID("series"), From: q.Date("from"), To: q.Date("to")}
	if err := q.Err(); err != nil {
		return err
	}
	list, err := s.svc.ListMeetings(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(list))
	return nil
}

// meetingView is a meeting with what it derives: whether its notice is late.
type meetingView struct {
	*tiendo.Meeting
	NoticeLate bool `json:"notice_late"`
}

// createMeeting: POST /api/v1/meetings
func (s *Server) createMeeting(w http.ResponseWriter, r *http.Request) error {
	var in service.MeetingInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	m, err := s.svc.CreateMeeting(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, meetingView{m, m.NoticeLate(s.Today())})
	return nil
}

// getMeeting: GET /api/v1/meetings/{id}
func (s *Server) getMeeting(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	m, err := s.svc.GetMeeting(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, meetingView{m, m.NoticeLate(s.Today())})
	return nil
}

// patchMeeting: PATCH /api/v1/meetings/{id}
func (s *Server) patchMeeting(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var p service.MeetingPatch
	if err := s.DecodeJSON(w, r, &p); err != nil {
		return err
	}
	m, err := s.svc.UpdateMeeting(r.Context(), id, p)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, meetingView{m, m.NoticeLate(s.Today())})
	return nil
}

// meetingPack: GET /api/v1/meetings/{id}/pack?format=json|docx|pdf&silent_days=N
func (s *Server) meetingPack(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	q := httpx.ParseQuery(r, "format", "silent_days")
	format := q.Str("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "docx" && format != "pdf" {
		q.Fail("format", "phải là json, docx hoặc pdf")
	}
	days, _ := strconv.Atoi(q.Str("silent_days"))
	if err := q.Err(); err != nil {
		return err
	}
	p, err := s.svc.MeetingPack(r.Context(), id, days)
	if err != nil {
		return err
	}
	return s.SendPack(w, r, p, format)
}

// conclusionInput adds conclusions: new tasks (the task fields) or an
// existing task by id.
type conclusionInput struct {
	service.TaskInput
	TaskID int64 `json:"task_id"`
}

// listConclusions: GET /api/v1/meetings/{id}/conclusions
func (s *Server) listConclusions(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	ts, err := s.svc.Conclusions(r.Context(), id)
	if err != nil {
		return err
	}
	views := make([]taskView, len(ts))
	for i, t := range ts {
		views[i] = viewTask(t, s.Today())
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(views))
	return nil
}

// addConclusions: POST /api/v1/meetings/{id}/conclusions
func (s *Server) addConclusions(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in conclusionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.TaskID != 0 {
		if err := s.svc.LinkConclusion(r.Context(), id, in.TaskID); err != nil {
			return err
		}
		return s.listConclusions(w, r)
	}
	ts, err := s.svc.AddConclusions(r.Context(), id, in.TaskInput)
	if err != nil {
		return err
	}
	views := make([]taskView, len(ts))
	for i, t := range ts {
		views[i] = viewTask(t, s.Today())
	}
	httpx.WriteJSON(w, http.StatusCreated, httpx.NewItems(views))
	return nil
}
