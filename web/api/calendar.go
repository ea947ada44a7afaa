package api

import (
	"net/http"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// The working-day calendar (issue 7) as JSON: a year's holidays and the
// administrators' overrides. Reading is open to every account; changing it
// is for a whole-tree admin (the service checks).

// calendarYear is one year of the calendar: the days that differ from a
// plain Monday-to-Friday week.
type calendarYear struct {
	Year  int                   `json:"year"`
	Items []service.CalendarDay `json:"items"`
}

// listCalendarDays: GET /api/v1/calendar/days?year=2026 (default this year)
func (s *Server) listCalendarDays(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "year")
	year := s.Today().Year
	if v := q.Str("year"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			q.Fail("year", "phải là một năm, ví dụ 2026")
		}
		year = n
	}
	if err := q.Err(); err != nil {
		return err
	}
	days, err := s.svc.CalendarYear(r.Context(), year)
	if err != nil {
		return err
	}
	if days == nil {
		days = []service.CalendarDay{}
	}
	httpx.WriteJSON(w, http.StatusOK, calendarYear{Year: year, Items: days})
	return nil
}

// putCalendarDay: POST /api/v1/calendar/days — a day off or a make-up
// working day; an override of the same date is replaced.
func (s *Server) putCalendarDay(w http.ResponseWriter, r *http.Request) error {
	var in vn.DayOverride
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if err := s.svc.PutCalendarDay(r.Context(), in); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, service.CalendarDay{Date: in.Date, Working: in.Working, Name: in.Name, Override: true})
	return nil
}

// deleteCalendarDay: DELETE /api/v1/calendar/days/{date} (YYYY-MM-DD); the
// answer is that year as it now is.
func (s *Server) deleteCalendarDay(w http.ResponseWriter, r *http.Request) error {
	d, err := vn.ParseISODate(r.PathValue("date"))
	if err != nil {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không có ngày %q trong lịch", r.PathValue("date"))
	}
	if err := s.svc.DeleteCalendarDay(r.Context(), d); err != nil {
		return err
	}
	days, err := s.svc.CalendarYear(r.Context(), d.Year)
	if err != nil {
		return err
	}
	if days == nil {
		days = []service.CalendarDay{}
	}
	httpx.WriteJSON(w, http.StatusOK, calendarYear{Year: d.Year, Items: days})
	return nil
}
