// Package sqlite opens a Tiến Độ store on a SQLite file through the pure-Go
// modernc.org/sqlite driver (no cgo), and holds its schema migrations.
//
// Connections: one writer connection whose transactions begin IMMEDIATE,
// so concurrent writes queue in Go instead of failing with "database is
// locked", and a small pool of query-only readers that never block the
// writer in WAL mode.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"strings"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"tiendo"
	"tiendo/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Readers is the size of the read pool. Their page caches share the
// process's page-cache region (PageCacheMiB) with the writer's.
const Readers = 4

// Page cache sizes per connection, in KiB: the most one connection may
// take of the page-cache region, which bounds them all together (the
// server aims at 150 MB RSS). A reader's cache is emptied anyway whenever
// it begins a read after another connection's commit (WAL), so a bigger
// one mostly helps a single large scan.
const (
	WriterCacheKiB = 16000
	ReaderCacheKiB = 16000
)

// SoftHeapLimit bounds SQLite's heap in the process (sorting, search
// lists, statements, cache pages beyond the region): near it SQLite
// reuses cache pages instead of allocating more. Soft, so no query ever
// fails for it. SQLite checks it only with memory statistics on, which
// configure turns on: modernc builds SQLite with them off, and until then
// this limit was never applied.
const SoftHeapLimit = 48 << 20

// Open opens (creating if needed) the database file at path and returns a
// store over it. It does not migrate; call Migrate.
func Open(ctx context.Context, path string, clock tiendo.Clock) (*sqlstore.Store, error) {
	configure()
	w, err := openPool(ctx, path, writerPragmas(), 1)
	if err != nil {
		return nil, err
	}
	if err := pinPlannerStats(ctx, w); err != nil {
		w.Close()
		return nil, err
	}
	r, err := openPool(ctx, path, readerPragmas(), Readers)
	if err != nil {
		w.Close()
		return nil, err
	}
	st := sqlstore.New(w, r, Dialect{}, clock)
	st.BatchWrites(MaxBatch)
	// The newest audit id is an exact data version here (one writer,
	// commits in id order), which the statistics index needs.
	st.IndexStats()
	return st, nil
}

// MaxBatch is the most write transactions committed together. Writers
// queue for the one connection anyway; a batch shares one commit and its
// WAL sync among those that queued meanwhile.
const MaxBatch = 64

// writerPragmas configure the single writer. synchronous=FULL syncs the
// WAL on every commit, so an acknowledged write survives a power loss, not
// only a process crash (NORMAL would risk the last commits). temp_store
// stays on file here: with it in memory, statement journals never spill,
// and releasing a savepoint walks the whole in-memory journal of the
// enclosing transaction (memjrnlTruncate), quadratic in a batch's size —
// 69% of a bulk load's time at 60,000 tasks, 14 ms per task.
func writerPragmas() []string {
	return []string{
		"busy_timeout(10000)", "journal_mode(WAL)", "synchronous(FULL)", "foreign_keys(1)",
		fmt.Sprintf("soft_heap_limit(%d)", SoftHeapLimit),
		fmt.Sprintf("cache_size(-%d)", WriterCacheKiB),
		// Truncate the WAL file back to 64 MiB after checkpoints.
		"journal_size_limit(67108864)",
		fmt.Sprintf("wal_autocheckpoint(%d)", CheckpointPages),
	}
}

// CheckpointPages is how many WAL frames a commit leaves before it copies
// them into the database file (SQLite's default is 1,000). A create writes
// about 38 pages to the WAL — the task's row and its index entries, its
// scope and organisation rows, the search index, audit — and most of them
// are the same few hot pages from one create to the next (the ends of the
// indexes, the search index's structure record). A checkpoint writes each
// distinct page once however many frames hold it, so a longer WAL between
// checkpoints writes and syncs fewer pages per create: 10,000 frames
// (about 40 MiB, under journal_size_limit) cut a create's CPU by 10-20%
// (docs/BENCHMARKS.md, issue 18 third round). Readers look pages up in the
// WAL index either way; its size grows by 32 KiB per 4,096 frames.
const CheckpointPages = 10000

// readerPragmas configure the read pool: query_only makes a stray write
// through a reader fail instead of competing with the writer.
func readerPragmas() []string {
	return []string{
		"busy_timeout(10000)", "foreign_keys(1)", "query_only(1)", fmt.Sprintf("soft_heap_limit(%d)", SoftHeapLimit),
		fmt.Sprintf("cache_size(-%d)", ReaderCacheKiB), "temp_store(memory)",
	}
}

// openPool opens a pool of at most n connections, each set up with the
// given pragmas, and checks that it works.
func openPool(ctx context.Context, path string, pragmas []string, n int) (*sql.DB, error) {
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: database path %q must not contain ? or #", path)
	}
	q := url.Values{}
	for _, p := range pragmas {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	return db, nil
}

// Dialect is SQLite's sqlstore.Dialect.
type Dialect struct{}

var _ sqlstore.Dialect = Dialect{}

// Name returns "sqlite".
func (Dialect) Name() string { return "sqlite" }

// Goose returns goose's SQLite dialect.
func (Dialect) Goose() goose.Dialect { return goose.DialectSQLite3 }

// Migrations returns the embedded SQL migrations.
func (Dialect) Migrations() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// MigrationOptions allows migrations numbered below the newest applied
// one: parts of the schema land in parallel (00006 went in before 00003–
// 00005), and a database migrated in between must still take the rest.
// They touch different tables, so their order does not matter. No lock is
// needed: the single writer connection serialises migrations in a process.
func (Dialect) MigrationOptions() ([]goose.ProviderOption, error) {
	return []goose.ProviderOption{goose.WithAllowOutofOrder(true)}, nil
}

// Classify maps SQLite extended result codes to error classes.
func (Dialect) Classify(err error) sqlstore.ErrorClass {
	var e *sqlite.Error
	if !errors.As(err, &e) {
		return sqlstore.ErrOther
	}
	switch e.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return sqlstore.ErrUnique
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return sqlstore.ErrForeignKey
	case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL, sqlite3.SQLITE_CONSTRAINT_DATATYPE:
		return sqlstore.ErrCheck
	case sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		// Only the audit log's append-only triggers RAISE.
		return sqlstore.ErrAppendOnly
	}
	return sqlstore.ErrOther
}

// SearchQuery builds an FTS5 query of quoted terms, the last a prefix
// ("pho" "hue"*); FTS5 ANDs terms. Quoting keeps user text from ever
// being read as FTS5 syntax.
func (Dialect) SearchQuery(words []string) string {
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	terms[len(terms)-1] += "*"
	return strings.Join(terms, " ")
}

// SearchSet reads the table's external-content FTS5 index (<table>_fts,
// kept in sync by triggers).
func (Dialect) SearchSet(table, param string) string {
	return "SELECT rowid AS id FROM " + table + "_fts WHERE " + table + "_fts MATCH " + param
}

// SearchRow asks the FTS5 index about one rowid: a seek in each word's
// list, cheap for a few rows and far cheaper than building the whole list
// when most rows match.
func (Dialect) SearchRow(table, alias, param string) string {
	return "EXISTS (SELECT 1 FROM " + table + "_fts f WHERE " + table + "_fts MATCH " + param + " AND f.rowid = " + alias + ".id)"
}

// Unindexed uses SQLite's unary-plus rule: a term on +col never drives an
// index lookup.
func (Dialect) Unindexed(col string) string { return "+" + col }

// Driving is "col IN (subquery)": SQLite runs a subquery under IN first
// and looks each id up when col is the primary key.
func (Dialect) Driving(col, subquery string) string { return col + " IN (" + subquery + ")" }

// WalkProbes is false: SQLite builds the IN list once and tests each
// walked entry against it.
func (Dialect) WalkProbes() bool { return false }

// IDList joins the ids with group_concat.
func (Dialect) IDList(subquery string) string {
	return "SELECT group_concat(id) FROM (" + subquery + ")"
}

// IDSet reads a JSON array of ids with json_each.
func (Dialect) IDSet(param string) string { return "SELECT value FROM json_each(" + param + ")" }

// WritesInWith is false: SQLite has no INSERT inside WITH.
func (Dialect) WritesInWith() bool { return false }

// LastTaskID: an INTEGER PRIMARY KEY takes the next id from the table.
func (Dialect) LastTaskID() string { return "SELECT COALESCE(MAX(id), 0) FROM tasks" }

// ExplicitIDs: an INTEGER PRIMARY KEY takes any id given.
func (Dialect) ExplicitIDs() string { return "" }

// AfterExplicitIDs: nothing to move; the next id is MAX(id)+1.
func (Dialect) AfterExplicitIDs() string { return "" }

// AnonymousParams: the driver binds "$n" by a lookup per parameter.
func (Dialect) AnonymousParams() bool { return true }

// SkipLocked: SQLite has one writer; a write transaction holds it all.
func (Dialect) SkipLocked() string { return "" }

// CommitsInIDOrder: one writer commits at a time, ids grow in commit order.
func (Dialect) CommitsInIDOrder() bool { return true }
