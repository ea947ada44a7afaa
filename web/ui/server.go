// Package ui is the HTML interface of Tiến Độ: Vietnamese paths, session
// cookies, sign-in (password, TOTP, OpenID Connect), the embedded templates
// and static files. Handlers translate forms into calls on service.Service;
// every rule about who may do what lives in the service. The shared
// plumbing is web/httpx; the package web composes this route table with
// web/api's.
package ui

import (
	"log/slog"
	"net/http"

	"tiendo/service"
	"tiendo/web/httpx"
)

// Server serves the HTML pages. Its fields keep the names the handlers used
// when web was one package (s.svc, s.log, s.opts, s.ui…); the embedded Base
// gives it the shared methods (s.Authenticate, s.Today…).
type Server struct {
	*httpx.Base
	svc  *service.Service
	log  *slog.Logger
	opts httpx.Options
	// ui holds the parsed page templates; crossOrigin refuses unsafe
	// requests that a browser sent from another site.
	ui          *renderer
	crossOrigin *http.CrossOriginProtection
	// sso is the OpenID Connect client, nil when none is configured.
	sso *oidcClient
}

// New returns the HTML interface over the shared base.
func New(b *httpx.Base) *Server {
	ui, err := newRenderer()
	if err != nil {
		// The templates are embedded: a parse error is a build defect.
		panic("web: templates: " + err.Error())
	}
	s := &Server{Base: b, svc: b.Svc, log: b.Log, opts: b.Opts, ui: ui, crossOrigin: b.CrossOrigin}
	if b.Opts.OIDC.Enabled() {
		s.sso = newOIDCClient(b.Opts.OIDC)
	}
	return s
}
