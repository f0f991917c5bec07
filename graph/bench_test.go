package graph

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sort"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/loader"
)

const fnc1 = "../../shared/corpus/fnc1-bodies.jsonl"

// fnc1Extractions extracts the FNC-1 bodies with the loader (skipping when the shared corpus is
// absent).
func fnc1Extractions(b testing.TB) []*newsgraph.Extraction {
	b.Helper()
	if _, err := os.Stat(fnc1); err != nil {
		b.Skipf("%s not found: the shared corpus is not here", fnc1)
	}
	var xs []*newsgraph.Extraction
	err := loader.New().ExtractAll(context.Background(), &loader.Reader{}, []string{fnc1}, 2, func(it loader.Item) error {
		if it.Err == nil {
			xs = append(xs, it.Extraction)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return xs
}

// BenchmarkBackends records, for bolt and PostgreSQL side by side: the time to load the FNC-1
// bodies (one LoadBatch), the time to re-load them unchanged, the time to re-load them one by one
// with Load, and the latency of a partners(of:) read (Events of the partnering types in either
// direction) for the 20 most connected entities (p50, p99). Run it with -benchtime=1x.
func BenchmarkBackends(b *testing.B) {
	xs := fnc1Extractions(b)
	quads := 0
	for _, x := range xs {
		rec, hash, _ := record(x)
		quads += len(articleQuads(x, rec, hash))
	}
	b.Logf("%d articles, %d quads", len(xs), quads)
	for _, be := range backends(&testing.T{}) {
		if be.name != "bolt" && be.name != "postgres" {
			continue // memory, and bolt opened read-mostly: the same store as bolt
		}
		b.Run(be.name, func(b *testing.B) {
			if be.name == "postgres" && os.Getenv("NEWSGRAPH_TEST_POSTGRES") == "" {
				b.Skip("NEWSGRAPH_TEST_POSTGRES not set")
			}
			for i := 0; i < b.N; i++ {
				benchBackend(b, be, xs, quads)
			}
		})
	}
}

func benchBackend(b *testing.B, be testBackend, xs []*newsgraph.Extraction, quads int) {
	ctx := context.Background()
	t := &testing.T{}
	var s *Store
	switch be.name {
	case "bolt":
		s, _ = openTestB(b, Config{Backend: "bolt", Addr: b.TempDir() + "/db"})
	case "postgres":
		s, _ = openTestB(b, Config{Backend: "postgres", Addr: freshPostgresB(b, t)})
	}
	start := time.Now()
	n, err := s.LoadBatch(ctx, xs)
	if err != nil || n != len(xs) {
		b.Fatalf("LoadBatch = %d, %v", n, err)
	}
	load := time.Since(start)
	start = time.Now()
	if n, err := s.LoadBatch(ctx, xs); err != nil || n != 0 {
		b.Fatalf("re-LoadBatch = %d, %v", n, err)
	}
	reload := time.Since(start)
	start = time.Now()
	for _, x := range xs {
		if _, err := s.Load(ctx, x); err != nil {
			b.Fatal(err)
		}
	}
	reloadOne := time.Since(start)

	// The most connected entities.
	count := map[string]int{}
	for _, x := range xs {
		for _, r := range x.Relations {
			if newsgraph.IsPartnering(r.Type) {
				count[r.Subject]++
				count[r.Object]++
			}
		}
	}
	var top []string
	for id := range count {
		top = append(top, id)
	}
	sort.Slice(top, func(i, j int) bool {
		return count[top[i]] > count[top[j]] || count[top[i]] == count[top[j]] && top[i] < top[j]
	})
	top = top[:min(20, len(top))]
	measure := func() []time.Duration {
		var lat []time.Duration
		for _, id := range top {
			start := time.Now()
			if _, err := s.Events(ctx, newsgraph.RelationFilter{Subject: id, Either: true, Types: newsgraph.Partnering}); err != nil {
				b.Fatal(err)
			}
			lat = append(lat, time.Since(start))
		}
		return lat
	}
	cold := measure() // first read of each entity after the load
	var warm []time.Duration
	for round := 0; round < 5; round++ {
		warm = append(warm, measure()...)
	}
	pct := func(lat []time.Duration, p float64) float64 {
		if len(lat) == 0 {
			return 0
		}
		lat = slices.Clone(lat)
		slices.Sort(lat)
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	if be.name == "bolt" {
		// Cayley's own bulk path (what `cayley load` uses) on the same quads, for comparison.
		raw, _ := openTestB(b, Config{Backend: "bolt", Addr: b.TempDir() + "/raw"})
		start := time.Now()
		w, err := raw.be.(*boltBackend).qs.NewQuadWriter()
		if err != nil {
			b.Fatal(err)
		}
		for _, x := range xs {
			rec, hash, _ := record(x)
			if _, err := w.WriteQuads(articleQuads(x, rec, hash)); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
		d := time.Since(start)
		b.ReportMetric(float64(quads)/d.Seconds(), "cayley-writer-quads/s")
		fmt.Fprintf(os.Stderr, "bolt: Cayley's NewQuadWriter on the same quads: %.1fs (%.0f quads/s)\n", d.Seconds(), float64(quads)/d.Seconds())
	}
	b.ReportMetric(load.Seconds(), "load-s")
	b.ReportMetric(float64(quads)/load.Seconds(), "quads/s")
	b.ReportMetric(reload.Seconds(), "reload-s")
	b.ReportMetric(reloadOne.Seconds(), "reload1by1-s")
	b.ReportMetric(pct(cold, 0.5), "partners-cold-p50-ms")
	b.ReportMetric(pct(cold, 0.99), "partners-cold-p99-ms")
	b.ReportMetric(pct(warm, 0.5), "partners-p50-ms")
	b.ReportMetric(pct(warm, 0.99), "partners-p99-ms")
	fmt.Fprintf(os.Stderr, "%s: %d articles %d quads: load %.1fs (%.0f quads/s), re-load unchanged %.2fs (batch) %.2fs (one by one), partners(of:) of the 20 most connected, first read p50 %.2fms p99 %.2fms, then p50 %.2fms p99 %.2fms\n",
		be.name, len(xs), quads, load.Seconds(), float64(quads)/load.Seconds(), reload.Seconds(), reloadOne.Seconds(),
		pct(cold, 0.5), pct(cold, 0.99), pct(warm, 0.5), pct(warm, 0.99))
}
