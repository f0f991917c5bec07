// Package pgtest gives tests a fresh PostgreSQL database on the server named by
// NEWSGRAPH_TEST_POSTGRES (.ci/postgres.sh starts a throw-away one).
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	_ "github.com/lib/pq" // the driver Cayley's postgres backend uses
)

// Database creates an empty database and returns its URL; it is dropped when the test ends. With
// no NEWSGRAPH_TEST_POSTGRES the test is skipped, or fails when CI is set (CI must test PostgreSQL).
func Database(t testing.TB) string {
	t.Helper()
	base := server(t, "NEWSGRAPH_TEST_POSTGRES", "PostgreSQL")
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

// StandbyDatabase creates an empty database on the primary named by NEWSGRAPH_TEST_POSTGRES and
// returns its URL there and on the streaming hot standby named by
// NEWSGRAPH_TEST_POSTGRES_STANDBY (.ci/postgres.sh starts both), once the standby has replayed
// its creation. It is dropped when the test ends. Without the standby's URL the test is skipped,
// or fails when CI is set.
func StandbyDatabase(t testing.TB) (primary, standby string) {
	t.Helper()
	base := server(t, "NEWSGRAPH_TEST_POSTGRES_STANDBY", "PostgreSQL standby")
	primary = Database(t)
	p, err := url.Parse(primary)
	if err != nil {
		t.Fatal(err)
	}
	s, err := url.Parse(base)
	if err != nil {
		t.Fatalf("NEWSGRAPH_TEST_POSTGRES_STANDBY: %v", err)
	}
	s.Path = p.Path
	WaitReplay(t, primary, s.String())
	return primary, s.String()
}

// server returns the URL in the environment variable name; without it the test is skipped, or
// fails when CI is set (CI must test PostgreSQL and its standby).
func server(t testing.TB, name, what string) string {
	t.Helper()
	base := os.Getenv(name)
	if base == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI is set but %s is empty: start a cluster with .ci/postgres.sh", name)
		}
		t.Skipf("%s not set: no %s to test against (see .ci/postgres.sh)", name, what)
	}
	return base
}

// Follow waits until the standby has replayed what the primary has written and a reader of the
// standby has seen it: generation, the reader's (graph.Store.Generation, polled), has moved from
// before. It fails the test after 10 s.
func Follow(t testing.TB, primary, standby string, generation func() uint64, before uint64) {
	t.Helper()
	WaitReplay(t, primary, standby)
	for deadline := time.Now().Add(10 * time.Second); generation() == before; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the standby's reader did not see the replayed write within 10 s")
		}
	}
}

// WaitReplay waits, for at most 30 s, until the standby has replayed everything the primary had
// written when it was called.
func WaitReplay(t testing.TB, primary, standby string) {
	t.Helper()
	var lsn string
	query(t, primary, func(db *sql.DB) error { return db.QueryRow(`SELECT pg_current_wal_lsn()::text`).Scan(&lsn) })
	query(t, standby, func(db *sql.DB) error {
		for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			var done bool
			err := db.QueryRow(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn`, lsn).Scan(&done)
			if err == nil && done {
				return nil
			}
			if time.Now().After(deadline) {
				return fmt.Errorf("the standby has not replayed the primary's WAL up to %s after 30 s (last error: %v)", lsn, err)
			}
		}
	})
}

// query runs fn on a connection to the database at url, failing the test on error.
func query(t testing.TB, url string, fn func(*sql.DB) error) {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := fn(db); err != nil {
		t.Fatal(err)
	}
}
