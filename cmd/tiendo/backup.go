package main

import (
	"context"
	"flag"
	"fmt"

	"tiendo"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/sqlite"
)

// runBackup: tiendo backup --out FILE. SQLite is copied with VACUUM INTO,
// PostgreSQL dumped with pg_dump; both are consistent while the server
// keeps writing.
func runBackup(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("backup", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	out := fs.String("out", "", "backup file to write (must not exist)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *out == "" {
		return tiendo.FieldError("out", "Cần --out: tệp sao lưu sẽ ghi")
	}
	var err error
	if isPostgres(*db) {
		err = postgres.Dump(ctx, *db, *out)
	} else {
		err = sqlite.Backup(ctx, *db, *out)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã sao lưu vào %s\n", *out)
	return nil
}
