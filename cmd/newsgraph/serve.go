package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsgraph"
	"newsgraph/follow"
	"newsgraph/graph"
	"newsgraph/loader"
	"newsgraph/schema"
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
	// Follow lists feed URLs polled every FollowEvery while serving (follow.DefaultEvery when 0),
	// each new item loaded once; the counts go to /metrics.
	Follow      []string
	FollowEvery time.Duration
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
	// stopFollow stops the feed follower and waits for it (nil when not following).
	stopFollow func()
}

// Run opens the store, loads Config.Load, and starts the server in the background.
func (m *Main) Run(ctx context.Context) error {
	if m.Log == nil {
		m.Log = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	// A server mostly reads: without --load, Cayley's filter of stored quads (80 MB, and a read
	// of the whole bolt file at open) is not built. Without --load, --follow and a token it
	// never writes: it opens PostgreSQL read-only (no DDL), as on a hot standby.
	reader := len(m.Config.Load) == 0 && len(m.Config.Follow) == 0
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
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
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
	if len(m.Config.Follow) > 0 {
		return m.startFollow(cfg.Registry)
	}
	return nil
}

// startFollow starts following Config.Follow in the background, counting into reg.
func (m *Main) startFollow(reg prometheus.Registerer) error {
	metrics, err := follow.NewMetrics(reg)
	if err != nil {
		return err
	}
	r, err := defaultInputs.reader(&env{log: m.Log})
	if err != nil {
		return err
	}
	f, err := follow.New(follow.Config{Feeds: m.Config.Follow, Every: m.Config.FollowEvery}, r, m.store, m.extractor(), metrics, m.Log)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		f.Run(ctx)
	}()
	m.stopFollow = func() { cancel(); <-done }
	m.Log.Info("following feeds", "feeds", len(m.Config.Follow), "every", m.Config.FollowEvery)
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
	if m.stopFollow != nil {
		m.stopFollow()
		m.stopFollow = nil
	}
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
	load := fs.String("load", "", "comma-separated articles (files, folders or URLs) to load before serving")
	fs.Var((*listFlag)(&c.Follow), "follow", "RSS/Atom feed `URL`s to poll while serving, loading each new item once (comma-separated, or the flag repeated)")
	fs.DurationVar(&c.FollowEvery, "follow-every", follow.DefaultEvery, "time between two polls of a followed feed")
	origins := fs.String("origins", e.getenv("NEWSGRAPH_ORIGINS"), "comma-separated browser origins allowed to call /graphql and /export, or * (env NEWSGRAPH_ORIGINS)")
	tokenFile := fs.String("token-file", "", "file holding the bearer token that allows mutations (or env NEWSGRAPH_TOKEN); none: read-only")
	noIntro := fs.Bool("no-introspection", false, "refuse GraphQL introspection (the playground's completion needs it)")
	fs.IntVar(&c.Server.MaxDepth, "max-depth", 0, "deepest query nesting (0: the default)")
	fs.IntVar(&c.Server.MaxCost, "max-cost", 0, "largest estimated query cost (0: the default)")
	fs.IntVar(&c.Server.MaxPage, "max-page", 0, "largest page size (0: the default)")
	docLimits(fs, &c.Server.Document)
	trusted := fs.String("trusted-documents", "", "run only the GraphQL documents of the *.graphql files in `DIR`, named by the SHA-256 of their text (extensions.persistedQuery.sha256Hash); any other request gets 403")
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
	if *trusted != "" {
		docs, err := server.LoadTrustedDocuments(*trusted)
		if err != nil {
			return err
		}
		c.Server.TrustedDocuments = docs
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

// docLimits registers the flags of the pre-scan's limits (0: schema's defaults).
func docLimits(fs *flag.FlagSet, l *schema.DocumentLimits) {
	for _, f := range []struct {
		v          *int
		name, what string
		def        int
	}{
		{&l.Tokens, "max-tokens", "most lexical tokens in a GraphQL document", schema.DefaultMaxTokens},
		{&l.SelectionNesting, "max-selection-nesting", "deepest nesting of selection sets as written", schema.DefaultMaxSelectionNesting},
		{&l.ValueNesting, "max-value-nesting", "deepest nesting of lists and input objects in arguments and variable types", schema.DefaultMaxValueNesting},
		{&l.Definitions, "max-definitions", "most operations and fragments in a document", schema.DefaultMaxDefinitions},
		{&l.Variables, "max-variables", "most variable definitions in a document", schema.DefaultMaxVariables},
		{&l.Fragments, "max-fragments", "most fragment definitions in a document", schema.DefaultMaxFragments},
		{&l.Spreads, "max-spreads", "most fragment spreads in a document", schema.DefaultMaxSpreads},
		{&l.Aliases, "max-aliases", "most aliased fields in a document", schema.DefaultMaxAliases},
		{&l.Directives, "max-directives", "most directives in a document", schema.DefaultMaxDirectives},
		{&l.Fields, "max-fields", "most fields an operation selects once its fragments are expanded", schema.DefaultMaxFields},
	} {
		fs.IntVar(f.v, f.name, 0, fmt.Sprintf("%s (0: %d)", f.what, f.def))
	}
}

// listFlag is a flag that may be repeated, each value a comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, splitComma(v)...)
	return nil
}
