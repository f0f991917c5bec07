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
// derived data (quads under the label LabelDerived on memory and PostgreSQL, keys of two bolt
// buckets on bolt: boltsum.go):
//
//   - one summary per entity and per event node: a JSON literal (predicate → object → how many
//     articles state it), from which Entity and Event are assembled in one read;
//   - index edges that exist while at least one article states the fact behind them:
//     entity ix:listed class:Entity, entity ix:key "name", entity ix:linked entity,
//     entity ix:rel/TYPE entity, entity ix:around/TYPE event (for the event's subject and object),
//     entity ix:aroundOther event (for relations that are not PLOVER events),
//     event ix:eventType "TYPE", and pair ix:event event, where the pair node
//     urn:newsgraph:pair:<id>|<id> stands for the event's two ends (IDs sorted). A read follows
//     one of them per distinct fact, not per article.
//
// Derived data are not part of exports (they are computed again from the articles' quads on
// import) and a store without them, or with another layout, gets them on Open (ensureDerived).
var (
	// LabelDerived labels the quads the store derives from the articles' quads.
	LabelDerived = quad.IRI(Base + "derived")

	PredSummary     = quad.IRI(Base + "p:summary")
	PredIxListed    = quad.IRI(Base + "ix:listed")
	PredIxKey       = quad.IRI(Base + "ix:key")
	PredIxLinked    = quad.IRI(Base + "ix:linked")
	PredIxEventType = quad.IRI(Base + "ix:eventType")
	PredIxOther     = quad.IRI(Base + "ix:aroundOther")
	PredIxEvent     = quad.IRI(Base + "ix:event")

	// storeNode carries the version of the derived quads (PredDerivedVersion).
	storeNode          = quad.IRI(Base + "store")
	PredDerivedVersion = quad.IRI(Base + "p:derivedVersion")
)

// derivedVersion names the layout of the derived quads; a store with another (or none) rebuilds
// them on Open.
const derivedVersion = "3"

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

// summaryValue is a summary as the literal of its PredSummary quad.
func summaryValue(sm summary) (quad.Value, error) {
	b, err := encodeSummary(sm)
	return quad.String(b), err
}

func parseSummary(n quad.Value, v quad.Value) (summary, error) {
	return decodeSummary(n, []byte(valueString(v)))
}

// summaryOf reads the stored summary of a node: nil (no error) when it has none.
func (s *Store) summaryOf(ctx context.Context, n quad.Value) (summary, error) {
	got, err := s.storedSummaries(ctx, []quad.Value{n})
	return got[n].sm, err
}

// storedSummary reads a node's summary quad (memory and PostgreSQL) and its literal.
func (s *Store) storedSummary(ctx context.Context, n quad.Value) (summary, quad.Value, error) {
	qs, err := s.quads(ctx, match{S: n, P: PredSummary})
	if err != nil {
		return nil, nil, err
	}
	for _, q := range qs {
		if q.Label == LabelDerived {
			sm, err := parseSummary(n, q.Object)
			return sm, q.Object, err
		}
	}
	return nil, nil, nil
}

// storedSummaries reads the summaries of many nodes (on PostgreSQL in a few queries); nodes
// without one are absent from the result.
func (s *Store) storedSummaries(ctx context.Context, nodes []quad.Value) (map[quad.Value]storedSum, error) {
	if s.sums != nil {
		return s.boltSummaries(ctx, nodes)
	}
	out := make(map[quad.Value]storedSum, len(nodes))
	if s.db != nil {
		err := s.pgSubjects(ctx, nodes, PredSummary, func(q quad.Quad) error {
			if q.Label != LabelDerived {
				return nil
			}
			sm, err := parseSummary(q.Subject, q.Object)
			if err != nil {
				return err
			}
			out[q.Subject] = storedSum{sm, q.Object}
			return nil
		})
		return out, err
	}
	for _, n := range nodes {
		sm, lit, err := s.storedSummary(ctx, n)
		if err != nil {
			return nil, err
		}
		if sm != nil {
			out[n] = storedSum{sm, lit}
		}
	}
	return out, nil
}

// storedSum is a node's summary as stored: lit is its quad's literal (nil on bolt, where
// summaries are not quads).
type storedSum struct {
	sm  summary
	lit quad.Value
}

// emitFunc receives one change of a derived quad.
type emitFunc func(a cgraph.Procedure, sub quad.Value, p quad.IRI, o quad.Value)

// edgeSink returns the emitFunc that records index edges: on bolt as writes of the edge bucket,
// elsewhere as derived quads.
func (s *Store) edgeSink(d *[]cgraph.Delta, writes *[]kvWrite) emitFunc {
	return func(a cgraph.Procedure, sub quad.Value, p quad.IRI, o quad.Value) {
		if s.sums != nil {
			*writes = append(*writes, edgeWrites(a == cgraph.Add, sub, p, o)...)
			return
		}
		*d = append(*d, cgraph.Delta{Action: a, Quad: quad.Quad{Subject: sub, Predicate: p, Object: o, Label: LabelDerived}})
	}
}

// replaceSummary records the change of node n's summary from old to next: on bolt as a write of
// the summary bucket, elsewhere as the deletion of the old summary quad and the addition of the
// new one.
func (s *Store) replaceSummary(n quad.Value, old storedSum, next summary, emit emitFunc, writes *[]kvWrite) error {
	if s.sums != nil {
		w := kvWrite{bucket: summaryBucket, key: []byte(valueString(n))}
		if len(next) > 0 {
			b, err := encodeSummary(next)
			if err != nil {
				return err
			}
			w.val = b
		}
		*writes = append(*writes, w)
		return nil
	}
	if old.lit != nil {
		emit(cgraph.Delete, n, PredSummary, old.lit)
	}
	if len(next) > 0 {
		v, err := summaryValue(next)
		if err != nil {
			return err
		}
		emit(cgraph.Add, n, PredSummary, v)
	}
	return nil
}

// summarise returns the derived quads' changes that go with the articles' changes d: each touched
// node's summary replaced, and the index edges whose fact appears or disappears. d must hold
// exact changes (no addition of a stored quad, no deletion of a missing one, no repeats).
func (s *Store) summarise(ctx context.Context, d []cgraph.Delta) ([]cgraph.Delta, []kvWrite, error) {
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
	if len(nodes) == 0 {
		return nil, nil, nil
	}
	stored, err := s.storedSummaries(ctx, nodes)
	if err != nil {
		return nil, nil, err
	}
	var out []cgraph.Delta
	var writes []kvWrite
	emit := s.edgeSink(&out, &writes)
	for _, n := range nodes {
		old := stored[n]
		next := old.sm.clone()
		if next == nil {
			next = summary{}
		}
		for p, m := range deltas[n] {
			for o, by := range m {
				if by != 0 {
					next.add(p, o, by)
				}
			}
		}
		if err := s.replaceSummary(n, old, next, emit, &writes); err != nil {
			return nil, nil, err
		}
		indexChanges(n, old.sm, next, emit)
	}
	return dedupeDeltas(out), writes, nil
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
