package sqlite

import (
	"runtime"
	"unsafe"

	"modernc.org/libc"
	sqlite3 "modernc.org/sqlite/lib"
)

// MemoryStats is SQLite's own account of its memory in this process, in
// bytes. modernc's C allocations live outside the Go heap, so a heap
// profile never shows them; these figures do.
type MemoryStats struct {
	Used, Peak                 int64 // heap (sqlite3_malloc) now and at most
	PageCacheUsed, PageCachePk int64 // page-cache slots in use now and at most, in slots
	Overflow, OverflowPeak     int64 // page-cache bytes that did not fit the slots
}

// Memory reads SQLite's memory status counters.
func Memory() MemoryStats {
	tls := libc.NewTLS()
	defer tls.Close()
	// SQLite writes the two counters through C pointers: pinned Go memory.
	v := new([2]int64)
	var pin runtime.Pinner
	pin.Pin(v)
	defer pin.Unpin()
	p := uintptr(unsafe.Pointer(v))
	status := func(op int32) (int64, int64) {
		sqlite3.Xsqlite3_status64(tls, op, p, p+8, 0)
		return v[0], v[1]
	}
	var m MemoryStats
	m.Used, m.Peak = status(sqlite3.SQLITE_STATUS_MEMORY_USED)
	m.PageCacheUsed, m.PageCachePk = status(sqlite3.SQLITE_STATUS_PAGECACHE_USED)
	m.Overflow, m.OverflowPeak = status(sqlite3.SQLITE_STATUS_PAGECACHE_OVERFLOW)
	return m
}
