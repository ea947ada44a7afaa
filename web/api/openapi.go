package api

import (
	_ "embed"
	"net/http"
)

// OpenAPIDoc is the hand-written OpenAPI 3.0 description of the JSON API.
// It is kept beside the route table; TestOpenAPICoversRoutes fails when a
// route is missing from it.
//
//go:embed openapi.json
var OpenAPIDoc []byte

// openAPI: GET /api/openapi.json
func (s *Server) openAPI(w http.ResponseWriter, _ *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(OpenAPIDoc)
	return nil
}
