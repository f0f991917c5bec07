package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/internal/pgtest"
	"newsgraph/server"
)

// TestServeStandby serves from a PostgreSQL hot standby (which used to fail at open, on DDL in
// a read-only transaction): articles loaded on the primary are answered within the replication
// lag, and an answer the server had cached before such a load is not served after it.
func TestServeStandby(t *testing.T) {
	if testing.Short() {
		t.Skip("starts two PostgreSQL clusters")
	}
	ctx := context.Background()
	primary, standby := pgtest.Standby(t)
	w, err := graph.Open(ctx, graph.Config{Backend: "postgres", Addr: primary}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := w.Load(ctx, pair("talks", "RWA", "Rwanda", "USA", "United States", "CONSULT")); err != nil {
		t.Fatal(err)
	}
	m := serveUntilUp(t, standby)
	base := "http://" + m.Addr()
	waitPartner(t, base, "Rwanda", "country/USA")

	// the answer is cached now (asked twice); a load on the primary moves the standby's
	// generation, which empties the caches
	for range 2 {
		if got := partnersOf(t, base, "Rwanda"); strings.Contains(got, "country/DNK") {
			t.Fatalf("partners of Rwanda before the load: %s", got)
		}
	}
	if _, err := w.Load(ctx, pair("accord", "DNK", "Denmark", "RWA", "Rwanda", "AGREE")); err != nil {
		t.Fatal(err)
	}
	waitPartner(t, base, "Rwanda", "country/DNK")
}

// pair is an article reporting one event between two countries.
func pair(id, a, aName, b, bName, typ string) *newsgraph.Extraction {
	sentence := aName + " and " + bName + " met."
	return &newsgraph.Extraction{
		Article: newsgraph.Article{ID: id, Date: "2025-01-02"},
		Entities: []newsgraph.Entity{
			{ID: "country/" + a, Type: newsgraph.Country, Name: aName, Code: a},
			{ID: "country/" + b, Type: newsgraph.Country, Name: bName, Code: b},
		},
		Relations: []newsgraph.Relation{{Type: typ, Subject: "country/" + a, Object: "country/" + b, Date: "2025-01",
			Evidence: newsgraph.Span{Sentence: sentence, End: len(sentence)}}},
	}
}

// serveUntilUp starts serve on the standby once the primary's schema has reached it.
func serveUntilUp(t *testing.T, db string) *Main {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		m := &Main{Config: ServeConfig{Backend: "postgres", DB: db, Server: server.Config{Addr: "127.0.0.1:0"}},
			Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		err := m.Run(context.Background())
		if err == nil {
			t.Cleanup(func() { m.Close() })
			return m
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve on the standby: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func partnersOf(t *testing.T, base, name string) string {
	t.Helper()
	_, out := postGraphQL(t, base, "", `query($n: String!) { partners(of: $n) { entity { id } } }`, map[string]any{"n": name})
	b, _ := json.Marshal(out)
	return string(b)
}

// waitPartner waits until the server names want among the partners of name.
func waitPartner(t *testing.T, base, name, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		got := partnersOf(t, base, name)
		if strings.Contains(got, want) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("partners of %s on the standby after 30s: %s, want %s among them", name, got, want)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestServeReaderNoSchema: a server that cannot write (no --load, no token) creates no schema in
// an empty PostgreSQL database and says why it cannot start.
func TestServeReaderNoSchema(t *testing.T) {
	m := &Main{Config: ServeConfig{Backend: "postgres", DB: pgtest.Database(t), Server: server.Config{Addr: "127.0.0.1:0"}},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	err := m.Run(context.Background())
	if err == nil {
		m.Close()
		t.Fatal("serve without a token started on a database without a schema")
	}
	if !strings.Contains(err.Error(), "no newsgraph schema") || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("serve on a database without a schema: %v; want it to name the missing schema and the read-only open", err)
	}
}
