package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tiendo"
)

// startServe runs `tiendo serve` with args until it listens and returns
// what it printed by then and a function that stops it.
func startServe(t *testing.T, args ...string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready, done := make(chan struct{}), make(chan error, 1)
	var out bytes.Buffer
	env := &Env{Args: append([]string{"serve", "--addr", "127.0.0.1:0", "--no-reminders"}, args...), Stdin: strings.NewReader(""),
		Stdout: &out, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }, Clock: tiendo.SystemClock{},
		Ready: func(string) { close(ready) }}
	go func() { done <- Run(ctx, env) }()
	select {
	case <-ready:
	case err := <-done:
		cancel()
		t.Fatalf("serve %v ended before listening: %v", args, err)
	}
	// Everything printed before Ready happens before the channel closes.
	printed := out.String()
	return printed, func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}
}

// TestServeDemoAccountsAndReset: the accounts are printed on the first
// start and again on the second, which loads nothing; --demo-reset
// deletes the demo file (an account added to it disappears) and loads the
// demo again; it refuses a database that is not the demo's and leaves it.
func TestServeDemoAccountsAndReset(t *testing.T) {
	db := filepath.Join(t.TempDir(), "demo.db")
	out, stop := startServe(t, "--db", db, "--demo")
	stop()
	if !strings.Contains(out, "demo data loaded") || !strings.Contains(out, "hbt.canbo") || !strings.Contains(out, "tiendo-demo") {
		t.Fatalf("first start printed:\n%s", out)
	}
	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", db, "--login", "thuky", "--role", "office",
		"--org", "HN-HAIBATRUNG", "--password-stdin"); err != nil {
		t.Fatal(err)
	}
	out, stop = startServe(t, "--db", db, "--demo")
	stop()
	if strings.Contains(out, "demo data loaded") || !strings.Contains(out, "hbt.canbo") || !strings.Contains(out, "phohue") {
		t.Fatalf("second start printed:\n%s", out)
	}
	out, stop = startServe(t, "--db", db, "--demo-reset")
	stop()
	if !strings.Contains(out, "deleted") || !strings.Contains(out, "demo data loaded") || !strings.Contains(out, "hbt.vanphong") {
		t.Fatalf("reset printed:\n%s", out)
	}
	if _, err := run(t, "", "token", "create", "--db", db, "--login", "thuky"); err == nil {
		t.Error("the account added before the reset survived it")
	}

	other := filepath.Join(t.TempDir(), "real.db")
	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", other, "--login", "quantri", "--role", "admin",
		"--password-stdin"); err != nil {
		t.Fatal(err)
	}
	err := Run(context.Background(), &Env{Args: []string{"serve", "--db", other, "--demo-reset"}, Stdin: strings.NewReader(""),
		Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" }, Clock: tiendo.SystemClock{}})
	if err == nil || !strings.Contains(err.Error(), "not a demo database") {
		t.Fatalf("reset of a real database: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatalf("the real database is gone: %v", err)
	}
	if _, err := run(t, "", "token", "create", "--db", other, "--login", "quantri"); err != nil {
		t.Errorf("the real database lost its account: %v", err)
	}
	if err := Run(context.Background(), &Env{Args: []string{"serve", "--db", "postgres://x@127.0.0.1/none", "--demo-reset"},
		Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}, Getenv: func(string) string { return "" },
		Clock: tiendo.SystemClock{}}); err == nil || !strings.Contains(err.Error(), "PostgreSQL") {
		t.Errorf("reset of a PostgreSQL database: %v", err)
	}
}
