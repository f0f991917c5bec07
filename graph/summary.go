package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"newsgraph"
)

// Summaries: what makes reads independent of the number of articles.
//
// Every article stores its own copy of the facts it states (an entity's name, an event's type, …),
// each quad labelled with the article. Assembling an entity or an event from those quads costs one
// read per article that mentions it: fine at 10^3 articles, seconds for a big country at 10^5. So
// the store keeps, beside the articles' quads and in the same transaction as every change to them,
// derived data, kept by the backend (backend.go: bolt buckets, PostgreSQL tables, maps in
// memory):
//
//   - one summary per entity and per event node: JSON (predicate → object → how many articles
//     state it), from which Entity and Event are assembled in one read;
//   - index edges that exist while at least one article states the fact behind them:
//     entity ix:listed class:Entity, entity ix:key "name", entity ix:linked entity,
//     entity ix:rel/TYPE entity, entity ix:around/TYPE event (for the event's subject and object),
//     entity ix:aroundOther event (for relations that are not PLOVER events),
//     event ix:eventType "TYPE", and pair ix:event event, where the pair node
//     urn:newsgraph:pair:<id>|<id> stands for the event's two ends (IDs sorted). A read follows
//     one of them per distinct fact, not per article.
//
// Derived data are not part of exports (they are computed again from the articles' quads on
// import) and a store without them, with another layout, or marked dirty by an operation cut
// short, gets them rebuilt on Open (ensureDerived); `newsgraph check` compares them with the
// articles' quads (check.go).
var (
	// LabelDerived labelled the derived quads of layouts before 4 (on memory and PostgreSQL);
	// rebuilding the derived data deletes any left.
	LabelDerived = quad.IRI(Base + "derived")

	PredSummary     = quad.IRI(Base + "p:summary")
	PredIxListed    = quad.IRI(Base + "ix:listed")
	PredIxKey       = quad.IRI(Base + "ix:key")
	PredIxLinked    = quad.IRI(Base + "ix:linked")
	PredIxEventType = quad.IRI(Base + "ix:eventType")
	PredIxOther     = quad.IRI(Base + "ix:aroundOther")
	PredIxEvent     = quad.IRI(Base + "ix:event")

	// storeNode carried the version of the derived quads before layout 4 (now a mark).
	storeNode          = quad.IRI(Base + "store")
	PredDerivedVersion = quad.IRI(Base + "p:derivedVersion")
)

// derivedVersion names the layout of the derived data (the markVersion mark); a store with
// another (or none) rebuilds them on Open.
const derivedVersion = "4"

const (
	prefIxRel    = Base + "ix:rel/"
	prefIxAround = Base + "ix:around/"
	prefPair     = Base + "pair:"
)

// pairIRI names the node of the events between two entities, in either direction.
func pairIRI(a, b string) quad.IRI {
	if b < a {
		a, b = b, a
	}
	return quad.IRI(prefPair + escID(a) + "|" + escID(b))
}

// ixRel and ixAround are the typed index predicates.
func ixRel(t string) quad.IRI    { return quad.IRI(prefIxRel + escID(t)) }
func ixAround(t string) quad.IRI { return quad.IRI(prefIxAround + escID(t)) }

// summary counts, for one node, the articles that state each (predicate, object): keys are the
// predicate and the object without the Base prefix (see short).
type summary map[string]map[string]int

// short is the key of a predicate or an object in a summary: IRIs under Base lose the prefix
// ("p:name", "entity:country/RWA"), literals are their text (numbers in Go's shortest form).
func short(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return strings.TrimPrefix(string(iri), Base)
	}
	return valueString(v)
}

// full is the IRI a short key of an IRI stands for.
func full(k string) quad.IRI { return quad.IRI(Base + k) }

// add counts one more (by > 0) or fewer (by < 0) article stating (p, o), dropping what reaches 0.
func (sm summary) add(p, o string, by int) {
	m := sm[p]
	if m == nil {
		m = map[string]int{}
		sm[p] = m
	}
	m[o] += by
	if m[o] <= 0 {
		delete(m, o)
		if len(m) == 0 {
			delete(sm, p)
		}
	}
}

// has reports whether an article states (p, o).
func (sm summary) has(p, o string) bool { return sm[p][o] > 0 }

// only returns the one object of p (the smallest when there are several), "" when none.
func (sm summary) only(p string) string {
	best := ""
	for o := range sm[p] {
		if best == "" || o < best {
			best = o
		}
	}
	return best
}

// top returns the object of p most articles state (ties: the smallest), "" when none.
func (sm summary) top(p string) string { return top(sm[p]) }

func (sm summary) clone() summary {
	c := make(summary, len(sm))
	for p, m := range sm {
		c[p] = maps.Clone(m)
	}
	return c
}

// tracked reports whether a quad counts in its subject's summary: entity and event nodes, every
// predicate but the evidence links (one per article, read on their own).
func tracked(q quad.Quad) (quad.IRI, bool) {
	n, ok := q.Subject.(quad.IRI)
	if !ok || q.Label == LabelDerived || q.Predicate == PredEvidence {
		return "", false
	}
	if !strings.HasPrefix(string(n), prefEntity) && !strings.HasPrefix(string(n), prefEvent) {
		return "", false
	}
	return n, true
}

// encodeSummary is the stored form of a summary: JSON with sorted keys, so that the same counts
// always give the same bytes.
func encodeSummary(sm summary) ([]byte, error) {
	b, err := json.Marshal(sm)
	if err != nil {
		return nil, fmt.Errorf("encode summary: %w", err)
	}
	return b, nil
}

// decodeSummary reads the stored form of node n's summary.
func decodeSummary(n quad.Value, b []byte) (summary, error) {
	var sm summary
	if err := json.Unmarshal(b, &sm); err != nil {
		return nil, fmt.Errorf("summary of %s: %w", n, err)
	}
	return sm, nil
}

// summaryOf reads the stored summary of a node: nil (no error) when it has none.
func (s *Store) summaryOf(ctx context.Context, n quad.Value) (summary, error) {
	got, err := s.be.summaries(ctx, []quad.Value{n})
	return got[n], err
}

// emitFunc receives one change of an index edge.
type emitFunc func(a cgraph.Procedure, sub quad.Value, p quad.IRI, o quad.Value)

// summarise returns the derived data's changes that go with the articles' changes d: each
// touched node's summary replaced, and the index edges whose fact appears or disappears. d must
// hold exact changes (no addition of a stored quad, no deletion of a missing one, no repeats).
func (s *Store) summarise(ctx context.Context, d []cgraph.Delta) (*derivedChanges, error) {
	deltas := map[quad.Value]summary{}
	var nodes []quad.Value
	for _, x := range d {
		n, ok := tracked(x.Quad)
		if !ok {
			continue
		}
		by := 1
		if x.Action == cgraph.Delete {
			by = -1
		}
		sm := deltas[n]
		if sm == nil {
			sm = summary{}
			deltas[n] = sm
			nodes = append(nodes, n)
		}
		p, o := short(x.Quad.Predicate), short(x.Quad.Object)
		if sm[p] == nil {
			sm[p] = map[string]int{}
		}
		sm[p][o] += by // may pass through 0 within d: summed first, applied below
	}
	dc := &derivedChanges{}
	if len(nodes) == 0 {
		return dc, nil
	}
	stored, err := s.be.summaries(ctx, nodes)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		old := stored[n]
		next := old.clone()
		for p, m := range deltas[n] {
			for o, by := range m {
				if by != 0 {
					next.add(p, o, by)
				}
			}
		}
		dc.setSummary(n, next)
		indexChanges(n, old, next, dc.emit)
	}
	return dc, nil
}

// indexChanges emits the index edges of node n that its summary change from old to next adds or
// removes.
func indexChanges(n quad.Value, old, next summary, emit emitFunc) {
	changed := func(p, o string) (cgraph.Procedure, bool) {
		was, is := old.has(p, o), next.has(p, o)
		switch {
		case is && !was:
			return cgraph.Add, true
		case was && !is:
			return cgraph.Delete, true
		}
		return 0, false
	}
	// each calls fn for every (p, o) with p of the given key in either summary
	each := func(match func(p string) bool, fn func(p, o string)) {
		seen := map[[2]string]bool{}
		for _, sm := range []summary{old, next} {
			for p, m := range sm {
				if !match(p) {
					continue
				}
				for o := range m {
					if k := [2]string{p, o}; !seen[k] {
						seen[k] = true
						fn(p, o)
					}
				}
			}
		}
	}
	is := func(want quad.IRI) func(string) bool {
		k := short(want)
		return func(p string) bool { return p == k }
	}
	iri := string(n.(quad.IRI))
	if strings.HasPrefix(iri, prefEntity) {
		each(is(PredType), func(p, o string) {
			if a, ok := changed(p, o); ok && o == short(ClassEntity) {
				emit(a, n, PredIxListed, ClassEntity)
			}
		})
		each(is(PredKey), func(p, o string) {
			if a, ok := changed(p, o); ok {
				emit(a, n, PredIxKey, quad.String(o))
			}
		})
		each(is(PredLinked), func(p, o string) {
			if a, ok := changed(p, o); ok {
				emit(a, n, PredIxLinked, full(o))
			}
		})
		relKey := short(quad.IRI(prefRel))
		each(func(p string) bool { return strings.HasPrefix(p, relKey) }, func(p, o string) {
			if a, ok := changed(p, o); ok {
				emit(a, n, quad.IRI(prefIxRel+strings.TrimPrefix(p, relKey)), full(o))
			}
		})
		return
	}
	// an event: its type, subject and object never change (they make its ID)
	ends := func(sm summary) (string, string) { return sm.only(short(PredSubject)), sm.only(short(PredObject)) }
	subj, obj := ends(next)
	if subj == "" || obj == "" {
		subj, obj = ends(old)
	}
	each(is(PredEventType), func(p, t string) {
		a, ok := changed(p, t)
		if !ok {
			return
		}
		emit(a, n, PredIxEventType, quad.String(t))
		if x, ok := idOf(full(subj), prefEntity); ok {
			if y, ok := idOf(full(obj), prefEntity); ok {
				emit(a, pairIRI(x, y), PredIxEvent, n)
			}
		}
		typed := ixAround(t)
		for i, e := range []string{subj, obj} {
			if e == "" || i == 1 && obj == subj {
				continue
			}
			emit(a, full(e), typed, n)
			if !newsgraph.IsPLOVER(t) {
				emit(a, full(e), PredIxOther, n)
			}
		}
	})
}

// dedupeDeltas drops repeated changes (the same index edge from two ends).
func dedupeDeltas(d []cgraph.Delta) []cgraph.Delta {
	seen := make(map[cgraph.Delta]bool, len(d))
	out := d[:0]
	for _, x := range d {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
