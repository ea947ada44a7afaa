// Package web is the HTTP layer of Tiến Độ. It composes the JSON API
// (web/api, under /api/v1) and the HTML interface (web/ui) on one ServeMux
// behind one middleware chain (security headers, request log, recoverer,
// client address, the 404/405 fallback); authentication runs per route.
// The plumbing both share (decoding, errors, the route type) is web/httpx.
// Every rule about who may do what lives in the service, not here.
package web

import (
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/web/api"
	"tiendo/web/httpx"
	"tiendo/web/ui"
)

// DefaultMaxBodyBytes bounds a JSON request body (see httpx).
const DefaultMaxBodyBytes = httpx.DefaultMaxBodyBytes

// Options configure a Server (see httpx.Options). The zero value is usable.
type Options = httpx.Options

// OIDCOptions configure sign-in through an OpenID Connect provider.
type OIDCOptions = httpx.OIDCOptions

// Server serves the HTTP interface over one service. It holds no global
// state: several servers may run in one process (tests do).
type Server struct {
	*httpx.Base
	svc     *service.Service
	log     *slog.Logger
	opts    Options
	handler http.Handler
	// api and ui are the two halves of the surface; each has its route
	// table.
	api *api.Server
	ui  *ui.Server
}

// NewServer returns a server over svc.
func NewServer(svc *service.Service, opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = httpx.DefaultMaxBodyBytes
	}
	if opts.MaxUploadBytes <= 0 {
		_, total := svc.Rules().AttachmentLimits()
		// The extra megabyte is for the form fields and multipart framing.
		opts.MaxUploadBytes = total + httpx.DefaultMaxBodyBytes
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = service.DefaultIdleTimeout
	}
	b := httpx.NewBase(svc, opts)
	s := &Server{Base: b, svc: svc, log: opts.Logger, opts: opts, api: api.New(b), ui: ui.New(b)}
	s.handler = s.buildHandler()
	return s
}

// Handler returns the root handler: routes wrapped in the middleware every
// response goes through.
func (s *Server) Handler() http.Handler { return s.handler }

// buildHandler registers the route table on a ServeMux and wraps it. The
// order matters: headers are set first so even a recovered panic carries
// them; the logger sits outside the recoverer so it sees the final status.
func (s *Server) buildHandler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range s.routes() {
		mux.Handle(rt.Method+" "+rt.Path, s.adapt(rt))
	}
	var h http.Handler = s.fallback(mux)
	h = s.withClientAddr(h)
	h = s.recoverer(h)
	h = s.logRequests(h)
	h = securityHeaders(h)
	return h
}

// withClientAddr puts the client's address in the request's context.
func (s *Server) withClientAddr(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := tiendo.NewContextWithClientAddr(r.Context(), s.clientAddr(r))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// maxAddrLen bounds an address taken from a header.
const maxAddrLen = 64

// clientAddr is the address of the client: the peer's IP, or behind a
// trusted proxy the last X-Forwarded-For entry, which the proxy appended
// (earlier entries come from the client and prove nothing).
func (s *Server) clientAddr(r *http.Request) string {
	if s.opts.TrustProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			// Only an address is a throttle key: junk in the header falls
			// back to the connection's own address.
			if a, err := netip.ParseAddr(strings.TrimSpace(parts[len(parts)-1])); err == nil {
				return a.WithZone("").String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return host[:min(len(host), maxAddrLen)]
}
