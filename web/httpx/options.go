package httpx

import (
	"context"
	"log/slog"
	"time"
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
	// TileURL is the map's tile server, an http(s) URL template with {z},
	// {x} and {y} (an office's own tile server, or none): empty draws the
	// places on a blank base, for offices without internet.
	TileURL string
}

// OIDCOptions configure sign-in through a province's OpenID Connect
// identity provider (authorisation code flow with PKCE). The zero value
// (no Issuer) turns it off.
type OIDCOptions struct {
	Issuer       string // the provider's issuer URL, as its discovery document says it
	ClientID     string
	ClientSecret string // empty for a public client (PKCE alone)
	// LoginClaim names the claim that holds the tiendo login (default
	// preferred_username).
	LoginClaim string
	// RedirectURL is this site's callback as registered at the provider;
	// empty derives it from the request (scheme and Host).
	RedirectURL string
	// Name labels the sign-in button (default "OIDC").
	Name string
}

// Enabled says whether the provider is configured.
func (o OIDCOptions) Enabled() bool { return o.Issuer != "" && o.ClientID != "" }
