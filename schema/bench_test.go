package schema_test

// Benchmarks of the GraphQL queries in-process (benchmarks only). The store is a bolt store of
// bench's corpus, NEWSGRAPH_BENCH_ARTICLES articles (1,000 by default), or the one at
// NEWSGRAPH_BENCH_DB (e.g. the 10^5-article store scripts/bench.sh builds).
//
//	go test -run '^$' -bench Queries -benchtime 20x ./schema

import (
	"context"
	"encoding/json"
	"testing"

	"newsgraph/bench"
	"newsgraph/schema"
)

// BenchmarkQueries runs each of bench's query kinds (partners, relations filtered and paginated,
// entity search, paths) through schema.Do, cycling through its requests, and reports the mean
// response size. A second page of relations is asked for with the first page's cursor.
func BenchmarkQueries(b *testing.B) {
	store := bench.Store(b, bench.Size(b, bench.DefaultArticles))
	sc, err := schema.New(schema.Config{Store: store})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	do := func(b *testing.B, r bench.Request) []byte {
		res := sc.Do(ctx, schema.Request{Query: r.Query, Variables: r.Variables})
		if len(res.Errors) > 0 {
			b.Fatalf("%v: %s", r.Variables, res.Errors[0].Message)
		}
		out, err := json.Marshal(res)
		if err != nil {
			b.Fatal(err)
		}
		return out
	}
	for _, kind := range bench.Kinds {
		reqs := bench.Requests(kind)
		b.Run(kind, func(b *testing.B) {
			var size int
			for i := 0; i < b.N; i++ {
				size += len(do(b, reqs[i%len(reqs)]))
			}
			b.ReportMetric(float64(size)/float64(b.N), "bytes/answer")
		})
	}
	// The second page of each subject's relations.
	var pages []bench.Request
	for _, r := range bench.Requests("relations") {
		var res struct {
			Data struct {
				Relations struct {
					PageInfo struct {
						HasNextPage bool
						EndCursor   string
					}
				}
			}
		}
		if err := json.Unmarshal(do(b, r), &res); err != nil {
			b.Fatal(err)
		}
		if pi := res.Data.Relations.PageInfo; pi.HasNextPage {
			pages = append(pages, bench.Request{Query: r.Query, Variables: map[string]any{"s": r.Variables["s"], "after": pi.EndCursor}})
		}
	}
	b.Run("relations-page2", func(b *testing.B) {
		if len(pages) == 0 {
			b.Skip("no subject has a second page of relations in this corpus")
		}
		for i := 0; i < b.N; i++ {
			do(b, pages[i%len(pages)])
		}
	})
}
