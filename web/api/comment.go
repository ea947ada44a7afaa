package api

import (
	"net/http"
	"tiendo/web/httpx"
)

// Comments on a task as JSON: whoever sees the task reads and writes them.

// listComments: GET /api/v1/tasks/{id}/comments
func (s *Server) listComments(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	list, err := s.svc.Comments(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(list))
	return nil
}

// commentInput is a new comment; @login and @CODE in the body notify.
type commentInput struct {
	Body string `json:"body"`
}

// addComment: POST /api/v1/tasks/{id}/comments
func (s *Server) addComment(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in commentInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	c, err := s.svc.AddComment(r.Context(), id, in.Body)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, c)
	return nil
}
