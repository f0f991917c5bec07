package graph

import (
	"context"
	"errors"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph"
)

// EachEntity calls fn for each stored entity (as Entity returns it), in no particular order.
func (s *Store) EachEntity(ctx context.Context, fn func(newsgraph.Entity) error) error {
	nodes, err := s.subjects(ctx, PredType, ClassEntity)
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
	if err := s.eachQuad(ctx, match{}, func(q quad.Quad) error { return qw.WriteQuad(q) }); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("write n-quads: %w", err)
	}
	return nil
}

// ImportNQuads adds the quads read from r (N-Quads, as WriteNQuads writes them) to the store, in
// transactions of batchQuads quads; quads already stored are skipped. A syntax error names the
// line and stores nothing of its batch.
func (s *Store) ImportNQuads(ctx context.Context, r io.Reader) error {
	s.write.Lock()
	defer s.write.Unlock()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	var d []cgraph.Delta
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		n++
		if err != nil {
			return newsgraph.Errorf(newsgraph.EINVALID, "n-quads: quad %d: %v", n, err)
		}
		if q.Label == nil {
			return newsgraph.Errorf(newsgraph.EINVALID, "n-quads: quad %d has no graph label (every quad belongs to the article it came from)", n)
		}
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(d) >= batchQuads {
			if err := s.apply(d); err != nil {
				return err
			}
			d = d[:0]
		}
	}
	if len(d) > 0 {
		return s.apply(d)
	}
	return nil
}
