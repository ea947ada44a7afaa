// Package postgres opens a Tiến Độ store on PostgreSQL through pgx's
// database/sql adapter, and holds its schema migrations.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"tiendo"
	"tiendo/sqlstore"
)

//go:embed migrations/*.sql
var migrations embed.FS

// MaxConns bounds the connection pool of one server instance.
const MaxConns = 10

// Open connects to the database named by dsn (a URL or key=value string)
// and returns a store over one pool used for reads and writes. It does not
// migrate; call Migrate.
func Open(ctx context.Context, dsn string, clock tiendo.Clock) (*sqlstore.Store, error) {
	db, err := OpenDB(ctx, dsn)
	if err != nil {
		return nil, err
	}
	return sqlstore.New(db, db, Dialect{}, clock), nil
}

// OpenDB opens and checks a database/sql pool over pgx. Sessions run in UTC
// so that anything the server formats itself is UTC too.
func OpenDB(ctx context.Context, dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: parse dsn: %w", err)
	}
	cfg.RuntimeParams["timezone"] = "UTC"
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(MaxConns)
	db.SetMaxIdleConns(MaxConns)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: connect: %w", err)
	}
	return db, nil
}

// Dialect is PostgreSQL's sqlstore.Dialect.
type Dialect struct{}

var _ sqlstore.Dialect = Dialect{}

// Name returns "postgres".
func (Dialect) Name() string { return "postgres" }

// Goose returns goose's PostgreSQL dialect.
func (Dialect) Goose() goose.Dialect { return goose.DialectPostgres }

// Migrations returns the embedded SQL migrations.
func (Dialect) Migrations() fs.FS {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// MigrationOptions takes a session advisory lock, so that instances
// starting together never run the same migration twice, and, as on SQLite,
// accepts a migration numbered below the newest applied one (parts of the
// schema land in parallel and touch different tables).
func (Dialect) MigrationOptions() ([]goose.ProviderOption, error) {
	l, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, err
	}
	return []goose.ProviderOption{goose.WithSessionLocker(l), goose.WithAllowOutofOrder(true)}, nil
}

// Classify maps SQLSTATE codes to error classes.
func (Dialect) Classify(err error) sqlstore.ErrorClass {
	var e *pgconn.PgError
	if !errors.As(err, &e) {
		return sqlstore.ErrOther
	}
	switch e.Code {
	case "23505": // unique_violation
		return sqlstore.ErrUnique
	case "23503": // foreign_key_violation
		return sqlstore.ErrForeignKey
	case "23514", "23502", "22P02": // check_violation, not_null_violation, invalid_text_representation
		return sqlstore.ErrCheck
	// Data the column cannot hold: input validation refuses it first, these
	// keep a value it missed from being a 500.
	case "22001", // string_data_right_truncation
		"22003", // numeric_value_out_of_range
		"22007", // invalid_datetime_format
		"22008", // datetime_field_overflow
		"22021", // character_not_in_repertoire (NUL in text)
		"22P05", // untranslatable_character
		"54000": // program_limit_exceeded (a value too big for its index)
		return sqlstore.ErrCheck
	case "23001": // restrict_violation, raised by the audit log's trigger
		return sqlstore.ErrAppendOnly
	}
	return sqlstore.ErrOther
}

// SearchQuery builds a tsquery of quoted lexemes, the last a prefix
// ('pho' & 'hue':*). The words are [a-z0-9]+ already; quoting still keeps
// anything else from being read as tsquery syntax.
func (Dialect) SearchQuery(words []string) string {
	terms := make([]string, len(words))
	for i, w := range words {
		w = strings.ReplaceAll(strings.ReplaceAll(w, `\`, `\\`), `'`, `''`)
		terms[i] = "'" + w + "'"
	}
	terms[len(terms)-1] += ":*"
	return strings.Join(terms, " & ")
}

// SearchSet uses the GIN index on to_tsvector('simple', search_folded);
// the expression must stay exactly as indexed.
func (Dialect) SearchSet(table, param string) string {
	return "SELECT id FROM " + table + " WHERE to_tsvector('simple', search_folded) @@ to_tsquery('simple', " + param + ")"
}

// SearchRow evaluates the indexed expression on the row.
func (Dialect) SearchRow(_, alias, param string) string {
	return "to_tsvector('simple', " + alias + ".search_folded) @@ to_tsquery('simple', " + param + ")"
}

// Unindexed returns col: PostgreSQL's planner chooses from statistics.
func (Dialect) Unindexed(col string) string { return col }

// Driving computes the ids once as an array and looks each row up by col:
// the planner cannot guess the array's length, so it neither walks an
// ORDER BY index hoping to meet the page early nor scans the table (issue
// 19: a three-organisation filter by due took a second that way).
func (Dialect) Driving(col, subquery string) string {
	return col + " = ANY(ARRAY(" + subquery + "))"
}

// WalkProbes is true: a walk under "t.id IN (…)" becomes a nested-loop
// semi join probing task_orgs for every task walked (issue 19: a thousand
// tasks' filter by due walked 35,000 entries and took a second under
// load).
func (Dialect) WalkProbes() bool { return true }

// IDList joins the ids with string_agg.
func (Dialect) IDList(subquery string) string {
	return "SELECT string_agg(CAST(id AS text), ',') FROM (" + subquery + ") x"
}

// IDSet reads a JSON array of ids.
func (Dialect) IDSet(param string) string {
	return "SELECT CAST(jsonb_array_elements_text(CAST(" + param + " AS jsonb)) AS bigint)"
}

// WritesInWith is true: data-modifying CTEs save round trips.
func (Dialect) WritesInWith() bool { return true }

// LastTaskID counts the identity sequence too: it may be ahead of the table.
func (Dialect) LastTaskID() string {
	return `SELECT GREATEST(COALESCE(MAX(id), 0),
		COALESCE(pg_sequence_last_value(pg_get_serial_sequence('tasks', 'id')::regclass), 0)) FROM tasks`
}

// ExplicitIDs: tasks.id is GENERATED ALWAYS AS IDENTITY.
func (Dialect) ExplicitIDs() string { return " OVERRIDING SYSTEM VALUE" }

// AfterExplicitIDs moves the identity sequence past the ids written.
func (Dialect) AfterExplicitIDs() string {
	return "SELECT setval(pg_get_serial_sequence('tasks', 'id'), $1)"
}

// AnonymousParams: pgx binds numbered parameters directly.
func (Dialect) AnonymousParams() bool { return false }

// SkipLocked lets instances claim disjoint rows without waiting.
func (Dialect) SkipLocked() string { return " FOR UPDATE SKIP LOCKED" }

// CommitsInIDOrder: concurrent transactions commit in any order of their ids.
func (Dialect) CommitsInIDOrder() bool { return false }
