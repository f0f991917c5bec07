package graph

import (
	"context"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestDerivedRebuiltOnOpen: a store without derived data (as an older version wrote it), or with
// a rebuild or an import cut short (some derived data, a dirty mark), gets exactly the derived
// data its articles make when it is opened again, and answers as before.
func TestDerivedRebuiltOnOpen(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep func(i int) bool // which derived data survive the "damage"
		mark map[string]string
	}{
		{"none", func(int) bool { return false }, map[string]string{markVersion: ""}},
		{"interrupted", func(i int) bool { return i%3 == 0 }, map[string]string{markDirty: "rebuild"}},
		{"dirty", func(int) bool { return true }, map[string]string{markDirty: "import"}},
	} {
		for _, backend := range []string{"bolt", "postgres"} {
			t.Run(tc.name+"/"+backend, func(t *testing.T) {
				ctx := context.Background()
				cfg := Config{Backend: "bolt", Addr: t.TempDir() + "/db", NoSync: true}
				if backend == "postgres" {
					cfg = Config{Backend: "postgres", Addr: freshPostgres(t)}
				}
				s, err := Open(ctx, cfg, nil)
				if err != nil {
					t.Fatal(err)
				}
				load(t, s, talks1(), talks2(), chain())
				before := snapshot(t, s)
				want := countQuads(t, s)
				damage(t, s, tc.keep, tc.mark)
				if r, err := s.Check(ctx, false); err != nil || r.OK() {
					t.Fatalf("check after the damage = %v, %v; want not OK", r, err)
				}
				if err := s.Close(); err != nil {
					t.Fatal(err)
				}

				s, err = Open(ctx, cfg, nil)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()
				if got := countQuads(t, s); got != want { // countQuads also checks the derived quads
					t.Errorf("after reopening: %d article quads, want %d", got, want)
				}
				if got := snapshot(t, s); !reflect.DeepEqual(got, before) {
					t.Errorf("answers after the rebuild:\n%v\nwant\n%v", got, before)
				}
				for k, want := range map[string]string{markVersion: derivedVersion, markDirty: ""} {
					if got, err := s.be.mark(ctx, k); got != want || err != nil {
						t.Errorf("mark %s = %q, %v; want %q", k, got, err, want)
					}
				}
			})
		}
	}
}

// damage deletes the stored derived data for which keep is false (counted in the order the
// backend lists them) and sets the marks, in one transaction.
func damage(t *testing.T, s *Store, keep func(int) bool, marks map[string]string) {
	t.Helper()
	ctx := context.Background()
	dc := &derivedChanges{}
	i := 0
	err := s.be.eachDerived(ctx, func(n string, _ summary) error {
		if !keep(i) {
			dc.setSummary(quad.IRI(n), nil)
		}
		i++
		return nil
	}, func(e edge) error {
		if !keep(i) {
			if dc.edges == nil {
				dc.edges = map[edge]bool{}
			}
			dc.edges[e] = false
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range marks {
		dc.setMark(k, v)
	}
	if err := s.commit(ctx, nil, dc); err != nil {
		t.Fatal(err)
	}
}

// TestOldLayoutMigrated: a store of layout 3, whose derived data were quads under LabelDerived
// (memory and PostgreSQL) with the version on storeNode, gets them deleted and its derived data
// rebuilt by the first writer to open it.
func TestOldLayoutMigrated(t *testing.T) {
	ctx := context.Background()
	cfg := Config{Backend: "postgres", Addr: freshPostgres(t)}
	s, err := Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	load(t, s, talks1(), chain())
	want := countQuads(t, s)
	before := snapshot(t, s)
	old := []cgraph.Delta{
		{Action: cgraph.Add, Quad: quad.Quad{Subject: storeNode, Predicate: PredDerivedVersion, Object: quad.String("3"), Label: LabelDerived}},
		{Action: cgraph.Add, Quad: quad.Quad{Subject: EntityIRI("country/RWA"), Predicate: PredSummary, Object: quad.String(`{"p:name":{"Rwanda":1}}`), Label: LabelDerived}},
	}
	dc := &derivedChanges{clear: true}
	dc.setMark(markVersion, "")
	if err := s.commit(ctx, old, dc); err != nil {
		t.Fatal(err)
	}
	if r, err := s.Check(ctx, false); err != nil || r.OK() || r.Stale != 2 {
		t.Fatalf("check of the old layout = %v, %v; want not OK with 2 stale quads", r, err)
	}
	s.Close()
	s, err = Open(ctx, cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := countQuads(t, s); got != want {
		t.Errorf("after the migration: %d article quads, want %d", got, want)
	}
	if got := snapshot(t, s); !reflect.DeepEqual(got, before) {
		t.Errorf("answers after the migration:\n%v\nwant\n%v", got, before)
	}
}
