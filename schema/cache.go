package schema

import (
	"context"
	"sync"

	"newsgraph"
)

// cache holds what one request has read, so that an entity, article or event's evidence named
// many times in one answer (every partner's relations name the same subject) is read once.
type cache struct {
	mu       sync.Mutex
	entities map[string]*newsgraph.Entity
	resolved map[string]*newsgraph.Entity
	articles map[string]*newsgraph.Article
	evidence map[string][]newsgraph.Evidence
}

type cacheKey struct{}

func withCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, cacheKey{}, &cache{
		entities: map[string]*newsgraph.Entity{},
		resolved: map[string]*newsgraph.Entity{},
		articles: map[string]*newsgraph.Article{},
		evidence: map[string][]newsgraph.Evidence{},
	})
}

func cacheFrom(ctx context.Context) *cache {
	if c, ok := ctx.Value(cacheKey{}).(*cache); ok {
		return c
	}
	return nil
}

// cached returns m[key] when present, or loads it and keeps it; errors are not kept. The lock is
// not held while loading: two resolvers may load the same key, and the last one wins.
func cached[T any](ctx context.Context, pick func(*cache) map[string]T, key string, load func() (T, error)) (T, error) {
	c := cacheFrom(ctx)
	if c == nil {
		return load()
	}
	c.mu.Lock()
	v, ok := pick(c)[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := load()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	pick(c)[key] = v
	c.mu.Unlock()
	return v, nil
}

// entity returns the entity with the given ID, nil when there is none.
func (s *Schema) entity(ctx context.Context, id string) (*newsgraph.Entity, error) {
	return cached(ctx, func(c *cache) map[string]*newsgraph.Entity { return c.entities }, id, func() (*newsgraph.Entity, error) {
		e, err := s.cfg.Store.Entity(ctx, id)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			return nil, nil
		}
		return e, err
	})
}

// resolve returns the entity a name, alias or ID refers to, nil when none does.
func (s *Schema) resolve(ctx context.Context, ref string) (*newsgraph.Entity, error) {
	return cached(ctx, func(c *cache) map[string]*newsgraph.Entity { return c.resolved }, ref, func() (*newsgraph.Entity, error) {
		e, err := s.cfg.Store.Resolve(ctx, ref)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			return nil, nil
		}
		if err == nil && e != nil {
			if c := cacheFrom(ctx); c != nil {
				c.mu.Lock()
				c.entities[e.ID] = e
				c.mu.Unlock()
			}
		}
		return e, err
	})
}

// article returns the article with the given ID, nil when there is none.
func (s *Schema) article(ctx context.Context, id string) (*newsgraph.Article, error) {
	return cached(ctx, func(c *cache) map[string]*newsgraph.Article { return c.articles }, id, func() (*newsgraph.Article, error) {
		a, err := s.cfg.Store.Article(ctx, id)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			return nil, nil
		}
		return a, err
	})
}

// evidence returns the sentences that report an event.
func (s *Schema) evidence(ctx context.Context, eventID string) ([]newsgraph.Evidence, error) {
	return cached(ctx, func(c *cache) map[string][]newsgraph.Evidence { return c.evidence }, eventID, func() ([]newsgraph.Evidence, error) {
		return s.cfg.Store.Evidence(ctx, eventID)
	})
}
