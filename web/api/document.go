package api

import (
	"net/http"

	"tiendo"
	"tiendo/service"
	"tiendo/web/httpx"
)

// listDocuments: GET /api/v1/documents?q=&issuer=&number=&page=&per_page=
func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) error {
	q := httpx.ParseQuery(r, "q", "issuer", "number", "page", "per_page")
	f := tiendo.DocumentFilter{Query: q.Str("q"), Page: q.Page()}
	if n := q.Str("number"); n != "" {
		f.Number = &n
	}
	issuers, err := s.OrgIDsParam(r.Context(), q, "issuer")
	if err != nil {
		return err
	}
	if len(issuers) > 1 {
		q.Fail("issuer", "chỉ được có một giá trị")
	} else if len(issuers) == 1 {
		f.IssuerID = &issuers[0]
	}
	if err := q.Err(); err != nil {
		return err
	}
	docs, total, err := s.svc.ListDocuments(r.Context(), f)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, httpx.NewList(docs, total, f.Page))
	return nil
}

// getDocument: GET /api/v1/documents/{id}
func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := httpx.PathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetDocument(r.Context(), id)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusOK, d)
	return nil
}

// createDocument: POST /api/v1/documents. The number is parsed and
// normalised by the service; a malformed one is a field error.
func (s *Server) createDocument(w http.ResponseWriter, r *http.Request) error {
	var in service.DocumentInput
	if err := s.DecodeJSON(w, r, &in); err != nil {
		return err
	}
	d, err := s.svc.CreateDocument(r.Context(), in)
	if err != nil {
		return err
	}
	httpx.WriteJSON(w, http.StatusCreated, d)
	return nil
}
