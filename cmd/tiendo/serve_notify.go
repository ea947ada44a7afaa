package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"time"

	"tiendo"
	"tiendo/notify"
	"tiendo/service"
)

// notifyFlags are the reminder and mail settings of serve.
type notifyFlags struct {
	mail     notify.MailConfig
	interval *time.Duration
	lease    *time.Duration
	off      *bool
}

// registerNotifyFlags adds the SMTP and scheduler flags; each defaults to
// its environment variable. The SMTP password is read from the environment
// only (TIENDO_SMTP_PASSWORD), never from the command line.
func registerNotifyFlags(fs *flag.FlagSet, env *Env) *notifyFlags {
	f := &notifyFlags{}
	envInt := func(k string, def int) int {
		if n, err := strconv.Atoi(env.Getenv(k)); err == nil {
			return n
		}
		return def
	}
	envOr := func(k, def string) string {
		if v := env.Getenv(k); v != "" {
			return v
		}
		return def
	}
	fs.StringVar(&f.mail.Host, "smtp-host", env.Getenv("TIENDO_SMTP_HOST"), "SMTP relay host; empty sends no mail (env TIENDO_SMTP_HOST)")
	fs.IntVar(&f.mail.Port, "smtp-port", envInt("TIENDO_SMTP_PORT", 587), "SMTP port (env TIENDO_SMTP_PORT)")
	fs.StringVar(&f.mail.Username, "smtp-user", env.Getenv("TIENDO_SMTP_USER"), "SMTP user; password in TIENDO_SMTP_PASSWORD (env TIENDO_SMTP_USER)")
	fs.StringVar(&f.mail.From, "smtp-from", envOr("TIENDO_SMTP_FROM", "Tiến Độ <tiendo@localhost>"), "sender address (env TIENDO_SMTP_FROM)")
	fs.BoolVar(&f.mail.SSL, "smtp-ssl", env.Getenv("TIENDO_SMTP_SSL") == "1", "implicit TLS (port 465) instead of STARTTLS (env TIENDO_SMTP_SSL=1)")
	fs.BoolVar(&f.mail.Insecure, "smtp-insecure", env.Getenv("TIENDO_SMTP_INSECURE") == "1", "no TLS: local test relays only (env TIENDO_SMTP_INSECURE=1)")
	fs.StringVar(&f.mail.BaseURL, "base-url", env.Getenv("TIENDO_BASE_URL"), "public address of the server, for links in mails (env TIENDO_BASE_URL)")
	f.interval = fs.Duration("notify-interval", time.Minute, "how often reminders, digests and deliveries run")
	f.lease = fs.Duration("notify-lease", 2*time.Minute, "how long an instance holds a delivery before another may take it")
	f.off = fs.Bool("no-reminders", false, "do not run the reminder scheduler on this instance")
	f.mail.Password = env.Getenv("TIENDO_SMTP_PASSWORD")
	return f
}

// fakeClock applies TIENDO_FAKE_NOW (RFC 3339), for tests only: the server
// starts "on" that moment and its clock then runs in real time.
func fakeClock(env *Env) error {
	v := env.Getenv("TIENDO_FAKE_NOW")
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err != nil {
		return fmt.Errorf("TIENDO_FAKE_NOW: %w", err)
	}
	env.Clock = notify.NewOffsetClock(t)
	return nil
}

// startScheduler runs the reminder scheduler in the background.
func startScheduler(ctx context.Context, env *Env, svc *service.Service, st tiendo.Store, f *notifyFlags, logger *slog.Logger) {
	if *f.off {
		return
	}
	d := &notify.Dispatcher{Store: st, Clock: env.Clock, Owner: instanceName(), Lease: *f.lease, Batch: 20,
		MaxAttempts: 8, Mailer: notify.NewMailer(f.mail), Webhooks: notify.NewWebhookSender(env.Clock, 20*time.Second),
		Logger: logger}
	s := &notify.Scheduler{Service: svc, Dispatcher: d, Interval: *f.interval, Logger: logger}
	go s.Run(asSystem(ctx))
}

// instanceName names this process in leases and the delivery log.
func instanceName() string {
	host, _ := os.Hostname()
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b))
}
