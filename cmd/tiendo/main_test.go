package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"tiendo"
)

// run runs the real program in-process with args and stdin, returning what
// it printed.
func run(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Args: args, Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut,
		Getenv: func(string) string { return "" }, Clock: tiendo.SystemClock{}}
	err := Run(context.Background(), env)
	if err != nil {
		t.Logf("tiendo %s: %v\n%s", strings.Join(args, " "), err, errOut.String())
	}
	return out.String(), err
}

// serve starts `tiendo serve` on a free port and returns its URL; the
// server stops when the test ends.
func serve(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan error, 1)
	var out bytes.Buffer
	env := &Env{Args: append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), Stdin: strings.NewReader(""),
		Stdout: &out, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }, Clock: tiendo.SystemClock{},
		Ready: func(url string) { ready <- url }}
	go func() { done <- Run(ctx, env) }()
	select {
	case url := <-ready:
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("serve: %v", err)
			}
		})
		return url
	case err := <-done:
		cancel()
		t.Fatalf("serve ended before listening: %v", err)
	}
	return ""
}

func getJSON(t *testing.T, url, token string, v any) int {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if v != nil && res.StatusCode == 200 {
		if err := json.NewDecoder(res.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	return res.StatusCode
}

// The README's path: serve with demo data, add a user, issue a token, call
// the API with it, dissolve an organisation.
func TestCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	url := serve(t, "--db", db, "--demo")
	if code := getJSON(t, url+"/healthz", "", nil); code != 200 {
		t.Fatalf("healthz: %d", code)
	}
	if code := getJSON(t, url+"/api/v1/tasks", "", nil); code != 401 {
		t.Fatalf("tasks without a token: %d, want 401", code)
	}

	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", db, "--login", "thuky", "--role", "office",
		"--org", "HBT", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	_, err := run(t, "x\n", "user", "add", "--db", db, "--login", "thuky2", "--role", "office", "--org", "KHONG-CO")
	if tiendo.ErrorCode(err) != tiendo.ENOTFOUND {
		t.Fatalf("unknown org: %v", err)
	}
	out, err := run(t, "", "token", "create", "--db", db, "--login", "thuky")
	if err != nil {
		t.Fatal(err)
	}
	token := strings.TrimSpace(out)
	var page struct {
		Items []struct {
			Title string `json:"title"`
		} `json:"items"`
		Total int `json:"total"`
	}
	if code := getJSON(t, url+"/api/v1/tasks?q=PHO+HUE", token, &page); code != 200 || page.Total == 0 {
		t.Fatalf("search as the new office account: %d, %d tasks", code, page.Total)
	}
	out, err = run(t, "", "org", "dissolve", "--db", db, "--code", "HN-VINHTUY", "--successor", "HN-BACHMAI")
	if err != nil || !strings.Contains(out, "HN-VINHTUY dissolved") {
		t.Fatalf("dissolve: %q %v", out, err)
	}
	if _, err := run(t, "", "org", "dissolve", "--db", db, "--code", "HN-VINHTUY", "--successor", "HN-BACHMAI"); err == nil {
		t.Fatal("dissolving twice succeeded")
	}
	if _, err := run(t, "", "migrate", "--db", db); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "", "frobnicate"); !errors.Is(err, errUsage) {
		t.Fatalf("unknown command: %v", err)
	}
}
