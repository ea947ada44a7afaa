package service_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// fixture is a small district: Hai Bà Trưng with its office and two wards,
// one of which has a sub-unit, and an account for every role.
type fixture struct {
	t     *testing.T
	svc   *service.Service
	clock *tiendo.FixedClock
	st    tiendo.Store
	orgs  map[string]int64
	ctx   map[string]context.Context // login → context carrying its actor
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	clock := &tiendo.FixedClock{T: time.Date(2020, 1, 2, 9, 0, 0, 0, vn.Location)}
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), clock)
	if err != nil {
		t.Fatal(err)
	}
	return newFixtureOn(t, st, clock)
}

// engineStore is what both engines' stores offer a test.
type engineStore interface {
	tiendo.Store
	Migrate(ctx context.Context) error
	Close() error
}

// newFixtureOn builds the fixture on an opened store (either engine).
func newFixtureOn(t *testing.T, st engineStore, clock *tiendo.FixedClock) *fixture {
	t.Helper()
	ctx := context.Background()
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, svc: service.New(st, clock, tiendo.DefaultRules()), clock: clock, st: st,
		orgs: map[string]int64{}, ctx: map[string]context.Context{}}
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	for _, o := range []struct {
		code, name, parent string
		kind               tiendo.OrgKind
		level              tiendo.Level
	}{
		{"HBT", "Quận Hai Bà Trưng", "", tiendo.KindAdministrative, tiendo.LevelDistrict},
		{"HBT-UBND", "UBND quận Hai Bà Trưng", "HBT", tiendo.KindPeoplesCommittee, tiendo.LevelDistrict},
		{"HBT-QLDT", "Phòng Quản lý đô thị", "HBT", tiendo.KindDepartment, tiendo.LevelDistrict},
		{"PH", "Phường Phố Huế", "HBT", tiendo.KindAdministrative, tiendo.LevelCommune},
		{"PH-UBND", "UBND phường Phố Huế", "PH", tiendo.KindPeoplesCommittee, tiendo.LevelCommune},
		{"PH-CA", "Công an phường Phố Huế", "PH", tiendo.KindPolice, tiendo.LevelCommune},
		{"TD", "Phường Trương Định", "HBT", tiendo.KindAdministrative, tiendo.LevelCommune},
	} {
		org := &tiendo.Org{Code: o.code, Name: o.name, Kind: o.kind, Level: o.level}
		if o.parent != "" {
			id := f.orgs[o.parent]
			org.ParentID = &id
		}
		if err := f.svc.CreateOrg(sys, org); err != nil {
			t.Fatalf("org %s: %v", o.code, err)
		}
		f.orgs[o.code] = org.ID
	}
	for _, a := range []struct {
		login string
		role  tiendo.Role
		org   string
	}{
		{"admin", tiendo.RoleAdmin, ""}, {"office", tiendo.RoleOffice, "HBT"}, {"leader", tiendo.RoleLeader, "HBT"},
		{"phohue", tiendo.RoleOfficer, "PH"}, {"truongdinh", tiendo.RoleOfficer, "TD"},
		{"qldt", tiendo.RoleOfficer, "HBT-QLDT"}, {"viewer", tiendo.RoleViewer, "HBT"},
	} {
		g := tiendo.Grant{Role: a.role}
		if a.org != "" {
			id := f.orgs[a.org]
			g.OrgID = &id
		}
		acc, err := f.svc.CreateAccount(sys, service.AccountInput{Login: a.login, Password: "mat-khau-1", Grants: []tiendo.Grant{g}})
		if err != nil {
			t.Fatalf("account %s: %v", a.login, err)
		}
		actor, err := f.svc.ActorForAccount(ctx, acc.ID)
		if err != nil {
			t.Fatal(err)
		}
		f.ctx[a.login] = tiendo.NewContextWithActor(ctx, actor)
	}
	f.ctx["system"] = sys
	return f
}

// as returns the context of a login.
func (f *fixture) as(login string) context.Context { return f.ctx[login] }

// ver returns the task's current version, which lifecycle actions require.
func (f *fixture) ver(id int64) int {
	f.t.Helper()
	t, err := f.svc.GetTask(f.as("system"), id)
	if err != nil {
		f.t.Fatal(err)
	}
	return t.Version
}

// task creates a task for lead as the office and returns it.
func (f *fixture) task(lead, deadline string) *tiendo.Task {
	f.t.Helper()
	ts, err := f.svc.CreateTasks(f.as("office"), service.TaskInput{Title: "Xây dựng kế hoạch phòng cháy chữa cháy",
		LeadOrgID: f.orgs[lead], Deadline: deadline})
	if err != nil {
		f.t.Fatalf("create task: %v", err)
	}
	return ts[0]
}

// wantCode fails unless err carries code.
func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	if got := tiendo.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
}

func date(y int, m time.Month, d int) vn.Date { return vn.NewDate(y, m, d) }
