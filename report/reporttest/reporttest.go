// Package reporttest opens exported files the way their readers do: with
// LibreOffice headless (soffice --convert-to) and poppler's pdftotext, so
// tests can compare the numbers read back with the API's. Without the
// tools a test skips, unless TIENDO_REQUIRE_SOFFICE=1 (CI), where it fails.
package reporttest

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// tool returns the path of a program, skipping (or failing, when required)
// the test when it is missing.
func tool(t testing.TB, name, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("TIENDO_REQUIRE_SOFFICE") == "1" {
			t.Fatalf("TIENDO_REQUIRE_SOFFICE=1 but %s is missing (apt-get install %s)", name, pkg)
		}
		t.Skipf("%s is missing (apt-get install %s); set TIENDO_REQUIRE_SOFFICE=1 to fail instead", name, pkg)
	}
	return p
}

// convert runs soffice on file with a private profile (parallel runs do
// not share one) and returns the output folder.
func convert(t testing.TB, file, to string) string {
	t.Helper()
	soffice := tool(t, "soffice", "libreoffice-writer-nogui libreoffice-calc-nogui")
	dir := t.TempDir()
	profile := "file://" + filepath.Join(dir, "profile")
	out := filepath.Join(dir, "out")
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation="+profile,
		"--convert-to", to, "--outdir", out, file)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice %s: %v\n%s", file, err, b)
	}
	return out
}

// Sheets opens an XLSX file in LibreOffice Calc and returns every sheet's
// cells by sheet name, as LibreOffice reads them.
func Sheets(t testing.TB, file string) map[string][][]string {
	t.Helper()
	out := convert(t, file, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	files, _ := filepath.Glob(filepath.Join(out, "*.csv"))
	if len(files) == 0 {
		t.Fatalf("LibreOffice produced no sheets from %s", file)
	}
	sheets := map[string][][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b))
		r.FieldsPerRecord = -1
		rows, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimPrefix(strings.TrimSuffix(filepath.Base(f), ".csv"), base+"-")
		sheets[name] = rows
	}
	return sheets
}

// DocxText opens a DOCX file in LibreOffice Writer and returns its text,
// one paragraph (or table cell) per line.
func DocxText(t testing.TB, file string) string {
	t.Helper()
	out := convert(t, file, "txt:Text (encoded):UTF8")
	b, err := os.ReadFile(filepath.Join(out, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimPrefix(string(b), "\ufeff")
}

// PDFText extracts the text of a PDF with pdftotext (poppler-utils).
func PDFText(t testing.TB, file string) string {
	t.Helper()
	bin := tool(t, "pdftotext", "poppler-utils")
	b, err := exec.Command(bin, "-enc", "UTF-8", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext %s: %v\n%s", file, err, b)
	}
	return string(b)
}

// Number reads a cell as LibreOffice wrote it: "1583", "12.5%" (a
// fraction 0.125), "" (none: -1).
func Number(t testing.TB, cell string) float64 {
	t.Helper()
	if cell == "" {
		return -1
	}
	if p, ok := strings.CutSuffix(cell, "%"); ok {
		f, err := strconv.ParseFloat(p, 64)
		if err != nil {
			t.Fatalf("cell %q: %v", cell, err)
		}
		return f / 100
	}
	f, err := strconv.ParseFloat(cell, 64)
	if err != nil {
		t.Fatalf("cell %q is not a number: %v", cell, err)
	}
	return f
}

// PDFOf prints a document or workbook to PDF through LibreOffice and
// returns the PDF's path.
func PDFOf(t testing.TB, file string) string {
	t.Helper()
	out := convert(t, file, "pdf")
	return filepath.Join(out, strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))+".pdf")
}

// Page is the size of a PDF page in points.
type Page struct{ Width, Height float64 }

// PrintPages prints a file to PDF through LibreOffice (Calc honours the
// workbook's page setup) and returns the size of every page, read with
// pdfinfo (poppler-utils).
func PrintPages(t testing.TB, file string) []Page {
	t.Helper()
	pdf := PDFOf(t, file)
	bin := tool(t, "pdfinfo", "poppler-utils")
	b, err := exec.Command(bin, "-f", "1", "-l", "1000", pdf).CombinedOutput()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v\n%s", pdf, err, b)
	}
	var pages []Page
	for _, line := range strings.Split(string(b), "\n") {
		// "Page    1 size: 841.89 x 595.276 pts (A4)"
		f := strings.Fields(line)
		if len(f) >= 6 && f[0] == "Page" && f[2] == "size:" && f[4] == "x" {
			w, err1 := strconv.ParseFloat(f[3], 64)
			h, err2 := strconv.ParseFloat(f[5], 64)
			if err1 != nil || err2 != nil {
				t.Fatalf("pdfinfo line %q", line)
			}
			pages = append(pages, Page{w, h})
		}
	}
	return pages
}
