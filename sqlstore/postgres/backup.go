package postgres

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"tiendo"
)

// Backup and restore of a PostgreSQL database go through PostgreSQL's own
// tools, pg_dump and pg_restore (package postgresql-client, of the
// server's major version or newer): a dump is a consistent snapshot taken
// in one transaction while the application keeps writing.

// Dump writes a custom-format dump of the database dsn names to out, which
// must not exist: to a temporary file beside it, renamed once pg_dump
// succeeded.
func Dump(ctx context.Context, dsn, out string) error {
	bin, err := tool("pg_dump")
	if err != nil {
		return err
	}
	if _, err := os.Stat(out); err == nil {
		return tiendo.FieldError("out", fmt.Sprintf("Tệp %s đã tồn tại; hãy chọn tên khác", out))
	}
	tmp := filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".tmp")
	defer os.Remove(tmp)
	if err := run(ctx, dsn, bin, "--format=custom", "--no-owner", "--file="+tmp); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}

// Restore loads the dump from into the database dsn names. It checks that
// the file is a dump of a tiendo database, and refuses a target that
// already has tables unless force (then pg_restore drops what it
// replaces). All of it runs in one transaction.
func Restore(ctx context.Context, dsn, from string, force bool) error {
	bin, err := tool("pg_restore")
	if err != nil {
		return err
	}
	list, err := exec.CommandContext(ctx, bin, "--list", from).Output()
	if err != nil || !bytes.Contains(list, []byte(" TABLE public goose_db_version ")) {
		return tiendo.Errorf(tiendo.EINVALID, "Tệp %s không phải bản sao lưu Tiến Độ của pg_dump (định dạng custom)", from)
	}
	db, err := OpenDB(ctx, dsn)
	if err != nil {
		return err
	}
	var tables int
	err = db.QueryRowContext(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables)
	db.Close()
	if err != nil {
		return err
	}
	args := []string{"--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"}
	if tables > 0 {
		if !force {
			return tiendo.FieldError("db", "Cơ sở dữ liệu đích đã có dữ liệu; thêm --force để ghi đè")
		}
		args = append(args, "--clean", "--if-exists")
	}
	return run(ctx, dsn, bin, append(args, from)...)
}

// tool finds a PostgreSQL client program or says how to get one.
func tool(name string) (string, error) {
	bin, err := exec.LookPath(name)
	if err != nil {
		return "", tiendo.Errorf(tiendo.EINVALID,
			"Không tìm thấy %s: cài gói postgresql-client (cùng phiên bản máy chủ trở lên), xem mục “Sao lưu và khôi phục” trong README", name)
	}
	return bin, nil
}

// run runs a client program against dsn. A password in a URL DSN goes in
// PGPASSWORD rather than on the command line, where ps would show it.
func run(ctx context.Context, dsn, bin string, args ...string) error {
	env := os.Environ()
	if u, err := url.Parse(dsn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		if pw, ok := u.User.Password(); ok {
			env = append(env, "PGPASSWORD="+pw)
			u.User = url.User(u.User.Username())
			dsn = u.String()
		}
	}
	cmd := exec.CommandContext(ctx, bin, append(args, "--dbname="+dsn)...)
	cmd.Env = env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w: %s", filepath.Base(bin), err, strings.TrimSpace(stderr.String()))
	}
	return nil
}
