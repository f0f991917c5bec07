package export

import (
	"context"
	"encoding/json"
	"io"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

// writeJSONLD writes expanded JSON-LD: an array with one object per article graph ({"@id": the
// article IRI, "@graph": [node objects]}), quads without a label as top-level node objects.
// Cayley's JSON-LD writer holds the whole dataset in memory (and drops relative IRIs); this one
// streams, starting a new node object whenever the subject or graph changes — JSON-LD merges
// node objects with the same @id, so the triples are the same.
func writeJSONLD(ctx context.Context, g *Subgraph, w io.Writer) error {
	return emitQuads(ctx, g, &jsonldWriter{w: w})
}

type jsonldWriter struct {
	w       io.Writer
	started bool
	nodes   int // node objects written in the current graph (or top level)
	graphs  int // top-level items written
	inGraph bool
	label   quad.Value
	subject quad.Value
	props   []string // predicate keys of the current node, in order
	values  map[string][]any
	err     error
}

func (j *jsonldWriter) put(s string) {
	if j.err == nil {
		_, j.err = io.WriteString(j.w, s)
	}
}

func (j *jsonldWriter) putJSON(v any) {
	b, err := json.Marshal(v)
	if err != nil && j.err == nil {
		j.err = err
	}
	j.put(string(b))
}

// flushNode writes the node object being built.
func (j *jsonldWriter) flushNode() {
	if j.subject == nil {
		return
	}
	if j.inGraph && j.nodes > 0 || !j.inGraph && j.graphs > 0 {
		j.put(",\n")
	}
	j.put(`{"@id":`)
	j.putJSON(jsonldID(j.subject))
	for _, p := range j.props {
		j.put(",")
		j.putJSON(p)
		j.put(":")
		j.putJSON(j.values[p])
	}
	j.put("}")
	if j.inGraph {
		j.nodes++
	} else {
		j.graphs++
	}
	j.subject, j.props, j.values = nil, nil, nil
}

func (j *jsonldWriter) endGraph() {
	j.flushNode()
	if j.inGraph {
		j.put("]}")
		j.inGraph = false
		j.graphs++
	}
}

// WriteQuad adds one quad.
func (j *jsonldWriter) WriteQuad(q quad.Quad) error {
	if !j.started {
		j.put("[\n")
		j.started = true
	}
	if q.Label != j.label || q.Label != nil && !j.inGraph {
		j.endGraph()
		j.label = q.Label
		if q.Label != nil {
			if j.graphs > 0 {
				j.put(",\n")
			}
			j.put(`{"@id":`)
			j.putJSON(jsonldID(q.Label))
			j.put(`,"@graph":[`)
			j.inGraph, j.nodes = true, 0
		}
	}
	if q.Subject != j.subject {
		j.flushNode()
		j.subject, j.values = q.Subject, map[string][]any{}
	}
	key, val := "", any(nil)
	if q.Predicate == graph.PredType {
		key, val = "@type", jsonldID(q.Object)
	} else {
		key, val = jsonldID(q.Predicate), jsonldValue(q.Object)
	}
	if _, ok := j.values[key]; !ok {
		j.props = append(j.props, key)
	}
	j.values[key] = append(j.values[key], val)
	return j.err
}

// Close ends the document.
func (j *jsonldWriter) Close() error {
	if !j.started {
		j.put("[")
	}
	j.endGraph()
	j.flushNode()
	j.put("\n]\n")
	return j.err
}

func jsonldID(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	}
	return quad.StringOf(v)
}

func jsonldValue(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI, quad.BNode:
		return map[string]string{"@id": jsonldID(v)}
	case quad.String:
		return map[string]string{"@value": string(v)}
	case quad.LangString:
		return map[string]string{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		return map[string]string{"@value": string(v.Value), "@type": string(v.Type)}
	case quad.TypedStringer:
		ts := v.TypedString()
		return map[string]string{"@value": string(ts.Value), "@type": string(ts.Type)}
	}
	return map[string]string{"@value": quad.StringOf(v)}
}
