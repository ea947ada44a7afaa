package service_test

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/grade"
	"tiendo/report"
	"tiendo/service"
	"tiendo/vn"
)

// figures are everything a closed period serves: the statistics of every
// breakdown, the ranking, every grade sheet and the exported files.
type figures struct {
	stats   map[tiendo.StatsGroup]*service.StatsReport
	ranking []service.RankBand
	grades  []*service.GradeSheet
	files   map[string][]byte
	models  []any // the tables and documents the files are written from
}

// readFigures reads a period's figures for a scope as login, the way the
// API and the export routes do.
func readFigures(t *testing.T, f *fixture, login string, p vn.Period, org *int64) figures {
	t.Helper()
	ctx := f.as(login)
	fg := figures{stats: map[tiendo.StatsGroup]*service.StatsReport{}, files: map[string][]byte{}}
	for _, g := range tiendo.StatsGroups {
		rep, err := f.svc.Stats(ctx, service.StatsRequest{Period: p, Group: g, OrgID: org})
		if err != nil {
			t.Fatal(err)
		}
		fg.stats[g] = rep
	}
	_, bands, err := f.svc.Ranking(ctx, service.StatsRequest{Period: p, OrgID: org}, service.DefaultBands)
	if err != nil {
		t.Fatal(err)
	}
	fg.ranking = bands
	for _, rs := range grade.RuleSets {
		for _, k := range []tiendo.SubjectKind{tiendo.SubjectOrg, tiendo.SubjectPerson} {
			g, err := f.svc.Grades(ctx, service.GradeRequest{Period: p, Rules: rs.Code, Kind: k, OrgID: org})
			if err != nil {
				t.Fatal(err)
			}
			fg.grades = append(fg.grades, g)
			var b bytes.Buffer
			if err := (report.GradeExport{Sheet: g}).Write(&b, "docx", report.ReportOptions{}, nil); err != nil {
				t.Fatal(err)
			}
			fg.files["grades-"+rs.Code+"-"+string(k)+".docx"] = b.Bytes()
			fg.models = append(fg.models, report.GradeTables(g), report.GradeDocument(g, report.ReportOptions{}))
		}
	}
	e, err := report.GatherStats(ctx, f.svc, service.StatsRequest{Period: p, OrgID: org}, 200)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"docx", "json"} {
		var b bytes.Buffer
		if err := e.Write(&b, format, report.ReportOptions{}, nil); err != nil {
			t.Fatal(err)
		}
		fg.files["stats."+format] = b.Bytes()
	}
	fg.models = append(fg.models, report.StatsTable(e.Stats), e.Document(report.ReportOptions{}), e.Overdue,
		report.RankingTables(e.Stats, bands))
	return fg
}

// sameStats compares the exported parts of two reports (not the closing
// they were served from).
func sameStats(a, b *service.StatsReport) bool {
	return reflect.DeepEqual(a.Rows, b.Rows) && reflect.DeepEqual(a.Total, b.Total) && a.Period == b.Period &&
		a.Label == b.Label && a.From == b.From && a.To == b.To && a.AsOf == b.AsOf && a.Group == b.Group &&
		reflect.DeepEqual(a.Org, b.Org) && reflect.DeepEqual(a.Roots, b.Roots)
}

func sameGrades(a, b *service.GradeSheet) bool {
	// Results keep an unexported sort key that only ordering uses: compare
	// what is exported, and the counts the JSON leaves out.
	x, _ := json.Marshal(a.Subjects)
	y, _ := json.Marshal(b.Subjects)
	counts := func(g *service.GradeSheet) []tiendo.Counts {
		var out []tiendo.Counts
		for _, s := range g.Subjects {
			out = append(out, s.Counts)
		}
		return out
	}
	return string(x) == string(y) && reflect.DeepEqual(counts(a), counts(b)) && a.Period == b.Period && a.Label == b.Label && a.From == b.From &&
		a.To == b.To && a.AsOf == b.AsOf && reflect.DeepEqual(a.Rules, b.Rules) && a.Kind == b.Kind && reflect.DeepEqual(a.Org, b.Org)
}

func compareFigures(t *testing.T, what string, a, b figures, files bool) {
	t.Helper()
	for _, g := range tiendo.StatsGroups {
		if !sameStats(a.stats[g], b.stats[g]) {
			t.Errorf("%s: statistics by %s differ\n%+v\n%+v", what, g, a.stats[g].Total, b.stats[g].Total)
		}
	}
	if !reflect.DeepEqual(a.ranking, b.ranking) {
		t.Errorf("%s: ranking differs\n%+v\n%+v", what, a.ranking, b.ranking)
	}
	for i := range a.grades {
		if !sameGrades(a.grades[i], b.grades[i]) {
			t.Errorf("%s: grades %s/%s differ\n%+v\n%+v", what, a.grades[i].Rules.Code, a.grades[i].Kind, a.grades[i].Subjects, b.grades[i].Subjects)
		}
	}
	if !files {
		return
	}
	for name, data := range a.files {
		if !bytes.Equal(data, b.files[name]) {
			t.Errorf("%s: export %s differs", what, name)
		}
	}
	if !reflect.DeepEqual(a.models, b.models) {
		t.Errorf("%s: export tables or documents differ", what)
	}
}

// Closing the first quarter of 2020 for the district, then entering a task
// assigned in it late, withdrawing another and waiving a third's delay, leaves the quarter's statistics,
// ranking, grades and exports as they were at closing; the changes are
// listed as adjustments with who made them. Reopening needs a leader and
// a reason and brings the live figures back.
func TestClosingFreezesAQuarter(t *testing.T) {
	bothEngines(t, func(t *testing.T, f *fixture) {
		playStats(t, f)
		q1 := vn.Period{Kind: vn.PeriodQuarter, Year: 2020, Index: 1} // 15/12/2019 – 14/03/2020
		hbt := f.orgs["HBT"]
		req := service.ClosingRequest{Period: q1, OrgID: &hbt}

		f.clock.T = time.Date(2020, 3, 13, 9, 0, 0, 0, vn.Location)
		_, err := f.svc.ClosePeriod(f.as("office"), req)
		wantCode(t, err, tiendo.EINVALID) // before the cut-off
		f.clock.T = time.Date(2020, 3, 16, 9, 0, 0, 0, vn.Location)
		_, err = f.svc.ClosePeriod(f.as("leader"), req)
		wantCode(t, err, tiendo.EFORBIDDEN)
		_, err = f.svc.ClosePeriod(f.as("phohue"), req)
		wantCode(t, err, tiendo.ENOTFOUND) // a ward's officer does not see the district
		_, err = f.svc.ClosePeriod(f.as("office"), service.ClosingRequest{Period: vn.Period{Kind: vn.PeriodCustom,
			From: vn.NewDate(2020, 1, 1), To: vn.NewDate(2020, 1, 31)}, OrgID: &hbt})
		wantCode(t, err, tiendo.EINVALID)

		open := readFigures(t, f, "office", q1, &hbt)
		if open.stats[tiendo.GroupOrg].Closing != nil || open.stats[tiendo.GroupOrg].Total.Assigned != 5 {
			t.Fatalf("before closing: %+v", open.stats[tiendo.GroupOrg].Total)
		}
		c, err := f.svc.ClosePeriod(f.as("office"), req)
		if err != nil {
			t.Fatal(err)
		}
		if c.ClosedByName != "office" || c.ClosedOn() != vn.NewDate(2020, 3, 16) || c.AsOf != vn.NewDate(2020, 3, 14) {
			t.Fatalf("closing %+v", c)
		}
		_, err = f.svc.ClosePeriod(f.as("office"), req)
		wantCode(t, err, tiendo.ECONFLICT)

		closed := readFigures(t, f, "office", q1, &hbt)
		compareFigures(t, "closed vs open", open, closed, false)
		if cl := closed.stats[tiendo.GroupOrg].Closing; cl == nil || cl.ID != c.ID {
			t.Fatalf("closed report does not name its closing: %+v", cl)
		}
		if !bytes.Contains(closed.files["stats.json"], []byte(`"closing"`)) {
			t.Error("the JSON export does not carry the closing")
		}
		// Every export of the closed period says when it was closed.
		e, err := report.GatherStats(f.as("office"), f.svc, service.StatsRequest{Period: q1, OrgID: &hbt}, 200)
		if err != nil {
			t.Fatal(err)
		}
		const closedOn = "số liệu đã chốt ngày 16/03/2020"
		for name, text := range map[string]string{
			"statistics table": report.StatsTable(e.Stats).Subtitle,
			"report":           blocksText(e.Document(report.ReportOptions{})),
			"ranking":          report.RankingTables(e.Stats, closed.ranking)[0].Subtitle,
			"grade table":      report.GradeTables(closed.grades[0])[0].Subtitle,
			"grade report":     blocksText(report.GradeDocument(closed.grades[0], report.ReportOptions{})),
		} {
			if !strings.Contains(strings.ToLower(text), closedOn) {
				t.Errorf("%s does not carry the closing date: %q", name, text)
			}
		}
		if strings.Contains(report.StatsTable(open.stats[tiendo.GroupOrg]).Subtitle, "chốt ngày") {
			t.Error("an open period's table says it is closed")
		}
		// The leader reads the same frozen figures.
		compareFigures(t, "leader vs office", closed, readFigures(t, f, "leader", q1, &hbt), true)

		// Later changes: TD's overdue task is withdrawn, and PH-CA's late
		// task gets a confirmed objective cause.
		f.clock.T = time.Date(2020, 3, 20, 9, 0, 0, 0, vn.Location)
		tdTasks, _, err := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{OrgIDs: []int64{f.orgs["TD"]}})
		if err != nil || len(tdTasks) != 1 {
			t.Fatalf("TD tasks %v %v", tdTasks, err)
		}
		withdrawn := tdTasks[0]
		if _, err := f.svc.Withdraw(f.as("office"), withdrawn.ID, service.ActionInput{Version: withdrawn.Version, Reason: "Giao trùng"}); err != nil {
			t.Fatal(err)
		}
		// A task assigned in the quarter is entered late, after the closing.
		late, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Báo cáo rà soát nhà trọ", LeadOrgID: f.orgs["TD"],
			AssignedOn: vn.NewDate(2020, 2, 3), Deadline: "trước ngày 28/02/2020"})
		if err != nil {
			t.Fatal(err)
		}
		entered := late[0]
		caTasks, _, _ := f.svc.ListTasks(f.as("office"), tiendo.TaskFilter{OrgIDs: []int64{f.orgs["PH-CA"]}})
		waived := caTasks[0]
		if err := f.svc.SaveGradeMark(f.as("office"), &tiendo.GradeMark{TaskID: waived.ID, Waived: true, Reason: "Mưa bão"}); err != nil {
			t.Fatal(err)
		}

		after := readFigures(t, f, "office", q1, &hbt)
		compareFigures(t, "after the changes", closed, after, true)

		adj, err := f.svc.ClosingAdjustments(f.as("leader"), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		counts := map[string][2]int{}
		for _, cc := range adj.Counts {
			counts[cc.Cell] = [2]int{cc.Frozen, cc.Live}
		}
		if counts["assigned"] != [2]int{5, 6} || counts["overdue"] != [2]int{1, 2} {
			t.Errorf("count changes %+v", adj.Counts)
		}
		byTask := map[int64]service.TaskAdjustment{}
		for _, ta := range adj.Tasks {
			byTask[ta.TaskID] = ta
		}
		// The withdrawal came after the cut-off: the quarter counts the task
		// as it was then (history-aware timeliness), so it is no adjustment.
		if w, ok := byTask[withdrawn.ID]; ok {
			t.Errorf("a withdrawal after the cut-off is listed: %+v", w)
		}
		le, ok := byTask[entered.ID]
		if !ok || !slices.Equal(le.Changes, []string{"entered"}) || le.Title != "Báo cáo rà soát nhà trọ" || le.Frozen != nil ||
			le.Live.Timeliness != tiendo.Overdue {
			t.Fatalf("late entry's adjustment %+v", le)
		}
		if len(le.Audit) == 0 || le.Audit[0].Actor != "office" || le.Audit[0].Action != "task.create" {
			t.Errorf("late entry's audit %+v", le.Audit)
		}
		if m, ok := byTask[waived.ID]; !ok || !slices.Equal(m.Changes, []string{"grade_mark"}) {
			t.Errorf("waived task's adjustment %+v", m)
		}
		if len(adj.Tasks) != 2 || len(adj.Grades) == 0 {
			t.Errorf("adjustments: %d tasks, %d grades", len(adj.Tasks), len(adj.Grades))
		}

		// Out of scope: a ward's officer sees neither the closing nor its adjustments.
		_, err = f.svc.ClosingAdjustments(f.as("phohue"), c.ID)
		wantCode(t, err, tiendo.ENOTFOUND)
		// The ward's own figures are not closed.
		ph := f.orgs["PH"]
		if rep, err := f.svc.Stats(f.as("phohue"), service.StatsRequest{Period: q1, OrgID: &ph}); err != nil || rep.Closing != nil {
			t.Errorf("ward stats closed: %v %v", rep.Closing, err)
		}

		// Reopening: a leader, with a reason, at the version read.
		_, err = f.svc.ReopenPeriod(f.as("office"), c.ID, c.Version, "Sai số liệu")
		wantCode(t, err, tiendo.EFORBIDDEN)
		_, err = f.svc.ReopenPeriod(f.as("leader"), c.ID, c.Version, "  ")
		wantCode(t, err, tiendo.EINVALID)
		_, err = f.svc.ReopenPeriod(f.as("leader"), c.ID, c.Version+1, "Sai số liệu")
		wantCode(t, err, tiendo.ECONFLICT)
		re, err := f.svc.ReopenPeriod(f.as("leader"), c.ID, c.Version, "Thu hồi nhiệm vụ giao trùng")
		if err != nil {
			t.Fatal(err)
		}
		if re.InForce() || re.ReopenedName != "leader" {
			t.Fatalf("reopened %+v", re)
		}
		live, err := f.svc.Stats(f.as("office"), service.StatsRequest{Period: q1, OrgID: &hbt})
		if err != nil || live.Closing != nil || live.Total.Assigned != 6 {
			t.Fatalf("after reopening: %+v %v", live.Total, err)
		}
		st, err := f.svc.ClosingStatus(f.as("office"), req)
		if err != nil || st.InForce != nil || len(st.History) != 1 || !st.CanClose || st.CanReopen {
			t.Fatalf("status %+v %v", st, err)
		}
		entries, _, err := f.st.FindAudit(context.Background(), tiendo.AuditFilter{OrgIDs: []int64{hbt}, Page: tiendo.Page{Page: 1, PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range entries {
			if e.EntityType == "period_closing" {
				actions = append(actions, e.Action+" by "+e.Actor)
			}
		}
		if !slices.Equal(actions, []string{"period.close by office", "period.reopen by leader"}) {
			t.Errorf("audit %v", actions)
		}
	})
}

// blocksText joins the text of a document's blocks.
func blocksText(d report.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		b.WriteString(bl.Text + "\n")
	}
	return b.String()
}
