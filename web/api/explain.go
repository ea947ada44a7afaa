package api

import (
	"net/http"

	"tiendo/service"
	"tiendo/web/httpx"
)

// Explanation requests of overdue tasks (giải trình) as JSON: the office
// reads them, the lead unit answers once.

// listTaskExplanations: GET /api/v1/tasks/{id}/explanations
func (s *Server) listTaskExplanations(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	list, err := s.svc.TaskExplanations(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(list))
	return nil
}

// explanationAnswer is the lead unit's answer, against the version read.
type explanationAnswer struct {
	Version int    `json:"version"`
	Answer  string `json:"answer"`
}

// answerTaskExplanation: POST /api/v1/explanations/{id}/answer
func (s *Server) answerTaskExplanation(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in explanationAnswer
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	e, err := s.svc.AnswerExplanationRequest(r.Context(), id, in.Version, in.Answer)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, service.ExplanationView{ExplanationRequest: e, LateDays: e.LateDays(e.AnsweredOn)})
	return nil
}
