// Package notifytest holds a real SMTP server for the tests of the mail
// Tiến Độ sends (go-smtp on loopback, keeping what it receives), shared by
// the notify package's tests and the browser tests of the whole binary.
package notifytest

import (
	"io"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"tiendo/notify"
)

// Mailbox is an SMTP server on 127.0.0.1 that keeps every message.
type Mailbox struct {
	mu     sync.Mutex
	mails  []*mail.Message
	bodies []string
	port   int
}

// NewMailbox starts a mailbox that stops with the test.
func NewMailbox(t testing.TB) *Mailbox {
	t.Helper()
	mb := &Mailbox{}
	s := smtp.NewServer(mb)
	s.Domain = "localhost"
	s.AllowInsecureAuth = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mb.port = ln.Addr().(*net.TCPAddr).Port
	go func() { _ = s.Serve(ln) }()
	t.Cleanup(func() { s.Close() })
	return mb
}

// Port is the port the server listens on.
func (mb *Mailbox) Port() int { return mb.port }

// Count is how many messages arrived.
func (mb *Mailbox) Count() int { mb.mu.Lock(); defer mb.mu.Unlock(); return len(mb.mails) }

// Subject is the decoded subject of message i.
func (mb *Mailbox) Subject(i int) string {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	s, _ := new(mime.WordDecoder).DecodeHeader(mb.mails[i].Header.Get("Subject"))
	return s
}

// Body is the decoded body of message i.
func (mb *Mailbox) Body(i int) string { mb.mu.Lock(); defer mb.mu.Unlock(); return mb.bodies[i] }

// Deliveries counts the messages by their delivery id
// (notify.HeaderDelivery): exactly-once means every count is 1.
func (mb *Mailbox) Deliveries() map[string]int {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	out := map[string]int{}
	for _, m := range mb.mails {
		out[m.Header.Get(notify.HeaderDelivery)]++
	}
	return out
}

// WaitFor waits up to d for a message whose subject contains subject and
// returns its body, or fails the test.
func (mb *Mailbox) WaitFor(t testing.TB, subject string, d time.Duration) string {
	t.Helper()
	for deadline := time.Now().Add(d); ; time.Sleep(200 * time.Millisecond) {
		for i := mb.Count() - 1; i >= 0; i-- {
			if strings.Contains(mb.Subject(i), subject) {
				return mb.Body(i)
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no mail about %q within %s (%d received)", subject, d, mb.Count())
			return ""
		}
	}
}

// NewSession is smtp.Backend's.
func (mb *Mailbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{mb: mb}, nil }

type session struct{ mb *Mailbox }

func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }
func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	var body io.Reader = m.Body
	if strings.EqualFold(m.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(m.Body)
	}
	text, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	s.mb.mu.Lock()
	s.mb.mails = append(s.mb.mails, m)
	s.mb.bodies = append(s.mb.bodies, string(text))
	s.mb.mu.Unlock()
	return nil
}
