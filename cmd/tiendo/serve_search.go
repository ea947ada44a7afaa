package main

import (
	"context"
	"log/slog"
	"time"

	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
)

// mergeSearch merges the SQLite search index's segments that creates left
// behind (migration 00055), with the periodic jobs rather than inside
// requests. Other engines have nothing to merge.
func mergeSearch(ctx context.Context, st *sqlstore.Store, logger *slog.Logger) {
	if st.Dialect().Name() != "sqlite" {
		return
	}
	start := time.Now()
	steps, err := sqlite.MergeSearch(ctx, st)
	if err != nil && ctx.Err() == nil {
		logger.Error("search index merge", "err", err)
	} else if steps > 0 {
		logger.Info("search index merged", "steps", steps, "took", time.Since(start).Round(time.Millisecond))
	}
}
