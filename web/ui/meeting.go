package ui

import (
	"context"
	"net/http"
	"net/url"
	"strconv"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// The meeting pages: the list of meetings with a form to schedule one, and
// a meeting's page with its briefing pack (live data), minutes, conclusion
// notice and conclusions. Forms post and redirect back with a notice; a
// rejected form shows the page again with the message on top.

// meetingsData is the Data of the meetings page.
type meetingsData struct {
	Meetings    []*tiendo.Meeting
	Series      []*tiendo.MeetingSeries
	Orgs        map[int64]string
	CanPlan     bool
	Form        formState
	SeriesForm  formState
	SeriesOrgs  []*tiendo.Org // organisations a new series may belong to
	Attendees   *orgPicker    // units attending a new series' meetings
	Frequencies []tiendo.Frequency
}

func (s *Server) meetingsPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderMeetings(w, r, http.StatusOK, newForm(nil), "")
}

func (s *Server) renderMeetings(w http.ResponseWriter, r *http.Request, status int, f formState, msg string) error {
	return s.renderMeetingsForms(w, r, status, f, newForm(nil), msg)
}

func (s *Server) renderMeetingsForms(w http.ResponseWriter, r *http.Request, status int, f, series formState, msg string) error {
	ctx := r.Context()
	ms, err := s.svc.ListMeetings(ctx, tiendo.MeetingFilter{Desc: true})
	if err != nil {
		return err
	}
	list, err := s.svc.ListSeries(ctx)
	if err != nil {
		return err
	}
	names, err := s.orgNameMap(ctx)
	if err != nil {
		return err
	}
	a := tiendo.ActorFromContext(ctx)
	d := &meetingsData{Meetings: ms, Series: list, Orgs: names, CanPlan: hasRole(a, tiendo.MeetingRunners...), Form: f, SeriesForm: series,
		Frequencies: tiendo.Frequencies}
	if d.CanPlan {
		if d.SeriesOrgs, err = s.svc.AssignableOrgs(ctx); err != nil {
			return err
		}
		d.Attendees, err = s.orgPicker(ctx, series, pickerSpec{name: "attendees", label: i18n.Translate(i18n.LocaleOf(a), "meeting.attendees"),
			multiple: true, assignable: true})
		if err != nil {
			return err
		}
	}
	s.render(w, r, status, "meetings", &page{Data: d, Error: msg, Notice: notice(r, "meeting.notice."+r.URL.Query().Get("ok"))})
	return nil
}

func (s *Server) orgNameMap(ctx context.Context) (map[int64]string, error) {
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	return orgNames(orgs), nil
}

// createMeetingForm: POST /giao-ban
func (s *Server) createMeetingForm(w http.ResponseWriter, r *http.Request) error {
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	in := service.MeetingInput{Title: fr.str("title"), Date: fr.date("date"), Start: fr.str("start"), Place: fr.str("place"),
		Chair: fr.str("chair"), ReportOrgIDs: fr.ids("report")}
	if id := fr.id("series"); id != nil {
		in.SeriesID = *id
	}
	err = fr.err()
	if err == nil {
		var m *tiendo.Meeting
		if m, err = s.svc.CreateMeeting(r.Context(), in); err == nil {
			s.redirect(w, r, meetingURL(m.ID, "created"))
			return nil
		}
	}
	if !showsOnForm(err) {
		return err
	}
	return s.renderMeetings(w, r, httpx.StatusOf(err), newForm(vals).withError(err, nil), tiendo.ErrorMessage(err))
}

func meetingURL(id int64, msg string) string {
	u := "/giao-ban/" + strconv.FormatInt(id, 10)
	if msg != "" {
		u += "?ok=" + url.QueryEscape(msg)
	}
	return u
}

// meetingData is the Data of a meeting's page.
type meetingData struct {
	Pack      *service.Pack
	Orgs      map[int64]string
	CanRun    bool
	CanIntake bool       // may paste the conclusion notice (intake is for office and admin)
	Lead      *orgPicker // lead units of a conclusion
	Minutes   formState
	Conclude  formState
	Intake    formState
	Agenda    formState // attendance and agenda
	OffTrack  int
}

// meetingForms are the values of the meeting page's forms to show again
// after a rejected submit; nil values start a form afresh.
type meetingForms struct {
	minutes, conclude, intake url.Values
}

func (s *Server) meetingPage(w http.ResponseWriter, r *http.Request) error {
	return s.renderMeeting(w, r, http.StatusOK, nil, nil, "")
}

func (s *Server) renderMeeting(w http.ResponseWriter, r *http.Request, status int, minutes, conclude url.Values, msg string) error {
	return s.renderMeetingForms(w, r, status, meetingForms{minutes: minutes, conclude: conclude}, msg)
}

func (s *Server) renderMeetingForms(w http.ResponseWriter, r *http.Request, status int, forms meetingForms, msg string) error {
	ctx := r.Context()
	minutes := forms.minutes
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	days, _ := strconv.Atoi(r.URL.Query().Get("ngay"))
	p, err := s.svc.MeetingPack(ctx, id, days)
	if err != nil {
		return err
	}
	names, err := s.orgNameMap(ctx)
	if err != nil {
		return err
	}
	m := p.Meeting
	// Conclusions are assigned on the meeting's date (service.Conclude).
	leads, err := s.svc.AssignableOrgsOn(ctx, m.Date)
	if err != nil {
		return err
	}
	if minutes == nil {
		minutes = url.Values{"version": {strconv.Itoa(m.Version)}, "minutes": {m.Minutes}, "notice_no": {m.NoticeNo}}
		if !m.NoticeOn.IsZero() {
			minutes.Set("notice_on", m.NoticeOn.Format())
		}
	}
	a := tiendo.ActorFromContext(ctx)
	d := &meetingData{Pack: p, Orgs: names, CanRun: hasRole(a, tiendo.MeetingRunners...) && len(leads) > 0,
		Minutes: newForm(minutes), Conclude: newForm(forms.conclude), Intake: newForm(forms.intake), OffTrack: p.OffTrack()}
	d.CanIntake = d.CanRun && hasRole(a, tiendo.RoleAdmin, tiendo.RoleOffice)
	if d.CanRun {
		d.Lead, err = s.orgPicker(ctx, d.Conclude, pickerSpec{name: "lead", label: i18n.Translate(i18n.LocaleOf(a), "col.lead"),
			multiple: true, required: true, assignable: true, on: m.Date})
		if err != nil {
			return err
		}
	}
	d.Agenda = newForm(url.Values{"version": {strconv.Itoa(m.Version)}, "agenda": {agendaText(m.Agenda)}})
	for _, id := range m.AbsentOrgIDs {
		d.Agenda.Values.Add("absent", strconv.FormatInt(id, 10))
	}
	s.render(w, r, status, "meeting", &page{Data: d, Error: msg, Notice: notice(r, "meeting.notice."+r.URL.Query().Get("ok"))})
	return nil
}

// meetingFormError re-renders the meeting page for invalid input or a
// conflict; anything else is an error page.
func (s *Server) meetingFormError(w http.ResponseWriter, r *http.Request, err error, minutes, conclude url.Values) error {
	if !showsOnForm(err) {
		return err
	}
	return s.renderMeeting(w, r, httpx.StatusOf(err), minutes, conclude, errorLine(err))
}

// minutesForm: POST /giao-ban/{id}/bien-ban — minutes and the notice.
func (s *Server) minutesForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	minutes, no, on := fr.str("minutes"), fr.str("notice_no"), fr.date("notice_on")
	p := service.MeetingPatch{Version: fr.version(), Minutes: &minutes, NoticeNo: &no, NoticeOn: &on}
	if err := fr.err(); err != nil {
		return s.meetingFormError(w, r, err, vals, nil)
	}
	if _, err := s.svc.UpdateMeeting(r.Context(), id, p); err != nil {
		return s.meetingFormError(w, r, err, vals, nil)
	}
	s.redirect(w, r, meetingURL(id, "minutes"))
	return nil
}

// concludeForm: POST /giao-ban/{id}/ket-luan — a conclusion task for one
// or more lead units.
func (s *Server) concludeForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	if vals.Get(pickerParam) != "" { // a unit search without JavaScript
		return s.renderMeeting(w, r, http.StatusOK, nil, vals, "")
	}
	fr := &formReader{vals: vals}
	in := service.TaskInput{Title: fr.str("title"), LeadOrgIDs: fr.ids("lead"), Deadline: fr.str("deadline"),
		SourceText: fr.str("source_text")}
	if err := fr.err(); err != nil {
		return s.meetingFormError(w, r, err, nil, vals)
	}
	if _, err := s.svc.AddConclusions(r.Context(), id, in); err != nil {
		return s.meetingFormError(w, r, err, nil, vals)
	}
	s.redirect(w, r, meetingURL(id, "concluded"))
	return nil
}

// meetingPackFile: GET /giao-ban/{id}/tai-lieu?format=docx|pdf
func (s *Server) meetingPackFile(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	format := r.URL.Query().Get("format")
	if format != "docx" && format != "pdf" {
		return tiendo.FieldError("format", "phải là docx hoặc pdf")
	}
	p, err := s.svc.MeetingPack(r.Context(), id, 0)
	if err != nil {
		return err
	}
	return s.SendPack(w, r, p, format)
}
