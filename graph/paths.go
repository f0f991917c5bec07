package graph

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// Neighbours returns the IDs of the entities joined to id by an event of one of the types (all
// types, PLOVER or not, when types is empty), in either direction, sorted. It reads the direct
// edges stored beside each event, not the event nodes.
func (s *Store) Neighbours(ctx context.Context, id string, types []string) ([]string, error) {
	gen := s.cache.begin(ctx)
	key := id + "\x00" + strings.Join(types, ",")
	if ids, ok := get(&s.cache, &s.cache.nbrs, key); ok {
		return slices.Clone(ids), nil
	}
	n := EntityIRI(id)
	seen := map[string]bool{}
	preds := []quad.IRI{PredIxLinked}
	if len(types) > 0 {
		preds = preds[:0]
		for _, t := range types {
			preds = append(preds, ixRel(strings.ToUpper(t)))
		}
	}
	for _, p := range preds {
		out, err := s.ixObjects(ctx, n, p)
		if err != nil {
			return nil, err
		}
		in, err := s.ixSubjects(ctx, p, n)
		if err != nil {
			return nil, err
		}
		for _, v := range append(out, in...) {
			if other, ok := idOf(v, prefEntity); ok && other != id {
				seen[other] = true
			}
		}
	}
	ids := make([]string, 0, len(seen))
	for k := range seen {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	put(&s.cache, gen, &s.cache.nbrs, key, slices.Clone(ids))
	return ids, nil
}

// Paths returns up to limit shortest chains of events between two entities, at most maxHops
// events long (default 3, at most 6); each chain is the events in order from `from` to `to`, one
// event per hop (the one most articles report). Chains are found by a breadth-first search over
// the direct edges of every event type, in either direction; shorter chains come first.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops, limit int) ([][]newsgraph.Event, error) {
	if maxHops <= 0 {
		maxHops = 3
	}
	maxHops = min(maxHops, 6)
	if limit <= 0 {
		limit = 10
	}
	if from == to {
		return nil, nil
	}
	// Breadth-first from `from`, keeping every parent at the shortest distance.
	dist := map[string]int{from: 0}
	parents := map[string][]string{}
	frontier := []string{from}
	for hop := 1; hop <= maxHops && len(frontier) > 0; hop++ {
		if _, ok := dist[to]; ok {
			break
		}
		var next []string
		for _, u := range frontier {
			ns, err := s.Neighbours(ctx, u, nil)
			if err != nil {
				return nil, err
			}
			for _, v := range ns {
				d, ok := dist[v]
				if !ok {
					dist[v] = hop
					next = append(next, v)
				}
				if !ok || d == hop {
					parents[v] = append(parents[v], u)
				}
			}
		}
		frontier = next
	}
	if _, ok := dist[to]; !ok {
		return nil, nil
	}
	// Walk back from `to` to list entity chains, up to limit of them.
	var chains [][]string
	var walk func(v string, suffix []string)
	walk = func(v string, suffix []string) {
		if len(chains) >= limit {
			return
		}
		if v == from {
			chain := append([]string{from}, suffix...)
			chains = append(chains, chain)
			return
		}
		ps := append([]string(nil), parents[v]...)
		sort.Strings(ps)
		for _, p := range ps {
			walk(p, append([]string{v}, suffix...))
		}
	}
	walk(to, nil)

	var out [][]newsgraph.Event
	best := map[[2]string]*newsgraph.Event{}
	for _, chain := range chains {
		var evs []newsgraph.Event
		for i := 0; i+1 < len(chain); i++ {
			key := [2]string{chain[i], chain[i+1]}
			e, ok := best[key]
			if !ok {
				var err error
				if e, err = s.bestEventBetween(ctx, chain[i], chain[i+1]); err != nil {
					return nil, err
				}
				best[key] = e
			}
			if e == nil {
				evs = nil
				break
			}
			evs = append(evs, *e)
		}
		if evs != nil {
			out = append(out, evs)
		}
	}
	return out, nil
}

// bestEventBetween returns the event between a and b (either direction, any type) that most
// articles report, nil when there is none.
func (s *Store) bestEventBetween(ctx context.Context, a, b string) (*newsgraph.Event, error) {
	nodes, err := s.eventsBetween(ctx, a, b)
	if err != nil {
		return nil, err
	}
	if err := s.prefetchEvents(ctx, nodes); err != nil {
		return nil, err
	}
	var best *newsgraph.Event
	for _, n := range nodes {
		e, err := s.event(ctx, n)
		if err != nil {
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if !endsMatch(e, newsgraph.RelationFilter{Subject: a, Object: b, Either: true}) {
			continue
		}
		if best == nil || e.Articles > best.Articles || e.Articles == best.Articles && e.ID < best.ID {
			best = e
		}
	}
	return best, nil
}
