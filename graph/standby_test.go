package graph

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"newsgraph/internal/pgtest"
)

// TestPostgresStandby runs a primary and a streaming hot standby (pgtest.Standby): a store opened
// on the standby runs no DDL and says clearly when the primary has no schema yet; once the
// primary has one, it opens read-only, refuses writes, answers what the primary's writer loaded
// within the replication lag, with derived data that check finds right, and its generation moves
// with the primary's writes (so every cache keyed by it empties).
func TestPostgresStandby(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two PostgreSQL clusters")
	}
	ctx := context.Background()
	start := time.Now()
	primary, standby := pgtest.Standby(t)
	t.Logf("primary and standby started in %s", time.Since(start).Round(time.Millisecond))

	if _, err := Open(ctx, Config{Backend: "postgres", Addr: standby}, nil); err == nil ||
		!strings.Contains(err.Error(), "no newsgraph schema") || !strings.Contains(err.Error(), "standby") {
		t.Fatalf("open on a standby of a primary without a schema: %v; want an error naming the missing schema and the standby", err)
	}

	w, _ := openTest(t, Config{Backend: "postgres", Addr: primary})
	load(t, w, talks1(), talks2())
	r := waitOpen(t, standby)
	if !r.ReadOnly() {
		t.Errorf("a store on a hot standby is not read-only")
	}
	if _, err := r.Load(ctx, chain()); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Load on the standby: %v; want a read-only error", err)
	}

	start = time.Now()
	waitSame(t, r, w)
	t.Logf("the standby answered as the primary after %s", time.Since(start).Round(time.Millisecond))
	gen := r.Generation(ctx)
	load(t, w, chain())
	waitSame(t, r, w)
	// the generation is polled (at most every 0.1 s): it moves within a few polls of the replay
	for deadline := time.Now().Add(5 * time.Second); r.Generation(ctx) == gen; time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Errorf("the standby's generation did not move with the primary's write in 5 s")
			break
		}
	}
	if rep, err := r.Check(ctx, false); err != nil || !rep.OK() {
		t.Errorf("check on the standby: %v\n%s", err, rep)
	}
	if _, err := r.Check(ctx, true); err != nil {
		t.Errorf("check --repair on a standby whose data are right: %v", err)
	}
}

// waitOpen opens the store on the standby once the primary's schema has reached it.
func waitOpen(t *testing.T, url string) *Store {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s, err := Open(context.Background(), Config{Backend: "postgres", Addr: url}, nil)
		if err == nil {
			t.Cleanup(func() { s.Close() })
			return s
		}
		if time.Now().After(deadline) {
			t.Fatalf("open on the standby: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitSame waits until the standby's store answers as the primary's does.
func waitSame(t *testing.T, standby, primary *Store) {
	t.Helper()
	want := snapshot(t, primary)
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := snapshot(t, standby)
		if reflect.DeepEqual(got, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the standby still answers\n%v\nafter 30s; the primary\n%v", got, want)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
