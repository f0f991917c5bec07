//go:build unix

package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// FuzzDocuments posts documents built from the grammar (see docGen) to the real handler of a
// server on every backend: every answer is JSON with data or errors, never a 500 or a 503 (the
// store is up, and no bounded document may run out of time), and the request takes at most
// maxCPU of the process's CPU time. The committed corpus is under testdata/fuzz/FuzzDocuments
// (see TestDocumentCorpus).
//
//	go test -run '^$' -fuzz FuzzDocuments -fuzztime 60s ./server
func FuzzDocuments(f *testing.F) {
	var handlers []http.Handler
	for _, b := range schematest.Backends() {
		if b.Name == "postgres" && !postgresConfigured() {
			continue
		}
		st := b.Open(f)
		schematest.Load(f, st, schematest.Fixture()...)
		srv, err := server.New(server.Config{Token: token, ResponseCache: -1, Timeout: 5 * time.Second}, st, nil, nil)
		if err != nil {
			f.Fatal(err)
		}
		handlers = append(handlers, srv.Handler())
	}
	allowed := map[int]bool{200: true, 400: true, 401: true, 403: true, 405: true, 413: true}
	f.Fuzz(func(t *testing.T, recipe []byte) {
		body := generate(recipe)
		for _, h := range handlers {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+token)
			rec := httptest.NewRecorder()
			before := cpuTime(t)
			h.ServeHTTP(rec, req)
			if used := cpuTime(t) - before; used > maxCPU {
				t.Errorf("recipe %x: %s of CPU, want at most %s; document %.300s", recipe, used, maxCPU, body)
			}
			if !allowed[rec.Code] {
				t.Fatalf("recipe %x: got status %d %.300s; document %.500s", recipe, rec.Code, rec.Body, body)
			}
			var out map[string]json.RawMessage
			if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
				t.Fatalf("recipe %x: answer is not a JSON object: %v %.300s", recipe, err, rec.Body)
			}
			if out["errors"] == nil && out["data"] == nil {
				t.Fatalf("recipe %x: answer has neither data nor errors: %.300s", recipe, rec.Body)
			}
		}
	})
}

// postgresConfigured reports whether the PostgreSQL backend is to be tested (as pgtest decides:
// always under CI).
func postgresConfigured() bool {
	return os.Getenv("NEWSGRAPH_TEST_POSTGRES") != "" || os.Getenv("CI") != ""
}
