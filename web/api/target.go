package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// listTargets: GET /api/v1/targets?org=ID
func (s *Server) listTargets(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "org")
	var orgs []int64
	if id := q.ID("org"); id != nil {
		orgs = []int64{*id}
	}
	if err := q.Err(); err != nil {
		return err
	}
	lines, err := s.svc.ListTargets(r.Context(), orgs)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewItems(lines))
	return nil
}

// createTarget: POST /api/v1/targets
func (s *Server) createTarget(w http.ResponseWriter, r *http.Request) error {
	var in tiendo.Target
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	t, err := s.svc.CreateTarget(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, t)
	return nil
}

// getTarget: GET /api/v1/targets/{id}
func (s *Server) getTarget(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetTarget(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, d)
	return nil
}

// addTargetValue: POST /api/v1/targets/{id}/values
func (s *Server) addTargetValue(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.ValueInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	v, err := s.svc.AddTargetValue(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, v)
	return nil
}

// askInput is an explanation request.
type askInput struct {
	Period   string `json:"period"`
	Question string `json:"question"`
}

// askExplanation: POST /api/v1/targets/{id}/explanations
func (s *Server) askExplanation(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in askInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	e, err := s.svc.AskExplanation(r.Context(), id, in.Period, in.Question)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, e)
	return nil
}

// answerInput answers an explanation request read at Version.
type answerInput struct {
	Version int    `json:"version"`
	Answer  string `json:"answer"`
}

// answerExplanation: POST /api/v1/targets/{id}/explanations/{eid}/answer
func (s *Server) answerExplanation(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	eid, err := httpx.PathID(r, "eid")
	if err != nil {
		return err
	}
	var in answerInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	e, err := s.svc.AnswerExplanation(r.Context(), id, eid, in.Version, in.Answer)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, e)
	return nil
}
