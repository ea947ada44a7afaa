package service_test

import (
	"context"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
)

func TestSessionLifecycle(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	secret, a, err := f.svc.StartSession(ctx, " PhoHue ", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	if a.Login != "phohue" || len(secret) < 40 {
		t.Fatalf("actor %q, secret %q", a.Login, secret)
	}
	start := f.clock.T
	cases := []struct {
		name  string
		after time.Duration // since sign-in
		idle  time.Duration
		ok    bool
	}{
		{"fresh", 0, 0, true},
		{"within idle", 29 * time.Minute, 0, true},
		{"touched, so idle counts from the last request", 58 * time.Minute, 0, true},
		{"idle over the configured limit", 58*time.Minute + 11*time.Minute, 10 * time.Minute, false},
	}
	for _, c := range cases {
		f.clock.T = start.Add(c.after)
		got, err := f.svc.ActorForSession(ctx, secret, c.idle)
		if c.ok && (err != nil || got.Login != "phohue") {
			t.Fatalf("%s: %v, %v", c.name, got, err)
		}
		if !c.ok {
			wantCode(t, err, tiendo.EUNAUTHENTICATED)
		}
	}
	// Once refused, the session is gone even within the idle limit.
	_, err = f.svc.ActorForSession(ctx, secret, time.Hour)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}

func TestSessionAbsoluteLifetime(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	secret, _, err := f.svc.StartSession(ctx, "office", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	start := f.clock.T
	// Active every 20 minutes, so never idle, until the 12 hours are up.
	for at := 20 * time.Minute; at < service.SessionLifetime; at += 20 * time.Minute {
		f.clock.T = start.Add(at)
		if _, err := f.svc.ActorForSession(ctx, secret, 0); err != nil {
			t.Fatalf("at %s: %v", at, err)
		}
	}
	f.clock.T = start.Add(service.SessionLifetime)
	_, err = f.svc.ActorForSession(ctx, secret, 0)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}

func TestSessionRefusals(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	for _, c := range []struct{ login, password string }{
		{"phohue", "sai-mat-khau"}, {"khong-co", "mat-khau-1"}, {"", ""},
	} {
		_, _, err := f.svc.StartSession(ctx, c.login, c.password)
		wantCode(t, err, tiendo.EUNAUTHENTICATED)
	}
	_, err := f.svc.ActorForSession(ctx, "not-a-session", 0)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)

	secret, _, err := f.svc.StartSession(ctx, "phohue", "mat-khau-1")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.svc.EndSession(ctx, secret); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.EndSession(ctx, secret); err != nil {
		t.Fatalf("second sign-out: %v", err)
	}
	_, err = f.svc.ActorForSession(ctx, secret, 0)
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}

func TestSetLocale(t *testing.T) {
	f := newFixture(t)
	acc, err := f.svc.SetLocale(f.as("phohue"), "en")
	if err != nil || acc.Locale != "en" {
		t.Fatalf("%v, %v", acc, err)
	}
	a, err := f.svc.ActorForAccount(context.Background(), acc.ID)
	if err != nil || a.Locale != "en" {
		t.Fatalf("actor locale %v, %v", a, err)
	}
	_, err = f.svc.SetLocale(f.as("phohue"), "fr")
	wantCode(t, err, tiendo.EINVALID)
	_, err = f.svc.SetLocale(context.Background(), "vi")
	wantCode(t, err, tiendo.EUNAUTHENTICATED)
}

func TestTaskPermissions(t *testing.T) {
	f := newFixture(t)
	task := f.task("PH-UBND", "trước ngày 31/01/2020")
	perms := func(login string) service.TaskPermissions {
		t.Helper()
		p, err := f.svc.TaskPermissions(f.as(login), task.ID)
		if err != nil {
			t.Fatalf("%s: %v", login, err)
		}
		return p
	}
	want := map[string]service.TaskPermissions{
		"phohue": {Report: true, ReportDone: true, RequestExtension: true, Delegate: true},
		"office": {Report: true, ReportDone: true, RequestExtension: true, Delegate: true, Edit: true, Postpone: true, Withdraw: true},
		"leader": {Edit: true, Postpone: true, Withdraw: true},
		"viewer": {},
	}
	for login, w := range want {
		if got := perms(login); got != w {
			t.Errorf("%s assigned: got %+v, want %+v", login, got, w)
		}
	}
	_, err := f.svc.TaskPermissions(f.as("truongdinh"), task.ID)
	wantCode(t, err, tiendo.ENOTFOUND)

	if _, _, err := f.svc.ReportProgress(f.as("phohue"), task.ID, service.UpdateInput{Version: f.ver(task.ID), Done: true}); err != nil {
		t.Fatal(err)
	}
	if got := perms("office"); !got.Confirm || !got.Return || got.ReportDone || got.Report {
		t.Errorf("office on a reported task: %+v", got)
	}
	if got := perms("phohue"); got.Confirm || got.ReportDone {
		t.Errorf("officer on a reported task: %+v", got)
	}
	if got := perms("leader"); got.Postpone || !got.Withdraw {
		t.Errorf("leader on a reported task: %+v", got)
	}
	if _, err := f.svc.Return(f.as("office"), task.ID, service.ActionInput{Version: 2, Reason: "Thiếu số liệu"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.svc.Postpone(f.as("leader"), task.ID, service.ActionInput{Version: 3, Reason: "Chờ kinh phí"}); err != nil {
		t.Fatal(err)
	}
	if got := perms("office"); !got.Resume || got.Postpone || !got.Withdraw || got.Confirm {
		t.Errorf("office on a postponed task: %+v", got)
	}
	if got := perms("phohue"); got.Resume || got.Withdraw {
		t.Errorf("officer on a postponed task: %+v", got)
	}
}

func TestAssignableAndOwnOrgs(t *testing.T) {
	f := newFixture(t)
	assignable, err := f.svc.AssignableOrgs(f.as("office"))
	if err != nil || len(assignable) != len(f.orgs) {
		t.Fatalf("office may assign to %d orgs (%v), want all %d", len(assignable), err, len(f.orgs))
	}
	none, err := f.svc.AssignableOrgs(f.as("phohue"))
	if err != nil || len(none) != 0 {
		t.Fatalf("officer may assign to %d orgs (%v)", len(none), err)
	}
	own, err := f.svc.OwnOrgIDs(f.as("phohue"))
	if err != nil || len(own) != 3 {
		t.Fatalf("phohue covers %v (%v), want the ward and its two bodies", own, err)
	}
}
