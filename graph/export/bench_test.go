package export_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/graph/export"
)

// synthetic returns n made-up extractions: each article names three of 200 countries and reports
// two events between them.
func synthetic(n int) []*newsgraph.Extraction {
	country := func(i int) newsgraph.Entity {
		code := fmt.Sprintf("Q%02d", i%200)
		return newsgraph.Entity{ID: "country/" + code, Type: newsgraph.Country, Name: "Country " + code, Code: code}
	}
	out := make([]*newsgraph.Extraction, n)
	for i := range out {
		a, b, c := country(i), country(i*7+3), country(i*13+5)
		out[i] = &newsgraph.Extraction{
			Article:  newsgraph.Article{ID: fmt.Sprintf("art-%06d", i), Title: fmt.Sprintf("Report %d", i), Date: fmt.Sprintf("20%02d-%02d-01", 10+i%15, 1+i%12), Source: "Wire", URL: fmt.Sprintf("https://news.example/%d", i)},
			Entities: []newsgraph.Entity{a, b, c},
			Relations: []newsgraph.Relation{
				fxRel(plover[i%len(plover)], a.ID, b.ID, fmt.Sprintf("20%02d", 10+i%15), fmt.Sprintf("Made-up sentence number %d about two countries.", i), 0),
				fxRel(plover[(i+5)%len(plover)], b.ID, c.ID, fmt.Sprintf("20%02d-%02d", 10+i%15, 1+i%12), fmt.Sprintf("Another made-up sentence, number %d.", i), 60),
			},
		}
	}
	return out
}

// BenchmarkExport exports a memory store of NEWSGRAPH_BENCH_ARTICLES (default 2,000) made-up
// articles in each format and reports the size of each export and how far the live heap rose
// above its size before (sampled after a collection every second).
func BenchmarkExport(b *testing.B) {
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_ARTICLES")); err == nil && v > 0 {
		n = v
	}
	ctx := context.Background()
	s, err := graph.Open(ctx, graph.Config{Backend: "memory"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	xs := synthetic(n)
	for i := 0; i < len(xs); i += 500 {
		if _, err := s.LoadBatch(ctx, xs[i:min(i+500, len(xs))]); err != nil {
			b.Fatal(err)
		}
	}
	xs = nil
	for _, format := range []string{"nquads", "jsonld", "graphml", "gexf", "dot", "csv"} {
		b.Run(format, func(b *testing.B) {
			var written int64
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			base, peak := m.HeapAlloc, m.HeapAlloc
			stop, done := make(chan struct{}), make(chan struct{})
			go func() { // sample the live heap while exporting
				defer close(done)
				var m runtime.MemStats
				for {
					select {
					case <-stop:
						return
					case <-time.After(time.Second):
						runtime.GC()
						runtime.ReadMemStats(&m)
						peak = max(peak, m.HeapAlloc)
					}
				}
			}()
			for i := 0; i < b.N; i++ {
				cw := &countWriter{}
				if err := export.Write(ctx, s, format, export.Filter{}, cw); err != nil {
					b.Fatal(err)
				}
				written = cw.n
			}
			close(stop)
			<-done
			b.ReportMetric(float64(written)/(1<<20), "MB/export")
			b.ReportMetric(float64(peak-base)/(1<<20), "MB-live-heap-growth")
			b.ReportMetric(float64(n), "articles")
		})
	}
}
