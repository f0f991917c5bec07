package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"newsgraph"
	"newsgraph/loader"
	"newsgraph/schema"
	"newsgraph/server"
)

var (
	extractorOnce sync.Once
	extractor     *loader.Extractor
)

// extract is what cmd/newsgraph wires: the loader's extraction (which completes the article's id,
// date and source from its text).
func extract(a newsgraph.Article) newsgraph.Extraction {
	extractorOnce.Do(func() { extractor = loader.New() })
	return extractor.Extract(a)
}

// lockedBuffer is a log sink the server's goroutines may write concurrently.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// start opens a server on 127.0.0.1:0 and returns it with its base URL and its log.
func start(t *testing.T, cfg server.Config, st schema.Store, fn schema.ExtractFunc) (*server.Server, string, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	cfg.Addr = "127.0.0.1:0"
	srv, err := server.New(cfg, st, fn, slog.New(slog.NewJSONHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		// net/http's Shutdown counts a connection that has sent no request yet as busy for its
		// first 5 s: the idle connections of the tests' client pool are closed first, and the
		// limit leaves room for one the pool dialed last (a 5 s limit raced it in CI)
		http.DefaultTransport.(*http.Transport).CloseIdleConnections()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := srv.Close(ctx); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return srv, "http://" + srv.Addr(), logs
}

// answer is a decoded response.
type answer struct {
	Status int
	Header http.Header
	Body   string
	JSON   struct {
		Data   json.RawMessage
		Errors []struct {
			Message    string
			Extensions map[string]any
		}
	}
}

// code returns the first error's code, "" when none.
func (a *answer) code() string {
	if len(a.JSON.Errors) == 0 {
		return ""
	}
	c, _ := a.JSON.Errors[0].Extensions["code"].(string)
	return c
}

func send(t testing.TB, method, url string, header map[string]string, body string) *answer {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	a := &answer{Status: resp.StatusCode, Header: resp.Header, Body: string(b)}
	if strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(b, &a.JSON); err != nil {
			t.Errorf("%s %s: body is not JSON: %v\n%s", method, url, err, b)
		}
	}
	return a
}

// gql POSTs a GraphQL request.
func gql(t testing.TB, base, token, query string, vars map[string]any) *answer {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	h := map[string]string{"Content-Type": "application/json"}
	if token != "" {
		h["Authorization"] = "Bearer " + token
	}
	return send(t, http.MethodPost, base+"/graphql", h, string(b))
}
