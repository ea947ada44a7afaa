package main

import (
	"context"
	"path/filepath"
	"runtime/debug"
	"testing"

	"tiendo"
)

// The heap's limit grows by the statistics index's size when serve set
// it, and is left alone when it did not (GOMEMLIMIT, or no limit).
func TestRoomForStats(t *testing.T) {
	ctx := context.Background()
	st, err := openStore(ctx, filepath.Join(t.TempDir(), "t.db"), tiendo.SystemClock{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if err := st.WarmStats(ctx); err != nil {
		t.Fatal(err)
	}
	_, bytes := st.StatsIndexSize()
	if bytes == 0 {
		t.Fatal("the statistics index takes no bytes: nothing to check")
	}
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	for _, tc := range []struct {
		name      string
		heapLimit int64
		want      int64
	}{
		{"limit set by serve", 64 << 20, 64<<20 + int64(bytes)},
		{"no limit set by serve", 0, 123 << 20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetMemoryLimit(123 << 20)
			roomForStats(st, tc.heapLimit)
			if got := debug.SetMemoryLimit(-1); got != tc.want {
				t.Errorf("limit %d, want %d", got, tc.want)
			}
		})
	}
}
