package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// extensionResult answers an extension request or decision: the task with
// its (possibly new) deadline and the request.
type extensionResult struct {
	Task      taskView          `json:"task"`
	Extension *tiendo.Extension `json:"extension"`
}

// listExtensions: GET /api/v1/tasks/{id}/extensions
func (s *Server) listExtensions(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	exts, err := s.svc.Extensions(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(exts))
	return nil
}

// requestExtension: POST /api/v1/tasks/{id}/extensions
func (s *Server) requestExtension(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.ExtensionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	t, ext, err := s.svc.RequestExtension(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, extensionResult{Task: viewTask(t, s.Today()), Extension: ext})
	return nil
}

// decideExtension: POST /api/v1/tasks/{id}/extensions/decide
func (s *Server) decideExtension(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.DecisionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	t, ext, err := s.svc.DecideExtension(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, extensionResult{Task: viewTask(t, s.Today()), Extension: ext})
	return nil
}
