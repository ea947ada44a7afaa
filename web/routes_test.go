package web

import "testing"

// TestRoutesExported: the exported table is the route table, with the
// access of each entry translated.
func TestRoutesExported(t *testing.T) {
	e := newEnv(t)
	got, want := e.srv.Routes(), e.srv.routes()
	if len(got) != len(want) {
		t.Fatalf("Routes: %d entries, routes: %d", len(got), len(want))
	}
	find := func(method, pattern string) RouteInfo {
		for _, r := range got {
			if r.Method == method && r.Pattern == pattern {
				return r
			}
		}
		t.Fatalf("no %s %s", method, pattern)
		return RouteInfo{}
	}
	for _, c := range []RouteInfo{
		{"GET", "/healthz", "public", false},
		{"GET", "/api/v1/tasks/{id}", "signed-in", false},
		{"GET", "/dang-nhap", "public", true},
		{"POST", "/viec/{id}/bao-cao", "signed-in", true},
	} {
		if r := find(c.Method, c.Pattern); r != c {
			t.Errorf("%s %s: got %+v, want %+v", c.Method, c.Pattern, r, c)
		}
	}
}
