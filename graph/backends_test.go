package graph

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	"newsgraph/schema"
)

var _ schema.Store = (*Store)(nil)

// backend is one entry of the table every suite runs against.
type backend struct {
	name string
	// open returns a fresh, empty store and its Config (to open a second Store on the same data).
	open func(t *testing.T) (*Store, Config)
}

// backends returns memory, bolt and, when NEWSGRAPH_TEST_POSTGRES holds a URL, PostgreSQL. With CI
// set and no URL, the PostgreSQL entry fails rather than skips.
func backends(t *testing.T) []backend {
	bs := []backend{
		{"memory", func(t *testing.T) (*Store, Config) { return openTest(t, Config{Backend: "memory"}) }},
		{"bolt", func(t *testing.T) (*Store, Config) {
			return openTest(t, Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true})
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

// freshPostgres creates an empty database on the server named by NEWSGRAPH_TEST_POSTGRES and
// returns its URL; it is dropped when the test ends.
func freshPostgres(t *testing.T) string { return freshPostgresB(t, t) }

func freshPostgresB(t testing.TB, _ *testing.T) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but NEWSGRAPH_TEST_POSTGRES is empty: start a cluster with .ci/postgres.sh")
		}
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set: no PostgreSQL to test against (see .ci/postgres.sh)")
	}
	admin, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "ng_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	t.Cleanup(func() {
		admin, err := sql.Open("postgres", base)
		if err != nil {
			return
		}
		defer admin.Close()
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil && !strings.Contains(err.Error(), "does not exist") {
			t.Logf("drop database %s: %v", name, err)
		}
	})
	return u.String()
}
