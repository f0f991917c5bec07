package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
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

// kvSubjectPred and kvObjectPredSubject are Cayley's default key-value indexes, which every bolt
// store this package creates has.
var (
	kvSP  = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	kvOPS = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
)

// quads returns the quads that match m. m must fix the subject or the object; the predicate
// narrows the index scan where the backend has an index for it.
func (s *Store) quads(ctx context.Context, m match) ([]quad.Quad, error) {
	var out []quad.Quad
	err := s.eachQuad(ctx, m, func(q quad.Quad) error { out = append(out, q); return nil })
	return out, err
}

// eachQuad calls fn for each quad that matches m (see quads). With a pattern, the matching
// references are gathered and the scan closed before any quad is read: bolt would deadlock when
// a read transaction waits for another while a writer waits for the first. A full scan (empty
// pattern) streams, holding off this process's writers instead.
func (s *Store) eachQuad(ctx context.Context, m match, fn func(quad.Quad) error) error {
	if m == (match{}) && s.db != nil {
		return s.pgEach(ctx, m, fn)
	}
	if m == (match{}) {
		s.write.Lock()
		defer s.write.Unlock()
		unlock := s.rlock()
		defer unlock()
		return s.scan(ctx, s.qs.QuadsAllIterator(), func(r refs.Ref) error {
			q, err := s.qs.Quad(r)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if !whole(q) {
				return nil
			}
			return fn(q)
		})
	}
	var qs []quad.Quad
	err := func() error {
		if s.db != nil {
			var err error
			qs, err = s.pgQuads(ctx, m)
			return err
		}
		unlock := s.rlock()
		defer unlock()
		it, err := s.iterator(ctx, m)
		if err != nil || it == nil {
			return err
		}
		var rs []refs.Ref
		if err := s.scan(ctx, it, func(r refs.Ref) error { rs = append(rs, r); return nil }); err != nil {
			return err
		}
		for _, r := range rs {
			q, err := s.qs.Quad(r)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if whole(q) && m.ok(q) {
				qs = append(qs, q)
			}
		}
		return nil
	}()
	if err != nil {
		return err
	}
	for _, q := range qs {
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}

// scan calls fn with each result of it, and closes it.
func (s *Store) scan(ctx context.Context, it iterator.Shape, fn func(refs.Ref) error) error {
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		if err := fn(sc.Result()); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("scan quads: %w", err)
	}
	return ctx.Err()
}

// iterator builds the cheapest iterator the backend offers for m, or nil when a fixed node is not
// stored at all (nothing can match).
func (s *Store) iterator(ctx context.Context, m match) (iterator.Shape, error) {
	vals := map[quad.Direction]quad.Value{quad.Subject: m.S, quad.Predicate: m.P, quad.Object: m.O, quad.Label: m.L}
	refs := map[quad.Direction]any{}
	var filters shape.Quads
	for _, d := range []quad.Direction{quad.Subject, quad.Object, quad.Predicate, quad.Label} {
		v := vals[d]
		if v == nil {
			continue
		}
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", v, err)
		}
		if ref == nil {
			return nil, nil
		}
		refs[d] = ref
		filters = append(filters, shape.QuadFilter{Dir: d, Values: shape.Fixed{ref}})
	}
	if s.isKV() {
		// Cayley's key-value store only optimises a single direction: scan the best prefix.
		if r, ok := refs[quad.Subject]; ok {
			vs := []uint64{uint64(r.(kv.Int64Value))}
			if p, ok := refs[quad.Predicate]; ok {
				vs = append(vs, uint64(p.(kv.Int64Value)))
			}
			return kv.IndexScan{Index: kvSP, Values: vs}.BuildIterator(s.qs), nil
		}
		if r, ok := refs[quad.Object]; ok {
			vs := []uint64{uint64(r.(kv.Int64Value))}
			if p, ok := refs[quad.Predicate]; ok {
				vs = append(vs, uint64(p.(kv.Int64Value)))
			}
			return kv.IndexScan{Index: kvOPS, Values: vs}.BuildIterator(s.qs), nil
		}
		return s.qs.QuadIterator(filters[0].Dir, filters[0].Values.(shape.Fixed)[0]), nil
	}
	if s.isMem {
		// memstore indexes each direction: the fixed subject or object is the narrower scan.
		return s.qs.QuadIterator(filters[0].Dir, filters[0].Values.(shape.Fixed)[0]), nil
	}
	// Cayley's SQL optimiser numbers table aliases with a counter it does not guard.
	s.optMu.Lock()
	defer s.optMu.Unlock()
	return shape.BuildIterator(ctx, s.qs, filters), nil
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
