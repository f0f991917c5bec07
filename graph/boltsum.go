package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
	"github.com/hidal-go/hidalgo/kv/options"

	"github.com/cayleygraph/quad"
)

// On bolt, node summaries do not live in quads. Cayley's key-value store never shortens an
// index entry: a deleted quad only gets a tombstone in its log, and its ID stays in the list of
// its (subject, predicate) key. A summary is replaced on every load that touches its node, so a
// big country's (subject, summary) key would list one dead ID per batch ever loaded, and every
// read and every rewrite would go through all of them: at 10^5 articles that made summarising
// cost 56 % of a load. So on bolt the summaries are plain key-value pairs (node IRI → JSON) in a
// bucket of their own, in the same bolt file, written inside the very transaction in which
// Cayley writes the quads (hookKV), so that quads and summaries still change together.

// summaryBucket is the bolt bucket of the node summaries.
var summaryBucket = []byte("newsgraph_summaries")

// kvWrite is one change of the summary bucket: val nil deletes the key.
type kvWrite struct {
	key []byte
	val []byte
}

// hookKV is the key-value store under Cayley's bolt quad store. The writes set with setPending
// are applied by the next read-write transaction Cayley commits (ApplyDeltas opens exactly one),
// just before its commit.
type hookKV struct {
	hkv.KV
	mu      sync.Mutex
	pending []kvWrite
}

func (k *hookKV) setPending(w []kvWrite) {
	k.mu.Lock()
	k.pending = w
	k.mu.Unlock()
}

// Tx wraps Cayley's read-write transactions (see hookTx).
func (k *hookKV) Tx(ctx context.Context, rw bool) (hkv.Tx, error) {
	tx, err := k.KV.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return &hookTx{Tx: tx, k: k}, nil
}

// hookTx writes the pending summary changes into the transaction before committing it.
type hookTx struct {
	hkv.Tx
	k *hookKV
}

func (t *hookTx) Commit(ctx context.Context) error {
	t.k.mu.Lock()
	w := t.k.pending
	t.k.pending = nil
	t.k.mu.Unlock()
	for _, x := range w {
		key := hkv.Key{summaryBucket, x.key}
		var err error
		if x.val == nil {
			err = t.Tx.Del(ctx, key)
		} else {
			err = t.Tx.Put(ctx, key, x.val)
		}
		if err != nil {
			return fmt.Errorf("write summary of %s: %w", x.key, err)
		}
	}
	return t.Tx.Commit(ctx)
}

// boltSummaries reads the summaries of nodes from the bucket, in one read transaction.
func (s *Store) boltSummaries(ctx context.Context, nodes []quad.Value) (map[quad.Value]storedSum, error) {
	out := make(map[quad.Value]storedSum, len(nodes))
	err := s.sums.View(ctx, func(tx hkv.Tx) error {
		for _, n := range nodes {
			v, err := tx.Get(ctx, hkv.Key{summaryBucket, []byte(valueString(n))})
			if err == hkv.ErrNotFound {
				continue
			} else if err != nil {
				return err
			}
			var sm summary
			if err := json.Unmarshal(v, &sm); err != nil {
				return fmt.Errorf("summary of %s: %w", n, err)
			}
			out[n] = storedSum{sm: sm}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read summaries: %w", err)
	}
	return out, nil
}

// boltSummaryKeys returns every key of the summary bucket.
func (s *Store) boltSummaryKeys(ctx context.Context) ([][]byte, error) {
	var keys [][]byte
	err := s.sums.View(ctx, func(tx hkv.Tx) error {
		it := tx.Scan(ctx, options.WithPrefixKV(hkv.Key{summaryBucket}))
		defer it.Close()
		for it.Next(ctx) {
			k := it.Key()
			keys = append(keys, append([]byte(nil), k[len(k)-1]...))
		}
		return it.Err()
	})
	return keys, err
}
