package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// proposeConclusionsAPI: POST /api/v1/meetings/{id}/conclusions/intake —
// {"text": the conclusion notice} → the proposal to review (201).
func (s *Server) proposeConclusionsAPI(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	var in service.IntakeInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p, err := s.svc.ProposeConclusions(r.Context(), id, in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, p)
	return nil
}

// commitConclusionsInput is the proposal's version and, optionally, the
// document and drafts as edited, saved before the commit.
type commitConclusionsInput struct {
	Version  int                 `json:"version"`
	Document *tiendo.ProposalDoc `json:"document"`
	Drafts   *[]tiendo.DraftTask `json:"drafts"`
}

// commitConclusionsResult is the committed proposal and its tasks.
type commitConclusionsResult struct {
	Proposal *tiendo.Proposal `json:"proposal"`
	Tasks    []taskView       `json:"tasks"`
}

// commitConclusionsAPI: POST /api/v1/meetings/{id}/conclusions/intake/{pid}
// — creates the proposal's tasks as the meeting's conclusions (201).
func (s *Server) commitConclusionsAPI(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	pid, err := httpx.PathID(r, "pid")
	if err != nil {
		return err
	}
	var in commitConclusionsInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	version := in.Version
	if in.Document != nil || in.Drafts != nil {
		p, err := s.svc.UpdateProposal(r.Context(), pid, service.ProposalPatch{Version: in.Version, Document: in.Document, Drafts: in.Drafts})
		if err != nil {
			return err
		}
		version = p.Version
	}
	p, ts, err := s.svc.CommitConclusions(r.Context(), id, pid, version)
	if err != nil {
		return err
	}
	out := commitConclusionsResult{Proposal: p, Tasks: make([]taskView, len(ts))}
	for i, t := range ts {
		out.Tasks[i] = viewTask(t, s.Today())
	}
	httpx.WriteJSON(w, http.StatusCreated, out)
	return nil
}
