package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a log sink the server's goroutines may write while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDocumentFlags runs `newsgraph serve` with a pre-scan limit and trusted documents
// given as flags: the trusted document runs by hash, a trusted document over the limit is
// refused naming it, and a query sent as text is refused.
func TestServeDocumentFlags(t *testing.T) {
	dir := t.TempDir()
	docs := map[string]string{"ok.graphql": "{ __typename }", "aliased.graphql": "{ a: __typename b: __typename }"}
	hashes := map[string]string{}
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(text))
		hashes[name] = hex.EncodeToString(sum[:])
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	e := &env{args: []string{"serve", "--backend", "memory", "--addr", "127.0.0.1:0", "--max-aliases", "1", "--trusted-documents", dir},
		stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" },
		log: slog.New(slog.NewTextHandler(logs, nil))}
	done := make(chan error, 1)
	go func() { done <- run(ctx, e) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()
	addr := regexp.MustCompile(`serving addr=(http://\S+)`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addr.FindStringSubmatch(logs.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("serve did not start:\n%s", logs)
	}
	post := func(body map[string]any) (int, string) {
		b, _ := json.Marshal(body)
		resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(out)
	}
	byHash := func(name string) map[string]any {
		return map[string]any{"extensions": map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hashes[name]}}}
	}
	tests := []struct {
		name       string
		body       map[string]any
		wantStatus int
		wantIn     string
	}{
		{"trusted", byHash("ok.graphql"), 200, `"__typename":"Query"`},
		{"trusted, over --max-aliases", byHash("aliased.graphql"), 400, `"limit":"aliases"`},
		{"not trusted", map[string]any{"query": "{ __typename }"}, 403, "only trusted documents"},
	}
	for _, tt := range tests {
		if status, body := post(tt.body); status != tt.wantStatus || !strings.Contains(body, tt.wantIn) {
			t.Errorf("%s: got %d %s, want %d with %q", tt.name, status, body, tt.wantStatus, tt.wantIn)
		}
	}
}

func TestServeTrustedDocumentsErrors(t *testing.T) {
	code, _, errs := cli(t, "", "serve", "--backend", "memory", "--addr", "127.0.0.1:0", "--trusted-documents", t.TempDir())
	if code != 1 || !strings.Contains(errs, "no *.graphql file in") {
		t.Errorf("an empty folder: got %d %q, want 1 and an error naming it", code, errs)
	}
	code, _, errs = cli(t, "", "serve", "-h")
	for _, flag := range []string{"max-tokens", "max-selection-nesting", "max-value-nesting", "max-definitions", "max-variables",
		"max-fragments", "max-spreads", "max-aliases", "max-directives", "max-fields", "trusted-documents"} {
		if code != 0 || !strings.Contains(errs, "  -"+flag+" ") {
			t.Errorf("serve -h: got status %d, want 0 and the flag -%s in the help", code, flag)
		}
	}
}
