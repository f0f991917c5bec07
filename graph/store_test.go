package graph

import (
	"context"
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph"
	"newsgraph/internal/pgtest"
)

// writeVia returns the store that takes the writes meant for s, and a function to call after
// them that returns once s sees them: on a standby's store (openStandby) the writes go to its
// primary and are waited for; elsewhere s writes itself and there is nothing to wait for.
func writeVia(t *testing.T, s *Store) (*Store, func()) {
	v, ok := standbyOf.Load(s)
	if !ok {
		return s, func() {}
	}
	sb, ctx := v.(standbyStore), context.Background()
	gen := s.Generation(ctx)
	return sb.primary, func() {
		t.Helper()
		pgtest.Follow(t, sb.pURL, sb.sURL, func() uint64 { return s.Generation(ctx) }, gen)
	}
}

// del deletes an article, failing the test on error (on a standby's store, on its primary).
func del(t *testing.T, s *Store, id string) {
	t.Helper()
	w, wait := writeVia(t, s)
	if err := w.DeleteArticle(context.Background(), id); err != nil {
		t.Fatalf("DeleteArticle(%s): %v", id, err)
	}
	wait()
}

// load stores extractions, failing the test on error (on a standby's store, on its primary).
func load(t *testing.T, s *Store, xs ...*newsgraph.Extraction) {
	t.Helper()
	w, wait := writeVia(t, s)
	changed := false
	for _, x := range xs {
		c, err := w.Load(context.Background(), x)
		if err != nil {
			t.Fatalf("Load(%s): %v", x.Article.ID, err)
		}
		changed = changed || c
	}
	if changed { // an unchanged load moves no generation
		wait()
	}
}

func eventTypes(es []newsgraph.Event) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Type+" "+e.Subject+" "+e.Object+" "+e.Date)
	}
	return out
}

func TestRoundTrip(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		changed, err := s.Load(ctx, talks1())
		if err != nil || !changed {
			t.Fatalf("Load = %v, %v; want true, nil", changed, err)
		}
		a, err := s.Article(ctx, "talks-1")
		if err != nil {
			t.Fatal(err)
		}
		if want := (newsgraph.Article{ID: "talks-1", Title: "Envoys meet", Date: "2025-05-06", Source: "Wire", URL: "https://example.org/1"}); *a != want {
			t.Errorf("Article = %+v, want %+v", *a, want)
		}
		e, err := s.Entity(ctx, "country/USA")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := e.Aliases, []string{"America", "U.S.", "Washington"}; !reflect.DeepEqual(got, want) {
			t.Errorf("aliases = %q, want %q", got, want)
		}
		if e.Name != "United States" || e.Type != newsgraph.Country || e.Code != "USA" {
			t.Errorf("Entity = %+v", e)
		}
		evs, err := s.Events(ctx, newsgraph.RelationFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := eventTypes(evs), []string{"AGREE country/GBR country/RWA 2022", "CONSULT country/RWA country/USA 2025-05"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Events = %q, want %q", got, want)
		}
		c := evs[1]
		if c.ID != EventID("country/RWA", "CONSULT", "country/USA", "2025-05") || c.Status != "ONGOING" || c.Attrs["mode"] != "meeting" || c.Articles != 1 {
			t.Errorf("CONSULT event = %+v", c)
		}
		ev, err := s.Evidence(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		sent := talks1().Relations[0].Evidence
		if want := []newsgraph.Evidence{{Sentence: sent.Sentence, Start: sent.Start, End: sent.End, ArticleID: "talks-1"}}; !reflect.DeepEqual(ev, want) {
			t.Errorf("Evidence = %+v, want %+v", ev, want)
		}
		rels, err := s.Relations(ctx, "country/RWA")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := eventTypes(rels), []string{"HOLDS_OFFICE person/jane-umutoni country/RWA "}; !reflect.DeepEqual(got, want) {
			t.Errorf("Relations = %q, want %q", got, want)
		}
		ids, err := s.ArticleEntities(ctx, "talks-1")
		if err != nil {
			t.Fatal(err)
		}
		if want := []string{"country/GBR", "country/RWA", "country/USA", "person/jane-umutoni"}; !reflect.DeepEqual(ids, want) {
			t.Errorf("ArticleEntities = %q, want %q", ids, want)
		}
		if changed, err := s.Load(ctx, talks1()); err != nil || changed {
			t.Errorf("second Load = %v, %v; want false, nil", changed, err)
		}
		if err := s.Ping(ctx); err != nil {
			t.Errorf("Ping: %v", err)
		}
	})
}

func TestReloadReplaces(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1(), talks2())
		before := countQuads(t, s)
		load(t, s, talks1()) // unchanged
		if got := countQuads(t, s); got != before {
			t.Errorf("re-loading the same article: %d quads, want %d", got, before)
		}
		x := talks1()
		x.Article.Title = "Envoys meet again"
		x.Relations = x.Relations[:1] // the AGREE and HOLDS_OFFICE facts are gone
		x.Relations[0].Status = newsgraph.Proposed
		x.Entities = []newsgraph.Entity{rwa, usa}
		if changed, err := s.Load(ctx, x); err != nil || !changed {
			t.Fatalf("Load(changed) = %v, %v", changed, err)
		}
		evs, err := s.Events(ctx, newsgraph.RelationFilter{Types: []string{"AGREE", "CONSULT", "HOLDS_OFFICE", "DISAPPROVE"}})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := eventTypes(evs), []string{"CONSULT country/RWA country/USA 2025-05", "DISAPPROVE org/unhcr country/USA 2025-05-07"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Events after re-load = %q, want %q", got, want)
		}
		if _, err := s.Entity(ctx, "country/GBR"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("Entity(GBR) after re-load: err = %v, want not found", err)
		}
		if ns, _ := s.Neighbours(ctx, "country/RWA", nil); !reflect.DeepEqual(ns, []string{"country/USA"}) {
			t.Errorf("Neighbours(RWA) = %q, want [country/USA]", ns)
		}
		a, _ := s.Article(ctx, "talks-1")
		if a == nil || a.Title != "Envoys meet again" {
			t.Errorf("Article after re-load = %+v", a)
		}
		// Loading the first version again restores exactly the first state.
		load(t, s, talks1())
		if got := countQuads(t, s); got != before {
			t.Errorf("after restoring the first version: %d quads, want %d", got, before)
		}
	})
}

func TestOneEventManyArticles(t *testing.T) {
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1(), talks2())
		evs, err := s.Events(ctx, newsgraph.RelationFilter{Subject: "country/USA", Either: true, Types: newsgraph.Partnering})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 {
			t.Fatalf("Events = %+v, want one CONSULT", evs)
		}
		if evs[0].Articles != 2 || evs[0].Status != newsgraph.Concluded {
			t.Errorf("event = %+v, want 2 articles, CONCLUDED", evs[0])
		}
		ev, err := s.Evidence(ctx, evs[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(ev) != 2 || ev[0].ArticleID != "talks-1" || ev[1].ArticleID != "talks-2" {
			t.Errorf("Evidence = %+v, want talks-1 then talks-2", ev)
		}
	})
}

func TestDeleteArticle(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks2())
		empty := countQuads(t, s)
		load(t, s, talks1())
		if err := s.DeleteArticle(ctx, "talks-1"); err != nil {
			t.Fatal(err)
		}
		if got := countQuads(t, s); got != empty {
			t.Errorf("after delete: %d quads, want %d", got, empty)
		}
		if _, err := s.Article(ctx, "talks-1"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("Article after delete: %v, want not found", err)
		}
		evs, _ := s.Events(ctx, newsgraph.RelationFilter{Types: []string{"CONSULT"}})
		if len(evs) != 1 || evs[0].Articles != 1 {
			t.Errorf("CONSULT after delete = %+v, want one event with 1 article", evs)
		}
		if err := s.DeleteArticle(ctx, "talks-1"); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("second delete: %v, want not found", err)
		}
	})
}

func TestResolve(t *testing.T) {
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1(), talks2())
		for _, c := range []struct{ ref, want string }{
			{"Rwanda", "country/RWA"}, {"rwanda", "country/RWA"}, {"RWA", "country/RWA"},
			{"rwa", "country/RWA"}, {"country/RWA", "country/RWA"}, {"Kigali", "country/RWA"},
			{"U.S.", "country/USA"}, {"us", "country/USA"}, {"america", "country/USA"},
			{"  United   States ", "country/USA"}, {"UNHCR", "org/unhcr"}, {"UN refugee agency", "org/unhcr"},
			{"jane umutoni", "person/jane-umutoni"},
		} {
			e, err := s.Resolve(ctx, c.ref)
			if err != nil || e.ID != c.want {
				t.Errorf("Resolve(%q) = %v, %v; want %s", c.ref, e, err, c.want)
			}
		}
		for _, ref := range []string{"Atlantis", "IGO"} {
			if _, err := s.Resolve(ctx, ref); newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
				t.Errorf("Resolve(%q): err = %v, want not found", ref, err)
			}
		}
		if _, err := s.Resolve(ctx, " "); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("Resolve(blank): %v, want invalid", err)
		}
		got, err := s.SearchEntities(ctx, "un", "", 10)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, e := range got {
			ids = append(ids, e.ID)
		}
		if want := []string{"country/USA", "country/GBR", "org/unhcr"}; !reflect.DeepEqual(ids, want) {
			t.Errorf("SearchEntities(un) = %q, want %q", ids, want)
		}
	})
}

func TestPathsAndDates(t *testing.T) {
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		load(t, s, talks1(), talks2(), chain())
		paths, err := s.Paths(ctx, "country/ISR", "country/DNK", 3, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(paths) != 1 {
			t.Fatalf("Paths(ISR, DNK) = %+v, want one chain", paths)
		}
		if got, want := eventTypes(paths[0]), []string{"COOPERATE country/ISR country/RWA 2023", "AGREE country/DNK country/RWA 2024-01"}; !reflect.DeepEqual(got, want) {
			t.Errorf("chain = %q, want %q", got, want)
		}
		if p, _ := s.Paths(ctx, "country/ISR", "country/DNK", 1, 5); len(p) != 0 {
			t.Errorf("Paths with 1 hop = %+v, want none", p)
		}
		for _, c := range []struct {
			since, until string
			want         []string
		}{
			{"2023", "", []string{"2023", "2024-01", "2025-05", "2025-05-07"}},
			{"2024-01-15", "", []string{"2024-01", "2025-05", "2025-05-07"}},
			{"", "2023", []string{"2022", "2023"}},
			{"2025-05-07", "2025-05", []string{"2025-05", "2025-05-07"}},
			{"2022", "2022", []string{"2022"}},
		} {
			evs, err := s.Events(ctx, newsgraph.RelationFilter{Since: c.since, Until: c.until})
			if err != nil {
				t.Fatal(err)
			}
			var dates []string
			for _, e := range evs {
				dates = append(dates, e.Date)
			}
			if !reflect.DeepEqual(dates, c.want) {
				t.Errorf("Events(since %q, until %q) dates = %q, want %q", c.since, c.until, dates, c.want)
			}
		}
		arts, err := s.Articles(ctx, "country/RWA", "2025", "", 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 2 || arts[0].ID != "talks-2" || arts[1].ID != "talks-1" {
			t.Errorf("Articles(RWA, since 2025) = %+v, want talks-2, talks-1", arts)
		}
		evs, _ := s.Events(ctx, newsgraph.RelationFilter{Source: "daily"})
		if got, want := eventTypes(evs), []string{"CONSULT country/RWA country/USA 2025-05", "DISAPPROVE org/unhcr country/USA 2025-05-07"}; !reflect.DeepEqual(got, want) {
			t.Errorf("Events(source Daily) = %q, want %q", got, want)
		}
		ns, _ := s.Neighbours(ctx, "country/RWA", []string{"agree"})
		if want := []string{"country/DNK", "country/GBR"}; !reflect.DeepEqual(ns, want) {
			t.Errorf("Neighbours(RWA, AGREE) = %q, want %q", ns, want)
		}
	})
}

func TestUnlistedEntity(t *testing.T) {
	forEachReader(t, func(t *testing.T, s *Store, _ Config) {
		ctx := context.Background()
		x := talks2()
		x.Entities = x.Entities[:1] // the United States and the UNHCR are only named by relations
		load(t, s, x)
		e, err := s.Resolve(ctx, "country/USA")
		if err != nil || e.Type != newsgraph.Country || e.Name != "country/USA" {
			t.Errorf("Resolve(country/USA) = %+v, %v; want a COUNTRY named by its ID", e, err)
		}
		load(t, s, talks1())
		if e, _ := s.Resolve(ctx, "USA"); e == nil || e.Name != "United States" {
			t.Errorf("after an article lists it: %+v, want United States", e)
		}
	})
}

func TestBoltInUse(t *testing.T) {
	cfg := Config{Backend: "bolt", Addr: t.TempDir() + "/db"}
	openTest(t, cfg)
	if s, err := Open(context.Background(), cfg, nil); newsgraph.ErrorCode(err) != newsgraph.EUNAVAILABLE {
		if s != nil {
			s.Close()
		}
		t.Errorf("second Open of one bolt folder = %v, want unavailable", err)
	}
}

func TestInvalid(t *testing.T) {
	s, _ := openTest(t, Config{Backend: "memory"})
	x := talks1()
	x.Relations[1].Object = " "
	_, err := s.Load(context.Background(), x)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || err.Error() != `newsgraph: invalid: article "talks-1": relations[1].object: empty` {
		t.Errorf("Load(bad object) = %v", err)
	}
	if n := countQuads(t, s); n != 0 {
		t.Errorf("%d quads stored from an invalid extraction", n)
	}
	if _, err := Open(context.Background(), Config{Backend: "mongo"}, nil); newsgraph.ErrorCode(err) != newsgraph.EINVALID {
		t.Errorf("Open(mongo) = %v, want invalid", err)
	}
}

// countQuads returns how many quads the articles stored (derived data not counted), checking that
// every quad is labelled with an article, and that the derived data are exactly those the
// articles' quads make (what a rebuild from scratch would write): Check, as `newsgraph check`.
func countQuads(t *testing.T, s *Store) int {
	t.Helper()
	r, err := s.Check(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if r.Other > 0 {
		t.Errorf("%d quads without an article label", r.Other)
	}
	if !r.OK() {
		t.Errorf("check:\n%s", r)
	}
	return r.Quads
}

type quadT = quad.Quad
