package storetest

import (
	"reflect"
	"strings"

	"tiendo"
)

// proposal is a draft proposal by account, within org, with two drafts:
// one matched, one flagged with candidates.
func (f *fixture) proposal(account int64, org *int64, lead, other int64) *tiendo.Proposal {
	f.Helper()
	p := &tiendo.Proposal{CreatedBy: account, OrgID: org, FileName: "kh245.docx",
		Text: "Số: 245/KH-UBND\nYêu cầu UBND các phường xây dựng kế hoạch trước ngày 06/01/2020.", Date: d(2019, 12, 20),
		Refs:     []tiendo.ProposalRef{{Raw: "Số: 245/KH-UBND", Number: "245/KH-UBND", Type: "KH", Issuer: "UBND", Date: d(2019, 12, 20)}},
		Document: tiendo.ProposalDoc{Number: "245/KH-UBND", Date: d(2019, 12, 20), Summary: "Kế hoạch phòng cháy"},
		Drafts: []tiendo.DraftTask{
			{Content: "Xây dựng kế hoạch cụ thể", Lead: tiendo.DraftOrg{Text: "Phòng Quản lý đô thị", OrgIDs: []int64{lead}, Confidence: 0.92},
				Coop: []tiendo.DraftOrg{}, Deadline: "trước ngày 06/01/2020", Source: "Yêu cầu … trước ngày 06/01/2020."},
			{Content: "Hoàn thiện quy chế", Lead: tiendo.DraftOrg{Text: "UBND các phường", OrgIDs: []int64{},
				Flag: "Nhiều đơn vị: chọn từng đơn vị chủ trì", Candidates: []tiendo.OrgOption{{ID: lead, Name: "A"}, {ID: other, Name: "B"}}},
				Coop: []tiendo.DraftOrg{{Text: "Công an quận", OrgIDs: []int64{other}, Confidence: 0.8}},
				Due:  d(2020, 3, 31), Clause: "Phụ lục, STT 1", Output: "Quy chế", Row: 5},
		},
		RowErrors: []tiendo.RowProblem{{Sheet: "Phụ lục", Row: 9, Column: "Cơ quan chủ trì", Message: "Thiếu cơ quan chủ trì"}},
		Status:    tiendo.ProposalDraft, TaskIDs: []int64{},
	}
	must(f, f.st.CreateProposal(f.ctx, p))
	return p
}

var intakeCases = []testCase{
	{"RoundTrip", func(f *fixture) {
		a, b := f.org("Phòng Quản lý đô thị"), f.org("Công an quận")
		acc := f.account("vanphong", tiendo.RoleOffice, &a.ID)
		p := f.proposal(acc.ID, &a.ID, a.ID, b.ID)
		if p.ID == 0 || p.Version != 1 || p.CreatedAt.IsZero() {
			f.Fatalf("created %+v", p)
		}
		got, err := f.st.FindProposalByID(f.ctx, p.ID)
		must(f, err)
		if !reflect.DeepEqual(got, p) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, p)
		}
		// The office drops the first draft, chooses two wards for the
		// flagged one and commits: the document and task ids are kept.
		doc := f.document("245/KH-UBND", d(2019, 12, 20), "Kế hoạch")
		t1, t2 := f.task(a.ID), f.task(b.ID)
		p.Drafts = p.Drafts[1:]
		p.Drafts[0].Lead.OrgIDs, p.Drafts[0].Lead.Flag = []int64{a.ID, b.ID}, ""
		p.Status, p.DocumentID, p.TaskIDs = tiendo.ProposalCommitted, &doc.ID, []int64{t1.ID, t2.ID}
		must(f, f.st.UpdateProposal(f.ctx, p))
		got, err = f.st.FindProposalByID(f.ctx, p.ID)
		must(f, err)
		if !reflect.DeepEqual(got, p) || got.Version != 2 {
			f.Fatalf("after update\n got %+v\nwant %+v", got, p)
		}
	}},
	{"NilListsReadBackEmpty", func(f *fixture) {
		a := f.org("A")
		p := &tiendo.Proposal{OrgID: &a.ID, Status: tiendo.ProposalDraft,
			Drafts: []tiendo.DraftTask{{Content: "x", Lead: tiendo.DraftOrg{Text: "y"}}}}
		must(f, f.st.CreateProposal(f.ctx, p))
		got, err := f.st.FindProposalByID(f.ctx, p.ID)
		must(f, err)
		if got.Refs == nil || got.RowErrors == nil || got.TaskIDs == nil || got.Drafts[0].Coop == nil || got.Drafts[0].Lead.OrgIDs == nil {
			f.Fatalf("nil lists in %+v", got)
		}
		if got.CreatedBy != 0 || got.DocumentID != nil || !got.Date.IsZero() {
			f.Fatalf("zero fields changed: %+v", got)
		}
	}},
	{"TextNormalised", func(f *fixture) {
		a := f.org("A")
		// "Huế" as ê with a combining acute accent, and a NUL byte.
		p := &tiendo.Proposal{OrgID: &a.ID, Status: tiendo.ProposalDraft, Text: "Phố Hu\u00ea\u0301\x00",
			Drafts: []tiendo.DraftTask{{Content: "Phố Hu\u00ea\u0301", Lead: tiendo.DraftOrg{Text: "UBND phường Phố Hu\u00ea\u0301"}}}}
		must(f, f.st.CreateProposal(f.ctx, p))
		got, err := f.st.FindProposalByID(f.ctx, p.ID)
		must(f, err)
		if got.Text != "Phố Huế\uFFFD" || got.Drafts[0].Content != "Phố Huế" || got.Drafts[0].Lead.Text != "UBND phường Phố Huế" {
			f.Fatalf("text %q, content %q, lead %q", got.Text, got.Drafts[0].Content, got.Drafts[0].Lead.Text)
		}
	}},
	{"Find/ByOrgStatusAndCreator", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		accA := f.account("a", tiendo.RoleOffice, &a.ID)
		accB := f.account("b", tiendo.RoleOffice, &b.ID)
		p1 := f.proposal(accA.ID, &a.ID, a.ID, b.ID)
		p2 := f.proposal(accB.ID, &b.ID, b.ID, a.ID)
		p3 := f.proposal(accA.ID, &a.ID, a.ID, b.ID)
		p3.Status = tiendo.ProposalDiscarded
		must(f, f.st.UpdateProposal(f.ctx, p3))
		tests := []struct {
			name string
			flt  tiendo.ProposalFilter
			want []int64
		}{
			{"all, newest first", tiendo.ProposalFilter{}, []int64{p3.ID, p2.ID, p1.ID}},
			{"org A", tiendo.ProposalFilter{OrgIDs: []int64{a.ID}}, []int64{p3.ID, p1.ID}},
			{"no orgs", tiendo.ProposalFilter{OrgIDs: []int64{}}, nil},
			{"drafts of A", tiendo.ProposalFilter{OrgIDs: []int64{a.ID}, Status: tiendo.ProposalDraft}, []int64{p1.ID}},
			{"by B", tiendo.ProposalFilter{CreatedBy: accB.ID}, []int64{p2.ID}},
			{"second page", tiendo.ProposalFilter{Page: tiendo.Page{Page: 2, PerPage: 2}}, []int64{p1.ID}},
		}
		for _, tt := range tests {
			list, total, err := f.st.FindProposals(f.ctx, tt.flt)
			must(f, err)
			ids := make([]int64, len(list))
			for i, p := range list {
				ids[i] = p.ID
			}
			wantIDs(f, tt.name, ids, tt.want)
			if tt.flt.Page.Page == 0 && total != len(tt.want) {
				f.Fatalf("%s: total %d, want %d", tt.name, total, len(tt.want))
			}
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		a := f.org("A")
		p := f.proposal(0, &a.ID, a.ID, a.ID)
		stale := *p
		p.Drafts = p.Drafts[:1]
		must(f, f.st.UpdateProposal(f.ctx, p))
		stale.Status = tiendo.ProposalDiscarded
		wantCode(f, f.st.UpdateProposal(f.ctx, &stale), tiendo.ECONFLICT)
		got, err := f.st.FindProposalByID(f.ctx, p.ID)
		must(f, err)
		if got.Status != tiendo.ProposalDraft || len(got.Drafts) != 1 {
			f.Fatalf("stale write changed the proposal: %+v", got)
		}
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		wantCode(f, f.st.UpdateProposal(f.ctx, &tiendo.Proposal{ID: 4242, Version: 1, Status: tiendo.ProposalDraft}), tiendo.ENOTFOUND)
	}},
	{"Find/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindProposalByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Create/ErrBadStatus", func(f *fixture) {
		wantCode(f, f.st.CreateProposal(f.ctx, &tiendo.Proposal{Status: "sent"}), tiendo.EINVALID)
	}},
	{"Create/ErrUnknownOrg", func(f *fixture) {
		id := int64(4242)
		wantCode(f, f.st.CreateProposal(f.ctx, &tiendo.Proposal{OrgID: &id, Status: tiendo.ProposalDraft}), tiendo.EINVALID)
	}},
	{"Create/ErrTooManyDrafts", func(f *fixture) {
		p := &tiendo.Proposal{Status: tiendo.ProposalDraft, Drafts: make([]tiendo.DraftTask, tiendo.MaxDrafts+1)}
		wantCode(f, f.st.CreateProposal(f.ctx, p), tiendo.EINVALID)
	}},
	{"RollsBackWithTx", func(f *fixture) {
		a := f.org("A")
		var id int64
		err := f.st.Tx(f.ctx, func(s tiendo.Store) error {
			p := &tiendo.Proposal{OrgID: &a.ID, Status: tiendo.ProposalDraft, Text: strings.Repeat("x", 10)}
			if err := s.CreateProposal(f.ctx, p); err != nil {
				return err
			}
			id = p.ID
			return tiendo.Errorf(tiendo.EINVALID, "huỷ")
		})
		wantCode(f, err, tiendo.EINVALID)
		_, err = f.st.FindProposalByID(f.ctx, id)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
}
