package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"tiendo"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
)

const reportUsage = `usage: tiendo report --period P [--as-of YYYY-MM-DD] [--org CODE] [--group org|leader|document|category|assignee]
       [--cutoff 15] --format json|xlsx|docx|pdf --out FILE [--grades nd335|hn3814 [--kind org|person]]
       [--number "Số: 12/BC-VP"] [--place P] [--body B] [--signer NAME] [--signer-role ROLE] [--db …]`

// runReport writes the statistics report (or, with --grades, the grade
// sheet) of a period to a file, with the same numbers as the API.
func runReport(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	period := fs.String("period", "", "2023-03, 2023-Q1, 2023-H1, 2023-9M, 2023 or 2023-01-15..2023-03-14")
	asOf := fs.String("as-of", "", "cut-off date YYYY-MM-DD (default the period's last day, or today)")
	org := fs.String("org", "", "organisation code: only its subtree")
	group := fs.String("group", "org", "breakdown: org, leader, document, category or assignee")
	cutoff := fs.Int("cutoff", 0, "first day of each monthly window (default 15, NĐ 09/2019)")
	format := fs.String("format", "", "json, xlsx, docx or pdf")
	out := fs.String("out", "", "output file")
	grades := fs.String("grades", "", "write the grade sheet under this rule set (nd335, hn3814) instead")
	kind := fs.String("kind", "org", "with --grades: org or person")
	var o report.ReportOptions
	fs.StringVar(&o.Number, "number", "", "number and symbol, e.g. \"Số: 12/BC-VP\"")
	fs.StringVar(&o.Place, "place", "", "place of issue (default the locality of the issuing body, e.g. \"Hà Nội\")")
	fs.StringVar(&o.Body, "body", "", "issuing body (default from the organisation tree, see docs)")
	fs.StringVar(&o.SignerName, "signer", "", "name of the signer")
	fs.StringVar(&o.SignerRole, "signer-role", "", "signing capacity, lines separated by |")
	fontDir := fs.String("font-dir", env.Getenv("TIENDO_FONT_DIR"), "folder with DejaVu Serif for PDF (env TIENDO_FONT_DIR)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if *period == "" || *out == "" || !slices.Contains(report.Formats, *format) {
		fmt.Fprintln(env.Stderr, reportUsage)
		return errUsage
	}
	o.SignerRole = strings.ReplaceAll(o.SignerRole, "|", "\n")
	req, err := reportRequest(*period, *asOf, *cutoff, *group)
	if err != nil {
		return err
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx = asSystem(ctx)
	if *org != "" {
		o, err := svc.OrgByCode(ctx, *org)
		if err != nil {
			return err
		}
		req.OrgID = &o.ID
	}
	fonts := func() (*report.Fonts, error) { return report.LoadFonts(*fontDir) }
	return writeAtomically(*out, func(f *os.File) error {
		if *grades != "" {
			g, err := report.GatherGrades(ctx, svc, service.GradeRequest{Period: req.Period, Cutoffs: req.Cutoffs, AsOf: req.AsOf,
				Rules: *grades, Kind: tiendo.SubjectKind(*kind), OrgID: req.OrgID})
			if err != nil {
				return err
			}
			return g.Write(f, *format, o, fonts)
		}
		e, err := report.GatherStats(ctx, svc, req, 200)
		if err != nil {
			return err
		}
		return e.Write(f, *format, o, fonts)
	})
}

func reportRequest(period, asOf string, cutoff int, group string) (service.StatsRequest, error) {
	p, err := vn.ParsePeriod(period)
	if err != nil {
		return service.StatsRequest{}, tiendo.FieldError("period", err.Error())
	}
	req := service.StatsRequest{Period: p, Group: tiendo.StatsGroup(group)}
	if asOf != "" {
		if req.AsOf, err = vn.ParseISODate(asOf); err != nil {
			return req, tiendo.FieldError("as-of", "phải là một ngày dạng YYYY-MM-DD")
		}
	}
	if cutoff != 0 {
		req.Cutoffs = &vn.Cutoffs{Day: cutoff}
	}
	return req, nil
}

// writeAtomically writes to a temporary file beside path and renames it,
// so a failed report never leaves a half-written file.
func writeAtomically(path string, write func(*os.File) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tiendo-report-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
