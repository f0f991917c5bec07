package graph

import (
	"context"
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

// forEachBackend runs fn as a subtest on each backend.
func forEachBackend(t *testing.T, fn func(t *testing.T, s *Store, cfg Config)) {
	for _, b := range backends(t) {
		t.Run(b.name, func(t *testing.T) {
			s, cfg := b.open(t)
			fn(t, s, cfg)
		})
	}
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
