package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"tiendo/vn"
	"tiendo/web/httpx"
)

func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t)
	task := e.task("Nhiệm vụ", "HBT-PHOHUE", vn.NewDate(2020, 1, 31))
	r := e.upload(fmt.Sprintf("/api/v1/tasks/%d/updates", task.ID), "phohue", map[string]string{"version": "1", "narrative": "x"},
		filePart{"trang.html", "text/html", []byte("<script>alert(1)</script>")})
	check(t, "upload html", r, 201)
	att := jsonPath(t, r.json(t), "update.attachments.0.id")
	want := map[string]string{
		"X-Content-Type-Options":  "nosniff",
		"Referrer-Policy":         "same-origin",
		"Content-Security-Policy": "default-src 'self'; frame-ancestors 'none'",
		"X-Frame-Options":         "DENY",
	}
	tests := []struct {
		name, method, path, login string
		status                    int
	}{
		{"health", "GET", "/healthz", "", 200},
		{"openapi", "GET", "/api/openapi.json", "", 200},
		{"JSON", "GET", "/api/v1/me", "office", 200},
		{"401", "GET", "/api/v1/me", "", 401},
		{"404", "GET", "/api/v1/nope", "office", 404},
		{"405", "PUT", "/api/v1/me", "office", 405},
		{"download", "GET", "/api/v1/attachments/" + att, "office", 200},
		{"non-API 404", "GET", "/nope", "", 404},
	}
	for _, tt := range tests {
		r := e.do(tt.method, tt.path, tt.login, nil)
		check(t, tt.name, r, tt.status)
		for h, v := range want {
			if got := r.header.Get(h); got != v {
				t.Errorf("%s: %s = %q, want %q", tt.name, h, got, v)
			}
		}
		if strings.HasPrefix(tt.path, "/api/") && r.header.Get("Cache-Control") != "no-store" {
			t.Errorf("%s: Cache-Control %q", tt.name, r.header.Get("Cache-Control"))
		}
	}
	// An uploaded HTML page is downloaded, never rendered in our origin.
	r = e.do("GET", "/api/v1/attachments/"+att, "office", nil)
	if cd := r.header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
		t.Errorf("Content-Disposition %q", cd)
	}
}

// TestPanicRecovered: a panicking handler yields the generic 500 JSON with
// the security headers, and the panic is logged.
func TestPanicRecovered(t *testing.T) {
	e := newEnv(t)
	h := securityHeaders(e.srv.recoverer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("nil map somewhere")
	})))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/v1/tasks", nil))
	if rec.Code != 500 {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	if !strings.Contains(body, `"code":"internal"`) || !strings.Contains(body, "Lỗi hệ thống.") || strings.Contains(body, "nil map") {
		t.Errorf("body %s", body)
	}
	if rec.Header().Get("X-Frame-Options") != "DENY" {
		t.Error("500 without security headers")
	}
	if logs := e.logs.String(); !strings.Contains(logs, "nil map somewhere") || !strings.Contains(logs, "path=/api/v1/tasks") {
		t.Errorf("panic not logged: %s", logs)
	}
}

// TestInternalError: a store failure reaches the client as the generic
// message and the log with the request and the cause.
func TestInternalError(t *testing.T) {
	e := newEnv(t)
	// Resolve the actor first so the failure happens inside the handler.
	srv := NewServer(e.svc, Options{Logger: e.srv.log})
	ctx := e.as("office")
	if err := e.close(); err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/api/v1/tasks", nil).WithContext(ctx)
	var listTasks httpx.HandlerFunc
	for _, rt := range srv.routes() {
		if rt.Method == "GET" && rt.Path == "/api/v1/tasks" {
			listTasks = rt.H
		}
	}
	if err := listTasks(rec, req); err == nil {
		t.Fatal("no error from a closed store")
	} else {
		srv.WriteError(rec, req, err)
	}
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `{"error":{"code":"internal","message":"Lỗi hệ thống."}}`) {
		t.Errorf("answer %d %s", rec.Code, rec.Body)
	}
	logs := e.logs.String()
	for _, want := range []string{"internal error", "method=GET", "path=/api/v1/tasks", "actor=office", "closed"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q: %s", want, logs)
		}
	}
	// Through the whole stack too: the token lookup fails the same way.
	check(t, "closed store", e.do("GET", "/api/v1/me", "office", nil), 500, "Lỗi hệ thống.")
}

func TestHealthz(t *testing.T) {
	e := newEnv(t)
	for _, tt := range []struct {
		name   string
		ready  func(context.Context) error
		status int
		body   string
	}{
		{"no check", nil, 200, "ok\n"},
		{"ready", func(context.Context) error { return nil }, 200, "ok\n"},
		{"not ready", func(context.Context) error { return errors.New("database is down") }, 503, "not ready\n"},
	} {
		srv := NewServer(e.svc, Options{Ready: tt.ready})
		rec := httptest.NewRecorder()
		srv.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if rec.Code != tt.status || rec.Body.String() != tt.body {
			t.Errorf("%s: %d %q", tt.name, rec.Code, rec.Body)
		}
		if strings.Contains(rec.Body.String(), "database") {
			t.Errorf("%s: cause leaked", tt.name)
		}
	}
}
