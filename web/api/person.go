package api

import (
	"net/http"
	"strings"

	"tiendo"
	"tiendo/vn"
	"tiendo/web/httpx"
)

// listPeople: GET /api/v1/people?q=&org=&page=&per_page=
func (s *Server) listPeople(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "org", "page", "per_page")
	f := tiendo.PersonFilter{Query: q.Str("q"), Page: q.Page()}
	orgs, err := s.OrgIDsParam(r.Context(), q, "org")
	if err != nil {
		return err
	}
	f.OrgIDs = orgs
	if err := q.Err(); err != nil {
		return err
	}
	people, total, err := s.svc.ListPeople(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(people, total, f.Page))
	return nil
}

// getPerson: GET /api/v1/people/{id}
func (s *Server) getPerson(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	p, err := s.svc.GetPerson(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, p)
	return nil
}

// personInput creates a person with positions. It is separate from
// tiendo.Person so a client cannot set ids or versions.
type personInput struct {
	FullName  string          `json:"full_name"`
	Email     string          `json:"email"`
	Phone     string          `json:"phone"`
	Positions []positionInput `json:"positions"`
}

type positionInput struct {
	OrgID     int64   `json:"org_id"`
	Title     string  `json:"title"`
	IsHead    bool    `json:"is_head"`
	ValidFrom vn.Date `json:"valid_from"`
	ValidTo   vn.Date `json:"valid_to"`
}

// createPerson: POST /api/v1/people
func (s *Server) createPerson(w http.ResponseWriter, r *http.Request) error {
	var in personInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	p := &tiendo.Person{FullName: strings.TrimSpace(in.FullName), Email: strings.TrimSpace(in.Email),
		Phone: strings.TrimSpace(in.Phone), Positions: []tiendo.Position{}}
	for _, pos := range in.Positions {
		p.Positions = append(p.Positions, tiendo.Position{OrgID: pos.OrgID, Title: strings.TrimSpace(pos.Title),
			IsHead: pos.IsHead, ValidFrom: pos.ValidFrom, ValidTo: pos.ValidTo})
	}
	if err := s.svc.CreatePerson(r.Context(), p); err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, p)
	return nil
}
