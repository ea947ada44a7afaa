package postgres_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/postgres"
)

// pgCounts reads the tasks, the tasks without their audit entry and the
// accounts of a database.
func pgCounts(t *testing.T, dsn string) [3]int {
	t.Helper()
	db, err := postgres.OpenDB(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var c [3]int
	err = db.QueryRow(`SELECT (SELECT count(*) FROM tasks),
		(SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'task' AND a.entity_id = t.id)),
		(SELECT count(*) FROM accounts)`).Scan(&c[0], &c[1], &c[2])
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// pg_dump under write load, pg_restore into a new database: the copy
// opens with the application's opener and counts what the source held at
// one point; a restore over data needs force; a file that is not a tiendo
// dump is refused.
func TestDumpRestore(t *testing.T) {
	for _, tool := range []string{"pg_dump", "pg_restore"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (apt-get install postgresql-client)", tool)
		}
	}
	admin, dsn := adminDB(t)
	src, dst := freshDatabase(t, admin, dsn), freshDatabase(t, admin, dsn)
	ctx := context.Background()
	st, err := postgres.Open(ctx, src, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	org := &tiendo.Org{Code: "PH", Name: "UBND phường Phố Huế", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	if err := svc.CreateOrg(sys, org); err != nil {
		t.Fatal(err)
	}
	create := func(i int) error {
		_, err := svc.CreateTasks(sys, service.TaskInput{Title: fmt.Sprintf("Nhiệm vụ %d", i), LeadOrgID: org.ID})
		return err
	}
	for i := range 10 {
		if err := create(i); err != nil {
			t.Fatal(err)
		}
	}
	before := pgCounts(t, src)
	stop, done := make(chan struct{}), make(chan error, 1)
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 10; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			if err := create(i); err != nil {
				done <- err
				return
			}
		}
	})
	out := filepath.Join(t.TempDir(), "tiendo.dump")
	derr := postgres.Dump(ctx, src, out)
	close(stop)
	wg.Wait()
	if derr != nil {
		t.Fatal(derr)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if err := postgres.Dump(ctx, src, out); tiendo.ErrorCode(err) != tiendo.EINVALID {
		t.Fatalf("dump over an existing file: %v", err)
	}

	if err := postgres.Restore(ctx, dst, out, false); err != nil {
		t.Fatal(err)
	}
	got, after := pgCounts(t, dst), pgCounts(t, src)
	t.Logf("tasks: %d before the dump, %d restored, %d after the writer stopped", before[0], got[0], after[0])
	if got[0] < before[0] || got[0] > after[0] || got[1] != 0 {
		t.Fatalf("restored %v; before %v, after %v", got, before, after)
	}
	rst, err := postgres.Open(ctx, dst, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	defer rst.Close()
	if err := rst.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, total, err := rst.FindTasks(ctx, tiendo.TaskFilter{Page: tiendo.Page{PerPage: 1}}); err != nil || total != got[0] {
		t.Fatalf("the application reads %d tasks (%v), want %d", total, err, got[0])
	}

	if err := postgres.Restore(ctx, dst, out, false); tiendo.ErrorCode(err) != tiendo.EINVALID {
		t.Fatalf("restore over data: %v", err)
	}
	if err := postgres.Restore(ctx, dst, out, true); err != nil {
		t.Fatalf("forced restore: %v", err)
	}
	if again := pgCounts(t, dst); again != got {
		t.Fatalf("after the forced restore %v, want %v", again, got)
	}
	junk := filepath.Join(t.TempDir(), "junk.dump")
	if err := os.WriteFile(junk, []byte("không phải bản sao lưu"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := postgres.Restore(ctx, freshDatabase(t, admin, dsn), junk, false); tiendo.ErrorCode(err) != tiendo.EINVALID {
		t.Fatalf("restore of junk: %v", err)
	}
}
