package export

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"time"

	"newsgraph"
)

// The CSV tables. Their headers follow Gephi's spreadsheet import (id, label; source, target) and
// read as they are into pandas, R or a spreadsheet.
var (
	nodesHeader    = append([]string{"id"}, columnNames(nodeColumns)...)
	edgesHeader    = append([]string{"id", "source", "target"}, columnNames(edgeColumns)...)
	evidenceHeader = []string{"event_id", "article_id", "article_date", "article_source", "article_title", "article_url", "sentence", "start", "end"}
)

func columnNames(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.name
	}
	return out
}

func writeCSVNodes(ctx context.Context, g *Subgraph, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(nodesHeader); err != nil {
		return err
	}
	err := g.eachNode(ctx, func(e *newsgraph.Entity) error {
		return cw.Write(append([]string{e.ID}, nodeValues(e)...))
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func writeCSVEdges(ctx context.Context, g *Subgraph, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(edgesHeader); err != nil {
		return err
	}
	err := g.eachEdge(ctx, func(e *Edge) error {
		return cw.Write(append([]string{e.ID, e.Subject, e.Object}, edgeValues(e)...))
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func writeCSVEvidence(ctx context.Context, g *Subgraph, w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(evidenceHeader); err != nil {
		return err
	}
	err := g.eachEdge(ctx, func(e *Edge) error {
		for _, x := range e.Evidence {
			var a newsgraph.Article
			if x.Article != nil {
				a = *x.Article
			}
			row := []string{e.ID, x.ArticleID, a.Date, a.Source, a.Title, a.URL, oneLine(x.Sentence),
				strconv.Itoa(x.Start), strconv.Itoa(x.End)}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// writeCSVZip writes a zip of nodes.csv, edges.csv and evidence.csv (one row per sentence that
// reports an event), each streamed in turn.
func writeCSVZip(ctx context.Context, g *Subgraph, w io.Writer) error {
	zw := zip.NewWriter(w)
	now := time.Now().UTC()
	for _, part := range []struct {
		name  string
		write func(context.Context, *Subgraph, io.Writer) error
	}{{"nodes.csv", writeCSVNodes}, {"edges.csv", writeCSVEdges}, {"evidence.csv", writeCSVEvidence}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: part.name, Method: zip.Deflate, Modified: now})
		if err != nil {
			return err
		}
		if err := part.write(ctx, g, fw); err != nil {
			return err
		}
	}
	return zw.Close()
}
