package postgres_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/sqlite"
	"tiendo/storetest"
)

// serverDSN returns the DSN of the test server from TIENDO_TEST_POSTGRES.
// Without one the test skips, unless TIENDO_REQUIRE_POSTGRES=1 (CI), where
// a silently skipped PostgreSQL suite would hide failures.
func serverDSN(t *testing.T) string {
	t.Helper()
	dsn := os.Getenv("TIENDO_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("TIENDO_REQUIRE_POSTGRES") == "1" {
			t.Fatal("TIENDO_REQUIRE_POSTGRES=1 but TIENDO_TEST_POSTGRES is empty")
		}
		t.Skip("set TIENDO_TEST_POSTGRES to a DSN to run the PostgreSQL tests")
	}
	return dsn
}

// withDatabase returns dsn pointing at database name instead.
func withDatabase(t *testing.T, dsn, name string) string {
	t.Helper()
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatalf("TIENDO_TEST_POSTGRES: %v", err)
		}
		u.Path = "/" + name
		return u.String()
	}
	return dsn + " dbname=" + name // key=value form: the last key wins
}

// freshDatabase creates an empty database with a random name and drops it
// (disconnecting any session left) when the test ends. It returns its DSN.
func freshDatabase(t *testing.T, admin *sql.DB, dsn string) string {
	t.Helper()
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	name := "tiendo_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return withDatabase(t, dsn, name)
}

// adminDB connects to the server's own database to create and drop others.
func adminDB(t *testing.T) (*sql.DB, string) {
	t.Helper()
	dsn := serverDSN(t)
	db, err := postgres.OpenDB(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

func TestConformance(t *testing.T) {
	admin, dsn := adminDB(t)
	storetest.Run(t, func(t *testing.T) tiendo.Store {
		ctx := context.Background()
		st, err := postgres.Open(ctx, freshDatabase(t, admin, dsn), tiendo.SystemClock{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() }) // runs before the DROP registered earlier
		// Subtests run in parallel, one database each: keep every pool small
		// so that -parallel N stays well under max_connections.
		st.DB().SetMaxOpenConns(4)
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		return st
	})
}

func TestMigrateIsIdempotent(t *testing.T) {
	admin, dsn := adminDB(t)
	db := freshDatabase(t, admin, dsn)
	ctx := context.Background()
	for range 2 {
		st, err := postgres.Open(ctx, db, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		status, err := st.MigrationStatus(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(status) == 0 || !status[len(status)-1].Applied {
			t.Fatalf("status %+v", status)
		}
		st.Close()
	}
}

// TestSchemaParity checks that both engines' migrations create the same
// tables with the same columns, so one set of queries serves both.
func TestSchemaParity(t *testing.T) {
	admin, dsn := adminDB(t)
	ctx := context.Background()
	pg, err := postgres.Open(ctx, freshDatabase(t, admin, dsn), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	if err := pg.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	lite, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "parity.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	if err := lite.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	pgCols := columns(t, pg.DB(), `SELECT table_name, column_name FROM information_schema.columns
		WHERE table_schema = 'public' AND table_name <> 'goose_db_version'`)
	liteCols := columns(t, lite.DB(), `SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c
		WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'goose_db_version'
		AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND m.name NOT LIKE '%_fts_%'`)
	if len(pgCols) == 0 {
		t.Fatal("no PostgreSQL columns found")
	}
	if !slices.Equal(pgCols, liteCols) {
		t.Fatalf("schemas differ\nonly in PostgreSQL: %v\nonly in SQLite: %v", minus(pgCols, liteCols), minus(liteCols, pgCols))
	}
}

// columns returns sorted "table.column" names from a two-column query.
func columns(t *testing.T, db *sql.DB, query string) []string {
	t.Helper()
	rows, err := db.Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var table, col string
		if err := rows.Scan(&table, &col); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s.%s", table, col))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func minus(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

// TestClassifyDataErrors: values a column cannot hold are the caller's
// mistake (EINVALID, a 4xx), not an internal error, should one ever get
// past validation.
func TestClassifyDataErrors(t *testing.T) {
	db, _ := adminDB(t)
	ctx := context.Background()
	conn, err := db.Conn(ctx) // the temporary table lives on one connection
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `CREATE TEMP TABLE classify_t (n integer, s varchar(3), d date, name text)`); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, `CREATE INDEX ON classify_t (name)`); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, query string
		arg         any
	}{
		{"NUL in text", `INSERT INTO classify_t (s) VALUES ($1)`, "a\x00"},
		{"integer out of range", `INSERT INTO classify_t (n) VALUES ($1::text::bigint)`, "9223372036854775807"},
		{"text too long", `INSERT INTO classify_t (s) VALUES ($1)`, "abcdef"},
		{"date out of range", `INSERT INTO classify_t (d) VALUES ($1::text::date)`, "99999999-01-01"},
		{"name too big for its index", `INSERT INTO classify_t (name) SELECT string_agg(md5(random()::text || i), '') || $1
			FROM generate_series(1, 400) i`, "x"},
	}
	for _, tt := range tests {
		_, err := conn.ExecContext(ctx, tt.query, tt.arg)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if got := (postgres.Dialect{}).Classify(err); got != sqlstore.ErrCheck {
			t.Errorf("%s: %v classified %v, want ErrCheck", tt.name, err, got)
		}
	}
}
