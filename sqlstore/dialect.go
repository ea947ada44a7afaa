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
	// SearchQuery turns folded query tokens (each [a-z0-9]+, at least one)
	// into the bound value that SearchMatch compares against: every token
	// must be a prefix of some word.
	SearchQuery(tokens []string) string
	// SearchMatch returns a predicate that is true for the rows of table
	// (aliased alias) whose search_folded column matches the search value
	// bound as param.
	SearchMatch(table, alias, param string) string
	// SearchScan is SearchMatch written so that it does not drive the
	// query plan: the engine walks the ORDER BY index and tests each row.
	// The store uses it when matches are many and a page is near.
	SearchScan(table, alias, param string) string
	// SearchCount returns a statement counting the rows of table that
	// match the search value bound as param, with no other condition.
	SearchCount(table, param string) string
	// IDSet returns a subquery selecting the int64 ids of a JSON array
	// bound as param; used instead of a long IN list for big id sets.
	IDSet(param string) string
}
