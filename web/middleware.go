package web

import (
	"context"
	"fmt"
	"net/http"
	"path"
	"runtime/debug"
	"strings"
	"time"

	"tiendo"
)

// securityHeaders sets the headers every response carries, JSON included:
// a JSON body rendered as a page by a confused browser must not run script
// or be framed either.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		if strings.HasPrefix(r.URL.Path, "/api/") {
			// API answers are per-actor data: no shared cache may keep them.
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

// recoverer turns a panic into a logged 500 so one bad request cannot take
// the process down. http.ErrAbortHandler is re-raised: it is how a handler
// deliberately aborts a response.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			err := fmt.Errorf("panic: %v\n%s", v, debug.Stack())
			s.writeError(w, r, err)
		}()
		next.ServeHTTP(w, r)
	})
}

// requestInfo is filled in as a request passes through the layers, for the
// access log written after it: the actor is only known once the route's
// authentication has run, deeper than the logger.
type requestInfo struct {
	actor string
}

type infoKey struct{}

// statusRecorder remembers the status written, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (sr *statusRecorder) WriteHeader(code int) {
	if sr.status == 0 {
		sr.status = code
	}
	sr.ResponseWriter.WriteHeader(code)
}

func (sr *statusRecorder) Write(b []byte) (int, error) {
	if sr.status == 0 {
		sr.status = http.StatusOK
	}
	return sr.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer (and
// http.MaxBytesReader tell the server to close the connection).
func (sr *statusRecorder) Unwrap() http.ResponseWriter { return sr.ResponseWriter }

// logRequests writes one access-log line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		info := &requestInfo{}
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), infoKey{}, info)))
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		s.log.Info("request", "method", r.Method, "path", logPath(r.URL.Path), "status", rec.status,
			"actor", info.actor, "duration", time.Since(start))
	})
}

// secretPathPrefix starts the paths that carry a secret: the calendar
// feed's address (/lich/{token}) is its own credential.
const secretPathPrefix = "/lich/"

// logPath is the path as logs may show it: a secret-bearing path is cut
// to its prefix. The path is cleaned and folded first, so "/./lich/…" or
// "/LICH/…", which the mux redirects or refuses, hide the secret too.
func logPath(p string) string {
	if strings.HasPrefix(strings.ToLower(path.Clean("/"+p)), secretPathPrefix) {
		return secretPathPrefix + "…"
	}
	return p
}

// authenticate resolves the actor of a request and returns the request with
// the actor in its context. Without credentials, or with bad ones, it fails
// with EUNAUTHENTICATED.
func (s *Server) authenticate(r *http.Request) (*http.Request, error) {
	a, err := s.actorFromRequest(r)
	if err != nil {
		return r, err
	}
	if a == nil {
		return r, tiendo.Errorf(tiendo.EUNAUTHENTICATED, "Cần mã truy cập (Authorization: Bearer <token>)")
	}
	if info, ok := r.Context().Value(infoKey{}).(*requestInfo); ok {
		info.actor = a.Login
	}
	return r.WithContext(tiendo.NewContextWithActor(r.Context(), a)), nil
}

// actorFromRequest returns the actor the request's credentials name, nil
// when it carries none, or an error when they are bad. An API token
// (Authorization: Bearer) wins; otherwise the web session cookie is read
// (web/session.go), where unsafe requests must also pass the cross-origin
// check, which bearer tokens do not need because browsers never attach
// them on their own.
func (s *Server) actorFromRequest(r *http.Request) (*tiendo.Actor, error) {
	token, ok := bearerToken(r)
	if !ok {
		return s.actorFromSession(r)
	}
	return s.svc.ActorForToken(r.Context(), token)
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

// actorLogin names the actor of ctx for logs.
func actorLogin(ctx context.Context) string {
	if a := tiendo.ActorFromContext(ctx); a != nil {
		return a.Login
	}
	return ""
}
