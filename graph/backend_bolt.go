package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	// Cayley's "bbolt" backend: the same file format as "bolt", on go.etcd.io/bbolt (maintained,
	// and clean under the race detector's pointer checks, which boltdb/bolt v1.3.1 is not).
	cbolt "github.com/cayleygraph/cayley/graph/kv/bbolt"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"newsgraph"
)

// On bolt, the derived data (summary.go) are keys of buckets of the same bolt file as Cayley's,
// written inside the very transaction in which Cayley writes the quads (hookKV): quads, summaries
// and index edges change together or not at all. (Not quads: Cayley's key-value store never
// shortens an index entry, so a summary replaced on every load made its key list one dead ID per
// batch ever loaded; and each quad costs a log entry, two index lists and reference counts, where
// an index edge needs one key.)

var (
	// summaryBucket holds the node summaries, under the node's IRI.
	summaryBucket = []byte("newsgraph_summaries")
	// edgeBucket holds the index edges: "f\x00" p "\x00" s "\x00" o to read objects by (s, p),
	// and "r\x00" p "\x00" o "\x00" s to read subjects by (p, o).
	edgeBucket = []byte("newsgraph_edges")
	// markBucket holds the store's marks (markVersion, markDirty).
	markBucket = []byte("newsgraph_marks")
)

// boltBackend is Cayley's key-value quad store on a bolt file, with the derived data in buckets
// of the same file.
type boltBackend struct {
	cayleyQS
	kv  *hookKV
	gen atomic.Int64 // a bolt file serves one process: the generation is this process's count
}

// openBolt opens the bolt store in the folder cfg.Addr, creating it when missing (unless
// cfg.NoRepair).
func openBolt(cfg Config) (*boltBackend, error) {
	if cfg.Addr == "" {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "bolt: empty folder name")
	}
	if fi, err := os.Stat(cfg.Addr); err == nil && !fi.IsDir() {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "bolt: %s is a file, want a folder", cfg.Addr)
	}
	// bolt lets one process at a time open a file, and Cayley waits for the lock forever: fail
	// with a clear error instead when another process holds it.
	file := filepath.Join(cfg.Addr, "indexes.bolt")
	if fileExists(file) {
		db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: 2 * time.Second, ReadOnly: true})
		if err != nil {
			return nil, newsgraph.Errorf(newsgraph.EUNAVAILABLE,
				"bolt: %s is in use by another process (a bolt store serves one process at a time; use --backend postgres for several)", cfg.Addr)
		}
		db.Close()
	}
	// Cayley's "bbolt" backend, opened here rather than by name so that the derived data share
	// its transactions (hookKV).
	opts := cgraph.Options{"nosync": cfg.NoSync, kv.OptNoBloom: cfg.ReadMostly}
	fresh := !fileExists(file)
	if fresh && cfg.NoRepair {
		return nil, newsgraph.Errorf(newsgraph.ENOTFOUND, "bolt: no store in %s", cfg.Addr)
	}
	open := cbolt.Open
	if fresh {
		open = cbolt.Create
	}
	db, err := open(cfg.Addr, opts)
	if err != nil {
		return nil, fmt.Errorf("bolt: open %s: %w", cfg.Addr, err)
	}
	hooked := &hookKV{DB: db.(*hbolt.DB)}
	if fresh {
		if err := kv.Init(hooked, opts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, fmt.Errorf("bolt: initialise %s: %w", cfg.Addr, err)
		}
	}
	qs, err := kv.New(hooked, opts)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("bolt: open %s: %w", cfg.Addr, err)
	}
	b := &boltBackend{cayleyQS: cayleyQS{qs: qs}, kv: hooked}
	b.scanFor = b.indexScan
	return b, nil
}

func fileExists(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}

// kvSP and kvOPS are Cayley's default key-value indexes, which every bolt store this package
// creates has.
var (
	kvSP  = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}
	kvOPS = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}
)

// indexScan is the scanFor of bolt: Cayley's key-value store only optimises a single direction,
// so scan the best prefix of its indexes.
func (b *boltBackend) indexScan(fixed map[quad.Direction]refs.Ref, first quad.Direction) iterator.Shape {
	for _, idx := range []struct {
		d  quad.Direction
		ix kv.QuadIndex
	}{{quad.Subject, kvSP}, {quad.Object, kvOPS}} {
		r, ok := fixed[idx.d]
		if !ok {
			continue
		}
		vs := []uint64{uint64(r.(kv.Int64Value))}
		if p, ok := fixed[quad.Predicate]; ok {
			vs = append(vs, uint64(p.(kv.Int64Value)))
		}
		return kv.IndexScan{Index: idx.ix, Values: vs}.BuildIterator(b.qs)
	}
	return b.qs.QuadIterator(first, fixed[first])
}

func (b *boltBackend) name() string   { return "bolt" }
func (b *boltBackend) readOnly() bool { return false }
func (b *boltBackend) close() error   { return b.qs.Close() }

// write: see backend. The quads go through Cayley's ApplyDeltas, the derived data through the
// hook on its transaction; without quad changes, the buckets are written in a transaction of
// their own.
func (b *boltBackend) write(ctx context.Context, d []cgraph.Delta, dc *derivedChanges) error {
	b.wmu.Lock()
	defer b.wmu.Unlock()
	defer b.gen.Add(1)
	writes, err := b.kvWrites(dc)
	if err != nil {
		return err
	}
	if len(d) == 0 {
		return b.kv.DB.DB().Update(func(tx *bolt.Tx) error {
			for _, w := range writes {
				bk, err := tx.CreateBucketIfNotExists(w.bucket)
				if err != nil {
					return err
				}
				if w.val == nil {
					err = bk.Delete(w.key)
				} else {
					err = bk.Put(w.key, w.val)
				}
				if err != nil {
					return fmt.Errorf("write %s %q: %w", w.bucket, w.key, err)
				}
			}
			return nil
		})
	}
	b.kv.setPending(writes)
	defer b.kv.setPending(nil) // not committed (an error): dropped with the transaction
	b.kv.mu.Lock()
	before := b.kv.commits
	b.kv.mu.Unlock()
	if err := b.qs.ApplyDeltas(padForKV(d), cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("write %d quad changes: %w", len(d), err)
	}
	b.kv.mu.Lock()
	commits, left := b.kv.commits-before, len(b.kv.pending)
	b.kv.mu.Unlock()
	if commits != 1 || left > 0 {
		// Cayley changed how ApplyDeltas uses transactions: fail loudly rather than lose writes.
		return fmt.Errorf("bolt: Cayley's ApplyDeltas committed %d read-write transactions (want 1), %d derived writes left: the derived data may be stale, run `newsgraph check --repair`", commits, left)
	}
	return nil
}

// kvWrites turns derived changes into writes of the buckets.
func (b *boltBackend) kvWrites(dc *derivedChanges) ([]kvWrite, error) {
	if dc.empty() {
		return nil, nil
	}
	var out []kvWrite
	if dc.clear {
		for _, bk := range [][]byte{summaryBucket, edgeBucket} {
			keys, err := b.keys(bk)
			if err != nil {
				return nil, err
			}
			for _, k := range keys {
				out = append(out, kvWrite{bucket: bk, key: k})
			}
		}
	}
	for n, sm := range dc.sums {
		w := kvWrite{bucket: summaryBucket, key: []byte(n)}
		if len(sm) > 0 {
			v, err := encodeSummary(sm)
			if err != nil {
				return nil, err
			}
			w.val = v
		}
		out = append(out, w)
	}
	for e, add := range dc.edges {
		var val []byte
		if add {
			val = []byte{1}
		}
		out = append(out,
			kvWrite{bucket: edgeBucket, key: []byte("f\x00" + e.p + "\x00" + e.s + "\x00" + e.o), val: val},
			kvWrite{bucket: edgeBucket, key: []byte("r\x00" + e.p + "\x00" + e.o + "\x00" + e.s), val: val})
	}
	for k, v := range dc.marks {
		w := kvWrite{bucket: markBucket, key: []byte(k)}
		if v != "" {
			w.val = []byte(v)
		}
		out = append(out, w)
	}
	return out, nil
}

// prefixed returns the last parts of the keys of a bucket that start with prefix, in key order.
func (b *boltBackend) prefixed(bucket []byte, prefix string) ([]string, error) {
	var out []string
	err := b.kv.DB.DB().View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucket)
		if bk == nil {
			return nil
		}
		c := bk.Cursor()
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

func (b *boltBackend) edgesFrom(_ context.Context, subj string, p quad.IRI) ([]string, error) {
	return b.prefixed(edgeBucket, "f\x00"+string(p)+"\x00"+subj+"\x00")
}

func (b *boltBackend) edgesTo(_ context.Context, p quad.IRI, obj string) ([]string, error) {
	return b.prefixed(edgeBucket, "r\x00"+string(p)+"\x00"+obj+"\x00")
}

// summaries reads the summaries of nodes from the bucket, in one read transaction.
func (b *boltBackend) summaries(_ context.Context, nodes []quad.Value) (map[quad.Value]summary, error) {
	out := make(map[quad.Value]summary, len(nodes))
	err := b.kv.DB.DB().View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(summaryBucket)
		if bk == nil {
			return nil
		}
		for _, n := range nodes {
			v := bk.Get([]byte(valueString(n)))
			if v == nil {
				continue
			}
			sm, err := decodeSummary(n, v)
			if err != nil {
				return err
			}
			out[n] = sm
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read summaries: %w", err)
	}
	return out, nil
}

func (b *boltBackend) eachDerived(_ context.Context, sum func(string, summary) error, edgeFn func(edge) error) error {
	return b.kv.DB.DB().View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(summaryBucket); bk != nil {
			err := bk.ForEach(func(k, v []byte) error {
				sm, err := decodeSummary(quad.IRI(k), v)
				if err != nil {
					return err
				}
				return sum(string(k), sm)
			})
			if err != nil {
				return err
			}
		}
		bk := tx.Bucket(edgeBucket)
		if bk == nil {
			return nil
		}
		return bk.ForEach(func(k, _ []byte) error {
			parts := bytes.Split(k, []byte{0})
			if len(parts) != 4 || len(parts[0]) != 1 {
				return edgeFn(edge{p: string(k), s: "", o: reverseMark}) // not a key this package writes
			}
			e := edge{p: string(parts[1]), s: string(parts[2]), o: string(parts[3])}
			twin := "r\x00" + e.p + "\x00" + e.o + "\x00" + e.s
			if parts[0][0] == 'r' {
				e.s, e.o = e.o, e.s
				twin = "f\x00" + e.p + "\x00" + e.s + "\x00" + e.o
			}
			switch {
			case bk.Get([]byte(twin)) == nil:
				e.o += reverseMark // one key of the pair is missing: reported as an edge nothing makes
			case parts[0][0] == 'r':
				return nil // the pair is reported once, from its forward key
			}
			return edgeFn(e)
		})
	})
}

// reverseMark is appended to the object of an index edge whose two bolt keys are not both there
// (see eachDerived), so that check reports it.
const reverseMark = "\x00unpaired"

// keys returns every key of a bucket.
func (b *boltBackend) keys(bucket []byte) ([][]byte, error) {
	var keys [][]byte
	err := b.kv.DB.DB().View(func(tx *bolt.Tx) error {
		bk := tx.Bucket(bucket)
		if bk == nil {
			return nil
		}
		return bk.ForEach(func(k, _ []byte) error {
			keys = append(keys, append([]byte(nil), k...))
			return nil
		})
	})
	return keys, err
}

func (b *boltBackend) mark(_ context.Context, key string) (string, error) {
	var v string
	err := b.kv.DB.DB().View(func(tx *bolt.Tx) error {
		if bk := tx.Bucket(markBucket); bk != nil {
			v = string(bk.Get([]byte(key)))
		}
		return nil
	})
	return v, err
}

func (b *boltBackend) generation(context.Context) (int64, error) { return b.gen.Load(), nil }

// lockWriters: a bolt file serves one process, whose writers take Store.write.
func (b *boltBackend) lockWriters(context.Context) (func(), error) { return func() {}, nil }
