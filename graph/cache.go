package graph

import (
	"context"
	"database/sql"
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
// around an entity) until the store changes. Writes of this process empty it as they commit. On
// PostgreSQL, where other processes write too, every write also advances the sequence
// newsgraph_generation after it commits, and the cache is emptied when the sequence has moved
// (checked at most every pollEvery, so another process's write shows within that) and, in case a
// writer died between its commit and the advance, maxAge after it was filled.
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
	filled   time.Time
	checked  time.Time
	horizon  int64   // the last value of newsgraph_generation seen
	db       *sql.DB // PostgreSQL only
}

const (
	pollEvery = 100 * time.Millisecond
	maxAge    = time.Minute
)

type eventEntry struct {
	e        newsgraph.Event
	evidence []quad.Value
}

func (c *readCache) clearLocked() {
	c.gen++
	c.events, c.around, c.ents, c.counts, c.arts, c.evid, c.nbrs = nil, nil, nil, nil, nil, nil, nil
	c.search, c.keys = nil, nil
	c.filled = time.Time{}
}

// changed empties the cache after a write of this process and, on PostgreSQL, tells the others.
func (c *readCache) changed() {
	c.mu.Lock()
	c.clearLocked()
	c.mu.Unlock()
	if c.db != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		c.db.ExecContext(ctx, `SELECT nextval('newsgraph_generation')`) // best effort: maxAge covers a failure
	}
}

// begin returns the generation a read starts under, first emptying the cache when another
// process may have changed the store.
func (c *readCache) begin(ctx context.Context) uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.db == nil {
		return c.gen
	}
	now := time.Now()
	if !c.filled.IsZero() && now.Sub(c.filled) > maxAge {
		c.clearLocked()
	}
	if now.Sub(c.checked) < pollEvery {
		return c.gen
	}
	c.checked = now
	var h sql.NullInt64
	if err := c.db.QueryRowContext(ctx, `SELECT last_value FROM newsgraph_generation`).Scan(&h); err != nil || h.Int64 != c.horizon {
		c.horizon = h.Int64
		c.clearLocked()
	}
	return c.gen
}

// Generation returns a number that changes whenever the store may have changed: after every
// write of this process and, on PostgreSQL, within a poll interval of another process's write.
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
	if c.filled.IsZero() {
		c.filled = time.Now()
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
