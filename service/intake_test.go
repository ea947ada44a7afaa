package service_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"tiendo"
	"tiendo/service"
)

// planText is a district plan assigning one task to a department with a
// cooperating ward police, and one to "UBND các phường" (several bodies:
// flagged for the office to choose).
const planText = `UBND QUẬN HAI BÀ TRƯNG
Số: 245/KH-UBND
Hai Bà Trưng, ngày 20 tháng 12 năm 2019

KẾ HOẠCH
Phòng cháy, chữa cháy tại các nhà chung cư cũ

1. Giao Phòng Quản lý đô thị chủ trì, phối hợp với Công an phường Phố Huế kiểm tra hệ thống phòng cháy tại các chung cư cũ, báo cáo UBND quận trước ngày 15/01/2020.
2. Yêu cầu UBND các phường hoàn thiện quy chế hoạt động các đội PCCC cơ sở trong quý I/2020.
`

func (f *fixture) propose(login string) *tiendo.Proposal {
	f.t.Helper()
	p, err := f.svc.Propose(f.as(login), service.IntakeInput{Text: planText})
	if err != nil {
		f.t.Fatalf("propose: %v", err)
	}
	return p
}

// chooseLeads sets the lead units of draft i (from 0) and saves.
func (f *fixture) chooseLeads(p *tiendo.Proposal, i int, codes ...string) *tiendo.Proposal {
	f.t.Helper()
	drafts := slices.Clone(p.Drafts)
	drafts[i].Lead.OrgIDs = nil
	for _, c := range codes {
		drafts[i].Lead.OrgIDs = append(drafts[i].Lead.OrgIDs, f.orgs[c])
	}
	p, err := f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Drafts: &drafts})
	if err != nil {
		f.t.Fatalf("update: %v", err)
	}
	return p
}

func TestProposeText(t *testing.T) {
	f := newFixture(t)
	p := f.propose("office")
	if p.Status != tiendo.ProposalDraft || p.OrgID == nil || *p.OrgID != f.orgs["HBT"] || p.Text != planText {
		t.Fatalf("proposal %+v", p)
	}
	want := tiendo.ProposalDoc{Number: "245/KH-UBND", Date: date(2019, 12, 20),
		Summary: "Kế hoạch Phòng cháy, chữa cháy tại các nhà chung cư cũ"}
	if p.Document != want {
		t.Errorf("document %+v, want %+v", p.Document, want)
	}
	if len(p.Drafts) != 2 {
		t.Fatalf("drafts %+v", p.Drafts)
	}
	d := p.Drafts[0]
	if !slices.Equal(d.Lead.OrgIDs, []int64{f.orgs["HBT-QLDT"]}) || d.Lead.Flag != "" || d.Lead.Confidence < 0.6 ||
		len(d.Coop) != 1 || !slices.Equal(d.Coop[0].OrgIDs, []int64{f.orgs["PH-CA"]}) ||
		d.Deadline != "trước ngày 15/01/2020" || !strings.Contains(d.Source, "Giao Phòng Quản lý đô thị") {
		t.Errorf("first draft %+v", d)
	}
	d = p.Drafts[1]
	if len(d.Lead.OrgIDs) != 0 || d.Lead.Flag == "" || len(d.Lead.Candidates) != 1 || d.Lead.Candidates[0].ID != f.orgs["PH-UBND"] {
		t.Errorf("flagged draft %+v, want no lead and UBND phường Phố Huế offered", d.Lead)
	}
	got, err := f.svc.GetProposal(f.as("admin"), p.ID)
	if err != nil || got.Version != p.Version {
		t.Fatalf("admin reads %v %v", got, err)
	}
}

func TestProposeErrors(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		login string
		in    service.IntakeInput
		code  string
		field string
	}{
		{"phohue", service.IntakeInput{Text: planText}, tiendo.EFORBIDDEN, ""},
		{"leader", service.IntakeInput{Text: planText}, tiendo.EFORBIDDEN, ""},
		{"office", service.IntakeInput{Text: "  \n "}, tiendo.EINVALID, "text"},
		{"office", service.IntakeInput{Text: strings.Repeat("a", service.MaxIntakeText+1)}, tiendo.ETOOLARGE, ""},
		{"office", service.IntakeInput{Name: "a.xlsx", Data: []byte("không phải bảng tính")}, tiendo.EINVALID, "file"},
		{"office", service.IntakeInput{Name: "a.doc", Data: []byte("x")}, tiendo.EINVALID, "file"},
		{"office", service.IntakeInput{Name: "a.txt", Data: []byte{}}, tiendo.EINVALID, "file"},
	}
	for _, tt := range tests {
		_, err := f.svc.Propose(f.as(tt.login), tt.in)
		wantCode(t, err, tt.code)
		if tt.field != "" && tiendo.ErrorFields(err)[tt.field] == "" {
			t.Errorf("%s %q: fields %v, want %q", tt.login, tt.in.Name, tiendo.ErrorFields(err), tt.field)
		}
	}
	if _, err := f.svc.Propose(context.Background(), service.IntakeInput{Text: planText}); tiendo.ErrorCode(err) != tiendo.EUNAUTHENTICATED {
		t.Errorf("anonymous: %v", err)
	}
}

// A proposal belongs to the scope of the office that made it.
func TestProposalScope(t *testing.T) {
	f := newFixture(t)
	f.addAccount("vp-td", tiendo.RoleOffice, "TD")
	p := f.propose("office")
	for _, login := range []string{"vp-td", "phohue", "leader", "viewer"} {
		_, err := f.svc.GetProposal(f.as(login), p.ID)
		wantCode(t, err, tiendo.ENOTFOUND)
		_, err = f.svc.UpdateProposal(f.as(login), p.ID, service.ProposalPatch{Version: p.Version})
		wantCode(t, err, tiendo.ENOTFOUND)
		_, _, err = f.svc.Commit(f.as(login), p.ID, p.Version)
		wantCode(t, err, tiendo.ENOTFOUND)
	}
	for login, want := range map[string]int{"vp-td": 0, "office": 1, "admin": 1, "phohue": 0} {
		_, total, err := f.svc.ListProposals(f.as(login), tiendo.ProposalFilter{})
		if err != nil || total != want {
			t.Errorf("%s lists %d proposals (%v), want %d", login, total, err, want)
		}
	}
}

func TestCommitCreatesDocumentAndTasks(t *testing.T) {
	f := newFixture(t)
	p := f.propose("office")
	// The flagged draft stops the commit, and nothing is created.
	_, _, err := f.svc.Commit(f.as("office"), p.ID, p.Version)
	wantCode(t, err, tiendo.EINVALID)
	if fields := tiendo.ErrorFields(err); len(fields) != 1 || !strings.Contains(fields["drafts[2].lead"], "Chưa chọn đơn vị chủ trì") {
		t.Fatalf("fields %v, want drafts[2].lead", fields)
	}
	f.wantNoTasks()
	// Two wards for the flagged draft: one task each.
	p = f.chooseLeads(p, 1, "PH-UBND", "TD")
	if p.Drafts[1].Lead.Flag != "" {
		t.Errorf("flag kept after choosing: %+v", p.Drafts[1].Lead)
	}
	p, tasks, err := f.svc.Commit(f.as("office"), p.ID, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if p.Status != tiendo.ProposalCommitted || p.DocumentID == nil || len(p.TaskIDs) != 3 || len(tasks) != 3 {
		t.Fatalf("committed %+v with %d tasks", p, len(tasks))
	}
	doc, err := f.svc.GetDocument(f.as("office"), *p.DocumentID)
	if err != nil || doc.Number != "245/KH-UBND" || doc.Date != date(2019, 12, 20) {
		t.Fatalf("document %+v %v", doc, err)
	}
	type row struct {
		lead string
		due  string
		coop int
	}
	var got []row
	for _, tk := range tasks {
		if tk.DocumentID == nil || *tk.DocumentID != doc.ID || tk.AssignedOn != doc.Date || tk.AssignedByOrg == nil ||
			*tk.AssignedByOrg != f.orgs["HBT"] || tk.Category != tiendo.CategoryDirective || tk.SourceText == "" {
			t.Errorf("task %+v", tk)
		}
		got = append(got, row{f.code(tk.LeadOrgID), tk.Due.String(), len(tk.CoopOrgIDs)})
	}
	want := []row{{"HBT-QLDT", "2020-01-15", 1}, {"PH-UBND", "2020-03-31", 0}, {"TD", "2020-03-31", 0}}
	if !slices.Equal(got, want) {
		t.Errorf("tasks %+v, want %+v", got, want)
	}
	// Committed once: a second commit or an edit is a conflict.
	_, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version)
	wantCode(t, err, tiendo.ECONFLICT)
	_, err = f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version})
	wantCode(t, err, tiendo.ECONFLICT)
	entries, _, err := f.svc.OrgAudit(f.as("office"), f.orgs["HBT"], tiendo.Page{PerPage: 100})
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, e := range entries {
		if e.EntityType == "proposal" {
			actions = append(actions, e.Action)
		}
	}
	if !slices.Equal(actions, []string{"intake.propose", "intake.update", "intake.commit"}) {
		t.Errorf("audit %v", actions)
	}
}

// A document already registered with the same number and date is reused.
func TestCommitUsesExistingDocument(t *testing.T) {
	f := newFixture(t)
	doc, err := f.svc.CreateDocument(f.as("office"), service.DocumentInput{Number: "Số: 245/KH-UBND", Date: date(2019, 12, 20), Summary: "Kế hoạch PCCC"})
	if err != nil {
		t.Fatal(err)
	}
	p := f.chooseLeads(f.propose("office"), 1, "PH-UBND")
	p, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if *p.DocumentID != doc.ID {
		t.Errorf("document %d, want the existing %d", *p.DocumentID, doc.ID)
	}
	_, total, _ := f.svc.ListDocuments(f.as("office"), tiendo.DocumentFilter{})
	if total != 1 {
		t.Errorf("%d documents, want 1", total)
	}
}

// Every invalid draft is reported, by draft and field, and nothing is
// created — not even the document.
func TestCommitAllOrNothing(t *testing.T) {
	f := newFixture(t)
	sys := f.ctx["system"]
	lb := &tiendo.Org{Code: "LB", Name: "Quận Long Biên", Kind: tiendo.KindAdministrative, Level: tiendo.LevelDistrict}
	if err := f.svc.CreateOrg(sys, lb); err != nil {
		t.Fatal(err)
	}
	p := f.propose("office")
	drafts := slices.Clone(p.Drafts)
	drafts[0].Deadline = "trước ngày 35/13/2020"
	drafts[1].Lead.OrgIDs = []int64{lb.ID}
	drafts = append(drafts, tiendo.DraftTask{Content: "  ", Lead: tiendo.DraftOrg{OrgIDs: []int64{f.orgs["TD"]}}})
	p, err := f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Drafts: &drafts})
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version)
	wantCode(t, err, tiendo.EINVALID)
	fields := tiendo.ErrorFields(err)
	for _, k := range []string{"drafts[1].deadline", "drafts[2].lead", "drafts[3].content"} {
		if fields[k] == "" {
			t.Errorf("no error for %s in %v", k, fields)
		}
	}
	f.wantNoTasks()
	if _, total, _ := f.svc.ListDocuments(f.as("office"), tiendo.DocumentFilter{}); total != 0 {
		t.Errorf("%d documents created by a failed commit", total)
	}
	got, _ := f.svc.GetProposal(f.as("office"), p.ID)
	if got.Status != tiendo.ProposalDraft || got.Version != p.Version {
		t.Errorf("failed commit changed the proposal: %+v", got)
	}
}

func TestUpdateProposalRules(t *testing.T) {
	f := newFixture(t)
	p := f.propose("office")
	committed := tiendo.ProposalCommitted
	discarded := tiendo.ProposalDiscarded
	bad := []tiendo.DraftTask{{Content: "x", Lead: tiendo.DraftOrg{OrgIDs: []int64{4242}}}}
	tests := []struct {
		name  string
		patch service.ProposalPatch
		code  string
	}{
		{"stale version", service.ProposalPatch{Version: p.Version - 1}, tiendo.ECONFLICT},
		{"commit by status", service.ProposalPatch{Version: p.Version, Status: &committed}, tiendo.EINVALID},
		{"unknown lead", service.ProposalPatch{Version: p.Version, Drafts: &bad}, tiendo.EINVALID},
	}
	for _, tt := range tests {
		_, err := f.svc.UpdateProposal(f.as("office"), p.ID, tt.patch)
		if tiendo.ErrorCode(err) != tt.code {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
		}
	}
	doc := tiendo.ProposalDoc{}
	p, err := f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Document: &doc, Status: &discarded})
	if err != nil || p.Status != tiendo.ProposalDiscarded {
		t.Fatalf("discard: %+v %v", p, err)
	}
	_, _, err = f.svc.Commit(f.as("office"), p.ID, p.Version)
	wantCode(t, err, tiendo.ECONFLICT)
}

// A proposal without a document files its tasks under none; a conclusion
// notice's tasks are meeting conclusions.
func TestCommitWithoutDocument(t *testing.T) {
	f := newFixture(t)
	p := f.chooseLeads(f.propose("office"), 1, "PH-UBND")
	doc := tiendo.ProposalDoc{}
	p, err := f.svc.UpdateProposal(f.as("office"), p.ID, service.ProposalPatch{Version: p.Version, Document: &doc})
	if err != nil {
		t.Fatal(err)
	}
	p, tasks, err := f.svc.Commit(f.as("office"), p.ID, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if p.DocumentID != nil || tasks[0].DocumentID != nil {
		t.Errorf("document %v, task document %v", p.DocumentID, tasks[0].DocumentID)
	}
	q, err := f.svc.Propose(f.as("office"), service.IntakeInput{Text: strings.Replace(planText, "245/KH-UBND", "12/TB-UBND", 1)})
	if err != nil {
		t.Fatal(err)
	}
	q = f.chooseLeads(q, 1, "TD")
	_, tasks, err = f.svc.Commit(f.as("office"), q.ID, q.Version)
	if err != nil {
		t.Fatal(err)
	}
	if tasks[0].Category != tiendo.CategoryConclusion {
		t.Errorf("category %s, want conclusion", tasks[0].Category)
	}
}

// addAccount adds an account with one grant.
func (f *fixture) addAccount(login string, role tiendo.Role, org string) {
	f.t.Helper()
	id := f.orgs[org]
	acc, err := f.svc.CreateAccount(f.ctx["system"], service.AccountInput{Login: login, Password: "mat-khau-1",
		Grants: []tiendo.Grant{{Role: role, OrgID: &id}}})
	if err != nil {
		f.t.Fatal(err)
	}
	a, err := f.svc.ActorForAccount(context.Background(), acc.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	f.ctx[login] = tiendo.NewContextWithActor(context.Background(), a)
}

// code returns the code of an organisation id of the fixture.
func (f *fixture) code(id int64) string {
	for c, x := range f.orgs {
		if x == id {
			return c
		}
	}
	return "?"
}

func (f *fixture) wantNoTasks() {
	f.t.Helper()
	if _, total, err := f.svc.ListTasks(f.as("admin"), tiendo.TaskFilter{}); err != nil || total != 0 {
		f.t.Fatalf("%d tasks exist (%v), want none", total, err)
	}
}
