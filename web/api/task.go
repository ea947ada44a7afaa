package api

import (
	"context"
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
	"tiendo/web/httpx"
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

// listTasks: GET /api/v1/tasks with the filters of taskFilter.
func (s *Server) listTasks(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "org", "role", "status", "timeliness", "as_of", "due_from", "due_to",
		"document", "parent", "category", "sort", "page", "per_page",
		"period", "cutoff", "subtree", "leader", "assignee", "place")
	f, err := s.TaskFilter(r.Context(), q)
	if err != nil {
		return err
	}
	tasks, total, err := s.svc.ListTasks(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(viewTasks(tasks, f.AsOf), total, f.Page))
	return nil
}

// getTask: GET /api/v1/tasks/{id}?as_of=
func (s *Server) getTask(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "as_of")
	asOf := q.Date("as_of")
	if err := q.Err(); err != nil {
		return err
	}
	if asOf.IsZero() {
		asOf = s.Today()
	}
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	t, err := s.svc.GetTask(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, viewTask(t, asOf))
	return nil
}

// createTasks: POST /api/v1/tasks. With lead_org_ids it assigns one task
// per unit and answers {"items": [...]}; with lead_org_id, the task.
func (s *Server) createTasks(w http.ResponseWriter, r *http.Request) error {
	var in service.TaskInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.LeadOrgID != 0 && len(in.LeadOrgIDs) > 0 {
		return tiendo.FieldError("lead_org_ids", "Chỉ dùng một trong lead_org_id và lead_org_ids")
	}
	tasks, err := s.svc.CreateTasks(r.Context(), in)
	if err != nil {
		return err
	}
	views := viewTasks(tasks, s.Today())
	if len(in.LeadOrgIDs) > 0 || len(views) != 1 {
		httpx.WriteJSON(w, http.StatusCreated, httpx.NewItems(views))
		return nil
	}
	httpx.WriteJSON(w, http.StatusCreated, views[0])
	return nil
}

// patchTask: PATCH /api/v1/tasks/{id}. The version read is required so two
// editors cannot silently overwrite each other.
func (s *Server) patchTask(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.TaskPatch
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản (version) của nhiệm vụ đã đọc")
	}
	t, err := s.svc.EditTask(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, viewTask(t, s.Today()))
	return nil
}

// taskAction returns the handler of one lifecycle step taking an
// ActionInput: confirm, return, postpone, resume, withdraw.
func (s *Server) taskAction(step func(context.Context, int64, service.ActionInput) (*tiendo.Task, error)) httpx.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		id, err := httpx.PathID(r, "id")
		if err != nil {
			return err
		}
		var in service.ActionInput
		if err := s.DecodeJSON(w, r, &in); err != nil {
			return err
		}
		t, err := step(r.Context(), id, in)
		if err != nil {
			return err
		}
		httpx.WriteJSON(w, http.StatusOK, viewTask(t, s.Today()))
		return nil
	}
}

// delegateTask: POST /api/v1/tasks/{id}/delegate. Passing the task to a
// sub-unit creates a child task (201, the child); passing it to a person
// changes the task itself (200).
func (s *Server) delegateTask(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.DelegateInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
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
	httpx.WriteJSON(w, status, viewTask(t, s.Today()))
	return nil
}

// taskAudit: GET /api/v1/tasks/{id}/audit?page=&per_page=
func (s *Server) taskAudit(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "page", "per_page")
	p := q.Page()
	if err := q.Err(); err != nil {
		return err
	}
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	entries, total, err := s.svc.TaskAudit(r.Context(), id, p)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(entries, total, p))
	return nil
}
