package web

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"tiendo"
)

// internalMessage is all a client learns of an unexpected error; the cause
// goes to the log only, since it may name tables, paths or SQL.
const internalMessage = "Lỗi hệ thống."

// statusOf is the one table from application error codes to HTTP statuses.
// Invalid input with per-field messages is 422 (a form the user can fix
// field by field); invalid input without them (malformed JSON, a bad query
// parameter) is 400.
func statusOf(err error) int {
	switch tiendo.ErrorCode(err) {
	case tiendo.EINVALID:
		if len(tiendo.ErrorFields(err)) > 0 {
			return http.StatusUnprocessableEntity
		}
		return http.StatusBadRequest
	case tiendo.EUNAUTHENTICATED:
		return http.StatusUnauthorized
	case tiendo.EFORBIDDEN:
		return http.StatusForbidden
	case tiendo.ENOTFOUND:
		return http.StatusNotFound
	case tiendo.ECONFLICT:
		return http.StatusConflict
	case tiendo.ETOOLARGE:
		return http.StatusRequestEntityTooLarge
	case tiendo.ETOOMANY:
		return http.StatusTooManyRequests
	default:
		return http.StatusInternalServerError
	}
}

// errorBody is the JSON shape of every error response.
type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// writeError writes err as a JSON error response. Internal errors are
// logged with the request and the actor, and reach the client only as a
// generic message.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	body := errorDetail{Code: tiendo.ErrorCode(err), Message: tiendo.ErrorMessage(err), Fields: tiendo.ErrorFields(err)}
	if status == http.StatusInternalServerError {
		body = errorDetail{Code: tiendo.EINTERNAL, Message: internalMessage}
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			// The client went away; nothing is wrong with the server.
			level = slog.LevelWarn
		}
		s.log.Log(r.Context(), level, "internal error", "method", r.Method, "path", logPath(r.URL.Path),
			"actor", actorLogin(r.Context()), "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tiendo"`)
	}
	setRetryAfter(w, err)
	writeJSON(w, status, errorBody{Error: body})
}

// setRetryAfter tells a throttled client (429) how many seconds to wait,
// rounded up and at least one.
func setRetryAfter(w http.ResponseWriter, err error) {
	if statusOf(err) != http.StatusTooManyRequests {
		return
	}
	secs := max(int64((tiendo.ErrorRetryAfter(err)+time.Second-1)/time.Second), 1)
	w.Header().Set("Retry-After", strconv.FormatInt(secs, 10))
}

// writeJSON writes v with status. It marshals before writing so a value
// that cannot be encoded yields a clean 500 instead of half a body.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(errorBody{Error: errorDetail{Code: tiendo.EINTERNAL, Message: internalMessage}})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// fallback answers requests no route matches. Under /api/ a 404 or 405 is
// a JSON error like every other API answer (the 405 keeps the Allow header
// the ServeMux computed); anything else, such as the mux's redirect to a
// cleaned path, and every non-API path, is left to the mux.
func (s *Server) fallback(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, pattern := mux.Handler(r)
		if pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		if !strings.HasPrefix(r.URL.Path, "/api/") {
			// Outside the API an unknown address is the HTML 404 page.
			probe := &statusProbe{header: http.Header{}}
			h.ServeHTTP(probe, r)
			if probe.status == http.StatusNotFound {
				s.notFoundPage(w, r)
				return
			}
			mux.ServeHTTP(w, r)
			return
		}
		// Run the mux's own handler into a probe to learn what it would
		// answer, then answer in JSON.
		probe := &statusProbe{header: http.Header{}}
		h.ServeHTTP(probe, r)
		switch probe.status {
		case http.StatusMethodNotAllowed:
			w.Header().Set("Allow", probe.header.Get("Allow"))
			writeJSON(w, http.StatusMethodNotAllowed, errorBody{Error: errorDetail{
				Code: "method_not_allowed", Message: "Phương thức " + r.Method + " không được hỗ trợ ở địa chỉ này"}})
		case http.StatusNotFound:
			s.writeError(w, r, tiendo.Errorf(tiendo.ENOTFOUND, "Không có địa chỉ %s", r.URL.Path))
		default:
			mux.ServeHTTP(w, r)
		}
	})
}

// statusProbe records the status and headers a handler writes and discards
// the body.
type statusProbe struct {
	header http.Header
	status int
}

func (p *statusProbe) Header() http.Header { return p.header }
func (p *statusProbe) Write(b []byte) (int, error) {
	if p.status == 0 {
		p.status = http.StatusOK
	}
	return len(b), nil
}
func (p *statusProbe) WriteHeader(status int) {
	if p.status == 0 {
		p.status = status
	}
}
