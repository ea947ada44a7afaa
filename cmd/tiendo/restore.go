package main

import (
	"context"
	"flag"
	"fmt"

	"tiendo"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/sqlite"
)

// runRestore: tiendo restore --from FILE [--force]. The server must be
// stopped. The backup is checked first; a database that already holds
// data is replaced only with --force.
func runRestore(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("restore", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	from := fs.String("from", "", "backup file made by tiendo backup")
	force := fs.Bool("force", false, "replace a database that already holds data")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *from == "" {
		return tiendo.FieldError("from", "Cần --from: tệp sao lưu để khôi phục")
	}
	var err error
	if isPostgres(*db) {
		err = postgres.Restore(ctx, *db, *from, *force)
	} else {
		err = sqlite.Restore(ctx, *from, *db, *force)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Đã khôi phục cơ sở dữ liệu từ %s\n", *from) // not the DSN: it may hold a password
	return nil
}
