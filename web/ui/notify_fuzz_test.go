package ui

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"tiendo"
)

// FuzzRulesForm: whatever the reminder-rules form carries, reading it never
// panics, every error names a field of the form, and rules that pass
// validation keep a ladder in increasing order.
func FuzzRulesForm(f *testing.F) {
	f.Add("3", "on", "5", "reminder", "10", "explanation", "")
	f.Add("", "", "x", "fire", "-1", "", "5")
	f.Add("61", "1", "5", "reminder", "5", "leader_notice", "5")
	f.Fuzz(func(t *testing.T, dueSoon, overdue, d0, a0, d1, a1, d2 string) {
		v := rulesValues(0)
		v.Set("due_soon_working_days", dueSoon)
		v.Set("overdue", overdue)
		for i, p := range [][2]string{{a0, d0}, {a1, d1}, {"reminder", d2}} {
			v.Set("esc_action_"+string(rune('0'+i)), p[0])
			v.Set("esc_days_"+string(rune('0'+i)), p[1])
		}
		fr := &formReader{vals: url.Values(v)}
		rules, rename := readRules(fr)
		err := fr.err()
		if err == nil {
			err = rules.Validate()
		}
		for k := range tiendo.ErrorFields(err) {
			if to, ok := rename[k]; ok {
				k = to
			}
			if _, ok := v[k]; !ok && !strings.HasPrefix(k, "esc_") {
				t.Errorf("error on %q, not a field of the form (%v)", k, err)
			}
		}
		if err == nil {
			for i := 1; i < len(rules.Escalation); i++ {
				if rules.Escalation[i].AfterWorkingDays <= rules.Escalation[i-1].AfterWorkingDays {
					t.Errorf("valid rules with a ladder out of order: %+v", rules.Escalation)
				}
			}
		}
	})
}

// rulesValues is a rules form: the first ladder rows get the given days
// (empty leaves a row out).
func rulesValues(dueSoon int, ladder ...string) url.Values {
	v := url.Values{"due_soon_working_days": {strconv.Itoa(dueSoon)}, "overdue": {"on"}, "stale_days": {"30"},
		"monthly_report_day": {"25"}, "monthly_notice_working_days": {"3"}, "explanation_working_days": {"5"},
		"conclusion_working_days": {"5"}}
	actions := []string{"reminder", "explanation", "leader_notice", "reminder", "reminder"}
	for i, days := range ladder {
		v.Set(fmt.Sprintf("esc_action_%d", i), actions[i])
		v.Set(fmt.Sprintf("esc_days_%d", i), days)
	}
	return v
}
