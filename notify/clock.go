package notify

import (
	"time"

	"tiendo"
)

// OffsetClock runs from Start as if the wall clock had said Start when the
// process began: tests start real servers "on" a chosen day (TIENDO_FAKE_NOW)
// and leases still expire in real time.
type OffsetClock struct {
	Start time.Time
	began time.Time
}

// NewOffsetClock returns a clock that reads start now.
func NewOffsetClock(start time.Time) *OffsetClock {
	return &OffsetClock{Start: start, began: time.Now()}
}

// Now returns Start plus the real time elapsed since the clock was made.
func (c *OffsetClock) Now() time.Time { return c.Start.Add(time.Since(c.began)) }

var _ tiendo.Clock = (*OffsetClock)(nil)
