package ui

import (
	"strings"
	"testing"

	"tiendo"
	"tiendo/grade"
	"tiendo/service"
	"tiendo/vn"
)

// FuzzRulesVersionForm: whatever a field of the rules form holds, reading it
// never panics, the service's field names map back onto form fields, and
// the prefilled form reads back as the rules it was filled from.
func FuzzRulesVersionForm(f *testing.F) {
	for _, s := range []string{"33,3333", "", "-1", "1e400", "NaN", "abc", "100", "0,5.5", "not_done", "\x00"} {
		f.Add("g0.quantity", s)
		f.Add("g1.cap", s)
		f.Add("g1.b2.min", s)
		f.Add("g0.tie1", s)
		f.Add("effective_from", s)
	}
	base := &service.RulesInForce{MaxExtensions: 1, DefaultDeadlineWorkingDays: 10, Grading: grade.RuleSets}
	f.Fuzz(func(t *testing.T, field, value string) {
		vals := rulesFormValues(base, vn.NewDate(2026, 2, 1))
		in, err := readRulesForm(vals, grade.RuleSets)
		if err != nil || grade.ValidateSets(in.Grading) != nil || in.EffectiveFrom != vn.NewDate(2026, 2, 1) {
			t.Fatalf("prefilled form reads as %+v, %v, %v", in, err, grade.ValidateSets(in.Grading))
		}
		vals.Set(field, value)
		in, _ = readRulesForm(vals, grade.RuleSets)
		if len(in.Grading) != len(grade.RuleSets) {
			t.Fatalf("%d rule sets read", len(in.Grading))
		}
		for from, to := range rulesFormNames(tiendoFields(grade.ValidateSets(in.Grading))) {
			if !strings.HasPrefix(to, "g") && to != "grading" {
				t.Fatalf("%s → %s", from, to)
			}
		}
	})
}

func TestRulesFormNames(t *testing.T) {
	got := rulesFormNames(tiendoFields(map[string]string{"grading[1].bands[2].min": "x", "grading[0].caps[0].max_share": "x",
		"grading[0].tie_break": "x", "grading[1].quantity": "x", "effective_from": "x"}))
	want := map[string]string{"grading[1].bands[2].min": "g1.b2.min", "grading[0].caps[0].max_share": "g0.cap",
		"grading[0].tie_break": "g0.tie1", "grading[1].quantity": "g1.quantity"}
	if len(got) != len(want) {
		t.Fatalf("%v", got)
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s → %s, want %s", k, got[k], v)
		}
	}
}

// tiendoFields wraps field messages in the service's error.
func tiendoFields(m map[string]string) error {
	if m == nil {
		return nil
	}
	return &tiendo.Error{Code: tiendo.EINVALID, Fields: m}
}
