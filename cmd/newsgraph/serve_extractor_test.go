package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"

	"newsgraph/server"
)

// postGraphQL sends one GraphQL request with an optional bearer token and returns the status
// and the decoded body.
func postGraphQL(t *testing.T, base, token, query string, vars map[string]any) (int, map[string]any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, base+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decoding the response (status %d): %v", resp.StatusCode, err)
	}
	return resp.StatusCode, out
}

// TestServeBuildsExtractorOnFirstIngest checks that serve builds the loader only when an
// article has to be extracted: never on a read-only server, and on the first ingest of a server
// with a token, which then works as before.
func TestServeBuildsExtractorOnFirstIngest(t *testing.T) {
	const ingest = `mutation($a: [ArticleInput!]!) { ingest(articles: $a) { articles entities } }`
	vars := map[string]any{"a": []any{map[string]any{"id": "lazy-1", "date": "2024-02-09",
		"text": "Finland and Estonia agreed on Friday to build a tunnel under the Gulf of Finland."}}}
	tests := []struct {
		name, token, send string
		wantStatus        int
		wantBuilt         bool
	}{
		{"read-only", "", "", http.StatusForbidden, false},
		{"token, request without it", "s3cret", "", http.StatusUnauthorized, false},
		{"token, request with it", "s3cret", "s3cret", http.StatusOK, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Main{Config: ServeConfig{Backend: "bolt", DB: filepath.Join(t.TempDir(), "ng.db"),
				Server: server.Config{Addr: "127.0.0.1:0", Token: tt.token}},
				Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
			if err := m.Run(context.Background()); err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			base := "http://" + m.Addr()
			if m.built.Load() {
				t.Fatal("the extractor was built before any ingest")
			}
			status, out := postGraphQL(t, base, tt.send, ingest, vars)
			if status != tt.wantStatus {
				t.Errorf("ingest: got status %d (%v), want %d", status, out, tt.wantStatus)
			}
			if got := m.built.Load(); got != tt.wantBuilt {
				t.Errorf("extractor built: got %v, want %v", got, tt.wantBuilt)
			}
			if status != http.StatusOK {
				return
			}
			_, out = postGraphQL(t, base, "", `{ partners(of: "Estonia") { entity { id } } }`, nil)
			if b, _ := json.Marshal(out); !strings.Contains(string(b), "country/FIN") {
				t.Errorf("partners of Estonia after the ingest: got %s, want Finland among them", b)
			}
		})
	}
}
