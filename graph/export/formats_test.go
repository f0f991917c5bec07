package export_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/graph/export"
)

// want is what the store holds, counted through its own API.
type want struct {
	entities, events, evidence int
	quads                      map[string]bool // N-Quads lines of the store's own writer
	triples                    map[string]bool // the same without labels
	names                      []string        // entity names, sorted
	types                      []string        // event types, sorted
}

func storeCounts(t *testing.T, s *graph.Store, f newsgraph.RelationFilter) want {
	t.Helper()
	ctx := context.Background()
	var w want
	if err := s.EachEntity(ctx, func(e newsgraph.Entity) error {
		w.entities++
		w.names = append(w.names, e.Name)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.EachEvent(ctx, f, func(e newsgraph.Event) error {
		w.events++
		w.types = append(w.types, e.Type)
		ev, err := s.Evidence(ctx, e.ID)
		w.evidence += len(ev)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(w.names)
	sort.Strings(w.types)
	var buf bytes.Buffer
	if err := s.WriteNQuads(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	w.quads, w.triples = readNQuads(t, buf.Bytes())
	return w
}

// readNQuads parses N-Quads with Cayley's reader and returns the quads and triples in canonical
// form.
func readNQuads(t *testing.T, b []byte) (quads, triples map[string]bool) {
	t.Helper()
	quads, triples = map[string]bool{}, map[string]bool{}
	r := nquads.NewReader(bytes.NewReader(b), false)
	for {
		q, err := r.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("n-quads: %v", err)
		}
		quads[q.NQuad()] = true
		q.Label = nil
		triples[q.NQuad()] = true
	}
	return quads, triples
}

// export writes src in format with f to a file in a temporary folder and returns its path.
func exportFile(t *testing.T, src export.Source, format string, f export.Filter) string {
	t.Helper()
	ft, err := export.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := export.Write(context.Background(), src, format, f, &buf); err != nil {
		t.Fatalf("export %s: %v", format, err)
	}
	p := filepath.Join(t.TempDir(), ft.FileName)
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func sameSet(t *testing.T, what string, got, want map[string]bool) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: got %d distinct, want %d", what, len(got), len(want))
	}
	n := 0
	for k := range want {
		if !got[k] && n < 5 {
			t.Errorf("%s: missing %s", what, k)
			n++
		}
	}
	for k := range got {
		if !want[k] && n < 10 {
			t.Errorf("%s: extra %s", what, k)
			n++
		}
	}
}

func TestRDFFormatsParse(t *testing.T) {
	s := newStore(t)
	for _, c := range []struct {
		name string
		f    export.Filter
	}{{"whole", export.Filter{}}, {"neighbourhood", export.Filter{Entity: "Rwanda", Depth: 2}}, {"since", export.Filter{Since: "2025"}}} {
		name, f := c.name, c.f
		// want: the store's quads, or for a subgraph its N-Quads export as Cayley reads it.
		wq, wt := storeCounts(t, s, newsgraph.RelationFilter{}).quads, map[string]bool{}
		if name != "whole" {
			b, _ := os.ReadFile(exportFile(t, s, "nquads", f))
			wq, _ = readNQuads(t, b)
		}
		for q := range wq {
			_, tr := readNQuads(t, []byte(q+"\n"))
			for k := range tr {
				wt[k] = true
			}
		}
		t.Run(name+"/nquads/cayley", func(t *testing.T) {
			b, _ := os.ReadFile(exportFile(t, s, "nquads", f))
			got, _ := readNQuads(t, b)
			sameSet(t, "quads", got, wq)
		})
		t.Run(name+"/nquads/rapper", func(t *testing.T) {
			rapper := needTool(t, "rapper")
			out := run(t, rapper, "-q", "-i", "nquads", "-o", "nquads", exportFile(t, s, "nquads", f))
			got, _ := readNQuads(t, rapperOut(out))
			sameSet(t, "quads", got, wq)
		})
		t.Run(name+"/turtle/rapper", func(t *testing.T) {
			rapper := needTool(t, "rapper")
			out := run(t, rapper, "-q", "-i", "turtle", "-o", "ntriples", exportFile(t, s, "turtle", f))
			_, got := readNQuads(t, rapperOut(out))
			sameSet(t, "triples", got, wt)
		})
		t.Run(name+"/trig/rapper", func(t *testing.T) {
			rapper := needTool(t, "rapper")
			out := run(t, rapper, "-q", "-i", "trig", "-o", "nquads", exportFile(t, s, "trig", f))
			got, _ := readNQuads(t, rapperOut(out))
			sameSet(t, "quads", got, wq)
		})
		t.Run(name+"/jsonld/jsonld.js", func(t *testing.T) {
			script := jsonldScript(t)
			out := run(t, "node", script, exportFile(t, s, "jsonld", f))
			got, _ := readNQuads(t, out)
			sameSet(t, "expanded quads", got, wq)
		})
	}
}

// nxCounts is what nx_count.py prints.
type nxCounts struct {
	Nodes, Edges int
	Directed     bool
	Labels       []string
	EventTypes   []string `json:"event_types"`
}

func TestPropertyGraphFormatsParse(t *testing.T) {
	s := newStore(t)
	w := storeCounts(t, s, newsgraph.RelationFilter{})
	for _, kind := range []string{"graphml", "gexf"} {
		t.Run(kind+"/networkx", func(t *testing.T) {
			py := networkxPython(t)
			p := exportFile(t, s, kind, export.Filter{})
			if xl, err := execLook("xmllint"); err == nil {
				run(t, xl, "--noout", p) // well-formed XML
			}
			var got nxCounts
			if err := json.Unmarshal(run(t, py, filepath.Join("testdata", "nx_count.py"), kind, p), &got); err != nil {
				t.Fatal(err)
			}
			if got.Nodes != w.entities || got.Edges != w.events || !got.Directed {
				t.Errorf("got %d nodes, %d edges, directed %v; want %d, %d, true", got.Nodes, got.Edges, got.Directed, w.entities, w.events)
			}
			if strings.Join(got.Labels, "|") != strings.Join(w.names, "|") {
				t.Errorf("labels: got %q, want %q", got.Labels, w.names)
			}
			if kind == "graphml" && strings.Join(got.EventTypes, "|") != strings.Join(w.types, "|") {
				t.Errorf("event types: got %q, want %q", got.EventTypes, w.types)
			}
		})
	}
	t.Run("dot/graphviz", func(t *testing.T) {
		dot := needTool(t, "dot")
		p := exportFile(t, s, "dot", export.Filter{})
		var got struct {
			Objects []struct {
				Name  string `json:"name"`
				Label string `json:"label"`
			} `json:"objects"`
			Edges []struct {
				Type string `json:"event_type"`
			} `json:"edges"`
		}
		if err := json.Unmarshal(run(t, dot, "-Tjson", p), &got); err != nil {
			t.Fatal(err)
		}
		if len(got.Objects) != w.entities || len(got.Edges) != w.events {
			t.Errorf("got %d nodes, %d edges; want %d, %d", len(got.Objects), len(got.Edges), w.entities, w.events)
		}
		var labels, types []string
		for _, o := range got.Objects {
			labels = append(labels, o.Label)
		}
		for _, e := range got.Edges {
			types = append(types, e.Type)
		}
		sort.Strings(labels)
		sort.Strings(types)
		if strings.Join(labels, "|") != strings.Join(w.names, "|") || strings.Join(types, "|") != strings.Join(w.types, "|") {
			t.Errorf("got labels %q, types %q; want %q, %q", labels, types, w.names, w.types)
		}
		run(t, dot, "-Tpng", "-o", filepath.Join(t.TempDir(), "g.png"), p)
	})
	t.Run("csv", func(t *testing.T) {
		b, _ := os.ReadFile(exportFile(t, s, "csv", export.Filter{}))
		zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string][][]string{}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			rows[f.Name], err = csv.NewReader(rc).ReadAll()
			rc.Close()
			if err != nil {
				t.Fatalf("%s: %v", f.Name, err)
			}
		}
		for _, c := range []struct {
			file string
			want int
		}{{"nodes.csv", w.entities}, {"edges.csv", w.events}, {"evidence.csv", w.evidence}} {
			if got := len(rows[c.file]) - 1; got != c.want {
				t.Errorf("%s: got %d rows, want %d", c.file, got, c.want)
			}
		}
		for _, single := range []struct{ format, file string }{{"csv-nodes", "nodes.csv"}, {"csv-edges", "edges.csv"}} {
			b, _ := os.ReadFile(exportFile(t, s, single.format, export.Filter{}))
			got, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(rows[single.file]) {
				t.Errorf("%s: got %d rows, want %d as in the zip", single.format, len(got), len(rows[single.file]))
			}
		}
	})
}

// TestRoundTrip loads an N-Quads export of a memory store into a fresh bolt store and checks it
// holds the same graph.
func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	var buf bytes.Buffer
	if err := export.Write(ctx, s, "nquads", export.Filter{}, &buf); err != nil {
		t.Fatal(err)
	}
	fresh, err := graph.Open(ctx, graph.Config{Backend: "bolt", Addr: filepath.Join(t.TempDir(), "copy.db")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if err := fresh.ImportNQuads(ctx, bytes.NewReader(buf.Bytes())); err != nil {
		t.Fatal(err)
	}
	a, b := storeCounts(t, s, newsgraph.RelationFilter{}), storeCounts(t, fresh, newsgraph.RelationFilter{})
	sameSet(t, "quads after import", b.quads, a.quads)
	if a.entities != b.entities || a.events != b.events || a.evidence != b.evidence {
		t.Errorf("got %d entities, %d events, %d evidence; want %d, %d, %d", b.entities, b.events, b.evidence, a.entities, a.events, a.evidence)
	}
	p, err := fresh.Resolve(ctx, "Kigali")
	if err != nil || p.ID != "country/RWA" {
		t.Errorf("Resolve(Kigali) in the imported store: got %v, %v; want country/RWA", p, err)
	}
}

// rapperOut unescapes the \uXXXX and \UXXXXXXXX escapes rapper writes in IRIs (N-Triples
// allows them; Cayley's reader keeps them as they are).
func rapperOut(b []byte) []byte {
	return iriRef.ReplaceAllFunc(b, func(iri []byte) []byte {
		return uEscape.ReplaceAllFunc(iri, func(m []byte) []byte {
			n, err := strconv.ParseUint(string(m[2:]), 16, 32)
			if err != nil {
				return m
			}
			return []byte(string(rune(n)))
		})
	})
}

var (
	iriRef  = regexp.MustCompile(`<[^<>"\s]*>`)
	uEscape = regexp.MustCompile(`\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}`)
)
