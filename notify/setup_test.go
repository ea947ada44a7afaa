package notify_test

import (
	"context"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// world is a district office, a ward with an officer who wants instant
// mail, and tasks led by the ward; it works on any store.
type world struct {
	svc     *service.Service
	st      tiendo.Store
	sys     context.Context
	office  int64
	ward    int64
	officer context.Context
	clock   *tiendo.FixedClock
}

func newWorld(t *testing.T, st tiendo.Store, clock *tiendo.FixedClock) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{st: st, clock: clock, svc: service.New(st, clock, tiendo.DefaultRules()),
		sys: tiendo.NewContextWithActor(ctx, tiendo.SystemActor())}
	district := &tiendo.Org{Code: "HBT", Name: "Quận Hai Bà Trưng", Kind: tiendo.KindAdministrative, Level: tiendo.LevelDistrict}
	must(t, w.svc.CreateOrg(w.sys, district))
	ward := &tiendo.Org{Code: "PH", Name: "Phường Phố Huế", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune, ParentID: &district.ID}
	must(t, w.svc.CreateOrg(w.sys, ward))
	w.office, w.ward = district.ID, ward.ID
	for _, a := range []struct {
		login string
		role  tiendo.Role
		org   int64
	}{{"vanphong", tiendo.RoleOffice, district.ID}, {"phohue", tiendo.RoleOfficer, ward.ID}} {
		org := a.org
		acc, err := w.svc.CreateAccount(w.sys, service.AccountInput{Login: a.login, Password: "mat-khau-1",
			Grants: []tiendo.Grant{{Role: a.role, OrgID: &org}}})
		must(t, err)
		if a.login == "phohue" {
			actor, err := w.svc.ActorForAccount(ctx, acc.ID)
			must(t, err)
			w.officer = tiendo.NewContextWithActor(ctx, actor)
		}
	}
	_, err := w.svc.SetNotifyPrefs(w.officer, tiendo.NotifyPrefs{Email: "phohue@example.vn", Mode: tiendo.EmailInstant, DigestHour: 7})
	must(t, err)
	return w
}

// tasks creates n tasks led by the ward, assigned on 5/1/2026, due on due.
func (w *world) tasks(t *testing.T, n int, due vn.Date) {
	t.Helper()
	now := w.clock.T
	w.clock.T = at(2026, 1, 5, 9)
	defer func() { w.clock.T = now }()
	// These tests follow reminders: the assignment's own mail and webhook
	// (TestWorkflowStepSentOnce) are kept out of their counts.
	prefs, err := w.svc.NotifyPrefs(w.officer)
	must(t, err)
	_, err = w.svc.SetNotifyPrefs(w.officer, tiendo.NotifyPrefs{Mode: tiendo.EmailOff, DigestHour: 7})
	must(t, err)
	hooks, err := w.st.ListWebhooks(context.Background(), nil)
	must(t, err)
	for _, h := range hooks {
		must(t, w.st.SetWebhookActive(context.Background(), h.ID, false))
	}
	defer func() {
		_, err := w.svc.SetNotifyPrefs(w.officer, *prefs)
		must(t, err)
		for _, h := range hooks {
			must(t, w.st.SetWebhookActive(context.Background(), h.ID, h.Active))
		}
	}()
	for i := range n {
		_, err := w.svc.CreateTasks(w.sys, service.TaskInput{Title: "Kiểm tra an toàn phòng cháy chung cư cũ số " + string(rune('A'+i%26)),
			LeadOrgID: w.ward, AssignedByOrgID: &w.office, Due: due})
		must(t, err)
	}
}

func (w *world) webhook(t *testing.T, url, secret string, allowPrivate bool) *tiendo.Webhook {
	t.Helper()
	h, err := w.svc.CreateWebhook(w.sys, service.WebhookInput{OrgID: w.office, URL: url, Secret: secret, AllowPrivate: allowPrivate})
	must(t, err)
	return h
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func at(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, vn.Location) }
