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
// derived data up to date (summary.go): one summary per entity and event, and index edges, from
// which reads assemble an entity or an event in one read whatever the number of articles behind
// it. What differs between bolt, memory and PostgreSQL is behind one seam (backend.go): the
// write of a batch with its derived data, the reads of quads, summaries and index edges, the
// store's marks and its generation. Operations of several transactions (import, rebuild) mark
// the store dirty until they finish, and Open repairs a dirty store; Check compares the derived
// data with the articles' quads (newsgraph check). Reads keep a cache that the store's
// generation empties (readCache).
package graph

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

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
	// ReadOnly is for processes that never write (export): on PostgreSQL the store then runs no
	// DDL and no write, and leaves the repair of its derived data to the writers, so that it can
	// be a hot standby. A PostgreSQL server in recovery is opened read-only whatever this says.
	// A bolt or memory store serves one process, which may as well repair it: ReadOnly is ignored.
	ReadOnly bool
	// NoRepair leaves the store as it is found on open: derived data that are dirty or of another
	// layout are not rebuilt (newsgraph check reports them; Check(ctx, true) repairs them), and
	// a missing bolt store is an error rather than created.
	NoRepair bool
}

// Store is the graph over one quad store. It is safe for concurrent use: loads are serialised
// within the process; reads run alongside them and see each article either before or after its
// load.
type Store struct {
	be    backend
	log   *slog.Logger
	write sync.Mutex // one load at a time per process
	cache readCache
}

// Open opens the store named by cfg, creating (initialising) it on first use unless it is
// read-only, and repairs its derived data when they are marked dirty or of another layout.
func Open(ctx context.Context, cfg Config, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var be backend
	var err error
	switch cfg.Backend {
	case "", "bolt":
		be, err = openBolt(cfg)
	case "memory", "memstore":
		be = openMemory()
	case "postgres", "postgresql":
		be, err = openPostgres(ctx, cfg, log)
	default:
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "backend %q: want bolt, memory or postgres", cfg.Backend)
	}
	if err != nil {
		return nil, err
	}
	s := &Store{be: be, log: log}
	s.cache.be = be
	if err := s.ensureDerived(ctx, cfg.NoRepair); err != nil {
		be.close()
		return nil, fmt.Errorf("%s store: %w", be.name(), err)
	}
	log.Debug("graph store open", "backend", be.name(), "addr", redact(cfg.Addr), "readOnly", be.readOnly())
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error {
	s.write.Lock()
	defer s.write.Unlock()
	if err := s.be.close(); err != nil {
		return fmt.Errorf("close %s store: %w", s.be.name(), err)
	}
	return nil
}

// Backend returns the name of the backend in use ("bolt", "memory" or "postgres").
func (s *Store) Backend() string { return s.be.name() }

// ReadOnly reports whether the store refuses writes (a PostgreSQL hot standby, or Config.ReadOnly).
func (s *Store) ReadOnly() bool { return s.be.readOnly() }

// Ping reports whether the store answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.be.ping(ctx); err != nil {
		s.log.Error("ping", "err", err)
		return newsgraph.Errorf(newsgraph.EUNAVAILABLE, "store does not answer")
	}
	return nil
}
