package main

import (
	"context"
	"flag"
	"fmt"
)

func runMigrate(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("migrate", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	st, err := openStore(ctx, *db, env.Clock)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, "migrations applied")
	return nil
}
