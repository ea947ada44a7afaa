package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"tiendo/extract"
	"tiendo/vn"
)

// runExtract prints the references and proposed tasks of each file as
// JSON: one object for one file, an array of {"file", …} for several, where
// a file that cannot be read is {"file", "error"} and the others still
// print. With --score DIR it prints instead the four figures of issue 14 for
// the gold-annotated texts of DIR (its tune/ and check/ halves separately
// when it has them).
func runExtract(_ context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	dateFlag := fs.String("date", "", "date of the document (YYYY-MM-DD); default: read from the text")
	scoreDir := fs.String("score", "", "score the NAME.txt + NAME.gold.json texts of `DIR` instead")
	verbose := fs.Bool("v", false, "with --score: print every difference from the gold answers")
	if err := fs.Parse(args); err != nil || (fs.NArg() == 0) == (*scoreDir == "") {
		fmt.Fprintln(env.Stderr, "usage: tiendo extract [--date YYYY-MM-DD] FILE...\n       tiendo extract --score DIR [-v]")
		return errUsage
	}
	if *scoreDir != "" {
		return scoreExtract(env, *scoreDir, *verbose)
	}
	var date vn.Date
	if *dateFlag != "" {
		d, err := vn.ParseISODate(*dateFlag)
		if err != nil {
			return fmt.Errorf("--date: %w", err)
		}
		date = d
	}
	type named struct {
		Path  string `json:"file"`
		Error string `json:"error,omitempty"`
		*extract.File
	}
	var all []named
	var errs []error
	for _, path := range fs.Args() {
		res, err := extractPath(path, date)
		if err != nil {
			if fs.NArg() == 1 {
				return err
			}
			errs = append(errs, err)
			all = append(all, named{Path: path, Error: err.Error()})
			continue
		}
		all = append(all, named{Path: path, File: &res})
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if len(all) == 1 {
		return enc.Encode(all[0].File)
	}
	if err := enc.Encode(all); err != nil {
		return err
	}
	return errors.Join(errs...)
}

func extractPath(path string, date vn.Date) (extract.File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return extract.File{}, err
	}
	res, err := extract.ExtractFile(path, data, date)
	if err != nil {
		return extract.File{}, fmt.Errorf("%s: %w", path, err)
	}
	return res, nil
}

// scoreExtract prints the figures of each half of dir, one line each, and
// fails when a text could not be read.
func scoreExtract(env *Env, dir string, verbose bool) error {
	var logf func(string, ...any)
	if verbose {
		logf = func(format string, a ...any) { fmt.Fprintf(env.Stdout, "  "+format+"\n", a...) }
	}
	names, all, err := extract.ScoreHalves(dir, logf)
	if err != nil {
		return err
	}
	unread := 0
	for i, name := range names {
		f := all[i].Figures()
		fmt.Fprintf(env.Stdout, "%s: %d texts; reference F1 %.2f; task F1 %.2f (precision %.2f, recall %.2f); "+
			"lead %.2f, deadline %.2f on %d matched tasks (goal .95/.85/.90/.90)\n",
			name, all[i].Texts, f.RefF1, f.TaskF1, f.TaskP, f.TaskR, f.Lead, f.Deadline, all[i].TaskMatch)
		unread += all[i].Errors
	}
	if len(names) == 2 {
		// Rules fitted to texts rather than to the language show as a gap
		// between the half they were tuned on and the half kept apart.
		t, c := all[0].Figures(), all[1].Figures()
		fmt.Fprintf(env.Stdout, "gap tune - check: reference F1 %+.2f; task F1 %+.2f; lead %+.2f, deadline %+.2f (goal within ±0.05)\n",
			t.RefF1-c.RefF1, t.TaskF1-c.TaskF1, t.Lead-c.Lead, t.Deadline-c.Deadline)
	}
	if unread > 0 {
		return fmt.Errorf("%d texts could not be read", unread)
	}
	return nil
}
