package notify_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/vn"
)

// Three real `tiendo serve` processes share one fresh PostgreSQL database,
// started "on" 10/3/2026 (TIENDO_FAKE_NOW). Fifteen tasks due 2/2/2026 are
// each 20 working days late, so each fires four reminders (overdue and
// three escalation steps): 60 reminders, 60 signed webhook posts and 45
// instant mails to the ward's officer (the overdue notice, the first
// escalation and the explanation request, which the officer answers: the
// ward has no head or leader account). One process is killed with SIGKILL once a third of the
// webhooks have arrived, while it holds leased deliveries; its leases run
// out and the two others deliver the rest. Every reminder must exist once,
// every delivery arrive; a repeat is possible only for the one request the
// killed process had in flight, and carries the same delivery id.
func TestThreeInstancesExactlyOnce(t *testing.T) {
	dsn := pgtest.FreshDSN(t)
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: at(2026, 3, 10, 9)}
	st, err := postgres.Open(ctx, dsn, clock)
	must(t, err)
	defer st.Close()
	must(t, st.Migrate(ctx))
	w := newWorld(t, st, clock)
	mb := newMailbox(t)
	rc := newReceiver(t, "bí-mật-đủ-dài-0123456789")
	rc.hook = func() { time.Sleep(40 * time.Millisecond) } // slow enough that a kill lands mid-run
	w.webhook(t, rc.srv.URL, rc.secret, true)
	w.tasks(t, 15, vn.NewDate(2026, 2, 2))

	bin := filepath.Join(t.TempDir(), "tiendo")
	if out, err := exec.Command("go", "build", "-o", bin, "tiendo/cmd/tiendo").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	var procs []*exec.Cmd
	for i := range 3 {
		cmd := exec.Command(bin, "serve", "--db", dsn, "--addr", "127.0.0.1:0", "--notify-interval", "300ms",
			"--notify-lease", "3s", "--smtp-host", "127.0.0.1", "--smtp-port", strconv.Itoa(mb.Port()), "--smtp-insecure")
		cmd.Env = append(os.Environ(), "TIENDO_FAKE_NOW=2026-03-10T09:00:00+07:00")
		logf, err := os.Create(filepath.Join(t.TempDir(), "serve"+strconv.Itoa(i)+".log"))
		must(t, err)
		cmd.Stdout, cmd.Stderr = logf, logf
		must(t, cmd.Start())
		procs = append(procs, cmd)
	}
	defer func() {
		for _, p := range procs {
			_ = p.Process.Kill()
			_ = p.Wait()
		}
	}()

	killed := false
	deadline := time.Now().Add(90 * time.Second)
	for {
		hooks, _ := rc.snapshot()
		if !killed && len(hooks) >= 20 {
			must(t, procs[0].Process.Kill())
			_ = procs[0].Wait()
			killed = true
			t.Logf("killed instance 0 after %d webhook deliveries", len(hooks))
		}
		if killed && len(hooks) >= 60 && len(mb.Deliveries()) >= 45 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out: %d webhooks, %d mails", len(hooks), len(mb.Deliveries()))
		}
		time.Sleep(100 * time.Millisecond)
	}
	time.Sleep(time.Second) // let a stray repeat show up before counting

	if n, err := st.CountReminders(ctx); err != nil || n != 60 {
		t.Errorf("reminders %d, %v; want 60", n, err)
	}
	hooks, bad := rc.snapshot()
	if bad != 0 {
		t.Errorf("%d webhook posts with a bad signature", bad)
	}
	report := func(kind string, got map[string]int, want int) {
		total := 0
		for _, n := range got {
			total += n
		}
		t.Logf("%s: %d distinct, %d received", kind, len(got), total)
		if len(got) != want {
			t.Errorf("%s: %d distinct deliveries, want %d", kind, len(got), want)
		}
		if total-len(got) > 1 {
			t.Errorf("%s: %d repeats; at most the one request in flight at the kill may repeat", kind, total-len(got))
		}
	}
	report("webhooks", hooks, 60)
	report("mails", mb.Deliveries(), 45)
	var pending, reclaimed int
	must(t, st.DB().QueryRow("SELECT COUNT(*) FILTER (WHERE status <> 'sent'), COUNT(*) FILTER (WHERE attempts > 1) FROM deliveries").Scan(&pending, &reclaimed))
	if pending != 0 {
		t.Errorf("%d deliveries not sent", pending)
	}
	t.Logf("%d deliveries were claimed again after a lease ran out", reclaimed)
}
