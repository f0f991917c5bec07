package export

import (
	"context"
	"io"
	"math"
	"strconv"
	"strings"

	"newsgraph"
)

// writeDOT writes a Graphviz digraph: entities as nodes (shape by type), events as edges coloured
// by quad class (cooperation green, conflict red; verbal dashed, material solid), thicker the
// more articles report them. The first evidence sentence is the edge's tooltip and its article's
// URL its link in SVG output; the other columns are kept as attributes Graphviz passes through.
func writeDOT(ctx context.Context, g *Subgraph, w io.Writer) error {
	x := &xmlOut{w: w} // put and first-error only; DOT escaping is dotQuote
	x.put("digraph ", dotQuote(g.Name()), " {\n",
		`  graph [overlap=false, splines=true, fontname="Helvetica"];`, "\n",
		`  node [style="filled", fillcolor="#f3f6fb", color="#50607a", fontname="Helvetica", fontsize=11];`, "\n",
		`  edge [fontname="Helvetica", fontsize=8, arrowsize=0.6];`, "\n")
	err := g.eachNode(ctx, func(e *newsgraph.Entity) error {
		x.put("  ", dotQuote(e.ID), " [shape=", dotShape(e.Type))
		for i, v := range nodeValues(e) {
			if v != "" {
				x.put(", ", dotName(nodeColumns[i].name), "=", dotQuote(v))
			}
		}
		x.put("];\n")
		return x.err
	})
	if err != nil {
		return err
	}
	err = g.eachEdge(ctx, func(e *Edge) error {
		color, style := dotStyle(e.Type)
		pen := 1 + math.Log2(float64(max(e.Articles, 1)))
		x.put("  ", dotQuote(e.Subject), " -> ", dotQuote(e.Object), " [id=", dotQuote(e.ID),
			", color=", dotQuote(color), ", fontcolor=", dotQuote(color), ", style=", style,
			", penwidth=", strconv.FormatFloat(pen, 'f', 2, 64))
		for i, v := range edgeValues(e) {
			if v != "" {
				x.put(", ", dotName(edgeColumns[i].name), "=", dotQuote(v))
			}
		}
		if len(e.Evidence) > 0 {
			x.put(", tooltip=", dotQuote(e.Evidence[0].Sentence))
			if a := e.Evidence[0].Article; a != nil && a.URL != "" {
				x.put(", URL=", dotQuote(a.URL))
			}
		}
		x.put("];\n")
		return x.err
	})
	if err != nil {
		return err
	}
	x.put("}\n")
	return x.err
}

// dotName renames the columns whose names Graphviz gives a meaning of its own.
func dotName(col string) string {
	switch col {
	case "type":
		return "entity_type"
	case "class":
		return "quad_class"
	}
	return col
}

func dotShape(typ string) string {
	switch typ {
	case newsgraph.Country:
		return "ellipse"
	case newsgraph.Organization:
		return "box"
	case newsgraph.Person:
		return "note"
	case newsgraph.Location:
		return "house"
	case newsgraph.Group:
		return "hexagon"
	}
	return "oval"
}

func dotStyle(typ string) (color, style string) {
	switch newsgraph.QuadClass(typ) {
	case "verbal-coop":
		return "#2e8b57", "dashed"
	case "material-coop":
		return "#1b6e3c", "solid"
	case "verbal-conflict":
		return "#c0392b", "dashed"
	case "material-conflict":
		return "#8e1b10", "solid"
	}
	return "#555555", "dotted"
}

// dotQuote quotes s as a DOT string: quotes and backslashes escaped, line breaks as \n.
func dotQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return `"` + r.Replace(s) + `"`
}
