package main

import (
	"context"
	"flag"
	"fmt"

	"tiendo/service"
)

func runToken(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(env.Stderr, "usage: tiendo token create --login L [--name N] [--expires DAYS] [--db …]")
		return errUsage
	}
	fs := flag.NewFlagSet("token create", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	login := fs.String("login", "", "account login")
	name := fs.String("name", "cli", "what the token is for")
	days := fs.Int("expires", service.DefaultTokenDays, "days the token works, 1–365; 0 = never")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	token, t, err := svc.IssueToken(asSystem(ctx), service.TokenInput{Login: *login, Name: *name, ExpiresInDays: days})
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, token)
	if d := t.LastDay(); !d.IsZero() {
		fmt.Fprintf(env.Stderr, "Mã truy cập dùng được đến hết ngày %s.\n", d.Format())
	}
	return nil
}
