// Package storetest is the conformance suite every tiendo.Store engine
// must pass. Each engine's tests call Run with a function that opens a
// fresh, migrated store; every leaf subtest opens its own, so subtests
// never see each other's rows and run in parallel (go test -parallel).
//
// Subtests are named by outcome: "Org/Create/OK",
// "Org/Create/ErrDuplicateCode", "Task/Update/ErrStaleVersion"…
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/vn"
)

// Run runs the whole suite against the engine open returns. open must
// return a fresh, migrated, empty store for the subtest it is given and
// arrange for it to be closed when that subtest ends.
func Run(t *testing.T, open func(t *testing.T) tiendo.Store) {
	groups := []struct {
		name  string
		cases []testCase
	}{
		{"Org", orgCases},
		{"Person", personCases},
		{"Account", accountCases},
		{"Account/Admin", accountAdminCases},
		{"Document", documentCases},
		{"Task", taskCases},
		{"Task/Find", findCases},
		{"Task/History", historyCases},
		{"Update", updateCases},
		{"Extension", extensionCases},
		{"Audit", auditCases},
		{"Tx", txCases},
		{"Text", textCases},
		{"Stats", statsCases},
		{"Session", sessionCases},
		{"TOTP", totpCases},
		{"Series", seriesCases},
		{"Scope", scopeCases},
		{"Scope/Subtree", subtreeCases},
		{"Calendar", calendarCases},
		{"Meeting", meetingCases},
		{"Target", targetCases},
		{"Intake", intakeCases},
		{"Notify", notifyCases},
		{"Grade/People", gradePeopleCases},
		{"Security", securityCases},
		{"Inbox", inboxCases},
		{"Comment", commentCases},
		{"Closing", closingCases},
		{"Rules", rulesCases},
		{"Place", placeCases},
		{"Case", caseCases},
	}
	for _, g := range groups {
		for _, c := range g.cases {
			t.Run(g.name+"/"+c.name, func(t *testing.T) {
				// Every leaf has its own database, so they can run side by side.
				t.Parallel()
				c.run(newFixture(t, open(t)))
			})
		}
	}
}

// testCase is one leaf subtest: a name saying the outcome and a body
// that gets a fresh fixture.
type testCase struct {
	name string
	run  func(f *fixture)
}

// fixture is one fresh store with helpers to create rows.
type fixture struct {
	*testing.T
	ctx context.Context
	st  tiendo.Store
	seq int
}

func newFixture(t *testing.T, st tiendo.Store) *fixture {
	return &fixture{T: t, ctx: context.Background(), st: st}
}

// next returns a number unique within the fixture, for codes and logins.
func (f *fixture) next() int { f.seq++; return f.seq }

// org creates an organisation with the given name and options.
func (f *fixture) org(name string, opts ...func(*tiendo.Org)) *tiendo.Org {
	f.Helper()
	o := &tiendo.Org{Code: fmt.Sprintf("ORG%03d", f.next()), Name: name,
		Kind: tiendo.KindPeoplesCommittee, Level: tiendo.LevelCommune}
	for _, opt := range opts {
		opt(o)
	}
	must(f, f.st.CreateOrg(f.ctx, o))
	return o
}

// task creates a valid task led by lead, then applies opts before storing.
func (f *fixture) task(lead int64, opts ...func(*tiendo.Task)) *tiendo.Task {
	f.Helper()
	t := newTask(lead, fmt.Sprintf("Nhiệm vụ %d", f.next()))
	for _, opt := range opts {
		opt(t)
	}
	must(f, f.st.CreateTask(f.ctx, t))
	return t
}

// newTask is a valid task that is not stored yet.
func newTask(lead int64, title string) *tiendo.Task {
	return &tiendo.Task{
		Title: title, LeadOrgID: lead, Category: tiendo.CategoryOther, Priority: tiendo.PriorityNormal,
		DeadlineKind: vn.DeadlineDate, Due: d(2026, 3, 31), OriginalDue: d(2026, 3, 31),
		AssignedOn: d(2026, 1, 5), Status: tiendo.StatusAssigned, Weight: 1, CoopOrgIDs: []int64{},
	}
}

// account creates an account with one grant.
func (f *fixture) account(login string, role tiendo.Role, org *int64) *tiendo.Account {
	f.Helper()
	a := &tiendo.Account{Login: login, Locale: "vi", PasswordHash: "h",
		Grants: []tiendo.Grant{{Role: role, OrgID: org}}}
	must(f, f.st.CreateAccount(f.ctx, a))
	return a
}

// document creates a document with a number, date and summary.
func (f *fixture) document(number string, date vn.Date, summary string) *tiendo.Document {
	f.Helper()
	doc := &tiendo.Document{Number: number, Date: date, Summary: summary, Links: []tiendo.DocLink{}}
	if p, err := vn.ParseDocNumber(number); err == nil {
		doc.Parsed, doc.Type = p, p.Type
	}
	must(f, f.st.CreateDocument(f.ctx, doc))
	return doc
}

// findIDs runs FindTasks and returns the ids in order.
func (f *fixture) findIDs(flt tiendo.TaskFilter) []int64 {
	f.Helper()
	tasks, _, err := f.st.FindTasks(f.ctx, flt)
	must(f, err)
	return taskIDs(tasks)
}

func taskIDs(tasks []*tiendo.Task) []int64 {
	ids := make([]int64, len(tasks))
	for i, t := range tasks {
		ids[i] = t.ID
	}
	return ids
}

func d(y, m, day int) vn.Date { return vn.NewDate(y, time.Month(m), day) }

func ptr[T any](v T) *T { return &v }

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

// wantCode fails unless err is an application error with the given code.
func wantCode(t testing.TB, err error, code string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %s", code)
	}
	if got := tiendo.ErrorCode(err); got != code {
		t.Fatalf("got error code %q (%v), want %q", got, err, code)
	}
}

// wantIDs fails unless got holds exactly want, in order.
func wantIDs(t testing.TB, what string, got, want []int64) {
	t.Helper()
	if got == nil {
		got = []int64{}
	}
	if want == nil {
		want = []int64{}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("%s: got ids %v, want %v", what, got, want)
	}
}

// rawDB is implemented by stores that expose their write pool (sqlstore
// does); the audit test uses it to try writes the store itself never makes.
type rawDB interface{ DB() *sql.DB }
