// Package server is newsgraph's HTTP server: the GraphQL endpoint (POST, and GET for queries),
// /healthz, /metrics, /export and the web pages, with the hardening a public endpoint needs —
// body and time limits, read/write/idle timeouts, a bearer token for mutations, CORS for a
// configured list of origins, JSON errors with statuses that mean what they say, structured logs
// and graceful shutdown.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsgraph/schema"
)

// Defaults for the zero values of Config.
const (
	DefaultAddr         = "127.0.0.1:8080"
	DefaultMaxBody      = 1 << 20 // bytes
	DefaultTimeout      = 10 * time.Second
	DefaultReadTimeout  = 15 * time.Second
	DefaultWriteTimeout = 60 * time.Second
	DefaultIdleTimeout  = 120 * time.Second
)

// Config is the server's configuration. Zero values take the defaults above and schema's.
type Config struct {
	// Addr is where to listen (host:port; ":0" picks a free port, see Server.Addr).
	Addr string
	// Token, when set, lets requests with "Authorization: Bearer <Token>" run mutations. With
	// no token the server is read-only.
	Token string
	// Origins lists the browser origins (scheme://host:port, or "*") allowed to call /graphql
	// and /export from other pages; none: no cross-origin access.
	Origins []string
	// Introspection allows __schema and __type (the playground's completion needs it).
	Introspection bool
	// MaxDepth, MaxCost and MaxPage are the schema's limits (see schema.Config).
	MaxDepth, MaxCost, MaxPage int
	// Document bounds the shape of a GraphQL document before it is parsed (zero fields: the
	// schema's defaults).
	Document schema.DocumentLimits
	// TrustedDocuments, when set, are the only documents the server runs, named by hash; any
	// other request is refused (403). Nil: any document runs.
	TrustedDocuments TrustedDocuments
	// MaxBody is the largest request body, in bytes.
	MaxBody int64
	// Timeout bounds the work of one GraphQL request.
	Timeout time.Duration
	// ReadTimeout, WriteTimeout and IdleTimeout are the http.Server's.
	ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// Web serves the pages (/playground, /explore, their assets); nil: those paths are 404.
	Web http.Handler
	// Export serves GET /export; nil: 404.
	Export http.Handler
	// ResponseCache is how many bytes of answers the response cache keeps (see responseCache);
	// 0: DefaultResponseCache, negative: no cache.
	ResponseCache int64
	// Registry receives the server's metrics and is what /metrics shows; nil: a new one.
	Registry *prometheus.Registry
}

// Server is the HTTP server. Build it with New, start it with Open (or use Handler with a
// server of your own), stop it with Close.
type Server struct {
	cfg     Config
	store   schema.Store
	schema  *schema.Schema
	log     *slog.Logger
	metrics *metrics
	answers *responseCache // nil: off
	handler http.Handler
	srv     *http.Server
	ln      net.Listener
	done    chan error
}

// New builds a server over store. extract is the extraction the ingest mutation runs (nil:
// ingest is refused); log receives one line per request and every internal error.
func New(cfg Config, store schema.Store, extract schema.ExtractFunc, log *slog.Logger) (*Server, error) {
	if store == nil {
		return nil, errors.New("server: no store")
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	for _, d := range []struct {
		v *time.Duration
		d time.Duration
	}{{&cfg.Timeout, DefaultTimeout}, {&cfg.ReadTimeout, DefaultReadTimeout}, {&cfg.WriteTimeout, DefaultWriteTimeout}, {&cfg.IdleTimeout, DefaultIdleTimeout}} {
		if *d.v <= 0 {
			*d.v = d.d
		}
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	sch, err := schema.New(schema.Config{Store: store, Extract: extract, Logger: log,
		MaxDepth: cfg.MaxDepth, MaxCost: cfg.MaxCost, MaxPage: cfg.MaxPage, Document: cfg.Document, Introspection: cfg.Introspection})
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	m, err := newMetrics(cfg.Registry)
	if err != nil {
		return nil, fmt.Errorf("server: metrics: %w", err)
	}
	if cfg.ResponseCache == 0 {
		cfg.ResponseCache = DefaultResponseCache
	}
	s := &Server{cfg: cfg, store: store, schema: sch, log: log, metrics: m, answers: newResponseCache(cfg.ResponseCache)}
	s.handler = s.routes()
	return s, nil
}

// Handler returns the server's routes with their middleware, for use in another http.Server or
// an httptest.Server.
func (s *Server) Handler() http.Handler { return s.handler }

// Open starts listening on Config.Addr and serving in the background.
func (s *Server) Open() error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("server: listen on %s: %w", s.cfg.Addr, err)
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.handler,
		ReadTimeout:       s.cfg.ReadTimeout,
		ReadHeaderTimeout: min(s.cfg.ReadTimeout, 5*time.Second),
		WriteTimeout:      s.cfg.WriteTimeout,
		IdleTimeout:       s.cfg.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	s.done = make(chan error, 1)
	go func() {
		err := s.srv.Serve(ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		s.done <- err
	}()
	s.log.Info("listening", "addr", s.Addr(), "read_only", s.cfg.Token == "", "introspection", s.cfg.Introspection, "origins", s.cfg.Origins,
		"trusted_documents", len(s.cfg.TrustedDocuments))
	return nil
}

// Addr returns the address the server listens on (with the port chosen for ":0"), or "" before
// Open.
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Close stops accepting connections and waits for the requests in flight to finish, or for ctx
// to end (then the remaining connections are closed and ctx's error returned).
func (s *Server) Close(ctx context.Context) error {
	if s.srv == nil {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		s.srv.Close()
		return fmt.Errorf("server: shutdown: %w", err)
	}
	if err := <-s.done; err != nil {
		return fmt.Errorf("server: %w", err)
	}
	s.log.Info("stopped")
	return nil
}

// Run opens the server, serves until ctx ends, then shuts down, giving the requests in flight
// up to grace to finish.
func (s *Server) Run(ctx context.Context, grace time.Duration) error {
	if err := s.Open(); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
	case err := <-s.done:
		return fmt.Errorf("server: %w", err)
	}
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	return s.Close(sctx)
}
