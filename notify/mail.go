package notify

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/wneessen/go-mail"

	"tiendo"
	"tiendo/service"
)

// MailConfig is the SMTP relay. TLS is mandatory (STARTTLS) unless
// Insecure is set, for test relays on loopback; SSL selects implicit TLS
// (port 465). Auth is used when Username is set.
type MailConfig struct {
	Host     string
	Port     int
	Username string
	Password string
	From     string // "Tiến Độ <tiendo@example.gov.vn>"
	SSL      bool
	Insecure bool   // no TLS at all: tests and local relays only
	BaseURL  string // the server's public address, for links in mails
	Timeout  time.Duration
}

// Mailer sends outbox mails.
type Mailer struct{ cfg MailConfig }

// NewMailer returns a mailer, or nil when no relay is configured.
func NewMailer(cfg MailConfig) *Mailer {
	if cfg.Host == "" {
		return nil
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &Mailer{cfg: cfg}
}

// Send mails one delivery. Its Message-ID is derived from the dedup key,
// so a mail re-sent after a crash is recognisably the same message.
func (m *Mailer) Send(ctx context.Context, d *tiendo.Delivery) error {
	msg := mail.NewMsg()
	if err := msg.From(m.cfg.From); err != nil {
		return fmt.Errorf("from %q: %w", m.cfg.From, err)
	}
	if err := msg.To(d.Target); err != nil {
		return fmt.Errorf("to %q: %w", d.Target, err)
	}
	msg.Subject(d.Subject)
	msg.SetMessageIDWithValue(strings.NewReplacer(":", ".").Replace(d.Dedup) + "@tiendo")
	msg.SetGenHeader("X-Tiendo-Delivery", d.Dedup)
	body := strings.ReplaceAll(d.Payload, service.BaseURLPlaceholder, strings.TrimRight(m.cfg.BaseURL, "/"))
	msg.SetBodyString(mail.TypeTextPlain, body)
	opts := []mail.Option{mail.WithTimeout(m.cfg.Timeout)}
	if m.cfg.Port != 0 {
		opts = append(opts, mail.WithPort(m.cfg.Port))
	}
	switch {
	case m.cfg.Insecure:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	case m.cfg.SSL:
		opts = append(opts, mail.WithSSL())
	default:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	}
	if m.cfg.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthPlain), mail.WithUsername(m.cfg.Username),
			mail.WithPassword(m.cfg.Password))
	}
	c, err := mail.NewClient(m.cfg.Host, opts...)
	if err != nil {
		return err
	}
	return c.DialAndSendWithContext(ctx, msg)
}
