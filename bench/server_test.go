package bench

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore"
)

// benchServer is the real tiendo binary serving a copy of the generated
// database, with an API token per actor the benchmarks play.
type benchServer struct {
	cmd    *exec.Cmd
	url    string
	tokens map[string]string // actor → bearer token
	prov   *province
	office int64 // the district the office account manages
	tmp    string
	pg     *sqlstore.Store // on a PostgreSQL database: reads its backends' CPU (dbCPU)
}

var (
	serverOnce sync.Once
	theServer  *benchServer
	serverErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if theServer != nil {
		theServer.stop()
	}
	os.Exit(code)
}

// server starts the binary once per test process; later benchmarks share
// it, so the peak memory they report covers all of them.
func server(b *testing.B) *benchServer {
	b.Helper()
	src := benchDB(b)
	serverOnce.Do(func() { theServer, serverErr = startServer(b, src) })
	if serverErr != nil {
		b.Fatal(serverErr)
	}
	return theServer
}

// Actors the HTTP benchmarks play, each with a grant on one organisation.
const (
	actorWard     = "bench-phuong" // officer of a ward
	actorDistrict = "bench-vp"     // office of a district: enters tasks
	actorCity     = "bench-xem"    // viewer of the whole province
)

func startServer(b *testing.B, src string) (*benchServer, error) {
	s, bin, db, err := setUpServer(b, src)
	if err != nil {
		return s, err
	}
	return s, s.start(bin, db)
}

// setUpServer copies the generated database, prepares the copy
// (prepare) and finds or builds the binary, without starting it.
func setUpServer(b *testing.B, src string) (s *benchServer, bin, db string, err error) {
	s = &benchServer{tokens: map[string]string{}}
	if s.tmp, err = os.MkdirTemp("", "tiendo-bench-"); err != nil {
		return nil, "", "", err
	}
	db = os.Getenv("TIENDO_BENCH_HTTP_DB")
	if db == "" && isPostgres(src) {
		// A PostgreSQL database is not copied: the server runs on it and
		// the write benchmarks write into it (generate one for them).
		db = src
	}
	if db == "" {
		// The creates write to the database: never to the shared one.
		db = filepath.Join(s.tmp, "http.db")
		b.Logf("copying %s to %s", src, db)
		if err := copyDB(src, db); err != nil {
			return s, "", "", err
		}
	}
	if err := s.prepare(b, db); err != nil {
		return s, "", "", err
	}
	if isPostgres(db) {
		if s.pg, err = openQuiet(db); err != nil {
			return s, "", "", err
		}
	}
	bin = os.Getenv("TIENDO_BENCH_BIN")
	if bin == "" {
		bin = filepath.Join(s.tmp, "tiendo")
		out, err := exec.Command("go", "build", "-o", bin, "tiendo/cmd/tiendo").CombinedOutput()
		if err != nil {
			return s, "", "", fmt.Errorf("go build: %v\n%s", err, out)
		}
	}
	return s, bin, db, nil
}

// copyDB checkpoints the source's WAL into the main file, then copies it.
func copyDB(src, dst string) error {
	st, err := openQuiet(src)
	if err != nil {
		return err
	}
	_, err = st.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	st.Close()
	if err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// prepare migrates the copy and gives each actor an account and a token,
// through the service as the command line would.
func (s *benchServer) prepare(b *testing.B, db string) error {
	st, err := openQuiet(db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	s.prov = loadProvince(b, st)
	s.office = s.prov.districts[0]
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	grants := map[string]tiendo.Grant{
		actorWard:     {Role: tiendo.RoleOfficer, OrgID: &s.prov.wards[0]},
		actorDistrict: {Role: tiendo.RoleOffice, OrgID: &s.office},
		actorCity:     {Role: tiendo.RoleViewer, OrgID: &s.prov.root},
	}
	for login, g := range grants {
		_, err := svc.CreateAccount(ctx, service.AccountInput{Login: login, Password: "tiendo-bench", Grants: []tiendo.Grant{g}})
		if err != nil && tiendo.ErrorCode(err) != tiendo.ECONFLICT {
			return err
		}
		if s.tokens[login], err = svc.CreateToken(ctx, login, "bench"); err != nil {
			return err
		}
	}
	return nil
}

// start runs `tiendo serve` on a free port and waits until it answers
// and its start-up work is over.
func (s *benchServer) start(bin, db string) error {
	if err := s.launch(bin, db); err != nil {
		return err
	}
	for range 100 {
		if resp, err := http.Get(s.url + "/healthz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s.waitIdle()
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("tiendo serve never became ready")
}

// launch runs `tiendo serve` on a free port and returns once it has
// printed its address (it listens from then on), logging to serve.log.
func (s *benchServer) launch(bin, db string) error {
	logs, err := os.Create(s.logPath())
	if err != nil {
		return err
	}
	s.cmd = exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	s.cmd.Stderr = logs
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := s.cmd.Start(); err != nil {
		return err
	}
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		if _, url, ok := strings.Cut(lines.Text(), " running at "); ok {
			s.url = strings.TrimSpace(url)
			break
		}
	}
	go io.Copy(io.Discard, stdout)
	if s.url == "" {
		return errors.New("tiendo serve printed no address; see " + logs.Name())
	}
	return nil
}

// logPath is the file the server's log goes to.
func (s *benchServer) logPath() string { return filepath.Join(s.tmp, "serve.log") }

// waitIdle waits until the server's start-up work (the recurring series'
// top-up runs at start) is over: until it uses under 5% of a core for a
// second. On the generated million it was still busy after ten minutes,
// so after two the benchmarks go on and say so.
func (s *benchServer) waitIdle() error {
	start := time.Now()
	last, err := ProcessCPU(s.cmd.Process.Pid)
	if err != nil {
		return err
	}
	for time.Since(start) < 2*time.Minute {
		time.Sleep(time.Second)
		now, err := ProcessCPU(s.cmd.Process.Pid)
		if err != nil {
			return err
		}
		if now-last < 50*time.Millisecond {
			fmt.Fprintf(os.Stderr, "bench: server idle %s after start\n", time.Since(start).Round(time.Second))
			return nil
		}
		last = now
	}
	fmt.Fprintln(os.Stderr, "bench: server still busy with its start-up jobs after 2 minutes; measuring anyway")
	return nil
}

// reportRSS adds the server's peak resident memory so far, in MiB.
func (s *benchServer) reportRSS(b *testing.B) {
	n, err := PeakRSS(s.cmd.Process.Pid)
	if err != nil {
		b.Logf("server peak RSS: %v", err)
		return
	}
	b.ReportMetric(float64(n)/(1<<20), "server-peak-RSS-MiB")
}

// cpu is the CPU time the server has used so far.
func (s *benchServer) cpu(b *testing.B) time.Duration {
	d, err := ProcessCPU(s.cmd.Process.Pid)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// dbCPU is the CPU time PostgreSQL's backends of the server's database
// used so far (serverCPU; the server's pool keeps its idle connections,
// so their backends keep their time); 0 on SQLite, whose work is the
// server's own.
func (s *benchServer) dbCPU(b *testing.B) time.Duration {
	if s.pg == nil {
		return 0
	}
	return serverCPU(b, s.pg)
}

func (s *benchServer) stop() {
	s.halt()
	if s.pg != nil {
		s.pg.Close()
	}
	if s.tmp != "" {
		os.RemoveAll(s.tmp)
	}
}

// halt stops the server process, keeping its files.
func (s *benchServer) halt() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { _ = s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			_ = s.cmd.Process.Kill()
		}
	}
}
