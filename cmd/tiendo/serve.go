package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	"tiendo/service"
	"tiendo/sqlstore"
	"tiendo/web"
)

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	withDemo := fs.Bool("demo", false, "fill an empty database with the demo data and accounts; print the accounts")
	demoReset := fs.Bool("demo-reset", false, "delete the demo's SQLite file and load the demo afresh (refused on a database that is not the demo's)")
	memLimit := fs.Int("mem-limit-mib", defaultMemLimitMiB, "soft limit of the Go heap in MiB beyond the statistics index, 0 for none (GOMEMLIMIT wins)")
	nf := registerNotifyFlags(fs, env)
	idle := fs.String("idle-timeout", env.Getenv("TIENDO_IDLE_TIMEOUT"), "end a web session after this long without a request, e.g. 30m (env TIENDO_IDLE_TIMEOUT; default 30m)")
	oidcOpts := registerOIDCFlags(fs, env)
	trustProxy := fs.Bool("trust-proxy", env.Getenv("TIENDO_TRUST_PROXY") == "1", "behind a reverse proxy that sets X-Forwarded-Proto and appends to X-Forwarded-For: session cookie Secure when it says https, client address from X-Forwarded-For (env TIENDO_TRUST_PROXY=1)")
	pwSlots := fs.Int("password-slots", service.DefaultPasswordSlots, "password hashes run at once, 64 MiB each; more sign-ins wait briefly or get 429")
	tileURL := fs.String("tile-url", env.Getenv("TIENDO_TILE_URL"), "map tile server, an http(s) URL with {z}, {x} and {y} (an office's own tile server); empty draws places on a blank base (env TIENDO_TILE_URL)")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if err := checkTileURL(*tileURL); err != nil {
		return err
	}
	idleTimeout, err := parseIdleTimeout(*idle)
	if err != nil {
		return err
	}
	if err := checkOIDC(oidcOpts); err != nil {
		return err
	}
	if err := fakeClock(env); err != nil {
		return err
	}
	logger := slog.New(slog.NewJSONHandler(env.Stderr, nil))
	if err := startDebug(ctx, env, logger); err != nil {
		return err
	}
	var heapLimit int64 // the limit serve set, 0 if none or GOMEMLIMIT's
	if *memLimit > 0 && env.Getenv("GOMEMLIMIT") == "" {
		heapLimit = int64(*memLimit) << 20
		debug.SetMemoryLimit(heapLimit)
		if env.Getenv("GOGC") == "" {
			debug.SetGCPercent(serveGCPercent)
		}
	}
	if *demoReset {
		if err := resetDemo(ctx, env, *db); err != nil {
			return err
		}
		*withDemo = true
	}
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	st.SetLogger(logger)
	if *pwSlots < 1 {
		return fmt.Errorf("--password-slots must be at least 1")
	}
	svc.LimitPasswordWork(*pwSlots, service.DefaultPasswordQueue)
	if *withDemo {
		if err := loadDemo(ctx, env, svc, st); err != nil {
			return err
		}
	}
	// Every write from here on goes through the audited service, which the
	// lists answered from the statistics index rely on.
	st.IndexLists()
	// The statistics index from the last run, if it matches, before the
	// first request (tens of milliseconds); else it is built in the
	// background while SQL answers.
	snapshot := statsSnapshotPath(*db)
	if loadStatsSnapshot(ctx, st, snapshot, logger) {
		roomForStats(st, heapLimit)
	} else {
		warmStats(ctx, st, snapshot, logger, heapLimit)
	}
	srv := web.NewServer(svc, web.Options{Logger: logger, Ready: st.Ping, IdleTimeout: idleTimeout, TrustProxy: *trustProxy,
		OIDC: *oidcOpts, TileURL: *tileURL})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(env.Stdout, "Tiến Độ is running at %s\n", url)
	if env.Ready != nil {
		env.Ready(url)
	}
	go runDaily(ctx, svc, logger)
	go runSearchMerge(ctx, st, logger)
	startScheduler(ctx, env, svc, st, nf, logger)
	err = serveUntilDone(ctx, ln, srv.Handler())
	// For the next start: the index as the last request left it.
	saveStatsSnapshot(context.Background(), st, snapshot, logger)
	return err
}

// warmStats starts building the statistics index (SQLite) in the
// background, so that no request pays the full read (SQL answers until it
// is built), and saves it for the next start.
func warmStats(ctx context.Context, st *sqlstore.Store, snapshot string, logger *slog.Logger, heapLimit int64) {
	start := time.Now()
	done := st.WarmStatsInBackground(ctx)
	go func() {
		if err := <-done; err != nil {
			logger.Error("statistics index", "err", err)
			return
		}
		if n, bytes := st.StatsIndexSize(); n > 0 {
			logger.Info("statistics index built", "tasks", n, "bytes", bytes, "ms", time.Since(start).Milliseconds())
			roomForStats(st, heapLimit)
			saveStatsSnapshot(ctx, st, snapshot, logger)
		}
	}()
}

// defaultMemLimitMiB bounds the Go heap so that the server stays within
// 150 MB of resident memory: SQLite's page-cache region
// (sqlite.PageCacheMiB) and heap (sqlite.SoftHeapLimit) live outside it.
// The collector works harder near the limit instead of letting the heap
// double between collections.
const defaultMemLimitMiB = 64

// serveGCPercent lets the heap grow to five times what is live between
// collections (Go's default is twice) while the memory limit above holds
// it anyway: the live heap of a busy server is a few MiB, so with the
// default the collector ran every few requests — 13% of a task creation's
// CPU. Measured: 12–14% less server CPU per create, peak RSS 97 → 115 MiB.
// Only with the limit in force, and GOGC wins.
const serveGCPercent = 400

// roomForStats raises the Go heap's limit (heapLimit, 0 for none set by
// serve) by what the statistics index takes, once it is loaded or built.
// The index is live for the server's life and grows with the tasks (21 MB
// of a 46 MB live heap at 1,000,000 tasks): under the fixed limit the
// collector had 5 MB of room left and ran every few dozen writes, 19% of
// a report's CPU against 4% at 20,000 tasks (issue 18). Pointer-free, it
// costs a collection nothing to mark; only the room it takes matters.
func roomForStats(st *sqlstore.Store, heapLimit int64) {
	if _, bytes := st.StatsIndexSize(); heapLimit > 0 && bytes > 0 {
		debug.SetMemoryLimit(heapLimit + int64(bytes))
	}
}

// serveUntilDone serves until ctx ends, then drains requests in flight.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute,
		WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// runDaily tops up recurring task instances at start and every few hours;
// running it on several instances at once creates nothing twice.
func runDaily(ctx context.Context, svc *service.Service, logger *slog.Logger) {
	tick := time.NewTicker(6 * time.Hour)
	defer tick.Stop()
	for {
		if n, err := svc.EnsureRecurring(ctx); err != nil && ctx.Err() == nil {
			logger.Error("recurring instances", "err", err)
		} else if n > 0 {
			logger.Info("recurring instances created", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// parseIdleTimeout reads --idle-timeout: empty is the default (30
// minutes); otherwise a Go duration from one minute to the 12-hour life of
// a session.
func parseIdleTimeout(s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < time.Minute || d > service.SessionLifetime {
		return 0, fmt.Errorf("--idle-timeout %q: cần một khoảng từ 1m đến 12h, ví dụ 30m", s)
	}
	return d, nil
}

// checkTileURL accepts "" or an http(s) URL template with {z}, {x} and {y}.
func checkTileURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" ||
		!strings.Contains(s, "{z}") || !strings.Contains(s, "{x}") || !strings.Contains(s, "{y}") {
		return fmt.Errorf("--tile-url %q: want an http(s) URL with {z}, {x} and {y}, e.g. https://tiles.example.vn/{z}/{x}/{y}.png", s)
	}
	return nil
}
