package graph

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"newsgraph"
)

// manyArticles returns n articles, each reporting the Rwanda–United States consultation and one
// agreement of its own with a numbered partner.
func manyArticles(n int) []*newsgraph.Extraction {
	var xs []*newsgraph.Extraction
	for i := 0; i < n; i++ {
		p := newsgraph.Entity{ID: fmt.Sprintf("org/partner-%d", i), Type: newsgraph.Organization, Name: fmt.Sprintf("Partner %d", i)}
		x := talks2()
		x.Article.ID = fmt.Sprintf("bulk-%03d", i)
		x.Entities = append(x.Entities, p)
		x.Relations = append(x.Relations, rel("AGREE", p.ID, "country/RWA", "2025-06", fmt.Sprintf("Partner %d signed a deal with Rwanda.", i), 200))
		xs = append(xs, x)
	}
	return xs
}

// checkConsistent checks what any reader must see while articles are added: each event's evidence
// (read after it) covers its articles, and every partner of Rwanda is a stored entity.
func checkConsistent(ctx context.Context, s *Store) error {
	evs, err := s.Events(ctx, newsgraph.RelationFilter{Subject: "country/RWA", Either: true, Types: newsgraph.Partnering})
	if err != nil {
		return err
	}
	for _, e := range evs {
		ev, err := s.Evidence(ctx, e.ID)
		if newsgraph.ErrorCode(err) == newsgraph.ENOTFOUND && e.Type == "AGREE" {
			continue // re-loaded without it since
		} else if err != nil {
			return err
		}
		// Articles are only added: the evidence, read after the event, covers at least its articles.
		if len(ev) < e.Articles {
			return fmt.Errorf("event %s: %d articles, then %d evidence", e.ID, e.Articles, len(ev))
		}
		other := e.Subject
		if other == "country/RWA" {
			other = e.Object
		}
		if _, err := s.Entity(ctx, other); err != nil {
			return fmt.Errorf("partner %s of event %s: %w", other, e.ID, err)
		}
	}
	return nil
}

func TestReadsDuringLoads(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1())
		xs := manyArticles(30)
		var wg sync.WaitGroup
		done := make(chan struct{})
		errs := make(chan error, 4)
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
					if err := checkConsistent(ctx, s); err != nil {
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
			if i%10 == 9 { // and re-load some with a change
				y := *xs[i-5]
				y.Relations = y.Relations[:1]
				if _, err := s.Load(ctx, &y); err != nil {
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
		evs, _ := s.Events(ctx, newsgraph.RelationFilter{Types: []string{"CONSULT"}})
		if len(evs) != 1 || evs[0].Articles != 31 {
			t.Errorf("CONSULT = %+v, want one event reported by 31 articles", evs)
		}
	})
}

func TestLoadBatch(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		xs := manyArticles(40)
		one, _ := openTest(t, Config{Backend: "memory"})
		for _, x := range xs {
			load(t, one, x)
		}
		xs = append(xs, xs[3]) // the same article twice in a batch
		n, err := s.LoadBatch(ctx, xs)
		if err != nil || n != 40 {
			t.Fatalf("LoadBatch = %d, %v; want 40", n, err)
		}
		if got, want := countQuads(t, s), countQuads(t, one); got != want {
			t.Errorf("LoadBatch stored %d quads, Load one by one %d", got, want)
		}
		if n, err := s.LoadBatch(ctx, xs); err != nil || n != 0 {
			t.Errorf("LoadBatch again = %d, %v; want 0", n, err)
		}
		bad := manyArticles(2)
		bad[1].Relations[0].Subject = ""
		if _, err := s.LoadBatch(ctx, append(manyArticles(1), bad...)); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("LoadBatch(bad) = %v, want invalid", err)
		}
	})
}

// TestTwoServersPostgres opens two Stores on one PostgreSQL database, as two `serve` processes
// would, and checks both answer the same while a third loads.
func TestTwoServersPostgres(t *testing.T) {
	cfg := Config{Backend: "postgres", Addr: freshPostgres(t)}
	loader, _ := openTest(t, cfg)
	a, _ := openTest(t, cfg)
	b, _ := openTest(t, cfg)
	ctx := context.Background()
	load(t, loader, talks1())
	done := make(chan struct{})
	defer func() { <-done }()
	go func() {
		defer close(done)
		for _, x := range manyArticles(15) {
			if _, err := loader.Load(ctx, x); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		for _, s := range []*Store{a, b} {
			if err := checkConsistent(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Each server's read cache notices the other process's writes within pollEvery.
	time.Sleep(2 * pollEvery)
	ea, err := a.Events(ctx, newsgraph.RelationFilter{Subject: "country/RWA", Either: true})
	if err != nil {
		t.Fatal(err)
	}
	eb, err := b.Events(ctx, newsgraph.RelationFilter{Subject: "country/RWA", Either: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ea) != 17 || fmt.Sprint(ea) != fmt.Sprint(eb) {
		t.Errorf("servers disagree or miss events: %d and %d events, want 17", len(ea), len(eb))
	}
}
