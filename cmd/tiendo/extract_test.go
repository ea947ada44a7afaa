package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractSeveralFiles: an unreadable file among several is reported in
// its own entry and the others still print; the command then fails.
func TestExtractSeveralFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	missing := filepath.Join(dir, "c.txt")
	os.WriteFile(good, []byte("Giao Sở Y tế kiểm tra cơ số thuốc trước ngày 15/7/2024."), 0o644)
	os.WriteFile(bad, []byte{0xff, 0xfe, 0x00, 0xd8, 0x00}, 0o644) // a UTF-16 text cut inside a pair
	out, err := run(t, "", "extract", good, bad, missing)
	if err == nil {
		t.Error("no error for the unreadable files")
	}
	var all []struct {
		File  string            `json:"file"`
		Error string            `json:"error"`
		Tasks []json.RawMessage `json:"tasks"`
	}
	if err := json.Unmarshal([]byte(out), &all); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(all) != 3 || len(all[0].Tasks) != 1 || all[0].Error != "" || all[1].Error == "" || all[2].Error == "" {
		t.Errorf("output %s", out)
	}
}

// TestExtractScore prints one line per half of a corpus directory.
func TestExtractScore(t *testing.T) {
	dir := t.TempDir()
	for _, half := range []string{"tune", "check"} {
		os.MkdirAll(filepath.Join(dir, half), 0o755)
		os.WriteFile(filepath.Join(dir, half, "x.txt"), []byte("Giao Sở Y tế kiểm tra cơ số thuốc trước ngày 15/7/2024."), 0o644)
		os.WriteFile(filepath.Join(dir, half, "x.gold.json"), []byte(`{"references":[],"tasks":[{"lead":"Sở Y tế",
			"key_phrase":"kiểm tra cơ số thuốc","deadline":{"kind":"date","date":"2024-07-15","text":""}}]}`), 0o644)
	}
	out, err := run(t, "", "extract", "--score", dir)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 || lines[2] != "gap tune - check: reference F1 +0.00; task F1 +0.00; lead +0.00, deadline +0.00 (goal within ±0.05)" || !strings.HasPrefix(lines[0], "tune: 1 texts; reference F1 1.00; task F1 1.00") ||
		!strings.HasPrefix(lines[1], "check: ") || !strings.Contains(lines[1], "deadline 1.00 on 1 matched") {
		t.Errorf("output %q", out)
	}
}
