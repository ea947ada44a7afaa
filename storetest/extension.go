package storetest

import (
	"reflect"
	"time"

	"tiendo"
)

var extensionCases = []testCase{
	{"Create/OK", func(f *fixture) {
		o := f.org("A")
		acct := f.account("donvi", tiendo.RoleOfficer, &o.ID)
		t := f.task(o.ID)
		e := &tiendo.Extension{TaskID: t.ID, RequestedBy: acct.ID, Reason: "Chờ ý kiến Sở Xây dựng",
			ProposedDue: d(2026, 4, 30), PreviousDue: t.Due}
		must(f, f.st.CreateExtension(f.ctx, e))
		if e.ID == 0 || e.Version != 1 || e.Status != tiendo.ExtensionPending || e.CreatedAt.IsZero() {
			f.Fatalf("after create: %+v", e)
		}
		got, err := f.st.FindExtensionByID(f.ctx, e.ID)
		must(f, err)
		if !reflect.DeepEqual(got, e) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, e)
		}
		list, err := f.st.FindExtensions(f.ctx, t.ID)
		must(f, err)
		if len(list) != 1 || !reflect.DeepEqual(list[0], e) {
			f.Fatalf("list %+v", list)
		}
	}},
	{"Create/ErrUnknownTask", func(f *fixture) {
		wantCode(f, f.st.CreateExtension(f.ctx, &tiendo.Extension{TaskID: 4242, ProposedDue: d(2026, 4, 30)}), tiendo.EINVALID)
	}},
	{"FindByID/ErrNotFound", func(f *fixture) {
		_, err := f.st.FindExtensionByID(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Update/OK", func(f *fixture) {
		o := f.org("A")
		leader := f.account("lanhdao", tiendo.RoleLeader, &o.ID)
		t := f.task(o.ID)
		e := &tiendo.Extension{TaskID: t.ID, ProposedDue: d(2026, 4, 30), PreviousDue: t.Due}
		must(f, f.st.CreateExtension(f.ctx, e))
		// A decision time with nanoseconds in another zone comes back as the
		// same instant, in UTC, to the microsecond.
		at := time.Date(2026, 3, 2, 16, 4, 5, 123456789, time.FixedZone("ICT", 7*3600))
		e.Status, e.DecidedBy, e.DecidedAt = tiendo.ExtensionApproved, &leader.ID, &at
		e.DecisionNote, e.DecisionDoc = "Đồng ý", "88/TB-UBND"
		must(f, f.st.UpdateExtension(f.ctx, e))
		got, err := f.st.FindExtensionByID(f.ctx, e.ID)
		must(f, err)
		if got.DecidedAt == nil || !got.DecidedAt.Equal(at.Truncate(time.Microsecond)) || got.DecidedAt.Location() != time.UTC {
			f.Fatalf("decided at %v, want %v in UTC", got.DecidedAt, at.Truncate(time.Microsecond))
		}
		if !reflect.DeepEqual(got, e) || got.Version != 2 {
			f.Fatalf("read back\n got %+v\nwant %+v", got, e)
		}
	}},
	{"Update/ErrStaleVersion", func(f *fixture) {
		o := f.org("A")
		t := f.task(o.ID)
		e := &tiendo.Extension{TaskID: t.ID, ProposedDue: d(2026, 4, 30)}
		must(f, f.st.CreateExtension(f.ctx, e))
		stale := *e
		e.Status = tiendo.ExtensionApproved
		must(f, f.st.UpdateExtension(f.ctx, e))
		stale.Status = tiendo.ExtensionDeclined
		wantCode(f, f.st.UpdateExtension(f.ctx, &stale), tiendo.ECONFLICT)
		got, err := f.st.FindExtensionByID(f.ctx, e.ID)
		must(f, err)
		if got.Status != tiendo.ExtensionApproved {
			f.Fatalf("stale decision overwrote: %s", got.Status)
		}
	}},
	{"Update/ErrNotFound", func(f *fixture) {
		e := &tiendo.Extension{ID: 4242, Status: tiendo.ExtensionApproved, Version: 1}
		wantCode(f, f.st.UpdateExtension(f.ctx, e), tiendo.ENOTFOUND)
	}},
	{"Update/ErrInvalidStatus", func(f *fixture) {
		o := f.org("A")
		t := f.task(o.ID)
		e := &tiendo.Extension{TaskID: t.ID, ProposedDue: d(2026, 4, 30)}
		must(f, f.st.CreateExtension(f.ctx, e))
		e.Status = "maybe"
		wantCode(f, f.st.UpdateExtension(f.ctx, e), tiendo.EINVALID)
	}},
}
