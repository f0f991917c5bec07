package export

import (
	"context"
	"io"

	"newsgraph"
)

// writeGraphML writes a GraphML document (http://graphml.graphdrawing.org/): a directed graph with
// one node per entity and one edge per event, attributes declared as <key>s (nodeColumns,
// edgeColumns). Parallel edges (several events between two entities) are kept.
func writeGraphML(ctx context.Context, g *Subgraph, w io.Writer) error {
	x := &xmlOut{w: w}
	x.put(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`, "\n")
	for _, c := range nodeColumns {
		x.put(`  <key id="n_`, c.name, `" for="node" attr.name="`, c.name, `" attr.type="`, c.kind, `"><desc>`, esc(c.title), "</desc></key>\n")
	}
	for _, c := range edgeColumns {
		x.put(`  <key id="e_`, c.name, `" for="edge" attr.name="`, c.name, `" attr.type="`, c.kind, `"><desc>`, esc(c.title), "</desc></key>\n")
	}
	x.put(`  <graph id="`, esc(g.Name()), `" edgedefault="directed">`, "\n")
	err := g.eachNode(ctx, func(e *newsgraph.Entity) error {
		x.put(`    <node id="`, esc(e.ID), `">`)
		for i, v := range nodeValues(e) {
			if v != "" {
				x.put(`<data key="n_`, nodeColumns[i].name, `">`, esc(v), `</data>`)
			}
		}
		x.put("</node>\n")
		return x.err
	})
	if err != nil {
		return err
	}
	err = g.eachEdge(ctx, func(e *Edge) error {
		x.put(`    <edge id="`, esc(e.ID), `" source="`, esc(e.Subject), `" target="`, esc(e.Object), `">`)
		for i, v := range edgeValues(e) {
			if v != "" {
				x.put(`<data key="e_`, edgeColumns[i].name, `">`, esc(v), `</data>`)
			}
		}
		x.put("</edge>\n")
		return x.err
	})
	if err != nil {
		return err
	}
	x.put("  </graph>\n</graphml>\n")
	return x.err
}
