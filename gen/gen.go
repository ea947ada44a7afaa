// Package gen generates a synthetic province for benchmarks: departments,
// districts and communes with their People's Committees and party
// committees, an office account per district, documents with real-looking
// numbers, and tasks across several years in every lifecycle state, with
// progress reports, extensions and delegated child tasks.
//
// It writes through the store directly, not the service, in transactions
// of a few thousand tasks, and writes one audit entry ("gen.batch") per
// transaction instead of one per change: a million tasks take minutes.
// Into a sqlstore.Store the tasks go through its bulk load (Store.BeginBulk,
// many rows per statement), which writes the rows the per-task methods
// would (Options.PerTask, TestBulkMatchesPerTask).
// The same seed and the same today give the same data.
package gen

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"tiendo"
	"tiendo/vn"
)

// Options say how much to generate.
type Options struct {
	Orgs  int   // organisations in total (at least MinOrgs)
	Tasks int   // tasks in total, recurring instances and child tasks included
	Seed  int64 // the same seed gives the same data
	Years int   // years of history before today (default 4)
	// PerTask writes each task through the store's CreateTask,
	// CreateUpdate and CreateExtension, the server's path, instead of
	// sqlstore's bulk load: for checking that both write the same rows.
	PerTask bool
}

// MinOrgs is the smallest province Generate builds.
const MinOrgs = 20

// Password is the password of every generated account.
const Password = "tiendo-gen"

// batchSize is the number of tasks written per transaction.
const batchSize = 5000

// Stats count what Generate wrote.
type Stats struct {
	Orgs       int
	Districts  int
	Accounts   int
	Documents  int
	Tasks      int
	Updates    int
	Extensions int
	// PhoHue counts the tasks whose title names phố Huế, the only words
	// a search for "pho hue" matches.
	PhoHue int
}

// Generate fills an empty store with a synthetic province. It refuses a
// store that already has organisations.
func Generate(ctx context.Context, st tiendo.Store, clock tiendo.Clock, opts Options, progress io.Writer) (*Stats, error) {
	if opts.Years == 0 {
		opts.Years = 4
	}
	if opts.Orgs < MinOrgs || opts.Tasks < 0 || opts.Years < 1 {
		return nil, tiendo.Errorf(tiendo.EINVALID, "gen: need at least %d organisations, a non-negative task count and at least one year", MinOrgs)
	}
	if progress == nil {
		progress = io.Discard
	}
	orgs, err := st.FindOrgs(ctx, tiendo.OrgFilter{})
	if err != nil {
		return nil, err
	}
	if len(orgs) > 0 {
		return nil, tiendo.Errorf(tiendo.ECONFLICT, "gen: the database already has organisations")
	}
	today := tiendo.Today(clock)
	g := &generator{st: st, clock: clock, opts: opts, out: progress, stats: &Stats{},
		rng: rand.New(rand.NewPCG(uint64(opts.Seed), 0x7469656e646f)), today: today,
		start: today.AddDays(-365 * opts.Years), started: time.Now(), cal: vn.NewCalendar(nil)}
	restore, err := suspendBulk(ctx, st, progress)
	if err != nil {
		return nil, err
	}
	for _, stage := range []func(context.Context) error{g.buildOrgs, g.buildAccounts, g.buildDocuments, g.buildTasks} {
		if err = stage(ctx); err != nil {
			break
		}
	}
	// Restore the search indexes even after an error, with a context that
	// is not cancelled, so the schema is never left without its triggers.
	if rerr := restore(context.WithoutCancel(ctx)); err == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(progress, "gen: done in %s: %+v\n", time.Since(g.started).Round(time.Millisecond), *g.stats)
	return g.stats, nil
}

// generator is the state of one Generate.
type generator struct {
	st      tiendo.Store
	clock   tiendo.Clock
	opts    Options
	out     io.Writer
	stats   *Stats
	rng     *rand.Rand
	today   vn.Date
	start   vn.Date      // first day of the history
	cal     *vn.Calendar // public holidays, no overrides: what the service uses on a fresh database
	started time.Time

	province  *unit     // the province's People's Committee and party committee
	districts []*unit   // one per district
	leads     []*leadOf // organisations that lead tasks, in Zipf rank order
	zipf      *rand.Zipf
	docs      map[int64][]*tiendo.Document // by issuer
	leader    int64                        // the province leader's account
}

// unit is an administrative unit with the bodies that assign its tasks.
type unit struct {
	name       string // "huyện Yên Bình", as written after "trên địa bàn"
	node       int64
	committee  int64 // UBND
	party      int64 // Huyện ủy, Tỉnh ủy
	partyName  string
	partyCode  string  // issuer code in party numbers: "TU", "HU"
	stateIssue string  // issuer code in state numbers: "UBND"
	members    []int64 // organisations that lead tasks, for cooperation
	office     int64   // the office account, 0 for none
}

// leadOf is an organisation that leads tasks and where it sits.
type leadOf struct {
	id       int64
	area     string // where it works: "xã Tân Lập", "huyện Yên Bình"
	district *unit  // nil at province level
	subUnits []int64
	party    bool // a commune's party committee
}

// pick returns a random element of a list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// chance is true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// between returns a uniformly random date in [a, b] (a when b is before a).
func (g *generator) between(a, b vn.Date) vn.Date {
	n := b.Sub(a)
	if n <= 0 {
		return a
	}
	return a.AddDays(g.rng.IntN(n + 1))
}

// audit writes the one audit entry of a batch.
func (g *generator) audit(ctx context.Context, st tiendo.Store, entity string, first int64, detail map[string]any) error {
	after, err := json.Marshal(detail)
	if err != nil {
		return err
	}
	return st.AppendAudit(ctx, &tiendo.AuditEntry{At: g.clock.Now().UTC(), Actor: "system", Action: "gen.batch",
		EntityType: entity, EntityID: first, After: after})
}
