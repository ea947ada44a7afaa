package web

import (
	"net/http"
	"tiendo/web/httpx"
)

// routes is the whole HTTP surface in one table: the health check, then
// the API's table (web/api), then the pages' (web/ui). The OpenAPI test
// walks the API part, so a route added there and not documented in
// openapi.json fails the build.
func (s *Server) routes() []httpx.Route {
	routes := []httpx.Route{
		{Method: "GET", Path: "/healthz", Access: httpx.Public, H: s.healthz},
	}
	routes = append(routes, s.api.Routes()...)
	return append(routes, s.ui.Routes()...)
}

// adapt turns a table entry into an http.Handler: authentication first when
// the route needs it, then the handler, with any error written by
// WriteError.
func (s *Server) adapt(rt httpx.Route) http.Handler {
	if rt.Access >= httpx.PagePublic {
		return s.ui.AdaptPage(rt)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.Access == httpx.SignedIn {
			var err error
			if r, err = s.Authenticate(r); err != nil {
				s.WriteError(w, r, err)
				return
			}
		}
		if err := rt.H(w, r); err != nil {
			s.WriteError(w, r, err)
		}
	})
}

// healthz answers a load balancer: 200 "ok" when the instance can serve.
// It is plain text, not an API error, because probes read only the status.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if s.opts.Ready != nil {
		if err := s.opts.Ready(r.Context()); err != nil {
			s.log.Error("readiness check failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready\n"))
			return nil
		}
	}
	_, _ = w.Write([]byte("ok\n"))
	return nil
}

// RouteInfo describes one route of the table for tools outside web (the
// abuse test walks every route): its method, ServeMux path pattern, whether
// it needs a signed-in caller, and whether it is an HTML page (session
// cookies, form bodies) rather than the JSON API (bearer tokens).
type RouteInfo struct {
	Method  string // GET, POST, PATCH, PUT, DELETE
	Pattern string // "/api/v1/tasks/{id}"
	Auth    string // "public" or "signed-in"
	Page    bool
}

// Routes lists the route table, in its order.
func (s *Server) Routes() []RouteInfo {
	rts := s.routes()
	out := make([]RouteInfo, 0, len(rts))
	for _, rt := range rts {
		auth := "public"
		if rt.Access == httpx.SignedIn || rt.Access == httpx.PageSignedIn {
			auth = "signed-in"
		}
		out = append(out, RouteInfo{Method: rt.Method, Pattern: rt.Path, Auth: auth, Page: rt.Access >= httpx.PagePublic})
	}
	return out
}
