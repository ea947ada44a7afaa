package bench

import (
	"context"
	"math/rand/v2"
	"testing"

	"tiendo"
	"tiendo/sqlstore"
)

// storeCase is one list view: the filter a real request sends to the
// store, drawn at random for each iteration (a different ward, district or
// organisation each time, as different users would).
type storeCase struct {
	name string
	flt  func(rng *rand.Rand) tiendo.TaskFilter
}

func storeCases(p *province, today tiendo.TaskFilter) []storeCase {
	overdue := []tiendo.Timeliness{tiendo.Overdue}
	with := func(f tiendo.TaskFilter) tiendo.TaskFilter {
		f.AsOf = today.AsOf
		return f
	}
	ward := func(rng *rand.Rand) tiendo.TaskFilter { return with(tiendo.TaskFilter{ScopeOrgIDs: p.randomWard(rng)}) }
	district := func(rng *rand.Rand) tiendo.TaskFilter {
		return with(tiendo.TaskFilter{ScopeOrgIDs: p.randomDistrict(rng)})
	}
	city := func(*rand.Rand) tiendo.TaskFilter { return with(tiendo.TaskFilter{ScopeOrgIDs: p.subtree(p.root)}) }
	admin := func(*rand.Rand) tiendo.TaskFilter { return with(tiendo.TaskFilter{Unscoped: true}) }
	then := func(base func(*rand.Rand) tiendo.TaskFilter, edit func(*tiendo.TaskFilter, *rand.Rand)) func(*rand.Rand) tiendo.TaskFilter {
		return func(rng *rand.Rand) tiendo.TaskFilter {
			f := base(rng)
			edit(&f, rng)
			return f
		}
	}
	byDue := func(f *tiendo.TaskFilter, _ *rand.Rand) { f.Sort = tiendo.SortDue }
	overdueList := func(f *tiendo.TaskFilter, _ *rand.Rand) { f.Timeliness, f.Sort = overdue, tiendo.SortOverdue }
	toConfirm := func(f *tiendo.TaskFilter, _ *rand.Rand) {
		f.Statuses, f.Sort = []tiendo.Status{tiendo.StatusReportedDone}, tiendo.SortDue
	}
	search := func(q string) func(*tiendo.TaskFilter, *rand.Rand) {
		return func(f *tiendo.TaskFilter, _ *rand.Rand) { f.Query = q }
	}
	page := func(n int) func(*tiendo.TaskFilter, *rand.Rand) {
		return func(f *tiendo.TaskFilter, _ *rand.Rand) { f.Page = tiendo.Page{Page: n, PerPage: 50} }
	}
	oneOrg := func(f *tiendo.TaskFilter, rng *rand.Rand) { f.OrgIDs = []int64{p.leads[rng.IntN(len(p.leads))]} }
	return []storeCase{
		{"Ward/ByDue", then(ward, byDue)},
		{"Ward/Overdue", then(ward, overdueList)},
		{"Ward/Search", then(ward, search("kiem tra"))},
		{"District/ByDue", then(district, byDue)},
		{"District/ByDuePage20", then(then(district, byDue), page(20))},
		{"District/Overdue", then(district, overdueList)},
		{"District/ToConfirm", then(district, toConfirm)},
		{"District/SearchCommon", then(district, search("kiem tra"))},
		{"District/SearchRare", then(district, search("phong chay chua chay"))},
		{"City/ByDue", then(city, byDue)},
		{"City/Overdue", then(city, overdueList)},
		{"City/ToConfirm", then(city, toConfirm)},
		{"City/SearchPhoHue", then(city, search("pho hue"))},
		{"City/SearchCommon", then(city, search("kiem tra"))},
		{"City/SearchRare", then(city, search("phong chay chua chay"))},
		{"City/OneOrgByDue", then(then(city, oneOrg), byDue)},
		{"City/OneOrgSearch", then(then(city, oneOrg), search("kiem tra"))},
		{"Admin/Overdue", then(admin, overdueList)},
		{"Admin/SearchPhoHue", then(admin, search("pho hue"))},
	}
}

// BenchmarkStoreList measures one page of 50 tasks with its total, as the
// service asks the store for it, for each view in storeCases.
func BenchmarkStoreList(b *testing.B) {
	st := openBenchStore(b, benchDB(b))
	defer st.Close()
	p := loadProvince(b, st)
	today := tiendo.TaskFilter{AsOf: tiendo.Today(tiendo.SystemClock{})}
	ctx := context.Background()
	// As serve does: lists may answer from the statistics index, built
	// before the first request.
	st.IndexLists()
	if err := st.WarmStats(ctx); err != nil {
		b.Fatal(err)
	}
	for _, c := range storeCases(p, today) {
		b.Run(c.name, func(b *testing.B) {
			rng := rand.New(rand.NewPCG(7, 11))
			var lat Latencies
			found := 0
			cpu := SelfCPU()
			for b.Loop() {
				found += timedPage(b, st, c.flt(rng), &lat)
			}
			b.ReportMetric(ms(SelfCPU()-cpu)/float64(b.N), "cpu-ms/op")
			lat.Report(b)
			b.ReportMetric(float64(found)/float64(b.N), "total/op")
		})
	}
}

// timedPage reads f's page of 50 and its total through the store, timed
// into lat, and checks the page's length.
func timedPage(b *testing.B, st *sqlstore.Store, f tiendo.TaskFilter, lat *Latencies) int {
	b.Helper()
	var tasks []*tiendo.Task
	var total int
	var err error
	lat.Time(func() { tasks, total, err = st.FindTasks(context.Background(), f) })
	if err != nil {
		b.Fatal(err)
	}
	if want := min(50, max(total-f.Page.Normalize().Offset(), 0)); len(tasks) != want {
		b.Fatalf("%d tasks of %d on the page, want %d", len(tasks), total, want)
	}
	return total
}
