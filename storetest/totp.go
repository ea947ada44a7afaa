package storetest

import (
	"reflect"
	"time"

	"tiendo"
)

var totpCases = []testCase{
	{"Put/ReadBack", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		want := &tiendo.TOTP{AccountID: a.ID, Secret: "JBSWY3DPEHPK3PXP", CreatedAt: sessionStart.Add(123 * time.Nanosecond)}
		must(f, f.st.PutTOTP(f.ctx, want))
		got, err := f.st.FindTOTP(f.ctx, a.ID)
		must(f, err)
		if !reflect.DeepEqual(got, want) {
			f.Fatalf("read back\n got %+v\nwant %+v", got, want)
		}
	}},
	{"Put/Replaces", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		must(f, f.st.PutTOTP(f.ctx, &tiendo.TOTP{AccountID: a.ID, Secret: "A", CreatedAt: sessionStart}))
		want := &tiendo.TOTP{AccountID: a.ID, Secret: "B", Confirmed: true, LastStep: 42, ChallengeHash: "h",
			ChallengeUntil: sessionStart.Add(5 * time.Minute), ChallengeFails: 2, CreatedAt: sessionStart.Add(time.Hour)}
		must(f, f.st.PutTOTP(f.ctx, want))
		got, err := f.st.FindTOTP(f.ctx, a.ID)
		must(f, err)
		if !reflect.DeepEqual(got, want) {
			f.Fatalf("after replace\n got %+v\nwant %+v", got, want)
		}
	}},
	{"Put/ErrUnknownAccount", func(f *fixture) {
		wantCode(f, f.st.PutTOTP(f.ctx, &tiendo.TOTP{AccountID: 999, Secret: "A", CreatedAt: sessionStart}), tiendo.EINVALID)
	}},
	{"Find/ErrUnknown", func(f *fixture) {
		_, err := f.st.FindTOTP(f.ctx, 999)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"Delete/Twice", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		must(f, f.st.PutTOTP(f.ctx, &tiendo.TOTP{AccountID: a.ID, Secret: "A", CreatedAt: sessionStart}))
		must(f, f.st.DeleteTOTP(f.ctx, a.ID))
		must(f, f.st.DeleteTOTP(f.ctx, a.ID))
		_, err := f.st.FindTOTP(f.ctx, a.ID)
		wantCode(f, err, tiendo.ENOTFOUND)
	}},
	{"UseStep/OnlyForward", func(f *fixture) {
		a := f.account("phohue", tiendo.RoleAdmin, nil)
		must(f, f.st.PutTOTP(f.ctx, &tiendo.TOTP{AccountID: a.ID, Secret: "A", Confirmed: true, LastStep: 10, CreatedAt: sessionStart}))
		for _, c := range []struct {
			step int64
			ok   bool
		}{{9, false}, {10, false}, {11, true}, {11, false}, {13, true}, {12, false}} {
			ok, err := f.st.UseTOTPStep(f.ctx, a.ID, c.step)
			must(f, err)
			if ok != c.ok {
				f.Fatalf("step %d: used %v, want %v", c.step, ok, c.ok)
			}
		}
		got, err := f.st.FindTOTP(f.ctx, a.ID)
		must(f, err)
		if got.LastStep != 13 {
			f.Fatalf("last step %d, want 13", got.LastStep)
		}
		if ok, err := f.st.UseTOTPStep(f.ctx, 999, 50); ok || err != nil {
			f.Fatalf("unknown account: %v, %v", ok, err)
		}
	}},
}
