package tiendo

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Error codes. The web layer maps each to one HTTP status in one place.
const (
	EINVALID         = "invalid"         // 400/422: bad input; Fields says which
	EUNAUTHENTICATED = "unauthenticated" // 401: no or bad credentials
	EFORBIDDEN       = "forbidden"       // 403: known actor, not allowed
	ENOTFOUND        = "not_found"       // 404: absent or out of the actor's scope
	ECONFLICT        = "conflict"        // 409: stale version, illegal transition, duplicate
	ETOOLARGE        = "too_large"       // 413: body or file over the limit
	ETOOMANY         = "too_many"        // 429: throttled or busy; Error.RetryAfter says when to retry
	EINTERNAL        = "internal"        // 500: anything else; details only in logs
)

// Error is the application error: a code, a message safe to show users, the
// offending fields (field → message) and the cause for logs.
type Error struct {
	Code    string
	Message string
	Fields  map[string]string
	Err     error
	// RetryAfter, for ETOOMANY, is how long the caller should wait.
	RetryAfter time.Duration
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Message)
	if len(e.Fields) > 0 {
		keys := make([]string, 0, len(e.Fields))
		for k := range e.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, k := range keys {
			if i == 0 {
				b.WriteString(": ")
			} else {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "%s: %s", k, e.Fields[k])
		}
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldError returns an EINVALID error about one field.
func FieldError(field, message string) *Error {
	return &Error{Code: EINVALID, Message: "Dữ liệu không hợp lệ", Fields: map[string]string{field: message}}
}

// ErrorCode returns the code of an application error, EINTERNAL otherwise.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	}
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// TooMany returns an ETOOMANY error asking the caller to retry after d.
func TooMany(d time.Duration, message string) *Error {
	return &Error{Code: ETOOMANY, Message: message, RetryAfter: d}
}

// ErrorRetryAfter returns how long an ETOOMANY error asks to wait, or 0.
func ErrorRetryAfter(err error) time.Duration {
	var e *Error
	if errors.As(err, &e) {
		return e.RetryAfter
	}
	return 0
}

// ErrorMessage returns the user-safe message of an application error and a
// generic one for anything else.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Lỗi hệ thống."
}

// ErrorFields returns the field errors of an application error, or nil.
func ErrorFields(err error) map[string]string {
	var e *Error
	if errors.As(err, &e) {
		return e.Fields
	}
	return nil
}

// Validator collects field errors so a form reports all of them at once.
type Validator struct{ fields map[string]string }

// Add records a message for field unless one is already recorded.
func (v *Validator) Add(field, message string) {
	if v.fields == nil {
		v.fields = map[string]string{}
	}
	if _, ok := v.fields[field]; !ok {
		v.fields[field] = message
	}
}

// Check records message for field when ok is false.
func (v *Validator) Check(ok bool, field, message string) {
	if !ok {
		v.Add(field, message)
	}
}

// Err returns an EINVALID error with every recorded field, or nil.
func (v *Validator) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Message: "Dữ liệu không hợp lệ", Fields: v.fields}
}
