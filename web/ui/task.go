package ui

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// event is one entry of a task's timeline: a progress report, an
// extension request or decision, or an audit entry of another change.
type event struct {
	At        time.Time
	Kind      string // "update", "extension", "decision", "audit"
	Actor     string
	Update    *tiendo.Update
	Extension *tiendo.Extension
	Audit     *tiendo.AuditEntry
	// Explanation: a request ("explanation") or its answer ("answer").
	Explanation *service.ExplanationView
	Reminder    *tiendo.Reminder // a reminder the scheduler sent ("reminder")
	// Reason of a step (return, confirmation note…) and its label's id.
	Reason, ReasonLabel string
	Comment             *tiendo.Comment // a comment ("comment")
}

// taskPageData is the Data of the task page.
type taskPageData struct {
	Task        *tiendo.Task
	Timeliness  tiendo.Timeliness
	OverdueDays int
	Document    *tiendo.Document
	Place       *tiendo.Place // the register's place, when linked and visible
	OrgNames    map[int64]string
	Parent      *tiendo.Task
	ParentID    int64 // set when the parent is out of the actor's scope
	Children    []taskRow
	Assignee    *tiendo.Person
	Events      []event
	Can         service.TaskPermissions
	Pending     *tiendo.Extension
	SubOrgs     []*tiendo.Org
	People      []*tiendo.Person
	Today       vn.Date
	Explain     explainState // explanation requests, and the answer form
	// One form per action, so an error shows in the form it belongs to.
	Report, Extend, Decide, Confirm, Return, Delegate formState
	Postpone, Resume, Withdraw                        formState // zero until a submit fails
	CommentForm                                       formState
}

// auditShownAsCards are the audit actions whose record already appears as
// a richer timeline entry (the report or the extension itself).
var auditShownAsCards = map[string]bool{
	"task.start": true, "task.report_done": true, "task.request_extension": true,
	"task.approve_extension": true, "task.decline_extension": true, "comment.create": true,
}

// taskPage: GET /viec/{id}
func (s *Server) taskPage(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.loadTaskPage(r.Context(), id)
	if err != nil {
		return err
	}
	p := &page{Data: d, Notice: notice(r, "notice."+r.URL.Query().Get("ok"))}
	s.render(w, r, http.StatusOK, "task", p)
	return nil
}

// loadTaskPage gathers everything the task page shows; every read goes
// through the service, so a task out of scope is a 404 like a missing one.
func (s *Server) loadTaskPage(ctx context.Context, id int64) (*taskPageData, error) {
	t, err := s.svc.GetTask(ctx, id)
	if err != nil {
		return nil, err
	}
	today := s.Today()
	d := &taskPageData{Task: t, Timeliness: t.TimelinessAt(today), OverdueDays: t.OverdueDays(today), Today: today,
		Report: newForm(nil), Extend: newForm(nil), Decide: newForm(nil), Confirm: newForm(nil),
		Return: newForm(nil), Delegate: newForm(nil)}
	orgs, err := s.svc.ListOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	d.OrgNames = leadNames(ctx, orgs, today)
	if d.Can, err = s.svc.TaskPermissions(ctx, id); err != nil {
		return nil, err
	}
	if t.DocumentID != nil {
		if d.Document, err = s.svc.GetDocument(ctx, *t.DocumentID); err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return nil, err
		}
	}
	if d.Place, err = s.linkedPlace(ctx, t.PlaceID); err != nil {
		return nil, err
	}
	if err := s.loadRelatives(ctx, d, orgs); err != nil {
		return nil, err
	}
	if err := s.loadTimeline(ctx, d); err != nil {
		return nil, err
	}
	if err := s.loadExplanations(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// loadRelatives fills the parent, children, assignee and, for delegation,
// the sub-units and people of the lead unit.
func (s *Server) loadRelatives(ctx context.Context, d *taskPageData, orgs []*tiendo.Org) error {
	t := d.Task
	if t.ParentID != nil {
		p, err := s.svc.GetTask(ctx, *t.ParentID)
		switch {
		case err == nil:
			d.Parent = p
		case tiendo.ErrorCode(err) == tiendo.ENOTFOUND:
			d.ParentID = *t.ParentID
		default:
			return err
		}
	}
	children, _, err := s.svc.ListTasks(ctx, tiendo.TaskFilter{ParentID: &t.ID, Page: tiendo.Page{PerPage: 100}})
	if err != nil {
		return err
	}
	for _, c := range children {
		d.Children = append(d.Children, taskRow{Task: c, Lead: d.OrgNames[c.LeadOrgID], Timeliness: c.TimelinessAt(d.Today)})
	}
	if t.AssigneeID != nil {
		if d.Assignee, err = s.svc.GetPerson(ctx, *t.AssigneeID); err != nil && tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
			return err
		}
	}
	if !d.Can.Delegate {
		return nil
	}
	if d.SubOrgs, err = s.svc.DelegationTargets(ctx, t.ID); err != nil {
		return err
	}
	inLead := []int64{t.LeadOrgID}
	for _, o := range d.SubOrgs {
		inLead = append(inLead, o.ID)
	}
	d.People, _, err = s.svc.ListPeople(ctx, tiendo.PersonFilter{OrgIDs: inLead, Page: tiendo.Page{PerPage: 200}})
	return err
}

// loadTimeline merges reports, extensions and audit entries, oldest first.
func (s *Server) loadTimeline(ctx context.Context, d *taskPageData) error {
	id := d.Task.ID
	ups, err := s.svc.Updates(ctx, id)
	if err != nil {
		return err
	}
	for _, u := range ups {
		d.Events = append(d.Events, event{At: u.CreatedAt, Kind: "update", Actor: u.Reporter, Update: u})
	}
	exts, err := s.svc.Extensions(ctx, id)
	if err != nil {
		return err
	}
	for _, e := range exts {
		d.Events = append(d.Events, event{At: e.CreatedAt, Kind: "extension", Extension: e})
		if e.DecidedAt != nil {
			d.Events = append(d.Events, event{At: *e.DecidedAt, Kind: "decision", Extension: e})
		}
		if e.Status == tiendo.ExtensionPending {
			d.Pending = e
		}
	}
	entries, _, err := s.svc.TaskAudit(ctx, id, tiendo.Page{PerPage: tiendo.MaxPerPage})
	if err != nil {
		return err
	}
	for _, a := range entries {
		if auditShownAsCards[a.Action] || (a.EntityType == "task" && a.EntityID != id && a.Action == "task.create") {
			continue
		}
		ev := event{At: a.At, Kind: "audit", Actor: a.Actor, Audit: a}
		ev.Reason, ev.ReasonLabel = auditReason(a)
		d.Events = append(d.Events, ev)
	}
	if err := s.loadComments(ctx, d); err != nil {
		return err
	}
	// Extensions record account ids; their audit entries, in the same
	// order, name the accounts.
	var requesters, deciders []string
	for _, a := range entries {
		switch a.Action {
		case "task.request_extension":
			requesters = append(requesters, a.Actor)
		case "task.approve_extension", "task.decline_extension":
			deciders = append(deciders, a.Actor)
		}
	}
	for i := range d.Events {
		ev := &d.Events[i]
		switch {
		case ev.Kind == "extension" && len(requesters) > 0:
			ev.Actor, requesters = requesters[0], requesters[1:]
		case ev.Kind == "decision" && len(deciders) > 0:
			ev.Actor, deciders = deciders[0], deciders[1:]
		}
	}
	sort.SliceStable(d.Events, func(i, j int) bool { return d.Events[i].At.Before(d.Events[j].At) })
	return nil
}

// notice is the success message id in the actor's language, "" for an id
// the catalogue does not know: text from an address is never shown.
func notice(r *http.Request, id string, args ...any) string {
	if !i18n.HasMessage(id) {
		return ""
	}
	return i18n.Translate(i18n.LocaleOf(tiendo.ActorFromContext(r.Context())), id, args...)
}

// taskURL is the task page, with a success notice when msg is set.
func taskURL(id int64, msg string) string {
	u := "/viec/" + strconv.FormatInt(id, 10)
	if msg != "" {
		u += "?ok=" + url.QueryEscape(msg)
	}
	return u
}
