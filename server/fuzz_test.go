package server_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// FuzzGraphQL posts arbitrary bodies to /graphql: every answer must be JSON with data or errors,
// with a status among those the handler means to send, and never a 500 (an internal error would
// be a bug). The seed corpus is under testdata/fuzz/FuzzGraphQL.
func FuzzGraphQL(f *testing.F) {
	for _, s := range []string{
		`{"query":"{ partners(of: \"Rwanda\") { entity { id name } relations { type date evidence { sentence } } } }"}`,
		`{"query":"query($n: Int) { relations(first: $n) { edges { node { id } } } }","variables":{"n":3}}`,
		`{"query":"mutation { deleteArticle(id: \"ka-1\") }"}`,
		`{"query":"{ paths(from: \"Israel\", to: \"Denmark\") { entities { id } } }"}`,
		`{"query":"{ articles(after: \"xyz\") { totalCount } }"}`,
		`{"query":"{ a: entity(name: \"RWA\") { ...F } } fragment F on Entity { partners { entity { ...F } } }"}`,
		`{"query":"{ __schema { types { name } } }"}`,
		`{"query": 1}`, `[]`, `null`, `{"variables":{"x":[1,2,{"y":null}]}}`,
	} {
		f.Add([]byte(s))
	}
	st := schematest.Backends()[0].Open(f)
	schematest.Load(f, st, schematest.Fixture()...)
	srv, err := server.New(server.Config{Token: token, MaxBody: 1 << 16}, st, nil, nil)
	if err != nil {
		f.Fatal(err)
	}
	h := srv.Handler()
	allowed := map[int]bool{200: true, 400: true, 401: true, 403: true, 405: true, 413: true, 503: true}
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if !allowed[rec.Code] {
			t.Fatalf("body %q: got status %d %s", body, rec.Code, rec.Body)
		}
		var out map[string]json.RawMessage
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("body %q: answer is not a JSON object: %v %s", body, err, rec.Body)
		}
		if _, ok := out["errors"]; !ok {
			if _, ok := out["data"]; !ok {
				t.Fatalf("body %q: answer has neither data nor errors: %s", body, rec.Body)
			}
		}
	})
}
