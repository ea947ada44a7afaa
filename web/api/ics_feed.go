package api

import (
	"bytes"
	"net/http"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/web/httpx"
)

// calendarFeed: GET /api/v1/calendar.ics — the caller's feed with an API
// token.
func (s *Server) calendarFeed(w http.ResponseWriter, r *http.Request) error {
	feed, err := s.svc.CalendarFeed(r.Context())
	if err != nil {
		return err
	}
	return writeICS(w, feed)
}

// calendarByToken: GET /lich/{token} — the same feed for calendar
// clients, which cannot send credentials: the secret in the URL names the
// account. An unknown secret is a 404.
func (s *Server) calendarByToken(w http.ResponseWriter, r *http.Request) error {
	secret := strings.TrimSuffix(r.PathValue("token"), ".ics")
	a, err := s.svc.ActorForCalendarToken(r.Context(), secret)
	if err != nil {
		return err
	}
	feed, err := s.svc.CalendarFeed(tiendo.NewContextWithActor(r.Context(), a))
	if err != nil {
		return err
	}
	return writeICS(w, feed)
}

// calendarTokenResult is a new feed address, shown once.
type calendarTokenResult struct {
	Path string `json:"path"`
}

// newCalendarToken: POST /api/v1/calendar/token — creates or replaces the
// caller's feed secret; the old address stops working.
func (s *Server) newCalendarToken(w http.ResponseWriter, r *http.Request) error {
	secret, err := s.svc.NewCalendarToken(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, calendarTokenResult{Path: "/lich/" + secret + ".ics"})
	return nil
}

// writeICS sends feed as an iCalendar file (report.WriteICS); the body is
// built first so that an error still gets a proper status.
func writeICS(w http.ResponseWriter, feed *service.CalendarFeed) error {
	var b bytes.Buffer
	if err := report.WriteICS(&b, feed); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
	return nil
}
