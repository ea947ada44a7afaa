// Package sqlstore is the one database/sql implementation of tiendo.Store,
// shared by the SQLite and PostgreSQL engines. The engine packages
// sqlstore/sqlite and sqlstore/postgres open the connection pools and hand
// them to New with their Dialect; sqlstore never imports them.
//
// # One SQL text for both engines
//
// Both drivers bind $1-style parameters by number, so every statement is
// written once in portable SQL (no :: casts, ILIKE or arrays; RETURNING,
// NULLS LAST, window-free counts). The Dialect holds what differs: how
// driver errors are classified (by SQLite extended code or PostgreSQL
// SQLSTATE, never by message), the full-text search, the goose migrations
// and a planner hint. PostgreSQL refuses parameters a statement does not
// use, so query builders bind a value only in the branch that uses it.
//
// # Values
//
// Dates are vn.Date (TEXT 'YYYY-MM-DD' on SQLite, date on PostgreSQL; both
// compare the same way). Timestamps come from the store's clock, in UTC,
// truncated to the microsecond, and travel as fixed-width RFC 3339 text
// ("2006-01-02T15:04:05.000000Z"): SQLite stores it as TEXT that sorts in
// time order, PostgreSQL parses it into timestamptz; both read back the same
// instant. All stored text is valid UTF-8 (bad bytes and NUL become U+FFFD)
// in NFC.
//
// # Transactions and concurrency
//
// Outside Tx, reads use the read pool and each write method runs in its own
// write transaction; Tx binds a Store to one transaction (nested Tx reuses
// it). Versioned rows are updated with "version = version + 1 WHERE id = $n
// AND version = $m": no row means ENOTFOUND or ECONFLICT, never a silent
// overwrite.
//
// # Search
//
// Searchable rows carry search_folded: their words folded in Go (vn.Fold,
// đ→d) and cut to [a-z0-9]+, joined by spaces. A query matches when each of
// its words is a prefix of some word. SQLite answers from an FTS5
// external-content index, PostgreSQL from a GIN index on
// to_tsvector('simple', search_folded); small tables use LIKE.
//
// # Task lists
//
// FindTasks splits a filter into row conditions and id sets read from an
// index alone: organisation membership (task_orgs, which repeats each
// task's due, status and dates per taking-part organisation) and search.
// The total is counted from indexes where possible; then the page query's
// plan is chosen from that total by a small cost model: look the matching
// tasks up and sort, or walk the ORDER BY index and test rows against lists
// or one by one. At a million tasks on SQLite this keeps an organisation's
// page near 10 ms and a search near 40 ms (see the benchmarks in
// sqlstore/sqlite).
package sqlstore
