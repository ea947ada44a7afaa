package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"tiendo/web/api"
	"tiendo/web/ui"
)

// openAPI is the part of the document the tests read.
type openAPIDocument struct {
	OpenAPI    string                                 `json:"openapi"`
	Paths      map[string]map[string]openAPIOperation `json:"paths"`
	Components map[string]map[string]json.RawMessage  `json:"components"`
}

type openAPIOperation struct {
	OperationID string            `json:"operationId"`
	Parameters  []json.RawMessage `json:"parameters"`
	Responses   map[string]any    `json:"responses"`
}

var httpMethods = map[string]bool{"get": true, "put": true, "post": true, "delete": true, "options": true,
	"head": true, "patch": true, "trace": true}

func loadOpenAPI(t *testing.T) openAPIDocument {
	t.Helper()
	var doc openAPIDocument
	if err := json.Unmarshal(api.OpenAPIDoc, &doc); err != nil {
		t.Fatalf("openapi.json is not valid JSON: %v", err)
	}
	return doc
}

// TestOpenAPICoversRoutes fails when a route of the table is missing from
// the document, or the document describes a route that does not exist.
func TestOpenAPICoversRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	s := &Server{api: &api.Server{}, ui: &ui.Server{}}
	routes := map[string]bool{}
	for _, rt := range s.routes() {
		key := strings.ToLower(rt.Method) + " " + rt.Path
		routes[key] = true
		if _, ok := doc.Paths[rt.Path][strings.ToLower(rt.Method)]; !ok {
			t.Errorf("route %s %s is not in openapi.json", rt.Method, rt.Path)
		}
	}
	for path, item := range doc.Paths {
		for method := range item {
			if httpMethods[method] && !routes[method+" "+path] {
				t.Errorf("openapi.json describes %s %s, which is not a route", strings.ToUpper(method), path)
			}
		}
	}
}

// TestOpenAPIWellFormed checks the version, that every operation has
// responses and an id, that every path parameter is declared, and that every
// $ref points at something.
func TestOpenAPIWellFormed(t *testing.T) {
	doc := loadOpenAPI(t)
	if !regexp.MustCompile(`^3\.0\.\d+$`).MatchString(doc.OpenAPI) {
		t.Errorf("openapi = %q, want 3.0.x", doc.OpenAPI)
	}
	if len(doc.Paths) == 0 {
		t.Fatal("no paths")
	}
	opIDs := map[string]bool{}
	pathParam := regexp.MustCompile(`\{(\w+)\}`)
	for path, item := range doc.Paths {
		for method, op := range item {
			if !httpMethods[method] {
				continue
			}
			name := strings.ToUpper(method) + " " + path
			if len(op.Responses) == 0 {
				t.Errorf("%s has no responses", name)
			}
			if op.OperationID == "" || opIDs[op.OperationID] {
				t.Errorf("%s: operationId %q missing or duplicated", name, op.OperationID)
			}
			opIDs[op.OperationID] = true
			params := string(mustJSON(t, op.Parameters))
			for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
				// Path parameters are shared components: #/components/parameters/id or orgRef.
				if !strings.Contains(params, `"#/components/parameters/id"`) && !strings.Contains(params, `"#/components/parameters/orgRef"`) &&
					!strings.Contains(params, `"name":"`+m[1]+`"`) {
					t.Errorf("%s does not declare path parameter %s", name, m[1])
				}
			}
		}
	}
	var all any
	_ = json.Unmarshal(api.OpenAPIDoc, &all)
	walkRefs(all, func(ref string) {
		parts := strings.Split(strings.TrimPrefix(ref, "#/"), "/")
		if len(parts) != 3 || parts[0] != "components" {
			t.Errorf("unexpected $ref %q", ref)
			return
		}
		if _, ok := doc.Components[parts[1]][parts[2]]; !ok {
			t.Errorf("$ref %q points at nothing", ref)
		}
	})
	if _, ok := doc.Components["schemas"]["Error"]; !ok {
		t.Error("no Error schema")
	}
}

func walkRefs(v any, f func(string)) {
	switch x := v.(type) {
	case map[string]any:
		for k, c := range x {
			if s, ok := c.(string); ok && k == "$ref" {
				f(s)
			}
			walkRefs(c, f)
		}
	case []any:
		for _, c := range x {
			walkRefs(c, f)
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
