package export

import (
	"context"
	"io"

	"newsgraph"
	"strconv"
)

// writeGEXF writes a GEXF 1.2 document (https://gexf.net/): a static directed graph whose nodes
// and edges carry the label as their own attribute and the other columns as attvalues. An edge's
// weight is the number of articles reporting the event.
func writeGEXF(ctx context.Context, g *Subgraph, w io.Writer) error {
	x := &xmlOut{w: w}
	x.put(`<?xml version="1.0" encoding="UTF-8"?>`, "\n",
		`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
		` xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">`, "\n",
		`  <meta><creator>newsgraph</creator><description>`, esc(g.Name()), ": entities and the events between them</description></meta>\n",
		`  <graph mode="static" defaultedgetype="directed">`, "\n")
	attrs := func(class string, cols []column) {
		x.put(`    <attributes class="`, class, `">`, "\n")
		for _, c := range cols[1:] { // [0] is the label
			kind := c.kind
			if kind == "int" {
				kind = "integer"
			}
			x.put(`      <attribute id="`, c.name, `" title="`, c.name, `" type="`, kind, `"/>`, "\n")
		}
		x.put("    </attributes>\n")
	}
	attrs("node", nodeColumns)
	attrs("edge", edgeColumns)
	values := func(cols []column, vs []string) {
		open := false
		for i, v := range vs[1:] {
			if v == "" {
				continue
			}
			if !open {
				x.put("<attvalues>")
				open = true
			}
			x.put(`<attvalue for="`, cols[i+1].name, `" value="`, esc(v), `"/>`)
		}
		if open {
			x.put("</attvalues>")
		}
	}
	x.put("    <nodes>\n")
	err := g.eachNode(ctx, func(e *newsgraph.Entity) error {
		vs := nodeValues(e)
		x.put(`      <node id="`, esc(e.ID), `" label="`, esc(vs[0]), `">`)
		values(nodeColumns, vs)
		x.put("</node>\n")
		return x.err
	})
	if err != nil {
		return err
	}
	x.put("    </nodes>\n    <edges>\n")
	err = g.eachEdge(ctx, func(e *Edge) error {
		vs := edgeValues(e)
		weight := e.Articles
		if weight < 1 {
			weight = 1
		}
		x.put(`      <edge id="`, esc(e.ID), `" source="`, esc(e.Subject), `" target="`, esc(e.Object),
			`" label="`, esc(vs[0]), `" weight="`, strconv.Itoa(weight), `">`)
		values(edgeColumns, vs)
		x.put("</edge>\n")
		return x.err
	})
	if err != nil {
		return err
	}
	x.put("    </edges>\n  </graph>\n</gexf>\n")
	return x.err
}
