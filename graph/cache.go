package graph

import (
	"context"
	"maps"
	"slices"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"newsgraph"
)

// cacheMax bounds the number of entries of each map of the read cache; past it the map is emptied.
const cacheMax = 50000

// readCache keeps what the reads assemble from many quads (events, entities, articles, the events
// around an entity) until the store changes. It has one way of learning that: the store's
// generation (backend.generation), which every write advances in its own transaction, in this
// process or another (on PostgreSQL, on the primary when this is a standby). The generation is
// read at most every pollEvery, and at once after a write of this process; when it has moved,
// the cache is emptied and Generation changes, which empties the caches keyed by it (the
// server's response cache; the per-request cache lives for one request).
type readCache struct {
	mu     sync.Mutex
	gen    uint64 // bumped on every change; a value read under an older gen is not kept
	events map[string]eventEntry
	around map[string][]quad.Value
	ents   map[string]*newsgraph.Entity
	counts map[string]int
	arts   map[string]*newsgraph.Article
	evid   map[string][]newsgraph.Evidence
	nbrs   map[string][]string
	search map[string][]searchKey // "" → SearchEntities' index of names and aliases
	// building is the search index being built, if any (entity.go: searchIndex).
	building *searchBuild
	keys     map[string][]quad.Value // normalised name → the entities it names, for Resolve
	checked  time.Time
	horizon  int64 // the last store generation seen
	be       backend
}

const pollEvery = 100 * time.Millisecond

type eventEntry struct {
	e        newsgraph.Event
	evidence []quad.Value
}

func (c *readCache) clearLocked() {
	c.gen++
	c.events, c.around, c.ents, c.counts, c.arts, c.evid, c.nbrs = nil, nil, nil, nil, nil, nil, nil
	c.search, c.keys = nil, nil
}

// changed makes the next read look at the store's generation (after a write of this process,
// committed or not).
func (c *readCache) changed() {
	c.mu.Lock()
	c.checked = time.Time{}
	c.mu.Unlock()
}

// begin returns the generation a read starts under, first emptying the cache when the store's
// generation has moved. When it cannot be read, the cache is emptied (and not kept) every time.
func (c *readCache) begin(ctx context.Context) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if now.Sub(c.checked) < pollEvery {
		return c.gen
	}
	h, err := c.be.generation(ctx)
	if err == nil {
		c.checked = now
	}
	if err != nil || h != c.horizon {
		c.horizon = h
		c.clearLocked()
	}
	return c.gen
}

// Generation returns a number that changes whenever the store may have changed: at once after a
// write of this process, within pollEvery of another process's.
// Callers that keep answers of their own (the server's response cache) key them by it.
func (s *Store) Generation(ctx context.Context) uint64 { return s.cache.begin(ctx) }

// put stores v in *m under key when the store has not changed since gen.
func put[V any](c *readCache, gen uint64, m *map[string]V, key string, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if *m == nil || len(*m) >= cacheMax {
		*m = make(map[string]V)
	}
	(*m)[key] = v
}

// get returns the value stored under key.
func get[V any](c *readCache, m *map[string]V, key string) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := (*m)[key]
	return v, ok
}

func cloneEvent(e newsgraph.Event) newsgraph.Event {
	e.Attrs = maps.Clone(e.Attrs)
	return e
}

func cloneEntity(e *newsgraph.Entity) *newsgraph.Entity {
	c := *e
	c.Aliases = slices.Clone(e.Aliases)
	c.Mentions = []newsgraph.Mention{}
	return &c
}
