package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"tiendo"
	"tiendo/demo"
	"tiendo/service"
	"tiendo/web"
)

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	db := dbFlag(fs, env)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (port 0 picks a free one)")
	withDemo := fs.Bool("demo", false, "fill an empty database with the demo data and accounts")
	nf := registerNotifyFlags(fs, env)
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	if err := fakeClock(env); err != nil {
		return err
	}
	logger := slog.New(slog.NewJSONHandler(env.Stderr, nil))
	svc, st, err := openService(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *withDemo {
		if err := loadDemo(ctx, env, svc, st); err != nil {
			return err
		}
	}
	srv := web.NewServer(svc, web.Options{Logger: logger, Ready: st.Ping})
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
	startScheduler(ctx, env, svc, st, nf, logger)
	return serveUntilDone(ctx, ln, srv.Handler())
}

func loadDemo(ctx context.Context, env *Env, svc *service.Service, st tiendo.Store) error {
	loaded, err := demo.Loaded(ctx, st)
	if err != nil || loaded {
		return err
	}
	start := time.Now()
	if _, err := demo.Load(ctx, svc, st); err != nil {
		return fmt.Errorf("demo data: %w", err)
	}
	fmt.Fprintf(env.Stdout, "demo data loaded in %s; accounts (password %q):\n", time.Since(start).Round(time.Millisecond), demo.Password)
	for _, a := range demo.Accounts {
		fmt.Fprintf(env.Stdout, "  %-12s %-8s %s\n", a.Login, a.Role, a.Description)
	}
	return nil
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
