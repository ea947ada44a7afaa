package storetest

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"tiendo"
	"tiendo/vn"
)

var findCases = []testCase{
	{"Filters", testFindFilters},
	{"OrgRoles", testFindOrgRoles},
	{"Scope", testFindScope},
	{"Timeliness", testFindTimeliness},
	{"Sort", testFindSort},
	{"SortOverdue", testFindSortOverdue},
	{"OverdueLists", testFindOverdueLists},
	{"Paging", testFindPaging},
	{"SearchFoldsDiacritics", testFindSearch},
	{"SearchHostileInput", testFindSearchHostile},
	{"SearchManyMatches", testFindSearchMany},
	{"SearchPlansAgree", testFindSearchPlans},
	{"ErrInvalidSort", func(f *fixture) {
		_, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Sort: "priority"})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"LargeOrgSet", func(f *fixture) {
		// Sets above a few hundred ids may travel differently (JSON): same result.
		o := f.org("A")
		t := f.task(o.ID)
		ids := []int64{}
		for i := int64(1); i <= 1000; i++ {
			ids = append(ids, o.ID+i)
		}
		wantIDs(f, "large set without the org", f.findIDs(tiendo.TaskFilter{OrgIDs: ids}), nil)
		ids = append(ids, o.ID)
		wantIDs(f, "large set with the org", f.findIDs(tiendo.TaskFilter{OrgIDs: ids}), []int64{t.ID})
		wantIDs(f, "large scope", f.findIDs(tiendo.TaskFilter{ScopeOrgIDs: ids}), []int64{t.ID})
		wantIDs(f, "large IDs", f.findIDs(tiendo.TaskFilter{IDs: append(ids, t.ID)}), []int64{t.ID})
	}},
}

func testFindFilters(f *fixture) {
	a, b := f.org("A"), f.org("B")
	doc := f.document("245/KH-UBND", d(2019, 12, 20), "")
	t1 := f.task(a.ID, func(t *tiendo.Task) {
		t.DocumentID, t.Due, t.Category, t.AssignedByOrg = &doc.ID, d(2026, 1, 31), tiendo.CategoryConclusion, &b.ID
	})
	t2 := f.task(a.ID, func(t *tiendo.Task) {
		t.ParentID, t.Due, t.Status = &t1.ID, d(2026, 2, 28), tiendo.StatusInProgress
	})
	t3 := f.task(b.ID, func(t *tiendo.Task) {
		t.SeriesID, t.Due, t.Status, t.AssignedByOrg = &t1.ID, d(2026, 3, 31), tiendo.StatusCompleted, &a.ID
	})
	t4 := f.task(b.ID, func(t *tiendo.Task) {
		t.DeadlineKind, t.Due, t.OriginalDue = vn.DeadlineContinuous, vn.Date{}, vn.Date{}
	})
	t5 := f.task(b.ID, func(t *tiendo.Task) {
		t.DeadlineKind, t.Recurrence, t.Due, t.OriginalDue = vn.DeadlineRecurring, "month:25", vn.Date{}, vn.Date{}
	})
	all := []int64{t1.ID, t2.ID, t3.ID, t4.ID, t5.ID} // default order: due, undated last
	for _, c := range []struct {
		name string
		flt  tiendo.TaskFilter
		want []int64
	}{
		{"none", tiendo.TaskFilter{}, all},
		{"IDs", tiendo.TaskFilter{IDs: []int64{t4.ID, t2.ID}}, []int64{t2.ID, t4.ID}},
		{"IDs empty", tiendo.TaskFilter{IDs: []int64{}}, nil},
		{"Statuses", tiendo.TaskFilter{Statuses: []tiendo.Status{tiendo.StatusInProgress, tiendo.StatusCompleted}}, []int64{t2.ID, t3.ID}},
		{"Statuses empty", tiendo.TaskFilter{Statuses: []tiendo.Status{}}, nil},
		{"DueFrom", tiendo.TaskFilter{DueFrom: d(2026, 2, 28)}, []int64{t2.ID, t3.ID}},
		{"DueTo", tiendo.TaskFilter{DueTo: d(2026, 2, 28)}, []int64{t1.ID, t2.ID}},
		{"DueFrom and DueTo", tiendo.TaskFilter{DueFrom: d(2026, 2, 1), DueTo: d(2026, 3, 1)}, []int64{t2.ID}},
		{"DocumentID", tiendo.TaskFilter{DocumentID: &doc.ID}, []int64{t1.ID}},
		{"ParentID", tiendo.TaskFilter{ParentID: &t1.ID}, []int64{t2.ID}},
		{"SeriesID", tiendo.TaskFilter{SeriesID: &t1.ID}, []int64{t3.ID}},
		{"AssignedBy", tiendo.TaskFilter{AssignedBy: []int64{b.ID}}, []int64{t1.ID}},
		{"AssignedBy both", tiendo.TaskFilter{AssignedBy: []int64{a.ID, b.ID}}, []int64{t1.ID, t3.ID}},
		{"Category", tiendo.TaskFilter{Category: tiendo.CategoryConclusion}, []int64{t1.ID}},
		{"OrgIDs", tiendo.TaskFilter{OrgIDs: []int64{b.ID}}, []int64{t3.ID, t4.ID, t5.ID}},
		{"Recurring", tiendo.TaskFilter{Recurring: true}, []int64{t5.ID}},
		{"combined", tiendo.TaskFilter{OrgIDs: []int64{a.ID}, Statuses: []tiendo.Status{tiendo.StatusAssigned}}, []int64{t1.ID}},
	} {
		wantIDs(f, c.name, f.findIDs(c.flt), c.want)
	}
}

func testFindOrgRoles(f *fixture) {
	a, b, c := f.org("A"), f.org("B"), f.org("C")
	t1 := f.task(a.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{b.ID} })
	t2 := f.task(b.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{a.ID, c.ID} })
	t3 := f.task(c.ID)
	orgs, err := f.st.FindOrgs(f.ctx, tiendo.OrgFilter{})
	must(f, err)
	var every []int64 // a filter naming every organisation keeps every task with the role
	for _, o := range orgs {
		every = append(every, o.ID)
	}
	for _, x := range []struct {
		name string
		role tiendo.TaskRole
		orgs []int64
		want []int64
	}{
		{"either", "", []int64{b.ID}, []int64{t1.ID, t2.ID}},
		{"lead", tiendo.AsLead, []int64{b.ID}, []int64{t2.ID}},
		{"cooperating", tiendo.AsCooperating, []int64{b.ID}, []int64{t1.ID}},
		{"cooperating C", tiendo.AsCooperating, []int64{c.ID}, []int64{t2.ID}},
		{"lead set", tiendo.AsLead, []int64{a.ID, c.ID}, []int64{t1.ID, t3.ID}},
		{"empty set", "", []int64{}, nil},
		{"every organisation", "", every, []int64{t1.ID, t2.ID, t3.ID}},
		{"every organisation leading", tiendo.AsLead, every, []int64{t1.ID, t2.ID, t3.ID}},
		{"every organisation cooperating", tiendo.AsCooperating, every, []int64{t1.ID, t2.ID}},
	} {
		got := f.findIDs(tiendo.TaskFilter{OrgIDs: x.orgs, Role: x.role, Sort: tiendo.SortID})
		wantIDs(f, x.name, got, x.want)
	}
	// A search inside several organisations counts a task both take part
	// in once.
	d, e := f.org("D"), f.org("E")
	t5 := f.task(d.ID, func(t *tiendo.Task) { t.Title, t.CoopOrgIDs = "Phố Huế", []int64{e.ID} })
	t6 := f.task(e.ID, func(t *tiendo.Task) { t.Title = "Phố Huế" })
	f.task(d.ID)
	tasks, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{OrgIDs: []int64{d.ID, e.ID}, Query: "pho hue", Sort: tiendo.SortID})
	must(f, err)
	wantIDs(f, "search in several organisations", taskIDs(tasks), []int64{t5.ID, t6.ID})
	if total != 2 {
		f.Fatalf("search in several organisations: total %d, want 2", total)
	}
	_, _, err = f.st.FindTasks(f.ctx, tiendo.TaskFilter{OrgIDs: []int64{a.ID}, Role: "observer"})
	wantCode(f, err, tiendo.EINVALID)
}

func testFindScope(f *fixture) {
	a, b, c, out := f.org("A"), f.org("B"), f.org("C"), f.org("Ngoài phạm vi")
	t1 := f.task(a.ID)
	t2 := f.task(b.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{c.ID} })
	t3 := f.task(c.ID)
	t4 := f.task(out.ID, func(t *tiendo.Task) { t.Title = "Phố Huế" })
	for _, x := range []struct {
		name string
		flt  tiendo.TaskFilter
		want []int64
	}{
		{"lead in scope", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID}}, []int64{t1.ID}},
		{"lead or cooperating in scope", tiendo.TaskFilter{ScopeOrgIDs: []int64{c.ID}}, []int64{t2.ID, t3.ID}},
		{"empty scope sees nothing", tiendo.TaskFilter{ScopeOrgIDs: []int64{}}, nil},
		{"nil scope is unrestricted", tiendo.TaskFilter{}, []int64{t1.ID, t2.ID, t3.ID, t4.ID}},
		{"unscoped ignores scope", tiendo.TaskFilter{ScopeOrgIDs: []int64{}, Unscoped: true}, []int64{t1.ID, t2.ID, t3.ID, t4.ID}},
		{"scope and OrgIDs", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID}, OrgIDs: []int64{out.ID}}, nil},
		{"scope and IDs", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID}, IDs: []int64{t1.ID, t4.ID}}, []int64{t1.ID}},
		{"scope and search", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID, b.ID}, Query: "pho hue"}, nil},
	} {
		x.flt.Sort = tiendo.SortID
		tasks, total, err := f.st.FindTasks(f.ctx, x.flt)
		must(f, err)
		wantIDs(f, x.name, taskIDs(tasks), x.want)
		if total != len(x.want) {
			f.Fatalf("%s: total %d counts out-of-scope tasks", x.name, total)
		}
	}
}

// testFindTimeliness checks the SQL timeliness predicate against
// (*tiendo.Task).TimelinessAt on a grid of tasks and as-of dates.
func testFindTimeliness(f *fixture) {
	o := f.org("A")
	var tasks []*tiendo.Task
	statuses := []tiendo.Status{tiendo.StatusInProgress, tiendo.StatusPostponed, tiendo.StatusWithdrawn, tiendo.StatusCompleted}
	for _, st := range statuses {
		for _, assigned := range []vn.Date{{}, d(2026, 1, 10), d(2026, 3, 1)} {
			for _, due := range []vn.Date{{}, d(2026, 2, 1)} {
				for _, done := range []vn.Date{{}, d(2026, 1, 20), d(2026, 2, 1), d(2026, 2, 10)} {
					tasks = append(tasks, f.task(o.ID, func(t *tiendo.Task) {
						t.Status, t.AssignedOn, t.Due, t.OriginalDue, t.CompletedOn = st, assigned, due, due, done
						if due.IsZero() {
							t.DeadlineKind = vn.DeadlineContinuous
						}
					}))
				}
			}
		}
	}
	kinds := append(slices.Clone(tiendo.Timelinesses), tiendo.Excluded)
	for _, asOf := range []vn.Date{d(2026, 1, 5), d(2026, 1, 10), d(2026, 1, 20), d(2026, 2, 1), d(2026, 2, 2), d(2026, 2, 10), d(2026, 3, 15)} {
		for _, k := range kinds {
			got := f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{k}, AsOf: asOf, Sort: tiendo.SortID, Page: tiendo.Page{PerPage: 500}})
			wantIDs(f, fmt.Sprintf("%s at %s", k, asOf), got, idsIn(tasks, asOf, k, 0))
		}
		// Several categories at once are a union.
		var want []int64
		for _, t := range tasks {
			if k := t.TimelinessAt(asOf); k == tiendo.Overdue || k == tiendo.DoneLate {
				want = append(want, t.ID)
			}
		}
		got := f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue, tiendo.DoneLate}, AsOf: asOf,
			Sort: tiendo.SortID, Page: tiendo.Page{PerPage: 500}})
		wantIDs(f, fmt.Sprintf("overdue or late at %s", asOf), got, want)
	}
	wantIDs(f, "empty timeliness set", f.findIDs(tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{}}), nil)
	_, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Timeliness: []tiendo.Timeliness{"late-ish"}})
	wantCode(f, err, tiendo.EINVALID)
}

func testFindSort(f *fixture) {
	o := f.org("A")
	mk := func(due, assigned vn.Date) int64 {
		return f.task(o.ID, func(t *tiendo.Task) {
			t.Due, t.OriginalDue, t.AssignedOn = due, due, assigned
			if due.IsZero() {
				t.DeadlineKind = vn.DeadlineContinuous
			}
		}).ID
	}
	t1 := mk(d(2026, 3, 1), d(2026, 1, 3))
	t2 := mk(vn.Date{}, d(2026, 1, 1))
	t3 := mk(d(2026, 1, 1), vn.Date{})
	t4 := mk(d(2026, 3, 1), d(2026, 1, 2)) // same due as t1: the id breaks the tie
	for _, x := range []struct {
		sort tiendo.TaskSort
		desc bool
		want []int64
	}{
		{"", false, []int64{t3, t1, t4, t2}},
		{tiendo.SortDue, false, []int64{t3, t1, t4, t2}},
		{tiendo.SortDue, true, []int64{t4, t1, t3, t2}},
		{"-due", false, []int64{t4, t1, t3, t2}},
		{tiendo.SortID, false, []int64{t1, t2, t3, t4}},
		{tiendo.SortID, true, []int64{t4, t3, t2, t1}},
		{tiendo.SortCreated, false, []int64{t1, t2, t3, t4}},
		{tiendo.SortCreated, true, []int64{t4, t3, t2, t1}},
		{tiendo.SortAssigned, false, []int64{t2, t4, t1, t3}},
		{tiendo.SortAssigned, true, []int64{t1, t4, t2, t3}},
	} {
		wantIDs(f, fmt.Sprintf("sort %q desc %v", x.sort, x.desc), f.findIDs(tiendo.TaskFilter{Sort: x.sort, Desc: x.desc}), x.want)
	}
}

func testFindSortOverdue(f *fixture) {
	o := f.org("A")
	mk := func(due vn.Date, st tiendo.Status) int64 {
		return f.task(o.ID, func(t *tiendo.Task) {
			t.Due, t.OriginalDue, t.Status, t.AssignedOn = due, due, st, d(2026, 1, 1)
			if due.IsZero() {
				t.DeadlineKind = vn.DeadlineContinuous
			}
		}).ID
	}
	inTime := mk(d(2026, 5, 1), tiendo.StatusInProgress)
	late2 := mk(d(2026, 2, 1), tiendo.StatusInProgress)
	none := mk(vn.Date{}, tiendo.StatusInProgress)
	late1 := mk(d(2026, 1, 15), tiendo.StatusAssigned)
	paused := mk(d(2026, 1, 10), tiendo.StatusPostponed) // postponed: never overdue
	flt := tiendo.TaskFilter{Sort: tiendo.SortOverdue, AsOf: d(2026, 3, 1)}
	wantIDs(f, "oldest overdue first", f.findIDs(flt), []int64{late1, late2, paused, inTime, none})
	flt.Desc = true
	wantIDs(f, "overdue first, newest first", f.findIDs(flt), []int64{late2, late1, inTime, paused, none})
	flt = tiendo.TaskFilter{Sort: tiendo.SortOverdue, AsOf: d(2026, 3, 1), Timeliness: []tiendo.Timeliness{tiendo.Overdue}}
	wantIDs(f, "only overdue", f.findIDs(flt), []int64{late1, late2})
	flt.OrgIDs = []int64{o.ID}
	wantIDs(f, "only overdue, in an organisation", f.findIDs(flt), []int64{late1, late2})
}

func testFindPaging(f *fixture) {
	o := f.org("A")
	var all []int64
	for range 7 {
		all = append(all, f.task(o.ID).ID)
	}
	var seen []int64
	for page := 1; page <= 4; page++ {
		tasks, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Sort: tiendo.SortID, Page: tiendo.Page{Page: page, PerPage: 3}})
		must(f, err)
		if total != 7 {
			f.Fatalf("page %d: total %d, want 7", page, total)
		}
		wantLen := []int{3, 3, 1, 0}[page-1]
		if len(tasks) != wantLen {
			f.Fatalf("page %d: %d tasks, want %d", page, len(tasks), wantLen)
		}
		seen = append(seen, taskIDs(tasks)...)
	}
	wantIDs(f, "pages in order without overlap", seen, all)
	tasks, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{OrgIDs: []int64{4242}})
	must(f, err)
	if total != 0 || tasks == nil {
		f.Fatalf("no match: total %d, tasks %#v (want 0 and an empty slice)", total, tasks)
	}
}

func testFindSearch(f *fixture) {
	ward := f.org("UBND phường Trương Định")
	other := f.org("Phòng Quản lý đô thị")
	doc := f.document("245/KH-UBND", d(2019, 12, 20), "")
	t1 := f.task(other.ID, func(t *tiendo.Task) { t.Title = "Kiểm tra trật tự đô thị phường Phố Huế" })
	t2 := f.task(other.ID, func(t *tiendo.Task) { t.Title = "Sửa chữa ĐƯỜNG Giải Phóng" })
	t3 := f.task(other.ID, func(t *tiendo.Task) { t.Title = "Xây dựng kế hoạch cụ thể"; t.DocumentID = &doc.ID })
	t4 := f.task(ward.ID, func(t *tiendo.Task) { t.Title = "Tuyên truyền" })
	t5 := f.task(other.ID, func(t *tiendo.Task) {
		t.Title = "Chỉnh trang vỉa hè"
		t.SourceText = "giao phường Phố Huế phối hợp"
	})
	t6 := f.task(other.ID, func(t *tiendo.Task) { t.Title = "Cải tạo chung cư cũ"; t.Place = "Phố Huế" })
	// Words typed before a space are whole words: "pho hue" is not "phong … hue".
	t7 := f.task(other.ID, func(t *tiendo.Task) { t.Title = "Phòng văn hóa Huế" })
	phoHue := []int64{t1.ID, t5.ID, t6.ID}
	for _, x := range []struct {
		q    string
		want []int64
	}{
		{"pho hue", phoHue},
		{"PHỐ HUẾ", phoHue},
		{"Phố Huế", phoHue},
		{norm.NFD.String("Phố Huế"), phoHue},
		{"  phố   huế!! ", phoHue},
		{"duong", []int64{t2.ID}},
		{"Đường", []int64{t2.ID}},
		{"đường giải", []int64{t2.ID}},
		{"ke hoach 245", []int64{t3.ID}},
		{"245/KH-UBND", []int64{t3.ID}},
		{"truong dinh", []int64{t4.ID}}, // the lead organisation's name
		{"kiem tra pho", []int64{t1.ID}},
		{"hue pho", []int64{t1.ID, t5.ID, t6.ID, t7.ID}}, // "pho" last: a prefix of "phong"
		{"giai ph", []int64{t2.ID}},
		{"pho hu", phoHue},
		{"van hoa hue", []int64{t7.ID}},
		{"ph hue", nil}, // only the last word is a prefix
		{"ue", nil},     // prefixes of words, not substrings
		{"pho hue zzz", nil},
	} {
		got := f.findIDs(tiendo.TaskFilter{Query: x.q, Sort: tiendo.SortID})
		wantIDs(f, fmt.Sprintf("query %q", x.q), got, x.want)
	}
	tasks, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Query: "pho hue", Page: tiendo.Page{PerPage: 2}})
	must(f, err)
	if total != 3 || len(tasks) != 2 {
		f.Fatalf("search paging: total %d, %d tasks", total, len(tasks))
	}
}

func testFindSearchHostile(f *fixture) {
	o := f.org("A")
	t1 := f.task(o.ID, func(t *tiendo.Task) { t.Title = "Phố Huế" })
	t2 := f.task(o.ID, func(t *tiendo.Task) { t.Title = "Khác" })
	all := []int64{t1.ID, t2.ID}
	for _, x := range []struct {
		q    string
		want []int64
	}{
		{"pho\xffhue", []int64{t1.ID}},      // invalid UTF-8 splits words, never crashes
		{"\xff\xfe\xfd", all},               // no words at all: no filter
		{"!!! ... ---", all},                // punctuation only: no filter
		{`"pho" OR hue*`, nil},              // FTS syntax is just words ("or" matches nothing)
		{`pho AND NOT hue`, nil},            // likewise
		{`pho:* & hue | !`, []int64{t1.ID}}, // tsquery syntax is just words
		{`NEAR(pho hue)`, nil},
		{"pho'); DROP TABLE tasks; --", nil},
		{"pho\x00hue", []int64{t1.ID}},
	} {
		tasks, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Query: x.q, Sort: tiendo.SortID})
		must(f, err)
		wantIDs(f, fmt.Sprintf("query %q", x.q), taskIDs(tasks), x.want)
	}
	// A megabyte-long word once made SQLite refuse the scoped LIKE search
	// ("LIKE or GLOB pattern too complex"): it finds nothing, in a scope
	// (LIKE) or not (full-text index), on both engines.
	long := "pho " + strings.Repeat("x", 1<<20)
	for _, scope := range [][]int64{nil, {o.ID}} {
		tasks, _, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{Query: long, ScopeOrgIDs: scope, Sort: tiendo.SortID})
		must(f, err)
		wantIDs(f, fmt.Sprintf("megabyte word, scope %v", scope), taskIDs(tasks), nil)
	}
	for _, q := range []string{long, strings.Repeat("x", 1<<20)} {
		_, err := f.st.FindOrgs(f.ctx, tiendo.OrgFilter{Query: q})
		must(f, err)
	}
}

// testFindSearchMany pages through lists where most rows match — a common
// word, a big organisation — in which an engine may plan the query quite
// differently from a small list (walking the ORDER BY index, testing rows
// one by one): the order, the pages and the totals must not change.
func testFindSearchMany(f *fixture) {
	a, b := f.org("A"), f.org("B")
	type row struct {
		id   int64
		due  vn.Date
		hit  bool // matches "pho hue"
		inB  bool // led by or cooperating with B
		lead int64
	}
	var all []row
	for i := range 120 {
		due := d(2026, 1+i%5, 1+(i*7)%28)
		title := "Kiểm tra phố Huế"
		if i%6 == 5 {
			title = "Việc khác"
		}
		lead, coop := a.ID, []int64{}
		if i%4 == 3 {
			lead = b.ID
		} else if i%5 == 0 {
			coop = []int64{b.ID}
		}
		t := f.task(lead, func(t *tiendo.Task) {
			t.Title, t.Due, t.OriginalDue, t.CoopOrgIDs = title, due, due, coop
			if i%17 == 7 {
				t.DeadlineKind, t.Due, t.OriginalDue = vn.DeadlineContinuous, vn.Date{}, vn.Date{}
			}
		})
		all = append(all, row{t.ID, t.Due, title != "Việc khác", lead == b.ID || len(coop) > 0, lead})
	}
	expect := func(keep func(row) bool, desc bool) []int64 {
		var rows []row
		for _, r := range all {
			if keep(r) {
				rows = append(rows, r)
			}
		}
		slices.SortFunc(rows, func(x, y row) int {
			if x.due.IsZero() != y.due.IsZero() { // undated last either way
				if x.due.IsZero() {
					return 1
				}
				return -1
			}
			c := 0
			switch {
			case x.due.Before(y.due):
				c = -1
			case x.due.After(y.due):
				c = 1
			case x.id < y.id:
				c = -1
			case x.id > y.id:
				c = 1
			}
			if desc {
				c = -c
			}
			return c
		})
		ids := make([]int64, len(rows))
		for i, r := range rows {
			ids[i] = r.id
		}
		return ids
	}
	cases := []struct {
		name string
		flt  tiendo.TaskFilter
		keep func(row) bool
	}{
		{"search", tiendo.TaskFilter{Query: "pho hue"}, func(r row) bool { return r.hit }},
		{"both organisations", tiendo.TaskFilter{OrgIDs: []int64{a.ID, b.ID}}, func(row) bool { return true }},
		{"organisation A", tiendo.TaskFilter{OrgIDs: []int64{a.ID}}, func(r row) bool { return r.lead == a.ID }},
		{"scope and search", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID, b.ID}, Query: "kiem"}, func(r row) bool { return r.hit }},
		{"scope B and search", tiendo.TaskFilter{ScopeOrgIDs: []int64{b.ID}, Query: "hue"}, func(r row) bool { return r.hit && r.inB }},
		{"scope and status", tiendo.TaskFilter{ScopeOrgIDs: []int64{a.ID, b.ID}, Statuses: []tiendo.Status{tiendo.StatusAssigned}},
			func(row) bool { return true }},
	}
	for _, c := range cases {
		for _, desc := range []bool{false, true} {
			want := expect(c.keep, desc)
			for _, per := range []int{1, 7, 50} {
				var got []int64
				for page := 1; (page-1)*per < len(want)+per; page++ {
					flt := c.flt
					flt.Desc, flt.Page = desc, tiendo.Page{Page: page, PerPage: per}
					tasks, total, err := f.st.FindTasks(f.ctx, flt)
					must(f, err)
					if total != len(want) {
						f.Fatalf("%s: total %d, want %d", c.name, total, len(want))
					}
					got = append(got, taskIDs(tasks)...)
				}
				wantIDs(f, fmt.Sprintf("%s, desc %v, %d per page", c.name, desc, per), got, want)
			}
		}
	}
}

// testFindSearchPlans checks that a search inside a scope or organisations
// lists the same tasks, in the same order and with the same total, whether
// the scope's text is tested row by row or its membership range is
// intersected with the full-text index (issue 19: big scopes take the
// latter, in one query).
func testFindSearchPlans(f *fixture) {
	tuner, ok := f.st.(interface{ SetTextScanMax(int) })
	if !ok {
		f.Skip("the store has a single search plan")
	}
	defer tuner.SetTextScanMax(-1)
	prov := f.org("Tỉnh", func(o *tiendo.Org) { o.Level = tiendo.LevelProvince })
	dist := f.org("Huyện", func(o *tiendo.Org) { o.ParentID = &prov.ID })
	w1 := f.org("Phường 1", func(o *tiendo.Org) { o.ParentID = &dist.ID })
	w2 := f.org("Phường 2", func(o *tiendo.Org) { o.ParentID = &dist.ID })
	out := f.org("Ngoài", func(o *tiendo.Org) { o.ParentID = &prov.ID })
	titles := []string{"Kiểm tra an toàn", "Kiểm tra Phố Huế", "Kiểm soát hồ sơ", "Tra cứu", "Phố Huế kiểm tra lại", "Kế hoạch kiểm tra"}
	leads := []int64{dist.ID, w1.ID, w2.ID, out.ID}
	statuses := []tiendo.Status{tiendo.StatusAssigned, tiendo.StatusReportedDone, tiendo.StatusCompleted, tiendo.StatusInProgress}
	for i := range 48 {
		f.task(leads[i%len(leads)], func(t *tiendo.Task) {
			t.Title = titles[i%len(titles)]
			t.Status = statuses[(i/3)%len(statuses)]
			t.Due = d(2026, 1+i%5, 1+(i*7)%28)
			t.OriginalDue = t.Due
			if t.Status == tiendo.StatusCompleted {
				t.CompletedOn = t.Due
			}
			if i%11 == 0 {
				t.DeadlineKind, t.Due, t.OriginalDue = vn.DeadlineContinuous, vn.Date{}, vn.Date{}
			}
			switch i % 4 {
			case 1:
				t.CoopOrgIDs = []int64{w2.ID}
			case 3:
				t.CoopOrgIDs = []int64{w1.ID} // an outside lead, a ward cooperating
			}
		})
	}
	subtree := []int64{dist.ID, w1.ID, w2.ID}
	asOf := d(2026, 3, 10)
	for _, reach := range []struct {
		name string
		flt  tiendo.TaskFilter
	}{
		{"scope", tiendo.TaskFilter{ScopeOrgIDs: subtree}},
		{"organisations", tiendo.TaskFilter{OrgIDs: subtree}},
		{"one organisation", tiendo.TaskFilter{OrgIDs: []int64{w1.ID}}},
		{"organisations leading", tiendo.TaskFilter{OrgIDs: subtree, Role: tiendo.AsLead}},
	} {
		for _, q := range []string{"kiem tra", "kiem", "pho hue", "ke", "khong co"} {
			for _, view := range []struct {
				name string
				edit func(*tiendo.TaskFilter)
			}{
				{"by due", func(*tiendo.TaskFilter) {}},
				{"by due, latest first", func(x *tiendo.TaskFilter) { x.Sort = "-" + tiendo.SortDue }},
				{"by id", func(x *tiendo.TaskFilter) { x.Sort = tiendo.SortID }},
				{"overdue", func(x *tiendo.TaskFilter) {
					x.Timeliness, x.Sort = []tiendo.Timeliness{tiendo.Overdue}, tiendo.SortOverdue
				}},
				{"to confirm", func(x *tiendo.TaskFilter) { x.Statuses = []tiendo.Status{tiendo.StatusReportedDone} }},
			} {
				for page := 1; page <= 3; page++ {
					flt := reach.flt
					flt.Query, flt.AsOf, flt.Page = q, asOf, tiendo.Page{Page: page, PerPage: 4}
					view.edit(&flt)
					name := fmt.Sprintf("%s, %q, %s, page %d", reach.name, q, view.name, page)
					tuner.SetTextScanMax(-1)
					byText, n1, err := f.st.FindTasks(f.ctx, flt)
					must(f, err)
					tuner.SetTextScanMax(0)
					byIndex, n2, err := f.st.FindTasks(f.ctx, flt)
					must(f, err)
					wantIDs(f, name, taskIDs(byIndex), taskIDs(byText))
					if n1 != n2 {
						f.Fatalf("%s: total %d by the text test, %d by the index", name, n1, n2)
					}
				}
			}
		}
	}
}
