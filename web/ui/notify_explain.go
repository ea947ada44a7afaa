package ui

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// Explanation requests on the task page: each request is a timeline entry
// (question, due date, lateness), each answer another one at the time it
// was given (late or on time), and the lead unit answers an open request
// from the actions column. The reminders sent about the task show their
// title and text.

// explainState is the explanation part of the task page.
type explainState struct {
	Requests []service.ExplanationView
	Open     []service.ExplanationView // those the actor may answer now
	Form     formState                 // the answer form that failed, if any
	FormID   int64                     // the request that form answers
	Blank    formState                 // the other answer forms
}

// loadExplanations adds the task's explanation requests to the page: the
// requests as timeline entries, and each answer in place of its audit
// entry (which carries the time and the account that answered).
func (s *Server) loadExplanations(ctx context.Context, d *taskPageData) error {
	list, err := s.svc.TaskExplanations(ctx, d.Task.ID)
	if err != nil {
		return err
	}
	d.Explain = explainState{Requests: list, Form: newForm(nil), Blank: newForm(nil)}
	byID := map[int64]*service.ExplanationView{}
	for i := range list {
		e := &list[i]
		byID[e.ID] = e
		d.Events = append(d.Events, event{At: e.CreatedAt, Kind: "explanation", Explanation: e})
		if e.CanAnswer {
			d.Explain.Open = append(d.Explain.Open, *e)
		}
	}
	answered := map[int64]bool{}
	for i := range d.Events {
		ev := &d.Events[i]
		if ev.Kind != "audit" {
			continue
		}
		switch {
		case ev.Audit.Action == "explanation.answer" && byID[ev.Audit.EntityID] != nil:
			ev.Kind, ev.Explanation = "answer", byID[ev.Audit.EntityID]
			answered[ev.Audit.EntityID] = true
		case ev.Audit.Action == "reminder.fire":
			// The audit entry holds the reminder as it was sent.
			var rem tiendo.Reminder
			if json.Unmarshal(ev.Audit.After, &rem) == nil && rem.Title != "" {
				ev.Kind, ev.Reminder = "reminder", &rem
			}
		}
	}
	for i := range list {
		// An answer whose audit entry is beyond the page read: place it
		// at the end of its day.
		if e := &list[i]; !e.AnsweredOn.IsZero() && !answered[e.ID] {
			d.Events = append(d.Events, event{At: endOfDay(e.AnsweredOn), Kind: "answer", Explanation: e})
		}
	}
	sort.SliceStable(d.Events, func(i, j int) bool { return d.Events[i].At.Before(d.Events[j].At) })
	return nil
}

func endOfDay(d vn.Date) time.Time { return d.Time().Add(24*time.Hour - time.Nanosecond) }

// explanationAnswerForm: POST /viec/{id}/giai-trinh/{eid}
func (s *Server) explanationAnswerForm(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	eid, err := httpx.PathID(r, "eid")
	if err != nil {
		return err
	}
	vals, err := s.postForm(w, r)
	if err != nil {
		return err
	}
	fr := &formReader{vals: vals}
	version := fr.version()
	err = fr.err()
	if err == nil {
		err = s.belongsToTask(r.Context(), id, eid)
	}
	if err == nil {
		_, err = s.svc.AnswerExplanationRequest(r.Context(), eid, version, fr.str("answer"))
	}
	if err != nil {
		return s.explainFormError(w, r, id, eid, vals, err)
	}
	s.redirect(w, r, taskURL(id, "explained"))
	return nil
}

// belongsToTask: the request must be one of the task's, so a form cannot
// answer for another task through this one's address.
func (s *Server) belongsToTask(ctx context.Context, task, eid int64) error {
	list, err := s.svc.TaskExplanations(ctx, task)
	if err != nil {
		return err
	}
	for _, e := range list {
		if e.ID == eid {
			return nil
		}
	}
	return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy yêu cầu giải trình %d", eid)
}

// explainFormError shows the task page again with the answer form, what
// was typed and the error (422, or 409 when answered meanwhile); other
// errors are error pages.
func (s *Server) explainFormError(w http.ResponseWriter, r *http.Request, id, eid int64, vals url.Values, err error) error {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID, tiendo.ECONFLICT:
	default:
		return err
	}
	d, lerr := s.loadTaskPage(r.Context(), id)
	if lerr != nil {
		return lerr
	}
	p := &page{Data: d}
	if openFor(d.Explain.Open, eid) {
		d.Explain.Form, d.Explain.FormID = newForm(vals).withError(err, nil), eid
	} else {
		p.Error = tiendo.ErrorMessage(err)
	}
	s.render(w, r, httpx.StatusOf(err), "task", p)
	return nil
}

func openFor(list []service.ExplanationView, eid int64) bool {
	for _, e := range list {
		if e.ID == eid {
			return true
		}
	}
	return false
}
