// Package demo fills an empty database with demonstration data built from
// the five seed articles: Hà Nội with quận Hai Bà Trưng and quận Long Biên,
// their departments and wards, the 2025 reform's successor wards, the
// documents the seeds cite, the tasks their conclusions assign with a
// plausible history (reports, confirmations, returns, extensions, overdue
// tasks, a recurring report, a continuous duty, a delegated task), and one
// demo account per role.
//
// Everything goes through the service, so it is validated and audited. The
// history is acted out by the accounts a real office would use: officers
// report, the office confirms or returns, the leader decides extensions;
// where no demo account covers a unit, the system actor acts.
//
// The data lives in readable tables: orgs.go (organisations), people.go,
// documents.go, and the tasks in tasks_*.go; story.go holds the steps of a
// task's history and how they are played.
package demo

import (
	"context"
	"fmt"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// Password is the password of every demo account.
const Password = "tiendo-demo"

// Account describes one demo account, for the README, the CLI and tests.
type Account struct {
	Login       string
	Role        tiendo.Role
	OrgCode     string // organisation the grant covers; "" for the whole tree
	Description string
	// Past marks the accounts of the units dissolved on 30/6/2025: they
	// show the seeds' history.
	Past bool
}

// Accounts are the demo accounts, all with password Password: those of
// today's Hà Nội (a ward created by the 2025 reform, a city department,
// the city) and the Past ones of the district and wards the seeds
// describe. Order matters: the loader acts as the first account covering
// a unit.
var Accounts = []Account{
	{"admin", tiendo.RoleAdmin, "", "Quản trị toàn hệ thống", false},
	{"hbt.vanphong", tiendo.RoleOffice, "HN-HAIBATRUNG", "Văn phòng HĐND và UBND phường Hai Bà Trưng: giao việc, xác nhận, trả lại, báo cáo Thành phố", false},
	{"hbt.lanhdao", tiendo.RoleLeader, "HN-HAIBATRUNG", "Lãnh đạo UBND phường Hai Bà Trưng: quyết định gia hạn", false},
	{"hbt.canbo", tiendo.RoleOfficer, "HN-HAIBATRUNG-KTHTDT", "Cán bộ Phòng Kinh tế, Hạ tầng và Đô thị phường Hai Bà Trưng: báo cáo tiến độ", false},
	{"hbt.tdp5", tiendo.RoleOfficer, "HN-HAIBATRUNG", "Tổ trưởng tổ dân phố số 5 phường Hai Bà Trưng: gửi danh sách vi phạm trật tự đô thị hằng tuần", false},
	{"hbt.tdp12", tiendo.RoleOfficer, "HN-HAIBATRUNG", "Tổ trưởng tổ dân phố số 12 phường Hai Bà Trưng: gửi danh sách vi phạm trật tự đô thị hằng tuần", false},
	{"soxaydung", tiendo.RoleOffice, "HN-SXD", "Văn phòng Sở Xây dựng Hà Nội: báo cáo Thành phố, phối hợp với phường", false},
	{"vanphong", tiendo.RoleOffice, "HBT", "Văn phòng HĐND-UBND quận Hai Bà Trưng: giao việc, xác nhận, trả lại", true},
	{"lanhdao", tiendo.RoleLeader, "HBT", "Lãnh đạo UBND quận Hai Bà Trưng: quyết định gia hạn", true},
	{"phohue", tiendo.RoleOfficer, "HBT-PHOHUE", "Cán bộ phường Phố Huế: báo cáo tiến độ", true},
	{"truongdinh", tiendo.RoleOfficer, "HBT-TRUONGDINH", "Cán bộ phường Trương Định: báo cáo tiến độ", true},
	{"qldt", tiendo.RoleOfficer, "HBT-QLDT", "Cán bộ Phòng Quản lý đô thị quận Hai Bà Trưng", true},
	{"longbien", tiendo.RoleOffice, "LB", "Văn phòng quận Long Biên: giao việc, xác nhận", true},
	// The city's accounts cover the whole city, so they come after the
	// district ones: the loader must pick the district's office for the
	// district's history.
	{"vp.thanhpho", tiendo.RoleOffice, "HN", "Văn phòng UBND Thành phố Hà Nội: giao việc cho sở, phường; xác nhận", false},
	{"lanhdao.thanhpho", tiendo.RoleLeader, "HN", "Lãnh đạo UBND Thành phố Hà Nội: quyết định gia hạn", false},
	{"xem", tiendo.RoleViewer, "HN", "Xem toàn bộ nhiệm vụ trên địa bàn Hà Nội", false},
}

// Result says what Load created.
type Result struct {
	OrgIDs      map[string]int64 // by organisation code
	AccountIDs  map[string]int64 // by login
	DocumentIDs map[string]int64 // by number as written in documents.go
	People      int
	Places      int
	Tasks       int // including recurring instances and delegated child tasks
	Updates     int
	Extensions  int
	// Cases is the season of 197 casework (casework.go).
	Cases      *CaseSeason
	MovedTasks int // lead or cooperating roles moved to a successor when a ward was dissolved
}

// Reform dates: districts and the old wards end on reformEnd, the new wards
// start on reformStart (Nghị quyết 1656/NQ-UBTVQH15, in force 1/7/2025).
var (
	reformEnd   = vn.NewDate(2025, 6, 30)
	reformStart = vn.NewDate(2025, 7, 1)
)

// minToday is the earliest date Load accepts as today: the post-reform
// history is laid out relative to today and needs a few weeks after the
// reform.
var minToday = reformStart.AddDays(60)

// MarkerAction is the audit action Load records first: it marks the
// database as the demo's, which --demo-reset checks before deleting one.
// An audit entry needs no table of its own, and the audit log is never
// edited.
const MarkerAction = "demo.load"

// IsDemo tells whether the database's first audit entry is the demo's
// marker, that is whether Load filled it.
func IsDemo(ctx context.Context, st tiendo.Store) (bool, error) {
	es, _, err := st.FindAudit(ctx, tiendo.AuditFilter{Page: tiendo.Page{Page: 1, PerPage: 1}})
	if err != nil {
		return false, err
	}
	return len(es) == 1 && es[0].Action == MarkerAction, nil
}

// Loaded tells whether the database already holds organisations, in which
// case Load refuses to run.
func Loaded(ctx context.Context, st tiendo.Store) (bool, error) {
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return false, err
	}
	return len(orgs) > 0, nil
}

// Load fills an empty database with the demo data through svc, whose clock
// sets today: the recent tasks are laid out relative to it. It refuses a
// database that already has organisations. Load is not atomic: after an
// error, discard the database.
func Load(ctx context.Context, svc *service.Service, st tiendo.Store) (*Result, error) {
	loaded, err := Loaded(ctx, st)
	if err != nil {
		return nil, err
	}
	if loaded {
		return nil, tiendo.Errorf(tiendo.ECONFLICT, "Cơ sở dữ liệu đã có đơn vị; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống")
	}
	today := tiendo.Today(svc.Clock())
	if today.Before(minToday) {
		return nil, fmt.Errorf("demo: today (%s) must be on or after %s", today, minToday)
	}
	l := &loader{svc: svc, today: today, sys: tiendo.NewContextWithActor(ctx, tiendo.SystemActor()),
		res:       &Result{OrgIDs: map[string]int64{}, AccountIDs: map[string]int64{}, DocumentIDs: map[string]int64{}},
		personIDs: map[string]int64{}, as: map[string]context.Context{}}
	cut := svc.Rules().Cutoffs
	l.from, _ = vn.PeriodContaining(vn.PeriodMonth, today, cut).Range(cut)
	if err := st.AppendAudit(ctx, &tiendo.AuditEntry{At: svc.Clock().Now().UTC(), Actor: "system", Action: MarkerAction,
		EntityType: "demo"}); err != nil {
		return nil, err
	}
	for _, stage := range []func() error{l.orgs, l.people, l.accounts, l.documents, l.places, l.tasks, l.play, l.targets, l.meetings, l.casework, l.count} {
		if err := stage(); err != nil {
			return nil, err
		}
	}
	return l.res, nil
}

// loader carries the state of one Load.
type loader struct {
	svc       *service.Service
	today     vn.Date
	from      vn.Date                    // first day of the reporting month containing today
	sys       context.Context            // the system actor's context
	as        map[string]context.Context // login → context of that account's actor
	res       *Result
	created   []*tiendo.Org    // the organisations made so far
	tree      *tiendo.OrgTree  // of created, to resolve who covers what
	personIDs map[string]int64 // full name → person id
	events    []event          // the history, played in date order by play
	targetIDs []int64          // the current year's targets, for the giao ban agenda
	placeIDs  map[string]int64 // folded place text → demo place (places.go)
}

// org returns the id of an organisation code, panicking on a code missing
// from the tables: that is a bug in this package, caught by its test.
func (l *loader) org(code string) int64 {
	id, ok := l.res.OrgIDs[code]
	if !ok {
		panic("demo: unknown organisation code " + code)
	}
	return id
}

// orgPtr is org as a pointer, "" giving nil.
func (l *loader) orgPtr(code string) *int64 {
	if code == "" {
		return nil
	}
	id := l.org(code)
	return &id
}

// within tells whether org is root or below it.
func (l *loader) within(org, root int64) bool {
	if l.tree == nil {
		l.tree = tiendo.NewOrgTree(l.created)
	}
	return l.tree.Under(org, root)
}

// who returns the context of the first demo account holding one of roles
// (in that order of preference) over org, or the system actor's. The admin
// and viewer accounts never act.
func (l *loader) who(org int64, roles ...tiendo.Role) context.Context {
	return l.whoAmong(org, false, roles...)
}

// reporter is who reports for a lead unit: its officer, else its office,
// never the city's office, which covers every unit but reports for none.
func (l *loader) reporter(org int64) context.Context {
	return l.whoAmong(org, true, tiendo.RoleOfficer, tiendo.RoleOffice)
}

func (l *loader) whoAmong(org int64, notCity bool, roles ...tiendo.Role) context.Context {
	for _, r := range roles {
		for _, a := range Accounts {
			if a.Role == r && a.OrgCode != "" && !(notCity && a.OrgCode == "HN") && l.within(org, l.org(a.OrgCode)) {
				return l.as[a.Login]
			}
		}
	}
	return l.sys
}

// accounts creates the demo accounts and the contexts they act in.
func (l *loader) accounts() error {
	for _, a := range Accounts {
		g := tiendo.Grant{Role: a.Role, OrgID: l.orgPtr(a.OrgCode)}
		acc, err := l.svc.CreateAccount(l.sys, service.AccountInput{Login: a.Login, Password: Password,
			Grants: []tiendo.Grant{g}, Locale: "vi"})
		if err != nil {
			return fmt.Errorf("demo: account %s: %w", a.Login, err)
		}
		actor, err := l.svc.ActorForAccount(l.sys, acc.ID)
		if err != nil {
			return err
		}
		l.res.AccountIDs[a.Login] = acc.ID
		l.as[a.Login] = tiendo.NewContextWithActor(l.sys, actor)
	}
	return nil
}

// count fills the totals of the result.
func (l *loader) count() error {
	tasks, total, err := l.svc.ListTasks(l.sys, tiendo.TaskFilter{Page: tiendo.Page{PerPage: tiendo.MaxPerPage}})
	if err != nil {
		return err
	}
	if total > len(tasks) {
		return fmt.Errorf("demo: %d tasks, more than one page", total)
	}
	l.res.Tasks = total
	for _, t := range tasks {
		ups, err := l.svc.Updates(l.sys, t.ID)
		if err != nil {
			return err
		}
		exts, err := l.svc.Extensions(l.sys, t.ID)
		if err != nil {
			return err
		}
		l.res.Updates += len(ups)
		l.res.Extensions += len(exts)
	}
	return nil
}

// d is vn.NewDate with an int month, to keep the tables short.
func d(y, m, day int) vn.Date { return vn.NewDate(y, time.Month(m), day) }
