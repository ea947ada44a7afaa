package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"tiendo/extract"
	"tiendo/vn"
)

// runExtract prints the references and proposed tasks of each file as
// JSON: one object for one file, an array of {"file", …} for several.
func runExtract(_ context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	dateFlag := fs.String("date", "", "date of the document (YYYY-MM-DD); default: read from the text")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "usage: tiendo extract [--date YYYY-MM-DD] FILE...")
		return errUsage
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
		Path string `json:"file"`
		extract.File
	}
	var all []named
	for _, path := range fs.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		res, err := extract.ExtractFile(path, data, date)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		all = append(all, named{Path: path, File: res})
	}
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if len(all) == 1 {
		return enc.Encode(all[0].File)
	}
	return enc.Encode(all)
}
