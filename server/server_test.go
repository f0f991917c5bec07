package server_test

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"newsgraph"
	"newsgraph/schema"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

const token = "s3cret-token-for-tests"

func TestStatuses(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	schematest.Load(t, st, schematest.Fixture()...)
	_, ro, _ := start(t, server.Config{MaxBody: 4096, MaxDepth: 6, MaxPage: 50}, st, extract)
	_, rw, _ := start(t, server.Config{Token: token}, st, extract)
	json := map[string]string{"Content-Type": "application/json"}
	auth := func(v string) map[string]string {
		return map[string]string{"Content-Type": "application/json", "Authorization": v}
	}
	const del = `{"query":"mutation { deleteArticle(id: \"nope\") }"}`
	tests := []struct {
		name, base, method, path string
		header                   map[string]string
		body                     string
		wantStatus               int
		wantCode                 string // first error's code; "" for none
		wantInBody               string
	}{
		{"query by POST", ro, "POST", "/graphql", json, `{"query":"{ entity(name: \"Rwanda\") { id } }"}`, 200, "", `"country/RWA"`},
		{"query by POST without content type", ro, "POST", "/graphql", nil, `{"query":"{ entity(name: \"Rwanda\") { id } }"}`, 200, "", `"country/RWA"`},
		{"query by GET", ro, "GET", "/graphql?query=" + url.QueryEscape(`query($n: String) { entity(name: $n) { id } }`) + "&variables=" + url.QueryEscape(`{"n":"RWA"}`), nil, "", 200, "", `"country/RWA"`},
		{"not found is an answer", ro, "POST", "/graphql", json, `{"query":"{ entity(name: \"Atlantis\") { id } }"}`, 200, "", `"entity":null`},
		{"mutation by GET", rw, "GET", "/graphql?query=" + url.QueryEscape(`mutation { deleteArticle(id: "ka-1") }`), nil, "", 405, "method_not_allowed", "POST"},
		{"mutation on a read-only server", ro, "POST", "/graphql", auth("Bearer " + token), del, 403, "forbidden", "read-only"},
		{"mutation without a token", rw, "POST", "/graphql", json, del, 401, "unauthorized", "Bearer"},
		{"mutation with a wrong token", rw, "POST", "/graphql", auth("Bearer " + token + "x"), del, 401, "unauthorized", "not valid"},
		{"mutation with a wrong scheme", rw, "POST", "/graphql", auth("Basic " + token), del, 401, "unauthorized", ""},
		{"mutation with the token", rw, "POST", "/graphql", auth("Bearer " + token), del, 200, "", `"deleteArticle":false`},
		{"malformed JSON", ro, "POST", "/graphql", json, `{"query": `, 400, "invalid", "not a GraphQL request"},
		{"no query", ro, "GET", "/graphql", nil, "", 400, "invalid", "no query"},
		{"bad variables", ro, "GET", "/graphql?query=%7B__typename%7D&variables=%5B", nil, "", 400, "invalid", "variables"},
		{"syntax error", ro, "POST", "/graphql", json, `{"query":"{ entity("}`, 400, "invalid", "Syntax Error"},
		{"body too large", ro, "POST", "/graphql", json, `{"query":"{ __typename }", "pad": "` + strings.Repeat("x", 5000) + `"}`, 413, "too_large", "4096 bytes"},
		{"not JSON", ro, "POST", "/graphql", map[string]string{"Content-Type": "text/plain"}, `{ __typename }`, 415, "unsupported_media_type", "application/json"},
		{"wrong method", ro, "PUT", "/graphql", json, `{}`, 405, "method_not_allowed", ""},
		{"too deep", ro, "POST", "/graphql", json, `{"query":"{ entity(name: \"Rwanda\") { partners { entity { partners { entity { partners { entity { id } } } } } } } }"}`, 400, "invalid", "depth limit is 6"},
		{"page too large", ro, "POST", "/graphql", json, `{"query":"{ relations(first: 51) { totalCount } }"}`, 400, "invalid", "maximum page size, 50"},
		{"introspection off", ro, "POST", "/graphql", json, `{"query":"{ __schema { types { name } } }"}`, 400, "invalid", "introspection"},
		{"health", ro, "GET", "/healthz", nil, "", 200, "", `"ok"`},
		{"metrics", ro, "GET", "/metrics", nil, "", 200, "", "newsgraph_http_requests_total"},
		{"metrics by POST", ro, "POST", "/metrics", nil, "", 405, "method_not_allowed", ""},
		{"root leads to the playground", ro, "GET", "/", nil, "", 302, "", ""},
		{"no web pages configured", ro, "GET", "/playground", nil, "", 404, "not_found", ""},
		{"no exporter configured", ro, "GET", "/export?format=nquads", nil, "", 404, "not_found", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := send(t, tt.method, tt.base+tt.path, tt.header, tt.body)
			if a.Status != tt.wantStatus || a.code() != tt.wantCode || !strings.Contains(a.Body, tt.wantInBody) {
				t.Errorf("got %d %q %s, want %d %q with %q", a.Status, a.code(), a.Body, tt.wantStatus, tt.wantCode, tt.wantInBody)
			}
			if a.Status >= 400 && !strings.HasPrefix(a.Header.Get("Content-Type"), "application/json") {
				t.Errorf("error answer with Content-Type %q, want JSON", a.Header.Get("Content-Type"))
			}
			if a.Status == 405 && a.Header.Get("Allow") == "" {
				t.Errorf("405 without Allow")
			}
			if a.Status == 401 && a.Header.Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
		})
	}
	if a := send(t, "GET", ro+"/", nil, ""); a.Header.Get("Location") != "/playground" {
		t.Errorf("GET /: got Location %q, want /playground", a.Header.Get("Location"))
	}
}

// TestMounts checks that the web pages and the exporter given in Config are served.
func TestMounts(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("page " + r.URL.Path)) })
	export := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("export " + r.URL.Query().Get("format"))) })
	_, base, _ := start(t, server.Config{Web: web, Export: export}, st, nil)
	for path, want := range map[string]string{"/playground": "page /playground", "/explore": "page /explore", "/export?format=nquads": "export nquads"} {
		if a := send(t, "GET", base+path, nil, ""); a.Status != 200 || a.Body != want {
			t.Errorf("GET %s: got %d %q, want 200 %q", path, a.Status, a.Body, want)
		}
	}
}

// TestStoreUnavailable closes the store under a running server.
func TestStoreUnavailable(t *testing.T) {
	st := schematest.Backends()[1].Open(t) // bolt
	schematest.Load(t, st, schematest.Fixture()...)
	_, base, _ := start(t, server.Config{}, st, nil)
	if a := send(t, "GET", base+"/healthz", nil, ""); a.Status != 200 {
		t.Fatalf("healthz before: got %d, want 200", a.Status)
	}
	st.Close()
	if a := send(t, "GET", base+"/healthz", nil, ""); a.Status != 503 || a.code() != "unavailable" {
		t.Errorf("healthz after Close: got %d %s, want 503 unavailable", a.Status, a.Body)
	}
	a := gql(t, base, "", `{ partners(of: "Rwanda") { entity { id } } }`, nil)
	if a.Status != 503 || a.Header.Get("Retry-After") == "" {
		t.Errorf("query after Close: got %d %s, want 503 with Retry-After", a.Status, a.Body)
	}
	if strings.Contains(a.Body, "bolt") || strings.Contains(a.Body, "closed") {
		t.Errorf("query after Close: internal detail shown to the client: %s", a.Body)
	}
}

// slowStore is a store whose Resolve takes as long as its caller lets it: it returns the
// context's error once the context is done, as a real store does when its deadline passes
// in the middle of a read.
type slowStore struct{ schema.Store }

func (s slowStore) Resolve(ctx context.Context, ref string) (*newsgraph.Entity, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("resolve %q: %w", ref, ctx.Err())
}

// TestRequestTimeout runs a query whose read outlasts the server's time limit. (A limit of
// 1 ns was not enough: the timer may fire after a fast in-memory read has answered.)
func TestRequestTimeout(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	schematest.Load(t, st, schematest.Fixture()...)
	_, base, _ := start(t, server.Config{Timeout: 50 * time.Millisecond}, slowStore{st}, nil)
	a := gql(t, base, "", `{ partners(of: "Rwanda") { entity { id } } }`, nil)
	if a.Status != 503 || a.code() != "timeout" || !strings.Contains(a.Body, "time limit") {
		t.Errorf("got %d %s, want 503 timeout naming the time limit", a.Status, a.Body)
	}
}

func TestCORS(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	export := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("x")) })
	_, base, _ := start(t, server.Config{Origins: []string{"http://localhost:8888"}, Export: export}, st, nil)
	_, closed, _ := start(t, server.Config{}, st, nil)
	const nb, other = "http://localhost:8888", "http://evil.example"
	preflight := func(origin string) map[string]string {
		return map[string]string{"Origin": origin, "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}
	}
	tests := []struct {
		name, base, method, path string
		header                   map[string]string
		wantOrigin               string
	}{
		{"preflight from the notebook", base, "OPTIONS", "/graphql", preflight(nb), nb},
		{"preflight from elsewhere", base, "OPTIONS", "/graphql", preflight(other), ""},
		{"query from the notebook", base, "GET", "/graphql?query=%7B__typename%7D", map[string]string{"Origin": nb}, nb},
		{"error answer from the notebook", base, "GET", "/graphql?query=%7B", map[string]string{"Origin": nb}, nb},
		{"export from the notebook", base, "GET", "/export", map[string]string{"Origin": nb}, nb},
		{"query from elsewhere", base, "GET", "/graphql?query=%7B__typename%7D", map[string]string{"Origin": other}, ""},
		{"no origins configured", closed, "OPTIONS", "/graphql", preflight(nb), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := send(t, tt.method, tt.base+tt.path, tt.header, "")
			if got := a.Header.Get("Access-Control-Allow-Origin"); got != tt.wantOrigin {
				t.Errorf("got Access-Control-Allow-Origin %q (status %d), want %q", got, a.Status, tt.wantOrigin)
			}
			if tt.method == "OPTIONS" && tt.wantOrigin != "" && !strings.Contains(strings.ToLower(a.Header.Get("Access-Control-Allow-Headers")), "authorization") {
				t.Errorf("preflight: got Allow-Headers %q, want authorization allowed", a.Header.Get("Access-Control-Allow-Headers"))
			}
		})
	}
}

// TestTokenNeverLogged sends the token right and wrong and searches the log for it.
func TestTokenNeverLogged(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	_, base, logs := start(t, server.Config{Token: token}, st, nil)
	gql(t, base, token, `mutation { deleteArticle(id: "x") }`, nil)
	gql(t, base, token+"wrong", `mutation { deleteArticle(id: "x") }`, nil)
	if got := logs.String(); strings.Contains(got, token) || strings.Contains(strings.ToLower(got), "authorization") {
		t.Errorf("the log holds the token or the Authorization header:\n%s", got)
	} else if !strings.Contains(got, `"path":"/graphql"`) {
		t.Errorf("the log has no request line:\n%s", got)
	}
}

// TestGracefulShutdown closes the server while a request is in flight: the request completes,
// Close waits for it, and new connections are refused afterwards.
func TestGracefulShutdown(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	entered, release := make(chan struct{}), make(chan struct{})
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-release
		w.Write([]byte("finished"))
	})
	srv, err := server.New(server.Config{Addr: "127.0.0.1:0", Web: web}, st, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Open(); err != nil {
		t.Fatal(err)
	}
	base := "http://" + srv.Addr()
	got := make(chan *answer, 1)
	go func() { got <- send(t, "GET", base+"/slow", nil, "") }()
	<-entered
	closed := make(chan error, 1)
	go func() { closed <- srv.Close(context.Background()) }()
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while a request was in flight", err)
	case <-time.After(200 * time.Millisecond):
	}
	close(release)
	if a := <-got; a.Status != 200 || a.Body != "finished" {
		t.Errorf("in-flight request: got %d %q, want 200 finished", a.Status, a.Body)
	}
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Errorf("GET after Close: got an answer, want the connection refused")
	}
}

func TestMetricsRegistry(t *testing.T) {
	st := schematest.Backends()[0].Open(t)
	reg := prometheus.NewRegistry()
	_, base, _ := start(t, server.Config{Registry: reg}, st, nil)
	send(t, "GET", base+"/healthz", nil, "")
	gql(t, base, "", `{ nosuch }`, nil)
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]bool{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			labels := mf.GetName()
			for _, l := range m.GetLabel() {
				labels += " " + l.GetName() + "=" + l.GetValue()
			}
			found[labels] = true
		}
	}
	for _, want := range []string{
		"newsgraph_http_requests_total code=200 method=GET route=/healthz",
		"newsgraph_http_requests_total code=400 method=POST route=/graphql",
		"newsgraph_graphql_errors_total code=invalid",
		"newsgraph_http_request_duration_seconds route=/graphql",
	} {
		if !found[want] {
			t.Errorf("registry: no series %q among %v", want, found)
		}
	}
	if _, err := server.New(server.Config{Registry: reg}, st, nil, nil); err == nil {
		t.Errorf("second server on the same registry: got no error, want a duplicate registration error")
	}
}
