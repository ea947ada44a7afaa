package service_test

import (
	"context"
	"testing"

	"tiendo"
	"tiendo/service"
)

// caseStatsCounter counts the store's case statistics queries.
type caseStatsCounter struct {
	tiendo.Store
	n int
}

func (c *caseStatsCounter) CaseStats(ctx context.Context, q tiendo.CaseStatsQuery) ([]tiendo.CaseStatsRow, error) {
	c.n++
	return c.Store.CaseStats(ctx, q)
}

// The leaders' dashboard reloading the same casework does not recount the
// cases until a case is written; a place given by another pointer to the
// same id is the same query.
func TestCaseStatsCached(t *testing.T) {
	f, street, kinds := caseFixture(t)
	counted := &caseStatsCounter{Store: f.st}
	svc := service.New(counted, f.clock, tiendo.DefaultRules())
	record := func(address string) {
		t.Helper()
		_, err := f.svc.CreateCase(f.as("vp-phohue"), tiendo.Case{PlaceID: &street.ID, Address: address,
			KindID: kinds[tiendo.CaseGroupLand].ID, Description: "Lấn đất", FoundOn: date(2020, 1, 2)})
		if err != nil {
			t.Fatal(err)
		}
	}
	record("Số 1")
	for i, step := range []struct {
		write        string
		total, reads int
	}{{"", 1, 1}, {"", 1, 1}, {"Số 2", 2, 2}, {"", 2, 2}} {
		if step.write != "" {
			record(step.write)
		}
		place := street.ID
		res, err := svc.CaseStats(f.as("office"), tiendo.CaseStatsQuery{Group: tiendo.CaseByWard, PlaceID: &place})
		if err != nil || res.Total.Total != step.total || counted.n != step.reads {
			t.Fatalf("load %d: total %v, %d store reads, want %d and %d (%v)", i, res, counted.n, step.total, step.reads, err)
		}
	}
}
