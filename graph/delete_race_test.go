package graph

import (
	"context"
	"strings"
	"sync"
	"testing"

	"newsgraph"
)

// TestReadsDuringDeletes reads events while articles are loaded and deleted: a read meets quads
// that are deleted between its scan and its look-ups, and must skip them, not fail or panic.
func TestReadsDuringDeletes(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1())
		xs := manyArticles(20)
		var wg sync.WaitGroup
		done := make(chan struct{})
		errs := make(chan error, 2)
		for r := 0; r < 2; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					select {
					case <-done:
						return
					default:
					}
					if _, err := s.Events(ctx, newsgraph.RelationFilter{Subject: "country/RWA", Either: true}); err != nil {
						errs <- err
						return
					}
				}
			}()
		}
		for i, x := range xs {
			if _, err := s.Load(ctx, x); err != nil {
				t.Fatal(err)
			}
			if i > 0 {
				if err := s.DeleteArticle(ctx, xs[i-1].Article.ID); err != nil {
					t.Fatal(err)
				}
			}
		}
		close(done)
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Error(err)
		}
		evs, err := s.Events(ctx, newsgraph.RelationFilter{Object: "country/RWA", Types: []string{"AGREE"}})
		var partners []string
		for _, e := range evs {
			if strings.HasPrefix(e.Subject, "org/partner-") {
				partners = append(partners, e.Subject)
			}
		}
		if err != nil || len(partners) != 1 || partners[0] != "org/partner-19" {
			t.Errorf("numbered partners' agreements after the deletes: got %v (%v), want the last article's only", partners, err)
		}
	})
}
