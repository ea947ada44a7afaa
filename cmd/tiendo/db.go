package main

import (
	"context"
	"flag"
	"strings"

	"tiendo"
	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/sqlstore/postgres"
	"tiendo/sqlstore/sqlite"
)

// dbFlag registers --db with its default from the environment.
func dbFlag(fs *flag.FlagSet, env *Env) *string {
	def := env.Getenv("TIENDO_DB")
	if def == "" {
		def = "tiendo.db"
	}
	return fs.String("db", def, "SQLite file path or postgres:// DSN (env TIENDO_DB)")
}

// openStore opens the engine the DSN names: postgres:// or postgresql://
// is PostgreSQL, anything else a SQLite file.
func openStore(ctx context.Context, dsn string, clock tiendo.Clock) (*sqlstore.Store, error) {
	if isPostgres(dsn) {
		return postgres.Open(ctx, dsn, clock)
	}
	return sqlite.Open(ctx, dsn, clock)
}

// isPostgres tells whether a --db value names PostgreSQL.
func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// openService opens and migrates the store and builds the service on it.
func openService(ctx context.Context, env *Env, dsn string) (*service.Service, *sqlstore.Store, error) {
	st, err := openStore(ctx, dsn, env.Clock)
	if err != nil {
		return nil, nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, nil, err
	}
	return service.New(st, env.Clock, tiendo.DefaultRules()), st, nil
}

// asSystem is the context of administrative commands run on the server
// machine: whoever can run them already owns the database.
func asSystem(ctx context.Context) context.Context {
	return tiendo.NewContextWithActor(ctx, tiendo.SystemActor())
}
