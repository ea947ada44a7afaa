package service_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/postgres/pgtest"
	"tiendo/vn"
)

// Several servers share one PostgreSQL database and run the daily job at
// the same moment: each instance of a series must exist exactly once.
func TestRecurringManyServersPostgres(t *testing.T) {
	dsn := pgtest.FreshDSN(t)
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: time.Date(2024, 1, 2, 9, 0, 0, 0, vn.Location)}
	const servers = 4
	var svcs []*service.Service
	for i := 0; i < servers; i++ {
		st, err := postgres.Open(ctx, dsn, clock)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		if err := st.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		svcs = append(svcs, service.New(st, clock, tiendo.DefaultRules()))
	}
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	org := &tiendo.Org{Code: "PH", Name: "Phường Phố Huế", Kind: tiendo.KindAdministrative, Level: tiendo.LevelCommune}
	if err := svcs[0].CreateOrg(sys, org); err != nil {
		t.Fatal(err)
	}
	var series []*tiendo.Task
	for _, phrase := range []string{"định kỳ hàng tháng trước ngày 25", "hằng quý"} {
		ts, err := svcs[0].CreateTasks(sys, service.TaskInput{Title: "Báo cáo " + phrase, LeadOrgID: org.ID, Deadline: phrase})
		if err != nil {
			t.Fatal(err)
		}
		series = append(series, ts[0])
	}
	clock.T = clock.T.AddDate(0, 7, 0) // months of instances are missing
	var wg sync.WaitGroup
	errs := make([]error, servers)
	for i, svc := range svcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = svc.EnsureRecurring(ctx)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("server %d: %v", i, err)
		}
	}
	for _, s := range series {
		list, _, err := svcs[0].ListTasks(sys, tiendo.TaskFilter{SeriesID: &s.ID, Sort: tiendo.SortDue, Page: tiendo.Page{PerPage: 100}})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[vn.Date]bool{}
		for _, x := range list {
			if seen[x.Due] {
				t.Fatalf("%s: two instances due %s", s.Title, x.Due.Format())
			}
			seen[x.Due] = true
		}
		if len(list) < 3 {
			t.Fatalf("%s: only %d instances after seven months", s.Title, len(list))
		}
	}
}
