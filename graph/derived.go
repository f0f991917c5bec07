package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ensureDerived rebuilds the derived data (summary.go) of a store that has none, has them in
// another layout (a store written by an older version), or is marked dirty (an import or a
// rebuild cut short). A new, empty store only gets the version mark. A read-only store, or one
// opened with noRepair, is left as it is, with a warning: its writers (or check --repair) repair it.
func (s *Store) ensureDerived(ctx context.Context, noRepair bool) error {
	stale := func() (string, error) {
		v, err := s.be.mark(ctx, markVersion)
		if err != nil {
			return "", fmt.Errorf("read the store's marks: %w", err)
		}
		if v != derivedVersion {
			return fmt.Sprintf("layout %q, want %q", v, derivedVersion), nil
		}
		dirty, err := s.be.mark(ctx, markDirty)
		if err != nil || dirty == "" {
			return "", err
		}
		return "marked dirty by an unfinished " + dirty, nil
	}
	why, err := stale()
	if why == "" || err != nil {
		return err
	}
	if s.be.readOnly() || noRepair {
		s.log.Warn("the store's derived data need a rebuild, which a writer's open or `newsgraph check --repair` does: answers may be stale until then", "why", why)
		return nil
	}
	unlock, err := s.be.lockWriters(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	// Another process may have built them while this one waited for the lock.
	if why, err = stale(); why == "" || err != nil {
		return err
	}
	s.log.Debug("rebuilding the store's derived data", "why", why)
	return s.rebuildDerived(ctx)
}

// setDirty sets (what != "") or clears the dirty mark, in a transaction of its own.
func (s *Store) setDirty(ctx context.Context, what string) error {
	dc := &derivedChanges{}
	dc.setMark(markDirty, what)
	return s.commit(ctx, nil, dc)
}

// deriver computes the derived quads of a set of articles' quads from scratch.
type deriver struct {
	sums  map[quad.Value]summary
	nodes []quad.Value // in the order first seen
}

// add counts one article quad (derived quads are ignored).
func (dv *deriver) add(q quad.Quad) {
	n, ok := tracked(q)
	if !ok {
		return
	}
	if dv.sums == nil {
		dv.sums = map[quad.Value]summary{}
	}
	sm := dv.sums[n]
	if sm == nil {
		sm = summary{}
		dv.sums[n] = sm
		dv.nodes = append(dv.nodes, n)
	}
	sm.add(short(q.Predicate), short(q.Object), 1)
}

// each calls fn with every node, its summary and its index edges.
func (dv *deriver) each(fn func(n quad.Value, sm summary, edges []quad.Quad) error) error {
	for _, n := range dv.nodes {
		var qs []quad.Quad
		emit := func(_ cgraph.Procedure, sub quad.Value, p quad.IRI, o quad.Value) {
			qs = append(qs, quad.Quad{Subject: sub, Predicate: p, Object: o, Label: LabelDerived})
		}
		indexChanges(n, nil, dv.sums[n], emit)
		if err := fn(n, dv.sums[n], qs); err != nil {
			return err
		}
	}
	return nil
}

// rebuildDerived replaces every derived datum with those computed from the articles' quads, in
// one scan of the store, then marks the store with derivedVersion. It runs in transactions of
// about batchQuads changes: the first marks the store dirty (and drops the old derived data and
// any derived quads of older layouts), the last clears the mark, so that a rebuild cut short is
// done again on the next Open. The caller holds the writers' lock.
func (s *Store) rebuildDerived(ctx context.Context) error {
	var dv deriver
	var stale []cgraph.Delta
	articles := 0
	err := s.eachQuad(ctx, match{}, func(q quad.Quad) error {
		if q.Label == LabelDerived {
			stale = append(stale, cgraph.Delta{Quad: q, Action: cgraph.Delete})
			return nil
		}
		if q.Predicate == PredType && q.Object == ClassArticle {
			articles++
		}
		dv.add(q)
		return nil
	})
	if err != nil {
		return fmt.Errorf("rebuild summaries: %w", err)
	}
	if len(stale) > 0 || articles > 0 {
		s.log.Info("rebuilding the store's derived data", "articles", articles, "nodes", len(dv.nodes))
	}
	s.write.Lock()
	defer s.write.Unlock()
	dc := &derivedChanges{clear: true}
	dc.setMark(markDirty, "rebuild")
	if err := s.commit(ctx, dedupeDeltas(stale), dc); err != nil {
		return err
	}
	dc = &derivedChanges{}
	err = dv.each(func(n quad.Value, sm summary, edges []quad.Quad) error {
		dc.setSummary(n, sm)
		for _, q := range edges {
			dc.emit(cgraph.Add, q.Subject, q.Predicate.(quad.IRI), q.Object)
		}
		if dc.size() >= batchQuads {
			err := s.commit(ctx, nil, dc)
			dc = &derivedChanges{}
			return err
		}
		return nil
	})
	if err != nil {
		return err
	}
	dc.setMark(markVersion, derivedVersion)
	dc.setMark(markDirty, "")
	return s.commit(ctx, nil, dc)
}
