package bench

import (
	"context"
	"fmt"
	"testing"

	"tiendo"
	"tiendo/service"
	"tiendo/vn"
)

// BenchmarkCaseReminders measures a case reminder pass over 5,000 assigned
// cases whose deadlines all lie in the pass's 14-day lookback, on SQLite:
// the first pass fires every one (reported once as first-pass-cpu-ms), the
// pass measured then runs again with nothing new, which is what every pass
// but the first costs. CPU per operation is this process's.
func BenchmarkCaseReminders(b *testing.B) {
	const n = 5000
	ctx := context.Background()
	today := vn.NewDate(2026, 12, 30)
	clock := &tiendo.FixedClock{T: today.Time().Add(9 * 3600e9)}
	st, kinds := caseStore(b, clock)
	var wards []int64
	for i := range 20 {
		o := &tiendo.Org{Code: fmt.Sprintf("W%02d", i), Name: fmt.Sprintf("Phường %d", i), Kind: tiendo.KindPeoplesCommittee,
			Level: tiendo.LevelCommune}
		if err := st.CreateOrg(ctx, o); err != nil {
			b.Fatal(err)
		}
		wards = append(wards, o.ID)
	}
	err := st.Tx(ctx, func(tx tiendo.Store) error {
		for i := range n {
			due := today.AddDays(1 - i%15) // tomorrow back to 13 days ago
			c := &tiendo.Case{WardID: wards[i%20], Address: fmt.Sprintf("Số %d", i), KindID: kinds[i%len(kinds)].ID,
				Description: "Lấn chiếm vỉa hè bày bán hàng", Reporter: tiendo.ReporterGroupLeader, FoundOn: due.AddDays(-20),
				Status: tiendo.CaseAssigned, AssignedOrgID: &wards[i%20], AssignedOn: due.AddDays(-20), Due: due}
			if err := tx.CreateCase(ctx, c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	svc := service.New(st, clock, tiendo.DefaultRules())
	cpu := SelfCPU()
	fired, err := svc.RunCaseReminders(ctx)
	if err != nil || fired != n {
		b.Fatalf("first pass fired %d, want %d (%v)", fired, n, err)
	}
	first := ms(SelfCPU() - cpu)
	b.Run("NothingNew", func(b *testing.B) {
		cpu := SelfCPU()
		for b.Loop() {
			if fired, err := svc.RunCaseReminders(ctx); err != nil || fired != 0 {
				b.Fatalf("fired %d (%v)", fired, err)
			}
		}
		b.ReportMetric(ms(SelfCPU()-cpu)/float64(b.N), "cpu-ms/op")
		b.ReportMetric(first, "first-pass-cpu-ms")
	})
}
