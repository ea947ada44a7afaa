package abuse_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"reflect"
	"sort"
	"strings"
	"time"

	"tiendo/web"
)

// Input classes. Each request carries one, so a 5xx names its cause.
var (
	// idClasses fill path parameters: a record of the caller's district,
	// one of the other district, and ids no record has.
	idClasses = []string{"in", "out", "missing", "max", "overflow", "negative", "zero", "abc"}
	// bodyClasses are the bodies of writes and the queries of reads.
	bodyClasses = []string{"sane", "none", "malformed", "wrong-types", "utf8", "nul", "long", "1mb",
		"dates-low", "dates-high", "dates-over", "numbers", "negative", "multipart"}
)

// junkIDs are the id classes that name no record.
var junkIDs = map[string]string{
	"missing": "987654321", "max": "9223372036854775807", "overflow": "9223372036854775808",
	"negative": "-1", "zero": "0", "abc": "abc",
}

// pathKinds maps a path prefix to the kind of record its {id} names; the
// longest prefix wins. A route under none of them gets junk ids only.
var pathKinds = map[string]string{
	"/api/v1/accounts/": "account", "/api/v1/orgs/": "org", "/api/v1/people/": "person",
	"/api/v1/documents/": "document", "/api/v1/tasks/": "task", "/api/v1/attachments/": "attachment",
	"/api/v1/intake/": "proposal", "/api/v1/meetings/": "meeting", "/api/v1/targets/": "target",
	"/api/v1/webhooks/": "webhook", "/api/v1/explanations/": "task-explanation",
	"/viec/": "task", "/nhap-tu-van-ban/": "proposal", "/van-ban/": "document", "/giao-ban/": "meeting",
	"/chi-tieu/": "target", "/thong-bao/": "notification", "/don-doc/": "org", "/don-doc/webhook/": "webhook",
	"/don-vi/": "org", "/tai-khoan/": "account", "/api/v1/places/": "place", "/dia-ban/": "place",
	"/api/v1/cases/": "case", "/api/v1/case-files/": "case-file", "/api/v1/weekly-lists/": "weekly-list",
	"/api/v1/case-kinds/": "case-kind", "/vu-viec/": "case", "/vu-viec/tuan/": "weekly-list", "/vu-viec/tep/": "case-file",
}

// paramKind is the kind of record a path parameter names.
func paramKind(pattern, param string) string {
	switch param {
	case "tid":
		return "token"
	case "pid":
		return "proposal"
	case "eid":
		if strings.HasPrefix(pattern, "/viec/") {
			return "task-explanation"
		}
		return "explanation"
	}
	best := ""
	for p := range pathKinds {
		if strings.HasPrefix(pattern, p) && len(p) > len(best) {
			best = p
		}
	}
	return pathKinds[best]
}

// params lists the path parameters of a pattern, without "..." and "$".
func params(pattern string) []string {
	var out []string
	for rest := pattern; ; {
		i := strings.Index(rest, "{")
		if i < 0 {
			return out
		}
		j := strings.Index(rest[i:], "}")
		name := strings.TrimSuffix(rest[i+1:i+j], "...")
		if name != "$" {
			out = append(out, name)
		}
		rest = rest[i+j:]
	}
}

// special path parameters that are not record ids.
var specialParams = map[string]map[string]string{
	"date":  {"in": "2026-12-24", "missing": "2026-02-30", "max": "10000-01-01", "negative": "0001-01-01", "zero": "9999-12-31", "abc": "abc", "overflow": "%00"},
	"token": {"in": "abc", "missing": "0000000000000000000000000000000000000000", "max": strings.Repeat("a", 4096), "abc": "%FF%FE", "negative": "%00"},
	"path":  {"in": "app.css", "missing": "nope.js", "max": "../../../../etc/passwd", "abc": "a%FFb", "negative": "%00", "zero": "..%2F..%2Fgo.mod"},
}

// path fills the pattern's parameters for an id class as seen by a caller
// of district d ("" for the whole city, to whom HBT is "in" and nothing
// is "out"). ok is false when the class does not apply.
func (e *engine) path(pattern, idClass, d string) (p, kind string, ok bool) {
	p = strings.ReplaceAll(pattern, "{$}", "")
	for i, name := range params(pattern) {
		k := paramKind(pattern, name)
		if i == 0 {
			kind = k
		}
		v := ""
		switch {
		case specialParams[name] != nil:
			v = specialParams[name][idClass]
			if v == "" {
				v = specialParams[name]["in"]
			}
		case idClass == "in" || idClass == "out":
			home := d
			if home == "" {
				home = "HBT"
			}
			if idClass == "out" {
				if d == "" {
					return "", "", false
				}
				home = map[string]string{"HBT": "LB", "LB": "HBT"}[d]
			}
			v = e.ids[k][home]
			if v == "" {
				if idClass == "out" && i == 0 {
					return "", "", false
				}
				v = "1"
			}
		default:
			v = junkIDs[idClass]
		}
		p = strings.Replace(p, "{"+name+"}", v, 1)
		p = strings.Replace(p, "{"+name+"...}", v, 1)
	}
	return p, kind, true
}

// spec is the OpenAPI document, read for the request bodies and query
// parameters of the API routes.
type spec struct{ doc map[string]any }

func (s spec) resolve(v any) map[string]any {
	m, _ := v.(map[string]any)
	for m != nil {
		ref, _ := m["$ref"].(string)
		if ref == "" {
			return m
		}
		cur := any(s.doc)
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			cur = cur.(map[string]any)[part]
		}
		m, _ = cur.(map[string]any)
	}
	return m
}

func (s spec) operation(rt web.RouteInfo) map[string]any {
	paths, _ := s.doc["paths"].(map[string]any)
	item, _ := paths[rt.Pattern].(map[string]any)
	op, _ := item[strings.ToLower(rt.Method)].(map[string]any)
	return op
}

// bodySchema is the JSON schema of a route's request body, nil if none.
func (s spec) bodySchema(rt web.RouteInfo) map[string]any {
	rb := s.resolve(s.operation(rt)["requestBody"])
	content, _ := rb["content"].(map[string]any)
	js, _ := content["application/json"].(map[string]any)
	return s.resolve(js["schema"])
}

// queryNames are a route's query parameters.
func (s spec) queryNames(rt web.RouteInfo) []string {
	var out []string
	ps, _ := s.operation(rt)["parameters"].([]any)
	for _, p := range ps {
		if m := s.resolve(p); m["in"] == "query" {
			out = append(out, m["name"].(string))
		}
	}
	return out
}

// fieldNames are every property name of every schema: the fields the
// pages' forms are sent.
func (s spec) fieldNames() []string {
	seen := map[string]bool{"tiep": true, "locale": true, "login": true, "password": true, "file": true}
	comps, _ := s.doc["components"].(map[string]any)
	schemas, _ := comps["schemas"].(map[string]any)
	for _, sc := range schemas {
		props, _ := sc.(map[string]any)["properties"].(map[string]any)
		for name := range props {
			seen[name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// pageQueryNames are the query parameters sent to every page.
var pageQueryNames = []string{"q", "page", "per_page", "org", "status", "from", "to", "year", "period",
	"date", "as_of", "tiep", "kind", "month", "lead", "overdue"}

func isDate(name string, schema map[string]any) bool {
	if schema != nil && schema["format"] == "date" {
		return true
	}
	switch name {
	case "date", "due", "new_due", "from", "to", "as_of", "day", "valid_from", "valid_to":
		return true
	}
	return strings.HasSuffix(name, "_on") || strings.HasSuffix(name, "_date")
}

func isNumber(name string, schema map[string]any) bool {
	if schema != nil {
		return schema["type"] == "integer" || schema["type"] == "number"
	}
	switch name {
	case "version", "percent", "value", "weight", "page", "per_page", "year", "month", "id", "points", "lead", "org":
		return true
	}
	return strings.HasSuffix(name, "_id")
}

// text is a string value of a class, as raw bytes (invalid UTF-8 stays
// invalid, which encoding/json would repair).
func text(class string) string {
	switch class {
	case "utf8":
		return "a\xff\xfe\xc3(b"
	case "nul":
		return "a\x00b"
	case "long":
		return strings.Repeat("ệ", 20000)
	case "1mb":
		return strings.Repeat("x", 1<<20+1)
	}
	return "Kiểm tra"
}

// scalar is a form or query value of a class for a field.
func scalar(class, name string) string {
	switch {
	case isDate(name, nil):
		switch class {
		case "dates-low":
			return "0001-01-01"
		case "dates-high":
			return "9999-12-31"
		case "dates-over":
			return "10000-01-01"
		case "wrong-types":
			return "abc"
		case "utf8", "nul", "long", "1mb":
			return text(class)
		}
		return today.Format("2006-01-02") // neither in the future nor before the records
	case isNumber(name, nil):
		switch class {
		case "numbers":
			return "9223372036854775807"
		case "negative":
			return "-1"
		case "wrong-types":
			return "abc"
		case "utf8", "nul", "long", "1mb":
			return text(class)
		}
		return "1"
	}
	return text(class)
}

// heavy keeps an oversized class to the first few fields of a form or
// query, so a request stays a few megabytes at most.
func heavy(class string, i int) string {
	if (class == "long" || class == "1mb") && i >= 3 {
		return "sane"
	}
	return class
}

// gen builds the body of one request: sane values everywhere but in the
// fields the input class aims at.
type gen struct {
	e       *engine
	class   string
	left    int // oversized strings still to write: the first three only
	version int // current version of the record the path names
	d       string
	route   string // "METHOD /pattern"
}

// aims tells whether the class changes a field of this schema.
func (g *gen) aims(name string, schema map[string]any) bool {
	typ, _ := schema["type"].(string)
	switch g.class {
	case "wrong-types":
		return true
	case "numbers", "negative":
		return typ == "integer" || typ == "number"
	case "dates-low", "dates-high", "dates-over":
		return isDate(name, schema)
	case "utf8", "nul", "long", "1mb":
		return typ == "string" && schema["enum"] == nil && !isDate(name, schema)
	}
	return false
}

// value writes a raw JSON value for a schema.
func (g *gen) value(b *bytes.Buffer, name string, schema map[string]any, depth int) {
	schema = g.e.spec.resolve(schema)
	if alt, ok := schema["oneOf"].([]any); ok && len(alt) > 0 {
		schema = g.e.spec.resolve(alt[0])
	}
	typ, _ := schema["type"].(string)
	if ts, ok := schema["type"].([]any); ok && len(ts) > 0 {
		typ, _ = ts[0].(string)
	}
	aimed := g.aims(name, schema)
	if v := g.sane(name, schema); v != "" && !aimed {
		b.WriteString(v)
		return
	}
	wrong := g.class == "wrong-types"
	switch {
	case typ == "object" || schema["properties"] != nil:
		if wrong || depth > 3 {
			b.WriteString(`[1,"x"]`)
			return
		}
		props, _ := schema["properties"].(map[string]any)
		names := make([]string, 0, len(props))
		for n, p := range props {
			if ro, _ := g.e.spec.resolve(p)["readOnly"].(bool); !ro && !exclusive(n, props) {
				names = append(names, n)
			}
		}
		sort.Strings(names)
		b.WriteByte('{')
		for i, n := range names {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(b, "%q:", n)
			g.value(b, n, g.e.spec.resolve(props[n]), depth+1)
		}
		b.WriteByte('}')
	case typ == "array":
		if wrong {
			b.WriteString(`{"a":1}`)
			return
		}
		b.WriteByte('[')
		items, _ := schema["items"].(map[string]any)
		g.value(b, name, items, depth+1)
		b.WriteByte(']')
	case typ == "integer" || typ == "number":
		switch {
		case !aimed:
			b.WriteString("1")
		case wrong:
			b.WriteString(`"abc"`)
		case g.class == "numbers" && typ == "integer":
			b.WriteString("9223372036854775807")
		case g.class == "numbers":
			b.WriteString("1.7976931348623157e308")
		case typ == "integer":
			b.WriteString("-9223372036854775808")
		default:
			b.WriteString("-1e308")
		}
	case typ == "boolean":
		if wrong {
			b.WriteString(`"yes"`)
		} else {
			b.WriteString("false")
		}
	default: // strings
		if wrong {
			b.WriteString("12345")
			return
		}
		class := g.class
		if !aimed {
			class = "sane"
		}
		if class == "long" || class == "1mb" {
			if g.left <= 0 {
				class = "sane"
			}
			g.left--
		}
		v := text(class)
		switch {
		case isDate(name, schema):
			v = scalar(class, "date")
		case schema["format"] == "date-time":
			v = today.Format(time.RFC3339)
		case schema["enum"] != nil:
			v = fmt.Sprint(schema["enum"].([]any)[0])
		}
		writeString(b, v)
	}
}

// writeString quotes s for JSON, leaving invalid UTF-8 bytes as they are.
func writeString(b *bytes.Buffer, s string) {
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20:
			fmt.Fprintf(b, `\u%04x`, c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
}

// request builds one request: the path, the body or query of a class, and
// the caller's credentials (nil: anonymous).
func (e *engine) request(rt web.RouteInfo, path, class string, who *role, version int) *http.Request {
	g := &gen{e: e, class: class, left: 3, version: version, d: "HBT", route: rt.Method + " " + rt.Pattern}
	if who != nil && who.district != "" {
		g.d = who.district
	}
	var body io.Reader
	ctype := ""
	query := url.Values{}
	read := rt.Method == http.MethodGet || rt.Method == http.MethodHead
	names := e.spec.queryNames(rt)
	if rt.Page {
		names = pageQueryNames
	}
	switch {
	case read && class != "sane" && class != "none":
		for i, n := range names {
			query.Set(n, scalar(heavy(class, i), n))
		}
	case read:
	case class == "none":
	case class == "malformed":
		body, ctype = strings.NewReader(`{"title": "x", `), "application/json"
		if rt.Page {
			body, ctype = strings.NewReader("%zz=%%&a"), "application/x-www-form-urlencoded"
		}
	case class == "multipart":
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		_ = mw.WriteField("note", "Kiểm tra")
		fw, _ := mw.CreateFormFile("file", "../../etc/passwd\x00.docx")
		_, _ = fw.Write([]byte("PK\x03\x04 junk \xff\x00"))
		// No closing boundary: the body ends mid-part.
		body, ctype = &buf, mw.FormDataContentType()
	case rt.Page && g.pageForm(path) != nil:
		body, ctype = strings.NewReader(g.pageForm(path).Encode()), "application/x-www-form-urlencoded"
	case rt.Page:
		form := url.Values{}
		for i, n := range e.fields {
			v := scalar(heavy(class, i), n)
			if sv := g.sane(n, map[string]any{}); sv != "" && (class == "sane" || !g.aims(n, map[string]any{"type": "string"})) {
				v = strings.Trim(sv, `"[]`)
			}
			form.Set(n, v)
		}
		body, ctype = strings.NewReader(form.Encode()), "application/x-www-form-urlencoded"
	default:
		var buf bytes.Buffer
		sc := e.spec.bodySchema(rt)
		if t, ok := looseBodies[rt.Method+" "+rt.Pattern]; ok {
			sc = typeSchema(reflect.TypeOf(t))
		}
		if sc == nil {
			buf.WriteString(`{}`)
		} else {
			g.value(&buf, "", sc, 0)
		}
		body, ctype = &buf, "application/json"
	}
	u := path
	if len(query) > 0 {
		u += "?" + query.Encode()
	}
	req, err := http.NewRequest(rt.Method, "http://tiendo.test"+u, body)
	if err != nil {
		// A path the client cannot even send (a raw NUL) is not a
		// server's concern; send it escaped instead.
		req, _ = http.NewRequest(rt.Method, "http://tiendo.test"+url.PathEscape(u), body)
	}
	if req.Body == nil {
		req.Body = http.NoBody // as a server hands it to handlers
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	if who != nil {
		if rt.Page {
			req.AddCookie(&http.Cookie{Name: "tiendo_session", Value: who.session})
		} else {
			req.Header.Set("Authorization", "Bearer "+who.token)
		}
	}
	return req
}

// decodeSpec reads the OpenAPI document the server serves.
func (e *engine) decodeSpec() error {
	req, _ := http.NewRequest(http.MethodGet, "http://tiendo.test/api/openapi.json", nil)
	w := e.do(req)
	return json.Unmarshal(w.Body.Bytes(), &e.spec.doc)
}
