package api

import (
	"net/http"
	"time"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
	"tiendo/web/i18n"
)

// inboxView is the inbox as the API shows it.
type inboxView struct {
	AsOf     vn.Date              `json:"as_of"`
	Since    time.Time            `json:"since"`
	Total    int                  `json:"total"`
	Sections []httpx.InboxSection `json:"sections"`
}

// getInbox: GET /api/v1/inbox?as_of= — the actor's "Việc cần xử lý". It
// reads only: the visit that moves "new" on is the home page's.
func (s *Server) getInbox(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "as_of")
	asOf := q.Date("as_of")
	if err := q.Err(); err != nil {
		return err
	}
	in, err := s.svc.Inbox(r.Context(), asOf)
	if err != nil {
		return err
	}
	loc := i18n.LocaleOf(tiendo.ActorFromContext(r.Context()))
	httpx.WriteJSON(w, http.StatusOK, inboxView{AsOf: in.AsOf, Since: in.Since, Total: in.Total, Sections: httpx.ViewInbox(in, loc)})
	return nil
}

// listSavedFilters: GET /api/v1/saved-filters — the actor's saved task list filters.
func (s *Server) listSavedFilters(w http.ResponseWriter, r *http.Request) error {
	list, err := s.svc.SavedFilters(r.Context())
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, map[string]any{"items": list})
	return nil
}

// savedFilterInput is the body of POST /api/v1/saved-filters.
type savedFilterInput struct {
	Name  string `json:"name"`
	Path  string `json:"path"`
	Query string `json:"query"`
}

// createSavedFilter: POST /api/v1/saved-filters {name, path, query}
func (s *Server) createSavedFilter(w http.ResponseWriter, r *http.Request) error {
	var in savedFilterInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	f := &tiendo.SavedFilter{Name: in.Name, Path: in.Path, Query: in.Query}
	if err := s.svc.SaveFilter(r.Context(), f); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, f)
	return nil
}

// deleteSavedFilter: DELETE /api/v1/saved-filters/{id} — answers the
// filters left, as the other deletions answer the state after them.
func (s *Server) deleteSavedFilter(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	if err := s.svc.DeleteSavedFilter(r.Context(), id); err != nil {
		return err
	}
	return s.listSavedFilters(w, r)
}
