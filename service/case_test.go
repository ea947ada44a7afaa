package service_test

import (
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

var png = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRphoto")

// caseFixture adds the ward's office (vp-phohue), an officer of the ward's
// police (ca-phohue) and a street of the ward.
func caseFixture(t *testing.T) (*fixture, *tiendo.Place, map[tiendo.CaseKindGroup]*tiendo.CaseKind) {
	f := newFixture(t)
	f.addAccount("vp-phohue", tiendo.RoleOffice, "PH")
	f.addAccount("ca-phohue", tiendo.RoleOfficer, "PH-CA")
	p, err := f.svc.CreatePlace(f.as("vp-phohue"), tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Huế",
		Wards: []tiendo.PlaceWard{{OrgID: f.orgs["PH"]}}})
	if err != nil {
		t.Fatal(err)
	}
	kinds, err := f.svc.ListCaseKinds(f.as("phohue"))
	if err != nil {
		t.Fatal(err)
	}
	byGroup := map[tiendo.CaseKindGroup]*tiendo.CaseKind{}
	for _, k := range kinds {
		byGroup[k.Group] = k
	}
	return f, p, byGroup
}

func (f *fixture) caseAudit(entity string, id int64) []string {
	f.t.Helper()
	entries, _, err := f.st.FindAudit(f.as("system"), tiendo.AuditFilter{Page: tiendo.Page{PerPage: 500}})
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.EntityType == entity && e.EntityID == id {
			out = append(out, e.Action)
		}
	}
	slices.Sort(out)
	return out
}

// A case from the phone to its repeat: the ward's office records it, a
// second report of it is refused as a duplicate, it is assigned to the
// ward's police with a deadline in working days (who are told), the police
// record a fine and close it with a photo, the district sees it all and
// another ward nothing; a new violation there is linked as a repeat.
func TestCaseWorkflow(t *testing.T) {
	f, street, kinds := caseFixture(t)
	pave := kinds[tiendo.CaseGroupPavement]
	in := tiendo.Case{PlaceID: &street.ID, Address: "Số 12", KindID: pave.ID, Description: "Bày hàng lấn chiếm vỉa hè",
		Reporter: tiendo.ReporterCitizen, ReporterPhone: "0912345678", FoundOn: date(2020, 1, 2)}
	for _, c := range []struct{ login, code string }{
		{"phohue", tiendo.EFORBIDDEN},   // an officer of the ward does not record cases
		{"truongdinh", tiendo.EINVALID}, // another ward does not see the place
		{"viewer", tiendo.EFORBIDDEN},
	} {
		_, err := f.svc.CreateCase(f.as(c.login), in)
		wantCode(t, err, c.code)
	}
	// A body inside the ward is not a ward, for a case or a place.
	inside := in
	inside.PlaceID, inside.WardID = nil, f.orgs["PH-UBND"]
	_, err := f.svc.CreateCase(f.as("vp-phohue"), inside)
	if wantCode(t, err, tiendo.EINVALID); tiendo.ErrorFields(err)["ward_id"] == "" {
		t.Fatalf("a body inside the ward as the case's ward: %v", err)
	}
	_, err = f.svc.CreatePlace(f.as("vp-phohue"), tiendo.Place{Kind: tiendo.PlaceStreet, Name: "Phố Lò Đúc",
		Wards: []tiendo.PlaceWard{{OrgID: f.orgs["PH-UBND"]}}})
	if wantCode(t, err, tiendo.EINVALID); tiendo.ErrorFields(err)["wards"] == "" {
		t.Fatalf("a body inside the ward as the place's ward: %v", err)
	}
	bad := in
	bad.Description, bad.FoundOn = "", date(2020, 1, 3)
	_, err = f.svc.CreateCase(f.as("vp-phohue"), bad)
	wantCode(t, err, tiendo.EINVALID)
	if fields := tiendo.ErrorFields(err); fields["description"] == "" || fields["found_on"] == "" {
		t.Fatalf("fields %v", fields)
	}
	c, err := f.svc.CreateCase(f.as("vp-phohue"), in)
	if err != nil {
		t.Fatal(err)
	}
	if c.WardID != f.orgs["PH"] || c.Status != tiendo.CaseOpen || c.RepeatOf != nil {
		t.Fatalf("created %+v", c)
	}
	dup := in
	dup.Address = "  số 12 "
	_, err = f.svc.CreateCase(f.as("vp-phohue"), dup)
	wantCode(t, err, tiendo.ECONFLICT)

	// Assigned on Thursday 2 January 2020 with the kind's 3 working days:
	// Friday, Monday, Tuesday.
	ca := f.orgs["PH-CA"]
	_, err = f.svc.AssignCase(f.as("ca-phohue"), c.ID, service.CaseAssignment{Version: c.Version, OrgID: &ca})
	wantCode(t, err, tiendo.ENOTFOUND) // not yet assigned: the police do not see it
	_, err = f.svc.AssignCase(f.as("vp-phohue"), c.ID, service.CaseAssignment{Version: c.Version + 1, OrgID: &ca})
	wantCode(t, err, tiendo.ECONFLICT)
	c, err = f.svc.AssignCase(f.as("vp-phohue"), c.ID, service.CaseAssignment{Version: c.Version, OrgID: &ca})
	if err != nil {
		t.Fatal(err)
	}
	if c.Due != date(2020, 1, 7) || c.DeadlineDays != 3 || c.Status != tiendo.CaseAssigned || c.AssignedOn != date(2020, 1, 2) {
		t.Fatalf("assigned %+v", c)
	}
	notes, _, err := f.svc.Notifications(f.as("ca-phohue"), false, tiendo.Page{PerPage: 10})
	if err != nil || len(notes) != 1 || notes[0].Kind != tiendo.NotifyCaseAssigned {
		t.Fatalf("the police are told: %+v %v", notes, err)
	}
	for login, want := range map[string]bool{"vp-phohue": true, "ca-phohue": true, "office": true, "admin": true,
		"phohue": true, "truongdinh": false, "qldt": false} {
		_, n, err := f.svc.ListCases(f.as(login), tiendo.CaseFilter{})
		_, gerr := f.svc.GetCase(f.as(login), c.ID)
		if err != nil || (n == 1) != want || (gerr == nil) != want {
			t.Errorf("%s sees %d cases (%v), reads it: %v; want %v", login, n, err, gerr, want)
		}
	}

	// The police record a fine, then close it with a photo.
	_, err = f.svc.AddCaseStep(f.as("truongdinh"), c.ID, tiendo.CaseStep{Kind: tiendo.StepReminded})
	wantCode(t, err, tiendo.ENOTFOUND)
	_, err = f.svc.AddCaseStep(f.as("ca-phohue"), c.ID, tiendo.CaseStep{Kind: tiendo.StepFined})
	wantCode(t, err, tiendo.EINVALID)
	fine, err := f.svc.AddCaseStep(f.as("ca-phohue"), c.ID, tiendo.CaseStep{Kind: tiendo.StepFined, Amount: 1_500_000, DocNo: "05/QĐ-XPHC"})
	if err != nil || fine.On != date(2020, 1, 2) || fine.By != "ca-phohue" {
		t.Fatalf("fine %+v %v", fine, err)
	}
	d, err := f.svc.GetCase(f.as("ca-phohue"), c.ID)
	if err != nil || d.Case.Status != tiendo.CaseHandling || !d.CanHandle || d.CanEdit || d.AssignedTo != "Công an phường Phố Huế" ||
		d.Kind.ID != pave.ID || d.Place.ID != street.ID || d.Ward != "Phường Phố Huế" || d.Timeliness != tiendo.InProgress {
		t.Fatalf("detail %+v %v", d, err)
	}
	_, err = f.svc.CloseCase(f.as("ca-phohue"), c.ID, service.CaseClosing{Version: d.Case.Version, Result: "Đã dọn"})
	wantCode(t, err, tiendo.EINVALID) // no evidence
	_, err = f.svc.CloseCase(f.as("ca-phohue"), c.ID, service.CaseClosing{Version: d.Case.Version, Result: "Đã dọn",
		Files: []tiendo.Attachment{{Name: "anh.png", Data: []byte("MZ\x90\x00")}}})
	wantCode(t, err, tiendo.EINVALID) // a program named as a photo
	closed, err := f.svc.CloseCase(f.as("ca-phohue"), c.ID, service.CaseClosing{Version: d.Case.Version, Result: "Đã dọn, trả lại vỉa hè",
		Files: []tiendo.Attachment{{Name: "sau-khi-don.png", Data: png}}})
	if err != nil || closed.Status != tiendo.CaseClosed || closed.ClosedOn != date(2020, 1, 2) {
		t.Fatalf("closed %+v %v", closed, err)
	}
	if tl := closed.TimelinessAt(date(2020, 1, 10)); tl != tiendo.DoneOnTime {
		t.Fatalf("timeliness %s", tl)
	}
	d, _ = f.svc.GetCase(f.as("office"), c.ID)
	if len(d.Case.Files) != 1 || len(d.Case.Steps) != 2 || !d.Case.Steps[1].Closing {
		t.Fatalf("after close %+v", d.Case)
	}
	file, err := f.svc.CaseFile(f.as("office"), d.Case.Files[0].ID)
	if err != nil || string(file.Data) != string(png) || file.ContentType != "image/png" {
		t.Fatalf("file %+v %v", file, err)
	}
	_, err = f.svc.CaseFile(f.as("truongdinh"), d.Case.Files[0].ID)
	wantCode(t, err, tiendo.ENOTFOUND)
	notes, _, _ = f.svc.Notifications(f.as("vp-phohue"), false, tiendo.Page{PerPage: 10})
	if len(notes) != 1 || notes[0].Kind != tiendo.NotifyCaseClosed {
		t.Fatalf("the ward's office is told: %+v", notes)
	}
	_, err = f.svc.AddCaseStep(f.as("ca-phohue"), c.ID, tiendo.CaseStep{Kind: tiendo.StepReminded})
	wantCode(t, err, tiendo.ECONFLICT)

	// A week later the stall is back: a repeat linked to the closed case,
	// whether recorded from the case or anew.
	f.clock.T = f.clock.T.AddDate(0, 0, 7)
	_, err = f.svc.ReopenCase(f.as("ca-phohue"), c.ID, service.CaseRepeat{})
	wantCode(t, err, tiendo.EFORBIDDEN)
	again, err := f.svc.CreateCase(f.as("vp-phohue"), in)
	if err != nil || again.RepeatOf == nil || *again.RepeatOf != c.ID {
		t.Fatalf("repeat %+v %v", again, err)
	}
	_, err = f.svc.ReopenCase(f.as("vp-phohue"), c.ID, service.CaseRepeat{})
	wantCode(t, err, tiendo.ECONFLICT) // the repeat is open there already
	d, _ = f.svc.GetCase(f.as("vp-phohue"), again.ID)
	if len(d.Earlier) != 1 || d.Earlier[0].ID != c.ID {
		t.Fatalf("earlier %+v", d.Earlier)
	}
	if got := f.caseAudit("case", c.ID); !slices.Equal(got, []string{"case.assign", "case.close", "case.create"}) {
		t.Fatalf("audit %v", got)
	}
	if got := f.caseAudit("case_step", fine.ID); !slices.Equal(got, []string{"case.step"}) {
		t.Fatalf("step audit %v", got)
	}
}

// Reopening a closed case records a new one linked to it; reminders fire
// once before and once after the deadline, for the unit.
func TestCaseReopenAndReminders(t *testing.T) {
	f, street, kinds := caseFixture(t)
	ca := f.orgs["PH-CA"]
	c, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, KindID: kinds[tiendo.CaseGroupSanitation].ID,
		Description: "Đổ rác sai giờ", FoundOn: date(2020, 1, 2), AssignedOrgID: &ca, Due: date(2020, 1, 3)})
	if err != nil || c.Status != tiendo.CaseAssigned || c.Due != date(2020, 1, 3) || c.Reporter != tiendo.ReporterCitizen {
		t.Fatalf("created and assigned %+v %v", c, err)
	}
	n, err := f.svc.RunReminders(f.as("system"))
	if err != nil || n != 1 {
		t.Fatalf("due soon: %d %v", n, err)
	}
	if n, _ := f.svc.RunReminders(f.as("system")); n != 0 {
		t.Fatalf("fired again: %d", n)
	}
	f.clock.T = time.Date(2020, 1, 6, 9, 0, 0, 0, f.clock.T.Location())
	if n, err := f.svc.RunReminders(f.as("system")); err != nil || n != 1 {
		t.Fatalf("overdue: %d %v", n, err)
	}
	notes, _, _ := f.svc.Notifications(f.as("ca-phohue"), false, tiendo.Page{PerPage: 10})
	var got []string
	for _, n := range notes {
		got = append(got, n.Kind)
	}
	slices.Sort(got)
	if !slices.Equal(got, []string{tiendo.NotifyCaseAssigned, tiendo.RuleCaseDueSoon, tiendo.RuleCaseOverdue}) {
		t.Fatalf("police notifications %v", got)
	}
	if list, _, _ := f.svc.ListCases(f.as("office"), tiendo.CaseFilter{Timeliness: []tiendo.Timeliness{tiendo.Overdue}}); len(list) != 1 {
		t.Fatalf("overdue list %d", len(list))
	}
	_, err = f.svc.ReopenCase(f.as("vp-phohue"), c.ID, service.CaseRepeat{})
	wantCode(t, err, tiendo.ECONFLICT) // not closed yet
	c, err = f.svc.CloseCase(f.as("vp-phohue"), c.ID, service.CaseClosing{Version: c.Version, Result: "Đã nhắc nhở",
		ClosedOn: date(2020, 1, 6), Files: []tiendo.Attachment{{Name: "bien-ban.pdf", Data: []byte("%PDF-1.4\n")}}})
	if err != nil || c.TimelinessAt(date(2020, 1, 6)) != tiendo.DoneLate {
		t.Fatalf("closed late %+v %v", c, err)
	}
	_, err = f.svc.ReopenCase(f.as("vp-phohue"), c.ID, service.CaseRepeat{FoundOn: date(2020, 1, 5)})
	wantCode(t, err, tiendo.EINVALID) // before it was closed
	r, err := f.svc.ReopenCase(f.as("vp-phohue"), c.ID, service.CaseRepeat{Description: "Tái phạm đổ rác"})
	if err != nil || r.RepeatOf == nil || *r.RepeatOf != c.ID || r.PlaceID == nil || *r.PlaceID != street.ID ||
		r.Status != tiendo.CaseOpen || r.FoundOn != date(2020, 1, 6) {
		t.Fatalf("reopened %+v %v", r, err)
	}
}

// A residential group's weekly list becomes cases in one step: rows at the
// spot of an open case (or of an earlier row) are flagged, not created; a
// row at the spot of a closed case is a repeat.
func TestWeeklyList(t *testing.T) {
	f, street, kinds := caseFixture(t)
	san, pave := kinds[tiendo.CaseGroupSanitation].ID, kinds[tiendo.CaseGroupPavement].ID
	open, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, KindID: pave, Description: "Lấn chiếm",
		FoundOn: date(2019, 12, 30)})
	if err != nil {
		t.Fatal(err)
	}
	group, err := f.svc.CreatePlace(f.as("vp-phohue"), tiendo.Place{Kind: tiendo.PlaceResidentialGroup, Name: "Tổ dân phố 5",
		Wards: []tiendo.PlaceWard{{OrgID: f.orgs["PH"]}}})
	if err != nil {
		t.Fatal(err)
	}
	old, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{Address: "Số 3 ngõ 7", KindID: san, WardID: f.orgs["PH"],
		Description: "Để rác", FoundOn: date(2019, 12, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.CloseCase(f.as("vp-phohue"), old.ID, service.CaseClosing{Version: old.Version, Result: "Đã nhắc",
		Files: []tiendo.Attachment{{Name: "a.png", Data: png}}}); err != nil {
		t.Fatal(err)
	}
	list := tiendo.WeeklyList{WardID: f.orgs["PH"], GroupPlaceID: &group.ID, Rows: []tiendo.WeeklyListRow{
		{Address: "số 3 NGÕ 7", KindID: san, Description: "Lại để rác", FoundOn: date(2019, 12, 31)}, // repeat
		{Address: "Số 9", KindID: san, Description: "Đổ phế thải", FoundOn: date(2020, 1, 1)},        // new
		{Address: "Số 9", KindID: san, Description: "Đổ phế thải (báo lại)", FoundOn: date(2020, 1, 2)},
		{PlaceID: &street.ID, KindID: pave, Description: "Lấn chiếm vỉa hè", FoundOn: date(2020, 1, 2)}, // open case
	}}
	bad := list
	bad.Rows = append([]tiendo.WeeklyListRow{{KindID: 9999, FoundOn: date(2020, 1, 9)}}, list.Rows...)
	_, err = f.svc.SubmitWeeklyList(f.as("phohue"), bad)
	wantCode(t, err, tiendo.EINVALID)
	if fields := tiendo.ErrorFields(err); fields["rows[1].kind_id"] == "" || fields["rows[1].address"] == "" || fields["rows[1].found_on"] == "" {
		t.Fatalf("fields %v", fields)
	}
	_, err = f.svc.SubmitWeeklyList(f.as("viewer"), list)
	wantCode(t, err, tiendo.EFORBIDDEN)
	l, err := f.svc.SubmitWeeklyList(f.as("phohue"), list)
	if err != nil || l.Week.From != date(2019, 12, 30) || l.Week.To != date(2020, 1, 5) || l.Status != tiendo.ListSubmitted {
		t.Fatalf("submitted %+v %v", l, err)
	}
	if _, n, _ := f.svc.ListWeeklyLists(f.as("truongdinh"), tiendo.WeeklyListFilter{}); n != 0 {
		t.Fatalf("another ward sees %d lists", n)
	}
	_, err = f.svc.GetWeeklyList(f.as("truongdinh"), l.ID)
	wantCode(t, err, tiendo.ENOTFOUND)
	_, err = f.svc.ProcessWeeklyList(f.as("phohue"), l.ID, l.Version)
	wantCode(t, err, tiendo.EFORBIDDEN)
	res, err := f.svc.ProcessWeeklyList(f.as("vp-phohue"), l.ID, l.Version)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Created) != 2 || res.Duplicates != 2 || res.Repeats != 1 {
		t.Fatalf("result: %d created, %d duplicates, %d repeats", len(res.Created), res.Duplicates, res.Repeats)
	}
	rows := res.List.Rows
	if rows[0].Outcome != tiendo.RowCreated || *res.Created[0].RepeatOf != old.ID || rows[2].Outcome != tiendo.RowDuplicate ||
		*rows[2].DuplicateOf != *rows[1].CaseID || *rows[3].DuplicateOf != open.ID {
		t.Fatalf("rows %+v", rows)
	}
	if res.Created[0].Reporter != tiendo.ReporterGroupLeader || *res.Created[0].WeeklyListID != l.ID {
		t.Fatalf("case from the list %+v", res.Created[0])
	}
	_, err = f.svc.ProcessWeeklyList(f.as("vp-phohue"), l.ID, res.List.Version)
	wantCode(t, err, tiendo.ECONFLICT)
	if got := f.caseAudit("weekly_list", l.ID); !slices.Equal(got, []string{"weekly_list.process", "weekly_list.submit"}) {
		t.Fatalf("audit %v", got)
	}
}

// The statistics by ward, street and kind add up and match their lists;
// another ward's count is not the actor's.
func TestCaseStats(t *testing.T) {
	f, street, kinds := caseFixture(t)
	f.addAccount("vp-truongdinh", tiendo.RoleOffice, "TD")
	for i, who := range []string{"vp-phohue", "vp-phohue", "vp-truongdinh"} {
		c := tiendo.Case{Address: []string{"Số 1", "Số 2", "Số 3"}[i], WardID: f.orgs[map[bool]string{true: "PH", false: "TD"}[i < 2]],
			KindID: kinds[tiendo.CaseGroupLand].ID, Description: "Lấn đất", FoundOn: date(2020, 1, 2)}
		if i == 0 {
			c.PlaceID = &street.ID
		}
		if _, err := f.svc.CreateCase(f.as(who), c); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		login string
		group tiendo.CaseGroup
		rows  int
		total int
	}{
		{"office", tiendo.CaseByWard, 2, 3},
		{"vp-phohue", tiendo.CaseByWard, 1, 2},
		{"vp-phohue", tiendo.CaseByPlace, 2, 2},
		{"office", tiendo.CaseByKind, 1, 3},
		{"office", tiendo.CaseByWeek, 1, 3},
		{"truongdinh", "", 1, 1},
	} {
		q := tiendo.CaseStatsQuery{Group: c.group}
		res, err := f.svc.CaseStats(f.as(c.login), q)
		if err != nil || len(res.Rows) != c.rows || res.Total.Total != c.total || res.Total.Open != c.total {
			t.Fatalf("%s by %s: %+v %v", c.login, c.group, res, err)
		}
		for _, r := range res.Rows {
			if r.Label == "" {
				t.Errorf("%s by %s: no label for %q", c.login, c.group, r.Key)
			}
			_, n, err := f.svc.CaseStatsCell(f.as(c.login), q, r.Key, "open", tiendo.Page{})
			if err != nil || n != r.Open {
				t.Errorf("%s by %s key %s: cell %d, list %d (%v)", c.login, c.group, r.Key, r.Open, n, err)
			}
		}
	}
	_, err := f.svc.CaseStats(f.as("office"), tiendo.CaseStatsQuery{Group: "street"})
	wantCode(t, err, tiendo.EINVALID)
	_, _, err = f.svc.CaseStatsCell(f.as("office"), tiendo.CaseStatsQuery{Group: tiendo.CaseByWard}, "x", "open", tiendo.Page{})
	wantCode(t, err, tiendo.EINVALID)
}
