package graph

import (
	"context"
	"slices"
	"testing"

	"newsgraph"
)

// TestSearchAndResolveSeeWrites checks that SearchEntities' index and Resolve's name lookups,
// both kept in the read cache, follow loads and deletes.
func TestSearchAndResolveSeeWrites(t *testing.T) {
	ctx := context.Background()
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		search := func(prefix string) []string {
			t.Helper()
			es, err := s.SearchEntities(ctx, prefix, "", 0)
			if err != nil {
				t.Fatalf("SearchEntities(%q): %v", prefix, err)
			}
			var ids []string
			for _, e := range es {
				ids = append(ids, e.ID)
			}
			slices.Sort(ids)
			return ids
		}
		check := func(step, prefix string, want ...string) {
			t.Helper()
			if got := search(prefix); !slices.Equal(got, want) {
				t.Errorf("%s: SearchEntities(%q) = %v, want %v", step, prefix, got, want)
			}
		}
		load(t, s, talks1())
		check("after talks-1", "unit", "country/GBR", "country/USA")
		check("after talks-1", "un", "country/GBR", "country/USA")
		if _, err := s.Resolve(ctx, "UN refugee agency"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("after talks-1: Resolve(UN refugee agency) = %v, want not found", err)
		}
		load(t, s, talks2())
		check("after talks-2", "un", "country/GBR", "country/USA", "org/unhcr")
		if e, err := s.Resolve(ctx, "UN refugee agency"); err != nil || e.ID != "org/unhcr" {
			t.Errorf("after talks-2: Resolve(UN refugee agency) = %v, %v; want org/unhcr", e, err)
		}
		del(t, s, "talks-2")
		check("after deleting talks-2", "un", "country/GBR", "country/USA")
		if _, err := s.Resolve(ctx, "UN refugee agency"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("after deleting talks-2: Resolve(UN refugee agency) = %v, want not found", err)
		}
	})
}
