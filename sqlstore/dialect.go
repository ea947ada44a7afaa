package sqlstore

import (
	"io/fs"

	"github.com/pressly/goose/v3"
)

// ErrorClass is what a driver error means for the application, decided from
// the driver's own error code and never from its message text, which changes
// between versions and locales.
type ErrorClass int

// Error classes.
const (
	ErrOther      ErrorClass = iota // anything else: an internal error
	ErrUnique                       // unique or primary key violation → ECONFLICT
	ErrForeignKey                   // foreign key violation → EINVALID
	ErrCheck                        // CHECK or NOT NULL violation → EINVALID
	ErrAppendOnly                   // a write the schema refuses (audit log) → EFORBIDDEN
)

// Dialect holds what differs between the engines. Everything else — the SQL
// text of every query — is shared: both drivers bind $1-style parameters by
// number, so one statement runs on either engine.
type Dialect interface {
	// Name is a short engine name for messages ("sqlite", "postgres").
	Name() string
	// Goose is goose's dialect for the engine.
	Goose() goose.Dialect
	// Migrations holds the engine's goose SQL files at its root.
	Migrations() fs.FS
	// MigrationOptions adds engine-specific goose options, such as a
	// session lock so two instances never migrate at once.
	MigrationOptions() ([]goose.ProviderOption, error)
	// Classify maps a driver error to an ErrorClass by its error code.
	Classify(err error) ErrorClass
	// SearchQuery turns folded query words (each [a-z0-9]+, at least one)
	// into the value SearchSet binds: every word but the last must be a
	// word of the row's search_folded text, and the last a prefix of one
	// (the rule of likeWords).
	SearchQuery(words []string) string
	// SearchSet returns a subquery selecting, as column id, the ids of the
	// rows of table whose search_folded matches the value bound as param.
	// It is answered from the full-text index alone.
	SearchSet(table, param string) string
	// SearchRow returns the same test as SearchSet for one row of table
	// (aliased alias), for plans that test a few rows in index order.
	SearchRow(table, alias, param string) string
	// Unindexed rewrites a column reference so that the engine will not use
	// an index to look rows up by it. "+t.id IN (…)" makes SQLite walk the
	// ORDER BY index and test each row against a list built once, instead
	// of fetching every listed row and sorting; the store asks for it when
	// the list holds most rows. Engines with a statistics-driven planner
	// return col unchanged.
	Unindexed(col string) string
	// Driving returns the condition that col is one of the ids the
	// subquery selects, written so that the engine reads the subquery
	// first and looks the rows up by col: the plan the store chose from
	// the count (planLookup, a search inside a small scope). SQLite does
	// so for "col IN (…)"; PostgreSQL's planner, misjudging how many ids
	// come, may walk an ORDER BY index or the whole table instead and
	// test every row, so it gets "col = ANY(ARRAY(…))", an array computed
	// once and probed in the primary key.
	Driving(col, subquery string) string
	// WalkProbes tells whether a walk of the ORDER BY index tests each
	// entry by probing the set's index (PostgreSQL's semi join) rather than
	// against a list of ids built once (SQLite's "+t.id IN (…)"): the
	// store's page plan (planFor) then counts a walked entry at the probe's
	// cost.
	WalkProbes() bool
	// IDSet returns a subquery selecting the int64 ids of a JSON array
	// bound as param; used instead of a long IN list for big id sets.
	IDSet(param string) string
	// IDList returns a query of one row: the ids the subquery selects (as
	// column id) joined by commas, or NULL for none. One value crosses to
	// Go instead of a row per id: a third less for 110,000 ids.
	IDList(subquery string) string
	// WritesInWith tells whether a WITH may hold INSERTs (PostgreSQL's
	// data-modifying CTEs): a create then writes its task and their rows
	// in one statement, one round trip to the server instead of three or
	// more. SQLite runs in the process, where a statement costs no round
	// trip, and cannot.
	WritesInWith() bool
	// LastTaskID is a query of one value: the highest task id used so
	// far. A bulk load numbers its tasks from the next one. On PostgreSQL
	// the identity sequence may be ahead of the table (a rolled-back
	// insert took a number).
	LastTaskID() string
	// ExplicitIDs is the clause an INSERT of tasks with ids chosen by the
	// caller needs after its column list ("" where the engine takes them).
	ExplicitIDs() string
	// AfterExplicitIDs is the statement that moves the task id generator
	// past $1, the last id a bulk load wrote; "" when the engine needs none.
	AfterExplicitIDs() string
	// AnonymousParams tells whether long multi-row INSERTs should bind
	// "?" rather than "$n": the SQLite driver looks a numbered parameter up
	// in a list, once per parameter, which made a statement of 8,000
	// parameters quadratic (55% of a bulk load's CPU).
	AnonymousParams() bool
	// SkipLocked is the clause that locks the selected rows and skips rows
	// another transaction holds, so several instances claim disjoint
	// sets; "" for an engine with one writer.
	SkipLocked() string
	// CommitsInIDOrder tells whether transactions commit one at a time in
	// the order of the ids they write, so that the newest audit id is a
	// version of everything committed (SQLite's single writer).
	CommitsInIDOrder() bool
}
