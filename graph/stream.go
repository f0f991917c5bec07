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
	nodes, err := s.subjects(ctx, PredIxListed, ClassEntity)
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
// transactions of batchQuads quads; quads already stored are skipped, and so are derived quads
// (the store derives its own). A syntax error names the line and stores nothing of its batch.
func (s *Store) ImportNQuads(ctx context.Context, r io.Reader) error {
	s.write.Lock()
	defer s.write.Unlock()
	unlock, err := s.lockWriters(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	qr := nquads.NewReader(r, false)
	defer qr.Close()
	var d []cgraph.Delta
	n := 0
	flush := func() error {
		fresh, err := s.onlyNew(ctx, d)
		if err != nil {
			return err
		}
		d = d[:0]
		if len(fresh) == 0 {
			return nil
		}
		return s.apply(ctx, fresh)
	}
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
		if q.Label == LabelDerived || q.Subject == storeNode {
			continue
		}
		d = append(d, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(d) >= batchQuads {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// onlyNew returns the additions of d without repeats and without the quads already stored: the
// exact changes that apply needs. A quad whose label is not stored yet cannot be, so only the
// quads of labels already in the store are looked up one by one.
func (s *Store) onlyNew(ctx context.Context, d []cgraph.Delta) ([]cgraph.Delta, error) {
	known := map[quad.Value]bool{}
	seen := make(map[quad.Quad]bool, len(d))
	var out []cgraph.Delta
	for _, x := range d {
		q := x.Quad
		if seen[q] {
			continue
		}
		seen[q] = true
		stored, ok := known[q.Label]
		if !ok {
			vs, err := s.quads(ctx, match{S: q.Label, L: q.Label})
			if err != nil {
				return nil, err
			}
			stored = len(vs) > 0
			known[q.Label] = stored
		}
		if stored {
			qs, err := s.quads(ctx, match{S: q.Subject, P: q.Predicate, O: q.Object, L: q.Label})
			if err != nil {
				return nil, err
			}
			if len(qs) > 0 {
				continue
			}
		}
		out = append(out, x)
	}
	return out, nil
}
