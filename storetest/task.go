package storetest

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"tiendo"
	"tiendo/vn"
)

var taskCases = []testCase{
	{"Create/OK", func(f *fixture) {
		lead, coop1, coop2, office := f.org("Phòng Quản lý đô thị"), f.org("Công an quận"), f.org("Phòng Tài chính – Kế hoạch"), f.org("Văn phòng")
		leader := &tiendo.Person{FullName: "Nguyễn Văn Nam"}
		must(f, f.st.CreatePerson(f.ctx, leader))
		acct := f.account("vanphong", tiendo.RoleOffice, &office.ID)
		doc := f.document("245/KH-UBND", d(2019, 12, 20), "Kế hoạch")
		parent := f.task(lead.ID)
		series := f.task(lead.ID, func(t *tiendo.Task) {
			t.DeadlineKind, t.Recurrence, t.Due, t.OriginalDue = vn.DeadlineRecurring, "month:25", vn.Date{}, vn.Date{}
		})
		t := &tiendo.Task{
			DocumentID: &doc.ID, SourceClause: "mục II.3", SourceText: "Giao Phòng Quản lý đô thị xây dựng kế hoạch cụ thể",
			Title: "Xây dựng kế hoạch cụ thể", ExpectedOutput: "Kế hoạch", LeadOrgID: lead.ID,
			CoopOrgIDs: []int64{coop2.ID, coop1.ID}, ReportToOrgID: &office.ID, AssignerID: &leader.ID,
			AssignedByOrg: &office.ID, AssigneeID: &leader.ID, ParentID: &parent.ID, SeriesID: &series.ID,
			Category: tiendo.CategoryDirective, Priority: tiendo.PriorityUrgent, RegularDuty: true, Weight: 2.5,
			Place: "Phố Huế", DeadlineKind: vn.DeadlinePeriod, DeadlineText: "trong quý I/2020",
			OriginalDue: d(2020, 3, 31), Due: d(2020, 4, 30), AssignedOn: d(2019, 12, 20),
			Status: tiendo.StatusReportedDone, StatusReason: "đã gửi báo cáo", Percent: 90,
			ReportedOn: d(2020, 4, 2), CompletedOn: d(2020, 4, 3), Extensions: 1, CreatedBy: acct.ID,
		}
		must(f, f.st.CreateTask(f.ctx, t))
		if t.ID == 0 || t.Version != 1 || t.CreatedAt.IsZero() || !t.UpdatedAt.Equal(t.CreatedAt) {
			f.Fatalf("after create: %+v", t)
		}
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		want := *t
		want.CoopOrgIDs = []int64{coop1.ID, coop2.ID} // ordered by id
		if !reflect.DeepEqual(got, &want) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, &want)
		}
	}},
	{"Create/SystemActor", func(f *fixture) {
		// The system actor has no account: CreatedBy 0 is stored and read back as 0.
		o := f.org("A")
		t := f.task(o.ID, func(t *tiendo.Task) { t.CreatedBy = 0 })
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if got.CreatedBy != 0 {
			f.Fatalf("CreatedBy %d", got.CreatedBy)
		}
	}},
	{"Create/ErrUnknownLeadOrg", func(f *fixture) {
		wantCode(f, f.st.CreateTask(f.ctx, newTask(4242, "Không có đơn vị")), tiendo.EINVALID)
	}},
	{"Create/ErrUnknownCoopOrg", func(f *fixture) {
		o := f.org("A")
		t := newTask(o.ID, "x")
		t.CoopOrgIDs = []int64{4242}
		wantCode(f, f.st.CreateTask(f.ctx, t), tiendo.EINVALID)
		wantIDs(f, "after failed create", f.findIDs(tiendo.TaskFilter{}), nil)
	}},
	{"Create/ErrUnknownDocument", func(f *fixture) {
		o := f.org("A")
		t := newTask(o.ID, "x")
		t.DocumentID = ptr(int64(4242))
		wantCode(f, f.st.CreateTask(f.ctx, t), tiendo.EINVALID)
	}},
	{"Create/ErrInvalidEnums", func(f *fixture) {
		o := f.org("A")
		for name, mut := range map[string]func(*tiendo.Task){
			"status":        func(t *tiendo.Task) { t.Status = "done" },
			"category":      func(t *tiendo.Task) { t.Category = "misc" },
			"priority":      func(t *tiendo.Task) { t.Priority = "" },
			"deadline_kind": func(t *tiendo.Task) { t.DeadlineKind = "someday" },
			"percent":       func(t *tiendo.Task) { t.Percent = 101 },
		} {
			t := newTask(o.ID, "x")
			mut(t)
			if err := f.st.CreateTask(f.ctx, t); tiendo.ErrorCode(err) != tiendo.EINVALID {
				f.Errorf("%s: got %v, want %s", name, err, tiendo.EINVALID)
			}
		}
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindTaskByID(f.ctx, 42)
		wantCode(f, err, tiendo.ENOTFOUND)
		if msg := tiendo.ErrorMessage(err); !strings.Contains(msg, "nhiệm vụ 42") {
			f.Fatalf("message %q", msg)
		}
	}},
	{"Update/OK", func(f *fixture) {
		a, b, c := f.org("A"), f.org("B"), f.org("C")
		t := f.task(a.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{b.ID} })
		created := t.CreatedAt
		t.Title, t.Status, t.Percent, t.Due, t.Extensions = "Đã sửa", tiendo.StatusInProgress, 40, d(2026, 6, 30), 1
		t.CoopOrgIDs, t.LeadOrgID = []int64{a.ID}, c.ID
		must(f, f.st.UpdateTask(f.ctx, t))
		if t.Version != 2 || t.UpdatedAt.Before(created) {
			f.Fatalf("after update: version %d updated %v", t.Version, t.UpdatedAt)
		}
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if !reflect.DeepEqual(got, t) || !got.CreatedAt.Equal(created) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, t)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		o := f.org("A")
		t := f.task(o.ID)
		mine, theirs := *t, *t
		theirs.Status = tiendo.StatusInProgress
		must(f, f.st.UpdateTask(f.ctx, &theirs))
		mine.Status = tiendo.StatusWithdrawn
		wantCode(f, f.st.UpdateTask(f.ctx, &mine), tiendo.ECONFLICT)
		got, err := f.st.FindTaskByID(f.ctx, t.ID)
		must(f, err)
		if got.Status != tiendo.StatusInProgress || got.Version != 2 {
			f.Fatalf("stale write was not refused: %+v", got)
		}
		if mine.Version != 1 {
			f.Fatalf("a refused update changed the caller's version to %d", mine.Version)
		}
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		o := f.org("A")
		t := newTask(o.ID, "x")
		t.ID, t.Version = 4242, 1
		wantCode(f, f.st.UpdateTask(f.ctx, t), tiendo.ENOTFOUND)
	}},
	{"OpenTaskIDsLedBy/OK", func(f *fixture) {
		a, b := f.org("A"), f.org("B")
		open1 := f.task(a.ID)
		f.task(a.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusCompleted; t.CompletedOn = d(2026, 2, 1) })
		f.task(a.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusWithdrawn })
		open2 := f.task(a.ID, func(t *tiendo.Task) { t.Status = tiendo.StatusPostponed })
		f.task(b.ID)
		ids, err := f.st.OpenTaskIDsLedBy(f.ctx, a.ID)
		must(f, err)
		wantIDs(f, "open tasks", ids, []int64{open1.ID, open2.ID})
		ids, err = f.st.OpenTaskIDsLedBy(f.ctx, 4242)
		must(f, err)
		if ids == nil || len(ids) != 0 {
			f.Fatalf("unknown org: %#v", ids)
		}
	}},
	{"OpenTaskIDsWith/LeadAndCooperating", func(f *fixture) {
		// The rows a dissolution reads and rewrites: an organisation's open
		// tasks as lead or cooperating unit, and none once they are moved.
		old, succ, other := f.org("UBND phường Phố Huế"), f.org("UBND phường Hai Bà Trưng"), f.org("Công an")
		led := f.task(old.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{other.ID} })
		coop := f.task(other.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{old.ID} })
		both := f.task(other.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{old.ID, succ.ID} })
		succLeads := f.task(succ.ID, func(t *tiendo.Task) { t.CoopOrgIDs = []int64{old.ID} })
		f.task(other.ID, func(t *tiendo.Task) {
			t.CoopOrgIDs, t.Status, t.CompletedOn = []int64{old.ID}, tiendo.StatusCompleted, d(2026, 2, 1)
		})
		ids, err := f.st.OpenTaskIDsWith(f.ctx, old.ID)
		must(f, err)
		wantIDs(f, "open tasks with the old unit", ids, []int64{led.ID, coop.ID, both.ID, succLeads.ID})
		led.LeadOrgID = succ.ID
		coop.CoopOrgIDs, both.CoopOrgIDs, succLeads.CoopOrgIDs = []int64{succ.ID}, []int64{succ.ID}, []int64{}
		for _, t := range []*tiendo.Task{led, coop, both, succLeads} {
			must(f, f.st.UpdateTask(f.ctx, t))
		}
		ids, err = f.st.OpenTaskIDsWith(f.ctx, old.ID)
		must(f, err)
		wantIDs(f, "after the move", ids, nil)
		ids, err = f.st.OpenTaskIDsWith(f.ctx, succ.ID)
		must(f, err)
		wantIDs(f, "open tasks with the successor", ids, []int64{led.ID, coop.ID, both.ID, succLeads.ID})
		wantIDs(f, "cooperating once", f.findIDs(tiendo.TaskFilter{OrgIDs: []int64{succ.ID}, Role: tiendo.AsCooperating,
			Unscoped: true}), []int64{coop.ID, both.ID})
		got, err := f.st.FindTaskByID(f.ctx, both.ID)
		must(f, err)
		if !slices.Equal(got.CoopOrgIDs, []int64{succ.ID}) {
			f.Fatalf("cooperating units %v, want only the successor", got.CoopOrgIDs)
		}
		// A sub-unit moved under the successor is found there.
		child := f.org("Tổ dân phố 5", func(o *tiendo.Org) { o.ParentID = &old.ID })
		child.ParentID = &succ.ID
		must(f, f.st.UpdateOrg(f.ctx, child))
		kids, err := f.st.FindOrgs(f.ctx, tiendo.OrgFilter{ParentID: &old.ID})
		must(f, err)
		if len(kids) != 0 {
			f.Fatalf("children left under the old unit: %d", len(kids))
		}
		kids, err = f.st.FindOrgs(f.ctx, tiendo.OrgFilter{ParentID: &succ.ID})
		must(f, err)
		if len(kids) != 1 || kids[0].ID != child.ID {
			f.Fatalf("children of the successor: %+v", kids)
		}
	}},
	{"Create/ConcurrentWriters", func(f *fixture) {
		// 8 writers × 50 tasks through separate Store calls: every one must
		// succeed — no "database is locked", no lost rows.
		o := f.org("A")
		const writers, each = 8, 50
		var wg sync.WaitGroup
		errs := make(chan error, writers*each)
		for w := range writers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					if err := f.st.CreateTask(f.ctx, newTask(o.ID, fmt.Sprintf("w%d-%d", w, i))); err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			f.Fatalf("concurrent create: %v", err)
		}
		_, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{})
		must(f, err)
		if total != writers*each {
			f.Fatalf("total %d, want %d", total, writers*each)
		}
	}},
	{"Update/ConcurrentVersionRace", func(f *fixture) {
		// Many writers update the same version: exactly one wins, the rest get ECONFLICT.
		o := f.org("A")
		t := f.task(o.ID)
		const n = 8
		var wg sync.WaitGroup
		codes := make(chan string, n)
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := *t
				c.Percent = i
				codes <- tiendo.ErrorCode(f.st.UpdateTask(f.ctx, &c))
			}()
		}
		wg.Wait()
		close(codes)
		won := 0
		for c := range codes {
			switch c {
			case "":
				won++
			case tiendo.ECONFLICT:
			default:
				f.Fatalf("unexpected error code %q", c)
			}
		}
		if won != 1 {
			f.Fatalf("%d writers won, want 1", won)
		}
	}},
}
