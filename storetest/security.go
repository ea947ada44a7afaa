package storetest

import (
	"reflect"
	"sync"
	"time"

	"tiendo"
)

var secStart = time.Date(2026, 3, 2, 1, 2, 3, 456789000, time.UTC)

// secEvents appends one event per kind, an hour apart, for account acc
// (nil: a login that names no account).
func (f *fixture) secEvents(acc *int64, kinds ...string) []*tiendo.SecurityEvent {
	f.Helper()
	var out []*tiendo.SecurityEvent
	for i, k := range kinds {
		e := &tiendo.SecurityEvent{At: secStart.Add(time.Duration(i) * time.Hour), Kind: k, AccountID: acc,
			Login: "phohue", Address: "203.0.113.7", Detail: tiendo.SigninWrong}
		must(f, f.st.AppendSecurityEvent(f.ctx, e))
		out = append(out, e)
	}
	return out
}

func eventIDs(list []*tiendo.SecurityEvent) []int64 {
	ids := []int64{}
	for _, e := range list {
		ids = append(ids, e.ID)
	}
	return ids
}

var securityCases = []testCase{
	{"Event/ReadBack", func(f *fixture) {
		e := &tiendo.SecurityEvent{At: secStart.Add(123 * time.Nanosecond), Kind: tiendo.EventPasswordReset,
			AccountID: ptr(int64(4)), Login: "Phòng Huế", Address: "2001:db8::1", ActorID: ptr(int64(1)),
			Actor: "admin", Detail: "sessions_ended=2"}
		must(f, f.st.AppendSecurityEvent(f.ctx, e))
		list, total, err := f.st.FindSecurityEvents(f.ctx, tiendo.SecurityEventFilter{})
		must(f, err)
		if total != 1 || len(list) != 1 || e.ID == 0 {
			f.Fatalf("total %d, %d events, id %d", total, len(list), e.ID)
		}
		if !reflect.DeepEqual(list[0], e) || !list[0].At.Equal(secStart) {
			f.Fatalf("read back\n got %+v\nwant %+v", list[0], e)
		}
	}},
	{"Event/ZeroTimeIsNow", func(f *fixture) {
		e := &tiendo.SecurityEvent{Kind: tiendo.EventSigninOK}
		must(f, f.st.AppendSecurityEvent(f.ctx, e))
		if e.At.IsZero() {
			f.Fatalf("no time set")
		}
	}},
	{"Event/Filters", func(f *fixture) {
		a, b := int64(1), int64(2)
		ea := f.secEvents(&a, tiendo.EventSigninOK, tiendo.EventSigninFailed, tiendo.EventTokenCreated)
		eb := f.secEvents(&b, tiendo.EventSigninFailed)
		en := f.secEvents(nil, tiendo.EventSigninFailed)
		cases := []struct {
			name string
			flt  tiendo.SecurityEventFilter
			want []*tiendo.SecurityEvent
		}{
			{"all newest first", tiendo.SecurityEventFilter{}, []*tiendo.SecurityEvent{en[0], eb[0], ea[2], ea[1], ea[0]}},
			{"kind", tiendo.SecurityEventFilter{Kinds: []string{tiendo.EventSigninFailed}}, []*tiendo.SecurityEvent{en[0], eb[0], ea[1]}},
			{"kinds", tiendo.SecurityEventFilter{Kinds: []string{tiendo.EventSigninOK, tiendo.EventTokenCreated}}, []*tiendo.SecurityEvent{ea[2], ea[0]}},
			{"account", tiendo.SecurityEventFilter{AccountID: &a}, []*tiendo.SecurityEvent{ea[2], ea[1], ea[0]}},
			{"accounts", tiendo.SecurityEventFilter{AccountIDs: []int64{b}}, []*tiendo.SecurityEvent{eb[0]}},
			{"no accounts", tiendo.SecurityEventFilter{AccountIDs: []int64{}}, nil},
			{"from inclusive", tiendo.SecurityEventFilter{From: secStart.Add(time.Hour)}, []*tiendo.SecurityEvent{ea[2], ea[1]}},
			{"to exclusive", tiendo.SecurityEventFilter{To: secStart.Add(time.Hour)}, []*tiendo.SecurityEvent{en[0], eb[0], ea[0]}},
			{"login", tiendo.SecurityEventFilter{Login: "khac"}, nil},
		}
		for _, c := range cases {
			list, total, err := f.st.FindSecurityEvents(f.ctx, c.flt)
			must(f, err)
			if got, want := eventIDs(list), eventIDs(c.want); !reflect.DeepEqual(got, want) || total != len(want) {
				f.Errorf("%s: got %v (total %d), want %v", c.name, got, total, want)
			}
		}
		list, total, err := f.st.FindSecurityEvents(f.ctx, tiendo.SecurityEventFilter{Page: tiendo.Page{Page: 2, PerPage: 2}})
		must(f, err)
		if got := eventIDs(list); total != 5 || !reflect.DeepEqual(got, []int64{ea[2].ID, ea[1].ID}) {
			f.Errorf("page 2: got %v total %d", got, total)
		}
	}},
	{"Throttle/CountBlockForget", func(f *fixture) {
		_, err := f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleLogin, "phohue")
		wantCode(f, err, tiendo.ENOTFOUND)
		for i := 1; i <= 3; i++ {
			n, err := f.st.AddSigninFailure(f.ctx, tiendo.ThrottleLogin, "phohue", secStart.Add(time.Duration(i)*time.Minute), secStart)
			must(f, err)
			if n != i {
				f.Fatalf("failure %d counted as %d", i, n)
			}
		}
		// Another scope with the same key is another counter.
		if n, err := f.st.AddSigninFailure(f.ctx, tiendo.ThrottleAddress, "phohue", secStart, secStart); err != nil || n != 1 {
			f.Fatalf("address counter %d, %v", n, err)
		}
		until := secStart.Add(time.Hour)
		must(f, f.st.BlockSignin(f.ctx, tiendo.ThrottleLogin, "phohue", until))
		must(f, f.st.BlockSignin(f.ctx, tiendo.ThrottleLogin, "phohue", secStart)) // shorter: the longer block stays
		got, err := f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleLogin, "phohue")
		must(f, err)
		want := &tiendo.SigninThrottle{Scope: tiendo.ThrottleLogin, Key: "phohue", Failures: 3,
			LastFailure: secStart.Add(3 * time.Minute).Truncate(time.Microsecond), BlockedUntil: until.Truncate(time.Microsecond)}
		if !reflect.DeepEqual(got, want) {
			f.Fatalf("state\n got %+v\nwant %+v", got, want)
		}
		// A failure after a quiet spell starts again from one.
		later := secStart.Add(2 * time.Hour)
		if n, err := f.st.AddSigninFailure(f.ctx, tiendo.ThrottleLogin, "phohue", later, later.Add(-time.Hour)); err != nil || n != 1 {
			f.Fatalf("after quiet spell: %d, %v", n, err)
		}
		must(f, f.st.DeleteSigninThrottle(f.ctx, tiendo.ThrottleLogin, "phohue"))
		must(f, f.st.DeleteSigninThrottle(f.ctx, tiendo.ThrottleLogin, "phohue"))
		_, err = f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleLogin, "phohue")
		wantCode(f, err, tiendo.ENOTFOUND)
		if _, err := f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleAddress, "phohue"); err != nil {
			f.Fatalf("address state gone: %v", err)
		}
	}},
	{"Throttle/ConcurrentFailuresAllCounted", func(f *fixture) {
		const n = 20
		var wg sync.WaitGroup
		errs := make(chan error, n)
		for range n {
			wg.Go(func() {
				_, err := f.st.AddSigninFailure(f.ctx, tiendo.ThrottleAddress, "198.51.100.1", secStart, secStart.Add(-time.Hour))
				errs <- err
			})
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			must(f, err)
		}
		got, err := f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleAddress, "198.51.100.1")
		must(f, err)
		if got.Failures != n {
			f.Fatalf("counted %d of %d concurrent failures", got.Failures, n)
		}
	}},
	{"Tx/RolledBack", func(f *fixture) {
		err := f.st.Tx(f.ctx, func(st tiendo.Store) error {
			must(f, st.AppendSecurityEvent(f.ctx, &tiendo.SecurityEvent{Kind: tiendo.EventSigninFailed}))
			_, err := st.AddSigninFailure(f.ctx, tiendo.ThrottleLogin, "x", secStart, secStart)
			must(f, err)
			return tiendo.Errorf(tiendo.ECONFLICT, "rollback")
		})
		wantCode(f, err, tiendo.ECONFLICT)
		if _, total, err := f.st.FindSecurityEvents(f.ctx, tiendo.SecurityEventFilter{}); err != nil || total != 0 {
			f.Fatalf("events after rollback: %d, %v", total, err)
		}
		_, err = f.st.FindSigninThrottle(f.ctx, tiendo.ThrottleLogin, "x")
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
}
