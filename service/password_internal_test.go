package service

import (
	"context"
	"sync"
	"testing"
	"time"

	"tiendo"
)

// TestPasswordGate: with one slot and one place in the queue, a third
// caller is refused at once, a queued one that waits too long is refused,
// and one whose caller goes away stops waiting.
func TestPasswordGate(t *testing.T) {
	g := newPasswordGate(1, 1, 50*time.Millisecond)
	hold, running := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		_ = g.run(context.Background(), func() { close(running); <-hold })
	})
	<-running
	queued := make(chan error, 1)
	go func() { queued <- g.run(context.Background(), func() {}) }()
	time.Sleep(10 * time.Millisecond) // let it take its place in the queue
	if err := g.run(context.Background(), func() { t.Error("ran past a full queue") }); tiendo.ErrorCode(err) != tiendo.ETOOMANY || tiendo.ErrorRetryAfter(err) <= 0 {
		t.Fatalf("full queue: %v", err)
	}
	if err := <-queued; tiendo.ErrorCode(err) != tiendo.ETOOMANY {
		t.Fatalf("waited too long: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := g.run(ctx, func() { t.Error("ran for a caller gone") }); err != context.Canceled {
		t.Fatalf("cancelled: %v", err)
	}
	close(hold)
	wg.Wait()
	if err := g.run(context.Background(), func() {}); err != nil {
		t.Fatalf("free again: %v", err)
	}
}

// TestDummyHashParameters: the hash verified for unknown logins costs what
// a real one does.
func TestDummyHashParameters(t *testing.T) {
	real, err := HashPassword("x")
	if err != nil {
		t.Fatal(err)
	}
	prefix := func(phc string) string { return phc[:len("$argon2id$v=19$m=65536,t=2,p=2$")] }
	if prefix(real) != prefix(dummyHash) || VerifyPassword(dummyHash, "") {
		t.Fatalf("dummy %s, real %s", dummyHash, real)
	}
}
