package notify_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/notify"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

func sqliteWorld(t *testing.T, clock *tiendo.FixedClock) *world {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), clock)
	must(t, err)
	t.Cleanup(func() { st.Close() })
	must(t, st.Migrate(context.Background()))
	return newWorld(t, st, clock)
}

func dispatcher(w *world, clock tiendo.Clock, mb *mailbox) *notify.Dispatcher {
	var m *notify.Mailer
	if mb != nil {
		m = notify.NewMailer(notify.MailConfig{Host: "127.0.0.1", Port: mb.Port(), Insecure: true,
			From: "Tiến Độ <tiendo@example.vn>", BaseURL: "https://tiendo.example.vn/"})
	}
	return &notify.Dispatcher{Store: w.st, Clock: clock, Owner: "test", Lease: time.Minute, Batch: 50, MaxAttempts: 3,
		Mailer: m, Webhooks: notify.NewWebhookSender(clock, 5*time.Second), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// A reminder reaches the officer by mail (real SMTP server) and the
// office's webhook (signature verified), once each.
func TestMailAndWebhookDelivered(t *testing.T) {
	clock := &tiendo.FixedClock{T: at(2026, 3, 2, 9)}
	w := sqliteWorld(t, clock)
	mb := newMailbox(t)
	rc := newReceiver(t, "bí-mật-đủ-dài-0123456789")
	w.webhook(t, rc.srv.URL, rc.secret, true)
	w.tasks(t, 1, vn.NewDate(2026, 2, 27)) // Friday; overdue notice on Monday 2/3
	fired, err := w.svc.RunReminders(w.sys)
	must(t, err)
	if fired != 1 {
		t.Fatalf("fired %d", fired)
	}
	d := dispatcher(w, clock, mb)
	sent, err := d.RunOnce(context.Background())
	must(t, err)
	if sent != 2 || mb.Count() != 1 {
		t.Fatalf("sent %d, mails %d", sent, mb.Count())
	}
	if s := mb.Subject(0); !strings.Contains(s, "Nhiệm vụ đã quá hạn: Kiểm tra an toàn phòng cháy") {
		t.Errorf("subject %q", s)
	}
	if b := mb.Body(0); !strings.Contains(b, "https://tiendo.example.vn/viec/1") || !strings.Contains(b, "27/02/2026") {
		t.Errorf("body %q", b)
	}
	got, bad := rc.snapshot()
	if bad != 0 || len(got) != 1 || got["r:1:w:1"] != 1 {
		t.Errorf("webhook got %v, bad signatures %d", got, bad)
	}
	if sent, _ := d.RunOnce(context.Background()); sent != 0 || mb.Count() != 1 {
		t.Errorf("second run sent %d", sent)
	}
}

// A failing webhook is retried with backoff, every attempt logged, and
// given up after MaxAttempts.
func TestWebhookRetriesThenFails(t *testing.T) {
	clock := &tiendo.FixedClock{T: at(2026, 3, 2, 9)}
	w := sqliteWorld(t, clock)
	rc := newReceiver(t, "bí-mật-đủ-dài-0123456789")
	rc.status = 503
	h := w.webhook(t, rc.srv.URL, rc.secret, true)
	w.tasks(t, 1, vn.NewDate(2026, 2, 27))
	_, err := w.svc.RunReminders(w.sys)
	must(t, err)
	d := dispatcher(w, clock, nil) // no relay: the mail waits, the webhook fails
	ctx := context.Background()
	for i, wait := range []time.Duration{0, 30 * time.Second, time.Minute} {
		clock.T = clock.T.Add(wait)
		if _, err := d.RunOnce(ctx); err != nil {
			t.Fatal(err)
		}
		list, _, err := w.st.ListDeliveries(ctx, h.ID, tiendo.Page{})
		must(t, err)
		want := tiendo.DeliveryPending
		if i == 2 {
			want = tiendo.DeliveryFailed
		}
		if list[0].Status != want || list[0].Attempts != i+1 {
			t.Fatalf("after attempt %d: %+v", i+1, list[0])
		}
		// Not due again before its backoff.
		if n, _ := d.RunOnce(ctx); n != 0 {
			t.Fatal("retried before the backoff")
		}
	}
	list, _, _ := w.st.ListDeliveries(ctx, h.ID, tiendo.Page{})
	log, err := w.st.DeliveryAttempts(ctx, list[0].ID)
	must(t, err)
	if len(log) != 3 || log[0].StatusCode != 503 || log[0].OK || log[0].Owner != "test" {
		t.Errorf("log %+v", log)
	}
}

// Without the admin's permission a webhook may not reach loopback, even
// through a name; the refusal is logged like any failure.
func TestWebhookSSRFBlocked(t *testing.T) {
	clock := &tiendo.FixedClock{T: at(2026, 3, 2, 9)}
	rc := newReceiver(t, "bí-mật-đủ-dài-0123456789")
	s := notify.NewWebhookSender(clock, 5*time.Second)
	port := rc.srv.URL[strings.LastIndex(rc.srv.URL, ":"):]
	for _, u := range []string{rc.srv.URL, "http://localhost" + port, "http://[::1]" + port} {
		_, err := s.Send(context.Background(), &tiendo.Webhook{URL: u, Secret: rc.secret},
			&tiendo.Delivery{Dedup: "x", Payload: "{}"})
		if !errors.Is(err, notify.ErrBlockedAddress) {
			t.Errorf("%s: err %v, want blocked", u, err)
		}
	}
	if got, _ := rc.snapshot(); len(got) != 0 {
		t.Errorf("receiver reached: %v", got)
	}
	if _, err := s.Send(context.Background(), &tiendo.Webhook{URL: rc.srv.URL, Secret: rc.secret, AllowPrivate: true},
		&tiendo.Delivery{Dedup: "y", Payload: "{}"}); err != nil {
		t.Errorf("allowed private: %v", err)
	}
}

func TestBlockedAddresses(t *testing.T) {
	for _, tt := range []struct {
		ip      string
		blocked bool
	}{
		{"127.0.0.1", true}, {"10.1.2.3", true}, {"172.16.0.1", true}, {"192.168.1.1", true},
		{"169.254.169.254", true}, {"100.64.0.1", true}, {"0.0.0.0", true}, {"::1", true},
		{"fc00::1", true}, {"fe80::1", true}, {"::ffff:127.0.0.1", true}, {"::ffff:10.0.0.1", true},
		{"224.0.0.1", true}, {"64:ff9b::a00:1", true},
		{"8.8.8.8", false}, {"203.113.131.1", false}, {"2001:4860:4860::8888", false},
	} {
		if got := tiendo.InternalAddr(netip.MustParseAddr(tt.ip)); got != tt.blocked {
			t.Errorf("InternalAddr(%s) = %v, want %v", tt.ip, got, tt.blocked)
		}
	}
}

func TestSignVerify(t *testing.T) {
	body := []byte(`{"title":"Nhiệm vụ đã quá hạn"}`)
	sig := notify.Sign("khóa", 1700000000, body)
	if !notify.Verify("khóa", 1700000000, body, sig) {
		t.Fatal("own signature refused")
	}
	for _, bad := range []struct {
		secret string
		ts     int64
		body   []byte
	}{{"khoa", 1700000000, body}, {"khóa", 1700000001, body}, {"khóa", 1700000000, []byte(`{}`)}} {
		if notify.Verify(bad.secret, bad.ts, bad.body, sig) {
			t.Errorf("accepted %+v", bad)
		}
	}
}

// The daily digest goes once, at the account's hour, with the previous
// 24 hours' notifications.
func TestDigestOncePerDay(t *testing.T) {
	clock := &tiendo.FixedClock{T: at(2026, 3, 2, 9)}
	w := sqliteWorld(t, clock)
	mb := newMailbox(t)
	_, err := w.svc.SetNotifyPrefs(w.officer, tiendo.NotifyPrefs{Email: "phohue@example.vn", Mode: tiendo.EmailDigest, DigestHour: 7})
	must(t, err)
	w.tasks(t, 2, vn.NewDate(2026, 2, 27))
	_, err = w.svc.RunReminders(w.sys)
	must(t, err)
	d := dispatcher(w, clock, mb)
	for _, step := range []struct {
		at    time.Time
		queue int
	}{{at(2026, 3, 2, 10), 0}, {at(2026, 3, 3, 6), 0}, {at(2026, 3, 3, 7), 1}, {at(2026, 3, 3, 18), 0}} {
		clock.T = step.at
		n, err := w.svc.QueueDigests(w.sys)
		must(t, err)
		if n != step.queue {
			t.Errorf("%v: queued %d, want %d", step.at, n, step.queue)
		}
		_, err = d.RunOnce(context.Background())
		must(t, err)
	}
	if mb.Count() != 1 || !strings.Contains(mb.Subject(0), "2 thông báo ngày 03/03/2026") {
		t.Fatalf("mails %d", mb.Count())
	}
	if b := mb.Body(0); strings.Count(b, "Nhiệm vụ đã quá hạn") != 2 {
		t.Errorf("digest body %q", b)
	}
}
