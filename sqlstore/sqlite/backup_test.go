package sqlite_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
)

// counts reads what a backup must keep: tasks, and tasks without their
// audit entry (always 0 in a consistent copy).
func counts(t *testing.T, db *sql.DB) (tasks, unaudited int) {
	t.Helper()
	err := db.QueryRow(`SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM audit_log a
		WHERE a.entity_type = 'task' AND a.entity_id = t.id)), 0) FROM tasks t`).Scan(&tasks, &unaudited)
	if err != nil {
		t.Fatal(err)
	}
	return tasks, unaudited
}

func openPlain(t *testing.T, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// loadedService is a store at path with one organisation, and a function
// creating one task through the service, as the application writes.
func loadedService(t *testing.T, path string) (*sqlstore.Store, func() error) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	org := &tiendo.Org{Code: "PH", Name: "UBND phường Phố Huế", Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	if err := svc.CreateOrg(sys, org); err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	create := func() error {
		_, err := svc.CreateTasks(sys, service.TaskInput{Title: fmt.Sprintf("Nhiệm vụ kiểm tra %d", n.Add(1)), LeadOrgID: org.ID})
		return err
	}
	return st, create
}

// A backup taken while tasks are being written opens, passes
// integrity_check, holds every task it had before it began, each with its
// audit entry; restored and opened by the application, it counts the
// same. Copying the database file alone misses the commits still in the
// WAL.
func TestBackupUnderLoadAndRestore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "tiendo.db")
	st, create := loadedService(t, src)
	for range 20 {
		if err := create(); err != nil {
			t.Fatal(err)
		}
	}
	// The file alone, without its WAL, lacks recent commits.
	copied := filepath.Join(dir, "copy.db")
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copied, data, 0o600); err != nil {
		t.Fatal(err)
	}
	var inCopy int
	if err := openPlain(t, copied).QueryRow("SELECT count(*) FROM tasks").Scan(&inCopy); err != nil {
		t.Logf("the copied file does not even open: %v", err)
	} else if inCopy >= 20 {
		t.Errorf("the file copy holds %d of 20 tasks; the WAL was expected to hold some", inCopy)
	}

	before, _ := counts(t, st.DB())
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var writeErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := create(); err != nil {
				writeErr = err
				return
			}
		}
	}()
	time.Sleep(50 * time.Millisecond) // let the writer get going
	out := filepath.Join(dir, "backup.db")
	berr := sqlite.Backup(ctx, src, out)
	close(stop)
	wg.Wait()
	if berr != nil || writeErr != nil {
		t.Fatalf("backup: %v; writer: %v", berr, writeErr)
	}
	if err := sqlite.Check(ctx, out); err != nil {
		t.Fatal(err)
	}
	inBackup, unaudited := counts(t, openPlain(t, out))
	after, _ := counts(t, st.DB())
	t.Logf("tasks: %d before the backup, %d in it, %d after the writer stopped", before, inBackup, after)
	if inBackup < before || inBackup > after || unaudited != 0 {
		t.Fatalf("backup holds %d tasks (%d without audit); before %d, after %d", inBackup, unaudited, before, after)
	}
	if err := sqlite.Backup(ctx, src, out); tiendo.ErrorCode(err) != tiendo.EINVALID {
		t.Fatalf("backup over an existing file: %v", err)
	}

	restored := filepath.Join(dir, "restored", "tiendo.db")
	if err := os.Mkdir(filepath.Dir(restored), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := sqlite.Restore(ctx, out, restored, false); err != nil {
		t.Fatal(err)
	}
	rst, err := sqlite.Open(ctx, restored, tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rst.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	_, total, err := rst.FindTasks(ctx, tiendo.TaskFilter{Page: tiendo.Page{PerPage: 1}})
	rst.Close()
	if err != nil || total != inBackup {
		t.Fatalf("restored: %d tasks, %v; want %d", total, err, inBackup)
	}
}

// Restore checks what it is given and what it would overwrite.
func TestRestoreRefuses(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	loadedService(t, filepath.Join(dir, "src.db"))
	if err := sqlite.Backup(ctx, filepath.Join(dir, "src.db"), good); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := filepath.Join(dir, "plain.db")
	db, err := sql.Open("sqlite", plain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	torn := write("torn.db", mustRead(t, good)[:4096])
	existing := write("existing.db", mustRead(t, good))
	for _, c := range []struct {
		name, from, to string
		force          bool
		code           string
	}{
		{"not sqlite", write("text.db", []byte("không phải cơ sở dữ liệu")), filepath.Join(dir, "a.db"), false, tiendo.EINVALID},
		{"empty file", write("empty.db", nil), filepath.Join(dir, "b.db"), false, tiendo.EINVALID},
		{"sqlite but not tiendo", plain, filepath.Join(dir, "c.db"), false, tiendo.EINVALID},
		{"torn copy", torn, filepath.Join(dir, "d.db"), false, tiendo.EINVALID},
		{"missing", filepath.Join(dir, "none.db"), filepath.Join(dir, "e.db"), false, tiendo.EINVALID},
		{"over data", good, existing, false, tiendo.EINVALID},
		{"over data, forced", good, existing, true, ""},
		{"over an empty file", good, write("zero.db", nil), false, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := sqlite.Restore(ctx, c.from, c.to, c.force)
			if tiendo.ErrorCode(err) != c.code {
				t.Fatalf("got %v, want code %q", err, c.code)
			}
			if c.code == "" {
				if err := sqlite.Check(ctx, c.to); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
