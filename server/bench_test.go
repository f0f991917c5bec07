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

	"newsgraph/bench"
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
