package web

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// taskView is a task as the API shows it: the stored fields plus the
// timeliness derived at an as-of date (docs/DOMAIN.md §9), which is never stored.
type taskView struct {
	*tiendo.Task
	StatusLabel string            `json:"status_label"`
	AsOf        vn.Date           `json:"as_of"`
	Timeliness  tiendo.Timeliness `json:"timeliness"`
	OverdueDays int               `json:"overdue_days"`
}

func viewTask(t *tiendo.Task, asOf vn.Date) taskView {
	return taskView{Task: t, StatusLabel: t.Status.Label(), AsOf: asOf,
		Timeliness: t.TimelinessAt(asOf), OverdueDays: t.OverdueDays(asOf)}
}

func viewTasks(ts []*tiendo.Task, asOf vn.Date) []taskView {
	out := make([]taskView, 0, len(ts))
	for _, t := range ts {
		out = append(out, viewTask(t, asOf))
	}
	return out
}

// today is the service's current date, so derived timeliness agrees with
// the service's own defaults.
func (s *Server) today() vn.Date { return tiendo.Today(s.svc.Clock()) }

// taskSorts maps the sort parameter to the store's orders.
var taskSorts = map[string]tiendo.TaskSort{
	"due": tiendo.SortDue, "created": tiendo.SortCreated, "id": tiendo.SortID,
	"overdue": tiendo.SortOverdue, "assigned": tiendo.SortAssigned,
}

// taskFilter reads the task list parameters strictly.
func (s *Server) taskFilter(ctx context.Context, q *query) (tiendo.TaskFilter, error) {
	f := tiendo.TaskFilter{Query: q.str("q"), Page: q.page(), AsOf: q.date("as_of"),
		DueFrom: q.date("due_from"), DueTo: q.date("due_to"), ParentID: q.id("parent")}
	orgs, err := s.orgIDsParam(ctx, q, "org")
	if err != nil {
		return f, err
	}
	f.OrgIDs = orgs
	switch role := q.str("role"); role {
	case "":
	case string(tiendo.AsLead), string(tiendo.AsCooperating):
		f.Role = tiendo.TaskRole(role)
		if len(f.OrgIDs) == 0 {
			q.fail("role", "chỉ dùng cùng tham số org")
		}
	default:
		q.fail("role", "phải là lead hoặc cooperating")
	}
	for _, v := range q.list("status") {
		st := tiendo.Status(v)
		if !st.Valid() {
			q.fail("status", "có giá trị không hợp lệ: "+v)
		}
		f.Statuses = append(f.Statuses, st)
	}
	for _, v := range q.list("timeliness") {
		tl := tiendo.Timeliness(v)
		if !slices.Contains(tiendo.Timelinesses, tl) {
			q.fail("timeliness", "có giá trị không hợp lệ: "+v)
		}
		f.Timeliness = append(f.Timeliness, tl)
	}
	if c := q.str("category"); c != "" {
		f.Category = tiendo.Category(c)
		if !slices.Contains(tiendo.Categories, f.Category) {
			q.fail("category", "có giá trị không hợp lệ: "+c)
		}
	}
	if v := q.str("sort"); v != "" {
		key, desc := strings.CutPrefix(v, "-")
		sort, ok := taskSorts[key]
		if !ok {
			q.fail("sort", "phải là due, created, id, overdue hoặc assigned (thêm - để đảo chiều)")
		}
		f.Sort, f.Desc = sort, desc
	}
	if !f.DueFrom.IsZero() && !f.DueTo.IsZero() && f.DueTo.Before(f.DueFrom) {
		q.fail("due_to", "không được trước due_from")
	}
	if err := s.periodTaskFilter(ctx, q, &f); err != nil {
		return f, err
	}
	if f.AsOf.IsZero() {
		f.AsOf = s.today()
	}
	return f, q.Err()
}

// listTasks: GET /api/v1/tasks with the filters of taskFilter.
func (s *Server) listTasks(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, "q", "org", "role", "status", "timeliness", "as_of", "due_from", "due_to",
		"document", "parent", "category", "sort", "page", "per_page",
		"period", "cutoff", "subtree", "leader", "assignee")
	f, err := s.taskFilter(r.Context(), q)
	if err != nil {
		return err
	}
	tasks, total, err := s.svc.ListTasks(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(viewTasks(tasks, f.AsOf), total, f.Page))
	return nil
}

// getTask: GET /api/v1/tasks/{id}?as_of=
func (s *Server) getTask(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, "as_of")
	asOf := q.date("as_of")
	if err := q.Err(); err != nil {
		return err
	}
	if asOf.IsZero() {
		asOf = s.today()
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.GetTask(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, viewTask(t, asOf))
	return nil
}

// createTasks: POST /api/v1/tasks. With lead_org_ids it assigns one task
// per unit and answers {"items": [...]}; with lead_org_id, the task.
func (s *Server) createTasks(w http.ResponseWriter, r *http.Request) error {
	var in service.TaskInput
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.LeadOrgID != 0 && len(in.LeadOrgIDs) > 0 {
		return tiendo.FieldError("lead_org_ids", "Chỉ dùng một trong lead_org_id và lead_org_ids")
	}
	tasks, err := s.svc.CreateTasks(r.Context(), in)
	if err != nil {
		return err
	}
	views := viewTasks(tasks, s.today())
	if len(in.LeadOrgIDs) > 0 || len(views) != 1 {
		writeJSON(w, http.StatusCreated, newItems(views))
		return nil
	}
	writeJSON(w, http.StatusCreated, views[0])
	return nil
}

// patchTask: PATCH /api/v1/tasks/{id}. The version read is required so two
// editors cannot silently overwrite each other.
func (s *Server) patchTask(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var in service.TaskPatch
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của nhiệm vụ đã đọc")
	}
	t, err := s.svc.EditTask(r.Context(), id, in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, viewTask(t, s.today()))
	return nil
}

// taskAction returns the handler of one lifecycle step taking an
// ActionInput: confirm, return, postpone, resume, withdraw.
func (s *Server) taskAction(step func(context.Context, int64, service.ActionInput) (*tiendo.Task, error)) handlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := pathID(r, "id")
		if err != nil {
			return err
		}
		var in service.ActionInput
		if err := s.decodeJSON(w, r, &in); err != nil {
			return err
		}
		t, err := step(r.Context(), id, in)
		if err != nil {
			return err
		}
		writeJSON(w, http.StatusOK, viewTask(t, s.today()))
		return nil
	}
}

// delegateTask: POST /api/v1/tasks/{id}/delegate. Passing the task to a
// sub-unit creates a child task (201, the child); passing it to a person
// changes the task itself (200).
func (s *Server) delegateTask(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	var in service.DelegateInput
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	t, err := s.svc.Delegate(r.Context(), id, in)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if in.OrgID != nil {
		status = http.StatusCreated
	}
	writeJSON(w, status, viewTask(t, s.today()))
	return nil
}

// taskAudit: GET /api/v1/tasks/{id}/audit?page=&per_page=
func (s *Server) taskAudit(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, "page", "per_page")
	p := q.page()
	if err := q.Err(); err != nil {
		return err
	}
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	entries, total, err := s.svc.TaskAudit(r.Context(), id, p)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, newList(entries, total, p))
	return nil
}
