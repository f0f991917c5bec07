// Package graph stores extractions as quads in Cayley (bolt, memory or PostgreSQL) and reads back
// the entities, events, evidence and articles the GraphQL resolvers ask for.
//
// The model (IRIs in vocab.go): every quad an article stores is labelled with the article's IRI.
// An entity is a node with its name, type, code, aliases and lookup keys; an event is one node per
// (subject, type, object, date) — its ID is a hash of the four — with one evidence node per
// sentence and article that reports it, so ten articles about the same talks give one event with
// ten pieces of evidence; Event.Articles counts the distinct labels on its type. Beside each
// event, a direct edge subject → object (predicate urn:newsgraph:rel:TYPE) keeps traversals cheap.
// Relations that are not PLOVER events (HOLDS_OFFICE, NATIONALITY, PART_OF, …) are stored the
// same way; Events returns PLOVER events only unless the filter names other types, Relations
// returns the others.
//
// Loading: each article's extraction (without its text) is kept as a record with a content hash.
// Loading the same content again writes nothing; loading changed content deletes exactly the
// quads of the old version that are no longer true and adds the new ones, in one transaction
// (LoadBatch puts several whole articles in one transaction). The same transaction keeps the
// derived data up to date (summary.go; on bolt in buckets beside Cayley's, boltsum.go): one summary per entity and event, and index edges, from
// which reads assemble an entity or an event in one read whatever the number of articles behind
// it. Reads keep a cache that every write empties (see readCache for several processes on
// PostgreSQL).
package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	// Cayley's "bbolt" backend: the same file format as "bolt", on go.etcd.io/bbolt (maintained,
	// and clean under the race detector's pointer checks, which boltdb/bolt v1.3.1 is not).
	cbolt "github.com/cayleygraph/cayley/graph/kv/bbolt"
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers "postgres"

	"newsgraph"
)

// Config selects the backend: Backend is "bolt" (the default), "memory" or "postgres"; Addr is
// the bolt folder or the PostgreSQL URL (unused for memory).
type Config struct {
	Backend string
	Addr    string
	// NoSync turns off bolt's fsync after each transaction (faster bulk loads, less durable).
	NoSync bool
	// ReadMostly is for processes that mostly answer questions (serve): on bolt, Cayley's
	// filter of stored quads is not built. That filter takes about 80 MB of heap whatever the
	// store's size and a read of the whole file at open (at 10^5 articles, 2.6 GB of pages
	// resident), and it only speeds up large writes; writes stay correct without it.
	ReadMostly bool
}

// Store is the graph over one Cayley quad store. It is safe for concurrent use: loads are
// serialised within the process; reads run alongside them and see each article either before or
// after its load (memory reads take a shared lock, since Cayley's memstore has none).
type Store struct {
	qs      cgraph.QuadStore
	backend string
	log     *slog.Logger

	write   sync.Mutex   // one load at a time per process
	memLock sync.RWMutex // guards the memstore only
	optMu   sync.Mutex   // guards Cayley's SQL query optimiser
	isMem   bool
	db      *sql.DB // PostgreSQL only: for Ping
	sums    *hookKV // bolt only: the key-value store that also holds the node summaries (boltsum.go)
	cache   readCache
}

// Open opens the store named by cfg, creating (initialising) it on first use.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Store{backend: cfg.Backend, log: log}
	var err error
	switch cfg.Backend {
	case "", "bolt":
		s.backend = "bolt"
		s.qs, s.sums, err = openBolt(cfg)
	case "memory", "memstore":
		s.backend, s.isMem = "memory", true
		s.qs = memstore.New()
	case "postgres", "postgresql":
		s.backend = "postgres"
		s.qs, err = openPostgres(ctx, cfg, log)
		if err == nil {
			s.db, err = sql.Open("postgres", cfg.Addr)
			s.cache.db = s.db
		}
	default:
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "backend %q: want bolt, memory or postgres", cfg.Backend)
	}
	if err != nil {
		return nil, err
	}
	if err := s.ensureDerived(ctx); err != nil {
		s.qs.Close()
		if s.db != nil {
			s.db.Close()
		}
		return nil, fmt.Errorf("%s store: %w", s.backend, err)
	}
	log.Debug("graph store open", "backend", s.backend, "addr", redact(cfg.Addr))
	return s, nil
}

func openBolt(cfg Config) (cgraph.QuadStore, *hookKV, error) {
	if cfg.Addr == "" {
		return nil, nil, newsgraph.Errorf(newsgraph.EINVALID, "bolt: empty folder name")
	}
	if fi, err := os.Stat(cfg.Addr); err == nil && !fi.IsDir() {
		return nil, nil, newsgraph.Errorf(newsgraph.EINVALID, "bolt: %s is a file, want a folder", cfg.Addr)
	}
	// bolt lets one process at a time open a file, and Cayley waits for the lock forever: fail
	// with a clear error instead when another process holds it.
	file := filepath.Join(cfg.Addr, "indexes.bolt")
	if fileExists(file) {
		db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: 2 * time.Second, ReadOnly: true})
		if err != nil {
			return nil, nil, newsgraph.Errorf(newsgraph.EUNAVAILABLE,
				"bolt: %s is in use by another process (a bolt store serves one process at a time; use --backend postgres for several)", cfg.Addr)
		}
		db.Close()
	}
	// Cayley's "bbolt" backend (the file format of "bolt", on go.etcd.io/bbolt), opened here
	// rather than by name so that the summaries share its transactions (hookKV).
	opts := cgraph.Options{"nosync": cfg.NoSync, kv.OptNoBloom: cfg.ReadMostly}
	fresh := !fileExists(file)
	open := cbolt.Open
	if fresh {
		open = cbolt.Create
	}
	db, err := open(cfg.Addr, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("bolt: open %s: %w", cfg.Addr, err)
	}
	hooked := &hookKV{DB: db.(*hbolt.DB)}
	if fresh {
		if err := kv.Init(hooked, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("bolt: initialise %s: %w", cfg.Addr, err)
		}
	}
	qs, err := kv.New(hooked, opts)
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("bolt: open %s: %w", cfg.Addr, err)
	}
	return qs, hooked, nil
}

func fileExists(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// Close closes the quad store.
func (s *Store) Close() error {
	s.write.Lock()
	defer s.write.Unlock()
	if s.db != nil {
		s.db.Close()
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("close %s store: %w", s.backend, err)
	}
	return nil
}

// Backend returns the name of the backend in use ("bolt", "memory" or "postgres").
func (s *Store) Backend() string { return s.backend }

// Ping reports whether the store answers.
func (s *Store) Ping(ctx context.Context) error {
	if s.db != nil {
		if err := s.db.PingContext(ctx); err != nil {
			s.log.Error("ping", "err", err)
			return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "store does not answer")
		}
		return nil
	}
	r := s.rlock()
	defer r()
	if _, err := s.qs.Stats(ctx, false); err != nil {
		s.log.Error("ping", "err", err)
		return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "store does not answer")
	}
	return nil
}

// rlock takes the read lock the backend needs and returns its release.
func (s *Store) rlock() func() {
	if !s.isMem {
		return func() {}
	}
	s.memLock.RLock()
	return s.memLock.RUnlock
}

// isKV reports whether the quad store is Cayley's key-value store (bolt).
func (s *Store) isKV() bool { _, ok := s.qs.(*kv.QuadStore); return ok }
