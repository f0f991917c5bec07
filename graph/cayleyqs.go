package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// cayleyQS reads the quads of the backends that go through a Cayley quad store in this process
// (bolt and memory).
type cayleyQS struct {
	qs cgraph.QuadStore
	// wmu is held by every write and by full scans: bolt would deadlock when a read transaction
	// waits for another while a writer waits for the first.
	wmu sync.Mutex
	// rmu is taken shared by every read and exclusively by the memory backend's writes (Cayley's
	// memstore has no lock of its own); bolt's writes leave it alone.
	rmu sync.RWMutex
	// scanFor returns the cheapest iterator for the fixed references of a pattern (see iterator).
	scanFor func(fixed map[quad.Direction]refs.Ref, first quad.Direction) iterator.Shape
}

// eachQuad: see backend. With a pattern, the matching references are gathered and the scan closed
// before any quad is read (see wmu). A full scan streams, holding off this process's writers.
func (c *cayleyQS) eachQuad(ctx context.Context, m match, fn func(quad.Quad) error) error {
	if m == (match{}) {
		c.wmu.Lock()
		defer c.wmu.Unlock()
		c.rmu.RLock()
		defer c.rmu.RUnlock()
		return scan(ctx, c.qs.QuadsAllIterator(), func(r refs.Ref) error {
			q, err := c.qs.Quad(r)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			if !whole(q) {
				return nil
			}
			return fn(q)
		})
	}
	qs, err := c.matching(ctx, m)
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

func (c *cayleyQS) matching(ctx context.Context, m match) ([]quad.Quad, error) {
	c.rmu.RLock()
	defer c.rmu.RUnlock()
	it, err := c.iterator(m)
	if err != nil || it == nil {
		return nil, err
	}
	var rs []refs.Ref
	if err := scan(ctx, it, func(r refs.Ref) error { rs = append(rs, r); return nil }); err != nil {
		return nil, err
	}
	var qs []quad.Quad
	for _, r := range rs {
		q, err := c.qs.Quad(r)
		if err != nil {
			return nil, fmt.Errorf("read quad: %w", err)
		}
		if whole(q) && m.ok(q) {
			qs = append(qs, q)
		}
	}
	return qs, nil
}

// eachOfSubjects: see backend; one read per node (a read costs no round trip here).
func (c *cayleyQS) eachOfSubjects(ctx context.Context, nodes []quad.Value, pred quad.Value, fn func(quad.Quad) error) error {
	for _, n := range nodes {
		if err := c.eachQuad(ctx, match{S: n, P: pred}, fn); err != nil {
			return err
		}
	}
	return nil
}

// iterator builds the iterator for m, or nil when a fixed node is not stored at all (nothing can
// match).
func (c *cayleyQS) iterator(m match) (iterator.Shape, error) {
	vals := map[quad.Direction]quad.Value{quad.Subject: m.S, quad.Predicate: m.P, quad.Object: m.O, quad.Label: m.L}
	fixed := map[quad.Direction]refs.Ref{}
	first := quad.Any
	for _, d := range []quad.Direction{quad.Subject, quad.Object, quad.Predicate, quad.Label} {
		v := vals[d]
		if v == nil {
			continue
		}
		ref, err := c.qs.ValueOf(v)
		if err != nil {
			return nil, fmt.Errorf("look up %s: %w", v, err)
		}
		if ref == nil {
			return nil, nil
		}
		fixed[d] = ref
		if first == quad.Any {
			first = d
		}
	}
	return c.scanFor(fixed, first), nil
}

// firstDirection is the scanFor of memory: memstore indexes each direction, and the fixed
// subject or object is the narrower scan.
func (c *cayleyQS) firstDirection(fixed map[quad.Direction]refs.Ref, first quad.Direction) iterator.Shape {
	return c.qs.QuadIterator(first, fixed[first])
}

func (c *cayleyQS) ping(ctx context.Context) error {
	c.rmu.RLock()
	defer c.rmu.RUnlock()
	_, err := c.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return nil // a bolt store that holds no quad yet: Cayley creates its buckets on the first write
	}
	return err
}

// scan calls fn with each result of it, and closes it.
func scan(ctx context.Context, it iterator.Shape, fn func(refs.Ref) error) error {
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
