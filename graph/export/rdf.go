package export

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph/graph"
)

// quadSink is what the RDF writers share: quads in, one document out on Close.
type quadSink interface {
	WriteQuad(quad.Quad) error
	Close() error
}

// writeNQuads writes N-Quads: the store's own stream for the whole graph (Cayley's writer),
// else the subgraph's quads.
func writeNQuads(ctx context.Context, g *Subgraph, w io.Writer) error {
	if g.Whole() {
		return g.src.WriteNQuads(ctx, w)
	}
	return emitQuads(ctx, g, nquads.NewWriter(w))
}

// emitQuads sends the subgraph's quads to sink and closes it. The whole graph is the store's
// N-Quads stream read back through Cayley's reader as it is written (nothing is held); a
// subgraph's quads are made from its events in the graph package's vocabulary.
func emitQuads(ctx context.Context, g *Subgraph, sink quadSink) error {
	var err error
	if g.Whole() {
		err = pipeQuads(ctx, g.src, sink)
	} else {
		err = subgraphQuads(ctx, g, sink.WriteQuad)
	}
	if err != nil {
		return err
	}
	return sink.Close()
}

func pipeQuads(ctx context.Context, src Source, sink quadSink) error {
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		bw := bufio.NewWriterSize(pw, 64<<10) // one pipe hand-over per 64 KB, not per quad
		err := src.WriteNQuads(ctx, bw)
		if err == nil {
			err = bw.Flush()
		}
		pw.CloseWithError(err)
		done <- err
	}()
	r := nquads.NewReader(bufio.NewReaderSize(pr, 64<<10), false)
	var err error
	for n := 1; ; n++ {
		var q quad.Quad
		q, err = r.ReadQuad()
		if errors.Is(err, io.EOF) {
			err = nil
			break
		} else if err != nil {
			err = fmt.Errorf("reading the store's quad %d: %w", n, err)
			break
		}
		if err = sink.WriteQuad(q); err != nil {
			break
		}
	}
	pr.CloseWithError(errors.New("export stopped"))
	if werr := <-done; err == nil && werr != nil {
		err = fmt.Errorf("store n-quads: %w", werr)
	}
	return err
}

// subgraphQuads makes the quads of a subgraph: for each event and each article reporting it, the
// quads that article stored about the event, its evidence, the article itself and the two
// entities, labelled with the article's IRI — the same triples (without the store's lookup keys
// and records) that the whole graph's export holds. Only an event's status and attributes may
// carry another of its articles as label than in the store.
func subgraphQuads(ctx context.Context, g *Subgraph, emit func(quad.Quad) error) error {
	// seen holds the articles and (article, entity) pairs whose quads are written. It is
	// emptied when it grows big: a quad written twice is the same RDF, and memory stays flat.
	seen := map[string]bool{}
	return g.eachEdge(ctx, func(e *Edge) error {
		if len(seen) > maxSeen {
			clear(seen)
		}
		for i, x := range e.Evidence {
			if err := evidenceQuads(ctx, g, e, x, i == len(e.Evidence)-1, seen, emit); err != nil {
				return err
			}
		}
		return nil
	})
}

// maxSeen bounds the set of articles and entities whose quads subgraphQuads has written.
const maxSeen = 20000

func evidenceQuads(ctx context.Context, g *Subgraph, e *Edge, x Evidence, last bool, seen map[string]bool, emit func(quad.Quad) error) error {
	label := graph.ArticleIRI(x.ArticleID)
	var err error
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		if err == nil {
			err = emit(quad.Quad{Subject: s, Predicate: p, Object: o, Label: label})
		}
	}
	str := func(s quad.Value, p quad.IRI, v string) {
		if v != "" {
			add(s, p, quad.String(v))
		}
	}
	if !seen[x.ArticleID] {
		seen[x.ArticleID] = true
		add(label, graph.PredType, graph.ClassArticle)
		if a := x.Article; a != nil {
			str(label, graph.PredTitle, a.Title)
			str(label, graph.PredDate, a.Date)
			str(label, graph.PredSource, a.Source)
			str(label, graph.PredURL, a.URL)
		}
	}
	for _, id := range []string{e.Subject, e.Object} {
		k := x.ArticleID + "\x00" + id
		if seen[k] {
			continue
		}
		seen[k] = true
		ent, eerr := g.entity(ctx, id)
		if eerr != nil {
			return eerr
		}
		n := graph.EntityIRI(id)
		add(label, graph.PredMentions, n)
		add(n, graph.PredType, graph.ClassEntity)
		str(n, graph.PredName, ent.Name)
		str(n, graph.PredEntityType, ent.Type)
		str(n, graph.PredCode, ent.Code)
		if ent.Lat != 0 || ent.Lon != 0 {
			add(n, graph.PredLat, quad.Float(ent.Lat))
			add(n, graph.PredLon, quad.Float(ent.Lon))
		}
		for _, al := range ent.Aliases {
			str(n, graph.PredAlias, al)
		}
	}
	ev := graph.EventIRI(e.ID)
	add(label, graph.PredReports, ev)
	add(ev, graph.PredType, graph.ClassEvent)
	str(ev, graph.PredEventType, e.Type)
	add(ev, graph.PredSubject, graph.EntityIRI(e.Subject))
	add(ev, graph.PredObject, graph.EntityIRI(e.Object))
	str(ev, graph.PredDate, e.Date)
	if last {
		// The event's status and attributes are merged over its articles; they go once, under
		// the latest article (evidence comes ordered by article date), which is where the
		// store takes the latest status from.
		str(ev, graph.PredStatus, e.Status)
		keys := make([]string, 0, len(e.Attrs))
		for k := range e.Attrs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			str(ev, graph.AttrIRI(k), e.Attrs[k])
		}
	}
	add(graph.EntityIRI(e.Subject), graph.RelIRI(e.Type), graph.EntityIRI(e.Object))
	evd := evidenceIRI(x.ArticleID, e.ID, x.Start, x.End)
	add(ev, graph.PredEvidence, evd)
	add(evd, graph.PredType, graph.ClassEvidence)
	add(evd, graph.PredArticle, label)
	str(evd, graph.PredSentence, x.Sentence)
	add(evd, graph.PredStart, quad.Int(x.Start))
	add(evd, graph.PredEnd, quad.Int(x.End))
	return err
}

// evidenceIRI names an evidence node as the graph package does (graph/quads.go); the subset test
// in rdf_test.go fails if the two drift apart.
func evidenceIRI(articleID, eventID string, start, end int) quad.IRI {
	h := sha256.New()
	for _, p := range []string{articleID, eventID, strconv.Itoa(start), strconv.Itoa(end)} {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return quad.IRI(graph.Base + "evidence:" + hex.EncodeToString(h.Sum(nil)[:10]))
}
