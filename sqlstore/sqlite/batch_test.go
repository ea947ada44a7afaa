package sqlite_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"tiendo"
)

// Concurrent write transactions share commits on SQLite (group commit);
// each must still succeed or fail alone, whatever the others in its batch
// do: return an error, panic, or break a unique key.
func TestBatchedTransactionsSucceedOrFailAlone(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	const n = 60
	type outcome int
	const (
		commits outcome = iota
		fails
		panics
		duplicates // same code as the committing transaction three before
	)
	plan := func(i int) outcome { return outcome(i % 4) }
	code := func(i int) string {
		if plan(i) == duplicates {
			i -= 3
		}
		return fmt.Sprintf("ORG%03d", i)
	}
	errPlanned := errors.New("planned failure")
	results := make([]error, n)
	panicked := make([]any, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { panicked[i] = recover() }()
			results[i] = st.Tx(ctx, func(s tiendo.Store) error {
				o := &tiendo.Org{Code: code(i), Name: "Đơn vị " + code(i), Kind: tiendo.KindDepartment, Level: tiendo.LevelCommune}
				if err := s.CreateOrg(ctx, o); err != nil {
					return err
				}
				// A second write in the same transaction, undone with it.
				o.Name += " (sửa)"
				if err := s.UpdateOrg(ctx, o); err != nil {
					return err
				}
				switch plan(i) {
				case fails:
					return errPlanned
				case panics:
					panic("planned panic")
				}
				return nil
			})
		}()
	}
	wg.Wait()
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string]string{}
	for _, o := range orgs {
		stored[o.Code] = o.Name
	}
	for i := range n {
		switch plan(i) {
		case commits:
			// It races with its duplicate: exactly one of them commits.
			a, b := results[i], results[i+3]
			if tiendo.ErrorCode(a) == tiendo.ECONFLICT {
				a, b = b, a
			}
			if a != nil || tiendo.ErrorCode(b) != tiendo.ECONFLICT || stored[code(i)] != "Đơn vị "+code(i)+" (sửa)" {
				t.Errorf("%d and %d: %v and %v, stored %q; want one commit and one conflict", i, i+3, results[i], results[i+3], stored[code(i)])
			}
		case fails:
			if !errors.Is(results[i], errPlanned) || stored[code(i)] != "" {
				t.Errorf("%d: err %v, stored %q; want the planned error and nothing stored", i, results[i], stored[code(i)])
			}
		case panics:
			if panicked[i] != "planned panic" || stored[code(i)] != "" {
				t.Errorf("%d: panic %v, stored %q; want the panic and nothing stored", i, panicked[i], stored[code(i)])
			}
		}
	}
	if len(orgs) != n/4 {
		t.Errorf("%d organisations stored, want %d", len(orgs), n/4)
	}
}

// A caller that gave up before its transaction started gets an error and
// its function never runs.
func TestBatchedTransactionOfCancelledCaller(t *testing.T) {
	st := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	err := st.Tx(ctx, func(tiendo.Store) error { ran = true; return nil })
	if err == nil || ran {
		t.Errorf("err %v, ran %v; want an error and no run", err, ran)
	}
	// The store still works for others.
	if err := st.CreateOrg(context.Background(), &tiendo.Org{Code: "X", Name: "X", Kind: tiendo.KindOther, Level: tiendo.LevelCommune}); err != nil {
		t.Fatal(err)
	}
}

// A transaction alone in its batch runs without a savepoint; a failure,
// a panic or a broken unique key must still leave nothing behind, and the
// next transaction must work.
func TestLoneTransactionSucceedsOrFailsAlone(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	errPlanned := errors.New("planned failure")
	write := func(code string, end func() error) (panicked any, err error) {
		defer func() { panicked = recover() }()
		return nil, st.Tx(ctx, func(s tiendo.Store) error {
			o := &tiendo.Org{Code: code, Name: "Đơn vị " + code, Kind: tiendo.KindDepartment, Level: tiendo.LevelCommune}
			if err := s.CreateOrg(ctx, o); err != nil {
				return err
			}
			o.Name += " (sửa)"
			if err := s.UpdateOrg(ctx, o); err != nil {
				return err
			}
			return end()
		})
	}
	ok := func() error { return nil }
	if p, err := write("A", ok); err != nil || p != nil {
		t.Fatalf("commit: %v %v", err, p)
	}
	if _, err := write("B", func() error { return errPlanned }); !errors.Is(err, errPlanned) {
		t.Errorf("failing transaction: %v, want the planned error", err)
	}
	if p, _ := write("C", func() error { panic("planned panic") }); p != "planned panic" {
		t.Errorf("panicking transaction: %v, want the panic", p)
	}
	if _, err := write("A", ok); tiendo.ErrorCode(err) != tiendo.ECONFLICT {
		t.Errorf("duplicate: %v, want a conflict", err)
	}
	if p, err := write("D", ok); err != nil || p != nil {
		t.Fatalf("commit after failures: %v %v", err, p)
	}
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range orgs {
		got = append(got, o.Code+"="+o.Name)
	}
	if fmt.Sprint(got) != "[A=Đơn vị A (sửa) D=Đơn vị D (sửa)]" {
		t.Errorf("stored %v, want A and D, each edited", got)
	}
}

// The first job of a batch runs without a savepoint: when it fails, the
// jobs queued behind it must still run and commit, and its own writes must
// be gone. A blocking transaction holds the writer while the others queue,
// so the failing one heads the next batch (senders are served in order).
func TestBatchWhoseFirstJobFails(t *testing.T) {
	ctx := context.Background()
	st := open(t)
	errPlanned := errors.New("planned failure")
	create := func(s tiendo.Store, code string) error {
		return s.CreateOrg(ctx, &tiendo.Org{Code: code, Name: code, Kind: tiendo.KindDepartment, Level: tiendo.LevelCommune})
	}
	hold, held := make(chan struct{}), make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		_ = st.Tx(ctx, func(s tiendo.Store) error { close(held); <-hold; return create(s, "HOLD") })
	})
	<-held
	plan := []struct {
		code string
		err  error
	}{{"FIRST", errPlanned}, {"B", nil}, {"C", errPlanned}, {"D", nil}}
	results := make([]error, len(plan))
	for i, p := range plan {
		wg.Go(func() {
			results[i] = st.Tx(ctx, func(s tiendo.Store) error {
				if err := create(s, p.code); err != nil {
					return err
				}
				return p.err
			})
		})
		time.Sleep(20 * time.Millisecond) // queued in this order
	}
	close(hold)
	wg.Wait()
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range orgs {
		got = append(got, o.Code)
	}
	if fmt.Sprint(got) != "[B D HOLD]" {
		t.Errorf("stored %v, want [B D HOLD]", got)
	}
	for i, p := range plan {
		if !errors.Is(results[i], p.err) && (p.err != nil || results[i] != nil) {
			t.Errorf("%s: %v, want %v", p.code, results[i], p.err)
		}
	}
}
