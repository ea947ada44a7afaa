package sqlite_test

import (
	"context"
	"database/sql"
	"io"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"tiendo"
	"tiendo/bench"
	"tiendo/report"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
	"tiendo/vn"
)

// The statistics benchmarks read an existing generated database (tiendo
// gen --orgs 600 --tasks 1000000) named by TIENDO_BENCH_STATS_DB and never
// write to it; without one they skip.
//
//	TIENDO_BENCH_STATS_DB=/tmp/bench/1m.db go test -run '^$' -bench Stats -benchtime 40x ./sqlstore/sqlite/
//
// StatsAfterWrite writes, to the migrated copy TIENDO_BENCH_STATS_RW_DB.
func statsBenchStore(b *testing.B) (*sqlstore.Store, func(context.Context) error, tiendo.StatsQuery) {
	b.Helper()
	return statsBenchStoreAt(b, "TIENDO_BENCH_STATS_DB")
}

// statsBenchStoreAt opens the database named by the environment
// variable env, or skips.
func statsBenchStoreAt(b *testing.B, env string) (*sqlstore.Store, func(context.Context) error, tiendo.StatsQuery) {
	b.Helper()
	path := os.Getenv(env)
	if path == "" {
		b.Skip("set " + env + " to a generated database")
	}
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path, tiendo.SystemClock{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	// The latest quarter with data: the one containing the newest assignment.
	var newest vn.Date
	if err := st.DB().QueryRow("SELECT MAX(assigned_on) FROM tasks").Scan(&newest); err != nil {
		b.Fatal(err)
	}
	p := vn.PeriodContaining(vn.PeriodQuarter, newest, vn.DefaultCutoffs())
	from, to := p.Range(vn.DefaultCutoffs())
	q := tiendo.StatsQuery{Period: tiendo.DateRange{From: from, To: to}, AsOf: to, Group: tiendo.GroupOrg}
	raw := func(ctx context.Context) error {
		for _, query := range []string{rawOpenSQL, rawDoneSQL} {
			rows, err := st.DB().QueryContext(ctx, query, from, to, to.AddDays(-30), to.AddDays(-90), to.AddDays(-120))
			if err != nil {
				return err
			}
			for rows.Next() {
				var org int64
				var c [8]sql.NullInt64 // a group's SUM is NULL when every due is
				if err := rows.Scan(&org, &c[0], &c[1], &c[2], &c[3], &c[4], &c[5], &c[6], &c[7]); err != nil {
					rows.Close()
					return err
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
		}
		return nil
	}
	return st, raw, q
}

// rawOpenSQL and rawDoneSQL are the matrix as one would write it by hand
// for SQLite on the same indexes: open tasks, then tasks completed since
// the period began ($1 period start, $2 end = as-of, $3–$5 the
// overdue-age bounds), each pass with its fewest expressions.
const rawOpenSQL = `SELECT org_id, COUNT(*), COUNT(due), SUM(due <= $2), SUM(status <> 'postponed' AND due < $2),
	SUM(status <> 'postponed' AND due < $2 AND due >= $3), SUM(status <> 'postponed' AND due < $2 AND due >= $4),
	SUM(status <> 'postponed' AND due < $2 AND due >= $5), 0 + $1
	FROM task_orgs WHERE role = 'lead' AND completed_on IS NULL AND status <> 'withdrawn'
	AND (assigned_on IS NULL OR assigned_on <= $2) GROUP BY org_id`

const rawDoneSQL = `SELECT org_id, COUNT(*), SUM(due <= $2), SUM(completed_on <= $2 AND due <= $2),
	SUM(completed_on <= $2 AND (due IS NULL OR completed_on <= due)), SUM(completed_on <= $2 AND completed_on > due),
	SUM(completed_on > $2 AND status <> 'postponed' AND due < $2), SUM(completed_on > $2 AND due >= $3), 0 + $4 + $5
	FROM task_orgs WHERE role = 'lead' AND completed_on IS NOT NULL AND completed_on >= $1 AND status <> 'withdrawn'
	AND (assigned_on IS NULL OR assigned_on <= $2) GROUP BY org_id`

// timed runs fn b.N times and reports the p50 and p95 in milliseconds
// and the process's CPU time per run.
func timed(b *testing.B, fn func() error) { timedAfter(b, nil, fn) }

// timedAfter is timed with prep run untimed before each run of fn.
func timedAfter(b *testing.B, prep, fn func() error) {
	b.Helper()
	var ds []time.Duration
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		if prep != nil {
			b.StopTimer()
			if err := prep(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		start, c := time.Now(), bench.SelfCPU()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(start))
		cpu += bench.SelfCPU() - c
	}
	b.StopTimer()
	slices.Sort(ds)
	ms := func(q float64) float64 { return float64(ds[int(q*float64(len(ds)-1))].Microseconds()) / 1000 }
	b.ReportMetric(ms(0.5), "p50-ms")
	b.ReportMetric(ms(0.95), "p95-ms")
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkStatsQuarter: the organisation-by-timeliness matrix of a
// quarter for the whole province — the raw SQL, the store's SQL pass
// (a store without the index), the store's index (built before), the
// service (scope, tree roll-up) with a new cache each time, and warm as a
// dashboard's reloads do. No write happens: see StatsAfterWrite.
func BenchmarkStatsQuarter(b *testing.B) {
	st, raw, q := statsBenchStore(b)
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	req := service.StatsRequest{Period: vn.PeriodContaining(vn.PeriodQuarter, q.Period.To, vn.DefaultCutoffs()), AsOf: q.AsOf}
	sqlOnly := sqlstore.New(st.DB(), st.DB(), sqlite.Dialect{}, nil)
	b.Run("RawSQL", func(b *testing.B) { timed(b, func() error { return raw(ctx) }) })
	b.Run("StoreSQL", func(b *testing.B) {
		timed(b, func() error {
			_, err := sqlOnly.TaskStats(ctx, q)
			return err
		})
	})
	if err := st.WarmStats(ctx); err != nil {
		b.Fatal(err)
	}
	b.Run("StoreIndex", func(b *testing.B) {
		timed(b, func() error {
			_, err := st.TaskStats(ctx, q)
			return err
		})
	})
	b.Run("ServiceCold", func(b *testing.B) {
		timed(b, func() error {
			_, err := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules()).Stats(ctx, req)
			return err
		})
	})
	warm := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	b.Run("ServiceWarm", func(b *testing.B) {
		timed(b, func() error {
			_, err := warm.Stats(ctx, req)
			return err
		})
	})
}

// BenchmarkStatsIndexBuild: the one full read that builds the index (on
// the first request, or at server start), with the bytes of its arrays
// and the growth of the Go heap in use.
func BenchmarkStatsIndexBuild(b *testing.B) {
	_, _, _ = statsBenchStore(b)
	path := os.Getenv("TIENDO_BENCH_STATS_DB")
	ctx := context.Background()
	var bytes, tasks int
	var heap uint64
	timed(b, func() error {
		st, err := sqlite.Open(ctx, path, tiendo.SystemClock{})
		if err != nil {
			return err
		}
		defer st.Close()
		before := heapInUse()
		if err := st.WarmStats(ctx); err != nil {
			return err
		}
		heap = heapInUse() - before
		tasks, bytes = st.StatsIndexSize()
		return nil
	})
	b.ReportMetric(float64(tasks), "tasks")
	b.ReportMetric(float64(bytes)/(1<<20), "index-MiB")
	b.ReportMetric(float64(heap)/(1<<20), "heap-MiB")
}

// heapInUse is the Go heap in use after a collection.
func heapInUse() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// BenchmarkStatsAfterWrite is the realistic cold request: a server whose
// index is built, one write (a task postponed or resumed through the
// service, audited, untimed), then the quarter matrix through the service,
// whose cache the write made stale. It writes: TIENDO_BENCH_STATS_RW_DB
// must name a migrated copy of the generated database, never the original.
func BenchmarkStatsAfterWrite(b *testing.B) {
	st, _, q := statsBenchStoreAt(b, "TIENDO_BENCH_STATS_RW_DB")
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	req := service.StatsRequest{Period: vn.PeriodContaining(vn.PeriodQuarter, q.Period.To, vn.DefaultCutoffs()), AsOf: q.AsOf}
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	var id int64
	if err := st.DB().QueryRow(`SELECT id FROM tasks WHERE status IN ('assigned', 'in_progress') AND completed_on IS NULL
		ORDER BY id DESC LIMIT 1`).Scan(&id); err != nil {
		b.Fatal(err)
	}
	if _, err := svc.Stats(ctx, req); err != nil { // builds the index
		b.Fatal(err)
	}
	write := func() error {
		t, err := st.FindTaskByID(ctx, id)
		if err != nil {
			return err
		}
		in := service.ActionInput{Version: t.Version, Reason: "Đo hiệu năng"}
		if t.Status == tiendo.StatusPostponed {
			_, err = svc.Resume(ctx, id, in)
		} else {
			_, err = svc.Postpone(ctx, id, in)
		}
		return err
	}
	timedAfter(b, write, func() error {
		_, err := svc.Stats(ctx, req)
		return err
	})
}

// BenchmarkExportTasks10k: 10,000 tasks read in pages of 500 through the
// service and written as one XLSX workbook, as GET /api/v1/export/tasks
// does.
func BenchmarkExportTasks10k(b *testing.B) {
	st, _, _ := statsBenchStore(b)
	ctx := tiendo.NewContextWithActor(context.Background(), tiendo.SystemActor())
	svc := service.New(st, tiendo.SystemClock{}, tiendo.DefaultRules())
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		b.Fatal(err)
	}
	names := map[int64]string{}
	for _, o := range orgs {
		names[o.ID] = o.Name
	}
	timed(b, func() error {
		var tasks []*tiendo.Task
		for page := 1; len(tasks) < 10000; page++ {
			ts, _, err := svc.ListTasks(ctx, tiendo.TaskFilter{Sort: tiendo.SortID, Page: tiendo.Page{Page: page, PerPage: tiendo.MaxPerPage}})
			if err != nil {
				return err
			}
			tasks = append(tasks, ts...)
		}
		return report.WriteXLSX(io.Discard, report.TaskTable("Nhiệm vụ", tasks, vn.NewDate(2026, 11, 14), names))
	})
}
