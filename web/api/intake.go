package api

import (
	"mime"
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// intakeInput is the JSON body of POST /api/v1/intake.
type intakeInput = service.IntakeInput

// commitInput is the JSON body of POST /api/v1/intake/{id}/commit.
type commitInput struct {
	Version int `json:"version"`
}

// commitResult is what a commit answers: the proposal and the tasks made.
type commitResult struct {
	Proposal *tiendo.Proposal `json:"proposal"`
	Tasks    []taskView       `json:"tasks"`
}

// createProposal: POST /api/v1/intake, a JSON {text, date} or a multipart
// form with a "file" (.txt, .docx, .xlsx) and an optional "date".
func (s *Server) createProposal(w http.ResponseWriter, r *http.Request) error {
	in, err := s.decodeIntake(w, r)
	if err != nil {
		return err
	}
	p, err := s.svc.Propose(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, p)
	return nil
}

// decodeIntake reads either body shape of POST /api/v1/intake.
func (s *Server) decodeIntake(w http.ResponseWriter, r *http.Request) (service.IntakeInput, error) {
	var in intakeInput
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "multipart/form-data" {
		return in, s.DecodeJSON(w, r, &in)
	}
	vals, files, err := s.MultipartForm(w, r)
	if err != nil {
		return in, err
	}
	var v tiendo.Validator
	in.Date, in.Text = httpx.FormDate(&v, "date", vals.Get("date")), vals.Get("text")
	switch {
	case len(files) > 1:
		v.Add("file", "Chỉ gửi một tệp mỗi lần")
	case len(files) == 1:
		in.Name, in.Data = files[0].Name, files[0].Data
	}
	return in, v.Err()
}

// getProposal: GET /api/v1/intake/{id}
func (s *Server) getProposal(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := s.svc.GetProposal(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// patchProposal: PATCH /api/v1/intake/{id} — edit, drop or add drafts,
// choose the organisations of a flagged mention, or discard.
func (s *Server) patchProposal(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var patch service.ProposalPatch
	if err := s.DecodeJSON(w, r, &patch); err != nil {
		return err
	}
	p, err := s.svc.UpdateProposal(r.Context(), id, patch)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// commitProposal: POST /api/v1/intake/{id}/commit — every draft becomes
// tasks, or none does.
func (s *Server) commitProposal(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in commitInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p, tasks, err := s.svc.Commit(r.Context(), id, in.Version)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, commitResult{Proposal: p, Tasks: viewTasks(tasks, s.Today())})
	return nil
}
