package vn

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir holds the project's real example articles and their gold
// annotations. Tests that read it skip when it is absent (a bare checkout).
const sharedDir = "/work/shared"

// readShared returns the contents of the files matching pattern in the seeds
// and corpus folders, keyed by base name.
func readShared(t *testing.T, pattern string) map[string]string {
	t.Helper()
	var paths []string
	for _, dir := range []string{"seeds", "corpus"} {
		m, _ := filepath.Glob(filepath.Join(sharedDir, dir, pattern))
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Skipf("no %s files under %s", pattern, sharedDir)
	}
	out := make(map[string]string, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = string(b)
	}
	return out
}

// gold is the part of a .gold.json annotation these tests use.
type gold struct {
	References []struct {
		Raw    string  `json:"raw"`
		Style  string  `json:"style"`
		Number string  `json:"number"`
		Year   *int    `json:"year"`
		Type   string  `json:"type"`
		Issuer string  `json:"issuer"`
		Unit   string  `json:"unit"`
		Date   *string `json:"date"`
	} `json:"references"`
	Tasks []struct {
		Deadline struct {
			Kind string  `json:"kind"`
			Date *string `json:"date"`
			Text string  `json:"text"`
		} `json:"deadline"`
	} `json:"tasks"`
}

// readGold returns the parsed gold annotations, keyed by file name.
func readGold(t *testing.T) map[string]gold {
	t.Helper()
	out := make(map[string]gold)
	for name, text := range readShared(t, "*.gold.json") {
		var g gold
		if err := json.Unmarshal([]byte(text), &g); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = g
	}
	return out
}
