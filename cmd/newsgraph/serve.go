package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/server"
	"newsgraph/web"
)

// ServeConfig is what `newsgraph serve` runs with.
type ServeConfig struct {
	Backend, DB string
	Server      server.Config
	// Load lists articles (files or folders) loaded before serving; unchanged ones are skipped.
	Load []string
	// Grace is how long shutdown waits for requests in flight.
	Grace time.Duration
}

// Main is the serving program: a store, the loader and the HTTP server wired together. Tests
// start it with Server.Addr ":0" and read the address from Addr.
type Main struct {
	Config ServeConfig
	Log    *slog.Logger

	store *graph.Store
	srv   *server.Server
	// extractor builds the loader (its gazetteers take about 80 MB and a second) on first use:
	// by Config.Load, or by the first ingest of a server with a token. A read-only server
	// that loads nothing never builds it.
	extractor func() *loader.Extractor
	built     atomic.Bool
}

// Run opens the store, loads Config.Load, and starts the server in the background.
func (m *Main) Run(ctx context.Context) error {
	if m.Log == nil {
		m.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	// A server mostly reads: without --load, Cayley's filter of stored quads (80 MB, and a read
	// of the whole bolt file at open) is not built. Without --load and without a token it never
	// writes: it opens PostgreSQL read-only (no DDL), as on a hot standby.
	reader := len(m.Config.Load) == 0
	store, err := graph.Open(ctx, graph.Config{Backend: m.Config.Backend, Addr: m.Config.DB, ReadMostly: reader,
		ReadOnly: reader && m.Config.Server.Token == ""}, m.Log)
	if err != nil {
		return err
	}
	m.store = store
	m.extractor = sync.OnceValue(func() *loader.Extractor {
		m.built.Store(true)
		return loader.New()
	})
	if len(m.Config.Load) > 0 {
		e := &env{stderr: os.Stderr, log: m.Log}
		st, err := loadPaths(ctx, e, store, m.Config.Load, loadOptions{workers: runtime.GOMAXPROCS(0), batch: 256, extractor: m.extractor()})
		if err != nil {
			return fmt.Errorf("loading %s: %w", strings.Join(m.Config.Load, ", "), err)
		}
		m.Log.Info("loaded articles", "articles", st.articles, "stored", st.changed, "unchanged", st.unchanged, "bad", st.bad)
	}
	cfg := m.Config.Server
	if cfg.Web == nil {
		cfg.Web = web.Handler()
	}
	if cfg.Export == nil {
		cfg.Export = exportHandler(store, m.Log)
	}
	// Without a token every mutation is refused before it runs, so ingest needs no extractor.
	var extract func(newsgraph.Article) newsgraph.Extraction
	if cfg.Token != "" {
		extract = func(a newsgraph.Article) newsgraph.Extraction { return m.extractor().Extract(a) }
	}
	srv, err := server.New(cfg, store, extract, m.Log)
	if err != nil {
		return err
	}
	if err := srv.Open(); err != nil {
		return err
	}
	m.srv = srv
	m.Log.Info("serving", "addr", "http://"+srv.Addr(), "backend", store.Backend(), "read_only", cfg.Token == "")
	return nil
}

// Addr is the address the server listens on, once Run has returned.
func (m *Main) Addr() string {
	if m.srv == nil {
		return ""
	}
	return m.srv.Addr()
}

// Close stops the server, letting requests in flight finish for up to Config.Grace, then closes
// the store. Closing twice is harmless.
func (m *Main) Close() error {
	var errs []error
	if m.srv != nil {
		grace := m.Config.Grace
		if grace <= 0 {
			grace = 10 * time.Second
		}
		ctx, cancel := context.WithTimeout(context.Background(), grace)
		defer cancel()
		errs = append(errs, m.srv.Close(ctx))
		m.srv = nil
	}
	if m.store != nil {
		errs = append(errs, m.store.Close())
		m.store = nil
	}
	return errors.Join(errs...)
}

func runServe(ctx context.Context, e *env) error {
	fs := newFlags(e, "serve", "serve [--backend NAME] [--db ADDRESS] [--addr HOST:PORT] [flags]")
	var sf storeFlags
	sf.register(fs, e)
	c := ServeConfig{}
	addr := e.getenv("NEWSGRAPH_ADDR")
	if addr == "" {
		addr = server.DefaultAddr
	}
	fs.StringVar(&c.Server.Addr, "addr", addr, "listen on `HOST:PORT` (env NEWSGRAPH_ADDR)")
	load := fs.String("load", "", "comma-separated articles (files or folders) to load before serving")
	origins := fs.String("origins", e.getenv("NEWSGRAPH_ORIGINS"), "comma-separated browser origins allowed to call /graphql and /export, or * (env NEWSGRAPH_ORIGINS)")
	tokenFile := fs.String("token-file", "", "file holding the bearer token that allows mutations (or env NEWSGRAPH_TOKEN); none: read-only")
	noIntro := fs.Bool("no-introspection", false, "refuse GraphQL introspection (the playground's completion needs it)")
	fs.IntVar(&c.Server.MaxDepth, "max-depth", 0, "deepest query nesting (0: the default)")
	fs.IntVar(&c.Server.MaxCost, "max-cost", 0, "largest estimated query cost (0: the default)")
	fs.IntVar(&c.Server.MaxPage, "max-page", 0, "largest page size (0: the default)")
	fs.Int64Var(&c.Server.MaxBody, "max-body", 0, "largest request body in bytes (0: the default)")
	fs.DurationVar(&c.Server.Timeout, "timeout", 0, "time limit of one GraphQL request (0: the default)")
	fs.DurationVar(&c.Grace, "grace", 10*time.Second, "how long shutdown waits for requests in flight")
	cacheMB := fs.Int("cache-mb", server.DefaultResponseCache>>20, "MiB of query answers kept until the store changes (0: no response cache)")
	if err := parse(fs, e.args); err != nil {
		return err
	}
	c.Backend, c.DB = sf.backend, sf.db
	c.Load = splitComma(*load)
	c.Server.Origins = splitComma(*origins)
	c.Server.Introspection = !*noIntro
	if c.Server.ResponseCache = int64(*cacheMB) << 20; *cacheMB <= 0 {
		c.Server.ResponseCache = -1
	}
	c.Server.Token = e.getenv("NEWSGRAPH_TOKEN")
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			return fmt.Errorf("reading the token: %w", err)
		}
		c.Server.Token = strings.TrimSpace(string(b))
	}
	m := &Main{Config: c, Log: e.log}
	if err := m.Run(ctx); err != nil {
		m.Close()
		return err
	}
	<-ctx.Done()
	e.log.Info("shutting down")
	return m.Close()
}
