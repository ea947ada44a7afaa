package main

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// The debug listener exposes profiles: only loopback addresses are taken.
func TestLoopback(t *testing.T) {
	cases := []struct {
		addr string
		want bool
	}{
		{"127.0.0.1:6060", true}, {"localhost:6060", true}, {"[::1]:6060", true}, {"127.0.0.2:0", true},
		{"0.0.0.0:6060", false}, {":6060", false}, {"10.0.0.5:6060", false}, {"example.com:6060", false},
		{"127.0.0.1", false}, {"", false},
	}
	for _, c := range cases {
		if got := loopback(c.addr); got != c.want {
			t.Errorf("loopback(%q) = %v, want %v", c.addr, got, c.want)
		}
	}
}

// /debug/memory names the resident set, the Go runtime's share and SQLite's.
func TestServeMemory(t *testing.T) {
	rec := httptest.NewRecorder()
	serveMemory(rec, httptest.NewRequest("GET", "/debug/memory", nil))
	body := rec.Body.String()
	for _, want := range []string{"VmRSS:", "VmHWM:", "go /memory/classes/total:bytes ", "sqlite heap used ", "sqlite page cache slots used "} {
		if !strings.Contains(body, want) {
			t.Errorf("no %q in\n%s", want, body)
		}
	}
}
