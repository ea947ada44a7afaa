package sqlite_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tiendo"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// BenchmarkFindRulesVersions: the read a task page, an extension request,
// a grade sheet and the creation of a task without a deadline make to find
// the rules in force (service.versionAt), on an empty table (the
// defaults) and with six versions of a realistic size (the two shipped
// rule sets are about 2 KB of JSON).
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
	grading := json.RawMessage(`[{"code":"nd335","name":"` + strings.Repeat("x", 2000) + `"}]`)
	for _, c := range []struct {
		name string
		n    int
	}{{"None", 0}, {"Six", 6}} {
		for i := range c.n {
			v := &tiendo.RulesVersion{EffectiveFrom: vn.NewDate(2026+i/2, time.Month(1+6*(i%2)), 1), MaxExtensions: 1,
				DefaultDeadlineWorkingDays: 10, Grading: grading}
			if err := st.CreateRulesVersion(ctx, v); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if vs, err := st.FindRulesVersions(ctx); err != nil || len(vs) != c.n {
					b.Fatal(len(vs), err)
				}
			}
		})
	}
}
