// Package web is the HTTP layer of Tiến Độ: the JSON API under /api/v1 (and,
// later, the HTML interface). It translates requests into calls on
// service.Service and application errors into HTTP statuses; every rule about
// who may do what lives in the service, not here.
package web

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"tiendo"
	"tiendo/service"
)

// DefaultMaxBodyBytes bounds a JSON request body. Every JSON input of the API
// is a small form; a megabyte leaves room for long task texts and nothing
// more.
const DefaultMaxBodyBytes = 1 << 20

// Options configure a Server. The zero value is usable.
type Options struct {
	// Logger receives request logs and the causes of internal errors.
	// Nil discards them.
	Logger *slog.Logger
	// MaxBodyBytes bounds a JSON request body (default 1 MiB).
	MaxBodyBytes int64
	// MaxUploadBytes bounds a multipart upload as a whole (default the
	// service rules' MaxAttachmentsTotalBytes plus MaxBodyBytes for the
	// form fields).
	MaxUploadBytes int64
	// Ready, when set, is called by GET /healthz (e.g. a database ping); an
	// error makes the check fail with 503 so a load balancer stops sending
	// traffic to this instance.
	Ready func(ctx context.Context) error
	// IdleTimeout ends a web session after this long without a request
	// (default 30 minutes; sessions also end 12 hours after sign-in).
	IdleTimeout time.Duration
	// TrustProxy makes the session cookie Secure when a reverse proxy in
	// front says the browser used HTTPS (X-Forwarded-Proto: https), and
	// takes the client's address, for sign-in throttling and the security
	// log, from the last X-Forwarded-For entry (the one the proxy added).
	// Set it only behind a proxy that overwrites X-Forwarded-Proto and
	// appends to X-Forwarded-For: otherwise any client could send them.
	TrustProxy bool
	// OIDC adds sign-in through an OpenID Connect provider when its Issuer
	// is set.
	OIDC OIDCOptions
}

// Server serves the HTTP interface over one service. It holds no global
// state: several servers may run in one process (tests do).
type Server struct {
	svc     *service.Service
	log     *slog.Logger
	opts    Options
	handler http.Handler
	// ui holds the parsed page templates; crossOrigin refuses unsafe
	// requests that a browser sent from another site.
	ui          *renderer
	crossOrigin *http.CrossOriginProtection
	// sso is the OpenID Connect client, nil when none is configured.
	sso *oidcClient
}

// NewServer returns a server over svc.
func NewServer(svc *service.Service, opts Options) *Server {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.MaxUploadBytes <= 0 {
		_, total := svc.Rules().AttachmentLimits()
		// The extra megabyte is for the form fields and multipart framing.
		opts.MaxUploadBytes = total + DefaultMaxBodyBytes
	}
	if opts.IdleTimeout <= 0 {
		opts.IdleTimeout = service.DefaultIdleTimeout
	}
	ui, err := newRenderer()
	if err != nil {
		// The templates are embedded: a parse error is a build defect.
		panic("web: templates: " + err.Error())
	}
	s := &Server{svc: svc, log: opts.Logger, opts: opts, ui: ui, crossOrigin: http.NewCrossOriginProtection()}
	if opts.OIDC.Enabled() {
		s.sso = newOIDCClient(opts.OIDC)
	}
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
		mux.Handle(rt.method+" "+rt.path, s.adapt(rt))
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

// secureRequest tells whether the browser reached us over HTTPS: directly,
// or through a trusted proxy that says so.
func (s *Server) secureRequest(r *http.Request) bool {
	return r.TLS != nil || (s.opts.TrustProxy && r.Header.Get("X-Forwarded-Proto") == "https")
}
