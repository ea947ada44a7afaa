package extract_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"tiendo/extract"
	"tiendo/vn"
)

// intakeDir is the development corpus of issue 14: real public texts with
// gold annotations, split once into a tuning and a checking half
// (testdata/intake/README.md).
var intakeDir = filepath.Join("..", "testdata", "intake")

// intakeGold is the whole gold format, so that a misspelt field fails.
type intakeGold struct {
	Source     string              `json:"source"`
	Retrieved  string              `json:"retrieved"`
	Kind       string              `json:"kind"`
	References []extract.Reference `json:"references"`
	Tasks      []struct {
		Lead        string           `json:"lead"`
		Cooperating []string         `json:"cooperating"`
		Action      string           `json:"action"`
		KeyPhrase   string           `json:"key_phrase"`
		Deadline    extract.Deadline `json:"deadline"`
	} `json:"tasks"`
	Notes string `json:"notes"`
}

// intakeKinds are the kinds of text the manifest may name.
var intakeKinds = map[string]bool{
	"plan": true, "letter": true, "conclusion": true, "party": true,
	"news": true, "commune": true, "notask": true,
}

// TestIntakeCorpus checks that every annotation of the development corpus
// is well formed, so a malformed gold file fails CI instead of silently
// changing the scores: each gold file parses with no unknown field and has
// its non-empty UTF-8 text beside it; each reference carries a number and a
// style; each task's key phrase occurs in the text (folded, as the scorer
// matches it) and its deadline kind agrees with its date; and every file is
// in the half the manifest says, with both halves holding every kind.
func TestIntakeCorpus(t *testing.T) {
	manifest := readIntakeManifest(t)
	kindsByHalf := map[string]map[string]int{"tune": {}, "check": {}}
	seen := map[string]bool{}
	for _, half := range []string{"tune", "check"} {
		paths, err := filepath.Glob(filepath.Join(intakeDir, half, "*.gold.json"))
		if err != nil {
			t.Fatal(err)
		}
		txts, _ := filepath.Glob(filepath.Join(intakeDir, half, "*.txt"))
		if len(paths) == 0 || len(txts) != len(paths) {
			t.Fatalf("%s: %d gold files and %d texts", half, len(paths), len(txts))
		}
		for _, p := range paths {
			name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
			seen[name] = true
			g, text := readIntakeText(t, p)
			row, ok := manifest[name]
			switch {
			case !ok:
				t.Errorf("%s: not in MANIFEST.tsv", name)
			case row.half != half:
				t.Errorf("%s: in %s/, manifest says %s", name, half, row.half)
			case row.kind != g.Kind:
				t.Errorf("%s: kind %q, manifest says %q", name, g.Kind, row.kind)
			case row.source != g.Source:
				t.Errorf("%s: source differs from the manifest", name)
			}
			kindsByHalf[half][g.Kind]++
			checkIntakeGold(t, name, g, text)
		}
	}
	for name := range manifest {
		if !seen[name] {
			t.Errorf("%s: in MANIFEST.tsv but has no gold file", name)
		}
	}
	for kind := range intakeKinds {
		if kindsByHalf["tune"][kind] == 0 || kindsByHalf["check"][kind] == 0 {
			t.Errorf("kind %s is missing from a half: tune %d, check %d",
				kind, kindsByHalf["tune"][kind], kindsByHalf["check"][kind])
		}
	}
}

func readIntakeText(t *testing.T, goldPath string) (intakeGold, string) {
	t.Helper()
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g intakeGold
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s: %v", goldPath, err)
	}
	text, err := os.ReadFile(strings.TrimSuffix(goldPath, ".gold.json") + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(bytes.TrimSpace(text)) == 0 || !utf8.Valid(text) {
		t.Fatalf("%s: text is empty or not UTF-8", goldPath)
	}
	return g, string(text)
}

func checkIntakeGold(t *testing.T, name string, g intakeGold, text string) {
	t.Helper()
	if !strings.HasPrefix(g.Source, "http") || g.Retrieved == "" {
		t.Errorf("%s: source address and retrieval date are required", name)
	}
	if _, err := vn.ParseISODate(g.Retrieved); err != nil {
		t.Errorf("%s: retrieved %q: %v", name, g.Retrieved, err)
	}
	if !intakeKinds[g.Kind] {
		t.Errorf("%s: unknown kind %q", name, g.Kind)
	}
	if g.Kind == "notask" && len(g.Tasks) > 0 {
		t.Errorf("%s: a notask text has %d tasks", name, len(g.Tasks))
	}
	folded := vn.Fold(text)
	for _, r := range g.References {
		if r.Number == "" || (r.Style != "state" && r.Style != "party") {
			t.Errorf("%s: reference %q needs a number and style state or party", name, r.Raw)
		}
	}
	for _, task := range g.Tasks {
		if task.Lead == "" || task.KeyPhrase == "" {
			t.Errorf("%s: a task needs a lead and a key phrase: %+v", name, task)
		}
		if !strings.Contains(folded, vn.Fold(task.KeyPhrase)) {
			t.Errorf("%s: key phrase %q is not in the text", name, task.KeyPhrase)
		}
		dl := task.Deadline
		switch dl.Kind {
		case "date", "period":
			if dl.Date.IsZero() {
				t.Errorf("%s: %s deadline without a date (%q)", name, dl.Kind, task.KeyPhrase)
			}
		case "recurring", "continuous", "none":
			if !dl.Date.IsZero() {
				t.Errorf("%s: %s deadline with a date (%q)", name, dl.Kind, task.KeyPhrase)
			}
		default:
			t.Errorf("%s: deadline kind %q (%q)", name, dl.Kind, task.KeyPhrase)
		}
		if dl.Kind != "none" && dl.Text != "" && !strings.Contains(folded, vn.Fold(dl.Text)) {
			t.Errorf("%s: deadline text %q is not in the text", name, dl.Text)
		}
	}
}

type intakeRow struct{ kind, half, source string }

// readIntakeManifest reads MANIFEST.tsv: name, kind, half, source address.
func readIntakeManifest(t *testing.T) map[string]intakeRow {
	t.Helper()
	f, err := os.Open(filepath.Join(intakeDir, "MANIFEST.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := map[string]intakeRow{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			t.Fatalf("MANIFEST.tsv: %q: want 4 tab-separated columns", line)
		}
		if _, dup := rows[cols[0]]; dup {
			t.Fatalf("MANIFEST.tsv: %s listed twice", cols[0])
		}
		rows[cols[0]] = intakeRow{kind: cols[1], half: cols[2], source: cols[3]}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}
