package tiendo_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// layers is the dependency rule of docs/ARCHITECTURE.md as data: for each
// package of the module, the packages of the module it may import directly.
// A package missing from the table fails the test, so a new package is
// placed in the layering on purpose rather than by accident.
var layers = map[string][]string{
	"tiendo":                          {"tiendo/vn"},
	"tiendo/vn":                       {},
	"tiendo/grade":                    {},
	"tiendo/extract":                  {"tiendo/vn"},
	"tiendo/service":                  {"tiendo", "tiendo/vn", "tiendo/extract", "tiendo/grade"},
	"tiendo/sqlstore":                 {"tiendo", "tiendo/vn"},
	"tiendo/sqlstore/sqlite":          {"tiendo", "tiendo/vn", "tiendo/sqlstore"},
	"tiendo/sqlstore/postgres":        {"tiendo", "tiendo/vn", "tiendo/sqlstore"},
	"tiendo/sqlstore/postgres/pgtest": {"tiendo", "tiendo/sqlstore", "tiendo/sqlstore/postgres"},
	"tiendo/storetest":                {"tiendo", "tiendo/vn"},
	"tiendo/report":                   {"tiendo", "tiendo/vn", "tiendo/service"},
	"tiendo/report/reporttest":        {},
	"tiendo/notify":                   {"tiendo", "tiendo/vn", "tiendo/service"},
	"tiendo/notify/notifytest":        {"tiendo/notify"}, // a real SMTP server for tests
	"tiendo/web":                      {"tiendo", "tiendo/service", "tiendo/web/httpx", "tiendo/web/api", "tiendo/web/ui"},
	"tiendo/web/httpx":                {"tiendo", "tiendo/vn", "tiendo/service", "tiendo/report", "tiendo/web/i18n"},
	"tiendo/web/i18n":                 {"tiendo", "tiendo/vn"},
	"tiendo/web/api":                  {"tiendo", "tiendo/vn", "tiendo/service", "tiendo/report", "tiendo/grade", "tiendo/web/httpx", "tiendo/web/i18n"},
	"tiendo/web/ui":                   {"tiendo", "tiendo/vn", "tiendo/service", "tiendo/report", "tiendo/grade", "tiendo/web/httpx", "tiendo/web/i18n"},
	"tiendo/demo":                     {"tiendo", "tiendo/vn", "tiendo/service"},
	"tiendo/gen":                      {"tiendo", "tiendo/vn", "tiendo/service", "tiendo/sqlstore"},
	"tiendo/scripts/vulndb":           {}, // builds govulncheck's database; stands alone
}

// wiring packages may import anything of the module: the main package and
// the harnesses that run the real binary.
var wiring = []string{"tiendo/cmd/tiendo", "tiendo/bench", "tiendo/e2e"}

// never lists packages that must not reach another even indirectly: the
// layers that stay free of HTTP and SQL.
var never = map[string][]string{
	"tiendo":           {"tiendo/service", "tiendo/sqlstore", "tiendo/web"},
	"tiendo/service":   {"tiendo/sqlstore", "tiendo/web", "tiendo/report", "tiendo/notify"},
	"tiendo/web":       {"tiendo/sqlstore", "tiendo/sqlstore/sqlite", "tiendo/sqlstore/postgres"},
	"tiendo/web/httpx": {"tiendo/sqlstore", "tiendo/web", "tiendo/web/api", "tiendo/web/ui"},
	"tiendo/web/i18n":  {"tiendo/service", "tiendo/sqlstore", "tiendo/web", "tiendo/web/httpx"},
	"tiendo/web/api":   {"tiendo/sqlstore", "tiendo/web", "tiendo/web/ui"},
	"tiendo/web/ui":    {"tiendo/sqlstore", "tiendo/web", "tiendo/web/api"},
	"tiendo/report":    {"tiendo/sqlstore", "tiendo/web"},
	"tiendo/notify":    {"tiendo/sqlstore", "tiendo/web"},
}

type listedPackage struct {
	ImportPath string
	Imports    []string
	Deps       []string
	GoFiles    []string
}

func TestLayers(t *testing.T) {
	pkgs := listPackages(t)
	for _, p := range pkgs {
		if len(p.GoFiles) == 0 || isWiring(p.ImportPath) {
			continue // test-only packages and the wiring may import anything
		}
		allowed, ok := layers[p.ImportPath]
		if !ok {
			t.Errorf("%s is not placed in the layering: add it to layers in layers_test.go and to docs/ARCHITECTURE.md", p.ImportPath)
			continue
		}
		for _, imp := range projectOnly(p.Imports) {
			if !slices.Contains(allowed, imp) {
				t.Errorf("%s imports %s; docs/ARCHITECTURE.md allows only %v", p.ImportPath, imp, allowed)
			}
		}
		for _, dep := range projectOnly(p.Deps) {
			if slices.Contains(never[p.ImportPath], dep) {
				t.Errorf("%s depends on %s (indirectly)", p.ImportPath, dep)
			}
		}
	}
	if len(pkgs) < len(layers) {
		t.Fatalf("go list found %d packages, fewer than the %d in the table", len(pkgs), len(layers))
	}
}

func TestLayersTableHasNoStalePackages(t *testing.T) {
	listed := map[string]bool{}
	for _, p := range listPackages(t) {
		listed[p.ImportPath] = true
	}
	for pkg := range layers {
		if !listed[pkg] {
			t.Errorf("layers names %s, which no longer exists", pkg)
		}
	}
}

func listPackages(t *testing.T) []listedPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", "./...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	var pkgs []listedPackage
	dec := json.NewDecoder(bufio.NewReader(bytes.NewReader(out)))
	for dec.More() {
		var p listedPackage
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func projectOnly(paths []string) []string {
	var out []string
	for _, p := range paths {
		if p == "tiendo" || strings.HasPrefix(p, "tiendo/") {
			out = append(out, p)
		}
	}
	return out
}

func isWiring(pkg string) bool {
	for _, w := range wiring {
		if pkg == w || strings.HasPrefix(pkg, w+"/") {
			return true
		}
	}
	return false
}
