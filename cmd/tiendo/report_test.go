package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"tiendo/vn"
)

// TestReportCommand writes the statistics of the current quarter of a
// generated province in every format; the workbook's total row holds the
// numbers of the JSON.
func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	if _, err := run(t, "", "gen", "--db", db, "--orgs", "30", "--tasks", "1500", "--seed", "7"); err != nil {
		t.Fatal(err)
	}
	q := vn.PeriodContaining(vn.PeriodQuarter, vn.DateOf(time.Now()), vn.DefaultCutoffs()).String()
	out := func(name string) string { return filepath.Join(dir, name) }
	for _, f := range []string{"json", "xlsx", "docx"} {
		if _, err := run(t, "", "report", "--db", db, "--period", q, "--format", f, "--out", out("r."+f),
			"--place", "Hòa An", "--signer", "Nguyễn Văn A"); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	var rep struct {
		Total struct {
			Assigned int `json:"assigned"`
		} `json:"total"`
		Rows []json.RawMessage `json:"rows"`
	}
	b, err := os.ReadFile(out("r.json"))
	if err != nil || json.Unmarshal(b, &rep) != nil || len(rep.Rows) == 0 || rep.Total.Assigned == 0 {
		t.Fatalf("json report: %v %s", err, b)
	}
	x, err := excelize.OpenFile(out("r.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	rows, err := x.GetRows("Thống kê")
	if err != nil {
		t.Fatal(err)
	}
	last := rows[len(rows)-1]
	if last[2] != "Tổng cộng" || last[3] != strconv.Itoa(rep.Total.Assigned) {
		t.Fatalf("workbook total %v, JSON assigned %d", last, rep.Total.Assigned)
	}
	if _, err := run(t, "", "report", "--db", db, "--period", q, "--grades", "hn3814", "--format", "xlsx", "--out", out("g.xlsx")); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, "", "report", "--db", db, "--period", q, "--format", "odt", "--out", out("r.odt")); !errors.Is(err, errUsage) {
		t.Fatalf("unknown format: %v", err)
	}
	if _, err := run(t, "", "report", "--db", db, "--period", "2026-13", "--format", "json", "--out", out("x.json")); err == nil {
		t.Fatal("a bad period was accepted")
	}
	if _, err := os.Stat(out("x.json")); !os.IsNotExist(err) {
		t.Fatalf("a failed report left a file: %v", err)
	}
}
