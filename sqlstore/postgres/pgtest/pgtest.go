// Package pgtest gives tests outside sqlstore/postgres a fresh PostgreSQL
// database of their own: a test that needs several servers on one database
// (recurring jobs, reminders) runs against the real engine, not a mock.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"tiendo/sqlstore/postgres"
)

// FreshDSN returns the DSN of a new, empty database on the server named by
// TIENDO_TEST_POSTGRES, dropped when the test ends. Without that variable
// the test skips, unless TIENDO_REQUIRE_POSTGRES=1 (CI), where it fails.
func FreshDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("TIENDO_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("TIENDO_REQUIRE_POSTGRES") == "1" {
			t.Fatal("TIENDO_REQUIRE_POSTGRES=1 but TIENDO_TEST_POSTGRES is empty")
		}
		t.Skip("set TIENDO_TEST_POSTGRES to a DSN to run the PostgreSQL tests")
	}
	ctx := context.Background()
	admin, err := postgres.OpenDB(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	name := "tiendo_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	return withDatabase(t, dsn, name)
}

// withDatabase returns dsn pointing at database name instead.
func withDatabase(t testing.TB, dsn, name string) string {
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
