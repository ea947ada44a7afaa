package service

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"runtime"
	"strings"
	"time"

	"golang.org/x/crypto/argon2"

	"tiendo"
)

// argon2id parameters: OWASP's second recommended set (19 MiB would be the
// minimum; 64 MiB, t=2 costs about 60 ms here and is still fine for logins).
const (
	argonTime    = 2
	argonMemory  = 64 * 1024
	argonThreads = 2
	argonKeyLen  = 32
)

// HashPassword returns an argon2id PHC string for pw.
func HashPassword(pw string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(pw), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime,
		argonThreads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// VerifyPassword tells whether pw matches the PHC string, in constant time.
func VerifyPassword(phc, pw string) bool {
	parts := strings.Split(phc, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var m, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m > 1<<20 || t > 16 || p == 0 {
		return false
	}
	b64 := base64.RawStdEncoding
	salt, err1 := b64.DecodeString(parts[4])
	want, err2 := b64.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 {
		return false
	}
	got := argon2.IDKey([]byte(pw), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// Password work is bounded: each argon2id hash holds argonMemory KiB (64
// MiB) while it runs, so 64 parallel sign-ins once took the server from
// 142 MiB to 3.5 GiB. A gate lets DefaultPasswordSlots hashes run at once
// (128 MiB: the memory budget of password work), queues up to
// DefaultPasswordQueue more for at most passwordWait, and refuses the rest
// with ETOOMANY (429) at once. Every hash and verification of the service
// goes through it: sign-in, account creation (the CLI's too), password
// reset.
const (
	DefaultPasswordSlots = 2
	DefaultPasswordQueue = 32
	passwordWait         = 5 * time.Second
)

// PasswordMemoryBudget is the most memory password hashing takes at once
// with the default gate.
const PasswordMemoryBudget = DefaultPasswordSlots * argonMemory << 10

// passwordGate is a semaphore with a bounded queue.
type passwordGate struct {
	slots   chan struct{} // held while hashing
	entries chan struct{} // held while hashing or waiting
	wait    time.Duration
}

func newPasswordGate(slots, queue int, wait time.Duration) *passwordGate {
	slots = max(slots, 1)
	return &passwordGate{slots: make(chan struct{}, slots), entries: make(chan struct{}, slots+max(queue, 0)), wait: wait}
}

// errPasswordBusy asks the client to come back shortly.
func errPasswordBusy() error {
	return tiendo.TooMany(time.Second, "Máy chủ đang bận xử lý đăng nhập; vui lòng thử lại sau giây lát")
}

// run calls fn once a slot is free; ETOOMANY when the queue is full or the
// wait too long, the context's error when the caller went away.
func (g *passwordGate) run(ctx context.Context, fn func()) error {
	select {
	case g.entries <- struct{}{}:
	default:
		return errPasswordBusy()
	}
	defer func() { <-g.entries }()
	timer := time.NewTimer(g.wait)
	defer timer.Stop()
	select {
	case g.slots <- struct{}{}:
	case <-timer.C:
		return errPasswordBusy()
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-g.slots }()
	fn()
	// The hash's 64 MiB block is garbage the moment fn returns, but the
	// collector may not reclaim it before the next hash allocates its own:
	// a burst of sign-ins then held dead blocks beside the live ones (peak
	// RSS up to 311 MiB against a 128 MiB budget). Collecting while the
	// slot is still held lets the next hash reuse the block. The block
	// holds no pointers, so the collection is short beside the hash.
	runtime.GC()
	return nil
}

// LimitPasswordWork sets how many password hashes may run at once and how
// many more may wait (defaults DefaultPasswordSlots, DefaultPasswordQueue).
// Call it before serving.
func (s *Service) LimitPasswordWork(slots, queue int) {
	s.passwords = newPasswordGate(slots, queue, passwordWait)
}

// HashPassword hashes pw through the service's bound on password work.
func (s *Service) HashPassword(ctx context.Context, pw string) (string, error) {
	var phc string
	var err error
	if gerr := s.passwords.run(ctx, func() { phc, err = HashPassword(pw) }); gerr != nil {
		return "", gerr
	}
	return phc, err
}

// VerifyPassword checks pw against phc through the bound on password work.
func (s *Service) VerifyPassword(ctx context.Context, phc, pw string) (bool, error) {
	var ok bool
	if err := s.passwords.run(ctx, func() { ok = VerifyPassword(phc, pw) }); err != nil {
		return false, err
	}
	return ok, nil
}
