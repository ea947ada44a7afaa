package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// The rules an administrator can change, as JSON: every version, and a
// new version or a correction of one not yet in force (whole-tree admin).

// listRules: GET /api/v1/rules — the versions, the defaults, which is in
// force today and whether the caller may add one.
func (s *Server) listRules(w http.ResponseWriter, r *http.Request) error {
	ov, err := s.svc.RulesOverview(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, ov)
	return nil
}

// createRules: POST /api/v1/rules — a new version, effective today or later.
func (s *Server) createRules(w http.ResponseWriter, r *http.Request) error {
	var in service.RulesVersionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	in.ID, in.Version = 0, 0
	v, err := s.svc.SaveRulesVersion(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, v)
	return nil
}

// updateRules: PUT /api/v1/rules/{id} — new rules for a version that has
// not taken effect yet, at its version; the date does not change.
func (s *Server) updateRules(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.RulesVersionInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	if in.Version < 1 {
		return tiendo.FieldError("version", "Cần phiên bản của bản ghi đã đọc")
	}
	in.ID = id
	v, err := s.svc.SaveRulesVersion(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, v)
	return nil
}
