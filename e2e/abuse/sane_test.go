package abuse_test

import (
	"reflect"
	"strconv"
	"strings"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// looseBodies are the Go types of the API bodies openapi.json describes
// only as "an object": their schema is read from the type by reflection.
var looseBodies = map[string]any{
	"POST /api/v1/meeting-series":            tiendo.MeetingSeries{},
	"POST /api/v1/meetings":                  service.MeetingInput{},
	"PATCH /api/v1/meetings/{id}":            service.MeetingPatch{},
	"POST /api/v1/meetings/{id}/conclusions": service.TaskInput{},
	"POST /api/v1/targets":                   tiendo.Target{},
	"POST /api/v1/targets/{id}/values":       service.ValueInput{},
	"POST /api/v1/targets/{id}/explanations": struct{ Period, Question string }{},
	"POST /api/v1/targets/{id}/explanations/{eid}/answer": struct {
		Version int
		Answer  string
	}{},
}

var (
	dateType = reflect.TypeOf(vn.Date{})
	timeType = reflect.TypeOf(time.Time{})
)

// typeSchema is the JSON schema of a Go type, as far as the generator
// needs it: objects with their json names, arrays, scalars, dates.
func typeSchema(t reflect.Type) map[string]any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == dateType:
		return map[string]any{"type": "string", "format": "date"}
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time", "readOnly": true}
	}
	switch t.Kind() {
	case reflect.Struct:
		props := map[string]any{}
		addFields(t, props)
		return map[string]any{"type": "object", "properties": props}
	case reflect.Slice, reflect.Array:
		return map[string]any{"type": "array", "items": typeSchema(t.Elem())}
	case reflect.Map:
		return map[string]any{"type": "object"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}
	case reflect.String:
		return map[string]any{"type": "string"}
	default:
		return map[string]any{"type": "integer"}
	}
}

func addFields(t reflect.Type, props map[string]any) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("json"), ",")[0]
		switch {
		case tag == "-" || !f.IsExported():
		case f.Anonymous && tag == "":
			addFields(f.Type, props)
		default:
			if tag == "" {
				tag = strings.ToLower(f.Name)
			}
			props[tag] = typeSchema(f.Type)
		}
	}
}

// orgIDNames are fields that name one organisation.
var orgIDNames = map[string]bool{
	"org_id": true, "lead_org_id": true, "parent_id": true, "report_to_org_id": true,
	"assigned_by_org_id": true, "issuer_id": true, "subject_id": true,
}

// saneStrings are valid values of fields whose schema does not say.
var saneStrings = map[string]string{
	"password": "mat-khau-rat-dai-123", "url": "https://example.com/abuse", "secret": "0123456789abcdef0123",
	"email": "abuse@example.com", "number_symbol": "123/KH-UBND", "period": "2026", "start": "14:00",
	"frequency": "monthly", "direction": "higher", "period_kind": "year", "kind": "plan", "category": "other",
	"priority": "normal", "level": "district", "code": "ABUSE-NEW", "locale": "vi", "role": "officer",
}

// sane is a valid value for a field of a body sent with an id of
// district d, as a raw JSON value; "" when the generic one will do.
func (g *gen) sane(name string, schema map[string]any) string {
	typ, _ := schema["type"].(string)
	switch {
	case name == "version":
		return strconv.Itoa(g.version)
	case orgIDNames[name]:
		return g.e.ids["org"][g.d]
	case name == "document_id":
		return g.e.ids["document"][g.d]
	case name == "task_id":
		return g.e.ids["task"][g.d]
	case name == "ids":
		return "[" + g.e.ids["notification"][g.d] + "]"
	case strings.HasSuffix(name, "_id") || strings.HasSuffix(name, "_ids"):
		return "null"
	case name == "login":
		g.e.serial++
		return `"abuse` + strconv.Itoa(g.e.serial) + `"`
	case typ == "boolean":
		return "false"
	case name == "kind" && (strings.Contains(g.route, "/orgs") || strings.Contains(g.route, "/don-vi")):
		return `"department"`
	case name == "percent":
		return "50"
	case typ == "string" && schema["enum"] == nil && saneStrings[name] != "":
		return strconv.Quote(saneStrings[name])
	}
	return ""
}

// exclusive tells whether a property is the alternative of another one
// the body carries (parent beside parent_id, lead_org_ids beside
// lead_org_id): the API takes one of each pair.
func exclusive(name string, props map[string]any) bool {
	if _, ok := props[name+"_id"]; ok {
		return true
	}
	_, ok := props[strings.TrimSuffix(name, "s")]
	return strings.HasSuffix(name, "_ids") && ok
}
