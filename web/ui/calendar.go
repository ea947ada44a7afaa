package ui

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// The working-day calendar of a year (/lich-lam-viec): public holidays as
// computed, and the whole-tree administrator's overrides — a day off or a
// make-up working day — which every "N working days" rule follows.

// calendarPageData is the Data of the calendar page.
type calendarPageData struct {
	Year       int
	Prev, Next int
	Days       []calendarRow
	CanEdit    bool
	Form       formState
	FeedURL    string // a new calendar feed address, shown once after rotation
}

// calendarRow is one listed day with its weekday's message id.
type calendarRow struct {
	service.CalendarDay
	WeekdayKey string
}

// calendarPage: GET /lich-lam-viec?nam=2026
func (s *Server) calendarPage(w http.ResponseWriter, r *http.Request) error {
	year := s.Today().Year
	if n, err := strconv.Atoi(r.URL.Query().Get("nam")); err == nil {
		year = n
	}
	d, err := s.loadCalendarPage(r, year, newForm(url.Values{"working": {"0"}}))
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "workdays", &page{Data: d, Notice: notice(r, "notice."+r.URL.Query().Get("ok"))})
	return nil
}

func (s *Server) loadCalendarPage(r *http.Request, year int, f formState) (*calendarPageData, error) {
	days, err := s.svc.CalendarYear(r.Context(), year)
	if err != nil {
		return nil, err
	}
	d := &calendarPageData{Year: year, Prev: year - 1, Next: year + 1, CanEdit: s.svc.CanEditCalendar(r.Context()), Form: f}
	for _, day := range days {
		d.Days = append(d.Days, calendarRow{CalendarDay: day, WeekdayKey: "weekday." + strconv.Itoa(int(day.Date.Weekday()))})
	}
	return d, nil
}

// calendarDayForm: POST /lich-lam-viec — add or replace an override.
func (s *Server) calendarDayForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	o := vn.DayOverride{Date: fr.date("date"), Working: fr.str("working") == "1", Name: fr.str("name")}
	if o.Date.IsZero() && fr.err() == nil {
		fr.v.Add("date", "Cần chọn ngày")
	}
	err = fr.err()
	if err == nil {
		err = s.svc.PutCalendarDay(r.Context(), o)
	}
	if err != nil {
		return s.calendarFormError(w, r, o.Date.Year, vals, err)
	}
	s.redirect(w, r, "/lich-lam-viec?nam="+strconv.Itoa(o.Date.Year)+"&ok=calendar-saved")
	return nil
}

// calendarFormError shows the page again with the form and its errors;
// 403 and others are error pages.
func (s *Server) calendarFormError(w http.ResponseWriter, r *http.Request, year int, vals url.Values, err error) error {
	if tiendo.ErrorCode(err) != tiendo.EINVALID {
		return err
	}
	if year == 0 {
		year = s.Today().Year
	}
	d, lerr := s.loadCalendarPage(r, year, newForm(vals).withError(err, nil))
	if lerr != nil {
		return lerr
	}
	s.render(w, r, httpx.StatusOf(err), "workdays", &page{Data: d})
	return nil
}

// calendarDeleteForm: POST /lich-lam-viec/xoa — remove an override, so the
// day follows the weekend and holiday rule again.
func (s *Server) calendarDeleteForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	day, err := vn.ParseISODate(vals.Get("date"))
	if err != nil {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không có ngày %q trong lịch", vals.Get("date"))
	}
	if err := s.svc.DeleteCalendarDay(r.Context(), day); err != nil {
		return err
	}
	s.redirect(w, r, "/lich-lam-viec?nam="+strconv.Itoa(day.Year)+"&ok=calendar-deleted")
	return nil
}

// calendarFeedForm: POST /lich-lam-viec/dia-chi-lich — a new calendar feed
// address for the signed-in account; the old one stops working. The page
// is rendered, not redirected to, so the secret never enters a URL the
// browser would request (and the access log record).
func (s *Server) calendarFeedForm(w http.ResponseWriter, r *http.Request) error {
	if _, err := s.postForm(w, r); err != nil {
		return err
	}
	secret, err := s.svc.NewCalendarToken(r.Context())
	if err != nil {
		return err
	}
	d, err := s.loadCalendarPage(r, s.Today().Year, newForm(url.Values{"working": {"0"}}))
	if err != nil {
		return err
	}
	scheme := "https"
	if r.TLS == nil && !strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https") {
		scheme = "http"
	}
	d.FeedURL = scheme + "://" + r.Host + httpx.SecretPathPrefix + secret + ".ics"
	w.Header().Set("Cache-Control", "no-store")
	s.render(w, r, http.StatusCreated, "workdays", &page{Data: d, Notice: notice(r, "notice.calendar-feed")})
	return nil
}
