package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"newsgraph/server"
)

// cli runs one command in-process and returns its exit status, stdout and stderr.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{args: args, stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb,
		getenv: func(string) string { return "" }, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := exitCode(run(context.Background(), e), &errb)
	return code, out.String(), errb.String()
}

func TestExtractCommand(t *testing.T) {
	in := `{"id":"a1","text":"Kenya and Ethiopia signed an agreement on Thursday.","date":"2024-05-03"}` + "\n" +
		`{"id":"bad","text":` + "\n" +
		`{"id":"a2","text":"Peru said nothing."}` + "\n"
	code, out, errs := cli(t, in, "extract", "-")
	if code != 1 {
		t.Errorf("exit status: got %d, want 1 for a bad record", code)
	}
	if !strings.Contains(errs, "-:2:") {
		t.Errorf("stderr: got %q, want it to name line 2 of standard input", errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d output lines, want 2:\n%s", len(lines), out)
	}
	var x struct {
		Article   struct{ ID string }
		Entities  []struct{ ID, Type, Code string }
		Relations []struct{ Type, Subject, Object, Date string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &x); err != nil {
		t.Fatal(err)
	}
	if x.Article.ID != "a1" {
		t.Errorf("first article: got %q, want a1 (input order)", x.Article.ID)
	}
	var agree bool
	for _, r := range x.Relations {
		if r.Type == "AGREE" && r.Date == "2024-05-02" {
			agree = true
		}
	}
	if !agree {
		t.Errorf("got relations %+v, want an AGREE dated 2024-05-02 (the Thursday before the article)", x.Relations)
	}
}

func TestUsageAndHelp(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{nil, 2, "Usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"load", "--help"}, 0, "--backend"},
		{[]string{"serve", "-h"}, 0, "--addr"},
		{[]string{"export", "--help"}, 0, "--format"},
		{[]string{"extract", "--nope"}, 2, "flag provided but not defined"},
		{[]string{"load", "--backend", "cassandra", "--db", "x"}, 1, "cassandra"},
	}
	for _, tt := range tests {
		code, _, errs := cli(t, "", tt.args...)
		if code != tt.wantCode || !strings.Contains(errs, tt.wantErr) {
			t.Errorf("newsgraph %v: got status %d and %q, want %d and %q", tt.args, code, errs, tt.wantCode, tt.wantErr)
		}
	}
}

// TestServeExamples is step 3 of the end-to-end issue on the README's main command: serve the
// example articles from a bolt store and ask for Rwanda's partners over HTTP.
func TestServeExamples(t *testing.T) {
	m := &Main{Config: ServeConfig{Backend: "bolt", DB: t.TempDir() + "/ng.db", Load: []string{"../../examples/articles"},
		Server: server.Config{Addr: "127.0.0.1:0", Introspection: true}},
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	base := "http://" + m.Addr()

	q := `{ partners(of: "Rwanda") { entity { id code type } relations { type date status evidence { sentence article { id } } } } }`
	body, _ := json.Marshal(map[string]any{"query": q})
	resp, err := http.Post(base+"/graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Data struct {
			Partners []struct {
				Entity    struct{ ID, Code, Type string }
				Relations []struct {
					Type     string
					Evidence []struct{ Sentence string }
				}
			}
		}
		Errors []any
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil || resp.StatusCode != 200 || len(got.Errors) > 0 {
		t.Fatalf("partners: status %d, err %v, errors %v", resp.StatusCode, err, got.Errors)
	}
	ids := map[string]bool{}
	for _, p := range got.Data.Partners {
		ids[p.Entity.ID] = true
		for _, r := range p.Relations {
			if len(r.Evidence) == 0 || r.Evidence[0].Sentence == "" {
				t.Errorf("partner %s: relation %s has no evidence sentence", p.Entity.ID, r.Type)
			}
		}
	}
	for _, want := range []string{"country/USA", "country/GBR", "country/DNK", "country/ISR"} {
		if !ids[want] {
			t.Errorf("partners of Rwanda: %s missing (got %v)", want, ids)
		}
	}
	for _, not := range []string{"country/LBY", "country/IRQ"} {
		if ids[not] {
			t.Errorf("partners of Rwanda: %s should not be a partner", not)
		}
	}
	var igo bool
	for _, p := range got.Data.Partners {
		igo = igo || (p.Entity.Type == "ORGANIZATION" && p.Entity.Code == "IGO")
	}
	if !igo {
		t.Errorf("partners of Rwanda: want the UN refugee agency (an IGO) among them, got %v", ids)
	}

	for path, want := range map[string]int{"/healthz": 200, "/playground": 200, "/explore": 200, "/metrics": 200, "/export?format=nquads": 200} {
		r, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != want {
			t.Errorf("GET %s: got %d, want %d", path, r.StatusCode, want)
		}
	}

	// Serving the same folder again skips every unchanged article.
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	m2 := &Main{Config: m.Config, Log: m.Log}
	if err := m2.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	m2.Close()
	t.Logf("re-opening and re-loading the examples took %s", time.Since(start))
}
