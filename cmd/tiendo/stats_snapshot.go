package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"tiendo/sqlstore"
)

// statsSnapshotPath is the file beside a SQLite database where serve keeps
// the statistics index between runs (sqlstore.SaveStatsSnapshot); "" for
// PostgreSQL, which has no index, and for SQLite names that are not a
// plain file path.
func statsSnapshotPath(dsn string) string {
	if isPostgres(dsn) || dsn == "" || strings.HasPrefix(dsn, "file:") || strings.HasPrefix(dsn, ":memory:") || strings.Contains(dsn, "?") {
		return ""
	}
	return dsn + ".stats"
}

// loadStatsSnapshot loads the statistics index from path, brought up to
// date with the audit log; false when there is none that matches the
// database (the index is then built from the tasks).
func loadStatsSnapshot(ctx context.Context, st *sqlstore.Store, path string, logger *slog.Logger) bool {
	if path == "" {
		return false
	}
	start := time.Now()
	f, err := os.Open(path)
	if err != nil {
		if !os.IsNotExist(err) {
			logger.Warn("statistics snapshot", "err", err)
		}
		return false
	}
	defer f.Close()
	ok, err := st.LoadStatsSnapshot(ctx, f)
	if err != nil {
		logger.Warn("statistics snapshot", "err", err)
		return false
	}
	if !ok {
		logger.Info("statistics snapshot does not match the database; reading every task")
		return false
	}
	n, bytes := st.StatsIndexSize()
	logger.Info("statistics index loaded", "tasks", n, "bytes", bytes, "ms", time.Since(start).Milliseconds())
	return true
}

// saveStatsSnapshot writes the statistics index to path through a
// temporary file, so that path is whole or absent.
func saveStatsSnapshot(ctx context.Context, st *sqlstore.Store, path string, logger *slog.Logger) {
	if path == "" {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err == nil {
		var ok bool
		if ok, err = st.SaveStatsSnapshot(ctx, tmp); err == nil {
			err = tmp.Close()
		} else {
			tmp.Close()
		}
		if err == nil && ok {
			err = os.Rename(tmp.Name(), path)
		}
		if err != nil || !ok {
			os.Remove(tmp.Name())
		}
	}
	if err != nil {
		logger.Warn("statistics snapshot", "err", err)
	}
}
