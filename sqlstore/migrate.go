package sqlstore

import (
	"context"
	"fmt"
	"path"
	"time"

	"github.com/pressly/goose/v3"
)

// MigrationState is one migration and whether it has been applied.
type MigrationState struct {
	Version   int64
	Name      string // file name, e.g. "00001_core.sql"
	Applied   bool
	AppliedAt time.Time // zero when pending
}

// provider builds a goose provider over the write pool with the dialect's
// embedded migrations. The global goose registry is not used, so several
// stores can migrate in one process.
func (s *Store) provider() (*goose.Provider, error) {
	opts, err := s.d.MigrationOptions()
	if err != nil {
		return nil, err
	}
	opts = append(opts, goose.WithDisableGlobalRegistry(true))
	return goose.NewProvider(s.d.Goose(), s.write, s.d.Migrations(), opts...)
}

// Migrate applies every pending migration. It is safe to run on a schema
// that is already up to date.
func (s *Store) Migrate(ctx context.Context) error {
	p, err := s.provider()
	if err != nil {
		return fmt.Errorf("sqlstore: migrations (%s): %w", s.d.Name(), err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("sqlstore: migrate (%s): %w", s.d.Name(), err)
	}
	// Data that only Go can derive, once per database.
	if err := s.backfillTaskHistory(ctx); err != nil {
		return fmt.Errorf("sqlstore: task history from the audit log (%s): %w", s.d.Name(), err)
	}
	return nil
}

// MigrationStatus lists every known migration and whether it is applied,
// oldest first.
func (s *Store) MigrationStatus(ctx context.Context) ([]MigrationState, error) {
	p, err := s.provider()
	if err != nil {
		return nil, fmt.Errorf("sqlstore: migrations (%s): %w", s.d.Name(), err)
	}
	list, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: migration status (%s): %w", s.d.Name(), err)
	}
	out := make([]MigrationState, len(list))
	for i, m := range list {
		out[i] = MigrationState{
			Version:   m.Source.Version,
			Name:      path.Base(m.Source.Path),
			Applied:   m.State == goose.StateApplied,
			AppliedAt: m.AppliedAt,
		}
	}
	return out, nil
}
