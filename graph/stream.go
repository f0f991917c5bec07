package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph"
)

// EachEntity calls fn for each stored entity (as Entity returns it), in no particular order.
func (s *Store) EachEntity(ctx context.Context, fn func(newsgraph.Entity) error) error {
	nodes, err := s.ixSubjects(ctx, PredIxListed, ClassEntity)
	if err != nil {
		return err
	}
	for _, n := range nodes {
		id, ok := idOf(n, prefEntity)
		if !ok {
			continue
		}
		e, err := s.Entity(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(*e); err != nil {
			return err
		}
	}
	return nil
}

// EachArticle calls fn for each stored article (as Article returns it), in no particular order.
func (s *Store) EachArticle(ctx context.Context, fn func(newsgraph.Article) error) error {
	nodes, err := s.subjects(ctx, PredType, ClassArticle)
	if err != nil {
		return err
	}
	for _, n := range nodes {
		id, ok := idOf(n, prefArticle)
		if !ok {
			continue
		}
		a, err := s.Article(ctx, id)
		if err != nil {
			return err
		}
		if err := fn(*a); err != nil {
			return err
		}
	}
	return nil
}

// WriteNQuads writes every quad of the store to w as N-Quads, each with its article's IRI as the
// graph label.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) error {
	qw := nquads.NewWriter(w)
	err := s.eachQuad(ctx, match{}, func(q quad.Quad) error {
		if q.Label == LabelDerived || q.Subject == storeNode {
			return nil // derived from the others: rebuilt on import
		}
		return qw.WriteQuad(q)
	})
	if err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	return nil
}

// ImportNQuads adds the quads read from r (N-Quads, as WriteNQuads writes them) to the store, in
// transactions of batchQuads quads; quads already stored are skipped, and so are derived quads.
// The summaries of the entities and events the quads touch are then computed again from their
// quads (an import may repeat quads, which the summaries of a load could not tell). An import is
// several transactions: the store is marked dirty before the first and clean after the last, so
// that an import cut short (kill -9) has its derived data rebuilt on the next Open. A syntax
// error names the line and stores nothing of its batch.
func (s *Store) ImportNQuads(ctx context.Context, r io.Reader) error {
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	if err := s.setDirty(ctx, "import"); err != nil {
		return err
	}
	nodes, err := s.importQuads(ctx, r)
	if err != nil {
		return err // the store stays marked dirty: the next Open rebuilds
	}
	if err := s.rederive(ctx, nodes); err != nil {
		return err
	}
	return s.setDirty(ctx, "")
}

// importQuads writes the quads of r and returns the nodes whose summaries they touch.
func (s *Store) importQuads(ctx context.Context, r io.Reader) ([]quad.Value, error) {
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	var d []cgraph.Delta
	touched := map[quad.Value]bool{}
	var nodes []quad.Value
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		n++
		if err != nil {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "n-quads: quad %d: %v", n, err)
		}
		if q.Label == nil {
			return nil, newsgraph.Errorf(newsgraph.EINVALID, "n-quads: quad %d has no graph label (every quad belongs to the article it came from)", n)
		}
		if q.Label == LabelDerived || q.Subject == storeNode {
			continue
		}
		if t, ok := tracked(q); ok && !touched[t] {
			touched[t] = true
			nodes = append(nodes, t)
		}
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(d) >= batchQuads {
			if err := s.commit(ctx, d, nil); err != nil {
				return nil, err
			}
			d = d[:0]
		}
	}
	if len(d) > 0 {
		if err := s.commit(ctx, d, nil); err != nil {
			return nil, err
		}
	}
	return nodes, nil
}

// rederive computes the summaries of nodes again from their quads and writes what changed, with
// the index edges that follow, a few thousand nodes a transaction.
func (s *Store) rederive(ctx context.Context, nodes []quad.Value) error {
	const chunk = 2000
	for len(nodes) > 0 {
		part := nodes[:min(chunk, len(nodes))]
		nodes = nodes[len(part):]
		var dv deriver
		add := func(q quad.Quad) error { dv.add(q); return nil }
		if err := s.be.eachOfSubjects(ctx, part, nil, add); err != nil {
			return err
		}
		stored, err := s.be.summaries(ctx, part)
		if err != nil {
			return err
		}
		dc := &derivedChanges{}
		for _, n := range part {
			old, next := stored[n], dv.sums[n]
			if reflect.DeepEqual(old, next) || len(old) == 0 && len(next) == 0 {
				continue
			}
			dc.setSummary(n, next)
			indexChanges(n, old, next, dc.emit)
		}
		if !dc.empty() {
			if err := s.commit(ctx, nil, dc); err != nil {
				return err
			}
		}
	}
	return nil
}
