package bench

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// caseStore opens a fresh migrated SQLite store for a casework benchmark,
// closed at its end, and reads the seeded kinds.
func caseStore(b *testing.B, clock tiendo.Clock) (*sqlstore.Store, []*tiendo.CaseKind) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "cases.db"), clock)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	kinds, err := st.FindCaseKinds(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return st, kinds
}

// BenchmarkCaseStats measures the urban-order case statistics and the
// ward's overdue list on a SQLite store of TIENDO_BENCH_CASES cases (20,000
// by default: a year of weekly lists of 20 wards with 40 residential groups
// each is about that), spread over 20 wards, 100 streets, the five seeded
// kinds and a year of days found, a third closed, half assigned. It needs
// no generated database. CPU per operation is this process's.
func BenchmarkCaseStats(b *testing.B) {
	n := 20000
	if v := os.Getenv("TIENDO_BENCH_CASES"); v != "" {
		n, _ = strconv.Atoi(v)
	}
	ctx := context.Background()
	clock := &tiendo.FixedClock{T: vn.NewDate(2026, 12, 31).Time()}
	st, kinds := caseStore(b, clock)
	var err error
	var wards, places []int64
	for i := 0; i < 20; i++ {
		o := &tiendo.Org{Code: fmt.Sprintf("W%02d", i), Name: fmt.Sprintf("Phường %d", i), Kind: tiendo.KindPeoplesCommittee,
			Level: tiendo.LevelCommune}
		if err := st.CreateOrg(ctx, o); err != nil {
			b.Fatal(err)
		}
		wards = append(wards, o.ID)
		for j := 0; j < 5; j++ {
			p := &tiendo.Place{Kind: tiendo.PlaceStreet, Name: fmt.Sprintf("Phố %d-%d", i, j), Wards: []tiendo.PlaceWard{{OrgID: o.ID}}}
			if err := st.CreatePlace(ctx, p); err != nil {
				b.Fatal(err)
			}
			places = append(places, p.ID)
		}
	}
	start := vn.NewDate(2026, 1, 1)
	err = st.Tx(ctx, func(tx tiendo.Store) error {
		for i := 0; i < n; i++ {
			found := start.AddDays(i % 365)
			c := &tiendo.Case{WardID: wards[i%20], PlaceID: &places[i%100], Address: fmt.Sprintf("Số %d", i%500),
				KindID: kinds[i%len(kinds)].ID, Description: "Lấn chiếm vỉa hè bày bán hàng", Reporter: tiendo.ReporterGroupLeader,
				FoundOn: found, Status: tiendo.CaseOpen}
			if i%2 == 0 {
				c.Status, c.AssignedOrgID, c.AssignedOn, c.Due = tiendo.CaseAssigned, &wards[i%20], found, found.AddDays(5)
				if i%3 == 0 {
					c.Status, c.ClosedOn, c.Result = tiendo.CaseClosed, found.AddDays(i%9), "Đã khắc phục"
				}
			}
			if err := tx.CreateCase(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	asOf := vn.NewDate(2026, 12, 31)
	svc := service.New(st, clock, tiendo.DefaultRules())
	sys := tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
	for _, c := range []struct {
		name string
		run  func() error
	}{
		{"Stats/ProvinceByWard/Year", func() error {
			_, err := st.CaseStats(ctx, tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: start, To: asOf}, AsOf: asOf,
				Group: tiendo.CaseByWard, Unscoped: true})
			return err
		}},
		{"Stats/WardByWeek/Year", func() error {
			_, err := st.CaseStats(ctx, tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: start, To: asOf}, AsOf: asOf,
				Group: tiendo.CaseByWeek, ScopeOrgIDs: wards[:1]})
			return err
		}},
		{"Stats/WardByPlace/Month", func() error {
			_, err := st.CaseStats(ctx, tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: vn.NewDate(2026, 11, 1), To: vn.NewDate(2026, 11, 30)},
				AsOf: asOf, Group: tiendo.CaseByPlace, ScopeOrgIDs: wards[:1]})
			return err
		}},
		{"Stats/PackProvinceWards/Week", func() error { // a giao ban pack's casework (service.packCases)
			_, err := st.CaseStats(ctx, tiendo.CaseStatsQuery{Period: tiendo.ISOWeek(2026, 52), AsOf: asOf, Group: tiendo.CaseByWard,
				WardIDs: wards, Unscoped: true})
			return err
		}},
		{"Stats/PackWardPlaces/Week", func() error {
			_, err := st.CaseStats(ctx, tiendo.CaseStatsQuery{Period: tiendo.ISOWeek(2026, 52), AsOf: asOf, Group: tiendo.CaseByPlace,
				WardIDs: wards[:1], ScopeOrgIDs: wards[:1]})
			return err
		}},
		{"Service/DashboardProvinceByWard/Year", func() error { // /dieu-hanh's casework, reloaded with no write between
			_, err := svc.CaseStats(sys, tiendo.CaseStatsQuery{Period: tiendo.DateRange{From: start, To: asOf}, AsOf: asOf,
				Group: tiendo.CaseByWard})
			return err
		}},
		{"List/WardOverdue", func() error {
			_, _, err := st.FindCases(ctx, tiendo.CaseFilter{AsOf: asOf, ScopeOrgIDs: wards[:1], Sort: tiendo.CaseSortOverdue,
				Timeliness: []tiendo.Timeliness{tiendo.Overdue}, Page: tiendo.Page{PerPage: 50}})
			return err
		}},
		{"List/WardWeek", func() error {
			_, _, err := st.FindCases(ctx, tiendo.CaseFilter{AsOf: asOf, ScopeOrgIDs: wards[:1], Found: tiendo.ISOWeek(2026, 49),
				Page: tiendo.Page{PerPage: 50}})
			return err
		}},
		{"List/ProvinceSearch", func() error {
			_, _, err := st.FindCases(ctx, tiendo.CaseFilter{AsOf: asOf, Unscoped: true, Query: "via he", Page: tiendo.Page{PerPage: 50}})
			return err
		}},
	} {
		b.Run(c.name, func(b *testing.B) {
			cpu := SelfCPU()
			for b.Loop() {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(ms(SelfCPU()-cpu)/float64(b.N), "cpu-ms/op")
		})
	}
}
