package storetest

import (
	"reflect"
	"time"

	"tiendo"
)

var inboxCases = []testCase{
	{"Visit/NoneIsZero", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		v, err := f.st.FindInboxVisit(f.ctx, a.ID)
		must(f, err)
		if v.AccountID != a.ID || !v.SeenAt.IsZero() || !v.PreviousAt.IsZero() {
			f.Fatalf("no visit yet: %+v", v)
		}
	}},
	{"Visit/PutReplaces", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		must(f, f.st.PutInboxVisit(f.ctx, &tiendo.InboxVisit{AccountID: a.ID, SeenAt: sessionStart}))
		want := &tiendo.InboxVisit{AccountID: a.ID, SeenAt: sessionStart.Add(26 * time.Hour), PreviousAt: sessionStart}
		must(f, f.st.PutInboxVisit(f.ctx, want))
		got, err := f.st.FindInboxVisit(f.ctx, a.ID)
		must(f, err)
		if !reflect.DeepEqual(got, want) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, want)
		}
	}},
	{"Visit/ErrUnknownAccount", func(f *fixture) {
		wantCode(f, f.st.PutInboxVisit(f.ctx, &tiendo.InboxVisit{AccountID: 999, SeenAt: sessionStart}), tiendo.EINVALID)
	}},
	{"SavedFilter/CreateListDelete", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		b := f.account("vanphong", tiendo.RoleAdmin, nil)
		x := &tiendo.SavedFilter{AccountID: a.ID, Name: "Quá hạn của phường", Path: "/viec/qua-han", Query: "don-vi=3"}
		must(f, f.st.CreateSavedFilter(f.ctx, x))
		must(f, f.st.CreateSavedFilter(f.ctx, &tiendo.SavedFilter{AccountID: a.ID, Name: "Chờ xác nhận", Path: "/viec", Query: "trang-thai=reported_done"}))
		must(f, f.st.CreateSavedFilter(f.ctx, &tiendo.SavedFilter{AccountID: b.ID, Name: "Quá hạn của phường", Path: "/viec", Query: ""}))
		list, err := f.st.ListSavedFilters(f.ctx, a.ID)
		must(f, err)
		if len(list) != 2 || list[0].Name != "Chờ xác nhận" || list[1].ID != x.ID || list[1].Query != "don-vi=3" ||
			list[1].Path != "/viec/qua-han" || list[1].CreatedAt.IsZero() {
			f.Fatalf("a's filters by name: %+v", list)
		}
		wantCode(f, f.st.DeleteSavedFilter(f.ctx, b.ID, x.ID), tiendo.ENOTFOUND) // not b's
		must(f, f.st.DeleteSavedFilter(f.ctx, a.ID, x.ID))
		wantCode(f, f.st.DeleteSavedFilter(f.ctx, a.ID, x.ID), tiendo.ENOTFOUND)
		list, err = f.st.ListSavedFilters(f.ctx, a.ID)
		must(f, err)
		if len(list) != 1 {
			f.Fatalf("after delete: %+v", list)
		}
	}},
	{"SavedFilter/ErrDuplicateName", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		must(f, f.st.CreateSavedFilter(f.ctx, &tiendo.SavedFilter{AccountID: a.ID, Name: "Của tôi", Path: "/viec"}))
		wantCode(f, f.st.CreateSavedFilter(f.ctx, &tiendo.SavedFilter{AccountID: a.ID, Name: "Của tôi", Path: "/viec/da-giao"}), tiendo.ECONFLICT)
	}},
	{"Explanations/OpenAndAnswered", func(f *fixture) {
		o, p := f.org("UBND phường Phú Hội"), f.org("UBND phường Thuận Hòa")
		t := f.task(o.ID)
		acct := f.account("phohue", tiendo.RoleOfficer, &o.ID)
		mk := func(org int64, due int) *tiendo.ExplanationRequest {
			e := &tiendo.ExplanationRequest{TaskID: t.ID, OrgID: org, RequestedOn: d(2026, 4, 1), DueOn: d(2026, 4, due)}
			must(f, f.st.CreateExplanationRequest(f.ctx, e))
			return e
		}
		late, early, other, done := mk(o.ID, 20), mk(o.ID, 10), mk(p.ID, 5), mk(o.ID, 8)
		done.Answer, done.AnsweredOn, done.AnsweredBy = "Đã xong", d(2026, 4, 9), &acct.ID
		must(f, f.st.AnswerExplanationRequest(f.ctx, done))
		ids := func(flt tiendo.ExplanationFilter, wantTotal int) []int64 {
			f.Helper()
			list, total, err := f.st.FindExplanationRequests(f.ctx, flt)
			must(f, err)
			if total != wantTotal {
				f.Fatalf("%+v: total %d, want %d", flt, total, wantTotal)
			}
			out := []int64{}
			for _, e := range list {
				out = append(out, e.ID)
			}
			return out
		}
		no, yes := false, true
		wantIDs(f, "open of o, by due", ids(tiendo.ExplanationFilter{OrgIDs: []int64{o.ID}, Answered: &no}, 2), []int64{early.ID, late.ID})
		wantIDs(f, "open, first page", ids(tiendo.ExplanationFilter{Answered: &no, Page: tiendo.Page{PerPage: 1}}, 3), []int64{other.ID})
		wantIDs(f, "answered", ids(tiendo.ExplanationFilter{Answered: &yes}, 1), []int64{done.ID})
		wantIDs(f, "answered since after", ids(tiendo.ExplanationFilter{Answered: &yes, AnsweredFrom: d(2026, 4, 10)}, 0), []int64{})
		wantIDs(f, "answered since on", ids(tiendo.ExplanationFilter{AnsweredFrom: d(2026, 4, 9)}, 1), []int64{done.ID})
	}},
	{"Tasks/CreatedAfter", func(f *fixture) {
		o, p := f.org("UBND phường Phú Hội"), f.org("UBND phường Thuận Hòa")
		a, b := f.task(o.ID), f.task(p.ID)
		last := a.CreatedAt
		if b.CreatedAt.After(last) {
			last = b.CreatedAt
		}
		before := a.CreatedAt.Add(-time.Second)
		wantIDs(f, "o after before", f.findIDs(tiendo.TaskFilter{OrgIDs: []int64{o.ID}, Role: tiendo.AsLead, CreatedAfter: before}), []int64{a.ID})
		wantIDs(f, "scoped, open, after before", f.findIDs(tiendo.TaskFilter{ScopeOrgIDs: []int64{o.ID},
			Statuses: []tiendo.Status{tiendo.StatusAssigned}, CreatedAfter: before}), []int64{a.ID})
		wantIDs(f, "after the last", f.findIDs(tiendo.TaskFilter{Unscoped: true, CreatedAfter: last}), []int64{})
		wantIDs(f, "scoped, after the last", f.findIDs(tiendo.TaskFilter{ScopeOrgIDs: []int64{o.ID, p.ID}, CreatedAfter: last}), []int64{})
	}},
	{"Tasks/SortReported", func(f *fixture) {
		o := f.org("UBND phường Phú Hội")
		rep := func(day int) func(*tiendo.Task) {
			return func(t *tiendo.Task) { t.Status, t.ReportedOn = tiendo.StatusReportedDone, d(2026, 3, day) }
		}
		late, early, none := f.task(o.ID, rep(20)), f.task(o.ID, rep(5)), f.task(o.ID)
		wantIDs(f, "oldest report first", f.findIDs(tiendo.TaskFilter{Unscoped: true, Sort: tiendo.SortReported}),
			[]int64{early.ID, late.ID, none.ID})
		wantIDs(f, "queue in scope", f.findIDs(tiendo.TaskFilter{ScopeOrgIDs: []int64{o.ID},
			Statuses: []tiendo.Status{tiendo.StatusReportedDone}, Sort: tiendo.SortReported}), []int64{early.ID, late.ID})
	}},
}
