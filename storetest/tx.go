package storetest

import (
	"errors"
	"strconv"
	"time"

	"tiendo"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

var txCases = []testCase{
	{"Commit", func(f *fixture) {
		var orgID, taskID int64
		err := f.st.Tx(f.ctx, func(s tiendo.Store) error {
			o := &tiendo.Org{Code: "TX", Name: "Trong giao dịch", Kind: tiendo.KindOther, Level: tiendo.LevelCommune}
			if err := s.CreateOrg(f.ctx, o); err != nil {
				return err
			}
			t := newTask(o.ID, "Nhiệm vụ trong giao dịch")
			if err := s.CreateTask(f.ctx, t); err != nil {
				return err
			}
			// The transaction sees its own writes.
			if _, err := s.FindTaskByID(f.ctx, t.ID); err != nil {
				return err
			}
			orgID, taskID = o.ID, t.ID
			return nil
		})
		must(f, err)
		if _, err := f.st.FindOrgByID(f.ctx, orgID); err != nil {
			f.Fatalf("org not committed: %v", err)
		}
		if _, err := f.st.FindTaskByID(f.ctx, taskID); err != nil {
			f.Fatalf("task not committed: %v", err)
		}
	}},
	{"RollbackOnError", func(f *fixture) {
		boom := errors.New("boom")
		err := f.st.Tx(f.ctx, func(s tiendo.Store) error {
			o := &tiendo.Org{Code: "TX", Name: "x", Kind: tiendo.KindOther, Level: tiendo.LevelCommune}
			if err := s.CreateOrg(f.ctx, o); err != nil {
				return err
			}
			if err := s.CreateTask(f.ctx, newTask(o.ID, "x")); err != nil {
				return err
			}
			if err := s.AppendAudit(f.ctx, &tiendo.AuditEntry{Actor: "a", Action: "x", EntityType: "org", EntityID: o.ID}); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			f.Fatalf("Tx returned %v, want the callback's error", err)
		}
		assertEmpty(f)
	}},
	{"RollbackOnStoreError", func(f *fixture) {
		// A failing store call inside Tx (a duplicate code) rolls back the earlier writes too.
		existing := f.org("Có sẵn")
		err := f.st.Tx(f.ctx, func(s tiendo.Store) error {
			if err := s.CreateOrg(f.ctx, &tiendo.Org{Code: "NEW", Name: "x", Kind: tiendo.KindOther, Level: tiendo.LevelCommune}); err != nil {
				return err
			}
			return s.CreateOrg(f.ctx, &tiendo.Org{Code: existing.Code, Name: "y", Kind: tiendo.KindOther, Level: tiendo.LevelCommune})
		})
		wantCode(f, err, tiendo.ECONFLICT)
		_, err = f.st.FindOrgByCode(f.ctx, "NEW")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"RollbackOnPanic", func(f *fixture) {
		func() {
			defer func() {
				if recover() == nil {
					f.Fatalf("the panic was swallowed")
				}
			}()
			_ = f.st.Tx(f.ctx, func(s tiendo.Store) error {
				_ = s.CreateOrg(f.ctx, &tiendo.Org{Code: "TX", Name: "x", Kind: tiendo.KindOther, Level: tiendo.LevelCommune})
				panic("boom")
			})
		}()
		assertEmpty(f)
		f.org("Sau panic") // the store still works
	}},
	{"Nested", func(f *fixture) {
		boom := errors.New("boom")
		err := f.st.Tx(f.ctx, func(s tiendo.Store) error {
			if err := s.Tx(f.ctx, func(inner tiendo.Store) error {
				return inner.CreateOrg(f.ctx, &tiendo.Org{Code: "INNER", Name: "x", Kind: tiendo.KindOther, Level: tiendo.LevelCommune})
			}); err != nil {
				return err
			}
			// The inner Tx reused the outer one: its write is visible here...
			if _, err := s.FindOrgByCode(f.ctx, "INNER"); err != nil {
				return err
			}
			return boom
		})
		if !errors.Is(err, boom) {
			f.Fatalf("Tx returned %v", err)
		}
		// ...and rolled back with it.
		_, err = f.st.FindOrgByCode(f.ctx, "INNER")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"ConcurrentWithReads", func(f *fixture) {
		// Reads outside a transaction proceed while another one is open,
		// and do not see its uncommitted rows.
		o := f.org("A")
		inside := make(chan struct{})
		release := make(chan struct{})
		done := make(chan error, 1)
		go func() {
			done <- f.st.Tx(f.ctx, func(s tiendo.Store) error {
				if err := s.CreateTask(f.ctx, newTask(o.ID, "chưa ghi")); err != nil {
					return err
				}
				close(inside)
				<-release
				return nil
			})
		}()
		select {
		case <-inside:
		case err := <-done:
			f.Fatalf("Tx ended early: %v", err)
		}
		_, total, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{})
		close(release)
		must(f, err)
		if total != 0 {
			f.Fatalf("a read saw %d uncommitted tasks", total)
		}
		select {
		case err := <-done:
			must(f, err)
		case <-time.After(10 * time.Second):
			f.Fatalf("Tx did not finish")
		}
		_, total, err = f.st.FindTasks(f.ctx, tiendo.TaskFilter{})
		must(f, err)
		if total != 1 {
			f.Fatalf("after commit: %d tasks", total)
		}
	}},
}

// assertEmpty fails if any organisation, task or audit entry exists.
func assertEmpty(f *fixture) {
	f.Helper()
	orgs, err := f.st.FindOrgs(f.ctx, tiendo.OrgFilter{})
	must(f, err)
	_, tasks, err := f.st.FindTasks(f.ctx, tiendo.TaskFilter{})
	must(f, err)
	_, audit, err := f.st.FindAudit(f.ctx, tiendo.AuditFilter{})
	must(f, err)
	if len(orgs) != 0 || tasks != 0 || audit != 0 {
		f.Fatalf("rolled-back writes remain: %d orgs, %d tasks, %d audit entries", len(orgs), tasks, audit)
	}
}
