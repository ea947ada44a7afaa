package bench

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

// maxSigninRSS is the peak resident memory the server may reach under a
// flood of sign-ins (docs/BENCHMARKS.md): its base plus the bounded
// password work (service.PasswordMemoryBudget).
const maxSigninRSS = 300 << 20

// TestSignInFloodMemory starts the real binary on a fresh database, fires
// 200 parallel wrong sign-ins at it from 200 addresses (through
// --trust-proxy), and checks that its peak memory stays under
// maxSigninRSS, that the surplus is refused with 429 and Retry-After
// rather than queued without end, and that another account's right
// password still signs in afterwards.
func TestSignInFloodMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "signin.db")
	if err := seedSigninDB(db); err != nil {
		t.Fatal(err)
	}
	bin := os.Getenv("TIENDO_BENCH_BIN")
	if bin == "" {
		bin = filepath.Join(dir, "tiendo")
		if out, err := exec.Command("go", "build", "-o", bin, "tiendo/cmd/tiendo").CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
	}
	cmd, base := startSigninServer(t, bin, db, filepath.Join(dir, "serve.log"))
	pid := cmd.Process.Pid
	before, _ := RSS(pid)

	const n = 200
	statuses := make(chan int, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			st, retry := signIn(base, fmt.Sprintf("10.1.%d.%d", i/250, i%250+1), "canbo", "sai-mat-khau")
			if st == http.StatusTooManyRequests && retry == "" {
				st = -st // a 429 without Retry-After
			}
			statuses <- st
		})
	}
	t0 := time.Now()
	close(start)
	wg.Wait()
	close(statuses)
	took := time.Since(t0)
	count := map[int]int{}
	for st := range statuses {
		count[st]++
	}
	peak, err := PeakRSS(pid)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("200 parallel wrong sign-ins in %s: %v; RSS %d MiB before, peak %d MiB (limit %d MiB)",
		took.Round(time.Millisecond), count, before>>20, peak>>20, maxSigninRSS>>20)
	if count[http.StatusUnauthorized]+count[http.StatusTooManyRequests] != n {
		t.Errorf("answers %v: want only 401 and 429 (with Retry-After)", count)
	}
	if count[http.StatusUnauthorized] < service.DefaultPasswordSlots {
		t.Errorf("only %d sign-ins were checked", count[http.StatusUnauthorized])
	}
	if peak > maxSigninRSS {
		t.Errorf("peak RSS %d MiB, over %d MiB", peak>>20, maxSigninRSS>>20)
	}
	if st, _ := signIn(base, "10.2.0.1", "lanhdao", "mat-khau-dung"); st != http.StatusSeeOther {
		t.Errorf("right password of another account afterwards: %d", st)
	}
}

// seedSigninDB makes a migrated database with two accounts.
func seedSigninDB(path string) error {
	st, err := openQuiet(path)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	for _, login := range []string{"canbo", "lanhdao"} {
		_, err := svc.CreateAccount(ctx, service.AccountInput{Login: login, Password: "mat-khau-dung",
			Grants: []tiendo.Grant{{Role: tiendo.RoleAdmin}}})
		if err != nil {
			return err
		}
	}
	return nil
}

// startSigninServer runs `tiendo serve --trust-proxy` and returns it and
// its address once it answers; the test's end stops it.
func startSigninServer(t *testing.T, bin, db, logPath string) (*exec.Cmd, string) {
	logs, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0", "--trust-proxy")
	cmd.Stderr = logs
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		logs.Close()
	})
	lines := bufio.NewScanner(stdout)
	base := ""
	for lines.Scan() {
		if _, u, ok := strings.Cut(lines.Text(), " running at "); ok {
			base = strings.TrimSpace(u)
			break
		}
	}
	go func() { _, _ = io.Copy(io.Discard, stdout) }()
	if base == "" {
		t.Fatalf("tiendo serve printed no address; see %s", logPath)
	}
	return cmd, base
}

// signIn posts the login form from addr and returns the status and the
// Retry-After header.
func signIn(base, addr, login, password string) (int, string) {
	form := url.Values{"login": {login}, "password": {password}}
	req, err := http.NewRequest("POST", base+"/dang-nhap", strings.NewReader(form.Encode()))
	if err != nil {
		return 0, ""
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", addr)
	client := &http.Client{Timeout: time.Minute,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, resp.Header.Get("Retry-After")
}
