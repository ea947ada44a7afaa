package i18n

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

var Locales = []string{"vi", "en"}

// LocaleOf is the actor's locale, Vietnamese when unset or unknown.
func LocaleOf(a *tiendo.Actor) string {
	if a != nil && a.Locale == "en" {
		return "en"
	}
	return "vi"
}

// Translate returns message id in loc, formatted with args; a message
// missing in loc falls back to Vietnamese, then to the id itself (a test
// checks that every id the templates use exists in both).
func Translate(loc, id string, args ...any) string {
	msg, ok := Catalogue[loc][id]
	if !ok {
		if msg, ok = Catalogue["vi"][id]; !ok {
			return id
		}
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// HasMessage tells whether id is a known message.
func HasMessage(id string) bool { _, ok := Catalogue["vi"][id]; return ok }

// FormatInt groups thousands: 1.234 in Vietnamese, 1,234 in English.
func FormatInt(loc string, n int64) string {
	s := vn.FormatInt(n)
	if loc == "en" {
		s = strings.ReplaceAll(s, ".", ",")
	}
	return s
}

// ToInt64 accepts the integer types templates pass to num.
func ToInt64(v any) int64 {
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

// FormatTime shows an instant in Vietnam's time as dd/mm/yyyy hh:mm.
func FormatTime(v any) string {
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

// DocTypeName names a document type code; English falls back to the code.
func DocTypeName(loc, code string) string {
	if loc == "en" {
		if n, ok := Catalogue["en"]["doctype."+code]; ok {
			return n
		}
		return "Document"
	}
	if n, ok := tiendo.DocTypeNames[code]; ok {
		return n
	}
	return "Văn bản"
}

// AuditName names an audit action; unknown actions show as recorded.
func AuditName(loc, action string) string {
	if _, ok := Catalogue["vi"]["audit."+action]; ok {
		return Translate(loc, "audit."+action)
	}
	return action
}

// Catalogue is every interface message by locale and id: the core pages'
// and each feature's own, each kept in its file so features never edit one
// shared list. An id defined twice is a programming error, caught at start.
var Catalogue = mergeCatalogues(coreMessages, adminMessages, intakeMessages, meetingMessages,
	meetingIntakeMessages, gradeMessages, rulesMessages, notifyMessages, totpMessages, securityMessages, inboxMessages, pickerMessages,
	commentMessages, closingMessages, placeMessages, caseNotifyMessages, caseUIMessages)

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

// EventLabel names an event kind in the interface's language.
func EventLabel(loc, kind string) string {
	if id := "security.kind." + kind; HasMessage(id) {
		return Translate(loc, id)
	}
	return kind
}

// EventDetail is an event's detail, the reason of a failed sign-in named
// in words (administrators only ever see it).
func EventDetail(loc string, e *tiendo.SecurityEvent) string {
	if e.Kind == tiendo.EventSigninFailed {
		if id := "security.reason." + e.Detail; HasMessage(id) {
			return Translate(loc, id)
		}
	}
	return e.Detail
}
