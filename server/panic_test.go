package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"newsgraph/schema"
	"newsgraph/schema/schematest"
	"newsgraph/server"
)

// TestPanicIsLoggedWithRequestID: a panic in one request is answered 500 "internal error" and
// logged with the request's id (the client's X-Request-Id, or one the server makes and sends
// back); the next request is served, on every backend. The panic comes from the web pages'
// handler, which the server takes from its configuration.
func TestPanicIsLoggedWithRequestID(t *testing.T) {
	for _, b := range schematest.Backends() {
		t.Run(b.Name, func(t *testing.T) { testPanic(t, b.Open(t)) })
	}
}

func testPanic(t *testing.T, st schema.Store) {
	web := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom in " + r.URL.Path) })
	_, base, logs := start(t, server.Config{Web: web}, st, nil)
	for _, tt := range []struct{ name, sent string }{{"the client's id", "req-42.a_b"}, {"an id of the server's", ""}, {"an id not taken", "bad id\u00e9"}} {
		t.Run(tt.name, func(t *testing.T) {
			a := send(t, "GET", base+"/playground", map[string]string{"X-Request-Id": tt.sent}, "")
			id := a.Header.Get("X-Request-Id")
			if a.Status != 500 || a.code() != "internal" || strings.Contains(a.Body, "boom") {
				t.Errorf("got %d %s, want 500 internal error without the panic's details", a.Status, a.Body)
			}
			if wantSame := tt.sent != "" && !strings.Contains(tt.sent, " "); wantSame && id != tt.sent || !wantSame && (len(id) != 16 || id == tt.sent) {
				t.Errorf("got X-Request-Id %q for %q", id, tt.sent)
			}
			var found bool
			for _, line := range strings.Split(logs.String(), "\n") {
				var rec map[string]any
				if json.Unmarshal([]byte(line), &rec) == nil && rec["msg"] == "handler panicked" && rec["request_id"] == id {
					found = rec["panic"] == "boom in /playground" && rec["stack"] != ""
				}
			}
			if !found {
				t.Errorf("no log line of the panic with request_id %q:\n%s", id, logs)
			}
		})
	}
	if a := send(t, "GET", base+"/healthz", nil, ""); a.Status != 200 {
		t.Errorf("after the panics: /healthz got %d", a.Status)
	}
}
