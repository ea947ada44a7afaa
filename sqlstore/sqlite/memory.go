package sqlite

import (
	"runtime"
	"sync"
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

// PageCacheMiB is the memory of SQLite's page caches for the whole
// process: one region carved into slots of one page and its header,
// shared by the caches of every connection (SQLITE_CONFIG_PAGECACHE).
// Without it each cached 4 KiB page is an allocation of its own, which
// modernc's allocator serves from an 8 KiB size class: the caches took
// twice the memory SQLite counted, and the soft heap limit saw half of it.
// SQLite writes a link into every slot when it takes the region, so the
// whole region is resident from the first connection on: a fixed cost
// instead of one that grows with the load. Pages that do not fit (other
// page sizes, all slots taken) come from the heap, under SoftHeapLimit.
const PageCacheMiB = 32

// pageSize is the page size of the databases Tiến Độ creates (SQLite's
// default); the slots are sized for it.
const pageSize = 4096

// StmtJournalSpill is how large a transaction's statement journal (the
// sub-journal that undoes one statement or savepoint inside a transaction,
// even in WAL mode) grows in memory before SQLite moves it to a temporary
// file. SQLite's default, 64 KiB, was less than one task creation's when
// every job of a batch ran under a savepoint: each spilled, so every write
// transaction opened, wrote and deleted a file (open, pwrite, close: 5% of
// a create's CPU, and most of the "rollback journal" of the profile).
//
// It must stay below 128 KiB. The in-memory journal is kept in chunks of
// this size, and on spilling SQLite copies it to the file one chunk per
// write; its unix layer writes at most 128 KiB at once (seekAndWriteFd
// masks the length with 0x1ffff), so a chunk of 4 MiB (the value of the
// first round) was written as 0 bytes and the statement failed with
// SQLITE_FULL, "database or disk is full": every transaction whose
// journal passed 4 MiB, such as `tiendo gen` building its indexes at the
// end or a bulk commit (TestStatementJournalSpills). 120 KiB holds a
// request's journal; a bulk load's spills, which keeps releasing its
// savepoints linear (an in-memory journal is truncated by walking it from
// the start; temp_store stays on file for that reason, see writerPragmas).
const StmtJournalSpill = 120 << 10

// configOnce guards SQLite's process-wide configuration, which takes
// effect only before its first connection opens.
var configOnce sync.Once

// configure sets SQLite's process-wide memory options once, before the
// first connection: memory statistics on (modernc builds SQLite with them
// off, and without them the soft heap limit is never checked) and the
// page-cache region. If SQLite is already initialised (something opened a
// connection without this package), it refuses with SQLITE_MISUSE and the
// defaults stay: correct, only less bounded, so the error is dropped.
// It also raises the statement journal's spill size (StmtJournalSpill).
func configure() {
	configOnce.Do(func() {
		tls := libc.NewTLS()
		defer tls.Close()
		va := libc.Xmalloc(tls, 3*8)
		if va == 0 {
			return
		}
		defer libc.Xfree(tls, va)
		sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_MEMSTATUS, libc.VaList(va, int32(1)))
		sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_STMTJRNL_SPILL, libc.VaList(va, int32(StmtJournalSpill)))
		configurePageCache(tls, va)
	})
}

// configurePageCache hands SQLite the page-cache region; va is scratch
// space for the variadic arguments.
func configurePageCache(tls *libc.TLS, va uintptr) {
	hdr := new(int32)
	var pin runtime.Pinner
	pin.Pin(hdr)
	defer pin.Unpin()
	if sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PCACHE_HDRSZ, libc.VaList(va, uintptr(unsafe.Pointer(hdr)))) != sqlite3.SQLITE_OK {
		return
	}
	slot := (pageSize + int(*hdr) + 7) &^ 7
	n := PageCacheMiB << 20 / slot
	// The region lives as long as the process: SQLite keeps using it.
	buf := libc.Xmalloc(tls, libc.Tsize_t(n*slot))
	if buf == 0 {
		return
	}
	if sqlite3.Xsqlite3_config(tls, sqlite3.SQLITE_CONFIG_PAGECACHE, libc.VaList(va, buf, int32(slot), int32(n))) != sqlite3.SQLITE_OK {
		libc.Xfree(tls, buf)
	}
}
