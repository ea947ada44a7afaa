package storetest

import (
	"fmt"
	"reflect"
	"slices"

	"tiendo"
	"tiendo/vn"
)

// kind returns the seeded kind of group g.
func (f *fixture) caseKind(g tiendo.CaseKindGroup) *tiendo.CaseKind {
	f.Helper()
	kinds, err := f.st.FindCaseKinds(f.ctx)
	must(f, err)
	for _, k := range kinds {
		if k.Group == g {
			return k
		}
	}
	f.Fatalf("no seeded kind %s", g)
	return nil
}

// newCase stores a case in ward at place (nil: at address) found on day.
func (f *fixture) newCase(ward int64, place *int64, address string, kind int64, found vn.Date, opts ...func(*tiendo.Case)) *tiendo.Case {
	f.Helper()
	c := &tiendo.Case{WardID: ward, PlaceID: place, Address: address, KindID: kind,
		Description: fmt.Sprintf("Vi phạm %d", f.next()), Reporter: tiendo.ReporterGroupLeader, FoundOn: found,
		Status: tiendo.CaseOpen}
	for _, o := range opts {
		o(c)
	}
	must(f, f.st.CreateCase(f.ctx, c))
	return c
}

func assigned(org int64, on, due vn.Date) func(*tiendo.Case) {
	return func(c *tiendo.Case) {
		c.Status, c.AssignedOrgID, c.AssignedOn, c.Due = tiendo.CaseAssigned, &org, on, due
	}
}

func closedOn(day vn.Date) func(*tiendo.Case) {
	return func(c *tiendo.Case) { c.Status, c.ClosedOn, c.Result = tiendo.CaseClosed, day, "Đã khắc phục" }
}

func caseIDs(cs []*tiendo.Case) []int64 {
	out := []int64{}
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func (f *fixture) findCases(flt tiendo.CaseFilter) []int64 {
	f.Helper()
	if !flt.Unscoped && flt.ScopeOrgIDs == nil && flt.ScopePersonID == 0 {
		flt.Unscoped = true
	}
	flt.Page.PerPage = tiendo.MaxPerPage
	list, total, err := f.st.FindCases(f.ctx, flt)
	must(f, err)
	if total != len(list) {
		f.Fatalf("total %d, list %d", total, len(list))
	}
	ids := caseIDs(list)
	slices.Sort(ids)
	return ids
}

func sorted(ids ...int64) []int64 {
	out := append([]int64{}, ids...)
	slices.Sort(out)
	return out
}

var caseCases = []testCase{
	{"Kinds/SeededCreateUpdate", func(f *fixture) {
		kinds, err := f.st.FindCaseKinds(f.ctx)
		must(f, err)
		if len(kinds) != 5 {
			f.Fatalf("seeded kinds %d", len(kinds))
		}
		k := &tiendo.CaseKind{Code: "QC", Name: "Quảng cáo rao vặt", Group: tiendo.CaseGroupUrbanOrder, DeadlineDays: 2, Active: true}
		must(f, f.st.CreateCaseKind(f.ctx, k))
		got, err := f.st.FindCaseKindByID(f.ctx, k.ID)
		must(f, err)
		if !reflect.DeepEqual(got, k) {
			f.Fatalf("read back %+v, want %+v", got, k)
		}
		wantCode(f, f.st.CreateCaseKind(f.ctx, &tiendo.CaseKind{Code: "QC", Name: "x", Group: tiendo.CaseGroupOther}), tiendo.ECONFLICT)
		k.Active, k.Name = false, "Quảng cáo, rao vặt trái phép"
		must(f, f.st.UpdateCaseKind(f.ctx, k))
		stale := *got
		wantCode(f, f.st.UpdateCaseKind(f.ctx, &stale), tiendo.ECONFLICT)
		got, err = f.st.FindCaseKindByID(f.ctx, k.ID)
		must(f, err)
		if got.Active || got.Version != 2 || got.Name != k.Name {
			f.Fatalf("after update %+v", got)
		}
		_, err = f.st.FindCaseKindByID(f.ctx, 99999)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"CreateAssignStepsClose/RoundTrip", func(f *fixture) {
		ward, unit := f.org("Phường Bồ Đề"), f.org("Đội trật tự đô thị")
		acc := f.account("canbo", tiendo.RoleOfficer, &unit.ID)
		street := f.place("Phố Ngọc Lâm", ward.ID)
		kind := f.caseKind(tiendo.CaseGroupPavement)
		c := f.newCase(ward.ID, &street.ID, "số 12", kind.ID, d(2026, 3, 2), func(c *tiendo.Case) {
			c.ReporterName, c.ReporterPhone, c.CreatedBy = "Tổ trưởng TDP 5", "0912345678", acc.ID
		})
		if c.ID == 0 || c.Version != 1 {
			f.Fatalf("after create %+v", c)
		}
		c.Status, c.AssignedOrgID, c.AssignedOn, c.DeadlineDays, c.Due = tiendo.CaseAssigned, &unit.ID, d(2026, 3, 3), 3, d(2026, 3, 6)
		must(f, f.st.UpdateCase(f.ctx, c))
		stale := *c
		stale.Version--
		wantCode(f, f.st.UpdateCase(f.ctx, &stale), tiendo.ECONFLICT)
		fine := &tiendo.CaseStep{CaseID: c.ID, Kind: tiendo.StepFined, On: d(2026, 3, 4), Amount: 2_500_000, DocNo: "12/QĐ-XPHC", ByID: acc.ID}
		must(f, f.st.CreateCaseStep(f.ctx, fine))
		photo := []byte("\x89PNG\r\n\x1a\nphoto")
		done := &tiendo.CaseStep{CaseID: c.ID, Kind: tiendo.StepRestored, On: d(2026, 3, 5), Note: "Đã dọn", Closing: true, ByID: acc.ID,
			Files: []tiendo.Attachment{{Name: "sau.png", ContentType: "image/png", Data: photo, SHA256: "abc"}}}
		must(f, f.st.CreateCaseStep(f.ctx, done))
		if done.Files[0].ID == 0 || done.By != "canbo" {
			f.Fatalf("step %+v", done)
		}
		c.Status, c.ClosedOn, c.Result = tiendo.CaseClosed, d(2026, 3, 5), "Đã khắc phục"
		must(f, f.st.UpdateCase(f.ctx, c))
		got, err := f.st.FindCaseByID(f.ctx, c.ID)
		must(f, err)
		if len(got.Steps) != 2 || got.Steps[0].Amount != 2_500_000 || got.Steps[0].DocNo != "12/QĐ-XPHC" ||
			!got.Steps[1].Closing || len(got.Steps[1].Files) != 1 || len(got.Files) != 1 || got.Files[0].Size != int64(len(photo)) {
			f.Fatalf("steps %+v files %+v", got.Steps, got.Files)
		}
		got.Steps, got.Files = []tiendo.CaseStep{}, []tiendo.Attachment{}
		if !got.CreatedAt.Equal(c.CreatedAt) || !got.UpdatedAt.Equal(c.UpdatedAt) {
			f.Fatalf("times %v %v", got.CreatedAt, got.UpdatedAt)
		}
		got.CreatedAt, got.UpdatedAt = c.CreatedAt, c.UpdatedAt
		c.Steps, c.Files, c.Deadlines = []tiendo.CaseStep{}, []tiendo.Attachment{}, []tiendo.CaseDeadline{}
		if !reflect.DeepEqual(got, c) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, c)
		}
		file, caseID, err := f.st.FindCaseFile(f.ctx, done.Files[0].ID)
		must(f, err)
		if caseID != c.ID || !reflect.DeepEqual(file.Data, photo) || file.Name != "sau.png" {
			f.Fatalf("file %+v of %d", file, caseID)
		}
		_, err = f.st.FindCaseByID(f.ctx, 99999)
		wantCode(f, err, tiendo.ENOTFOUND)
		_, _, err = f.st.FindCaseFile(f.ctx, 99999)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Deadlines/OldNewWhoWhy", func(f *fixture) {
		ward := f.org("Phường Bồ Đề")
		acc := f.account("vanphong", tiendo.RoleOffice, &ward.ID)
		c := f.newCase(ward.ID, nil, "số 3", f.caseKind(tiendo.CaseGroupPavement).ID, d(2026, 3, 2), assigned(ward.ID, d(2026, 3, 2), d(2026, 3, 6)))
		first := &tiendo.CaseDeadline{CaseID: c.ID, PreviousDue: d(2026, 3, 6), Due: d(2026, 3, 13), Reason: "Chờ biên bản", ByID: acc.ID}
		must(f, f.st.CreateCaseDeadline(f.ctx, first))
		must(f, f.st.CreateCaseDeadline(f.ctx, &tiendo.CaseDeadline{CaseID: c.ID, PreviousDue: d(2026, 3, 13), Due: d(2026, 3, 20)}))
		if first.ID == 0 || first.By != "vanphong" || first.CreatedAt.IsZero() {
			f.Fatalf("stored %+v", first)
		}
		got, err := f.st.FindCaseByID(f.ctx, c.ID)
		must(f, err)
		if len(got.Deadlines) != 2 || !reflect.DeepEqual(got.Deadlines[0], *first) || got.Deadlines[1].PreviousDue != d(2026, 3, 13) ||
			got.Deadlines[1].Due != d(2026, 3, 20) || got.Deadlines[1].ByID != 0 || got.Deadlines[1].By != "" {
			f.Fatalf("deadlines %+v", got.Deadlines)
		}
	}},
	{"Find/Filters", func(f *fixture) {
		ward, other, unit := f.org("Phường Bồ Đề"), f.org("Phường Long Biên"), f.org("Đội trật tự")
		person := &tiendo.Person{FullName: "Nguyễn Văn An"}
		must(f, f.st.CreatePerson(f.ctx, person))
		street := f.place("Đường Phú Hựu", ward.ID)
		pave, build := f.caseKind(tiendo.CaseGroupPavement), f.caseKind(tiendo.CaseGroupConstruction)
		// Week 10 of 2026 is 2–8 March; as of 20 March.
		open := f.newCase(ward.ID, &street.ID, "", pave.ID, d(2026, 3, 2))
		overdue := f.newCase(ward.ID, nil, "Số 5 ngõ 12 Đường Ái Mộ", build.ID, d(2026, 3, 3), assigned(unit.ID, d(2026, 3, 3), d(2026, 3, 10)))
		onTime := f.newCase(ward.ID, &street.ID, "", pave.ID, d(2026, 3, 9), assigned(unit.ID, d(2026, 3, 9), d(2026, 3, 12)), closedOn(d(2026, 3, 11)))
		late := f.newCase(other.ID, nil, "Chợ Long Biên", pave.ID, d(2026, 3, 9), assigned(unit.ID, d(2026, 3, 9), d(2026, 3, 12)),
			closedOn(d(2026, 3, 16)), func(c *tiendo.Case) { c.AssigneeID = &person.ID })
		repeat := f.newCase(ward.ID, &street.ID, "", pave.ID, d(2026, 3, 17), func(c *tiendo.Case) { c.RepeatOf = &onTime.ID })
		asOf := d(2026, 3, 20)
		all := sorted(open.ID, overdue.ID, onTime.ID, late.ID, repeat.ID)
		for _, c := range []struct {
			name string
			flt  tiendo.CaseFilter
			want []int64
		}{
			{"all", tiendo.CaseFilter{}, all},
			{"ward", tiendo.CaseFilter{WardIDs: []int64{ward.ID}}, sorted(open.ID, overdue.ID, onTime.ID, repeat.ID)},
			{"empty ward set", tiendo.CaseFilter{WardIDs: []int64{}}, []int64{}},
			{"place", tiendo.CaseFilter{PlaceID: &street.ID}, sorted(open.ID, onTime.ID, repeat.ID)},
			{"no place", tiendo.CaseFilter{PlaceID: ptr(int64(0))}, sorted(overdue.ID, late.ID)},
			{"address folded", tiendo.CaseFilter{Address: "so 5 NGÕ 12 đường ái mộ"}, []int64{overdue.ID}},
			{"kind", tiendo.CaseFilter{KindIDs: []int64{build.ID}}, []int64{overdue.ID}},
			{"status", tiendo.CaseFilter{Statuses: []tiendo.CaseStatus{tiendo.CaseClosed}}, sorted(onTime.ID, late.ID)},
			{"overdue", tiendo.CaseFilter{AsOf: asOf, Timeliness: []tiendo.Timeliness{tiendo.Overdue}}, []int64{overdue.ID}},
			{"overdue before its deadline", tiendo.CaseFilter{AsOf: d(2026, 3, 10), Timeliness: []tiendo.Timeliness{tiendo.Overdue}}, []int64{}},
			{"done late", tiendo.CaseFilter{AsOf: asOf, Timeliness: []tiendo.Timeliness{tiendo.DoneLate}}, []int64{late.ID}},
			{"open as of", tiendo.CaseFilter{AsOf: d(2026, 3, 10), Timeliness: []tiendo.Timeliness{tiendo.InProgress}}, sorted(open.ID, overdue.ID, onTime.ID, late.ID)},
			{"week", tiendo.CaseFilter{Found: tiendo.ISOWeek(2026, 10)}, sorted(open.ID, overdue.ID)},
			{"period carries open work", tiendo.CaseFilter{AsOf: asOf, Period: tiendo.DateRange{From: d(2026, 3, 12), To: d(2026, 3, 15)}},
				sorted(open.ID, overdue.ID, late.ID)},
			{"assigned unit", tiendo.CaseFilter{AssignedOrgIDs: []int64{unit.ID}}, sorted(overdue.ID, onTime.ID, late.ID)},
			{"due range", tiendo.CaseFilter{Due: tiendo.DateRange{From: d(2026, 3, 11), To: d(2026, 3, 12)}}, sorted(onTime.ID, late.ID)},
			{"due from", tiendo.CaseFilter{Due: tiendo.DateRange{From: d(2026, 3, 10)}}, sorted(overdue.ID, onTime.ID, late.ID)},
			{"assignee", tiendo.CaseFilter{AssigneeID: &person.ID}, []int64{late.ID}},
			{"repeat", tiendo.CaseFilter{Repeat: ptr(true)}, []int64{repeat.ID}},
			{"first violations", tiendo.CaseFilter{Repeat: ptr(false)}, sorted(open.ID, overdue.ID, onTime.ID, late.ID)},
			{"repeat of", tiendo.CaseFilter{RepeatOf: &onTime.ID}, []int64{repeat.ID}},
			{"search folds, place name too", tiendo.CaseFilter{Query: "phu huu"}, sorted(open.ID, onTime.ID, repeat.ID)},
			{"search address prefix", tiendo.CaseFilter{Query: "ai m"}, []int64{overdue.ID}},
			{"scope ward", tiendo.CaseFilter{ScopeOrgIDs: []int64{other.ID}}, []int64{late.ID}},
			{"scope assigned unit", tiendo.CaseFilter{ScopeOrgIDs: []int64{unit.ID}}, sorted(overdue.ID, onTime.ID, late.ID)},
			{"scope person", tiendo.CaseFilter{ScopeOrgIDs: []int64{}, ScopePersonID: person.ID}, []int64{late.ID}},
			{"scope nothing", tiendo.CaseFilter{ScopeOrgIDs: []int64{}, ScopePersonID: 0}, []int64{}},
		} {
			flt := c.flt
			if c.name == "scope nothing" {
				flt.Page.PerPage = 50
				list, total, err := f.st.FindCases(f.ctx, flt)
				must(f, err)
				if len(list) != 0 || total != 0 {
					f.Fatalf("%s: %v", c.name, caseIDs(list))
				}
				continue
			}
			if got := f.findCases(flt); !reflect.DeepEqual(got, c.want) {
				f.Fatalf("%s: got %v, want %v", c.name, got, c.want)
			}
		}
		// Each case's timeliness in SQL is the Go one, at several dates.
		for _, day := range []vn.Date{d(2026, 3, 1), d(2026, 3, 10), d(2026, 3, 11), d(2026, 3, 12), asOf} {
			for _, tl := range tiendo.Timelinesses {
				var want []int64
				for _, c := range []*tiendo.Case{open, overdue, onTime, late, repeat} {
					if c.TimelinessAt(day) == tl {
						want = append(want, c.ID)
					}
				}
				if got := f.findCases(tiendo.CaseFilter{AsOf: day, Timeliness: []tiendo.Timeliness{tl}}); !reflect.DeepEqual(got, sorted(want...)) {
					f.Fatalf("%s at %v: SQL %v, Go %v", tl, day, got, want)
				}
			}
		}
		// Pages, newest found first.
		list, total, err := f.st.FindCases(f.ctx, tiendo.CaseFilter{Unscoped: true, Page: tiendo.Page{Page: 1, PerPage: 2}})
		must(f, err)
		if total != 5 || !reflect.DeepEqual(caseIDs(list), []int64{repeat.ID, late.ID}) {
			f.Fatalf("page %v total %d", caseIDs(list), total)
		}
	}},
	{"WeeklyList/CreateFindProcess", func(f *fixture) {
		ward := f.org("Phường Bồ Đề")
		group := f.place("Tổ dân phố 5", ward.ID, func(p *tiendo.Place) { p.Kind = tiendo.PlaceResidentialGroup })
		acc := f.account("totruong", tiendo.RoleOfficer, &ward.ID)
		kind := f.caseKind(tiendo.CaseGroupSanitation)
		l := &tiendo.WeeklyList{WardID: ward.ID, GroupPlaceID: &group.ID, Week: tiendo.ISOWeek(2026, 10), Note: "Tuần 10",
			Status: tiendo.ListSubmitted, SubmittedBy: acc.ID, Rows: []tiendo.WeeklyListRow{
				{Address: "Số 3 ngõ 7", KindID: kind.ID, Description: "Để rác sai giờ", FoundOn: d(2026, 3, 3)},
				{PlaceID: &group.ID, KindID: kind.ID, Description: "Đổ phế thải", FoundOn: d(2026, 3, 4)},
			}}
		must(f, f.st.CreateWeeklyList(f.ctx, l))
		if l.ID == 0 || l.Version != 1 || l.Rows[1].Row != 2 {
			f.Fatalf("after create %+v", l)
		}
		got, err := f.st.FindWeeklyListByID(f.ctx, l.ID)
		must(f, err)
		if !got.CreatedAt.Equal(l.CreatedAt) {
			f.Fatalf("created %v, want %v", got.CreatedAt, l.CreatedAt)
		}
		got.CreatedAt = l.CreatedAt
		if !reflect.DeepEqual(got, l) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, l)
		}
		c := f.newCase(ward.ID, nil, "Số 3 ngõ 7", kind.ID, d(2026, 3, 3), func(c *tiendo.Case) { c.WeeklyListID = &l.ID })
		now := l.CreatedAt
		got.Status, got.ProcessedBy, got.ProcessedAt = tiendo.ListProcessed, &acc.ID, &now
		got.Rows[0].Outcome, got.Rows[0].CaseID = tiendo.RowCreated, &c.ID
		got.Rows[1].Outcome, got.Rows[1].DuplicateOf = tiendo.RowDuplicate, &c.ID
		must(f, f.st.UpdateWeeklyList(f.ctx, got))
		stale := *l
		wantCode(f, f.st.UpdateWeeklyList(f.ctx, &stale), tiendo.ECONFLICT)
		again, err := f.st.FindWeeklyListByID(f.ctx, l.ID)
		must(f, err)
		if again.Status != tiendo.ListProcessed || again.Version != 2 || *again.Rows[0].CaseID != c.ID ||
			*again.Rows[1].DuplicateOf != c.ID || again.Rows[1].Outcome != tiendo.RowDuplicate || again.ProcessedAt == nil {
			f.Fatalf("after process %+v", again)
		}
		if ids := f.findCases(tiendo.CaseFilter{WeeklyListID: &l.ID}); !reflect.DeepEqual(ids, []int64{c.ID}) {
			f.Fatalf("cases of list %v", ids)
		}
		for _, c := range []struct {
			name string
			flt  tiendo.WeeklyListFilter
			n    int
		}{
			{"all", tiendo.WeeklyListFilter{}, 1},
			{"ward", tiendo.WeeklyListFilter{WardIDs: []int64{ward.ID}}, 1},
			{"other ward", tiendo.WeeklyListFilter{WardIDs: []int64{}}, 0},
			{"group", tiendo.WeeklyListFilter{GroupPlaceID: &group.ID}, 1},
			{"status", tiendo.WeeklyListFilter{Status: tiendo.ListSubmitted}, 0},
			{"week", tiendo.WeeklyListFilter{Week: tiendo.ISOWeek(2026, 10)}, 1},
			{"other week", tiendo.WeeklyListFilter{Week: tiendo.ISOWeek(2026, 11)}, 0},
			{"submitter", tiendo.WeeklyListFilter{SubmittedBy: acc.ID}, 1},
		} {
			list, total, err := f.st.FindWeeklyLists(f.ctx, c.flt)
			must(f, err)
			if total != c.n || len(list) != c.n {
				f.Fatalf("%s: %d lists (total %d), want %d", c.name, len(list), total, c.n)
			}
		}
		_, err = f.st.FindWeeklyListByID(f.ctx, 99999)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Stats/AddUpToDrillDown", func(f *fixture) {
		wards := []*tiendo.Org{f.org("Phường Bồ Đề"), f.org("Phường Long Biên")}
		unit := f.org("Đội trật tự")
		kinds, err := f.st.FindCaseKinds(f.ctx)
		must(f, err)
		var places []*tiendo.Place
		for i, w := range wards {
			places = append(places, f.place(fmt.Sprintf("Phố %d", i), w.ID), f.place(fmt.Sprintf("Tổ dân phố %d", i), w.ID))
		}
		var cases []*tiendo.Case
		start := d(2026, 2, 2)
		for i := 0; i < 60; i++ {
			w := wards[i%2]
			found := start.AddDays(i % 45)
			var opts []func(*tiendo.Case)
			var place *int64
			addr := ""
			if i%5 == 0 {
				addr = fmt.Sprintf("Số %d", i)
			} else {
				place = &places[(i%2)*2+i%3%2].ID
			}
			if i%4 != 0 {
				opts = append(opts, assigned(unit.ID, found, found.AddDays(3+i%5)))
				if i%3 == 0 {
					opts = append(opts, closedOn(found.AddDays(i%9)))
				}
			}
			if i%7 == 0 && len(cases) > 0 {
				prev := cases[len(cases)-1].ID
				opts = append(opts, func(c *tiendo.Case) { c.RepeatOf = &prev })
			}
			cases = append(cases, f.newCase(w.ID, place, addr, kinds[i%len(kinds)].ID, found, opts...))
		}
		asOf := d(2026, 3, 10)
		for _, p := range []tiendo.DateRange{{}, {From: d(2026, 2, 16), To: d(2026, 2, 28)}, tiendo.ISOWeek(2026, 9)} {
			for _, g := range append([]tiendo.CaseGroup{""}, tiendo.CaseGroups...) {
				q := tiendo.CaseStatsQuery{Period: p, AsOf: asOf, Group: g, Unscoped: true}
				f.checkCaseStats(q, cases)
				q.Unscoped, q.ScopeOrgIDs = false, []int64{wards[1].ID}
				f.checkCaseStats(q, cases)
			}
		}
		q := tiendo.CaseStatsQuery{AsOf: asOf, Group: tiendo.CaseByKind, Unscoped: true, WardIDs: []int64{wards[0].ID}, PlaceID: &places[0].ID}
		f.checkCaseStats(q, cases)
		// A scope with no cases answers no rows, whatever the grouping.
		for _, g := range append([]tiendo.CaseGroup{""}, tiendo.CaseGroups...) {
			rows, err := f.st.CaseStats(f.ctx, tiendo.CaseStatsQuery{AsOf: asOf, Group: g, ScopeOrgIDs: []int64{}})
			must(f, err)
			if len(rows) != 0 {
				f.Fatalf("empty scope by %q: %+v", g, rows)
			}
		}
	}},
}

// checkCaseStats checks the statistics of q against Case.InPeriod and
// Count in Go, and every cell against the total of its drill-down list.
func (f *fixture) checkCaseStats(q tiendo.CaseStatsQuery, cases []*tiendo.Case) {
	f.Helper()
	rows, err := f.st.CaseStats(f.ctx, q)
	must(f, err)
	want := map[string]*tiendo.CaseCounts{}
	for _, c := range cases {
		if !c.InPeriod(q.Period, q.AsOf) || (q.WardIDs != nil && !slices.Contains(q.WardIDs, c.WardID)) ||
			(q.PlaceID != nil && (c.PlaceID == nil || *c.PlaceID != *q.PlaceID)) {
			continue
		}
		if !q.Unscoped && !slices.Contains(q.ScopeOrgIDs, c.WardID) && (c.AssignedOrgID == nil || !slices.Contains(q.ScopeOrgIDs, *c.AssignedOrgID)) {
			continue
		}
		k := ""
		if q.Group != "" {
			k = tiendo.CaseGroupKey(q.Group, c)
		}
		if want[k] == nil {
			want[k] = &tiendo.CaseCounts{}
		}
		want[k].Count(c, q.Period, q.AsOf)
	}
	got := map[string]*tiendo.CaseCounts{}
	for _, r := range rows {
		n := r.CaseCounts
		got[r.Key] = &n
	}
	if !reflect.DeepEqual(got, want) {
		f.Fatalf("stats %+v: got %v, want %v", q, dump(got), dump(want))
	}
	for _, r := range rows {
		if r.Total != r.DoneOnTime+r.DoneLate+r.Open+r.Overdue {
			f.Fatalf("stats %+v %s: categories do not add up: %+v", q, r.Key, r.CaseCounts)
		}
		for _, cell := range tiendo.CaseCells {
			flt, err := q.CellFilter(r.Key, cell)
			must(f, err)
			flt.Page.PerPage = 1
			_, total, err := f.st.FindCases(f.ctx, flt)
			must(f, err)
			if n, _ := r.Cell(cell); n != total {
				f.Fatalf("stats %+v group %q cell %s: %d, drill-down list %d", q, r.Key, cell, n, total)
			}
		}
	}
}

func dump(m map[string]*tiendo.CaseCounts) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	s := ""
	for _, k := range keys {
		s += fmt.Sprintf("%q:%+v ", k, *m[k])
	}
	return s
}
