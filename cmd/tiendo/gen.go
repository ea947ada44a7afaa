package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"time"

	"tiendo/gen"
)

func runGen(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	orgs := fs.Int("orgs", 600, "number of organisations")
	tasks := fs.Int("tasks", 100000, "number of tasks")
	seed := fs.Int64("seed", 1, "random seed (same seed, same data)")
	years := fs.Int("years", 4, "years of history")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	// TIENDO_PPROF profiles a long generation as it does the server.
	if err := startDebug(ctx, env, slog.New(slog.NewTextHandler(env.Stderr, nil))); err != nil {
		return err
	}
	_, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	stats, err := gen.Generate(ctx, st, env.Clock, gen.Options{Orgs: *orgs, Tasks: *tasks, Seed: *seed, Years: *years}, env.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%+v in %s\n", *stats, time.Since(start).Round(time.Millisecond))
	return nil
}
