package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// ensureDerived builds the derived quads (summary.go) of a store that has none, or has them in
// another layout: a store written by an older version, or one whose rebuild was interrupted. A
// new, empty store only gets the version mark.
func (s *Store) ensureDerived(ctx context.Context) error {
	current := func() ([]quad.Value, bool, error) {
		vs, err := s.objects(ctx, storeNode, PredDerivedVersion)
		if err != nil {
			return nil, false, fmt.Errorf("read the store's version: %w", err)
		}
		for _, v := range vs {
			if valueString(v) == derivedVersion {
				return vs, true, nil
			}
		}
		return vs, false, nil
	}
	if _, ok, err := current(); ok || err != nil {
		return err
	}
	unlock, err := s.lockWriters(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	// Another process may have built them while this one waited for the lock.
	vs, ok, err := current()
	if ok || err != nil {
		return err
	}
	return s.rebuildDerived(ctx, vs)
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

// rebuildDerived replaces every derived quad with those computed from the articles' quads, in
// one scan of the store, then marks the store with derivedVersion (replacing the marks old).
// The quads are written in transactions of batchQuads; the mark comes last, so that a rebuild
// cut short is done again on the next Open.
func (s *Store) rebuildDerived(ctx context.Context, old []quad.Value) error {
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
		s.log.Info("building the store's summaries (once, after an upgrade)", "articles", articles, "nodes", len(dv.nodes))
	}
	s.write.Lock()
	defer s.write.Unlock()
	d := stale
	var writes []kvWrite
	if s.sums != nil { // the buckets' old keys go with the stale quads
		for _, b := range [][]byte{summaryBucket, edgeBucket} {
			keys, err := s.boltKeys(b)
			if err != nil {
				return fmt.Errorf("rebuild summaries: %w", err)
			}
			for _, k := range keys {
				writes = append(writes, kvWrite{bucket: b, key: k})
			}
		}
	}
	flush := func() error {
		if len(d) == 0 && len(writes) == 0 {
			return nil
		}
		err := s.applyRaw(dedupeDeltas(d), writes)
		d, writes = d[:0], nil
		return err
	}
	if err := flush(); err != nil { // the stale ones first, in case the new ones repeat some
		return err
	}
	emit := s.edgeSink(&d, &writes)
	err = dv.each(func(n quad.Value, sm summary, edges []quad.Quad) error {
		if err := s.replaceSummary(n, storedSum{}, sm, emit, &writes); err != nil {
			return err
		}
		for _, q := range edges {
			emit(cgraph.Add, q.Subject, q.Predicate.(quad.IRI), q.Object)
		}
		if len(d)+len(writes) >= batchQuads {
			return flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, v := range old {
		d = append(d, cgraph.Delta{Action: cgraph.Delete, Quad: quad.Quad{Subject: storeNode, Predicate: PredDerivedVersion, Object: v, Label: LabelDerived}})
	}
	d = append(d, cgraph.Delta{Action: cgraph.Add, Quad: quad.Quad{Subject: storeNode, Predicate: PredDerivedVersion, Object: quad.String(derivedVersion), Label: LabelDerived}})
	return flush()
}

// lockWriters keeps other processes from writing until the returned function is called: on
// PostgreSQL a session advisory lock (the summaries are read, then rewritten, by each writer);
// elsewhere a store serves one process, and this process's writers take s.write.
func (s *Store) lockWriters(ctx context.Context) (func(), error) {
	if s.db == nil {
		return func() {}, nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("postgres: lock writers: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, writersLockKey); err != nil {
		conn.Close()
		return nil, fmt.Errorf("postgres: lock writers: %w", err)
	}
	return func() {
		conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, writersLockKey)
		conn.Close()
	}, nil
}

// writersLockKey is the advisory lock newsgraph's writers take on PostgreSQL.
const writersLockKey = 7_284_113_021
