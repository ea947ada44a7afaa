package web

import (
	"net/http"

	"tiendo"
	"tiendo/service"
)

// listDocuments: GET /api/v1/documents?q=&issuer=&number=&page=&per_page=
func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) error {
	q := parseQuery(r, "q", "issuer", "number", "page", "per_page")
	f := tiendo.DocumentFilter{Query: q.str("q"), Page: q.page()}
	if n := q.str("number"); n != "" {
		f.Number = &n
	}
	issuers, err := s.orgIDsParam(r.Context(), q, "issuer")
	if err != nil {
		return err
	}
	if len(issuers) > 1 {
		q.fail("issuer", "chỉ được có một giá trị")
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
	writeJSON(w, http.StatusOK, newList(docs, total, f.Page))
	return nil
}

// getDocument: GET /api/v1/documents/{id}
func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r, "id")
	if err != nil {
		return err
	}
	d, err := s.svc.GetDocument(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// createDocument: POST /api/v1/documents. The number is parsed and
// normalised by the service; a malformed one is a field error.
func (s *Server) createDocument(w http.ResponseWriter, r *http.Request) error {
	var in service.DocumentInput
	if err := s.decodeJSON(w, r, &in); err != nil {
		return err
	}
	d, err := s.svc.CreateDocument(r.Context(), in)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, d)
	return nil
}
