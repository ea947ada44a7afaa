package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/base64"
	"flag"
	"fmt"
	"strings"

	"tiendo"
	"tiendo/service"
)

func runUser(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] != "add" {
		fmt.Fprintln(env.Stderr, "usage: tiendo user add --login L --role R [--org CODE] [--password-stdin] [--db …]")
		return errUsage
	}
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	login := fs.String("login", "", "login name")
	role := fs.String("role", "", "admin|office|leader|officer|viewer")
	org := fs.String("org", "", "organisation code the role covers (admin without --org: whole tree)")
	fromStdin := fs.Bool("password-stdin", false, "read the password from the first line of standard input")
	locale := fs.String("locale", "vi", "vi or en")
	if err := fs.Parse(args[1:]); err != nil {
		return errUsage
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx = asSystem(ctx)
	grant := tiendo.Grant{Role: tiendo.Role(*role)}
	if *org != "" {
		o, err := svc.OrgByCode(ctx, *org)
		if err != nil {
			return err
		}
		grant.OrgID = &o.ID
	}
	password, generated, err := readPassword(env, *fromStdin)
	if err != nil {
		return err
	}
	acc, err := svc.CreateAccount(ctx, service.AccountInput{Login: *login, Password: password,
		Grants: []tiendo.Grant{grant}, Locale: *locale})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "account %s created (id %d)\n", acc.Login, acc.ID)
	if generated {
		fmt.Fprintf(env.Stdout, "password: %s\n", password)
	}
	return nil
}

// readPassword reads one line from stdin, or makes a random password that
// is printed once.
func readPassword(env *Env, fromStdin bool) (string, bool, error) {
	if !fromStdin {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return "", false, err
		}
		return base64.RawURLEncoding.EncodeToString(b), true, nil
	}
	line, err := bufio.NewReader(env.Stdin).ReadString('\n')
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", false, fmt.Errorf("no password on standard input: %v", err)
	}
	return line, false, nil
}
