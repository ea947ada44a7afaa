package main

import (
	"context"
	"flag"
	"fmt"

	"tiendo/vn"
)

func runOrg(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "dissolve" {
		fmt.Fprintln(env.Stderr, "usage: tiendo org dissolve --code C --successor S [--on YYYY-MM-DD] [--db …]")
		return errUsage
	}
	fs := flag.NewFlagSet("org dissolve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	code := fs.String("code", "", "code of the organisation to dissolve")
	successor := fs.String("successor", "", "code of the successor organisation")
	on := fs.String("on", "", "last day of the organisation (default today)")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	var day vn.Date
	if *on != "" {
		var err error
		if day, err = vn.ParseDate(*on); err != nil {
			return err
		}
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx = asSystem(ctx)
	from, err := svc.OrgByCode(ctx, *code)
	if err != nil {
		return err
	}
	to, err := svc.OrgByCode(ctx, *successor)
	if err != nil {
		return err
	}
	res, err := svc.DissolveOrg(ctx, from.ID, to.ID, day, from.Version)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s dissolved on %s; moved to %s: %d open tasks it led, %d it cooperated on, %d sub-units\n",
		from.Code, res.Org.ValidTo.Format(), to.Code, len(res.MovedTasks), len(res.MovedCoopTasks), len(res.MovedChildren))
	return nil
}
