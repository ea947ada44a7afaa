package storetest

import (
	"encoding/json"
	"reflect"

	"tiendo"
)

var auditCases = []testCase{
	{"Append/OK", func(f *fixture) {
		o := f.org("A")
		t := f.task(o.ID)
		e := &tiendo.AuditEntry{ActorID: ptr(int64(7)), Actor: "vanphong", Action: "task.update",
			EntityType: "task", EntityID: t.ID, TaskID: &t.ID, OrgID: &o.ID,
			Before: json.RawMessage(`{"status":"assigned"}`), After: json.RawMessage(`{"status":"in_progress"}`)}
		must(f, f.st.AppendAudit(f.ctx, e))
		if e.ID == 0 || e.At.IsZero() {
			f.Fatalf("after append: %+v", e)
		}
		list, total, err := f.st.FindAudit(f.ctx, tiendo.AuditFilter{TaskID: &t.ID})
		must(f, err)
		if total != 1 || len(list) != 1 {
			f.Fatalf("total %d, %d entries", total, len(list))
		}
		got := list[0]
		if !jsonEqual(got.Before, e.Before) || !jsonEqual(got.After, e.After) {
			f.Fatalf("json: got %s → %s", got.Before, got.After)
		}
		got.Before, got.After, e.Before, e.After = nil, nil, nil, nil
		if !reflect.DeepEqual(got, e) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, e)
		}
	}},
	{"Append/SystemNoJSON", func(f *fixture) {
		e := &tiendo.AuditEntry{Actor: "system", Action: "org.dissolve", EntityType: "org", EntityID: 1}
		must(f, f.st.AppendAudit(f.ctx, e))
		list, _, err := f.st.FindAudit(f.ctx, tiendo.AuditFilter{})
		must(f, err)
		if len(list) != 1 || list[0].ActorID != nil || list[0].Before != nil || list[0].After != nil {
			f.Fatalf("got %+v", list)
		}
	}},
	{"Find/FiltersAndPaging", func(f *fixture) {
		var ids []int64
		for i := range 5 {
			org := int64(1 + i%2)
			task := int64(10 + i%3)
			e := &tiendo.AuditEntry{Actor: "a", Action: "x", EntityType: "task", EntityID: task, TaskID: &task, OrgID: &org}
			must(f, f.st.AppendAudit(f.ctx, e))
			ids = append(ids, e.ID)
		}
		find := func(flt tiendo.AuditFilter) ([]int64, int) {
			f.Helper()
			list, total, err := f.st.FindAudit(f.ctx, flt)
			must(f, err)
			out := []int64{}
			for _, e := range list {
				out = append(out, e.ID)
			}
			return out, total
		}
		got, total := find(tiendo.AuditFilter{})
		wantIDs(f, "oldest first", got, ids)
		if total != 5 {
			f.Fatalf("total %d", total)
		}
		got, _ = find(tiendo.AuditFilter{TaskID: ptr(int64(10))})
		wantIDs(f, "TaskID", got, []int64{ids[0], ids[3]})
		got, _ = find(tiendo.AuditFilter{OrgIDs: []int64{2}})
		wantIDs(f, "OrgIDs", got, []int64{ids[1], ids[3]})
		got, _ = find(tiendo.AuditFilter{OrgIDs: []int64{}})
		wantIDs(f, "empty OrgIDs", got, nil)
		got, total = find(tiendo.AuditFilter{Page: tiendo.Page{Page: 2, PerPage: 2}})
		wantIDs(f, "page 2", got, ids[2:4])
		if total != 5 {
			f.Fatalf("paged total %d", total)
		}
	}},
	{"Append/ErrInvalidJSON", func(f *fixture) {
		e := &tiendo.AuditEntry{Actor: "a", Action: "x", EntityType: "task", EntityID: 1, Before: json.RawMessage(`{not json`)}
		wantCode(f, f.st.AppendAudit(f.ctx, e), tiendo.EINVALID)
	}},
	{"AppendOnly", func(f *fixture) {
		raw, ok := f.st.(rawDB)
		if !ok {
			f.Skip("the store exposes no database handle")
		}
		e := &tiendo.AuditEntry{Actor: "a", Action: "task.create", EntityType: "task", EntityID: 1}
		must(f, f.st.AppendAudit(f.ctx, e))
		for _, q := range []string{
			"UPDATE audit_log SET actor = 'forged'",
			"UPDATE audit_log SET actor = 'forged' WHERE id = " + itoa(e.ID),
			"DELETE FROM audit_log",
			"DELETE FROM audit_log WHERE id = " + itoa(e.ID),
			"TRUNCATE audit_log", // PostgreSQL only; SQLite has no TRUNCATE
		} {
			if _, err := raw.DB().ExecContext(f.ctx, q); err == nil {
				f.Fatalf("%s: the schema allowed it", q)
			}
		}
		list, total, err := f.st.FindAudit(f.ctx, tiendo.AuditFilter{})
		must(f, err)
		if total != 1 || list[0].Actor != "a" {
			f.Fatalf("audit log changed: %+v", list)
		}
	}},
}

func jsonEqual(a, b json.RawMessage) bool {
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	return reflect.DeepEqual(x, y)
}
