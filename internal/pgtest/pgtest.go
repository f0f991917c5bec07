// Package pgtest gives tests a fresh PostgreSQL database on the server named by
// NEWSGRAPH_TEST_POSTGRES (.ci/postgres.sh starts a throw-away one).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Database creates an empty database and returns its URL; it is dropped when the test ends. With
// no NEWSGRAPH_TEST_POSTGRES the test is skipped, or fails when CI is set (CI must test PostgreSQL).
func Database(t testing.TB) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("CI is set but NEWSGRAPH_TEST_POSTGRES is empty: start a cluster with .ci/postgres.sh")
		}
		t.Skip("NEWSGRAPH_TEST_POSTGRES not set: no PostgreSQL to test against (see .ci/postgres.sh)")
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("NEWSGRAPH_TEST_POSTGRES: %v", err)
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
	u.Path = "/" + name
	return u.String()
}
