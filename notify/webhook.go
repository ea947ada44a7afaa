package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"

	"tiendo"
)

// Webhook request headers.
const (
	HeaderSignature = "X-Tiendo-Signature" // "sha256=" + hex HMAC-SHA256(secret, timestamp + "." + body)
	HeaderTimestamp = "X-Tiendo-Timestamp" // Unix seconds, signed with the body against replays
	HeaderDelivery  = "X-Tiendo-Delivery"  // the dedup key: receivers drop repeats
)

// Sign returns the signature header value for body sent at ts.
func Sign(secret string, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "%d.", ts)
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Verify checks a signature in constant time; receivers use it.
func Verify(secret string, ts int64, body []byte, signature string) bool {
	return hmac.Equal([]byte(Sign(secret, ts, body)), []byte(signature))
}

// WebhookSender posts outbox deliveries to webhooks.
type WebhookSender struct {
	clock   tiendo.Clock
	safe    *http.Client // refuses internal addresses at dial time
	private *http.Client // for webhooks an admin allowed to reach internal addresses
}

// NewWebhookSender returns a sender whose requests time out after timeout.
func NewWebhookSender(clock tiendo.Clock, timeout time.Duration) *WebhookSender {
	client := func(allowPrivate bool) *http.Client {
		tr := &http.Transport{DialContext: dialContext(allowPrivate), ForceAttemptHTTP2: true,
			TLSHandshakeTimeout: 10 * time.Second, ResponseHeaderTimeout: timeout, MaxIdleConnsPerHost: 2}
		return &http.Client{Transport: tr, Timeout: timeout,
			// A redirect could point inside; the dialer would refuse it, but
			// following one also changes what was signed for. Do not follow.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	return &WebhookSender{clock: clock, safe: client(false), private: client(true)}
}

// Send posts d to w and returns the HTTP status. A 2xx is success.
func (s *WebhookSender) Send(ctx context.Context, w *tiendo.Webhook, d *tiendo.Delivery) (int, error) {
	body := []byte(d.Payload)
	ts := s.clock.Now().Unix()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json; charset=utf-8")
	req.Header.Set("User-Agent", "TienDo-Webhook/1")
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(w.Secret, ts, body))
	req.Header.Set(HeaderDelivery, d.Dedup)
	c := s.safe
	if w.AllowPrivate {
		c = s.private
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("webhook trả về mã %d", resp.StatusCode)
	}
	return resp.StatusCode, nil
}
