package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// startServer builds the real binary and runs `tiendo serve --demo` on a
// free loopback port, on a fresh SQLite file, and returns its base URL. The
// process ends with the test.
func startServer(t *testing.T) string {
	t.Helper()
	bin := buildServer(t)
	u, _ := runServer(t, bin, filepath.Join(filepath.Dir(bin), "e2e.db"))
	return u
}

// buildServer builds the binary into a directory of the test's own.
func buildServer(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "tiendo")
	build := exec.Command("go", "build", "-o", bin, "./cmd/tiendo")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

// runServer runs `tiendo serve --demo` on db with extra environment
// variables (TIENDO_FAKE_NOW…) and returns its base URL and a function that
// stops it; it also stops with the test.
func runServer(t *testing.T, bin, db string, env ...string) (string, func()) {
	t.Helper()
	return runServerArgs(t, bin, db, nil, env...)
}

// runServerArgs is runServer with extra flags for serve; a flag given
// again (--addr) overrides the default.
func runServerArgs(t *testing.T, bin, db string, args []string, env ...string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, bin, append([]string{"serve", "--demo", "--db", db, "--addr", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	// One log per database, appended to when a test restarts its server.
	name := "server.log"
	if base := filepath.Base(db); base != "e2e.db" {
		name = "server-" + strings.TrimSuffix(base, ".db") + ".log"
	}
	logs, err := os.OpenFile(filepath.Join(artifacts(t), name), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			_ = cmd.Wait()
			logs.Close()
		})
	}
	t.Cleanup(stop)
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), "is running at "); ok {
				urls <- strings.TrimSpace(u)
			}
		}
		close(urls)
		_, _ = io.Copy(io.Discard, stdout)
	}()
	select {
	case u, ok := <-urls:
		if !ok {
			t.Fatalf("server stopped before listening; see %s", logs.Name())
		}
		return u, stop
	case <-time.After(3 * time.Minute):
		t.Fatal("server did not start within 3 minutes")
	}
	return "", stop
}

// artifacts is where screenshots and the server log go: $TIENDO_ARTIFACTS,
// or a directory of the test's own.
func artifacts(t *testing.T) string {
	dir := os.Getenv("TIENDO_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "tiendo-e2e-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// requireBrowser returns the Chromium to drive, skipping the test when
// there is none, unless TIENDO_REQUIRE_BROWSER=1 (CI), where a missing
// browser fails instead.
func requireBrowser(t *testing.T) string {
	const path = "/usr/bin/chromium"
	if _, err := os.Stat(path); err != nil {
		msg := fmt.Sprintf("no browser at %s (apt-get install -y --no-install-recommends chromium)", path)
		if os.Getenv("TIENDO_REQUIRE_BROWSER") == "1" {
			t.Fatal(msg + "; TIENDO_REQUIRE_BROWSER=1 makes this a failure")
		}
		t.Skip(msg)
	}
	return path
}
