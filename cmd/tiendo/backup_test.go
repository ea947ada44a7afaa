package main

import (
	"path/filepath"
	"testing"

	"tiendo"
)

// tiendo backup and tiendo restore on SQLite, as the README tells: the
// restored file serves the same accounts; nothing is overwritten unasked.
func TestBackupRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	db, out, restored := filepath.Join(dir, "tiendo.db"), filepath.Join(dir, "sao-luu.db"), filepath.Join(dir, "moi.db")
	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", db, "--login", "quantri", "--role", "admin",
		"--password-stdin"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		args []string
		code string
	}{
		{"backup without --out", []string{"backup", "--db", db}, tiendo.EINVALID},
		{"backup", []string{"backup", "--db", db, "--out", out}, ""},
		{"backup over a file", []string{"backup", "--db", db, "--out", out}, tiendo.EINVALID},
		{"backup of nothing", []string{"backup", "--db", filepath.Join(dir, "none.db"), "--out", filepath.Join(dir, "x.db")}, tiendo.ENOTFOUND},
		{"restore without --from", []string{"restore", "--db", restored}, tiendo.EINVALID},
		{"restore", []string{"restore", "--db", restored, "--from", out}, ""},
		{"restore over data", []string{"restore", "--db", restored, "--from", out}, tiendo.EINVALID},
		{"restore over data, forced", []string{"restore", "--db", restored, "--from", out, "--force"}, ""},
		{"restore of something else", []string{"restore", "--db", filepath.Join(dir, "y.db"), "--from", filepath.Join(dir, "none.db")}, tiendo.EINVALID},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := run(t, "", c.args...)
			if tiendo.ErrorCode(err) != c.code && (c.code != "" || err != nil) {
				t.Fatalf("got %v, want code %q", err, c.code)
			}
		})
	}
	if _, err := run(t, "", "token", "create", "--db", restored, "--login", "quantri"); err != nil {
		t.Fatalf("the restored database lacks the account: %v", err)
	}
}
