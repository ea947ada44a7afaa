package web

import (
	"context"
	"fmt"
	"net/http"
	"runtime/debug"
	"strings"
	"tiendo/web/httpx"
	"time"
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
			s.WriteError(w, r, err)
		}()
		next.ServeHTTP(w, r)
	})
}

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
		info := &httpx.RequestInfo{}
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), httpx.InfoKey{}, info)))
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		s.log.Info("request", "method", r.Method, "path", httpx.LogPath(r.URL.Path), "status", rec.status,
			"actor", info.Actor, "duration", time.Since(start))
	})
}
