package service_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// bothEngines runs test on a fixture over SQLite and over PostgreSQL.
func bothEngines(t *testing.T, test func(t *testing.T, f *fixture)) {
	open := map[string]func(t *testing.T, c tiendo.Clock) (engineStore, error){
		"SQLite": func(t *testing.T, c tiendo.Clock) (engineStore, error) {
			return sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), c)
		},
		"PostgreSQL": func(t *testing.T, c tiendo.Clock) (engineStore, error) {
			return postgres.Open(context.Background(), pgtest.FreshDSN(t), c)
		},
	}
	for _, name := range []string{"SQLite", "PostgreSQL"} {
		t.Run(name, func(t *testing.T) {
			clock := &tiendo.FixedClock{T: time.Date(2020, 1, 2, 9, 0, 0, 0, vn.Location)}
			st, err := open[name](t, clock)
			if err != nil {
				t.Fatal(err)
			}
			test(t, newFixtureOn(t, st, clock))
		})
	}
}

// Dissolving Phường Phố Huế into Phường Trương Định moves every role it
// has in open tasks and its sub-units in force, without duplicates or
// self-cooperation, each move audited.
func TestDissolveMovesCooperatingRolesAndChildren(t *testing.T) {
	bothEngines(t, func(t *testing.T, f *fixture) {
		sys := f.as("system")
		old := &tiendo.Org{Code: "PH-TDP", Name: "Tổ dân phố cũ", Kind: tiendo.KindOther, Level: tiendo.LevelCommune,
			ParentID: ptr(f.orgs["PH"]), ValidTo: date(2019, 12, 31)}
		if err := f.svc.CreateOrg(sys, old); err != nil {
			t.Fatal(err)
		}
		mk := func(lead string, coop ...string) *tiendo.Task {
			in := service.TaskInput{Title: "Kiểm tra PCCC", Deadline: "trước ngày 30/01/2020", LeadOrgID: f.orgs[lead]}
			for _, c := range coop {
				in.CoopOrgIDs = append(in.CoopOrgIDs, f.orgs[c])
			}
			ts, err := f.svc.CreateTasks(f.as("office"), in)
			if err != nil {
				t.Fatal(err)
			}
			return ts[0]
		}
		led := mk("PH", "TD", "HBT-QLDT")
		coop := mk("HBT-QLDT", "PH")
		both := mk("HBT-QLDT", "PH", "TD")
		succLeads := mk("TD", "PH")
		closed := mk("HBT-QLDT", "PH")
		if _, err := f.svc.Withdraw(f.as("office"), closed.ID, service.ActionInput{Version: closed.Version, Reason: "r"}); err != nil {
			t.Fatal(err)
		}
		res := f.dissolve("PH", "TD", date(2020, 1, 2))
		if !slices.Equal(res.MovedTasks, []int64{led.ID}) || !slices.Equal(res.MovedCoopTasks, []int64{coop.ID, both.ID, succLeads.ID}) ||
			!slices.Equal(res.MovedChildren, []int64{f.orgs["PH-CA"], f.orgs["PH-UBND"]}) { // by code
			t.Fatalf("moved: lead %v coop %v children %v", res.MovedTasks, res.MovedCoopTasks, res.MovedChildren)
		}
		ph, td, qldt := f.orgs["PH"], f.orgs["TD"], f.orgs["HBT-QLDT"]
		for _, c := range []struct {
			name string
			task *tiendo.Task
			lead int64
			coop []int64
		}{
			{"led: successor leads, not also cooperating", led, td, []int64{qldt}},
			{"cooperating: successor cooperates", coop, qldt, []int64{td}},
			{"both cooperating: successor once", both, qldt, []int64{td}},
			{"successor leads: no self-cooperation", succLeads, td, []int64{}},
			{"closed: untouched", closed, qldt, []int64{ph}},
		} {
			got, err := f.svc.GetTask(f.as("admin"), c.task.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.LeadOrgID != c.lead || !slices.Equal(got.CoopOrgIDs, c.coop) {
				t.Errorf("%s: lead %d coop %v, want %d %v", c.name, got.LeadOrgID, got.CoopOrgIDs, c.lead, c.coop)
			}
			audit, _, err := f.svc.TaskAudit(f.as("admin"), c.task.ID, tiendo.Page{})
			if err != nil {
				t.Fatal(err)
			}
			if moved := audit[len(audit)-1].Action == "task.move_to_successor"; moved != (c.task != closed) {
				t.Errorf("%s: last audit %s", c.name, audit[len(audit)-1].Action)
			}
		}
		open, _, err := f.svc.ListTasks(f.as("admin"), tiendo.TaskFilter{OrgIDs: []int64{ph},
			Statuses: []tiendo.Status{tiendo.StatusAssigned}})
		if err != nil || len(open) != 0 {
			t.Fatalf("open tasks still with the dissolved unit: %d (%v)", len(open), err)
		}
		for code, parent := range map[string]int64{"PH-UBND": td, "PH-CA": td, "PH-TDP": ph} {
			o, err := f.svc.GetOrg(sys, f.orgs[code])
			if code == "PH-TDP" {
				o, err = f.svc.GetOrg(sys, old.ID)
			}
			if err != nil {
				t.Fatal(err)
			}
			if o.ParentID == nil || *o.ParentID != parent {
				t.Errorf("%s under %v, want %d", code, o.ParentID, parent)
			}
			entries, _, err := f.svc.OrgAudit(f.as("admin"), o.ID, tiendo.Page{PerPage: 100})
			if err != nil {
				t.Fatal(err)
			}
			audited := slices.ContainsFunc(entries, func(e *tiendo.AuditEntry) bool { return e.Action == "org.move_to_successor" })
			if audited != (code != "PH-TDP") {
				t.Errorf("%s: move audited %v", code, audited)
			}
		}
	})
}

// The successor may sit inside the dissolved body: it takes the body's
// place rather than becoming its own parent.
func TestDissolveIntoOwnSubUnit(t *testing.T) {
	f := newFixture(t)
	f.dissolve("PH", "PH-UBND", date(2020, 1, 2))
	for code, parent := range map[string]string{"PH-UBND": "HBT", "PH-CA": "PH-UBND"} {
		o, err := f.svc.GetOrg(f.as("admin"), f.orgs[code])
		if err != nil {
			t.Fatal(err)
		}
		if o.ParentID == nil || *o.ParentID != f.orgs[parent] {
			t.Errorf("%s under %v, want %s", code, o.ParentID, parent)
		}
	}
}
