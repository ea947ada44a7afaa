// Package bench holds the end-to-end benchmarks of Tiến Độ's performance
// targets on a generated province (`tiendo gen`, a million tasks and 600
// organisations): list and search pages read through the store as real
// actors scope them, and the HTTP API served by the real binary — pages,
// concurrent creates and the server's peak memory.
//
// The benchmarks need the generated database and skip without it:
//
//	TIENDO_BENCH_DB=/tmp/bench/1m.db go test -run '^$' -bench . ./bench/
//
// scripts/bench runs them; docs/BENCHMARKS.md holds the figures. The
// non-test files are the small helpers the benchmarks share: latency
// percentiles and the peak resident memory of a process.
package bench
