package graph

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/cayleygraph/quad"
)

// On bolt, the derived data (summary.go) is not stored as quads. Cayley's key-value store never
// shortens an index entry: a deleted quad only gets a tombstone in its log, and its ID stays in
// the list of its (subject, predicate) key. A summary is replaced on every load that touches its
// node, so a big country's (subject, summary) key listed one dead ID per batch ever loaded, and
// every read and rewrite went through all of them: at 10^5 articles summarising took 56 % of a
// load. And each quad costs Cayley a log entry, two index lists and node reference counts, where
// an index edge needs one key. So on bolt, summaries (node IRI → JSON) and index edges (one key
// per edge and direction, read by prefix) are keys of two buckets of the same bolt file, written
// inside the very transaction in which Cayley writes the quads (hookKV): quads, summaries and
// index edges change together or not at all.

var (
	// summaryBucket holds the node summaries, under the node's IRI.
	summaryBucket = []byte("newsgraph_summaries")
	// edgeBucket holds the index edges: "f\x00" p "\x00" s "\x00" o to read objects by (s, p),
	// and "r\x00" p "\x00" o "\x00" s to read subjects by (p, o).
	edgeBucket = []byte("newsgraph_edges")
)

// kvWrite is one change of a bucket: val nil deletes the key.
type kvWrite struct {
	bucket, key, val []byte
}

// hookKV is the key-value store under Cayley's bolt quad store. The writes set with setPending
// are applied by the next read-write transaction Cayley commits (ApplyDeltas opens exactly one),
// just before its commit.
type hookKV struct {
	*hbolt.DB
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
	tx, err := k.DB.Tx(ctx, rw)
	if err != nil || !rw {
		return tx, err
	}
	return &hookTx{Tx: tx, k: k}, nil
}

// hookTx writes the pending changes of the buckets into the transaction before committing it.
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
		key := hkv.Key{x.bucket, x.key}
		var err error
		if x.val == nil {
			err = t.Tx.Del(ctx, key)
		} else {
			err = t.Tx.Put(ctx, key, x.val)
		}
		if err != nil {
			return fmt.Errorf("write %s %q: %w", x.bucket, x.key, err)
		}
	}
	return t.Tx.Commit(ctx)
}

// edgeWrites returns the two keys of an index edge, added or (add false) deleted.
func edgeWrites(add bool, s quad.Value, p quad.IRI, o quad.Value) []kvWrite {
	var val []byte
	if add {
		val = []byte{1}
	}
	ps, ss, os := string(p), valueString(s), valueString(o)
	return []kvWrite{
		{bucket: edgeBucket, key: []byte("f\x00" + ps + "\x00" + ss + "\x00" + os), val: val},
		{bucket: edgeBucket, key: []byte("r\x00" + ps + "\x00" + os + "\x00" + ss), val: val},
	}
}

// boltEdges returns the last parts of the edge keys that start with prefix, in key order.
func (s *Store) boltEdges(prefix string) ([]string, error) {
	var out []string
	err := s.sums.DB.DB().View(func(tx *bolt.Tx) error {
		b := tx.Bucket(edgeBucket)
		if b == nil {
			return nil
		}
		c := b.Cursor()
		p := []byte(prefix)
		for k, _ := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, _ = c.Next() {
			out = append(out, string(k[len(p):]))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read index edges: %w", err)
	}
	return out, nil
}

// ixObjects returns the objects of the index edges (subj, p, ·), as IRIs (every edge's object
// read this way is a node).
func (s *Store) ixObjects(ctx context.Context, subj quad.Value, p quad.IRI) ([]quad.Value, error) {
	if s.sums == nil {
		return s.objects(ctx, subj, p)
	}
	os, err := s.boltEdges("f\x00" + string(p) + "\x00" + valueString(subj) + "\x00")
	return iris(os), err
}

// ixSubjects returns the subjects of the index edges (·, p, obj).
func (s *Store) ixSubjects(ctx context.Context, p quad.IRI, obj quad.Value) ([]quad.Value, error) {
	if s.sums == nil {
		return s.subjects(ctx, p, obj)
	}
	ss, err := s.boltEdges("r\x00" + string(p) + "\x00" + valueString(obj) + "\x00")
	return iris(ss), err
}

func iris(ss []string) []quad.Value {
	out := make([]quad.Value, 0, len(ss))
	for _, s := range ss {
		if !strings.Contains(s, "\x00") { // a value holding NUL makes its keys ambiguous: skipped
			out = append(out, quad.IRI(s))
		}
	}
	return out
}

// boltSummaries reads the summaries of nodes from the bucket, in one read transaction.
func (s *Store) boltSummaries(ctx context.Context, nodes []quad.Value) (map[quad.Value]storedSum, error) {
	out := make(map[quad.Value]storedSum, len(nodes))
	err := s.sums.DB.DB().View(func(tx *bolt.Tx) error {
		b := tx.Bucket(summaryBucket)
		if b == nil {
			return nil
		}
		for _, n := range nodes {
			v := b.Get([]byte(valueString(n)))
			if v == nil {
				continue
			}
			sm, err := decodeSummary(n, v)
			if err != nil {
				return err
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

// boltKeys returns every key of a bucket.
func (s *Store) boltKeys(bucket []byte) ([][]byte, error) {
	var keys [][]byte
	err := s.sums.DB.DB().View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucket)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
	})
	return keys, err
}
