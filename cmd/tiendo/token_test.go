package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"tiendo"
)

// tiendo token create --expires: days (90 unless given), 0 for never,
// refused beyond 365; the last day is told on stderr.
func TestTokenCreateExpires(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	if _, err := run(t, "mat-khau-du-dai-1\n", "user", "add", "--db", db, "--login", "quantri", "--role", "admin",
		"--password-stdin"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name    string
		args    []string
		stderr  string // "" when nothing is told
		errCode string
	}{
		{"default", nil, "đến hết ngày", ""},
		{"30 days", []string{"--expires", "30"}, "đến hết ngày", ""},
		{"never", []string{"--expires", "0"}, "", ""},
		{"too long", []string{"--expires", "400"}, "", tiendo.EINVALID},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			env := &Env{Args: append([]string{"token", "create", "--db", db, "--login", "quantri"}, c.args...),
				Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
				Getenv: func(string) string { return "" }, Clock: tiendo.SystemClock{}}
			err := Run(context.Background(), env)
			if c.errCode != "" {
				if tiendo.ErrorCode(err) != c.errCode || out.Len() != 0 {
					t.Fatalf("err %v, out %q", err, out.String())
				}
				return
			}
			if err != nil || !strings.HasPrefix(out.String(), "td_") {
				t.Fatalf("err %v, out %q", err, out.String())
			}
			if got := errOut.String(); (c.stderr == "") != (got == "") || !strings.Contains(got, c.stderr) {
				t.Fatalf("stderr %q, want %q", got, c.stderr)
			}
		})
	}
}
