package notify_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"sync"
	"testing"

	"tiendo/notify"
	"tiendo/notify/notifytest"
)

// mailbox is a real SMTP server on loopback that keeps what it receives.
type mailbox = notifytest.Mailbox

func newMailbox(t *testing.T) *mailbox { return notifytest.NewMailbox(t) }

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
