package bench

import (
	"context"
	"os"
	"testing"

	"newsgraph"
	"newsgraph/graph"
)

// EnvDB names the environment variable that points the query benchmarks at a bolt store built
// beforehand (e.g. by scripts/bench.sh at 10^5 articles) instead of building one.
const EnvDB = "NEWSGRAPH_BENCH_DB"

// LoadBatchSize is how many articles the fixtures hand to Store.LoadBatch at once (the default
// of `newsgraph load`).
const LoadBatchSize = 256

// Store returns a bolt store holding a generated corpus of n articles, built in tb.TempDir()
// and closed when tb ends; or, when EnvDB is set, the store found there (n is then ignored).
func Store(tb testing.TB, n int) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	if dir := os.Getenv(EnvDB); dir != "" {
		if _, err := os.Stat(dir); err != nil {
			tb.Fatalf("%s=%s: %v", EnvDB, dir, err)
		}
		s, err := graph.Open(ctx, graph.Config{Backend: "bolt", Addr: dir}, nil)
		if err != nil {
			tb.Fatalf("%s=%s: %v", EnvDB, dir, err)
		}
		tb.Cleanup(func() { s.Close() })
		tb.Logf("store: %s", dir)
		return s
	}
	xs := Extractions(tb, n)
	s, err := graph.Open(ctx, graph.Config{Backend: "bolt", Addr: tb.TempDir() + "/db", NoSync: true}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	skipped, err := LoadAll(ctx, s, xs)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Logf("store: %s", Describe(xs))
	if len(skipped) > 0 {
		tb.Logf("store: %d invalid extractions skipped, first: %v", len(skipped), skipped[0])
	}
	return s
}

// LoadAll stores xs in batches of LoadBatchSize, as `newsgraph load` does. When the store
// refuses a batch as invalid (an extraction the loader got wrong), LoadAll stores that batch's
// articles one by one and skips the invalid ones; it returns the errors of those it skipped.
func LoadAll(ctx context.Context, s *graph.Store, xs []*newsgraph.Extraction) (skipped []error, err error) {
	for i := 0; i < len(xs); i += LoadBatchSize {
		j := min(i+LoadBatchSize, len(xs))
		_, err := s.LoadBatch(ctx, xs[i:j])
		if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			if err != nil {
				return skipped, err
			}
			continue
		}
		for _, x := range xs[i:j] {
			_, err := s.Load(ctx, x)
			if newsgraph.ErrorCode(err) == newsgraph.EINVALID {
				skipped = append(skipped, err)
			} else if err != nil {
				return skipped, err
			}
		}
	}
	return skipped, nil
}
