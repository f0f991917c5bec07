package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// match is a quad pattern: nil fields match anything.
type match struct {
	S, P, O, L quad.Value
}

func (m match) ok(q quad.Quad) bool {
	eq := func(want, got quad.Value) bool { return want == nil || (got != nil && want.String() == got.String()) }
	return eq(m.S, q.Subject) && eq(m.P, q.Predicate) && eq(m.O, q.Object) && eq(m.L, q.Label)
}

// quads returns the quads that match m. m must fix the subject or the object; the predicate
// narrows the index scan where the backend has an index for it.
func (s *Store) quads(ctx context.Context, m match) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachQuad(ctx, m, func(q quad.Quad) error { out = append(out, q); return nil })
	return out, err
}

// eachQuad calls fn for each quad that matches m (see backend.eachQuad).
func (s *Store) eachQuad(ctx context.Context, m match, fn func(quad.Quad) error) error {
	return s.be.eachQuad(ctx, m, fn)
}

// objects returns the distinct objects of the quads (s, p, ?), in the order first seen.
func (s *Store) objects(ctx context.Context, subj quad.Value, pred quad.IRI) ([]quad.Value, error) {
	qs, err := s.quads(ctx, match{S: subj, P: pred})
	if err != nil {
		return nil, err
	}
	return distinct(qs, quad.Object), nil
}

// subjects returns the distinct subjects of the quads (?, p, o), in the order first seen.
func (s *Store) subjects(ctx context.Context, pred quad.IRI, obj quad.Value) ([]quad.Value, error) {
	qs, err := s.quads(ctx, match{P: pred, O: obj})
	if err != nil {
		return nil, err
	}
	return distinct(qs, quad.Subject), nil
}

func distinct(qs []quad.Quad, d quad.Direction) []quad.Value {
	seen := make(map[string]bool, len(qs))
	var out []quad.Value
	for _, q := range qs {
		v := q.Get(d)
		if k := v.String(); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	return out
}

// whole reports whether a quad read by reference still has all four of its values. On bolt the
// references of a scan are read after it, outside its transaction, so a quad deleted in between
// (a concurrent re-load or delete) comes back with nil values: it no longer exists, and is skipped.
func whole(q quad.Quad) bool {
	return q.Subject != nil && q.Predicate != nil && q.Object != nil && q.Label != nil
}
