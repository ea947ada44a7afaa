package service

import (
	"sync"
	"time"

	"tiendo"
)

// TokenCacheTTL is how long a verified API token is trusted without
// reading the database again. Within one process every change that can
// take a token's rights away (revoking it or all of an account's tokens,
// disabling the account, editing its grants, resetting its password)
// clears the cache when it commits, so the TTL only matters for changes
// made by another process: another instance over the same PostgreSQL
// database, or the command line. Those take effect within this time, and
// a token is also accepted up to this long past its expiry (tokens end at
// midnight). Kept short for that reason.
const TokenCacheTTL = 5 * time.Second

// tokenCacheMax bounds the cache: past it the cache starts again empty
// (integrations hold a handful of tokens, not thousands).
const tokenCacheMax = 10_000

// tokenCache remembers the actors of recently verified API tokens, keyed by
// the token's hash, so that a client sending a thousand requests a second
// does not cost a thousand account reads (11% of a create's server CPU).
// Only successful lookups are cached: an unknown, expired or disabled
// token is read from the database every time.
//
// A lookup that races with a change must not cache what it read before
// the change: entries carry the generation current when their read began,
// and invalidate raises it after the change commits, so such an entry is
// never served.
type tokenCache struct {
	mu      sync.Mutex
	gen     uint64
	entries map[string]tokenEntry
}

type tokenEntry struct {
	actor tiendo.Actor
	until time.Time
	gen   uint64
}

// get returns a copy of the cached actor of hash, if still valid at now.
func (c *tokenCache) get(hash string, now time.Time) (*tiendo.Actor, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[hash]
	if !ok || e.gen != c.gen || !now.Before(e.until) {
		return nil, false
	}
	return cloneActor(&e.actor), true
}

// generation returns the generation to pass to put for a read beginning
// now.
func (c *tokenCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// put caches the actor of hash, read in generation gen, until until.
func (c *tokenCache) put(hash string, a *tiendo.Actor, gen uint64, until time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return // a change committed while it was read
	}
	if c.entries == nil || len(c.entries) >= tokenCacheMax {
		c.entries = map[string]tokenEntry{}
	}
	c.entries[hash] = tokenEntry{actor: *cloneActor(a), until: until, gen: gen}
}

// invalidate forgets every cached token. Call it after a change to
// accounts or tokens has committed (a deferred call in the use case).
func (c *tokenCache) invalidate() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entries = nil
}

// cloneActor copies a deeply: the cache's copy and the caller's share
// nothing.
func cloneActor(a *tiendo.Actor) *tiendo.Actor {
	c := *a
	c.PersonID = tiendo.CloneID(a.PersonID)
	c.Grants = make([]tiendo.Grant, len(a.Grants))
	for i, g := range a.Grants {
		g.OrgID = tiendo.CloneID(g.OrgID)
		c.Grants[i] = g
	}
	return &c
}
