package export

import (
	"context"
	"io"
	"regexp"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/graph"
)

func writeTurtle(ctx context.Context, g *Subgraph, w io.Writer) error {
	return emitQuads(ctx, g, newTurtleWriter(w, false))
}

func writeTriG(ctx context.Context, g *Subgraph, w io.Writer) error {
	return emitQuads(ctx, g, newTurtleWriter(w, true))
}

// turtleWriter writes Turtle or, with trig set, TriG, as the quads come: consecutive quads of
// one subject share a statement ("; "), consecutive quads of one article share a graph block.
// Turtle has no graphs, so it drops the labels. Predicates and classes use the prefixes below
// when their local part is a plain name; every other IRI is written in full.
type turtleWriter struct {
	w        io.Writer
	trig     bool
	started  bool
	inGraph  bool
	label    quad.Value
	subject  quad.Value
	hasSubj  bool
	err      error
	prefixes []turtlePrefix
}

type turtlePrefix struct{ name, iri string }

var plainLocal = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)

func newTurtleWriter(w io.Writer, trig bool) *turtleWriter {
	return &turtleWriter{w: w, trig: trig, prefixes: []turtlePrefix{
		{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
		{"xsd", "http://www.w3.org/2001/XMLSchema#"},
		{"class", graph.Base + "class:"},
		{"p", graph.Base + "p:"},
		{"rel", graph.Base + "rel:"},
	}}
}

func (t *turtleWriter) put(s ...string) {
	for _, x := range s {
		if t.err == nil {
			_, t.err = io.WriteString(t.w, x)
		}
	}
}

func (t *turtleWriter) header() {
	if t.started {
		return
	}
	t.started = true
	for _, p := range t.prefixes {
		t.put("@prefix ", p.name, ": <", p.iri, "> .\n")
	}
	t.put("\n")
}

// term writes v in Turtle syntax, shortening IRIs that a prefix covers.
func (t *turtleWriter) term(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		s := string(iri)
		for _, p := range t.prefixes {
			if strings.HasPrefix(s, p.iri) && plainLocal.MatchString(s[len(p.iri):]) {
				return p.name + ":" + s[len(p.iri):]
			}
		}
	}
	if v == nil {
		return `""`
	}
	return v.String()
}

func (t *turtleWriter) endStatement() {
	if t.hasSubj {
		t.put(" .\n")
		t.hasSubj = false
	}
}

// WriteQuad adds one quad.
func (t *turtleWriter) WriteQuad(q quad.Quad) error {
	t.header()
	if t.trig && (!t.inGraph || q.Label != t.label) {
		t.endStatement()
		if t.inGraph {
			t.put("}\n\n")
		}
		if q.Label != nil {
			t.put(t.term(q.Label), " ")
		}
		t.put("{\n")
		t.inGraph, t.label = true, q.Label
	}
	if t.hasSubj && q.Subject == t.subject {
		t.put(" ;\n    ")
	} else {
		t.endStatement()
		t.put(t.term(q.Subject), " ")
		t.subject, t.hasSubj = q.Subject, true
	}
	if q.Predicate == graph.PredType {
		t.put("a ")
	} else {
		t.put(t.term(q.Predicate), " ")
	}
	t.put(t.term(q.Object))
	return t.err
}

// Close ends the document.
func (t *turtleWriter) Close() error {
	t.header()
	t.endStatement()
	if t.inGraph {
		t.put("}\n")
	}
	return t.err
}
