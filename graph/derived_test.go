package graph

import (
	"context"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// TestDerivedRebuiltOnOpen: a store without derived quads (as an older version wrote it), or with
// a rebuild cut short (some derived quads, no version mark), gets exactly the derived quads its
// articles make when it is opened again, and answers as before.
func TestDerivedRebuiltOnOpen(t *testing.T) {
	for _, tc := range []struct {
		name string
		keep func(i int) bool // which derived quads survive the "damage"
	}{
		{"none", func(int) bool { return false }},
		{"interrupted", func(i int) bool { return i%3 == 0 }},
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
				var drop []cgraph.Delta
				i := 0
				err = s.eachQuad(ctx, match{}, func(q quad.Quad) error {
					if q.Label == LabelDerived && (q.Subject == storeNode || !tc.keep(i)) {
						drop = append(drop, cgraph.Delta{Quad: q, Action: cgraph.Delete})
					}
					i++
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				var writes []kvWrite
				if s.sums != nil {
					for _, b := range [][]byte{summaryBucket, edgeBucket} {
						keys, err := s.boltKeys(b)
						if err != nil {
							t.Fatal(err)
						}
						for i, k := range keys {
							if !tc.keep(i) {
								writes = append(writes, kvWrite{bucket: b, key: k})
							}
						}
					}
				}
				if err := s.applyRaw(drop, writes); err != nil {
					t.Fatal(err)
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
				vs, err := s.objects(ctx, storeNode, PredDerivedVersion)
				if err != nil || len(vs) != 1 || valueString(vs[0]) != derivedVersion {
					t.Errorf("version mark = %v, %v; want one %q", vs, err, derivedVersion)
				}
			})
		}
	}
}
