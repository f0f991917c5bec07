// Package export writes the graph, or a part of it, in the formats researchers load into their
// tools: N-Quads, Turtle and TriG, JSON-LD (RDF stores), GraphML and GEXF (Gephi, Cytoscape,
// NetworkX, igraph), DOT (Graphviz) and CSV (spreadsheets, pandas, R).
//
// The RDF formats carry the store's quads in the graph package's vocabulary (graph/vocab.go); the
// whole graph is Cayley's own N-Quads stream, re-encoded for Turtle, TriG and JSON-LD. The other
// formats are property graphs: one node per entity, one edge per event (subject → object), with
// the event's type, quad class, date, status, article and evidence counts, evidence sentences and
// article URLs. Every writer streams: what it holds in memory is bounded by the subgraph's node set,
// never by the number of articles.
package export

import (
	"bufio"
	"context"
	"io"
	"sort"
	"strings"

	"newsgraph"
)

// Format describes one export format: its name in `--format` and `?format=`, its HTTP content
// type and the file name a download gets.
type Format struct {
	Name        string
	ContentType string
	FileName    string
	Description string
	write       func(ctx context.Context, g *Subgraph, w io.Writer) error
}

// Formats lists the export formats, by name.
var Formats = map[string]Format{
	"nquads":    {"nquads", "application/n-quads", "newsgraph.nq", "N-Quads; each quad's graph label is its article", writeNQuads},
	"turtle":    {"turtle", "text/turtle; charset=utf-8", "newsgraph.ttl", "Turtle (triples; article labels dropped)", writeTurtle},
	"trig":      {"trig", "application/trig", "newsgraph.trig", "TriG: one named graph per article", writeTriG},
	"jsonld":    {"jsonld", "application/ld+json", "newsgraph.jsonld", "JSON-LD, expanded, one named graph per article", writeJSONLD},
	"graphml":   {"graphml", "application/graphml+xml", "newsgraph.graphml", "GraphML property graph (Cytoscape, NetworkX, igraph, yEd)", writeGraphML},
	"gexf":      {"gexf", "application/gexf+xml", "newsgraph.gexf", "GEXF 1.2 property graph (Gephi, NetworkX)", writeGEXF},
	"dot":       {"dot", "text/vnd.graphviz; charset=utf-8", "newsgraph.dot", "Graphviz DOT digraph", writeDOT},
	"csv":       {"csv", "application/zip", "newsgraph-csv.zip", "zip of nodes.csv, edges.csv and evidence.csv", writeCSVZip},
	"csv-nodes": {"csv-nodes", "text/csv; charset=utf-8", "newsgraph-nodes.csv", "the nodes table alone", writeCSVNodes},
	"csv-edges": {"csv-edges", "text/csv; charset=utf-8", "newsgraph-edges.csv", "the edges table alone", writeCSVEdges},
}

// aliases maps other common names of the formats to theirs.
var aliases = map[string]string{
	"n-quads": "nquads", "nq": "nquads", "ttl": "turtle", "json-ld": "jsonld",
	"graphviz": "dot", "gv": "dot", "zip": "csv",
}

// Lookup returns the format named name (or one of its aliases, in any case), and an EINVALID
// *newsgraph.Error listing the formats when there is none.
func Lookup(name string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if a, ok := aliases[n]; ok {
		n = a
	}
	if f, ok := Formats[n]; ok {
		return f, nil
	}
	return Format{}, newsgraph.Errorf(newsgraph.EINVALID, "format %q: want one of %s", name, strings.Join(Names(), ", "))
}

// Names returns the format names, sorted.
func Names() []string {
	var out []string
	for n := range Formats {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Write writes the part of src that f selects to w in the named format. Bad filters, unknown
// formats and an entity that does not exist are *newsgraph.Error (EINVALID, ENOTFOUND), returned
// before anything is written.
func Write(ctx context.Context, src Source, format string, f Filter, w io.Writer) error {
	ft, err := Lookup(format)
	if err != nil {
		return err
	}
	g, err := Select(ctx, src, f)
	if err != nil {
		return err
	}
	return ft.Write(ctx, g, w)
}

// Write writes the subgraph g to w in this format, buffered. An error after the first bytes
// leaves w with a partial export; callers that can (files, HTTP) must not present it as whole.
func (ft Format) Write(ctx context.Context, g *Subgraph, w io.Writer) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := ft.write(ctx, g, bw); err != nil {
		return err
	}
	return bw.Flush()
}
