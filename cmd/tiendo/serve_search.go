package main

import (
	"context"
	"log/slog"
	"time"

	"tiendo/sqlstore"
	"tiendo/sqlstore/sqlite"
)

// searchMergeEvery is how often the server merges the SQLite search
// index's segments. Creates leave one small segment each and merge only
// when 64 pile up on a level (migration 00055); searches over 40,000 tasks
// cost up to twice the CPU with 56 segments as with 4, and merging what
// 10,000 creates left took 30 ms.
const searchMergeEvery = 10 * time.Minute

// runSearchMerge merges the search index at start and every
// searchMergeEvery, outside requests (in short steps that creates
// interleave with). Other engines have nothing to merge.
func runSearchMerge(ctx context.Context, st *sqlstore.Store, logger *slog.Logger) {
	if st.Dialect().Name() != "sqlite" {
		return
	}
	tick := time.NewTicker(searchMergeEvery)
	defer tick.Stop()
	for {
		start := time.Now()
		steps, err := sqlite.MergeSearch(ctx, st)
		if err != nil && ctx.Err() == nil {
			logger.Error("search index merge", "err", err)
		} else if steps > 0 {
			logger.Info("search index merged", "steps", steps, "took", time.Since(start).Round(time.Millisecond))
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
