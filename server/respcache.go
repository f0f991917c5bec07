package server

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"sync"

	"newsgraph/schema"
)

// DefaultResponseCache is the default size of the response cache, in bytes of answers.
const DefaultResponseCache = 32 << 20

// versioned is what the response cache needs of the store: a number that changes whenever what
// the store answers may have changed (graph.Store's Generation: every write of this process, and
// on PostgreSQL those of other processes, seen within a poll interval).
type versioned interface {
	Generation(ctx context.Context) uint64
}

// responseCache keeps the bodies of successful query answers (no errors) under a digest of the
// request, for as long as the store's generation does not move: the same question asked again
// is answered without running it. Mutations, answers with errors and answers larger than an
// eighth of the cache are never kept. When the cache is full, arbitrary entries make room.
type responseCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	gen   uint64
	items map[[32]byte][]byte
}

func newResponseCache(max int64) *responseCache {
	if max <= 0 {
		return nil
	}
	return &responseCache{max: max}
}

// requestKey is the digest a request is cached under: its query, operation name and variables
// (encoding/json writes map keys sorted, so equal variables give equal bytes).
func requestKey(req schema.Request) ([32]byte, bool) {
	vars, err := json.Marshal(req.Variables)
	if err != nil {
		return [32]byte{}, false
	}
	h := sha256.New()
	for _, part := range [][]byte{[]byte(req.Query), []byte(req.OperationName), vars} {
		h.Write(part)
		h.Write([]byte{0})
	}
	var k [32]byte
	h.Sum(k[:0])
	return k, true
}

// get returns the body kept for k under generation gen.
func (c *responseCache) get(gen uint64, k [32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return nil, false
	}
	b, ok := c.items[k]
	return b, ok
}

// put keeps body for k, computed under generation gen; an answer computed under an older
// generation than the cache's is dropped, a newer one empties the cache first.
func (c *responseCache) put(gen uint64, k [32]byte, body []byte) {
	n := int64(len(body))
	if n > c.max/8 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case gen < c.gen:
		return
	case gen > c.gen || c.items == nil:
		c.gen, c.items, c.size = gen, map[[32]byte][]byte{}, 0
	}
	if old, ok := c.items[k]; ok {
		c.size -= int64(len(old))
	}
	for key, b := range c.items {
		if c.size+n <= c.max {
			break
		}
		delete(c.items, key)
		c.size -= int64(len(b))
	}
	c.items[k] = body
	c.size += n
}
