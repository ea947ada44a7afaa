// Package api is the JSON API of Tiến Độ under /api/v1, its OpenAPI
// description and the /lich/{token} iCalendar feed. Handlers translate
// requests into calls on service.Service; every rule about who may do what
// lives in the service. The shared plumbing (decoding, errors, routes) is
// web/httpx; the package web composes this route table with web/ui's.
package api

import (
	"log/slog"

	"tiendo/service"
	"tiendo/web/httpx"
)

// Server serves the JSON API. Its fields keep the names the handlers used
// when web was one package (s.svc, s.log, s.opts); the embedded Base gives
// it the shared methods (s.DecodeJSON, s.WriteError, s.Today…).
type Server struct {
	*httpx.Base
	svc  *service.Service
	log  *slog.Logger
	opts httpx.Options
}

// New returns the API over the shared base.
func New(b *httpx.Base) *Server {
	return &Server{Base: b, svc: b.Svc, log: b.Log, opts: b.Opts}
}
