// Command tiendo runs Tiến Độ: the web server and its administrative
// subcommands. Each subcommand lives in its own file.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"tiendo"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{Args: os.Args[1:], Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		Clock: tiendo.SystemClock{}}
	if err := Run(ctx, env); err != nil {
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "tiendo:", describe(err))
		os.Exit(1)
	}
}

// Env is everything a command touches of the outside world, so tests can
// run the real program in-process.
type Env struct {
	Args           []string
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Clock          tiendo.Clock
	// Ready, when set, receives the server's base URL once it listens.
	Ready func(url string)
}

var errUsage = errors.New("usage")

const usage = `Tiến Độ — theo dõi nhiệm vụ được giao

Usage:
  tiendo serve   [--db PATH|postgres://DSN] [--addr 127.0.0.1:8080] [--demo] [--demo-reset] [--idle-timeout 30m] [--trust-proxy] [--password-slots 2]
                 [--mem-limit-mib 64] [--smtp-host H …] [--base-url URL] [--no-reminders]  (tiendo serve -h lists all)
  tiendo migrate [--db …]
  tiendo user add --login L --role R [--org CODE] [--password-stdin] [--db …]
  tiendo token create --login L [--name N] [--expires DAYS] [--db …]
  tiendo backup --out FILE [--db …]
  tiendo restore --from FILE [--force] [--db …]
  tiendo org dissolve --code C --successor S [--on YYYY-MM-DD] [--db …]
  tiendo gen --db PATH --orgs N --tasks N [--seed S]
  tiendo report --period P [--as-of D] [--org CODE] --format json|xlsx|docx|pdf --out FILE [--grades nd335|hn3814]
  tiendo extract [--date YYYY-MM-DD] FILE...   (.txt, .docx, .xlsx → JSON)
  tiendo extract --score DIR [-v]               (figures against NAME.gold.json)
  tiendo version

The database defaults to $TIENDO_DB, then tiendo.db in the current folder.
`

// Run dispatches to a subcommand.
func Run(ctx context.Context, env *Env) error {
	if len(env.Args) == 0 {
		fmt.Fprint(env.Stderr, usage)
		return errUsage
	}
	cmd, args := env.Args[0], env.Args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, env, args)
	case "migrate":
		return runMigrate(ctx, env, args)
	case "user":
		return runUser(ctx, env, args)
	case "token":
		return runToken(ctx, env, args)
	case "backup":
		return runBackup(ctx, env, args)
	case "restore":
		return runRestore(ctx, env, args)
	case "org":
		return runOrg(ctx, env, args)
	case "gen":
		return runGen(ctx, env, args)
	case "report":
		return runReport(ctx, env, args)
	case "extract":
		return runExtract(ctx, env, args)
	case "version":
		fmt.Fprintln(env.Stdout, version())
		return nil
	case "help", "-h", "--help":
		fmt.Fprint(env.Stdout, usage)
		return nil
	}
	fmt.Fprintf(env.Stderr, "unknown command %q\n\n%s", cmd, usage)
	return errUsage
}

// describe prints an application error with its fields, anything else whole.
func describe(err error) string {
	var e *tiendo.Error
	if errors.As(err, &e) && e.Code != tiendo.EINTERNAL {
		msg := e.Message
		for f, m := range e.Fields {
			msg += fmt.Sprintf("\n  %s: %s", f, m)
		}
		return msg
	}
	return err.Error()
}
