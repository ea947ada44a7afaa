package storetest

import (
	"reflect"
	"time"

	"tiendo"
)

// sessionAt is a session of account a created at t, ending 12 hours later.
func (f *fixture) sessionAt(hash string, a *tiendo.Account, t time.Time) *tiendo.Session {
	f.Helper()
	s := &tiendo.Session{Hash: hash, AccountID: a.ID, CreatedAt: t, LastSeen: t, ExpiresAt: t.Add(12 * time.Hour)}
	must(f, f.st.CreateSession(f.ctx, s))
	return s
}

var sessionStart = time.Date(2026, 3, 2, 1, 2, 3, 456789000, time.UTC)

var sessionCases = []testCase{
	{"Create/ReadBack", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		want := f.sessionAt("h1", a, sessionStart.Add(123*time.Nanosecond))
		got, err := f.st.FindSession(f.ctx, "h1")
		must(f, err)
		if !reflect.DeepEqual(got, want) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, want)
		}
		if !got.CreatedAt.Equal(sessionStart) {
			f.Fatalf("created at %v, want %v (microseconds, UTC)", got.CreatedAt, sessionStart)
		}
	}},
	{"Create/ErrDuplicateHash", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		f.sessionAt("h1", a, sessionStart)
		err := f.st.CreateSession(f.ctx, &tiendo.Session{Hash: "h1", AccountID: a.ID,
			CreatedAt: sessionStart, LastSeen: sessionStart, ExpiresAt: sessionStart})
		wantCode(f, err, tiendo.ECONFLICT)
	}},
	{"Create/ErrUnknownAccount", func(f *fixture) {
		err := f.st.CreateSession(f.ctx, &tiendo.Session{Hash: "h1", AccountID: 999,
			CreatedAt: sessionStart, LastSeen: sessionStart, ExpiresAt: sessionStart})
		wantCode(f, err, tiendo.EINVALID)
	}},
	{"Find/ErrUnknown", func(f *fixture) {
		_, err := f.st.FindSession(f.ctx, "nope")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Touch/MovesLastSeenOnly", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		s := f.sessionAt("h1", a, sessionStart)
		later := sessionStart.Add(7 * time.Minute)
		must(f, f.st.TouchSession(f.ctx, "h1", later))
		got, err := f.st.FindSession(f.ctx, "h1")
		must(f, err)
		if !got.LastSeen.Equal(later) || !got.CreatedAt.Equal(s.CreatedAt) || !got.ExpiresAt.Equal(s.ExpiresAt) {
			f.Fatalf("after touch: %+v", got)
		}
	}},
	{"Touch/ErrUnknown", func(f *fixture) {
		wantCode(f, f.st.TouchSession(f.ctx, "nope", sessionStart), tiendo.ENOTFOUND)
	}},
	{"Delete/OnlyThatOne", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		f.sessionAt("h1", a, sessionStart)
		f.sessionAt("h2", a, sessionStart)
		must(f, f.st.DeleteSession(f.ctx, "h1"))
		must(f, f.st.DeleteSession(f.ctx, "h1")) // twice is fine: logging out twice is not an error
		_, err := f.st.FindSession(f.ctx, "h1")
		wantCode(f, err, tiendo.ENOTFOUND)
		if _, err := f.st.FindSession(f.ctx, "h2"); err != nil {
			f.Fatalf("other session gone: %v", err)
		}
	}},
	{"DeleteExpired/KeepsLive", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		f.sessionAt("old", a, sessionStart)
		f.sessionAt("new", a, sessionStart.Add(2*time.Hour))
		n, err := f.st.DeleteExpiredSessions(f.ctx, sessionStart.Add(13*time.Hour))
		must(f, err)
		if n != 1 {
			f.Fatalf("deleted %d, want 1", n)
		}
		if _, err := f.st.FindSession(f.ctx, "new"); err != nil {
			f.Fatalf("live session gone: %v", err)
		}
		_, err = f.st.FindSession(f.ctx, "old")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Tx/RolledBack", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		err := f.st.Tx(f.ctx, func(st tiendo.Store) error {
			must(f, st.CreateSession(f.ctx, &tiendo.Session{Hash: "h1", AccountID: a.ID,
				CreatedAt: sessionStart, LastSeen: sessionStart, ExpiresAt: sessionStart}))
			return tiendo.Errorf(tiendo.ECONFLICT, "rollback")
		})
		wantCode(f, err, tiendo.ECONFLICT)
		_, err = f.st.FindSession(f.ctx, "h1")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
}
