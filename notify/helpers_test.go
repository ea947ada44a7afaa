package notify_test

import (
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-smtp"

	"tiendo/notify"
)

// mailbox is a real SMTP server (go-smtp) on loopback that keeps what it receives.
type mailbox struct {
	mu     sync.Mutex
	mails  []*mail.Message
	bodies []string
	port   int
}

func newMailbox(t *testing.T) *mailbox {
	t.Helper()
	mb := &mailbox{}
	s := smtp.NewServer(mb)
	s.Domain = "localhost"
	s.AllowInsecureAuth = true
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mb.port = ln.Addr().(*net.TCPAddr).Port
	go s.Serve(ln)
	t.Cleanup(func() { s.Close() })
	return mb
}

func (mb *mailbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &session{mb: mb}, nil }

type session struct{ mb *mailbox }

func (s *session) Reset()                               {}
func (s *session) Logout() error                        { return nil }
func (s *session) Mail(string, *smtp.MailOptions) error { return nil }
func (s *session) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *session) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	body, err := io.ReadAll(m.Body)
	if err != nil {
		return err
	}
	s.mb.mu.Lock()
	s.mb.mails = append(s.mb.mails, m)
	s.mb.bodies = append(s.mb.bodies, decodeQP(string(body)))
	s.mb.mu.Unlock()
	return nil
}

func (mb *mailbox) count() int { mb.mu.Lock(); defer mb.mu.Unlock(); return len(mb.mails) }

// subject returns the decoded subject of mail i.
func (mb *mailbox) subject(i int) string {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	s, _ := new(mime.WordDecoder).DecodeHeader(mb.mails[i].Header.Get("Subject"))
	return s
}

// ids returns how many times each X-Tiendo-Delivery was received.
func (mb *mailbox) ids() map[string]int {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	out := map[string]int{}
	for _, m := range mb.mails {
		out[m.Header.Get(notify.HeaderDelivery)]++
	}
	return out
}

func decodeQP(s string) string {
	r := strings.NewReplacer("=\r\n", "", "=\n", "")
	s = r.Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '=' && i+2 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				b.WriteByte(byte(n))
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// receiver is a webhook endpoint that verifies signatures and counts
// deliveries by their id header.
type receiver struct {
	mu     sync.Mutex
	secret string
	got    map[string]int
	bad    int
	status int    // answer with this status (0: 204)
	hook   func() // called on each request before answering
	srv    *httptest.Server
}

func newReceiver(t *testing.T, secret string) *receiver {
	rc := &receiver{secret: secret, got: map[string]int{}}
	rc.srv = httptest.NewServer(http.HandlerFunc(rc.serve))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *receiver) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ts, _ := strconv.ParseInt(r.Header.Get(notify.HeaderTimestamp), 10, 64)
	ok := notify.Verify(rc.secret, ts, body, r.Header.Get(notify.HeaderSignature))
	if rc.hook != nil {
		rc.hook()
	}
	rc.mu.Lock()
	status := rc.status
	if !ok {
		rc.bad++
		status = http.StatusUnauthorized
	} else if status == 0 || status < 300 {
		rc.got[r.Header.Get(notify.HeaderDelivery)]++
	}
	rc.mu.Unlock()
	if status == 0 {
		status = http.StatusNoContent
	}
	w.WriteHeader(status)
}

func (rc *receiver) snapshot() (map[string]int, int) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	out := map[string]int{}
	for k, v := range rc.got {
		out[k] = v
	}
	return out, rc.bad
}
