package graph

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// Resolve returns the entity named by ref: an ID ("country/RWA"), an ISO3 code ("RWA"), a name
// or an alias ("Rwanda", "rwanda", "U.S."), in any case. When several entities answer to ref, an
// exact ID wins, then a country with that code, then an entity with that name, then the one most
// articles mention.
func (s *Store) Resolve(ctx context.Context, ref string) (*newsgraph.Entity, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "empty entity reference")
	}
	if e, err := s.Entity(ctx, ref); err == nil {
		return e, nil
	} else if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		return nil, err
	}
	key := normKey(ref)
	gen := s.cache.begin(ctx)
	cands, ok := get(&s.cache, &s.cache.keys, key)
	if !ok {
		var err error
		if cands, err = s.ixSubjects(ctx, PredIxKey, quad.String(key)); err != nil {
			return nil, err
		}
		put(&s.cache, gen, &s.cache.keys, key, cands)
	}
	var best *newsgraph.Entity
	bestScore := -1
	err := s.eachEntityOf(ctx, cands, func(e *newsgraph.Entity) error {
		score := 0
		switch {
		case strings.EqualFold(e.ID, ref):
			score = 4 << 20
		case e.Type == newsgraph.Country && strings.EqualFold(e.Code, ref):
			score = 3 << 20
		case normKey(e.Name) == normKey(ref):
			score = 2 << 20
		}
		n, err := s.articleCount(ctx, e.ID)
		if err != nil {
			return err
		}
		score += min(n, 1<<20-1)
		if score > bestScore || (score == bestScore && e.ID < best.ID) {
			best, bestScore = e, score
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "no entity named %q", ref)
	}
	return best, nil
}

// Entity returns the entity with the given ID (Mentions empty). When articles disagree, the name,
// type and code most of them give win (ties: the smallest); Aliases are all the other names and
// mention texts, sorted.
func (s *Store) Entity(ctx context.Context, id string) (*newsgraph.Entity, error) {
	gen := s.cache.begin(ctx)
	if e, ok := get(&s.cache, &s.cache.ents, id); ok {
		return cloneEntity(e), nil
	}
	sm, err := s.summaryOf(ctx, EntityIRI(id))
	if err != nil {
		return nil, err
	}
	if len(sm) == 0 {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "entity %q not found", id)
	}
	e := entityFrom(id, sm)
	put(&s.cache, gen, &s.cache.ents, id, cloneEntity(e))
	put(&s.cache, gen, &s.cache.counts, id, sm[short(PredType)][short(ClassEntity)])
	return e, nil
}

// entityFrom assembles an entity from its node's summary.
func entityFrom(id string, sm summary) *newsgraph.Entity {
	e := &newsgraph.Entity{ID: id, Mentions: []newsgraph.Mention{}}
	e.Name, e.Type, e.Code = sm.top(short(PredName)), sm.top(short(PredEntityType)), sm.top(short(PredCode))
	e.Lat, _ = strconv.ParseFloat(sm.top(short(PredLat)), 64)
	e.Lon, _ = strconv.ParseFloat(sm.top(short(PredLon)), 64)
	if e.Name == "" { // only named by relations of articles that did not list it
		e.Name = id
	}
	for a := range sm[short(PredAlias)] {
		if a != e.Name {
			e.Aliases = append(e.Aliases, a)
		}
	}
	sort.Strings(e.Aliases)
	return e
}

// top returns the most frequent key of m (ties: the smallest), "" when m is empty.
func top(m map[string]int) string {
	best, n := "", 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// articleCount returns how many articles mention the entity.
func (s *Store) articleCount(ctx context.Context, id string) (int, error) {
	if n, ok := get(&s.cache, &s.cache.counts, id); ok {
		return n, nil
	}
	sm, err := s.summaryOf(ctx, EntityIRI(id))
	if err != nil {
		return 0, err
	}
	return sm[short(PredType)][short(ClassEntity)], nil
}

// SearchEntities returns up to limit entities whose name or an alias starts with prefix
// (case-insensitive, full stops ignored), most mentioned first, optionally of one type. The
// names and aliases of all entities are read once into a sorted index kept in the read cache
// (until the next write), so that a search is a binary search.
func (s *Store) SearchEntities(ctx context.Context, prefix, typ string, limit int) ([]newsgraph.Entity, error) {
	p := normKey(prefix)
	idx, err := s.searchIndex(ctx)
	if err != nil {
		return nil, err
	}
	type hit struct {
		e newsgraph.Entity
		n int
	}
	var hits []hit
	seen := map[string]bool{}
	for i := sort.Search(len(idx), func(i int) bool { return idx[i].key >= p }); i < len(idx) && strings.HasPrefix(idx[i].key, p); i++ {
		id := idx[i].id
		if seen[id] {
			continue
		}
		seen[id] = true
		e, err := s.Entity(ctx, id)
		if err != nil {
			if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
				continue
			}
			return nil, err
		}
		if typ != "" && !strings.EqualFold(e.Type, typ) {
			continue
		}
		n, err := s.articleCount(ctx, id)
		if err != nil {
			return nil, err
		}
		hits = append(hits, hit{*e, n})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].n != hits[j].n {
			return hits[i].n > hits[j].n
		}
		return hits[i].e.ID < hits[j].e.ID
	})
	var out []newsgraph.Entity
	for _, h := range hits {
		if limit > 0 && len(out) >= limit {
			break
		}
		out = append(out, h.e)
	}
	return out, nil
}

// searchKey is one normalised name or alias of an entity in SearchEntities' index.
type searchKey struct{ key, id string }

// searchIndex returns the normalised names and aliases of every entity, sorted by key then ID.
// Building it reads every entity (a minute at 10^5 articles), so one build runs at a time, apart
// from the requests that wait for it: a request that gives up (its deadline) leaves the build
// running, and the index in the cache for the next one.
func (s *Store) searchIndex(ctx context.Context) ([]searchKey, error) {
	gen := s.cache.begin(ctx)
	if idx, ok := get(&s.cache, &s.cache.search, ""); ok {
		return idx, nil
	}
	c := &s.cache
	c.mu.Lock()
	f := c.building
	if f == nil || f.gen != gen {
		f = &searchBuild{gen: gen, done: make(chan struct{})}
		c.building = f
		go func() {
			defer close(f.done)
			f.idx, f.err = s.buildSearchIndex(context.WithoutCancel(ctx), gen)
			c.mu.Lock()
			if c.building == f {
				c.building = nil
			}
			c.mu.Unlock()
		}()
	}
	c.mu.Unlock()
	select {
	case <-f.done:
		return f.idx, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// searchBuild is one build of the search index and the requests waiting for it.
type searchBuild struct {
	gen  uint64
	done chan struct{}
	idx  []searchKey
	err  error
}

// buildSearchIndex reads the index and keeps it in the cache unless the store changed since gen.
func (s *Store) buildSearchIndex(ctx context.Context, gen uint64) ([]searchKey, error) {
	all, err := s.ixSubjects(ctx, PredIxListed, ClassEntity)
	if err != nil {
		return nil, err
	}
	var idx []searchKey
	err = s.eachEntityOf(ctx, all, func(e *newsgraph.Entity) error {
		idx = append(idx, searchKey{normKey(e.Name), e.ID})
		for _, a := range e.Aliases {
			idx = append(idx, searchKey{normKey(a), e.ID})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(idx, func(i, j int) bool {
		if idx[i].key != idx[j].key {
			return idx[i].key < idx[j].key
		}
		return idx[i].id < idx[j].id
	})
	put(&s.cache, gen, &s.cache.search, "", idx)
	return idx, nil
}

// ArticleEntities returns the IDs of the entities an article mentions, sorted.
func (s *Store) ArticleEntities(ctx context.Context, articleID string) ([]string, error) {
	vs, err := s.objects(ctx, ArticleIRI(articleID), PredMentions)
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		if _, err := s.Article(ctx, articleID); err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(vs))
	for _, v := range vs {
		if id, ok := idOf(v, prefEntity); ok {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids, nil
}

// eachEntityOf calls fn with the entity of each node that is an entity IRI, skipping nodes that
// are not and entities deleted since the nodes were read.
func (s *Store) eachEntityOf(ctx context.Context, nodes []quad.Value, fn func(*newsgraph.Entity) error) error {
	for _, v := range nodes {
		id, ok := idOf(v, prefEntity)
		if !ok {
			continue
		}
		e, err := s.Entity(ctx, id)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND {
			continue
		} else if err != nil {
			return err
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return nil
}
