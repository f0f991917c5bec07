package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// The marks of followed feed items already loaded: one quad (urn:newsgraph:store,
// urn:newsgraph:p:seen, "key", urn:newsgraph:follow) per item key. Their subject is the store
// node, so exports and imports leave them out, as they leave out the store's version.
var (
	predSeen    = quad.IRI(Base + "p:seen")
	labelFollow = quad.IRI(Base + "follow")
)

// SeenItems reports which of keys MarkSeen recorded, in this process or an earlier one: the
// returned map holds the keys seen (set true).
func (s *Store) SeenItems(ctx context.Context, keys []string) (map[string]bool, error) {
	seen := map[string]bool{}
	for _, k := range keys {
		if seen[k] {
			continue
		}
		qs, err := s.quads(ctx, match{S: storeNode, P: predSeen, O: quad.String(k)})
		if err != nil {
			return nil, fmt.Errorf("read seen items: %w", err)
		}
		if len(qs) > 0 {
			seen[k] = true
		}
	}
	return seen, nil
}

// MarkSeen records keys (a followed feed item's url or id) as seen, in one transaction; keys
// already recorded are left as they are.
func (s *Store) MarkSeen(ctx context.Context, keys []string) error {
	if len(keys) == 0 {
		return nil
	}
	unlock, err := s.lockWrite(ctx)
	if err != nil {
		return err
	}
	defer unlock()
	seen, err := s.SeenItems(ctx, keys)
	if err != nil {
		return err
	}
	d := make([]cgraph.Delta, 0, len(keys))
	for _, k := range keys {
		if seen[k] {
			continue
		}
		seen[k] = true
		d = append(d, cgraph.Delta{Action: cgraph.Add, Quad: quad.Quad{Subject: storeNode, Predicate: predSeen, Object: quad.String(k), Label: labelFollow}})
	}
	if len(d) == 0 {
		return nil
	}
	if err := s.commit(ctx, d, nil); err != nil {
		return fmt.Errorf("mark seen items: %w", err)
	}
	return nil
}
