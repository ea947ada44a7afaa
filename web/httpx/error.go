package httpx

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"tiendo"
)

// InternalMessage is all a client learns of an unexpected error; the cause
// goes to the log only, since it may name tables, paths or SQL.
const InternalMessage = "Lỗi hệ thống."

// StatusOf is the one table from application error codes to HTTP statuses.
// Invalid input with per-field messages is 422 (a form the user can fix
// field by field); invalid input without them (malformed JSON, a bad query
// parameter) is 400.
func StatusOf(err error) int {
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

// ErrorBody is the JSON shape of every error response.
type ErrorBody struct {
	Error ErrorDetail `json:"error"`
}

type ErrorDetail struct {
	Code    string            `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// writeError writes err as a JSON error response. Internal errors are
// logged with the request and the actor, and reach the client only as a
// generic message.
func (s *Base) WriteError(w http.ResponseWriter, r *http.Request, err error) {
	status := StatusOf(err)
	body := ErrorDetail{Code: tiendo.ErrorCode(err), Message: tiendo.ErrorMessage(err), Fields: tiendo.ErrorFields(err)}
	if status == http.StatusInternalServerError {
		body = ErrorDetail{Code: tiendo.EINTERNAL, Message: InternalMessage}
		level := slog.LevelError
		if errors.Is(err, context.Canceled) {
			// The client went away; nothing is wrong with the server.
			level = slog.LevelWarn
		}
		s.Log.Log(r.Context(), level, "internal error", "method", r.Method, "path", LogPath(r.URL.Path),
			"actor", ActorLogin(r.Context()), "err", err)
	}
	if status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tiendo"`)
	}
	SetRetryAfter(w, err)
	WriteJSON(w, status, ErrorBody{Error: body})
}

// SetRetryAfter tells a throttled client (429) how many seconds to wait,
// rounded up and at least one.
func SetRetryAfter(w http.ResponseWriter, err error) {
	if StatusOf(err) != http.StatusTooManyRequests {
		return
	}
	secs := max(int64((tiendo.ErrorRetryAfter(err)+time.Second-1)/time.Second), 1)
	w.Header().Set("Retry-After", strconv.FormatInt(secs, 10))
}

// WriteJSON writes v with status. It marshals before writing so a value
// that cannot be encoded yields a clean 500 instead of half a body.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(ErrorBody{Error: ErrorDetail{Code: tiendo.EINTERNAL, Message: InternalMessage}})
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
