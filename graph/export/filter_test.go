package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"sort"
	"strings"
	"testing"

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/graph/export"
)

// exportedIDs returns the node and edge IDs of a subgraph, read back from the CSV exports.
func exportedIDs(t *testing.T, s export.Source, f export.Filter) (nodes, edges []string) {
	t.Helper()
	read := func(format string) []string {
		var buf bytes.Buffer
		if err := export.Write(context.Background(), s, format, f, &buf); err != nil {
			t.Fatalf("%s %+v: %v", format, f, err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range rows[1:] {
			ids = append(ids, r[0])
		}
		sort.Strings(ids)
		return ids
	}
	return read("csv-nodes"), read("csv-edges")
}

var plover = append(append(append(append([]string(nil), newsgraph.VerbalCooperation...),
	newsgraph.MaterialCooperation...), newsgraph.VerbalConflict...), newsgraph.MaterialConflict...)

// around computes the neighbourhood of id with the store's Neighbours, breadth first.
func around(t *testing.T, s *graph.Store, id string, depth int) map[string]bool {
	t.Helper()
	in := map[string]bool{id: true}
	frontier := []string{id}
	for d := 0; d < depth; d++ {
		var next []string
		for _, n := range frontier {
			ns, err := s.Neighbours(context.Background(), n, plover)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range ns {
				if !in[x] {
					in[x] = true
					next = append(next, x)
				}
			}
		}
		frontier = next
	}
	return in
}

// eventIDs returns the IDs of the events the store's Events selects, optionally only those among
// nodes.
func eventIDs(t *testing.T, s *graph.Store, f newsgraph.RelationFilter, nodes map[string]bool) []string {
	t.Helper()
	es, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range es {
		if nodes == nil || nodes[e.Subject] && nodes[e.Object] {
			ids = append(ids, e.ID)
		}
	}
	sort.Strings(ids)
	return ids
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestNeighbourhood(t *testing.T) {
	s := newStore(t)
	for _, depth := range []int{1, 2, 3} {
		want := around(t, s, "country/RWA", depth)
		nodes, edges := exportedIDs(t, s, export.Filter{Entity: "rwanda", Depth: depth})
		if got := strings.Join(nodes, " "); got != strings.Join(keys(want), " ") {
			t.Errorf("depth %d: got nodes %s, want %s", depth, got, strings.Join(keys(want), " "))
		}
		wantEdges := eventIDs(t, s, newsgraph.RelationFilter{}, want)
		if strings.Join(edges, " ") != strings.Join(wantEdges, " ") {
			t.Errorf("depth %d: got edges %v, want %v", depth, edges, wantEdges)
		}
	}
	if n, _ := exportedIDs(t, s, export.Filter{Entity: "country/RWA", Depth: 1}); len(n) < 3 {
		t.Errorf("the fixture should give Rwanda at least two neighbours, got %v", n)
	}
}

func TestEventFilters(t *testing.T) {
	s := newStore(t)
	for _, c := range []struct {
		name string
		f    export.Filter
		rf   newsgraph.RelationFilter
	}{
		{"since", export.Filter{Since: "2025"}, newsgraph.RelationFilter{Since: "2025"}},
		{"until", export.Filter{Until: "2024-11"}, newsgraph.RelationFilter{Until: "2024-11"}},
		{"between", export.Filter{Since: "2024-12", Until: "2025-04"}, newsgraph.RelationFilter{Since: "2024-12", Until: "2025-04"}},
		{"types", export.Filter{Types: []string{"consult", "FIGHT"}}, newsgraph.RelationFilter{Types: []string{"CONSULT", "FIGHT"}}},
		{"non-event relation", export.Filter{Types: []string{"HOLDS_OFFICE"}}, newsgraph.RelationFilter{Types: []string{"HOLDS_OFFICE"}}},
		{"class", export.Filter{Class: "verbal-conflict"}, newsgraph.RelationFilter{Types: newsgraph.VerbalConflict}},
		{"class and types", export.Filter{Class: "material-coop", Types: []string{"AID", "AGREE"}}, newsgraph.RelationFilter{Types: []string{"AID"}}},
		{"source", export.Filter{Source: "daily"}, newsgraph.RelationFilter{Source: "Daily"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want := eventIDs(t, s, c.rf, nil)
			if len(want) == 0 {
				t.Fatalf("the fixture has no events for %+v", c.rf)
			}
			all := eventIDs(t, s, newsgraph.RelationFilter{}, nil)
			if c.name != "non-event relation" && len(want) == len(all) {
				t.Fatalf("filter %+v selects every event: not a test", c.rf)
			}
			nodes, edges := exportedIDs(t, s, c.f)
			if strings.Join(edges, " ") != strings.Join(want, " ") {
				t.Errorf("got edges %v, want %v", edges, want)
			}
			ends := map[string]bool{}
			es, _ := s.Events(context.Background(), c.rf)
			for _, e := range es {
				ends[e.Subject], ends[e.Object] = true, true
			}
			if strings.Join(nodes, " ") != strings.Join(keys(ends), " ") {
				t.Errorf("got nodes %v, want the events' ends %v", nodes, keys(ends))
			}
		})
	}
}

// TestSubgraphQuads checks that a subgraph's RDF is made of the store's own triples, each
// labelled with an article that stores it.
func TestSubgraphQuads(t *testing.T) {
	s := newStore(t)
	w := storeCounts(t, s, newsgraph.RelationFilter{})
	for _, f := range []export.Filter{{Entity: "Rwanda"}, {Since: "2025"}, {Class: "material-coop"}} {
		var buf bytes.Buffer
		if err := export.Write(context.Background(), s, "nquads", f, &buf); err != nil {
			t.Fatal(err)
		}
		quads, triples := readNQuads(t, buf.Bytes())
		if len(quads) == 0 {
			t.Fatalf("%+v: no quads", f)
		}
		for q := range quads {
			// An event's merged status and attributes go under one of its articles.
			merged := strings.Contains(q, "<"+graph.Base+"p:status>") || strings.Contains(q, "<"+graph.Base+"p:attr/")
			if !w.quads[q] && !merged {
				t.Errorf("%+v: quad not in the store: %s", f, q)
			}
		}
		for tr := range triples {
			if !w.triples[tr] {
				t.Errorf("%+v: triple not in the store: %s", f, tr)
			}
		}
		if len(triples) >= len(w.triples) {
			t.Errorf("%+v: %d triples, not fewer than the whole graph's %d", f, len(triples), len(w.triples))
		}
	}
}

func TestBadFilters(t *testing.T) {
	s := newStore(t)
	for _, c := range []struct {
		format string
		f      export.Filter
		code   string
		msg    string
	}{
		{"xml", export.Filter{}, newsgraph.EINVALID, "format"},
		{"dot", export.Filter{Entity: "Rwanda", Depth: 9}, newsgraph.EINVALID, "depth"},
		{"dot", export.Filter{Depth: 2}, newsgraph.EINVALID, "entity"},
		{"dot", export.Filter{Since: "2025-13"}, newsgraph.EINVALID, "since"},
		{"dot", export.Filter{Until: "May 2025"}, newsgraph.EINVALID, "until"},
		{"dot", export.Filter{Since: "2025", Until: "2024"}, newsgraph.EINVALID, "after"},
		{"dot", export.Filter{Types: []string{"AGREE;DROP"}}, newsgraph.EINVALID, "type"},
		{"dot", export.Filter{Class: "friendly"}, newsgraph.EINVALID, "class"},
		{"dot", export.Filter{Class: "verbal-coop", Types: []string{"FIGHT"}}, newsgraph.EINVALID, "class"},
		{"dot", export.Filter{Entity: "Atlantis"}, newsgraph.ENOTFOUND, "Atlantis"},
	} {
		var buf bytes.Buffer
		err := export.Write(context.Background(), s, c.format, c.f, &buf)
		if newsgraph.ErrorCode(err) != c.code || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s %+v: got %v, want %s naming %q", c.format, c.f, err, c.code, c.msg)
		}
		if buf.Len() != 0 {
			t.Errorf("%s %+v: wrote %d bytes before failing", c.format, c.f, buf.Len())
		}
	}
}
