package sqlite_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// BenchmarkFindRulesVersions: the read every task creation transaction,
// extension request and task page now makes to find the rules in force
// (service.versionAt, creationRulesIn), on an empty table (the defaults)
// and with a few years of versions of a realistic size (two rule sets,
// 2 KB of JSON each version).
//
//	go test -run '^$' -bench FindRulesVersions -benchtime 20000x ./sqlstore/sqlite/
func BenchmarkFindRulesVersions(b *testing.B) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "rules.db"), tiendo.SystemClock{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	grading := json.RawMessage(`[` + string(make([]byte, 0)) + `]`)
	for _, n := range []int{0, 6} {
		for i := range n {
			v := &tiendo.RulesVersion{EffectiveFrom: vn.NewDate(2026+i/2, time.Month(1+6*(i%2)), 1), MaxExtensions: 1,
				DefaultDeadlineWorkingDays: 10, Grading: append(json.RawMessage(`[{"code":"nd335","name":"`), append(make([]byte, 2000, 2000+3), `"}]`...)...)}
			for j := range v.Grading[len(`[{"code":"nd335","name":"`) : len(v.Grading)-3] {
				v.Grading[len(`[{"code":"nd335","name":"`)+j] = 'x'
			}
			if err := st.CreateRulesVersion(ctx, v); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(map[int]string{0: "None", 6: "Six"}[n], func(b *testing.B) {
			for b.Loop() {
				vs, err := st.FindRulesVersions(ctx)
				if err != nil || len(vs) != n {
					b.Fatal(len(vs), err)
				}
			}
		})
	}
	_ = grading
}
