package graph

import (
	"context"
	"fmt"
	"sync"

	hkv "github.com/hidal-go/hidalgo/kv"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
)

// kvWrite is one change of a bucket: val nil deletes the key.
type kvWrite struct {
	bucket, key, val []byte
}

// hookKV is the key-value store under Cayley's bolt quad store. The writes set with setPending
// are applied by the next read-write transaction Cayley commits (ApplyDeltas opens exactly one:
// TestCayleyApplyDeltasOneTx pins it), just before its commit; write checks that they were.
type hookKV struct {
	*hbolt.DB
	mu      sync.Mutex
	pending []kvWrite
	commits int // read-write transactions committed through the hook
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
	t.k.commits++
	t.k.mu.Unlock()
	if err := putKV(ctx, t.Tx, w); err != nil {
		return err
	}
	return t.Tx.Commit(ctx)
}

func putKV(ctx context.Context, tx hkv.Tx, w []kvWrite) error {
	for _, x := range w {
		key := hkv.Key{x.bucket, x.key}
		var err error
		if x.val == nil {
			err = tx.Del(ctx, key)
		} else {
			err = tx.Put(ctx, key, x.val)
		}
		if err != nil {
			return fmt.Errorf("write %s %q: %w", x.bucket, x.key, err)
		}
	}
	return nil
}
