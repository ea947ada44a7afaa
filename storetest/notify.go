package storetest

import (
	"maps"
	"reflect"
	"slices"
	"time"

	"tiendo"
	"tiendo/vn"
)

// notifyCases: the reminder store — each reminder once, the notification
// centre of one account, preferences, rules per organisation, webhooks,
// the outbox with its leases and log, and explanation requests.
var notifyCases = []testCase{
	{"FireReminder/OncePerKey", func(f *fixture) {
		o := f.org("UBND phường Phố Huế")
		t := f.task(o.ID)
		r := func(rule string, step int, period string, task *int64) *tiendo.Reminder {
			return &tiendo.Reminder{Rule: rule, Step: step, TaskID: task, OrgID: o.ID, Period: period,
				FiredOn: d(2026, 4, 1), Title: "Nhắc việc"}
		}
		fire := []struct {
			r    *tiendo.Reminder
			want bool
		}{
			{r(tiendo.RuleOverdue, 0, "2026-03-31", &t.ID), true},
			{r(tiendo.RuleOverdue, 0, "2026-03-31", &t.ID), false},   // the same key again
			{r(tiendo.RuleOverdue, 0, "2026-04-30", &t.ID), true},    // a new deadline
			{r(tiendo.RuleEscalation, 1, "2026-03-31", &t.ID), true}, // another rule
			{r(tiendo.RuleEscalation, 2, "2026-03-31", &t.ID), true}, // another step
			{r(tiendo.RuleMonthly, 0, "2026-04", nil), true},         // no task
			{r(tiendo.RuleMonthly, 0, "2026-04", nil), false},        // no task, same key
			{r(tiendo.RuleEscalation, 1, "2026-03-31", &t.ID), false},
		}
		for i, c := range fire {
			ok, err := f.st.FireReminder(f.ctx, c.r)
			must(f, err)
			if ok != c.want {
				f.Fatalf("fire %d: stored %v, want %v", i, ok, c.want)
			}
			if ok && c.r.ID == 0 {
				f.Fatalf("fire %d: no id", i)
			}
		}
		n, err := f.st.CountReminders(f.ctx)
		must(f, err)
		if n != 5 {
			f.Fatalf("count %d, want 5", n)
		}
	}},
	{"FiredTaskReminders/ByTaskRange", func(f *fixture) {
		o := f.org("UBND phường Phố Huế")
		a, b := f.task(o.ID), f.task(o.ID)
		fire := func(rule string, step int, task int64, period string) {
			_, err := f.st.FireReminder(f.ctx, &tiendo.Reminder{Rule: rule, Step: step, TaskID: &task, OrgID: o.ID,
				Period: period, FiredOn: d(2026, 4, 1), Title: "Nhắc việc"})
			must(f, err)
		}
		fire(tiendo.RuleOverdue, 0, a.ID, "2026-03-31")
		fire(tiendo.RuleEscalation, 2, a.ID, "2026-03-31")
		fire(tiendo.RuleOverdue, 0, b.ID, "2026-04-30")
		_, err := f.st.FireReminder(f.ctx, &tiendo.Reminder{Rule: tiendo.RuleMonthly, OrgID: o.ID, Period: "2026-04",
			FiredOn: d(2026, 4, 20), Title: "x"})
		must(f, err)
		got, err := f.st.FiredTaskReminders(f.ctx, a.ID-1, a.ID)
		must(f, err)
		want := map[tiendo.ReminderKey]bool{
			{Rule: tiendo.RuleOverdue, TaskID: a.ID, OrgID: o.ID, Period: "2026-03-31"}:             true,
			{Rule: tiendo.RuleEscalation, Step: 2, TaskID: a.ID, OrgID: o.ID, Period: "2026-03-31"}: true,
		}
		if !maps.Equal(got, want) {
			f.Fatalf("fired on task a: %v, want %v", got, want)
		}
		got, err = f.st.FiredTaskReminders(f.ctx, a.ID, b.ID)
		must(f, err)
		if len(got) != 1 || !got[tiendo.ReminderKey{Rule: tiendo.RuleOverdue, TaskID: b.ID, OrgID: o.ID, Period: "2026-04-30"}] {
			f.Fatalf("fired on task b: %v", got)
		}
	}},
	{"FiredReminders/ByRuleSince", func(f *fixture) {
		o := f.org("UBND phường Phố Huế")
		fire := func(rule, period string, on vn.Date) {
			_, err := f.st.FireReminder(f.ctx, &tiendo.Reminder{Rule: rule, OrgID: o.ID, Period: period, FiredOn: on, Title: "x"})
			must(f, err)
		}
		fire(tiendo.RuleCaseDueSoon, "case:1:2026-04-02", d(2026, 4, 1))
		fire(tiendo.RuleCaseOverdue, "case:1:2026-04-02", d(2026, 4, 3))
		fire(tiendo.RuleCaseOverdue, "case:2:2026-03-01", d(2026, 3, 2)) // before since
		fire(tiendo.RuleMonthly, "2026-04", d(2026, 4, 20))              // another rule
		got, err := f.st.FiredReminders(f.ctx, []string{tiendo.RuleCaseDueSoon, tiendo.RuleCaseOverdue}, d(2026, 3, 15))
		must(f, err)
		want := map[tiendo.ReminderKey]bool{
			{Rule: tiendo.RuleCaseDueSoon, OrgID: o.ID, Period: "case:1:2026-04-02"}: true,
			{Rule: tiendo.RuleCaseOverdue, OrgID: o.ID, Period: "case:1:2026-04-02"}: true,
		}
		if !maps.Equal(got, want) {
			f.Fatalf("fired: %v, want %v", got, want)
		}
		if got, err := f.st.FiredReminders(f.ctx, nil, d(2026, 1, 1)); err != nil || len(got) != 0 {
			f.Fatalf("no rule: %v %v", got, err)
		}
	}},
	{"FireReminder/RolledBackIsNotFired", func(f *fixture) {
		o := f.org("UBND phường")
		r := &tiendo.Reminder{Rule: tiendo.RuleMonthly, OrgID: o.ID, Period: "2026-04", FiredOn: d(2026, 4, 20), Title: "x"}
		err := f.st.Tx(f.ctx, func(st tiendo.Store) error {
			ok, err := st.FireReminder(f.ctx, r)
			must(f, err)
			if !ok {
				f.Fatal("not stored in the transaction")
			}
			return tiendo.Errorf(tiendo.EINTERNAL, "gửi thất bại")
		})
		wantCode(f, err, tiendo.EINTERNAL)
		ok, err := f.st.FireReminder(f.ctx, r)
		must(f, err)
		if !ok {
			f.Fatal("a rolled-back reminder blocks the next run")
		}
	}},
	{"ReminderTasks/OpenDueOrInProgress", func(f *fixture) {
		o := f.org("UBND phường")
		due := f.task(o.ID, func(t *tiendo.Task) { t.Due = d(2026, 3, 10) })
		f.task(o.ID, func(t *tiendo.Task) { t.Due = d(2026, 9, 30) }) // not due yet, not started
		going := f.task(o.ID, func(t *tiendo.Task) { t.Due = d(2026, 9, 30); t.Status = tiendo.StatusInProgress })
		f.task(o.ID, func(t *tiendo.Task) {
			t.Due, t.Status, t.ReportedOn, t.CompletedOn = d(2026, 3, 1), tiendo.StatusCompleted, d(2026, 2, 27), d(2026, 2, 27)
		})
		f.task(o.ID, func(t *tiendo.Task) {
			t.Due = d(2026, 3, 1)
			t.Status = tiendo.StatusReportedDone
			t.ReportedOn = d(2026, 2, 27)
		})
		got, err := f.st.ReminderTasks(f.ctx, d(2026, 4, 1), 0, 100)
		must(f, err)
		// Paged one by one, the same tasks come in the same order.
		var paged []tiendo.ReminderTask
		for after := int64(0); ; {
			page, err := f.st.ReminderTasks(f.ctx, d(2026, 4, 1), after, 1)
			must(f, err)
			if len(page) == 0 {
				break
			}
			paged = append(paged, page...)
			after = page[len(page)-1].ID
		}
		if len(paged) != len(got) || (len(got) > 0 && paged[len(paged)-1].ID != got[len(got)-1].ID) {
			f.Fatalf("paged scan %d tasks, one read %d", len(paged), len(got))
		}
		var ids []int64
		for _, t := range got {
			ids = append(ids, t.ID)
		}
		wantIDs(f, "reminder tasks", ids, []int64{due.ID, going.ID})
		if got[0].Due != d(2026, 3, 10) || got[0].LeadOrgID != o.ID || got[0].AssignedOn != due.AssignedOn {
			f.Fatalf("task read back as %+v", got[0])
		}
	}},
	{"Notifications/NewestFirstUnreadMarkRead", func(f *fixture) {
		o := f.org("UBND phường")
		a := f.account("phohue", tiendo.RoleOfficer, &o.ID)
		b := f.account("truongdinh", tiendo.RoleOfficer, &o.ID)
		var ids []int64
		for i := range 5 {
			n := &tiendo.Notification{AccountID: a.ID, Kind: tiendo.RuleOverdue, Title: "Thông báo", Body: string(rune('a' + i))}
			must(f, f.st.CreateNotification(f.ctx, n))
			ids = append(ids, n.ID)
		}
		other := &tiendo.Notification{AccountID: b.ID, Kind: tiendo.RuleDueSoon, Title: "Khác"}
		must(f, f.st.CreateNotification(f.ctx, other))

		page, total, err := f.st.FindNotifications(f.ctx, a.ID, false, tiendo.Page{Page: 1, PerPage: 2})
		must(f, err)
		if total != 5 || len(page) != 2 || page[0].ID != ids[4] || page[1].ID != ids[3] {
			f.Fatalf("page 1: total %d, %v", total, page)
		}
		wantUnread(f, a.ID, 5)
		n, err := f.st.MarkRead(f.ctx, a.ID, []int64{ids[0], other.ID}, time.Now())
		must(f, err)
		if n != 1 {
			f.Fatalf("marked %d, want 1 (another account's id is ignored)", n)
		}
		wantUnread(f, a.ID, 4)
		wantUnread(f, b.ID, 1)
		unread, total, err := f.st.FindNotifications(f.ctx, a.ID, true, tiendo.Page{Page: 1, PerPage: 10})
		must(f, err)
		if total != 4 || len(unread) != 4 || unread[3].ID != ids[1] {
			f.Fatalf("unread: total %d, %v", total, unread)
		}
		again, err := f.st.MarkRead(f.ctx, a.ID, []int64{ids[0]}, time.Now())
		must(f, err)
		if again != 0 {
			f.Fatalf("marking a read notification again changed %d", again)
		}
		all, err := f.st.MarkRead(f.ctx, a.ID, nil, time.Now())
		must(f, err)
		if all != 4 {
			f.Fatalf("mark all changed %d, want 4", all)
		}
		wantUnread(f, a.ID, 0)
		wantUnread(f, b.ID, 1)
		list, _, err := f.st.FindNotifications(f.ctx, a.ID, false, tiendo.Page{Page: 1, PerPage: 10})
		must(f, err)
		for _, n := range list {
			if n.ReadAt == nil {
				f.Fatalf("notification %d not read", n.ID)
			}
		}
	}},
	{"Notifications/Between", func(f *fixture) {
		o := f.org("UBND phường")
		a := f.account("phohue", tiendo.RoleOfficer, &o.ID)
		first := &tiendo.Notification{AccountID: a.ID, Kind: tiendo.RuleOverdue, Title: "1"}
		second := &tiendo.Notification{AccountID: a.ID, Kind: tiendo.RuleOverdue, Title: "2"}
		must(f, f.st.CreateNotification(f.ctx, first))
		must(f, f.st.CreateNotification(f.ctx, second))
		now := time.Now()
		got, err := f.st.NotificationsBetween(f.ctx, a.ID, now.Add(-time.Hour), now.Add(time.Hour))
		must(f, err)
		if len(got) != 2 || got[0].ID != first.ID || got[1].ID != second.ID {
			f.Fatalf("between: %v", got)
		}
		got, err = f.st.NotificationsBetween(f.ctx, a.ID, now.Add(-2*time.Hour), now.Add(-time.Hour))
		must(f, err)
		if len(got) != 0 {
			f.Fatalf("an earlier window has %v", got)
		}
	}},
	{"NotifyPrefs/DefaultPutDigestList", func(f *fixture) {
		o := f.org("UBND phường")
		a := f.account("phohue", tiendo.RoleOfficer, &o.ID)
		b := f.account("truongdinh", tiendo.RoleOfficer, &o.ID)
		c := f.account("qldt", tiendo.RoleOfficer, &o.ID)
		p, err := f.st.GetNotifyPrefs(f.ctx, a.ID)
		must(f, err)
		if p.Mode != tiendo.EmailOff || p.AccountID != a.ID {
			f.Fatalf("default %+v", p)
		}
		must(f, f.st.PutNotifyPrefs(f.ctx, &tiendo.NotifyPrefs{AccountID: a.ID, Email: "a@hanoi.gov.vn", Mode: tiendo.EmailDigest, DigestHour: 17}))
		must(f, f.st.PutNotifyPrefs(f.ctx, &tiendo.NotifyPrefs{AccountID: b.ID, Email: "b@hanoi.gov.vn", Mode: tiendo.EmailInstant, DigestHour: 7}))
		must(f, f.st.PutNotifyPrefs(f.ctx, &tiendo.NotifyPrefs{AccountID: c.ID, Email: "c@hanoi.gov.vn", Mode: tiendo.EmailDigest, DigestHour: 6}))
		must(f, f.st.PutNotifyPrefs(f.ctx, &tiendo.NotifyPrefs{AccountID: c.ID, Email: "c@hanoi.gov.vn", Mode: tiendo.EmailOff, DigestHour: 6}))
		p, err = f.st.GetNotifyPrefs(f.ctx, a.ID)
		must(f, err)
		if want := (tiendo.NotifyPrefs{AccountID: a.ID, Email: "a@hanoi.gov.vn", Mode: tiendo.EmailDigest, DigestHour: 17}); *p != want {
			f.Fatalf("read back %+v", p)
		}
		list, err := f.st.ListDigestPrefs(f.ctx)
		must(f, err)
		if len(list) != 1 || list[0].AccountID != a.ID || list[0].DigestHour != 17 {
			f.Fatalf("digest list %+v", list)
		}
	}},
	{"ReminderSettings/PutReplaceDelete", func(f *fixture) {
		o := f.org("UBND quận")
		p := f.org("UBND phường")
		a := f.account("vanphong", tiendo.RoleOffice, &o.ID)
		r := tiendo.DefaultReminderRules()
		r.DueSoonWorkingDays = 7
		must(f, f.st.PutReminderSettings(f.ctx, o.ID, r, a.ID))
		r.Escalation = r.Escalation[:1]
		must(f, f.st.PutReminderSettings(f.ctx, o.ID, r, a.ID))
		must(f, f.st.PutReminderSettings(f.ctx, p.ID, tiendo.DefaultReminderRules(), 0))
		got, err := f.st.ReminderSettings(f.ctx)
		must(f, err)
		if len(got) != 2 || !reflect.DeepEqual(got[o.ID], r) || !reflect.DeepEqual(got[p.ID], tiendo.DefaultReminderRules()) {
			f.Fatalf("settings %+v", got)
		}
		must(f, f.st.DeleteReminderSettings(f.ctx, o.ID))
		wantCode(f, f.st.DeleteReminderSettings(f.ctx, o.ID), tiendo.ENOTFOUND)
		got, err = f.st.ReminderSettings(f.ctx)
		must(f, err)
		if _, ok := got[o.ID]; ok || len(got) != 1 {
			f.Fatalf("after delete %+v", got)
		}
	}},
	{"Webhook/CreateListSwitch", func(f *fixture) {
		o := f.org("UBND quận")
		p := f.org("UBND phường")
		w := &tiendo.Webhook{OrgID: o.ID, URL: "https://hooks.example.org/a", Secret: "0123456789abcdef", Active: true}
		must(f, f.st.CreateWebhook(f.ctx, w))
		w2 := &tiendo.Webhook{OrgID: p.ID, URL: "http://127.0.0.1:9/b", Secret: "fedcba9876543210", AllowPrivate: true, Active: true}
		must(f, f.st.CreateWebhook(f.ctx, w2))
		got, err := f.st.FindWebhook(f.ctx, w.ID)
		must(f, err)
		if got.URL != w.URL || got.Secret != w.Secret || !got.Active || got.AllowPrivate || got.Version != 1 || got.OrgID != o.ID {
			f.Fatalf("read back %+v", got)
		}
		list, err := f.st.ListWebhooks(f.ctx, []int64{p.ID})
		must(f, err)
		if len(list) != 1 || list[0].ID != w2.ID || !list[0].AllowPrivate {
			f.Fatalf("list of one org %+v", list)
		}
		all, err := f.st.ListWebhooks(f.ctx, nil)
		must(f, err)
		if len(all) != 2 {
			f.Fatalf("list all %+v", all)
		}
		must(f, f.st.SetWebhookActive(f.ctx, w.ID, false))
		got, err = f.st.FindWebhook(f.ctx, w.ID)
		must(f, err)
		if got.Active || got.Version != 2 {
			f.Fatalf("after disable %+v", got)
		}
		wantCode(f, f.st.SetWebhookActive(f.ctx, 4242, false), tiendo.ENOTFOUND)
		_, err = f.st.FindWebhook(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Delivery/EnqueueOnceClaimLeaseFinish", func(f *fixture) {
		o := f.org("UBND quận")
		w := &tiendo.Webhook{OrgID: o.ID, URL: "https://hooks.example.org/a", Secret: "0123456789abcdef", Active: true}
		must(f, f.st.CreateWebhook(f.ctx, w))
		d1 := &tiendo.Delivery{Dedup: "r:1:w:1", Channel: tiendo.ChannelWebhook, Target: w.URL, WebhookID: &w.ID, Payload: "{}"}
		ok, err := f.st.EnqueueDelivery(f.ctx, d1)
		must(f, err)
		again, err := f.st.EnqueueDelivery(f.ctx, &tiendo.Delivery{Dedup: "r:1:w:1", Channel: tiendo.ChannelWebhook, Target: w.URL, Payload: "{}"})
		must(f, err)
		if !ok || again {
			f.Fatalf("enqueue: first %v, second %v", ok, again)
		}
		now := time.Now().Add(time.Second)
		claimed, err := f.st.ClaimDeliveries(f.ctx, "a", now, now.Add(time.Minute), 10)
		must(f, err)
		if len(claimed) != 1 || claimed[0].ID != d1.ID || claimed[0].LeaseOwner != "a" || claimed[0].Attempts != 1 {
			f.Fatalf("claim %+v", claimed)
		}
		none, err := f.st.ClaimDeliveries(f.ctx, "b", now.Add(30*time.Second), now.Add(2*time.Minute), 10)
		must(f, err)
		if len(none) != 0 {
			f.Fatalf("claimed a leased delivery: %+v", none)
		}
		// a's lease ran out: b takes over, and a can no longer finish it.
		later := now.Add(2 * time.Minute)
		taken, err := f.st.ClaimDeliveries(f.ctx, "b", later, later.Add(time.Minute), 10)
		must(f, err)
		if len(taken) != 1 || taken[0].Attempts != 2 {
			f.Fatalf("after expiry %+v", taken)
		}
		fail := tiendo.DeliveryOutcome{Status: tiendo.DeliveryPending, RetryAt: later.Add(time.Hour),
			Attempt: tiendo.DeliveryAttempt{Attempt: 1, StartedAt: now, StatusCode: 500, Error: "HTTP 500"}}
		wantCode(f, f.st.FinishDelivery(f.ctx, d1.ID, "a", fail), tiendo.ECONFLICT)
		fail.Attempt.Attempt = 2
		must(f, f.st.FinishDelivery(f.ctx, d1.ID, "b", fail))
		early, err := f.st.ClaimDeliveries(f.ctx, "c", later.Add(time.Minute), later.Add(2*time.Minute), 10)
		must(f, err)
		if len(early) != 0 {
			f.Fatalf("claimed before its retry time: %+v", early)
		}
		retry, err := f.st.ClaimDeliveries(f.ctx, "c", later.Add(2*time.Hour), later.Add(3*time.Hour), 10)
		must(f, err)
		if len(retry) != 1 || retry[0].LastError != "HTTP 500" {
			f.Fatalf("retry %+v", retry)
		}
		sent := tiendo.DeliveryOutcome{Status: tiendo.DeliverySent,
			Attempt: tiendo.DeliveryAttempt{Attempt: 3, StartedAt: later.Add(2 * time.Hour), OK: true, StatusCode: 204}}
		must(f, f.st.FinishDelivery(f.ctx, d1.ID, "c", sent))
		got, err := f.st.FindDelivery(f.ctx, d1.ID)
		must(f, err)
		if got.Status != tiendo.DeliverySent || got.SentAt == nil || got.LeaseOwner != "" || got.Attempts != 3 {
			f.Fatalf("after send %+v", got)
		}
		log, err := f.st.DeliveryAttempts(f.ctx, d1.ID)
		must(f, err)
		if len(log) != 2 || log[0].Owner != "b" || log[0].OK || log[0].StatusCode != 500 || !log[1].OK || log[1].Owner != "c" {
			f.Fatalf("log %+v", log)
		}
		wantCode(f, f.st.FinishDelivery(f.ctx, d1.ID, "c", sent), tiendo.ECONFLICT)
	}},
	{"Delivery/ListOfWebhookNewestFirst", func(f *fixture) {
		o := f.org("UBND quận")
		w := &tiendo.Webhook{OrgID: o.ID, URL: "https://hooks.example.org/a", Secret: "0123456789abcdef", Active: true}
		other := &tiendo.Webhook{OrgID: o.ID, URL: "https://hooks.example.org/b", Secret: "0123456789abcdef", Active: true}
		must(f, f.st.CreateWebhook(f.ctx, w))
		must(f, f.st.CreateWebhook(f.ctx, other))
		var ids []int64
		for i, hook := range []*tiendo.Webhook{w, w, other, w} {
			d := &tiendo.Delivery{Dedup: "r:" + string(rune('0'+i)), Channel: tiendo.ChannelWebhook, Target: hook.URL,
				WebhookID: &hook.ID, Payload: "{}"}
			_, err := f.st.EnqueueDelivery(f.ctx, d)
			must(f, err)
			if hook == w {
				ids = append(ids, d.ID)
			}
		}
		mail := &tiendo.Delivery{Dedup: "n:1", Channel: tiendo.ChannelEmail, Target: "a@hanoi.gov.vn", Payload: "Kính gửi"}
		_, err := f.st.EnqueueDelivery(f.ctx, mail)
		must(f, err)
		list, total, err := f.st.ListDeliveries(f.ctx, w.ID, tiendo.Page{Page: 1, PerPage: 2})
		must(f, err)
		if total != 3 || len(list) != 2 || list[0].ID != ids[2] || list[1].ID != ids[1] {
			f.Fatalf("list: total %d, %+v", total, list)
		}
		log, err := f.st.DeliveryAttempts(f.ctx, ids[0])
		must(f, err)
		if log == nil || len(log) != 0 {
			f.Fatalf("log of an untried delivery: %#v", log)
		}
	}},
	{"Explanation/CreateListAnswerOnce", func(f *fixture) {
		o := f.org("UBND phường")
		t := f.task(o.ID)
		t2 := f.task(o.ID)
		a := f.account("phohue", tiendo.RoleOfficer, &o.ID)
		e := &tiendo.ExplanationRequest{TaskID: t.ID, OrgID: o.ID, RequestedOn: d(2026, 4, 14), DueOn: d(2026, 4, 21), Question: "Vì sao chậm?"}
		must(f, f.st.CreateExplanationRequest(f.ctx, e))
		must(f, f.st.CreateExplanationRequest(f.ctx, &tiendo.ExplanationRequest{TaskID: t2.ID, OrgID: o.ID,
			RequestedOn: d(2026, 4, 14), DueOn: d(2026, 4, 21)}))
		got, err := f.st.FindExplanationRequest(f.ctx, e.ID)
		must(f, err)
		if got.Version != 1 || !got.AnsweredOn.IsZero() || got.DueOn != d(2026, 4, 21) || got.Question != "Vì sao chậm?" {
			f.Fatalf("read back %+v", got)
		}
		list, err := f.st.ListExplanationRequests(f.ctx, t.ID)
		must(f, err)
		if len(list) != 1 || list[0].ID != e.ID {
			f.Fatalf("list of the task %+v", list)
		}
		all, err := f.st.ListExplanationRequests(f.ctx, 0)
		must(f, err)
		if len(all) != 2 {
			f.Fatalf("list of all %+v", all)
		}
		stale := *got
		got.Answer, got.AnsweredOn, got.AnsweredBy = "Chờ số liệu", d(2026, 4, 23), &a.ID
		must(f, f.st.AnswerExplanationRequest(f.ctx, got))
		if got.Version != 2 {
			f.Fatalf("version after answer %d", got.Version)
		}
		stale.Answer, stale.AnsweredOn = "Ghi đè", d(2026, 4, 24)
		wantCode(f, f.st.AnswerExplanationRequest(f.ctx, &stale), tiendo.ECONFLICT)
		back, err := f.st.FindExplanationRequest(f.ctx, e.ID)
		must(f, err)
		if back.Answer != "Chờ số liệu" || back.AnsweredOn != d(2026, 4, 23) || back.AnsweredBy == nil || *back.AnsweredBy != a.ID ||
			back.LateDays(d(2026, 5, 1)) != 2 {
			f.Fatalf("answer read back %+v", back)
		}
		_, err = f.st.FindExplanationRequest(f.ctx, 4242)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"AccountIDs/GrantsOfEnabledAccounts", func(f *fixture) {
		o := f.org("UBND phường")
		sub := f.org("Công an phường", func(x *tiendo.Org) { x.ParentID = &o.ID })
		officer := f.account("canbo", tiendo.RoleOfficer, &o.ID)
		leader := f.account("lanhdao", tiendo.RoleLeader, &o.ID)
		canbo := f.account("canbo.con", tiendo.RoleOfficer, &sub.ID) // on a sub-unit: not "directly on" o
		off := f.account("nghi", tiendo.RoleOfficer, &o.ID)
		off.Disabled = true
		must(f, f.st.UpdateAccount(f.ctx, off))
		got, err := f.st.AccountIDsWithGrant(f.ctx, o.ID, tiendo.RoleOfficer, tiendo.RoleLeader)
		must(f, err)
		wantIDs(f, "officers and leaders", sortedIDs(got), sortedIDs([]int64{officer.ID, leader.ID}))
		got, err = f.st.AccountIDsWithGrant(f.ctx, o.ID, tiendo.RoleOffice)
		must(f, err)
		wantIDs(f, "office", got, nil)
		// Several organisations at once: the same answers, each its own.
		other := f.org("UBND xã")
		on, err := f.st.AccountIDsWithGrantOn(f.ctx, []int64{sub.ID, o.ID, other.ID}, tiendo.RoleOfficer, tiendo.RoleLeader)
		must(f, err)
		wantIDs(f, "officers and leaders of o", sortedIDs(on[o.ID]), sortedIDs([]int64{officer.ID, leader.ID}))
		wantIDs(f, "officers and leaders of sub", on[sub.ID], []int64{canbo.ID})
		if _, ok := on[other.ID]; ok || len(on) != 2 {
			f.Fatalf("grants on three organisations: %v", on)
		}
		on, err = f.st.AccountIDsWithGrantOn(f.ctx, []int64{o.ID}, tiendo.RoleOffice)
		must(f, err)
		if len(on) != 0 {
			f.Fatalf("office grants: %v", on)
		}
	}},
}

func wantUnread(f *fixture, account int64, want int) {
	f.Helper()
	n, err := f.st.CountUnread(f.ctx, account)
	must(f, err)
	if n != want {
		f.Fatalf("account %d: %d unread, want %d", account, n, want)
	}
}

func sortedIDs(ids []int64) []int64 {
	out := append([]int64{}, ids...)
	slices.Sort(out)
	return out
}
