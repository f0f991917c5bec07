package server_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// hashOf returns the SHA-256 of a trusted document under testdata/trusted, and its text.
func hashOf(t *testing.T, name string) (string, string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "trusted", name))
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), string(b)
}

// persisted POSTs a request naming a document by hash, as Apollo's clients do.
func persisted(t *testing.T, base, token, hash, query string, vars map[string]any) *answer {
	t.Helper()
	body := map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}, "variables": vars}
	if query != "" {
		body["query"] = query
	}
	b, _ := json.Marshal(body)
	h := map[string]string{"Content-Type": "application/json"}
	if token != "" {
		h["Authorization"] = "Bearer " + token
	}
	return send(t, http.MethodPost, base+"/graphql", h, string(b))
}

// TestTrustedDocuments: a server with trusted documents runs them, named by hash, and refuses
// everything else with 403, on every backend.
func TestTrustedDocuments(t *testing.T) {
	docs, err := server.LoadTrustedDocuments(filepath.Join("testdata", "trusted"))
	if err != nil {
		t.Fatal(err)
	}
	entity, entityText := hashOf(t, "entity.graphql")
	partners, _ := hashOf(t, "partners.graphql")
	del, _ := hashOf(t, "delete.graphql")
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			st := b.Open(t)
			schematest.Load(t, st, schematest.Fixture()...)
			_, base, _ := start(t, server.Config{Token: token, TrustedDocuments: docs}, st, nil)
			getExt := url.QueryEscape(`{"persistedQuery":{"version":1,"sha256Hash":"` + entity + `"}}`)
			tests := []struct {
				name       string
				do         func() *answer
				wantStatus int
				wantCode   string
				wantIn     string
			}{
				{"by hash", func() *answer { return persisted(t, base, "", entity, "", nil) }, 200, "", `"country/RWA"`},
				{"by hash in capitals", func() *answer { return persisted(t, base, "", strings.ToUpper(entity), "", nil) }, 200, "", `"country/RWA"`},
				{"by hash with its text", func() *answer { return persisted(t, base, "", entity, entityText, nil) }, 200, "", `"country/RWA"`},
				{"by hash by GET", func() *answer { return send(t, "GET", base+"/graphql?extensions="+getExt, nil, "") }, 200, "", `"country/RWA"`},
				{"with variables", func() *answer {
					return persisted(t, base, "", partners, "", map[string]any{"of": "Rwanda"})
				}, 200, "", `"country/GBR"`},
				{"with a variable of the wrong type", func() *answer {
					return persisted(t, base, "", partners, "", map[string]any{"of": []any{1}})
				}, 400, "invalid", "is not a valid String"},
				{"a hash with another text", func() *answer {
					return persisted(t, base, "", entity, `{ entity(name: "Libya") { id } }`, nil)
				}, 403, "forbidden", "is not the trusted document"},
				{"an unknown hash", func() *answer { return persisted(t, base, "", strings.Repeat("ab", 32), "", nil) }, 403, "forbidden", "no trusted document has the hash"},
				{"a query without a hash, even a trusted one", func() *answer { return gql(t, base, "", entityText, nil) }, 403, "forbidden", "runs only trusted documents"},
				{"what the playground sends", func() *answer { return gql(t, base, "", introspection, nil) }, 403, "forbidden", "runs only trusted documents"},
				{"a trusted mutation without the token", func() *answer {
					return persisted(t, base, "", del, "", map[string]any{"id": "nope"})
				}, 401, "unauthorized", "Bearer"},
				{"a trusted mutation with the token", func() *answer {
					return persisted(t, base, token, del, "", map[string]any{"id": "nope"})
				}, 200, "", `"deleteArticle":false`},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					a := tt.do()
					if a.Status != tt.wantStatus || a.code() != tt.wantCode || !strings.Contains(a.Body, tt.wantIn) {
						t.Errorf("got %d %q %s, want %d %q with %q", a.Status, a.code(), a.Body, tt.wantStatus, tt.wantCode, tt.wantIn)
					}
				})
			}
		})
	}
}

// introspection is the start of what the playground sends for completion.
const introspection = `query IntrospectionQuery { __schema { queryType { name } types { name } } }`

func TestLoadTrustedDocuments(t *testing.T) {
	write := func(files map[string]string) string {
		dir := t.TempDir()
		for name, text := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return dir
	}
	tests := []struct {
		name    string
		files   map[string]string
		wantErr string // "": loads
	}{
		{"documents", map[string]string{"a.graphql": "{ __typename }", "notes.txt": "not a document"}, ""},
		{"none", map[string]string{"notes.txt": "{ __typename }"}, "no *.graphql file in"},
		{"empty", map[string]string{"a.graphql": " \n"}, "a.graphql: not a GraphQL document"},
		{"not UTF-8", map[string]string{"b.graphql": "{ \xff }"}, "b.graphql: not a GraphQL document"},
		{"over a limit", map[string]string{"c.graphql": strings.Repeat("{ a ", 40) + strings.Repeat("}", 40)}, "c.graphql: selection sets are nested more than 32 deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := server.LoadTrustedDocuments(write(tt.files))
			if tt.wantErr == "" {
				if err != nil || len(docs) != 1 {
					t.Errorf("got %d documents, %v; want 1, no error", len(docs), err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("got %v, want an error with %q", err, tt.wantErr)
			}
		})
	}
}
