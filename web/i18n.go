package web

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"tiendo"
	"tiendo/vn"
)

// The interface speaks Vietnamese by default and English as a second
// locale chosen per account. Messages are looked up by id; a message may
// take fmt arguments. No library: a map per locale is all it needs.

var locales = []string{"vi", "en"}

// localeOf is the actor's locale, Vietnamese when unset or unknown.
func localeOf(a *tiendo.Actor) string {
	if a != nil && a.Locale == "en" {
		return "en"
	}
	return "vi"
}

// translate returns message id in loc, formatted with args; a message
// missing in loc falls back to Vietnamese, then to the id itself (a test
// checks that every id the templates use exists in both).
func translate(loc, id string, args ...any) string {
	msg, ok := catalogue[loc][id]
	if !ok {
		if msg, ok = catalogue["vi"][id]; !ok {
			return id
		}
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// hasMessage tells whether id is a known message.
func hasMessage(id string) bool { _, ok := catalogue["vi"][id]; return ok }

// formatInt groups thousands: 1.234 in Vietnamese, 1,234 in English.
func formatInt(loc string, n int64) string {
	s := vn.FormatInt(n)
	if loc == "en" {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// toInt64 accepts the integer types templates pass to num.
func toInt64(v any) int64 {
	switch x := v.(type) {
	case int:
		return int64(x)
	case int64:
		return x
	case int32:
		return int64(x)
	case string:
		n, _ := strconv.ParseInt(x, 10, 64)
		return n
	}
	return 0
}

// formatTime shows an instant in Vietnam's time as dd/mm/yyyy hh:mm.
func formatTime(v any) string {
	var t time.Time
	switch x := v.(type) {
	case time.Time:
		t = x
	case *time.Time:
		if x == nil {
			return ""
		}
		t = *x
	default:
		return ""
	}
	if t.IsZero() {
		return ""
	}
	return t.In(vn.Location).Format("02/01/2006 15:04")
}

// docTypeName names a document type code; English falls back to the code.
func docTypeName(loc, code string) string {
	if loc == "en" {
		if n, ok := catalogue["en"]["doctype."+code]; ok {
			return n
		}
		return "Document"
	}
	if n, ok := tiendo.DocTypeNames[code]; ok {
		return n
	}
	return "Văn bản"
}

// auditName names an audit action; unknown actions show as recorded.
func auditName(loc, action string) string {
	if _, ok := catalogue["vi"]["audit."+action]; ok {
		return translate(loc, "audit."+action)
	}
	return action
}

// catalogue is every interface message by locale and id: the core pages'
// and each feature's own, each kept in its file so features never edit one
// shared list. An id defined twice is a programming error, caught at start.
var catalogue = mergeCatalogues(coreMessages, adminMessages, intakeMessages, meetingMessages,
	meetingIntakeMessages, gradeMessages, notifyMessages, totpMessages, securityMessages, inboxMessages, pickerMessages,
	commentMessages, closingMessages)

func mergeCatalogues(parts ...map[string]map[string]string) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, part := range parts {
		for loc, msgs := range part {
			if out[loc] == nil {
				out[loc] = map[string]string{}
			}
			for id, m := range msgs {
				if _, dup := out[loc][id]; dup {
					panic("web: message " + loc + "/" + id + " is defined twice")
				}
				out[loc][id] = m
			}
		}
	}
	return out
}
