// Package schematest holds what the schema and server tests share: the graph backends to run
// against (memory, bolt, and PostgreSQL when NEWSGRAPH_TEST_POSTGRES is set) and a hand-built
// set of extractions whose answers the tests know.
package schematest

import (
	"context"
	"sync"
	"testing"

	_ "github.com/lib/pq" // the postgres driver, for creating a test database

	"newsgraph"
	"newsgraph/graph"
	"newsgraph/internal/pgtest"
)

// Backend is one store the suites run against.
type Backend struct {
	Name string
	Open func(t testing.TB) *graph.Store
	// ReadOnly is set for a store that refuses writes (the standby): Load writes what a test
	// stores to its primary, but writes through the store itself (GraphQL mutations) fail.
	ReadOnly bool
}

// Backends returns memory, bolt, PostgreSQL and a PostgreSQL hot standby. The PostgreSQL entries
// skip when NEWSGRAPH_TEST_POSTGRES (or NEWSGRAPH_TEST_POSTGRES_STANDBY) is empty, and fail
// instead when CI is set.
func Backends() []Backend {
	return []Backend{
		{Name: "memory", Open: func(t testing.TB) *graph.Store { return open(t, graph.Config{Backend: "memory"}) }},
		{Name: "bolt", Open: func(t testing.TB) *graph.Store {
			return open(t, graph.Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true})
		}},
		{Name: "postgres", Open: func(t testing.TB) *graph.Store {
			return open(t, graph.Config{Backend: "postgres", Addr: pgtest.Database(t)})
		}},
		{Name: "postgres-standby", Open: openStandby, ReadOnly: true},
	}
}

// standbys maps a store opened on a standby to what Load needs to write through its primary.
var standbys sync.Map // *graph.Store → standby

type standby struct {
	primary    *graph.Store
	pURL, sURL string
}

// Writer returns the store that takes the writes for s: its primary when s was opened on a
// standby (postgres-standby), s itself otherwise.
func Writer(s *graph.Store) *graph.Store {
	if sb, ok := standbys.Load(s); ok {
		return sb.(standby).primary
	}
	return s
}

// openStandby opens a writer on a fresh database of the primary (it creates the schema, as
// `newsgraph load` does) and returns a store opened on the standby, read-only.
func openStandby(t testing.TB) *graph.Store {
	t.Helper()
	pURL, sURL := pgtest.StandbyDatabase(t)
	w := open(t, graph.Config{Backend: "postgres", Addr: pURL})
	pgtest.WaitReplay(t, pURL, sURL)
	r := open(t, graph.Config{Backend: "postgres", Addr: sURL})
	if !r.ReadOnly() {
		t.Fatalf("the store on the standby %s is not read-only", sURL)
	}
	standbys.Store(r, standby{w, pURL, sURL})
	t.Cleanup(func() { standbys.Delete(r) })
	return r
}

func open(t testing.TB, cfg graph.Config) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), cfg, nil)
	if err != nil {
		t.Fatalf("graph.Open(%s): %v", cfg.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Load stores extractions, failing the test on error. On a standby's store it loads them on the
// primary and returns once the standby's store has seen them: the standby has replayed the
// primary's writes and the store's generation has moved (it is polled, see graph.Store.Generation).
func Load(t testing.TB, s *graph.Store, xs ...*newsgraph.Extraction) {
	t.Helper()
	ctx := context.Background()
	sb, onStandby := standbys.Load(s)
	w, gen := s, s.Generation(ctx)
	if onStandby {
		w = sb.(standby).primary
	}
	changed := false
	for _, x := range xs {
		c, err := w.Load(ctx, x)
		if err != nil {
			t.Fatalf("Load(%s): %v", x.Article.ID, err)
		}
		changed = changed || c
	}
	if !onStandby || !changed {
		return
	}
	pgtest.Follow(t, sb.(standby).pURL, sb.(standby).sURL, func() uint64 { return s.Generation(ctx) }, gen)
}

func country(code, name string, aliases ...string) newsgraph.Entity {
	return newsgraph.Entity{ID: "country/" + code, Type: newsgraph.Country, Name: name, Code: code, Aliases: aliases, Mentions: []newsgraph.Mention{}}
}

func rel(typ, subj, obj, sentence, date, status string) newsgraph.Relation {
	return newsgraph.Relation{Type: typ, Subject: subj, Object: obj, Date: date, Status: status, Confidence: 0.9,
		Evidence: newsgraph.Span{Sentence: sentence, Start: 0, End: len([]rune(sentence))}}
}

// Fixture returns three articles written for these tests. What they say:
//
//   - ka-1 (2024-03-10, AP): Rwanda and Britain signed an asylum agreement in 2022 (AGREE,
//     CONCLUDED); Britain paid Rwanda (PAYS, amount attr); the UN refugee agency criticised
//     Britain (DISAPPROVE); Rwanda criticised Libya (DISAPPROVE); Jean Mugabo holds office in Rwanda.
//   - ka-2 (2025-05-06, NYT): Rwanda is in talks with the United States (CONSULT, 2025-05,
//     ONGOING); Denmark consulted Rwanda in 2023; Israel cooperated with Rwanda in 2019; the UN
//     refugee agency aided Rwanda (AID, 2024); Denmark and Israel cooperated in 2021.
//   - ka-3 (2023-01-02, Reuters): Iraq fought Libya (FIGHT, 2022); Denmark supported Britain (2022).
//
// So partners of Rwanda: GBR, USA, DNK, ISR, org/unhcr — never LBY or IRQ.
func Fixture() []*newsgraph.Extraction {
	rwa, gbr, usa, dnk, isr, lby, irq := country("RWA", "Rwanda"), country("GBR", "United Kingdom", "Britain", "UK"),
		country("USA", "United States", "U.S.", "America"), country("DNK", "Denmark"), country("ISR", "Israel"),
		country("LBY", "Libya"), country("IRQ", "Iraq")
	rwa.Lat, rwa.Lon = -1.95, 30.06
	unhcr := newsgraph.Entity{ID: "org/unhcr", Type: newsgraph.Organization, Name: "UN refugee agency", Code: "IGO", Aliases: []string{"UNHCR"}, Mentions: []newsgraph.Mention{}}
	mugabo := newsgraph.Entity{ID: "person/jean-mugabo", Type: newsgraph.Person, Name: "Jean Mugabo", Mentions: []newsgraph.Mention{}}
	pays := rel("PAYS", "country/GBR", "country/RWA", "Britain has already paid the Kigali government a large sum under the plan.", "2024", "")
	pays.Attrs = map[string]string{"amount": "240000000", "currency": "GBP"}
	return []*newsgraph.Extraction{
		{Article: newsgraph.Article{ID: "ka-1", Title: "Asylum plan stalls", Date: "2024-03-10", Source: "AP", URL: "https://example.org/ka-1"},
			Entities: []newsgraph.Entity{rwa, gbr, unhcr, lby, mugabo},
			Relations: []newsgraph.Relation{
				rel("AGREE", "country/RWA", "country/GBR", "Rwanda and Britain signed an asylum agreement in 2022.", "2022", newsgraph.Concluded),
				pays,
				rel("DISAPPROVE", "org/unhcr", "country/GBR", "The UN refugee agency said the British plan broke the refugee convention.", "2024-03", ""),
				rel("DISAPPROVE", "country/RWA", "country/LBY", "Kigali condemned the treatment of migrants held in Libyan camps.", "2024-03", ""),
				rel("HOLDS_OFFICE", "person/jean-mugabo", "country/RWA", "Jean Mugabo, Rwanda's minister for migration, defended the scheme.", "", ""),
			}},
		{Article: newsgraph.Article{ID: "ka-2", Title: "Rwanda in talks with Washington", Date: "2025-05-06", Source: "NYT"},
			Entities: []newsgraph.Entity{rwa, usa, dnk, isr, unhcr},
			Relations: []newsgraph.Relation{
				rel("CONSULT", "country/RWA", "country/USA", "Rwandan officials confirmed that they are talking with the United States about taking in deportees.", "2025-05", newsgraph.Ongoing),
				rel("CONSULT", "country/DNK", "country/RWA", "Denmark held similar talks with Rwanda in 2023.", "2023", newsgraph.Ended),
				rel("COOPERATE", "country/ISR", "country/RWA", "Israel sent some migrants to Rwanda under a quiet arrangement in 2019.", "2019", newsgraph.Ended),
				rel("AID", "org/unhcr", "country/RWA", "The UN refugee agency funded a transit centre near Kigali in 2024.", "2024", ""),
				rel("COOPERATE", "country/DNK", "country/ISR", "Denmark and Israel worked together on border technology in 2021.", "2021", ""),
			}},
		{Article: newsgraph.Article{ID: "ka-3", Title: "Fighting on the frontier", Date: "2023-01-02", Source: "Reuters"},
			Entities: []newsgraph.Entity{irq, lby, dnk, gbr},
			Relations: []newsgraph.Relation{
				rel("FIGHT", "country/IRQ", "country/LBY", "Iraqi volunteers fought Libyan forces near the border in 2022.", "2022", ""),
				rel("SUPPORT", "country/DNK", "country/GBR", "Denmark backed Britain's position at the summit in 2022.", "2022", ""),
			}},
	}
}
