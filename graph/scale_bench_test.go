package graph_test

// Benchmarks of the store at scale (benchmarks only; the tests are in the other _test files, the
// bolt/PostgreSQL side-by-side is bench_test.go). The corpus
// is bench's: FNC-1 bodies repeated with distinct ids and dates (examples/articles when
// ../shared is absent), NEWSGRAPH_BENCH_ARTICLES articles (1,000 by default).
//
//	go test -run '^$' -bench . -benchtime 3x ./graph
//	NEWSGRAPH_BENCH_ARTICLES=10000 go test -run '^$' -bench 'Load|Export' -benchtime 1x ./graph

import (
	"bytes"
	"context"
	"io"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/bench"
	"newsgraph/graph"
)

// countingWriter counts bytes and lines (one N-Quad a line).
type countingWriter struct{ bytes, lines int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.bytes += int64(len(p))
	w.lines += int64(bytes.Count(p, []byte{'\n'}))
	return len(p), nil
}

// quadCount returns how many quads s holds, by exporting them.
func quadCount(b *testing.B, s *graph.Store) int64 {
	b.Helper()
	var w countingWriter
	if err := s.WriteNQuads(context.Background(), &w); err != nil {
		b.Fatal(err)
	}
	return w.lines
}

// BenchmarkLoad stores the corpus into an empty store per iteration, in batches as `newsgraph
// load` does, and reports articles/s and quads/s. bolt is as the command runs it (fsync after
// each transaction); bolt-nosync and memory show what the disk costs.
func BenchmarkLoad(b *testing.B) {
	xs := bench.Extractions(b, bench.Size(b, bench.DefaultArticles))
	ctx := context.Background()
	for _, c := range []struct {
		name string
		cfg  func(dir string) graph.Config
	}{
		{"bolt", func(dir string) graph.Config { return graph.Config{Backend: "bolt", Addr: dir} }},
		{"bolt-nosync", func(dir string) graph.Config { return graph.Config{Backend: "bolt", Addr: dir, NoSync: true} }},
		{"memory", func(string) graph.Config { return graph.Config{Backend: "memory"} }},
	} {
		b.Run(c.name, func(b *testing.B) {
			var quads int64
			var elapsed time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				s, err := graph.Open(ctx, c.cfg(b.TempDir()+"/db"), nil)
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				start := time.Now()
				if _, err := bench.LoadAll(ctx, s, xs); err != nil {
					b.Fatal(err)
				}
				elapsed += time.Since(start)
				b.StopTimer()
				if quads == 0 {
					quads = quadCount(b, s)
				}
				s.Close()
				b.StartTimer()
			}
			sec := elapsed.Seconds() / float64(b.N)
			b.ReportMetric(float64(len(xs))/sec, "articles/s")
			b.ReportMetric(float64(quads)/sec, "quads/s")
			b.ReportMetric(float64(quads), "quads")
		})
	}
}

// BenchmarkReload stores the corpus again into a store that holds it already: every article is
// read back and found unchanged, and nothing is written.
func BenchmarkReload(b *testing.B) {
	xs := bench.Extractions(b, bench.Size(b, bench.DefaultArticles))
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "bolt", Addr: b.TempDir() + "/db", NoSync: true}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := bench.LoadAll(ctx, s, xs); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := bench.LoadAll(ctx, s, xs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(xs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExport writes the whole graph as N-Quads and reports quads/s (and MB/s).
func BenchmarkExport(b *testing.B) {
	s := bench.Store(b, bench.Size(b, bench.DefaultArticles))
	ctx := context.Background()
	var w countingWriter
	if err := s.WriteNQuads(ctx, &w); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(w.bytes)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := s.WriteNQuads(ctx, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(w.lines)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}

// BenchmarkReads runs the store reads behind the GraphQL queries, each over bench.Countries (or
// bench.Prefixes) in turn: Resolve, the partnering events of an entity, a filtered event list,
// entity search, and paths.
func BenchmarkReads(b *testing.B) {
	s := bench.Store(b, bench.Size(b, bench.DefaultArticles))
	ctx := context.Background()
	var ids []string
	for _, c := range bench.Countries {
		e, err := s.Resolve(ctx, c)
		if err != nil {
			continue // not in this corpus
		}
		ids = append(ids, e.ID)
	}
	if len(ids) < 2 {
		b.Skipf("the corpus names %d of bench.Countries; want 2 or more", len(ids))
	}
	run := func(name string, fn func(i int) error) {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if err := fn(i); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("resolve", func(i int) error {
		_, err := s.Resolve(ctx, bench.Countries[i%len(bench.Countries)])
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			return nil
		}
		return err
	})
	run("partner-events", func(i int) error {
		_, err := s.Events(ctx, newsgraph.RelationFilter{Subject: ids[i%len(ids)], Either: true, Types: newsgraph.Partnering})
		return err
	})
	run("filtered-events", func(i int) error {
		_, err := s.Events(ctx, newsgraph.RelationFilter{Subject: ids[i%len(ids)], Types: []string{"AGREE", "CONSULT", "FIGHT"}, Since: "2017", Until: "2024"})
		return err
	})
	run("search", func(i int) error {
		_, err := s.SearchEntities(ctx, bench.Prefixes[i%len(bench.Prefixes)], "", 10)
		return err
	})
	run("paths", func(i int) error {
		_, err := s.Paths(ctx, ids[i%len(ids)], ids[(i+7)%len(ids)], 4, 3)
		return err
	})
}
