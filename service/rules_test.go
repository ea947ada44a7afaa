package service_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/grade"
	"tiendo/service"
	"tiendo/vn"
)

// newRules is a version of the rules from the built-in defaults, with
// fn applied to the rule set with code.
func newRules(from vn.Date, code string, fn func(*grade.RuleSet)) service.RulesVersionInput {
	sets := slices.Clone(grade.RuleSets)
	for i := range sets {
		sets[i].Bands, sets[i].Caps = slices.Clone(sets[i].Bands), slices.Clone(sets[i].Caps)
		if sets[i].Code == code {
			fn(&sets[i])
		}
	}
	d := tiendo.DefaultRules()
	return service.RulesVersionInput{EffectiveFrom: from, MaxExtensions: d.MaxExtensions,
		DefaultDeadlineWorkingDays: d.DefaultDeadlineWorkingDays, Grading: sets}
}

func bandOf(t *testing.T, sheet *service.GradeSheet, code string) string {
	t.Helper()
	for _, s := range sheet.Subjects {
		if s.Code == code {
			return s.Band.Code
		}
	}
	t.Fatalf("%s not graded: %+v", code, sheet.Subjects)
	return ""
}

// TestRulesVersionNextMonth: a version taking effect on 1 February, made
// on 20 January, grades February by its bands and leaves January's
// grades, extension limit and default deadline as they were.
func TestRulesVersionNextMonth(t *testing.T) {
	bothEngines(t, func(t *testing.T, f *fixture) {
		playStats(t, f)
		jan := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 1}
		feb := vn.Period{Kind: vn.PeriodMonth, Year: 2020, Index: 2}
		before, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: jan})
		if err != nil {
			t.Fatal(err)
		}
		// No general points: PH-UBND's on-time task gives 70, "tốt".
		if got := bandOf(t, before, "PH-UBND"); got != "tot" || before.RulesVersion != nil {
			t.Fatalf("January before: %s %+v", got, before.RulesVersion)
		}
		in := newRules(vn.NewDate(2020, 2, 1), "nd335", func(rs *grade.RuleSet) { rs.Bands[1].Min = 75 })
		in.MaxExtensions, in.DefaultDeadlineWorkingDays = 0, 20
		v, err := f.svc.SaveRulesVersion(f.as("admin"), in)
		if err != nil {
			t.Fatal(err)
		}
		// A task assigned in January still gets 10 working days and may
		// still ask for an extension in January.
		janTask := f.task("PH-CA", "")
		if want := vn.NewDate(2020, 2, 10); janTask.Due != want { // 10 working days from 20/01/2020 over Tết
			t.Fatalf("January default deadline %s, want %s", janTask.Due, want)
		}
		if p, err := f.svc.TaskPermissions(f.as("phohue"), janTask.ID); err != nil || !p.RequestExtension {
			t.Fatalf("January extension: %+v %v", p, err)
		}
		// February: one task of PH-UBND done on time.
		f.clock.T = time.Date(2020, 2, 3, 9, 0, 0, 0, vn.Location)
		febTask := f.task("PH-UBND", "trước ngày 15/02/2020")
		if p, _ := f.svc.TaskPermissions(f.as("phohue"), febTask.ID); p.RequestExtension {
			t.Fatal("extension offered under a limit of 0")
		}
		_, _, err = f.svc.RequestExtension(f.as("phohue"), febTask.ID, service.ExtensionInput{Version: febTask.Version,
			ProposedDue: vn.NewDate(2020, 3, 1), Reason: "Chờ ý kiến"})
		wantCode(t, err, tiendo.ECONFLICT)
		noDeadline := f.task("PH-CA", "")
		if want := vn.NewDate(2020, 3, 2); noDeadline.Due != want { // 20 working days from Mon 03/02/2020
			t.Fatalf("February default deadline %s, want %s", noDeadline.Due, want)
		}
		got, _, err := f.svc.ReportProgress(f.as("phohue"), febTask.ID, service.UpdateInput{Version: f.ver(febTask.ID), Narrative: "Xong", Done: true})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.svc.Confirm(f.as("office"), febTask.ID, service.ActionInput{Version: got.Version}); err != nil {
			t.Fatal(err)
		}
		f.clock.T = time.Date(2020, 2, 20, 9, 0, 0, 0, vn.Location)
		sheet, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: feb})
		if err != nil {
			t.Fatal(err)
		}
		if got := bandOf(t, sheet, "PH-UBND"); got != "hoan_thanh" || sheet.RulesVersion == nil || sheet.RulesVersion.ID != v.ID {
			t.Fatalf("February: %s under %+v", got, sheet.RulesVersion)
		}
		after, err := f.svc.Grades(f.as("office"), service.GradeRequest{Period: jan})
		if err != nil {
			t.Fatal(err)
		}
		if got := bandOf(t, after, "PH-UBND"); got != "tot" || after.RulesVersion != nil {
			t.Fatalf("January after: %s %+v", got, after.RulesVersion)
		}
	})
}

func TestSaveRulesVersionRefuses(t *testing.T) {
	f := newFixture(t) // today: 02/01/2020
	tomorrow := vn.NewDate(2020, 1, 3)
	ok := newRules(tomorrow, "", func(*grade.RuleSet) {})
	for _, login := range []string{"office", "leader", "phohue"} {
		_, err := f.svc.SaveRulesVersion(f.as(login), ok)
		wantCode(t, err, tiendo.EFORBIDDEN)
	}
	tests := []struct {
		name  string
		in    service.RulesVersionInput
		field string
		msg   string
	}{
		{"Yesterday", newRules(vn.NewDate(2020, 1, 1), "", func(*grade.RuleSet) {}), "effective_from", "phải từ hôm nay (02/01/2020) trở đi"},
		{"SharesNotSumming", newRules(tomorrow, "nd335", func(rs *grade.RuleSet) { rs.Progress = 0.5 }), "grading[0].quantity", "phải cộng lại bằng 100%"},
		{"BandsOverlapping", newRules(tomorrow, "hn3814", func(rs *grade.RuleSet) { rs.Bands[2].Min = 80 }), "grading[1].bands[2].min", "không được chồng lấn"},
		{"CapOver100", newRules(tomorrow, "hn3814", func(rs *grade.RuleSet) { rs.Caps[0].MaxShare = 1.5 }), "grading[1].caps[0].max_share", "từ 0% đến 100%"},
		{"CapNegative", newRules(tomorrow, "hn3814", func(rs *grade.RuleSet) { rs.Caps[0].MaxShare = -0.3 }), "grading[1].caps[0].max_share", "từ 0% đến 100%"},
		{"NoGrading", service.RulesVersionInput{EffectiveFrom: tomorrow, MaxExtensions: 1, DefaultDeadlineWorkingDays: 10}, "grading", "ít nhất một"},
		{"ZeroDeadline", func() service.RulesVersionInput { in := ok; in.DefaultDeadlineWorkingDays = 0; return in }(), "default_deadline_working_days", "từ 1 đến 250"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := f.svc.SaveRulesVersion(f.as("admin"), tt.in)
			wantCode(t, err, tiendo.EINVALID)
			if m := tiendo.ErrorFields(err)[tt.field]; !strings.Contains(m, tt.msg) {
				t.Fatalf("%s: %q, want %q (%v)", tt.field, m, tt.msg, tiendo.ErrorFields(err))
			}
		})
	}
	v, err := f.svc.SaveRulesVersion(f.as("admin"), ok)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.SaveRulesVersion(f.as("admin"), ok)
	wantCode(t, err, tiendo.ECONFLICT) // same date
	// Correcting a version not yet in force: at its version, same date.
	fix := ok
	fix.ID, fix.Version, fix.MaxExtensions = v.ID, v.Version, 2
	if _, err := f.svc.SaveRulesVersion(f.as("admin"), fix); err != nil {
		t.Fatal(err)
	}
	_, err = f.svc.SaveRulesVersion(f.as("admin"), fix)
	wantCode(t, err, tiendo.ECONFLICT) // stale
	moved := fix
	moved.Version, moved.EffectiveFrom = 2, vn.NewDate(2020, 1, 4)
	_, err = f.svc.SaveRulesVersion(f.as("admin"), moved)
	wantCode(t, err, tiendo.EINVALID)
	// Once its date has passed it is history: no more edits.
	f.clock.T = time.Date(2020, 1, 4, 9, 0, 0, 0, vn.Location)
	late := fix
	late.Version = 2
	_, err = f.svc.SaveRulesVersion(f.as("admin"), late)
	wantCode(t, err, tiendo.EINVALID) // effective_from before today
	ov, err := f.svc.RulesOverview(f.as("office"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ov.Versions) != 1 || ov.InForce != 0 || ov.CanEdit || ov.Versions[0].MaxExtensions != 2 {
		t.Fatalf("overview %+v", ov)
	}
	// Both writes are audited.
	entries, _, err := f.st.FindAudit(f.as("admin"), tiendo.AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		if e.EntityType == "rules_version" {
			actions = append(actions, e.Action)
		}
	}
	if strings.Join(actions, ",") != "rules.create,rules.update" {
		t.Fatalf("audit %v", actions)
	}
}

// TestRulesNotInAClosedPeriod: a period closed on its last day keeps the
// rules it was graded by; a new version may start the day after, not on it.
func TestRulesNotInAClosedPeriod(t *testing.T) {
	f := newFixture(t)
	hbt := f.orgs["HBT"]
	q1 := vn.Period{Kind: vn.PeriodQuarter, Year: 2020, Index: 1} // 15/12/2019 – 14/03/2020
	f.clock.T = time.Date(2020, 3, 14, 9, 0, 0, 0, vn.Location)
	if _, err := f.svc.ClosePeriod(f.as("office"), service.ClosingRequest{Period: q1, OrgID: &hbt}); err != nil {
		t.Fatal(err)
	}
	_, err := f.svc.SaveRulesVersion(f.as("admin"), newRules(vn.NewDate(2020, 3, 14), "", func(*grade.RuleSet) {}))
	wantCode(t, err, tiendo.EINVALID)
	if m := tiendo.ErrorFields(err)["effective_from"]; !strings.Contains(m, "đã chốt số liệu") || !strings.Contains(m, "15/03/2020") {
		t.Fatalf("effective_from: %q", m)
	}
	if _, err := f.svc.SaveRulesVersion(f.as("admin"), newRules(vn.NewDate(2020, 3, 15), "", func(*grade.RuleSet) {})); err != nil {
		t.Fatal(err)
	}
}
