package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"tiendo"
	"tiendo/demo"
	"tiendo/service"
)

// loadDemo fills an empty database with the demo data, then prints the
// demo accounts whenever the database is the demo's, on every start and
// not only the first: whoever starts the demo again needs them again.
func loadDemo(ctx context.Context, env *Env, svc *service.Service, st tiendo.Store) error {
	loaded, err := demo.Loaded(ctx, st)
	if err != nil {
		return err
	}
	if !loaded {
		start := time.Now()
		if _, err := demo.Load(ctx, svc, st); err != nil {
			return fmt.Errorf("demo data: %w", err)
		}
		fmt.Fprintf(env.Stdout, "demo data loaded in %s, dated from today (%s)\n",
			time.Since(start).Round(time.Millisecond), tiendo.Today(svc.Clock()))
	} else if ok, err := demo.IsDemo(ctx, st); err != nil {
		return err
	} else if !ok {
		fmt.Fprintln(env.Stdout, "--demo: the database already holds data that is not the demo's; nothing loaded")
		return nil
	}
	printDemoAccounts(env.Stdout)
	return nil
}

// printDemoAccounts prints the accounts of today's units first, then those
// of the units dissolved in 2025 that show the seeds' history.
func printDemoAccounts(w io.Writer) {
	fmt.Fprintf(w, "demo accounts, password %q:\n", demo.Password)
	for _, past := range []bool{false, true} {
		if past {
			fmt.Fprintln(w, "  the district and wards before 1/7/2025 (history):")
		}
		for _, a := range demo.Accounts {
			if a.Past == past {
				fmt.Fprintf(w, "  %-17s %-8s %s\n", a.Login, a.Role, a.Description)
			}
		}
	}
}

// resetDemo deletes the demo's SQLite file so that serve loads it afresh.
// It refuses a PostgreSQL database (drop and create it instead) and a file
// whose data Load did not create; a missing or empty file is fine.
func resetDemo(ctx context.Context, env *Env, dsn string) error {
	if isPostgres(dsn) {
		return errors.New("--demo-reset deletes a SQLite file; for PostgreSQL drop and create the database, then use --demo")
	}
	if _, err := os.Stat(dsn); errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return err
	}
	if err := checkDemoFile(ctx, env, dsn); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if err := os.Remove(dsn + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	fmt.Fprintf(env.Stdout, "demo database %s deleted\n", dsn)
	return nil
}

// checkDemoFile refuses a database that holds anything but the demo's data.
func checkDemoFile(ctx context.Context, env *Env, dsn string) error {
	_, st, err := openService(ctx, env, dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	isDemo, err := demo.IsDemo(ctx, st)
	if err != nil || isDemo {
		return err
	}
	if _, n, err := st.FindAudit(ctx, tiendo.AuditFilter{Page: tiendo.Page{Page: 1, PerPage: 1}}); err != nil || n == 0 {
		return err
	}
	return fmt.Errorf("--demo-reset: %s is not a demo database (loaded by --demo); it was not deleted", dsn)
}
