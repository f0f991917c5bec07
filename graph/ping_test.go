package graph

import (
	"context"
	"testing"
)

// TestPingEmptyStore: a store that holds nothing yet answers its health check on every backend
// (bolt creates Cayley's buckets only on the first write), a standby's store too.
func TestPingEmptyStore(t *testing.T) {
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		if err := s.Ping(context.Background()); err != nil {
			t.Errorf("Ping of an empty store: %v", err)
		}
	})
}
