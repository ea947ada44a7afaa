package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime/metrics"
	"strings"
	"time"

	"tiendo/sqlstore/sqlite"
)

// startDebug serves Go's profiles (/debug/pprof/) and a memory summary
// (/debug/memory) on TIENDO_PPROF, which must be a loopback address
// (127.0.0.1:6060): for finding what holds the server's memory, off unless
// set, never on the public listener.
func startDebug(ctx context.Context, env *Env, logger *slog.Logger) error {
	addr := env.Getenv("TIENDO_PPROF")
	if addr == "" {
		return nil
	}
	if !loopback(addr) {
		return fmt.Errorf("TIENDO_PPROF %q: cần một địa chỉ loopback, ví dụ 127.0.0.1:6060", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("TIENDO_PPROF: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/memory", serveMemory)
	logger.Info("debug listener", "addr", ln.Addr().String())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	go func() { <-ctx.Done(); hs.Close() }()
	return nil
}

// loopback reports whether addr's host is a loopback IP or "localhost".
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// serveMemory writes one line per figure, in bytes: the process's resident
// memory, the Go runtime's share of it, and SQLite's own account of the C
// memory modernc allocates outside the Go heap.
func serveMemory(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if status, err := os.ReadFile("/proc/self/status"); err == nil {
		for line := range strings.Lines(string(status)) {
			if strings.HasPrefix(line, "VmRSS:") || strings.HasPrefix(line, "VmHWM:") || strings.HasPrefix(line, "RssAnon:") || strings.HasPrefix(line, "RssFile:") {
				fmt.Fprint(w, line)
			}
		}
	}
	names := []string{"/memory/classes/total:bytes", "/memory/classes/heap/released:bytes",
		"/memory/classes/heap/objects:bytes", "/memory/classes/heap/unused:bytes", "/memory/classes/heap/free:bytes",
		"/memory/classes/heap/stacks:bytes", "/gc/heap/goal:bytes"}
	samples := make([]metrics.Sample, len(names))
	for i, n := range names {
		samples[i].Name = n
	}
	metrics.Read(samples)
	for _, s := range samples {
		if s.Value.Kind() == metrics.KindUint64 {
			fmt.Fprintf(w, "go %s %d\n", s.Name, s.Value.Uint64())
		}
	}
	m := sqlite.Memory()
	fmt.Fprintf(w, "sqlite heap used %d peak %d\n", m.Used, m.Peak)
	fmt.Fprintf(w, "sqlite page cache slots used %d peak %d, overflow bytes %d peak %d\n",
		m.PageCacheUsed, m.PageCachePk, m.Overflow, m.OverflowPeak)
}
