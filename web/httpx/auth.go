package httpx

import (
	"context"
	"net/http"
	"path"
	"strings"
	"tiendo"
)

// SessionCookie names the cookie of a web session. Its value is a random
// secret; the database keeps only its hash.
const SessionCookie = "tiendo_session"

// actorFromSession resolves the session cookie, nil when there is none.
// Browsers send cookies on their own, so a cookie-authenticated unsafe
// request must come from this site: the cross-origin check refuses it
// otherwise (bearer tokens need no such check).
func (s *Base) ActorFromSession(r *http.Request) (*tiendo.Actor, error) {
	c, err := r.Cookie(SessionCookie)
	if err != nil || c.Value == "" {
		return nil, nil
	}
	if err := s.CrossOrigin.Check(r); err != nil {
		return nil, tiendo.Errorf(tiendo.EFORBIDDEN, "Yêu cầu gửi từ trang khác đã bị từ chối")
	}
	return s.Svc.ActorForSession(r.Context(), c.Value, s.Opts.IdleTimeout)
}

// RequestInfo is filled in as a request passes through the layers, for the
// access log written after it: the actor is only known once the route's
// authentication has run, deeper than the logger.
type RequestInfo struct {
	Actor string
}

type InfoKey struct{}

// SecretPathPrefix starts the paths that carry a secret: the calendar
// feed's address (/lich/{token}) is its own credential.
const SecretPathPrefix = "/lich/"

// LogPath is the path as logs may show it: a secret-bearing path is cut
// to its prefix. The path is cleaned and folded first, so "/./lich/…" or
// "/LICH/…", which the mux redirects or refuses, hide the secret too.
func LogPath(p string) string {
	if strings.HasPrefix(strings.ToLower(path.Clean("/"+p)), SecretPathPrefix) {
		return SecretPathPrefix + "…"
	}
	return p
}

// authenticate resolves the actor of a request and returns the request with
// the actor in its context. Without credentials, or with bad ones, it fails
// with EUNAUTHENTICATED.
func (s *Base) Authenticate(r *http.Request) (*http.Request, error) {
	a, err := s.ActorFromRequest(r)
	if err != nil {
		return r, err
	}
	if a == nil {
		return r, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Cần mã truy cập (Authorization: Bearer <token>)")
	}
	if info, ok := r.Context().Value(InfoKey{}).(*RequestInfo); ok {
		info.Actor = a.Login
	}
	return r.WithContext(tiendo.NewContextWithActor(r.Context(), a)), nil
}

// actorFromRequest returns the actor the request's credentials name, nil
// when it carries none, or an error when they are bad. An API token
// (Authorization: Bearer) wins; otherwise the web session cookie is read
// (httpx.Base.ActorFromSession), where unsafe requests must also pass the cross-origin
// check, which bearer tokens do not need because browsers never attach
// them on their own.
func (s *Base) ActorFromRequest(r *http.Request) (*tiendo.Actor, error) {
	token, ok := bearerToken(r)
	if !ok {
		return s.ActorFromSession(r)
	}
	return s.Svc.ActorForToken(r.Context(), token)
}

// bearerToken returns the token of an "Authorization: Bearer <token>"
// header. The scheme is case-insensitive (RFC 7235).
func bearerToken(r *http.Request) (string, bool) {
	scheme, token, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	token = strings.TrimSpace(token)
	return token, token != ""
}

// ActorLogin names the actor of ctx for logs.
func ActorLogin(ctx context.Context) string {
	if a := tiendo.ActorFromContext(ctx); a != nil {
		return a.Login
	}
	return ""
}
