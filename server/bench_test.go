package server_test

// Benchmarks of the HTTP round trip (benchmarks only): POST /graphql through the server's whole
// handler chain on a real listener (httptest), one request at a time and from parallel clients.
// The store is bench's (see bench.Store); scripts/bench.sh measures the same with wrk against
// `newsgraph serve`.
//
//	go test -run '^$' -bench HTTP -benchtime 20x ./server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"newsgraph/bench"
	"newsgraph/schema"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// BenchmarkHTTP posts bench's partners requests (20 countries in turn) to /graphql: "serial" one
// at a time on a kept-alive connection, "parallel" from GOMAXPROCS×4 clients.
func BenchmarkHTTP(b *testing.B) {
	store := bench.Store(b, bench.Size(b, bench.DefaultArticles))
	srv, err := server.New(server.Config{}, store, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var bodies [][]byte
	for _, r := range bench.Requests("partners") {
		bodies = append(bodies, r.JSON())
	}
	post := func(b *testing.B, c *http.Client, body []byte) {
		res, err := c.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		out, err := io.ReadAll(res.Body)
		res.Body.Close()
		if err != nil {
			b.Fatal(err)
		}
		if res.StatusCode != http.StatusOK || bytes.Contains(out, []byte(`"errors"`)) {
			b.Fatalf("POST /graphql: %s: %.200s", res.Status, out)
		}
	}
	b.Run("serial", func(b *testing.B) {
		c := ts.Client()
		for i := 0; i < b.N; i++ {
			post(b, c, bodies[i%len(bodies)])
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	})
	b.Run("parallel", func(b *testing.B) {
		c := ts.Client()
		c.Transport.(*http.Transport).MaxIdleConnsPerHost = 64
		var next atomic.Int64
		b.SetParallelism(4)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				post(b, c, bodies[int(next.Add(1))%len(bodies)])
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
	})
}

// BenchmarkPrescanShare compares the pre-scan of a document with the answer to the same
// request from the response cache: bench's partners query, for Rwanda, on the test fixture,
// answered by the handler in process ("handler": no network, the smallest answer time there
// is, so the largest share) and over a kept-alive connection ("http", as BenchmarkHTTP). Each
// iteration times one answer and one pre-scan, interleaved, so that a busy machine slows both
// alike; prescan-% is the pre-scan's share (issue 14 asks for under 2 %). A cached answer does
// not actually pay it: the cache is looked up before the pre-scan.
//
//	go test -run '^$' -bench PrescanShare -benchtime 20000x ./server
func BenchmarkPrescanShare(b *testing.B) {
	st := schematest.Backends()[0].Open(b)
	schematest.Load(b, st, schematest.Fixture()...)
	srv, err := server.New(server.Config{}, st, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	ts := httptest.NewServer(h)
	defer ts.Close()
	body := bench.Request{Query: bench.PartnersQuery, Variables: map[string]any{"of": "Rwanda"}}.JSON()
	byHandler := func() (int, string) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code, rec.Header().Get("X-Newsgraph-Cache")
	}
	c := ts.Client()
	byHTTP := func() (int, string) {
		res, err := c.Post(ts.URL+"/graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode, res.Header.Get("X-Newsgraph-Cache")
	}
	for _, a := range []struct {
		name   string
		answer func() (int, string)
	}{{"handler", byHandler}, {"http", byHTTP}} {
		b.Run(a.name, func(b *testing.B) {
			a.answer()
			if code, cache := a.answer(); code != 200 || cache != "hit" {
				b.Fatalf("the second answer: %d, cache %q", code, cache)
			}
			var answering, scanning time.Duration
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				a.answer()
				t1 := time.Now()
				if _, err := schema.Prescan(bench.PartnersQuery, schema.DocumentLimits{}); err != nil {
					b.Fatal(err)
				}
				answering, scanning = answering+t1.Sub(t0), scanning+time.Since(t1)
			}
			b.ReportMetric(float64(answering.Nanoseconds())/float64(b.N), "ns/answer")
			b.ReportMetric(float64(scanning.Nanoseconds())/float64(b.N), "ns/prescan")
			b.ReportMetric(100*scanning.Seconds()/answering.Seconds(), "prescan-%")
		})
	}
}
