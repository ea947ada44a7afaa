package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"tiendo/vn"
)

// Gold is an annotated text: the answer extraction should give
// (the format of /work/shared/seeds/*.gold.json).
type Gold struct {
	Source     string      `json:"source"` // where the text was published
	References []Reference `json:"references"`
	Tasks      []GoldTask  `json:"tasks"`
}

// GoldTask is one task of a gold file. A proposed task matches it when its
// source contains the key phrase (folded).
type GoldTask struct {
	Lead      string   `json:"lead"`
	KeyPhrase string   `json:"key_phrase"`
	Deadline  Deadline `json:"deadline"`
}

// Scores are the counts behind the four figures of issue 14, measured as
// /work/shared/tools/score_extract.py measures them.
type Scores struct {
	Texts, Errors                 int
	RefGold, RefPred, RefMatch    int
	RefDated, RefDateOK           int
	TaskGold, TaskPred, TaskMatch int
	LeadOK, DeadlineOK            int
}

// Figures are the ratios computed from Scores.
type Figures struct {
	RefP, RefR, RefF1    float64
	TaskP, TaskR, TaskF1 float64
	Lead, Deadline       float64 // on matched tasks
}

// Figures returns the ratios of s.
func (s Scores) Figures() Figures {
	f := Figures{
		RefP: precision(s.RefMatch, s.RefPred, s.RefGold), RefR: ratioOr1(s.RefMatch, s.RefGold),
		TaskP: precision(s.TaskMatch, s.TaskPred, s.TaskGold), TaskR: ratioOr1(s.TaskMatch, s.TaskGold),
		Lead: ratio(s.LeadOK, s.TaskMatch), Deadline: ratio(s.DeadlineOK, s.TaskMatch),
	}
	f.RefF1, f.TaskF1 = f1(f.RefP, f.RefR), f1(f.TaskP, f.TaskR)
	return f
}

// MeetsGoal reports the targets: reference F1 ≥ 0.95, task F1 ≥
// 0.85, lead and deadline right on ≥ 90% of matched tasks.
func (f Figures) MeetsGoal() bool {
	return f.RefF1 >= 0.95 && f.TaskF1 >= 0.85 && f.Lead >= 0.9 && f.Deadline >= 0.9
}

func (s Scores) String() string {
	f := s.Figures()
	return fmt.Sprintf("%d texts: reference F1 %.2f (P %.2f R %.2f, dates %d/%d); task F1 %.2f (P %.2f R %.2f); "+
		"lead %.2f, deadline %.2f of %d matched", s.Texts, f.RefF1, f.RefP, f.RefR, s.RefDateOK, s.RefDated,
		f.TaskF1, f.TaskP, f.TaskR, f.Lead, f.Deadline, s.TaskMatch)
}

// Add adds the scores of another set.
func (s *Scores) Add(o Scores) {
	s.Texts += o.Texts
	s.Errors += o.Errors
	s.RefGold += o.RefGold
	s.RefPred += o.RefPred
	s.RefMatch += o.RefMatch
	s.RefDated += o.RefDated
	s.RefDateOK += o.RefDateOK
	s.TaskGold += o.TaskGold
	s.TaskPred += o.TaskPred
	s.TaskMatch += o.TaskMatch
	s.LeadOK += o.LeadOK
	s.DeadlineOK += o.DeadlineOK
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// precision is 1 when nothing was to be found and nothing was proposed
// (the Python scorer gives 0 there).
func precision(match, pred, gold int) float64 {
	if pred == 0 && gold == 0 {
		return 1
	}
	return ratio(match, pred)
}

// ratioOr1 is a recall: nothing to find is found in full.
func ratioOr1(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

var spaceDashRe = regexp.MustCompile(`[\s\-]`)

func refKey(r Reference) string {
	f := func(s string) string { return spaceDashRe.ReplaceAllString(vn.Fold(s), "") }
	return f(r.Number) + "|" + f(r.Type) + "|" + f(r.Issuer) + "|" + f(r.Unit)
}

// LeadOK is the scorer's lenient lead comparison: one folded lead contains
// the other, or they share half their words.
func LeadOK(g, p string) bool {
	g, p = strings.Join(strings.Fields(vn.Fold(g)), " "), strings.Join(strings.Fields(vn.Fold(p)), " ")
	if g == "" || p == "" {
		return g == p
	}
	if strings.Contains(p, g) || strings.Contains(g, p) {
		return true
	}
	gs, ps := map[string]bool{}, map[string]bool{}
	for _, w := range strings.Fields(g) {
		gs[w] = true
	}
	for _, w := range strings.Fields(p) {
		ps[w] = true
	}
	inter := 0
	for w := range gs {
		if ps[w] {
			inter++
		}
	}
	union := len(gs) + len(ps) - inter
	return float64(inter)/float64(max(1, union)) >= 0.5
}

// ScoreText compares one result with its gold answer. logf, when not nil,
// is told every difference.
func ScoreText(name string, g Gold, res Result, logf func(format string, args ...any)) Scores {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	s := Scores{Texts: 1}
	gk := map[string]Reference{}
	for _, r := range g.References {
		gk[refKey(r)] = r
	}
	pk := map[string]Reference{}
	for _, r := range res.References {
		pk[refKey(r)] = r
	}
	s.RefGold, s.RefPred = len(gk), len(pk)
	for _, k := range sortedKeys(gk) {
		gr := gk[k]
		pr, ok := pk[k]
		if !ok {
			logf("%s: missed reference %s", name, gr.Raw)
			continue
		}
		s.RefMatch++
		if !gr.Date.IsZero() {
			s.RefDated++
			if pr.Date == gr.Date {
				s.RefDateOK++
			} else {
				logf("%s: reference %s dated %v, want %v", name, gr.Raw, pr.Date, gr.Date)
			}
		}
	}
	for _, k := range sortedKeys(pk) {
		if _, ok := gk[k]; !ok {
			logf("%s: extra reference %s", name, pk[k].Raw)
		}
	}
	used := map[int]bool{}
	for _, gt := range g.Tasks {
		kp := vn.Fold(gt.KeyPhrase)
		found := false
		for i, p := range res.Tasks {
			if used[i] || !strings.Contains(vn.Fold(p.Source), kp) {
				continue
			}
			used[i], found = true, true
			s.TaskMatch++
			if LeadOK(gt.Lead, p.Lead) {
				s.LeadOK++
			} else {
				logf("%s: lead %q, want %q", name, p.Lead, gt.Lead)
			}
			if gt.Deadline.Kind == p.Deadline.Kind && gt.Deadline.Date == p.Deadline.Date {
				s.DeadlineOK++
			} else {
				logf("%s: deadline %s %v, want %s %v (%q)", name, p.Deadline.Kind, p.Deadline.Date,
					gt.Deadline.Kind, gt.Deadline.Date, gt.KeyPhrase)
			}
			break
		}
		if !found {
			logf("%s: missed task %q", name, gt.KeyPhrase)
		}
	}
	for i, p := range res.Tasks {
		if !used[i] {
			logf("%s: extra task %q (lead %q)", name, p.Source, p.Lead)
		}
	}
	s.TaskGold, s.TaskPred = len(g.Tasks), len(res.Tasks)
	return s
}

func sortedKeys(m map[string]Reference) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// ScoreDir extracts every NAME.txt of dir that has a NAME.gold.json beside
// it, reading it as ExtractFile reads an uploaded file, and scores it. A
// text that cannot be read counts as an error with nothing proposed.
func ScoreDir(dir string, logf func(format string, args ...any)) (Scores, error) {
	if logf == nil {
		logf = func(string, ...any) {}
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return Scores{}, err
	}
	if len(paths) == 0 {
		return Scores{}, fmt.Errorf("%s: no *.gold.json files", dir)
	}
	var total Scores
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return Scores{}, err
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return Scores{}, fmt.Errorf("%s: %w", p, err)
		}
		txt := strings.TrimSuffix(p, ".gold.json") + ".txt"
		data, err := os.ReadFile(txt)
		if err != nil {
			return Scores{}, err
		}
		res, err := ExtractFile(txt, data, vn.Date{})
		s := ScoreText(filepath.Base(txt), g, res.Result, logf)
		if err != nil {
			logf("%s: %v", filepath.Base(txt), err)
			s.Errors++
		}
		total.Add(s)
	}
	return total, nil
}

// ScoreHalves scores a corpus directory: its "tune" and "check" halves
// separately when it has them, else the directory itself. It returns the
// names ("tune", "check", or the directory) with their scores, in order.
func ScoreHalves(dir string, logf func(format string, args ...any)) ([]string, []Scores, error) {
	var names []string
	var all []Scores
	for _, half := range []string{"tune", "check"} {
		sub := filepath.Join(dir, half)
		if st, err := os.Stat(sub); err != nil || !st.IsDir() {
			continue
		}
		s, err := ScoreDir(sub, logf)
		if err != nil {
			return nil, nil, err
		}
		names, all = append(names, half), append(all, s)
	}
	if len(names) > 0 {
		return names, all, nil
	}
	s, err := ScoreDir(dir, logf)
	if err != nil {
		return nil, nil, err
	}
	return []string{dir}, []Scores{s}, nil
}
