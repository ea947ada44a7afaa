package main

import (
	"context"
	"flag"
	"fmt"
)

func runToken(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "create" {
		fmt.Fprintln(env.Stderr, "usage: tiendo token create --login L [--name N] [--db …]")
		return errUsage
	}
	fs := flag.NewFlagSet("token create", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	login := fs.String("login", "", "account login")
	name := fs.String("name", "cli", "what the token is for")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	token, err := svc.CreateToken(asSystem(ctx), *login, *name)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, token)
	return nil
}
