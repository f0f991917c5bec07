package graph

import (
	"context"
	"sync"
	"testing"

	"newsgraph/internal/pgtest"
	"newsgraph/schema"
)

var _ schema.Store = (*Store)(nil)

// backend is one entry of the table every suite runs against.
type testBackend struct {
	name string
	// open returns a fresh, empty store and its Config (to open a second Store on the same data).
	open func(t *testing.T) (*Store, Config)
}

// backends returns memory, bolt and, when NEWSGRAPH_TEST_POSTGRES holds a URL, PostgreSQL. With CI
// set and no URL, the PostgreSQL entry fails rather than skips.
func backends(t *testing.T) []testBackend {
	bs := []testBackend{
		{"memory", func(t *testing.T) (*Store, Config) { return openTest(t, Config{Backend: "memory"}) }},
		{"bolt", func(t *testing.T) (*Store, Config) {
			return openTest(t, Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true})
		}},
		// what serve opens: without Cayley's filter of stored quads, writes must stay exact
		{"bolt-readmostly", func(t *testing.T) (*Store, Config) {
			return openTest(t, Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true, ReadMostly: true})
		}},
		{"postgres", func(t *testing.T) (*Store, Config) {
			return openTest(t, Config{Backend: "postgres", Addr: freshPostgres(t)})
		}},
	}
	return bs
}

// readers returns the backends, and a store opened on a PostgreSQL hot standby
// (NEWSGRAPH_TEST_POSTGRES_STANDBY): the read suites run on it too. What a test loads into a
// standby's store (load) is written on its primary and waited for.
func readers(t *testing.T) []testBackend {
	return append(backends(t), testBackend{"postgres-standby", openStandby})
}

// forEachBackend runs fn as a subtest on each backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, s *Store, cfg Config)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s, cfg := b.open(t)
			fn(t, s, cfg)
		})
	}
}

// forEachReader runs fn as a subtest on each backend and on a standby's store (readers): fn
// writes only through load.
func forEachReader(t *testing.T, fn func(t *testing.T, s *Store, cfg Config)) {
	for _, b := range readers(t) {
		t.Run(b.name, func(t *testing.T) {
			s, cfg := b.open(t)
			fn(t, s, cfg)
		})
	}
}

// standbyOf maps a store opened on a standby to its primary's writer and the two URLs.
var standbyOf sync.Map // *Store → standbyStore

type standbyStore struct {
	primary    *Store
	pURL, sURL string
}

// openStandby opens a writer on a fresh database of the primary (it creates the schema) and
// returns a store opened on the standby, read-only, once the standby has the schema.
func openStandby(t *testing.T) (*Store, Config) {
	t.Helper()
	pURL, sURL := pgtest.StandbyDatabase(t)
	w, _ := openTest(t, Config{Backend: "postgres", Addr: pURL})
	pgtest.WaitReplay(t, pURL, sURL)
	r, cfg := openTest(t, Config{Backend: "postgres", Addr: sURL})
	if !r.ReadOnly() {
		t.Fatalf("the store on the standby %s is not read-only", sURL)
	}
	standbyOf.Store(r, standbyStore{w, pURL, sURL})
	t.Cleanup(func() { standbyOf.Delete(r) })
	return r, cfg
}

func openTest(t *testing.T, cfg Config) (*Store, Config) { return openTestB(t, cfg) }

func openTestB(t testing.TB, cfg Config) (*Store, Config) {
	t.Helper()
	s, err := Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatalf("Open(%s): %v", cfg.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s, cfg
}

// freshPostgres returns the URL of an empty PostgreSQL database for one test (see pgtest).
func freshPostgres(t *testing.T) string { return pgtest.Database(t) }

func freshPostgresB(t testing.TB, _ *testing.T) string { return pgtest.Database(t) }
