package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"tiendo"
)

// Backup and restore of a SQLite database file. Copying the file alone
// is not a backup: with WAL, the newest commits live in the -wal file
// until a checkpoint, and a copy taken during a write is torn. VACUUM INTO
// writes a consistent snapshot (one read transaction) through SQLite
// itself, without stopping the writer.

// migrationsTable is goose's record of applied migrations: a file without
// it is not a tiendo database.
const migrationsTable = "goose_db_version"

// Backup writes a consistent copy of the database at path to out, which
// must not exist. It goes to a temporary file beside out first, is
// checked and synced, then renamed, so out is either whole or absent.
func Backup(ctx context.Context, path, out string) error {
	if _, err := os.Stat(path); err != nil {
		return tiendo.Errorf(tiendo.ENOTFOUND, "Không tìm thấy cơ sở dữ liệu %s", path)
	}
	if _, err := os.Stat(out); err == nil {
		return tiendo.FieldError("out", fmt.Sprintf("Tệp %s đã tồn tại; hãy chọn tên khác", out))
	}
	src, err := openPool(ctx, path, []string{"busy_timeout(10000)"}, 1)
	if err != nil {
		return err
	}
	defer src.Close()
	tmp, err := tempPath(out)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // a no-op once renamed
	if _, err := src.ExecContext(ctx, "VACUUM INTO ?", tmp); err != nil {
		return fmt.Errorf("sqlite: backup to %s: %w", out, err)
	}
	if err := Check(ctx, tmp); err != nil {
		return err
	}
	return publish(tmp, out)
}

// Check tells whether the file at path is a sound tiendo database: it
// passes integrity_check and has a migrations table with a migration
// applied. It never creates the file.
func Check(ctx context.Context, path string) error {
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		return tiendo.Errorf(tiendo.EINVALID, "Tệp %s không tồn tại hoặc rỗng", path)
	}
	if strings.ContainsAny(path, "?#") {
		return tiendo.Errorf(tiendo.EINVALID, "Đường dẫn %q không được chứa ? hoặc #", path)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return err
	}
	defer db.Close()
	var result string
	if err := db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&result); err != nil {
		return tiendo.Errorf(tiendo.EINVALID, "Tệp %s không phải cơ sở dữ liệu SQLite (%v)", path, err)
	}
	if result != "ok" {
		return tiendo.Errorf(tiendo.EINVALID, "Tệp %s bị hỏng: %s", path, result)
	}
	var applied int
	err = db.QueryRowContext(ctx, "SELECT count(*) FROM "+migrationsTable+" WHERE version_id > 0 AND is_applied").Scan(&applied)
	if err != nil || applied == 0 {
		return tiendo.Errorf(tiendo.EINVALID, "Tệp %s không phải cơ sở dữ liệu Tiến Độ (không có bảng migration)", path)
	}
	return nil
}

// Restore replaces the database at path with the backup from. It checks
// the backup first and refuses to overwrite a non-empty database unless
// force. The server must be stopped: the copy is renamed over the file,
// and a running server would keep writing to the old one. The old -wal
// and -shm files go before the rename, so they cannot be replayed onto
// the restored copy.
func Restore(ctx context.Context, from, path string, force bool) error {
	if err := Check(ctx, from); err != nil {
		return err
	}
	if st, err := os.Stat(path); err == nil && st.Size() > 0 && !force {
		return tiendo.FieldError("db", fmt.Sprintf("Cơ sở dữ liệu %s đã có dữ liệu; thêm --force để ghi đè", path))
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	tmp, err := tempPath(path)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := copyFile(from, tmp); err != nil {
		return err
	}
	for _, side := range []string{path + "-wal", path + "-shm"} {
		if err := os.Remove(side); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return publish(tmp, path)
}

// tempPath names a new empty file beside target (same directory, so the
// final rename is atomic) and removes it: VACUUM INTO needs a path that
// does not exist.
func tempPath(target string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	return name, os.Remove(name)
}

// copyFile copies src to a new file dst and syncs it.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Sync(); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// publish syncs tmp, renames it to target and syncs the directory, so the
// new name survives a power loss.
func publish(tmp, target string) error {
	f, err := os.OpenFile(tmp, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, target); err != nil {
		return err
	}
	dir, err := os.Open(filepath.Dir(target))
	if err != nil {
		return err
	}
	defer dir.Close()
	return dir.Sync()
}
